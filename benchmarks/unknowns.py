"""What keeping unknown keys costs on a corpus that has none: keep against drop.

    python -m benchmarks.unknowns [--quick]

The default converter keeps unknown keys and unknown enum strings; ``unknown="drop"`` does not
look for them. Both decode the same corpus to equal objects (checked); the ratio is the cost.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import wrmodel

from . import corpus
from .lifecycle import measure


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.unknowns")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    records = 200 if args.quick else 10_000
    data = corpus.corpus(records)
    keep = wrmodel.make_converter(unknown="keep")
    drop = wrmodel.make_converter(unknown="drop")
    many = list[wrmodel.WorkRequest]
    if keep.loads(data, many) != drop.loads(data, many):
        raise SystemExit("keep and drop decode the corpus differently")
    result = measure(
        {"keep": lambda: keep.loads(data, many), "drop": lambda: drop.loads(data, many)},
        loops=1,
        repeats=3 if args.quick else 15,
    )
    for name, seconds in result.items():
        print(f"{name:<5} {seconds / records * 1e6:8.2f} µs per work request")
    print(f"keeping unknowns costs {result['keep'] / result['drop'] - 1:+.1%} of decode time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
