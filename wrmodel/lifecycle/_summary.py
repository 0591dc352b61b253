"""A summary of work requests, built one record at a time in bounded memory, and mergeable.

Two summaries merge into the summary of both inputs, whatever way the inputs were split:
counts add up, durations go into a sketch whose buckets add up, and the failed requests
listed are the first ones, in input order, up to a limit. So a summary built in parts (by
processes, or machines) is the summary one process builds, to the byte.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs

from wrmodel.models._models import as_sent
from wrmodel.models._rules import Snapshot
from wrmodel.wire._registry import register_encoder

#: The interval between two datetimes, as the standard library subtracts them (in C; pendulum's
#: subtraction of its own ``DateTime`` is Python, several times slower, and equal).
_between = dt.datetime.__sub__

#: The relative accuracy of the durations' quantiles (1%).
ACCURACY = 0.01
_GAMMA = (1 + ACCURACY) / (1 - ACCURACY)
_LOG_GAMMA = math.log(_GAMMA)


@attrs.define
class Sketch:
    """Quantiles of a stream of numbers within ``ACCURACY`` (relative), in bounded memory.

    Each number goes into a bucket of numbers within 1% of each other (a logarithmic scale,
    as in DDSketch), so a thousand buckets or so span a millisecond to a century; the count
    of each bucket is all it keeps, with the exact minimum and maximum. Merging adds the
    counts: the result does not depend on how the numbers were split or in what order.

    >>> sketch = Sketch()
    >>> for seconds in range(1, 101):
    ...     sketch.add(float(seconds))
    >>> round(sketch.quantile(0.5), 1), sketch.quantile(1.0)
    (50.9, 100.0)
    """

    positive: Counter[int] = attrs.field(factory=Counter)
    negative: Counter[int] = attrs.field(factory=Counter)
    zeros: int = 0
    minimum: float = math.inf
    maximum: float = -math.inf

    @property
    def count(self) -> int:
        return self.positive.total() + self.negative.total() + self.zeros

    def add(self, value: float) -> None:
        """Count ``value``."""
        if value > 0:
            self.positive[math.ceil(math.log(value) / _LOG_GAMMA)] += 1
        elif value < 0:
            self.negative[math.ceil(math.log(-value) / _LOG_GAMMA)] += 1
        else:
            self.zeros += 1
        self.minimum = min(self.minimum, value)
        self.maximum = max(self.maximum, value)

    def merge(self, other: Sketch) -> Sketch:
        """The sketch of both streams."""
        return Sketch(
            self.positive + other.positive,
            self.negative + other.negative,
            self.zeros + other.zeros,
            min(self.minimum, other.minimum),
            max(self.maximum, other.maximum),
        )

    def quantile(self, q: float) -> float | None:
        """The number of rank ``round(q * (count - 1))`` in sorted order, within ACCURACY.

        Exact for the minimum and the maximum; None when nothing was counted.
        """
        count = self.count
        if not count:
            return None
        rank = round(q * (count - 1))
        if rank == 0:
            return self.minimum
        if rank == count - 1:
            return self.maximum
        buckets = [
            *((-_value(i), n) for i, n in sorted(self.negative.items(), reverse=True)),
            (0.0, self.zeros),
            *((_value(i), n) for i, n in sorted(self.positive.items())),
        ]
        # The bucket holding the rank: the first whose running count goes beyond it.
        ends = list(itertools.accumulate(n for _, n in buckets))
        value = buckets[bisect.bisect_right(ends, rank)][0]
        return min(max(value, self.minimum), self.maximum)


def _value(index: int) -> float:
    """The number that stands for bucket ``index``: within ACCURACY of all it holds."""
    return 2 * _GAMMA**index / (_GAMMA + 1)


#: How many failed requests a summary lists by default; it counts the rest.
FAILED_LISTED = 20


@attrs.define
class Summary:
    """Counts by status and operation type, durations, and failed requests, mergeable.

    ``add`` takes one record at a time (any family's request or summary),
    ``add_bad`` counts a record that could not be read; ``merge`` gives the summary of both
    inputs. Memory does not grow with the number of records: durations are sketched (their
    quantiles are within 1%, minimum and maximum exact) and the failed requests listed stop
    at ``limit``, the others counted. Unknown statuses and operation types are counted by
    the strings that came.

    >>> from wrmodel import transitions as t
    >>> one, two = Summary(), Summary()
    >>> one.add(t.accept("a", "DELETE_COMPARTMENT").fail())
    >>> two.add(t.accept("b", "DELETE_COMPARTMENT"))
    >>> both = one.merge(two)
    >>> both.statuses
    Counter({'FAILED': 1, 'ACCEPTED': 1})
    >>> both.failed
    [('a', ())]
    """

    statuses: Counter[str] = attrs.field(factory=Counter)
    operations: Counter[str] = attrs.field(factory=Counter)
    queued: Sketch = attrs.field(factory=Sketch)
    running: Sketch = attrs.field(factory=Sketch)
    #: The first failed requests (id and error codes), in input order, up to ``limit``.
    failed: list[tuple[str, tuple[str, ...]]] = attrs.field(factory=list)
    #: How many failed requests there were beyond those listed.
    failed_beyond: int = 0
    bad: int = 0
    limit: int = FAILED_LISTED

    @classmethod
    def of(cls, records: Iterable[Snapshot], bad: int = 0) -> Summary:
        """The summary of ``records``."""
        summary = cls(bad=bad)
        for record in records:
            summary.add(record)
        return summary

    @property
    def total(self) -> int:
        """How many records were added."""
        return self.statuses.total()

    def add(self, wr: Snapshot) -> None:
        """Count ``wr``."""
        self.statuses[as_sent(wr, "status")] += 1
        self.operations[as_sent(wr, "operation_type")] += 1
        accepted, started, finished = wr.time_accepted, wr.time_started, wr.time_finished
        if started is not None:  # the standard library's subtraction, in C: not pendulum's
            if accepted is not None:
                self.queued.add(_between(started, accepted).total_seconds())
            if finished is not None:
                self.running.add(_between(finished, started).total_seconds())
        if wr.status.name == "FAILED":
            if len(self.failed) < self.limit:
                errors = getattr(wr, "errors", None) or ()  # embedded in identity's alone
                self.failed.append((wr.id, tuple(e.code for e in errors)))
            else:
                self.failed_beyond += 1

    def add_bad(self) -> None:
        """Count a record that could not be read."""
        self.bad += 1

    def merge(self, other: Summary) -> Summary:
        """The summary of this input followed by ``other``'s."""
        failed = [*self.failed, *other.failed]
        return Summary(
            self.statuses + other.statuses,
            self.operations + other.operations,
            self.queued.merge(other.queued),
            self.running.merge(other.running),
            failed[: self.limit],
            self.failed_beyond + other.failed_beyond + max(0, len(failed) - self.limit),
            self.bad + other.bad,
            self.limit,
        )

    def report(self) -> dict[str, Any]:
        """The summary as JSON-ready data: what ``wrmodel summary --json`` prints.

        Keys in the API's camelCase: ``workRequests`` and ``badRecords`` (counts);
        ``statuses`` and ``operationTypes``, each an object of counts, most counted first
        and ties by name; ``durations``: ``queued`` (accepted to started) and ``running``
        (started to finished), each with its ``count`` and its ``median``, ``p95`` and
        ``max`` in seconds (None when nothing was timed; quantiles within 1%); ``failed``:
        its ``count``, the first requests ``listed`` (``id`` and ``errorCodes``, in input
        order) and how many were ``notListed``. The text table is made from it.

        >>> from wrmodel import transitions as t
        >>> report = Summary.of([t.accept("a", "DELETE_COMPARTMENT").fail()]).report()
        >>> report["statuses"], report["failed"]
        ({'FAILED': 1}, {'count': 1, 'listed': [{'id': 'a', 'errorCodes': []}], 'notListed': 0})
        """
        return {
            "workRequests": self.total,
            "badRecords": self.bad,
            "statuses": dict(sorted(self.statuses.items(), key=_most)),
            "operationTypes": dict(sorted(self.operations.items(), key=_most)),
            "durations": {"queued": _durations(self.queued), "running": _durations(self.running)},
            "failed": {
                "count": len(self.failed) + self.failed_beyond,
                "listed": [{"id": i, "errorCodes": list(codes)} for i, codes in self.failed],
                "notListed": self.failed_beyond,
            },
        }

    def render(self) -> str:
        """The summary as the ``wrmodel summary`` command prints it: its report as tables."""
        return render(self.report())


# A summary is written as its report, the same in every style.
register_encoder(Summary, Summary.report)


def render(report: dict[str, Any]) -> str:
    """The text of a summary's ``report``: tables whose columns are as wide as their cells."""
    bad = report["badRecords"]
    skipped = f" ({count_of(bad, 'bad record')} skipped)" if bad else ""
    lines = [f"{count_of(report['workRequests'], 'work request')}{skipped}"]
    for title, key in (("status", "statuses"), ("operation type", "operationTypes")):
        rows = [[title, "count"], *([k, str(n)] for k, n in report[key].items())]
        lines += ["", *_table(rows)]
    rows = [["duration", "median", "p95", "max"]]
    for name, durations in report["durations"].items():
        cells = (durations[q] for q in ("median", "p95", "max"))
        rows.append([name, *("-" if v is None else f"{v:.1f}s" for v in cells)])
    lines += ["", *_table(rows)]
    failed = report["failed"]
    lines += ["", f"failed: {failed['count']}"]
    lines += [
        f"  {f['id']}  {', '.join(f['errorCodes']) or '(no errors recorded)'}"
        for f in failed["listed"]
    ]
    if failed["notListed"]:
        lines.append(f"  ... and {failed['notListed']} more")
    return "\n".join(lines) + "\n"


def _table(rows: list[list[str]]) -> list[str]:
    """``rows`` as lines: the first column to the left, the others to the right, two apart."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell.rjust(widths[i]) if i else cell.ljust(widths[0]) for i, cell in enumerate(row)
        )
        for row in rows
    ]


def _durations(sketch: Sketch) -> dict[str, Any]:
    """A sketch's count, median, 95th percentile and maximum (None when it counted nothing)."""
    if not sketch.count:
        return {"count": 0, "median": None, "p95": None, "max": None}
    return {
        "count": sketch.count,
        "median": sketch.quantile(0.5),
        "p95": sketch.quantile(0.95),
        "max": sketch.maximum,
    }


def _most(item: tuple[str, int]) -> tuple[int, str]:
    """Most counted first, then by name: the same order however the counts were merged."""
    return -item[1], item[0]


def count_of(n: int, noun: str) -> str:
    """``1 record``, ``2 records``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
