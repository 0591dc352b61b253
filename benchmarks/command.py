"""The command on one file: ``wrmodel summary`` against ``wrmodel check`` of the same records.

    python -m benchmarks.command [N]      (N records, 200 000 by default)

Writes N records of the benchmark corpus as JSON Lines, then runs ``wrmodel check FILE`` and
``wrmodel summary FILE`` in fresh processes, taking turns, ``--repeats`` times each (wall
time of the whole process, start-up included). Prints each one's median and the ratio
summary ÷ check: issue 25 asks at most 1.5 times. ``WRMODEL_PURE_PYTHON=1`` times the pure-Python
path (the children inherit it).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import orjson

from benchmarks.corpus import records

#: The commands timed, by name: their arguments after ``python -m wrmodel``.
COMMANDS = {"check": ["check"], "summary": ["summary"]}


def timed(argv: list[str]) -> float:
    """Wall seconds of one run of the command; it must succeed."""
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 (our own command)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.command")
    parser.add_argument("n", nargs="?", type=int, default=200_000, help="records in the file")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each command")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records(args.n)))
        times: dict[str, list[float]] = {name: [] for name in COMMANDS}
        for _ in range(args.repeats):
            for name, command in COMMANDS.items():
                times[name].append(timed([sys.executable, "-m", "wrmodel", *command, str(path)]))
    median = {name: statistics.median(t) for name, t in times.items()}
    for name, seconds in median.items():
        print(f"wrmodel {name:<8} {seconds:7.2f} s  (median of {args.repeats})")
    ratio = median["summary"] / median["check"]
    print(f"summary ÷ check: {ratio:.2f}×  (issue 25: at most 1.5×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
