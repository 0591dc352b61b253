"""Watching a live work request, and what its outcome means."""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import pendulum

from wrmodel._errors import expected
from wrmodel.exceptions import WorkRequestFailed
from wrmodel.models._build import build
from wrmodel.models._identity import WorkRequest, WorkRequestSummary
from wrmodel.models._models import as_sent
from wrmodel.models._rules import Snapshot, is_snapshot, is_successful, is_terminal

if TYPE_CHECKING:
    from ._events import Event


_Snapshot = TypeVar("_Snapshot", bound=Snapshot)

#: The HTTP statuses worth trying again: too many requests, and the server's own errors.
_TOO_MANY = 429
_SERVER = range(500, 600)
#: Where requests' exceptions live: its own package, and the copy the OCI SDK ships.
_REQUESTS = ("requests.exceptions", "oci._vendor.requests.exceptions")


def is_transient(error: BaseException) -> bool:
    """Whether ``error`` may pass if the call is tried again: ``watch``'s default ``retry_on``.

    Connection errors and timeouts (the standard library's, and those of ``requests``, which
    the OCI SDK uses and wraps in its ``RequestException``), and the SDK's ``ServiceError``
    with status 429 (too many requests) or 5xx. Anything else would fail again (a 404, a
    ``DecodeError``, the ``AttributeError`` of a typo): it is raised at once.

    >>> is_transient(ConnectionResetError()), is_transient(KeyError("id"))
    (True, False)
    """
    if isinstance(error, ConnectionError | TimeoutError):
        return True
    oci = sys.modules.get("oci.exceptions")
    if oci is not None and isinstance(error, oci.ServiceError):
        return error.status == _TOO_MANY or error.status in _SERVER
    # requests' errors, as they are or as the SDK wraps them (its RequestException holds one).
    for cause in (error, *error.args[:1]):
        for name in _REQUESTS:
            module = sys.modules.get(name)
            if module is not None and isinstance(cause, module.ConnectionError | module.Timeout):
                return True
    return False


def retry_after(error: BaseException, now: Callable[[], float] = time.time) -> float | None:
    """The seconds a ``retry-after`` header of ``error`` (an SDK ``ServiceError``) asks for.

    In seconds or as an HTTP date; None when there is none, or it cannot be read.

    >>> class Throttled(Exception):
    ...     headers = {"Retry-After": "7"}
    >>> retry_after(Throttled())
    7.0
    """
    headers: Any = getattr(error, "headers", None)
    if not hasattr(headers, "items"):
        return None
    value = next((v for k, v in headers.items() if str(k).lower() == "retry-after"), None)
    if not isinstance(value, str):
        return None
    try:
        seconds = float(value)
    except ValueError:
        import email.utils  # noqa: PLC0415 (an HTTP date is rare: its parser costs at import)

        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - now()
        except (TypeError, ValueError):
            return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


