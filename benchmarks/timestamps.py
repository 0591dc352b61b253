"""What a compiled timestamp helper could save at most: timestamps made free, back to back.

    python -m benchmarks.timestamps            # 5 000 records, 15 rounds
    python -m benchmarks.timestamps --quick

A converter whose timestamps cost nothing (each written as one constant string, each read as
one constant DateTime) is timed against the default one on the same corpus, round after round,
the collector off. The ratio bounds what any helper that formats and parses timestamps
faster can save: it cannot do better than free. Issue 19 sets the bar for landing one at 40%
of the encode time and 20% of the decode time, in the full run.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Sequence

import attrs
import pendulum

import wrmodel
from wrmodel.wire import _kinds
from wrmodel.wire._converter import make_converter

from . import corpus
from .run import timed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.timestamps")
    parser.add_argument("--records", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="200 records, 3 rounds")
    args = parser.parse_args(argv)
    records, rounds = (200, 3) if args.quick else (args.records, args.rounds)
    data = corpus.corpus(records, 20160918)
    many = list[wrmodel.WorkRequest]
    normal = make_converter()
    objs = normal.loads(data, many)

    # Free timestamps: written as a constant by the encoders, read as a constant by the engine.
    free = make_converter()
    free._codec.style = attrs.evolve(  # type: ignore[misc]
        free._codec.style, time_expression="'2016-08-25T21:10:29.600Z'"
    )
    form = _kinds.FORMS["time"]
    const = pendulum.datetime(2016, 8, 25, 21, 10, 29, 600000)
    _kinds.FORMS["time"] = attrs.evolve(form, build="{v} = _CONST")  # type: ignore[index]
    _kinds.SCOPE["_CONST"] = const  # type: ignore[index]
    try:
        for converter in (normal, free):  # their code made before the clock
            converter.loads(converter.dumps(objs), many)
        ratios: dict[str, list[float]] = {"encode": [], "decode": []}
        for _ in range(rounds):
            ratios["encode"].append(
                timed(lambda: free.dumps(objs), gc_off=True)
                / timed(lambda: normal.dumps(objs), gc_off=True)
            )
            ratios["decode"].append(
                timed(lambda: free.loads(data, many), gc_off=True)
                / timed(lambda: normal.loads(data, many), gc_off=True)
            )
    finally:
        _kinds.FORMS["time"] = form  # type: ignore[index]
        del _kinds.SCOPE["_CONST"]  # type: ignore[attr-defined]
    print(f"timestamps made free, median of {rounds} back-to-back rounds ({records} records):")
    for what, values in ratios.items():
        share = 1 - statistics.median(values)
        print(
            f"  {what}: {statistics.median(values):.2f} of the time; a helper saves at most"
            f" {share:.0%} (from {1 - max(values):.0%} to {1 - min(values):.0%})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
