"""Watching a live work request, and what its outcome means."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Generator
from typing import TypeVar

import attrs
import pendulum

from ._errors import expected
from ._models import WorkRequest, WorkRequestSummary
from .events import Corrected, Event, diff
from .exceptions import WorkRequestFailed
from .transitions import is_snapshot, is_successful, is_terminal

_Snapshot = TypeVar("_Snapshot", WorkRequest, WorkRequestSummary)


def watch(
    fetch: Callable[[], _Snapshot],
    *,
    interval: float = 1.0,
    max_interval: float = 30.0,
    timeout: float | None = 600.0,
    retries: int = 5,
    retry_on: type[Exception] | tuple[type[Exception], ...] = Exception,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Generator[Event, None, _Snapshot]:
    """Poll ``fetch()`` until the work request ends, yielding the events between snapshots.

    ``fetch`` is any callable returning a ``WorkRequest``, or a ``WorkRequestSummary`` (as
    ``list_work_requests`` gives): a lambda around the SDK and ``wrmodel.loads``, say. The
    first snapshot yields nothing; each later one yields ``diff(previous, snapshot)``, which
    never fails: what the life cycle cannot explain comes as ``Corrected``. A stale read, a
    snapshot the life cycle leads from to one already seen, yields nothing and is skipped.

    The pause between polls starts at ``interval`` seconds and doubles up to
    ``max_interval``. A ``fetch`` that raises one of ``retry_on`` is tried again, with the
    same growing pauses, up to ``retries`` times in a row; then its last error is raised.
    Past ``timeout`` seconds (``None``: never) it raises ``TimeoutError`` naming the request
    and its last status. The generator's return value (``StopIteration.value``) is the last
    snapshot. ``sleep`` takes seconds; ``clock`` gives monotonic seconds.

    >>> from wrmodel import transitions as t
    >>> accepted = t.accept("x", "DELETE_COMPARTMENT")
    >>> started = accepted.start()
    >>> polls = iter([accepted, started, accepted, started.succeed()])  # one stale read
    >>> [type(e).__name__ for e in watch(lambda: next(polls), sleep=lambda _: None)]
    ['Started', 'Succeeded']
    """
    for name, value in (("interval", interval), ("max_interval", max_interval)):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not 0 < value < math.inf
        ):
            raise ValueError(f"{name}: {expected('a positive number of seconds', value)}")
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise ValueError(f"retries: {expected('a whole number from 0', retries)}")
    deadline = None if timeout is None else clock() + timeout
    pause = interval

    def wait(snapshot: _Snapshot | None) -> None:
        nonlocal pause
        if deadline is not None:
            left = deadline - clock()
            if left <= 0:
                what = (
                    "no snapshot of the work request"
                    if snapshot is None
                    else f"work request {snapshot.id!r} is still {snapshot.status}"
                )
                raise TimeoutError(f"{what} after {timeout} s")
            sleep(min(pause, left))
        else:
            sleep(pause)
        pause = min(pause * 2, max_interval)

    def poll(last: _Snapshot | None) -> _Snapshot:
        failures = 0
        while True:
            try:
                snapshot = fetch()
            except retry_on:
                failures += 1
                if failures > retries:
                    raise
                wait(last)
                continue
            if not is_snapshot(snapshot):
                raise TypeError(
                    "fetch() must return a WorkRequest or WorkRequestSummary (or another "
                    f"family's request or summary), got {snapshot!r}"
                )
            return snapshot

    current = poll(None)
    while not is_terminal(current):
        wait(current)
        new = poll(current)
        events = diff(_request(current), _request(new))
        if events and _is_stale(new, current):
            continue
        yield from events
        current = new
    return current


def _request(snapshot: WorkRequest | WorkRequestSummary) -> WorkRequest:
    """``snapshot`` as a ``WorkRequest`` if it is identity's summary (which has no logs).

    Other families' snapshots are compared as they are, each with its own class.
    """
    if not isinstance(snapshot, WorkRequestSummary):
        return snapshot
    new = object.__new__(WorkRequest)
    for field in attrs.fields(WorkRequest):
        object.__setattr__(new, field.name, getattr(snapshot, field.name, None))
    return new


def _is_stale(
    new: WorkRequest | WorkRequestSummary, seen: WorkRequest | WorkRequestSummary
) -> bool:
    """Whether ``new`` is older than ``seen``: the life cycle leads from it to ``seen``."""
    return not any(isinstance(e, Corrected) for e in diff(_request(new), _request(seen)))


def raise_for_status(wr: _Snapshot, *, canceled: bool = False) -> _Snapshot:
    """Raise ``WorkRequestFailed`` if ``wr`` ended without success; return it otherwise.

    Without success: FAILED, PARTIALLY_SUCCEEDED (tagging's), and, with ``canceled``, CANCELED.

    >>> from wrmodel import transitions as t
    >>> raise_for_status(t.accept("x", "DELETE_COMPARTMENT").fail()).status
    Traceback (most recent call last):
    ...
    wrmodel.exceptions.WorkRequestFailed: work request 'x' FAILED (no errors recorded)
    """
    if is_terminal(wr) and not is_successful(wr) and (canceled or wr.status.name != "CANCELED"):
        raise WorkRequestFailed(wr)
    return wr


def queued_for(wr: WorkRequest | WorkRequestSummary) -> pendulum.Duration | None:
    """How long the request waited, accepted to started; None without both times."""
    if wr.time_accepted is None or wr.time_started is None:
        return None
    return wr.time_started - wr.time_accepted


def ran_for(wr: WorkRequest | WorkRequestSummary) -> pendulum.Duration | None:
    """How long the request ran, started to finished; None without both times."""
    if wr.time_started is None or wr.time_finished is None:
        return None
    return wr.time_finished - wr.time_started