def watch(
    fetch: Callable[[], _Snapshot],
    *,
    interval: float = 1.0,
    max_interval: float = 30.0,
    timeout: float | None = 600.0,
    retries: int = 5,
    retry_on: type[Exception]
    | tuple[type[Exception], ...]
    | Callable[[Exception], bool] = is_transient,
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
    ``max_interval``. A ``fetch`` that raises what ``retry_on`` takes (exception classes, or
    a predicate; by default ``is_transient``: connection errors, timeouts, the SDK's 429 and
    5xx) is tried again, with the same growing pauses or longer if the error's
    ``retry-after`` header asks, up to ``retries`` times in a row; then its last error is
    raised. Any other error is raised at once. Past ``timeout`` seconds (``None``: never) it
    raises ``TimeoutError`` naming the request and its last status. ``interval``,
    ``max_interval`` and ``timeout`` are positive, finite numbers of seconds.

    Args:
        fetch: returns the request's current snapshot (any family's request or summary).
        interval: the first pause between polls, in seconds; it doubles after each.
        max_interval: the longest pause, in seconds.
        timeout: how long to watch, in seconds; ``None``: until the request ends.
        retries: how many failed polls in a row are tried again, from 0.
        retry_on: the errors worth trying again: exception classes, or a predicate.
        sleep: pauses, given seconds (``time.sleep``; a test's fake clock).
        clock: monotonic seconds (``time.monotonic``).

    Yields:
        The events between each snapshot and the next (``diff``).

    Returns:
        The last snapshot, as the generator's return value (``StopIteration.value``).

    Raises:
        TimeoutError: past ``timeout``, naming the request and its last status.
        ValueError: an option out of its range.

    >>> from wrmodel import transitions as t
    >>> accepted = t.accept("x", "DELETE_COMPARTMENT")
    >>> started = accepted.start()
    >>> polls = iter([accepted, started, accepted, started.succeed()])  # one stale read
    >>> [type(e).__name__ for e in watch(lambda: next(polls), sleep=lambda _: None)]
    ['Started', 'Succeeded']
    """
    limits = [("interval", interval), ("max_interval", max_interval)]
    limits += [] if timeout is None else [("timeout", timeout)]
    for name, value in limits:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not 0 < value < math.inf
        ):
            raise ValueError(f"{name}: {expected('a positive number of seconds', value)}")
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise ValueError(f"retries: {expected('a whole number from 0', retries)}")
    retryable: Callable[[Exception], bool]
    if isinstance(retry_on, type | tuple):
        classes = retry_on

        def retryable(error: Exception) -> bool:
            return isinstance(error, classes)

    else:
        retryable = retry_on
    deadline = None if timeout is None else clock() + timeout
    pause = interval

    def wait(snapshot: _Snapshot | None, at_least: float = 0.0) -> None:
        nonlocal pause
        wanted = max(pause, at_least)
        if deadline is not None:
            left = deadline - clock()
            if left <= 0:
                what = (
                    "no snapshot of the work request"
                    if snapshot is None
                    else f"work request {snapshot.id!r} is still {as_sent(snapshot, 'status')}"
                )
                raise TimeoutError(f"{what} after {timeout} s")
            sleep(min(wanted, left))
        else:
            sleep(wanted)
        pause = min(pause * 2, max_interval)

    def poll(last: _Snapshot | None) -> _Snapshot:
        failures = 0
        while True:
            try:
                snapshot = fetch()
            except Exception as error:
                failures += 1
                if not retryable(error) or failures > retries:
                    raise
                wait(last, retry_after(error) or 0.0)
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
        events = _diff(current, new)
        if events and _is_stale(new, current):
            continue
        yield from events
        current = new
    return current


def _diff(old: Snapshot, new: Snapshot) -> tuple[Event, ...]:
    """``events.diff`` of two snapshots, identity's summaries compared as requests."""
    from ._history import diff  # noqa: PLC0415 (the events are made when first used)

    return diff(_request(old), _request(new))


def _request(snapshot: Snapshot) -> Snapshot:
    """``snapshot`` as a ``WorkRequest`` if it is identity's summary (which has no logs).

    Other families' snapshots are compared as they are, each with its own class.
    """
    if not isinstance(snapshot, WorkRequestSummary):
        return snapshot
    return build(
        WorkRequest, {f.name: getattr(snapshot, f.name, None) for f in attrs.fields(WorkRequest)}
    )


def _is_stale(new: Snapshot, seen: Snapshot) -> bool:
    """Whether ``new`` is older than ``seen``: the life cycle leads from it to ``seen``.

    Never when ``new``'s status is one this version does not know: from there, any status
    is taken as the service's word, which says nothing of their order.
    """
    if new.status.name == "UNKNOWN_ENUM_VALUE":
        return False
    from ._events import Corrected  # noqa: PLC0415 (the events are made when first used)

    return not any(isinstance(e, Corrected) for e in _diff(new, seen))


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


def queued_for(wr: Snapshot) -> pendulum.Duration | None:
    """How long the request waited, accepted to started; None without both times."""
    if wr.time_accepted is None or wr.time_started is None:
        return None
    return wr.time_started - wr.time_accepted


def ran_for(wr: Snapshot) -> pendulum.Duration | None:
    """How long the request ran, started to finished; None without both times."""
    if wr.time_started is None or wr.time_finished is None:
        return None
    return wr.time_finished - wr.time_started
