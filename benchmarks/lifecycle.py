"""A 10-step life cycle through wrmodel's transitions, against the same steps with attrs.evolve.

    python -m benchmarks.lifecycle [--quick]
    python -m benchmarks.lifecycle --histories [N]
    python -m benchmarks.lifecycle --steps [--quick]

``--steps`` times each transition alone, one call on a request where it is allowed, as a
ratio to ``progress``: the aim is that none costs more than 5 of it.

``--histories`` instead counts, over the first N records of the benchmark corpus (10 000 by
default), the histories that replay to the record and those that end with ``Corrected``, by
reason. The transitions check every rule and build each new request directly; ``attrs.evolve``
re-runs every field's converter on every step (and checks no rule). Both produce equal
requests (checked before timing). Medians of interleaved repeats; the ratio is what counts.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable, Sequence

import attrs
import pendulum

from wrmodel import WorkRequest, WorkRequestError, WorkRequestLogEntry, WorkRequestResource
from wrmodel import transitions as t

T0 = pendulum.datetime(2016, 8, 25, 21, 10, 29, 600000)
R = WorkRequestResource(
    identifier="ocid1.compartment.oc1..x", entity_type="compartment", action_type="DELETED"
)


#: The times of the steps, made once: the timing is of wrmodel, not of pendulum's arithmetic.
TIMES = [T0.add(seconds=i) for i in range(10)]


def at(seconds: int) -> pendulum.DateTime:
    return TIMES[seconds]


def with_transitions() -> WorkRequest:
    wr = t.accept("ocid1.workrequest.oc1..x", "DELETE_COMPARTMENT", at=T0)
    wr = t.start(wr, at=at(1))
    wr = t.progress(wr, 20.0, at=at(2))
    wr = t.add_log(wr, "Deleting.", at=at(3))
    wr = t.add_resource(wr, R)
    wr = t.progress(wr, 60.0, at=at(4))
    wr = t.add_error(wr, "Retry", "Transient.", at=at(5))
    wr = t.add_log(wr, "Retried.", at=at(6))
    wr = t.progress(wr, 90.0, at=at(7))
    return t.succeed(wr, at=at(8))


def with_evolve() -> WorkRequest:
    ev = attrs.evolve
    wr = WorkRequest(
        id="ocid1.workrequest.oc1..x",
        operation_type="DELETE_COMPARTMENT",
        status="ACCEPTED",
        time_accepted=T0,
        percent_complete=0.0,
    )
    wr = ev(wr, status="IN_PROGRESS", time_started=at(1))
    wr = ev(wr, percent_complete=20.0)
    wr = ev(wr, logs=(WorkRequestLogEntry(message="Deleting.", timestamp=at(3)),))
    wr = ev(wr, resources=(R,))
    wr = ev(wr, percent_complete=60.0)
    wr = ev(wr, errors=(WorkRequestError(code="Retry", message="Transient.", timestamp=at(5)),))
    wr = ev(wr, logs=(*wr.logs, WorkRequestLogEntry(message="Retried.", timestamp=at(6))))
    wr = ev(wr, percent_complete=90.0)
    return ev(wr, status="SUCCEEDED", percent_complete=100.0, time_finished=at(8))


def measure(
    functions: dict[str, Callable[[], object]], loops: int, repeats: int
) -> dict[str, float]:
    """Median seconds per life cycle of each function, repeats interleaved, GC off."""
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            gc.collect()
            gc.disable()
            try:
                start = time.perf_counter()
                for _ in range(loops):
                    function()
                times[name].append((time.perf_counter() - start) / loops)
            finally:
                gc.enable()
    return {name: statistics.median(v) for name, v in times.items()}


def steps(quick: bool) -> int:
    """Each transition alone, from a request where it is allowed, as a ratio to progress."""
    accepted = t.accept("ocid1.workrequest.oc1..x", "DELETE_COMPARTMENT", at=T0)
    running = t.progress(t.start(accepted, at=at(1)), 10.0, at=at(1))
    canceling = t.request_cancel(running, at=at(2))
    error = WorkRequestError(code="Retry", message="Transient.", timestamp=at(3))
    calls: dict[str, Callable[[], object]] = {
        "progress": lambda: t.progress(running, 20.0, at=at(3)),
        "start": lambda: t.start(accepted, at=at(1)),
        "add_log": lambda: t.add_log(running, "Deleting.", at=at(3)),
        "add_error": lambda: t.add_error(running, "Retry", "Transient.", at=at(3)),
        "add_resource": lambda: t.add_resource(running, R),
        "succeed": lambda: t.succeed(running, at=at(4)),
        "fail": lambda: t.fail(running, error, at=at(4)),
        "request_cancel": lambda: t.request_cancel(running, at=at(4)),
        "cancel": lambda: t.cancel(canceling, at=at(4)),
    }
    loops, repeats = (50, 2) if quick else (20_000, 7)
    result = measure(calls, loops, repeats)
    base = result["progress"]
    print(f"{'transition':<16}{'µs':>8}{'÷ progress':>12}")
    for name, seconds in result.items():
        print(f"{name:<16}{seconds * 1e6:>8.2f}{seconds / base:>11.2f}×")
    return 0


def histories(n: int) -> int:
    """Count the corpus records whose history replays to them, and why some are corrected."""
    import re
    from collections import Counter

    from benchmarks.corpus import records
    from wrmodel import events, structure

    replayed, reasons = 0, Counter[str]()
    for doc in records(n):
        wr = structure(doc, WorkRequest)
        history = events.history(wr)
        replayed += events.replay(history) == wr
        if isinstance(history[-1], events.Corrected):
            reasons[re.sub(r"[0-9.]+", "N", history[-1].reason)] += 1
    print(f"{replayed} of {n} histories replay to their record; {reasons.total()} end corrected")
    for reason, count in reasons.most_common():
        print(f"  {count:6}  {reason}")
    return 0 if replayed == n else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.lifecycle")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--histories", type=int, nargs="?", const=10_000, metavar="N")
    parser.add_argument("--steps", action="store_true")
    args = parser.parse_args(argv)
    if args.steps:
        return steps(args.quick)
    if args.histories:
        return histories(args.histories)
    if with_transitions() != with_evolve():
        raise SystemExit("the two life cycles differ")
    loops, repeats = (20, 2) if args.quick else (2000, 9)
    result = measure({"transitions": with_transitions, "attrs.evolve": with_evolve}, loops, repeats)
    for name, seconds in result.items():
        print(f"{name:<12} {seconds * 1e6:9.1f} µs per 10-step life cycle")
    ratio = result["attrs.evolve"] / result["transitions"]
    print(f"attrs.evolve ÷ transitions: {ratio:.2f}× (the transitions also check every rule)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
