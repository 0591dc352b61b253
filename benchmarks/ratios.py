"""wrmodel's time ÷ strict pydantic's, back to back: a quick check of one build against another.

    python -m benchmarks.ratios [--records N] [--rounds R]

Each round times wrmodel and pydantic one right after the other (GC off) and keeps the ratio;
the median ratio of each case is printed. Ratios taken this way vary less on a shared machine
than the medians of a full run, which makes them fit to compare two builds (run it in each).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import orjson

import wrmodel

from . import corpus
from .peers import pydantic as peer


def _seconds(function: Callable[[], Any]) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        function()
        return time.perf_counter() - start
    finally:
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ratios")
    parser.add_argument("--records", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    data = corpus.corpus(args.records, 20160918)
    docs = [orjson.dumps(r) for r in corpus.records(max(args.records // 10, 1), 20160919)]
    many = list[wrmodel.WorkRequest]
    ours, theirs = wrmodel.loads(data, many), peer.decode(data)
    ours_one = [wrmodel.loads(d) for d in docs]
    theirs_one = [peer.decode_one(d) for d in docs]
    cases = {
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
    print(f"wrmodel ÷ strict pydantic, median of {args.rounds} back-to-back rounds")
    for name, (mine, theirs_) in cases.items():
        ratios = [_seconds(mine) / _seconds(theirs_) for _ in range(args.rounds)]
        print(f"  {name:<20} {statistics.median(ratios):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
