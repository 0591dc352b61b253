"""Streaming: a one-line JSON array, JSON Lines and gzip JSON Lines; the command's memory.

    python -m benchmarks.streams [N]      (N records, 200 000 by default)

The three files hold the same N records of the benchmark corpus. Each is read by
``iter_jsonl`` from its path: the time is the median of interleaved repeats (no tracing),
the peak memory is measured in a separate pass under tracemalloc, at N and at N/10 records,
to show that it does not grow with the count. The ratios array ÷ lines and gzip ÷ lines are
what counts. Then ``wrmodel convert`` of the array to an array (the sdk style), at N/10 and
N records, in a process of its own: its peak resident memory, with that of a process that
only imports wrmodel beside it, for scale.
"""

from __future__ import annotations

import gzip
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import orjson

from benchmarks.corpus import record
from wrmodel import iter_jsonl


def write(folder: Path, n: int) -> dict[str, Path]:
    """The same ``n`` records as one-line array, as JSON Lines and as gzip JSON Lines."""
    rng = random.Random(20160918)
    paths = {
        "array": folder / f"array-{n}.json",
        "lines": folder / f"lines-{n}.jsonl",
        "gzip": folder / f"lines-{n}.jsonl.gz",
    }
    with (
        paths["array"].open("wb") as array,
        paths["lines"].open("wb") as lines,
        gzip.open(paths["gzip"], "wb") as packed,
    ):
        array.write(b"[")
        for i in range(n):
            text = orjson.dumps(record(rng))
            array.write((b"," if i else b"") + text)
            lines.write(text + b"\n")
            packed.write(text + b"\n")
        array.write(b"]")
    return paths


def resident(args: list[str]) -> float:
    """The peak resident memory of a Python process run with ``args``, in MiB."""
    process = subprocess.Popen(  # noqa: S603 (this interpreter, our arguments)
        [sys.executable, *args], stdout=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, args
    return usage.ru_maxrss / 1024  # KiB on Linux


def read(path: Path) -> int:
    return sum(1 for _ in iter_jsonl(path))


def peak(path: Path) -> int:
    tracemalloc.start()
    try:
        read(path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 200_000
    repeats = 3
    with tempfile.TemporaryDirectory() as folder:
        paths = write(Path(folder), n)
        small = write(Path(folder), max(1, n // 10))
        for name, path in paths.items():
            assert read(path) == n, name
        times: dict[str, list[float]] = {name: [] for name in paths}
        for _ in range(repeats):
            for name, path in paths.items():
                start = time.perf_counter()
                read(path)
                times[name].append(time.perf_counter() - start)
        print(f"{n} records; {paths['array'].stat().st_size / 1e6:.0f} MB as one line")
        print(f"{'format':<8}{'seconds':>10}{'µs/record':>11}{'peak MiB':>10}{f'at {n // 10}':>12}")
        medians = {name: statistics.median(t) for name, t in times.items()}
        for name, path in paths.items():
            print(
                f"{name:<8}{medians[name]:>10.2f}{medians[name] / n * 1e6:>11.1f}"
                f"{peak(path) / 2**20:>10.2f}{peak(small[name]) / 2**20:>12.2f}"
            )
        print(f"array ÷ lines, time: {medians['array'] / medians['lines']:.2f}×")
        print(f"gzip ÷ lines, time: {medians['gzip'] / medians['lines']:.2f}×")
        print()
        print("wrmodel convert --from api --to sdk ARRAY (array to array), peak resident memory")
        floor = resident(["-c", "import wrmodel"])
        print(f"{'records':>10}{'MB':>8}{'peak MiB':>10}   (import wrmodel alone: {floor:.1f} MiB)")
        for count, path in ((max(1, n // 10), small["array"]), (n, paths["array"])):
            convert = ["-m", "wrmodel", "convert", "--from", "api", "--to", "sdk", str(path)]
            print(f"{count:>10}{path.stat().st_size / 1e6:>8.0f}{resident(convert):>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
