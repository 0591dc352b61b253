"""Watching a live work request, and what its outcome means."""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

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
    retry_on: RetryOn = is_transient,
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
    steps = _steps(interval, max_interval, timeout, retries=retries, retry_on=retry_on, clock=clock)
    send: Callable[[Any], _Step] = steps.send
    reply: Any = None
    while True:
        try:
            kind, value = send(reply)
        except StopIteration as end:
            return end.value  # type: ignore[no-any-return]
        send, reply = steps.send, None
        if kind is _FETCH:
            try:
                reply = fetch()
            except Exception as error:  # noqa: BLE001 (the steps raise what is not retried)
                send, reply = steps.throw, error
        elif kind is _PAUSE:
            sleep(value)
        elif kind is _EVENT:
            yield value


def awatch(
    fetch: Callable[[], Awaitable[_Snapshot]] | Callable[[], _Snapshot],
    *,
    interval: float = 1.0,
    max_interval: float = 30.0,
    timeout: float | None = 600.0,
    retries: int = 5,
    retry_on: RetryOn = is_transient,
    sleep: Callable[[float], Awaitable[object]] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> AsyncWatch[_Snapshot]:
    """``watch`` for asyncio: an async iterator of the events, the last snapshot kept.

    The same polls, pauses, retries (transient errors only, ``retry-after`` heeded),
    timeout and stale reads skipped as ``watch``, with the same options. ``fetch`` is a
    coroutine function (``async def``), or a plain callable, which is run in a worker thread
    so that it never blocks the event loop. The object returned holds the latest snapshot
    (``.snapshot``: the last one when the iteration ends).

    Cancelling the task that iterates cancels the ``fetch`` or the pause it waits for; a plain
    ``fetch`` running in its thread cannot be stopped, so the cancellation waits for that call
    to return, then ends: a cancelled watcher leaves no task or thread working. ``sleep`` is
    ``asyncio.sleep`` unless given (a test's fake clock).

    >>> import asyncio
    >>> from wrmodel import transitions as t
    >>> accepted = t.accept("x", "DELETE_COMPARTMENT")
    >>> started = accepted.start()
    >>> polls = iter([accepted, started, started.succeed()])
    >>> async def main():
    ...     async def fetch():
    ...         return next(polls)
    ...     async def no_pause(_):
    ...         pass
    ...     watcher = awatch(fetch, sleep=no_pause)
    ...     events = [type(e).__name__ async for e in watcher]
    ...     return events, watcher.snapshot.status
    >>> asyncio.run(main())
    (['Started', 'Succeeded'], <Status.SUCCEEDED: 'SUCCEEDED'>)
    """
    steps = _steps(interval, max_interval, timeout, retries=retries, retry_on=retry_on, clock=clock)
    return AsyncWatch(steps, fetch, sleep)


class AsyncWatch(Generic[_Snapshot]):
    """What ``awatch`` returns: an async iterator of events, with the latest snapshot."""

    __slots__ = ("_fetch", "_reply", "_send", "_sleep", "_steps", "snapshot")

    def __init__(
        self,
        steps: Generator[_Step, Any, _Snapshot],
        fetch: Callable[[], Any],
        sleep: Callable[[float], Awaitable[object]] | None,
    ) -> None:
        self._steps = steps
        self._fetch = fetch
        self._sleep = sleep
        self._send: Callable[[Any], _Step] = steps.send
        self._reply: Any = None
        #: The latest snapshot seen (None before the first): when the iteration has ended,
        #: the last one.
        self.snapshot: _Snapshot | None = None

    def __aiter__(self) -> AsyncWatch[_Snapshot]:
        return self

    async def __anext__(self) -> Event:
        """The next event; ``StopAsyncIteration`` when the request has ended."""
        import asyncio  # noqa: PLC0415 (asyncio is for those who use it)

        while True:
            try:
                kind, value = self._send(self._reply)
            except StopIteration as end:
                self.snapshot = end.value
                raise StopAsyncIteration from None
            self._send, self._reply = self._steps.send, None
            if kind is _FETCH:
                try:
                    self._reply = await _call(self._fetch)
                except Exception as error:  # noqa: BLE001 (the steps raise what is not retried)
                    self._send, self._reply = self._steps.throw, error
            elif kind is _PAUSE:
                await (self._sleep or asyncio.sleep)(value)
            elif kind is _SEEN:
                self.snapshot = value
            else:
                return value  # type: ignore[no-any-return]


async def _call(fetch: Callable[[], Any]) -> Any:
    """``fetch()``'s snapshot: awaited, or (a plain callable) from a worker thread.

    Cancelled while the thread runs, it waits for the call to return before it ends.
    """
    import asyncio  # noqa: PLC0415
    import inspect  # noqa: PLC0415

    if inspect.iscoroutinefunction(fetch):
        return await fetch()
    call = asyncio.ensure_future(asyncio.to_thread(fetch))
    try:
        result = await asyncio.shield(call)
    except asyncio.CancelledError:
        await asyncio.wait([call])  # a thread cannot be stopped: its call ends first
        raise
    return await result if inspect.isawaitable(result) else result


def _checked(
    interval: float, max_interval: float, timeout: float | None, retries: int, retry_on: RetryOn
) -> Callable[[Exception], bool]:
    """Check the watch's options (``ValueError``); whether an error is worth trying again."""
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
    if isinstance(retry_on, type | tuple):
        classes = retry_on

        def retryable(error: Exception) -> bool:
            return isinstance(error, classes)

        return retryable
    return retry_on


#: What the watch's steps ask of the one who runs them (``watch``, ``awatch``): a fetch
#: (its snapshot sent back, or its error thrown in), a pause of ``value`` seconds, an event
#: to hand on, or a snapshot that is now the latest.
_FETCH, _PAUSE, _EVENT, _SEEN = "fetch", "pause", "event", "seen"
_Step = tuple[str, Any]

#: The errors worth trying again: exception classes, or a predicate.
RetryOn = type[Exception] | tuple[type[Exception], ...] | Callable[[Exception], bool]


def _steps(
    interval: float,
    max_interval: float,
    timeout: float | None,
    *,
    retries: int,
    retry_on: RetryOn,
    clock: Callable[[], float],
) -> Generator[_Step, Any, Any]:
    """The watch, without its I/O: it asks for fetches and pauses, and yields the events.

    One description of the watch for ``watch`` and ``awatch`` alike; returns the last
    snapshot.
    """
    retryable = _checked(interval, max_interval, timeout, retries, retry_on)
    deadline = None if timeout is None else clock() + timeout
    pause = interval

    def wait(snapshot: Snapshot | None, at_least: float = 0.0) -> Generator[_Step, Any, None]:
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
            yield _PAUSE, min(wanted, left)
        else:
            yield _PAUSE, wanted
        pause = min(pause * 2, max_interval)

    def poll(last: Snapshot | None) -> Generator[_Step, Any, Snapshot]:
        failures = 0
        while True:
            try:
                snapshot = yield _FETCH, None
            except Exception as error:
                failures += 1
                if not retryable(error) or failures > retries:
                    raise
                yield from wait(last, retry_after(error) or 0.0)
                continue
            if not is_snapshot(snapshot):
                raise TypeError(
                    "fetch() must return a WorkRequest or WorkRequestSummary (or another "
                    f"family's request or summary), got {snapshot!r}"
                )
            return snapshot  # type: ignore[no-any-return]

    current = yield from poll(None)
    yield _SEEN, current
    while not is_terminal(current):
        yield from wait(current)
        new = yield from poll(current)
        events = _diff(current, new)
        if events and _is_stale(new, current):
            continue
        for event in events:
            yield _EVENT, event
        current = new
        yield _SEEN, current
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
