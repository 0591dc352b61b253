"""Watching a live work request, and what its outcome means."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator

import pendulum

from ._models import WorkRequest, WorkRequestSummary
from .events import Event, diff
from .exceptions import WorkRequestFailed
from .transitions import is_terminal


def watch(
    fetch: Callable[[], WorkRequest],
    *,
    interval: float = 1.0,
    max_interval: float = 30.0,
    timeout: float | None = 600.0,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Generator[Event, None, WorkRequest]:
    """Poll ``fetch()`` until the work request ends, yielding the events between snapshots.

    ``fetch`` is any callable returning a ``WorkRequest`` (a lambda around the SDK's
    ``get_work_request`` and ``wrmodel.loads``, say). The first snapshot yields nothing; each
    later one yields ``diff(previous, snapshot)``. The pause between polls starts at
    ``interval`` seconds and doubles up to ``max_interval``. Past ``timeout`` seconds
    (``None``: never) it raises ``TimeoutError`` naming the request and its last status.
    The generator's return value (``StopIteration.value``) is the last snapshot. ``sleep``
    takes seconds; ``clock`` gives monotonic seconds.

    >>> from wrmodel import transitions as t
    >>> accepted = t.accept("x", "DELETE_COMPARTMENT")
    >>> started = accepted.start()
    >>> polls = iter([accepted, started, started.succeed()])
    >>> [type(e).__name__ for e in watch(lambda: next(polls), sleep=lambda _: None)]
    ['Started', 'Succeeded']
    """
    deadline = None if timeout is None else clock() + timeout
    current = fetch()
    pause = interval
    while not is_terminal(current):
        if deadline is not None:
            left = deadline - clock()
            if left <= 0:
                raise TimeoutError(
                    f"work request {current.id!r} is still {current.status} after {timeout} s"
                )
            sleep(min(pause, left))
        else:
            sleep(pause)
        pause = min(pause * 2, max_interval)
        new = fetch()
        yield from diff(current, new)
        current = new
    return current


def raise_for_status(wr: WorkRequest) -> WorkRequest:
    """Raise ``WorkRequestFailed`` if ``wr`` FAILED; return it otherwise.

    >>> from wrmodel import transitions as t
    >>> raise_for_status(t.accept("x", "DELETE_COMPARTMENT").fail()).status
    Traceback (most recent call last):
    ...
    wrmodel.exceptions.WorkRequestFailed: work request 'x' FAILED (no errors recorded)
    """
    if wr.status == WorkRequest.STATUS_FAILED:
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
