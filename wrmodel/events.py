"""What happened to a work request, as values: events, and their history.

Each event is a frozen value for one kind of change. It carries the time the work request
records for that change (``at``), or ``None`` where the request records none (progress, a
cancel request, a resource change); applying an event never invents a time.

``diff(old, new)`` gives the events that lead from one snapshot of a request to a later
one, even when a poll missed steps; ``replay`` builds the request back from events.

>>> import wrmodel, pendulum
>>> from wrmodel import events
>>> t0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)
>>> old = wrmodel.transitions.accept("ocid1.workrequest.oc1..x", "DELETE_COMPARTMENT", at=t0)
>>> new = old.start(at=t0.add(seconds=2)).succeed(at=t0.add(seconds=9))
>>> [type(e).__name__ for e in events.diff(old, new)]
['Started', 'Succeeded']
>>> events.replay(events.diff(old, new), onto=old) == new
True
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar

import attrs
import pendulum

from . import transitions as t
from ._enums import OperationType, Status
from ._errors import expected, fail
from ._models import (
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    _errors,
    _logs,
    _model,
    _operation_type,
    _optional_string,
    _percent,
    _resources,
    _string,
    _timestamp,
    evolve,
)
from .exceptions import TransitionError

__all__ = (
    "EVENTS",
    "Accepted",
    "CancelRequested",
    "Canceled",
    "ErrorAdded",
    "Event",
    "Failed",
    "LogAdded",
    "Progressed",
    "ResourceChanged",
    "Started",
    "Succeeded",
    "apply",
    "diff",
    "history",
    "replay",
)


class Event:
    """The base of every event; ``at`` is when the request records the change, if it does."""

    __slots__ = ()
    at: ClassVar[pendulum.DateTime | None] = None


def _resource(value: WorkRequestResource) -> WorkRequestResource:
    if not isinstance(value, WorkRequestResource):
        fail(expected("a WorkRequestResource", value))
    return value


@_model
@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Accepted(Event):
    """The request was accepted (the first event of every history).

    ``resources``, ``errors`` and ``logs`` are what it was accepted with: usually nothing
    (``None``) or, for a request that reports them, empty lists.
    """

    id: str = attrs.field(converter=_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    compartment_id: str | None = attrs.field(default=None, converter=_optional_string)
    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_resources
    )
    errors: tuple[WorkRequestError, ...] | None = attrs.field(default=None, converter=_errors)
    logs: tuple[WorkRequestLogEntry, ...] | None = attrs.field(default=None, converter=_logs)


@_model
@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Started(Event):
    """The request went IN_PROGRESS."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


@_model
@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Progressed(Event):
    """The request reported a new percent complete (it records no time for it)."""

    percent: float = attrs.field(converter=_percent)


@_model
@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class LogAdded(Event):
    """A log entry was written."""

    message: str = attrs.field(converter=_string)
    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


@_model
@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class ErrorAdded(Event):
    """An error was recorded."""

    code: str = attrs.field(converter=_string)
    message: str = attrs.field(converter=_string)
    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


@_model
@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class ResourceChanged(Event):
    """A resource was added, or changed (the request records no time for it)."""

    resource: WorkRequestResource = attrs.field(converter=_resource)


@_model
@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class CancelRequested(Event):
    """Cancelation was asked for: the request went CANCELING (it records no time for it)."""


@_model
@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Succeeded(Event):
    """The request SUCCEEDED."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


@_model
@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Failed(Event):
    """The request FAILED (its errors come as ``ErrorAdded`` events)."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


