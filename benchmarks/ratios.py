"""wrmodel's time ÷ strict pydantic's, back to back, in this build and, with ``--base``, another.

    python -m benchmarks.ratios [--records N] [--rounds R]     # this build
    python -m benchmarks.ratios --base main~3                  # this build against a revision

Each round times wrmodel and pydantic one right after the other (GC off) and keeps the ratio;
the median ratio of each case is printed. Ratios taken this way vary less on a shared machine
than the medians of a full run. With ``--base``, the revision's ``wrmodel/`` (``git archive``)
runs in a worker process beside one running this build's, both timed by this build's
benchmark code; the workers take turns, case by case, round after round, and the report gives
each build's ratio to pydantic and the base's ÷ this build's (above 1: this build is faster).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pathlib
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

import orjson

from . import corpus
from .run import timed

HERE = pathlib.Path(__file__).parent
#: The cases timed, in report order.
CASES = ("decode, array", "decode, 1 doc/call", "encode, array", "encode, 1 doc/call")


def cases(records: int) -> dict[str, tuple[Callable[[], Any], Callable[[], Any]]]:
    """Per case, wrmodel's call and pydantic's, on the same corpus."""
    import wrmodel

    from .peers import pydantic as peer

    data = corpus.corpus(records, 20160918)
    docs = [orjson.dumps(r) for r in corpus.records(max(records // 10, 1), 20160919)]
    many = list[wrmodel.WorkRequest]
    ours, theirs = wrmodel.loads(data, many), peer.decode(data)
    ours_one = [wrmodel.loads(d) for d in docs]
    theirs_one = [peer.decode_one(d) for d in docs]
    return {
        "decode, array": (lambda: wrmodel.loads(data, many), lambda: peer.decode(data)),
        "decode, 1 doc/call": (
            lambda: [wrmodel.loads(d) for d in docs],
            lambda: [peer.decode_one(d) for d in docs],
        ),
        "encode, array": (lambda: wrmodel.dumps(ours), lambda: peer.encode(theirs)),
        "encode, 1 doc/call": (
            lambda: [wrmodel.dumps(x) for x in ours_one],
            lambda: [peer.encode_one(x) for x in theirs_one],
        ),
    }


def ratio(pair: tuple[Callable[[], Any], Callable[[], Any]]) -> float:
    """One round: wrmodel's time ÷ pydantic's, timed one right after the other."""
    mine, theirs = pair
    return timed(mine, gc_off=True) / timed(theirs, gc_off=True)


def serve(records: int, stdin: IO[str], stdout: IO[str]) -> None:
    """A worker: for each case named on a line of ``stdin``, one round's ratio on ``stdout``."""
    pairs = cases(records)
    print(json.dumps({"ready": sys.modules["wrmodel"].__file__}), file=stdout, flush=True)
    for line in stdin:
        print(json.dumps(ratio(pairs[line.strip()])), file=stdout, flush=True)


@contextlib.contextmanager
def worker(root: pathlib.Path, records: int) -> Iterator[subprocess.Popen[str]]:
    """A worker process that imports ``root/wrmodel`` and this build's benchmark code.

    It runs in a directory of its own holding links to both, first on its path.
    """
    with tempfile.TemporaryDirectory() as tmp:
        (pathlib.Path(tmp) / "wrmodel").symlink_to(root / "wrmodel")
        (pathlib.Path(tmp) / "benchmarks").symlink_to(HERE)
        command = [sys.executable, "-m", "benchmarks.ratios", "--serve", "--records", str(records)]
        env = dict(os.environ)
        env.pop("PYTHONSAFEPATH", None)  # the working directory must come first on the path
        with subprocess.Popen(  # noqa: S603 (this module, in a directory made here)
            command, cwd=tmp, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        ) as process:
            ready = json.loads(_answer(process))["ready"]
            if not pathlib.Path(ready).resolve().is_relative_to((root / "wrmodel").resolve()):
                process.kill()
                raise SystemExit(f"the worker imported wrmodel from {ready}, not from {root}")
            try:
                yield process
            finally:
                assert process.stdin is not None
                process.stdin.close()


def ask(process: subprocess.Popen[str], case: str) -> float:
    """One round of ``case`` in the worker ``process``."""
    assert process.stdin is not None
    process.stdin.write(case + "\n")
    process.stdin.flush()
    return float(json.loads(_answer(process)))


def _answer(process: subprocess.Popen[str]) -> str:
    """The worker's next line; its end (it failed: its error is on stderr) stops the run."""
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        raise SystemExit(f"a worker stopped (exit status {process.wait()}): see its error above")
    return line


def extract(revision: str, into: pathlib.Path) -> pathlib.Path:
    """The ``wrmodel/`` of ``revision`` (``git archive``), under ``into``."""
    archive = into / "base.tar"
    with archive.open("wb") as out:
        subprocess.run(  # noqa: S603 (git, with the revision given on our command line)
            ["git", "archive", "--format=tar", revision, "wrmodel"],  # noqa: S607
            cwd=HERE.parent,
            check=True,
            stdout=out,
        )
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into


def compare(revision: str, records: int, rounds: int, seed: int) -> str:
    """This build against ``revision``, back to back in two workers; the report."""
    ratios: dict[str, dict[str, list[float]]] = {case: {"base": [], "this": []} for case in CASES}
    with tempfile.TemporaryDirectory() as tmp:
        base = extract(revision, pathlib.Path(tmp))
        with worker(base, records) as theirs, worker(HERE.parent, records) as mine:
            workers = {"base": theirs, "this": mine}
            rng = random.Random(seed)
            for _ in range(rounds):
                for case in CASES:
                    for build in rng.sample(list(workers), 2):  # which goes first, at random
                        ratios[case][build].append(ask(workers[build], case))
    lines = [
        (
            f"wrmodel ÷ strict pydantic, median of {rounds} rounds, the builds taking turns;"
            f" {revision} ÷ this build (above 1: this build is faster)"
        )
    ]
    for case in CASES:
        base_r, this_r = ratios[case]["base"], ratios[case]["this"]
        each = [b / t for b, t in zip(base_r, this_r, strict=True)]
        lines.append(
            f"  {case:<20} {revision}: {statistics.median(base_r):.3f}"
            f"  this: {statistics.median(this_r):.3f}"
            f"  {revision} ÷ this: {statistics.median(each):.3f}"
            f" ({min(each):.2f} to {max(each):.2f})"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ratios")
    parser.add_argument("--records", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--base", help="a git revision to compare this build against")
    parser.add_argument("--seed", type=int, default=20160918)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.records, sys.stdin, sys.stdout)
        return 0
    if args.base:
        print(compare(args.base, args.records, args.rounds, args.seed))
        return 0
    pairs = cases(args.records)
    print(f"wrmodel ÷ strict pydantic, median of {args.rounds} back-to-back rounds")
    for name in CASES:
        ratios = [ratio(pairs[name]) for _ in range(args.rounds)]
        print(f"  {name:<20} {statistics.median(ratios):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