@_model
@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Canceled(Event):
    """The request was CANCELED."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


#: Every kind of event; the wire form tags each with its name (``"type": "Started"``).
EVENTS = (
    Accepted,
    Started,
    Progressed,
    LogAdded,
    ErrorAdded,
    ResourceChanged,
    CancelRequested,
    Succeeded,
    Failed,
    Canceled,
)

#: How each kind of event changes a request: through the transitions' rules, never
#: inventing a time the event does not carry.
_APPLY: dict[type[Event], Callable[[WorkRequest, Any], WorkRequest]] = {
    Started: lambda wr, e: t._start(wr, e.at),
    Progressed: lambda wr, e: t._progress(wr, e.percent, None),
    LogAdded: lambda wr, e: t._add_log(wr, WorkRequestLogEntry(message=e.message, timestamp=e.at)),
    ErrorAdded: lambda wr, e: t._add_errors(
        wr, (WorkRequestError(code=e.code, message=e.message, timestamp=e.at),)
    ),
    ResourceChanged: lambda wr, e: t.add_resource(wr, e.resource),
    CancelRequested: lambda wr, _: t._request_cancel(wr, None),
    Succeeded: lambda wr, e: t._finish(wr, Status.SUCCEEDED, e.at),
    Failed: lambda wr, e: t._finish(wr, Status.FAILED, e.at),
    Canceled: lambda wr, e: t._finish(wr, Status.CANCELED, e.at),
}


def apply(wr: WorkRequest, event: Event) -> WorkRequest:
    """The request after ``event``, by the same rules as the transition functions."""
    change = _APPLY.get(type(event))
    if change is None:
        if isinstance(event, Accepted):
            raise TransitionError(f"work request {wr.id!r}: Accepted can only begin a history")
        raise TypeError(f"expected an event, got {event!r}")
    return change(wr, event)


def replay(events: Iterable[Event], *, onto: WorkRequest | None = None) -> WorkRequest:
    """The request ``events`` build: from their first, ``Accepted``, or ``onto`` a request.

    >>> t0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)
    >>> replay([Accepted(id="x", operation_type="DELETE_COMPARTMENT", at=t0),
    ...         Started(at=t0.add(seconds=1)), Progressed(percent=30)]).percent_complete
    30.0
    """
    events = iter(events)
    if onto is None:
        first = next(events, None)
        if not isinstance(first, Accepted):
            raise TransitionError(f"a history begins with Accepted, not {first!r}")
        onto = evolve(
            t._accept(first.id, first.operation_type, first.compartment_id, first.at),
            resources=first.resources,
            errors=first.errors,
            logs=first.logs,
        )
    return functools.reduce(apply, events, onto)


def history(wr: WorkRequest) -> tuple[Event, ...]:
    """The events that build ``wr`` from its acceptance: ``Accepted`` first.

    ``Accepted`` has empty lists for the collections ``wr`` reports. Raises
    ``TransitionError`` for a request no history can build (one whose percent is unknown
    after acceptance at 0%, say).
    """
    accepted = Accepted(
        id=wr.id,
        operation_type=wr.operation_type,
        compartment_id=wr.compartment_id,
        at=wr.time_accepted,
        resources=None if wr.resources is None else (),
        errors=None if wr.errors is None else (),
        logs=None if wr.logs is None else (),
    )
    return (accepted, *diff(replay([accepted]), wr))


def diff(old: WorkRequest, new: WorkRequest) -> tuple[Event, ...]:
    """The events that lead from snapshot ``old`` to snapshot ``new`` of the same request.

    Missed steps are filled in: ACCEPTED then SUCCEEDED gives ``Started`` and ``Succeeded``
    with the times ``new`` carries. Events come in time order; ``replay(diff(old, new),
    onto=old) == new`` always holds. A ``new`` that cannot follow ``old`` (another id, time
    running backwards, a terminal status left, entries removed) raises ``TransitionError``.
    """
    if old.id != new.id:
        raise TransitionError(f"work request {new.id!r} cannot follow work request {old.id!r}")
    status = list(_status_events(old, new))
    logs = [LogAdded(message=x.message, at=x.timestamp) for x in _added(old, new, "logs")]
    errors = [
        ErrorAdded(code=x.code, message=x.message, at=x.timestamp)
        for x in _added(old, new, "errors")
    ]
    resources = [
        ResourceChanged(resource=r) for r in new.resources or () if r not in (old.resources or ())
    ]
    events = (*resources, *_merge(status, logs, errors))
    try:
        result = replay(events, onto=old)
    except TransitionError as error:
        raise TransitionError(
            f"work request {new.id!r}: the new snapshot cannot follow the old: {error}"
        ) from None
    if result != new:
        fields = [
            f.name
            for f in attrs.fields(WorkRequest)
            if getattr(result, f.name) != getattr(new, f.name)
        ]
        raise TransitionError(
            f"work request {new.id!r}: the new snapshot cannot follow the old: no events "
            f"explain its {', '.join(fields)}"
        )
    return events


def _added(old: WorkRequest, new: WorkRequest, name: str) -> Sequence[Any]:
    """The entries of ``new.<name>`` after those of ``old``, which must come first."""
    before, after = getattr(old, name) or (), getattr(new, name) or ()
    if tuple(after[: len(before)]) != tuple(before):
        raise TransitionError(
            f"work request {new.id!r}: the new snapshot cannot follow the old: its {name} "
            "are not the old ones followed by new ones"
        )
    return after[len(before) :]


def _status_events(old: WorkRequest, new: WorkRequest) -> list[Event]:
    """The status changes from ``old`` to ``new``, missed steps included.

    The new percent, if any, is reported before the request ends.
    """
    path = _path(old, new, progressed=_progressed(old, new))
    events: list[Event] = []
    for status in path:
        if status is Status.IN_PROGRESS:
            events.append(Started(at=new.time_started))
        elif status is Status.CANCELING:
            events.append(CancelRequested())
        else:
            events.append(
                {Status.SUCCEEDED: Succeeded, Status.FAILED: Failed, Status.CANCELED: Canceled}[
                    status
                ](at=new.time_finished)
            )
    if _progressed(old, new):
        at_end = bool(path) and path[-1] in t.TERMINAL
        events.insert(len(events) - at_end, Progressed(percent=new.percent_complete))
    return events


def _progressed(old: WorkRequest, new: WorkRequest) -> bool:
    """Whether ``new`` reports a percent that needs a ``Progressed`` event."""
    return (
        new.percent_complete not in (None, old.percent_complete)
        and new.status is not Status.SUCCEEDED
    )


def _path(old: WorkRequest, new: WorkRequest, *, progressed: bool) -> list[Status]:
    """The statuses after ``old``'s on the way to ``new``'s: the shortest legal path.

    It goes through IN_PROGRESS exactly when ``new`` shows a start that ``old`` did not,
    and, when progress was made, ends in a status that reports it (before the last move,
    if that ends the request).
    """
    if old.status is new.status:
        return []
    started = old.time_started is None and new.time_started is not None

    def fits(path: list[Status]) -> bool:
        statuses = [old.status, *path]
        before_end = statuses[-2] if path[-1] in t.TERMINAL else statuses[-1]
        return (Status.IN_PROGRESS in path) == started and (
            not progressed or before_end in t._PROGRESSING
        )

    paths = _paths(old.status, new.status)
    if not paths:
        return [new.status]  # illegal: replaying it raises the TransitionError that says why
    return min([p for p in paths if fits(p)] or paths, key=len)


def _paths(start: Status, end: Status) -> list[list[Status]]:
    """Every legal path of statuses from ``start`` to ``end`` (``start`` excluded)."""
    if start is end:
        return [[]]
    return [[nxt, *rest] for nxt in sorted(t.TRANSITIONS[start]) for rest in _paths(nxt, end)]


def _merge(*streams: Sequence[Event]) -> list[Event]:
    """The events of ``streams`` in time order, each stream's own order kept.

    An event without a time is taken as soon as it heads its stream; among timed heads the
    earliest goes first, ties to the earlier stream.
    """
    streams_ = [list(s) for s in streams]
    merged = []
    while any(streams_):
        heads = [s for s in streams_ if s]
        untimed = [s for s in heads if s[0].at is None]
        stream = untimed[0] if untimed else min(heads, key=lambda s: s[0].at)  # type: ignore[arg-type,return-value]
        merged.append(stream.pop(0))
    return merged
