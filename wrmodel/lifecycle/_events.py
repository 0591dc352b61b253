"""Events between snapshots of a work request (public as ``wrmodel.events``)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar, TypeVar, cast, overload

import attrs
import pendulum

from wrmodel._errors import expected, fail, show
from wrmodel.exceptions import TransitionError
from wrmodel.models import _rules as transitions
from wrmodel.models._build import evolve
from wrmodel.models._enums import Status
from wrmodel.models._families import model_name, model_named
from wrmodel.models._frozen import thaw
from wrmodel.models._models import (
    Model,
    Unknown,
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    _error_tuple,
    _logs,
    _optional_string,
    _resources,
    _string,
    _timestamp,
    _unknown,
    came_as,
)
from wrmodel.models._names import camel, kebab
from wrmodel.models._percent import _percent
from wrmodel.models._rules import Snapshot
from wrmodel.wire._codec import register_union
from wrmodel.wire._converter import structure, unstructure

from ._transitions import accept_at


class Event(Model):
    """The base of every event; ``at`` is when the request records the change, if it does."""

    __slots__ = ()
    at: ClassVar[pendulum.DateTime | None] = None


def _resource(value: WorkRequestResource) -> WorkRequestResource:
    family = getattr(type(value), "__wrmodel_family__", None)
    item = None if family is None else transitions.item_class(family.request, "resources")
    if item is None or not isinstance(value, item):
        fail(expected("a WorkRequestResource, or another family's resource", value))
    return value


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Accepted(Event):
    """The request was accepted (the first event of every history).

    ``resources``, ``errors`` and ``logs`` are what it was accepted with: usually nothing
    (``None``) or, for a request that reports them, empty lists. ``operation_type`` is the
    string the request came with (any family's). ``model`` says what the history is of
    (``tagging.TaggingWorkRequest``; None: identity's ``WorkRequest``), so that ``replay``
    makes that class again, from a JSON event log too. ``unknown`` is what the request holds
    that this version does not know: the keys a newer API sent (written as keys of the
    event, as in the request's own form).
    """

    id: str = attrs.field(converter=_string)
    operation_type: str = attrs.field(converter=_string)
    compartment_id: str | None = attrs.field(default=None, converter=_optional_string)
    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_resources
    )
    errors: tuple[WorkRequestError, ...] | None = attrs.field(default=None, converter=_error_tuple)
    logs: tuple[WorkRequestLogEntry, ...] | None = attrs.field(default=None, converter=_logs)
    model: str | None = attrs.field(default=None, converter=_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Started(Event):
    """The request went IN_PROGRESS."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Progressed(Event):
    """The request reported a new percent complete (it records no time for it)."""

    percent: float = attrs.field(converter=_percent)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class LogAdded(Event):
    """A log entry was written."""

    message: str = attrs.field(converter=_string)
    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class ErrorAdded(Event):
    """An error was recorded."""

    code: str = attrs.field(converter=_string)
    message: str = attrs.field(converter=_string)
    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class ResourceChanged(Event):
    """A resource was added, or changed (the request records no time for it)."""

    resource: WorkRequestResource = attrs.field(converter=_resource)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class CancelRequested(Event):
    """Cancelation was asked for: the request went CANCELING (it records no time for it)."""


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Succeeded(Event):
    """The request SUCCEEDED."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Failed(Event):
    """The request FAILED (its errors come as ``ErrorAdded`` events)."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Canceled(Event):
    """The request was CANCELED."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class StatusChanged(Event):
    """The request went to a status that has no event of its own (devops' ``WAITING``).

    The request records no time for it.
    """

    status: str = attrs.field(converter=_string)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class PartiallySucceeded(Event):
    """The request ended PARTIALLY_SUCCEEDED (tagging's): an end, not a success."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)  # type: ignore[misc]


def _work_request(value: WorkRequest) -> WorkRequest:
    if not transitions.is_snapshot(value):
        fail(expected("a WorkRequest, or another family's request or summary", value))
    return value


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Corrected(Event):
    """The request changed in a way the life cycle cannot explain: here it is as observed.

    A status going back (a stale replica) or out of an end, a status this version does not
    know, entries that disappeared, times out of order, a percent that went down or is not
    reported: ``reason`` says which, ``snapshot`` is the request as the new snapshot shows
    it. Applying it gives ``snapshot``; nothing is inferred from it.
    """

    reason: str = attrs.field(converter=_string)
    snapshot: WorkRequest = attrs.field(converter=_work_request)


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
    PartiallySucceeded,
    StatusChanged,
    Corrected,
)
register_union(Event, EVENTS)


def _timed(
    to: Callable[[WorkRequest, pendulum.DateTime | None], WorkRequest], name: str
) -> Callable[[WorkRequest, Any], WorkRequest]:
    """Apply a status event through the transition ``to``, recording its time as ``name``.

    Observed times are taken as they come, but for the request's own three times: a status
    change stamped before one of them is refused, as time out of order.
    """

    def change(wr: WorkRequest, event: Any) -> WorkRequest:
        at = event.at
        if at is not None:
            for field in _TIMES:
                before = getattr(wr, field)
                if before is not None and at < before:
                    raise transitions.refusal(
                        wr,
                        f"{camel(name)} {at.isoformat()} is before its {camel(field)} "
                        f"{before.isoformat()}",
                    )
        return evolve(to(wr, None), **{name: at})

    return change


_TIMES = ("time_accepted", "time_started", "time_finished")


def _corrected(wr: WorkRequest, event: Corrected) -> WorkRequest:
    if event.snapshot.id != wr.id:
        raise transitions.refusal(
            wr, f"a correction of work request {event.snapshot.id!r} cannot apply"
        )
    snapshot: WorkRequest = _as(type(wr), event.snapshot)
    return snapshot


def _as(cls: type, value: Any) -> Any:
    """``value`` as an instance of ``cls``, through their shared wire form if it is not one.

    An event read from JSON holds identity's classes (a ``Corrected`` snapshot, a changed
    resource); another family's request takes them as its own, unknown values and keys kept.
    """
    if isinstance(value, cls):
        return value
    return structure(unstructure(value), cls)


def _entry(wr: WorkRequest, field: str, **values: Any) -> WorkRequest:
    """``wr`` with an entry of its ``field`` (logs or errors) appended, as observed."""
    entry = transitions.items_of(wr, field)(**values)
    return evolve(wr, **{field: (*(getattr(wr, field) or ()), entry)})


def _ending(name: str) -> Callable[[WorkRequest, pendulum.DateTime | None], WorkRequest]:
    """The transition to the status ``name`` of the request's family."""

    def end(wr: WorkRequest, at: pendulum.DateTime | None) -> WorkRequest:
        ended: WorkRequest = transitions.finish_at(wr, transitions.status_named(wr, name), at)
        return ended

    return end


def _observed(
    change: Callable[[WorkRequest, Any], WorkRequest], target: str | None
) -> Callable[[WorkRequest, Any], WorkRequest]:
    """Apply a status event by the table, also to a request in a status this version lacks.

    From such a status the table cannot say where the request may go, so the service's word
    is taken: the request is put in a status from which the table leads to the event's
    (``target``; a ``StatusChanged`` names its own), its unknown string dropped, and the
    event applied from there, its time checked as ever.
    """

    def apply_observed(wr: WorkRequest, event: Any) -> WorkRequest:
        if wr.status.name == "UNKNOWN_ENUM_VALUE":
            family = transitions.family_of(wr)
            to = family.status.__members__.get(target or event.status)
            before = next((s for s, nexts in family.transitions.items() if to in nexts), None)
            if before is not None:
                kept = wr.unknown or Unknown()
                values = {k: v for k, v in kept.values.items() if k != "status"}
                unknown = _unknown(Unknown(values=values, keys=kept.keys, verbatim=kept.verbatim))
                wr = evolve(wr, status=before, unknown=unknown)
        return change(wr, event)

    return apply_observed


#: How each kind of event changes a request. Status events follow the transitions' table
#: (from a status this version does not know, the service's word: ``_observed``); entries
#: are appended as observed (a log stamped before an earlier one is a normal log); no event
#: invents a time it does not carry.
_APPLY: dict[type[Event], Callable[[WorkRequest, Any], WorkRequest]] = {
    Started: _observed(_timed(transitions.start_at, "time_started"), "IN_PROGRESS"),
    Progressed: lambda wr, e: transitions.progress_at(wr, e.percent, None),
    LogAdded: lambda wr, e: _entry(wr, "logs", message=e.message, timestamp=e.at),
    ErrorAdded: lambda wr, e: _entry(wr, "errors", code=e.code, message=e.message, timestamp=e.at),
    ResourceChanged: lambda wr, e: transitions.put_resource(
        wr, _as(transitions.items_of(wr, "resources"), e.resource)
    ),
    CancelRequested: _observed(lambda wr, _: transitions.request_cancel_at(wr, None), "CANCELING"),
    StatusChanged: _observed(lambda wr, e: transitions.move_to_at(wr, e.status, None), None),
    **{
        event: _observed(_timed(_ending(name), "time_finished"), name)
        for name, event in (
            ("SUCCEEDED", Succeeded),
            ("FAILED", Failed),
            ("CANCELED", Canceled),
            ("PARTIALLY_SUCCEEDED", PartiallySucceeded),
        )
    },
    Corrected: _corrected,
}


_W = TypeVar("_W", bound=Snapshot)


def apply(wr: _W, event: Event) -> _W:
    """The request after ``event``, by the same rules as the transition functions."""
    change = _APPLY.get(type(event))
    if change is None:
        if isinstance(event, Accepted):
            raise TransitionError(f"work request {wr.id!r}: Accepted can only begin a history")
        raise TypeError(f"expected an event, got {event!r}")
    return cast("_W", change(cast("WorkRequest", wr), event))


@overload
def replay(events: Iterable[Event]) -> Snapshot: ...
@overload
def replay(events: Iterable[Event], *, onto: _W) -> _W: ...
@overload
def replay(events: Iterable[Event], *, cls: type[_W]) -> _W: ...
def replay(events: Iterable[Event], *, onto: Any = None, cls: type[Any] | None = None) -> Any:
    """The request ``events`` build: from their first, ``Accepted``, or ``onto`` a request.

    From ``Accepted``, the request is of class ``cls`` (any family's request or summary); by
    default, the class ``Accepted.model`` names (``history`` writes it), else identity's
    ``WorkRequest``. A model of a family this process has not made is a ``TransitionError``.

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
        if cls is None:
            cls = WorkRequest if first.model is None else model_named(first.model)
            if cls is None:
                msg = f"a history of {first.model}, a class of no family declared here"
                raise TransitionError(msg)
        made = accept_at(first.id, first.operation_type, first.compartment_id, first.at, cls)
        fields = attrs.fields_dict(cls)
        lists = {
            name: getattr(first, name)
            for name in ("resources", "errors", "logs")
            if name in fields and getattr(first, name) is not None
        }
        kept = first.unknown or Unknown()
        # Kept keys that are fields of ``cls`` (a field no event makes) become its fields.
        keys = {camel(name) for name in attrs.fields_dict(cls)}
        own = {k: thaw(v) for k, v in kept.keys.items() if k in keys}
        rest = {k: v for k, v in kept.keys.items() if k not in keys}
        # The raw operation type stays only if the class does not know it (then ``made`` has it).
        values = made.unknown.values if made.unknown is not None else {}
        unknown = _unknown(Unknown(values=values, keys=rest, verbatim=kept.verbatim))
        onto = evolve(made, **lists, unknown=unknown)
        if own:
            onto = structure({**unstructure(onto), **own}, cls)
    return functools.reduce(apply, events, onto)


def history(wr: Snapshot) -> tuple[Event, ...]:
    """The events that build ``wr`` from its acceptance: ``Accepted`` first.

    ``Accepted`` has empty lists for the collections ``wr`` reports, and what ``wr`` holds
    that this version does not know. It works for every request: what the life cycle cannot
    explain (a percent not reported, a status unknown to this version) ends the history as
    a ``Corrected`` event.

    >>> from wrmodel import transitions
    >>> done = transitions.accept("x", "DELETE_COMPARTMENT").start().succeed()
    >>> [type(e).__name__ for e in history(done)]
    ['Accepted', 'Started', 'Succeeded']
    """
    return _history(cast("WorkRequest", wr))  # any family's, read by the shared fields


def _history(wr: WorkRequest) -> tuple[Event, ...]:
    unknown = wr.unknown or Unknown()
    extra = _unmade(wr)
    kept: dict[str, Any] = {}
    if _ACCEPTED_KEYS.isdisjoint({*unknown.keys, *unknown.verbatim, *extra}):
        kept = {"keys": {**dict(unknown.keys), **extra}, "verbatim": unknown.verbatim}
    # else the keys clash: left to Corrected
    accepted = Accepted(
        model=None if type(wr) is WorkRequest else model_name(type(wr)),
        id=wr.id,
        operation_type=came_as(wr, "operation_type"),
        compartment_id=wr.compartment_id,
        at=wr.time_accepted,
        **{
            name: None if getattr(wr, name, None) is None else ()
            for name in ("resources", "errors", "logs")
        },
        unknown=_unknown(Unknown(**kept)),
    )
    return (accepted, *diff(replay([accepted], cls=type(wr)), wr))


#: The fields the life cycle makes, or ``Accepted`` carries as its own.
_MADE = frozenset(
    {
        *(f.name for f in attrs.fields(WorkRequest)),
        "at",
    }
)


def _unmade(wr: WorkRequest) -> dict[str, Any]:
    """The fields of ``wr`` no event makes (a field a class adds), as wire keys and values.

    ``Accepted`` carries them as kept keys; ``replay`` makes them fields again.
    """
    names = [f.name for f in attrs.fields(type(wr)) if f.name not in _MADE]
    names = [name for name in names if getattr(wr, name) is not None]
    if not names:
        return {}
    data = unstructure(wr)
    return {camel(name): data[camel(name)] for name in names}


#: The wire keys of ``Accepted`` in every style, which a kept key must not take.
_ACCEPTED_KEYS = frozenset(
    {"type"}
    | {key for f in attrs.fields(Accepted) for key in (f.name, camel(f.name), kebab(camel(f.name)))}
)

#: The events of status changes and progress: the rest follow only when one applies.
_STATUS_EVENTS = (
    Started,
    Progressed,
    CancelRequested,
    StatusChanged,
    Succeeded,
    Failed,
    Canceled,
    PartiallySucceeded,
)


def diff(old: Snapshot, new: Snapshot) -> tuple[Event, ...]:
    """The events that lead from snapshot ``old`` to snapshot ``new`` of the same request.

    Missed steps are filled in where the transitions' table makes them necessary: ACCEPTED
    then SUCCEEDED gives ``Started`` and ``Succeeded`` with the times ``new`` carries (none
    where it carries none); a cancel is never inferred, it needs a snapshot CANCELING or
    CANCELED. Resources are matched by identifier. Events come in time order.

    What the life cycle cannot explain (a status going back or unknown, entries removed,
    times out of order, a percent gone down or not reported, any other field changed) ends
    the events as one ``Corrected`` that says what and carries ``new``. So
    ``replay(diff(old, new), onto=old) == new`` always holds. Another id raises
    ``TransitionError``.

    >>> from wrmodel import transitions
    >>> done = transitions.accept("x", "DELETE_COMPARTMENT").start().succeed()
    >>> stale = transitions.accept("x", "DELETE_COMPARTMENT", at=done.time_accepted)
    >>> (corrected,) = diff(done, stale)
    >>> corrected.reason
    'status SUCCEEDED to ACCEPTED: the life cycle has no such move; timeStarted, timeFinished: \
not reported; percentComplete 100.0 to 0.0: it went down'
    """
    return _diff(cast("WorkRequest", old), cast("WorkRequest", new))  # any family's


def _diff(old: WorkRequest, new: WorkRequest) -> tuple[Event, ...]:
    if old.id != new.id:
        raise TransitionError(f"work request {new.id!r} cannot follow work request {old.id!r}")
    if old == new:
        return ()
    logs, errors = _added(old, new, "logs"), _added(old, new, "errors")
    candidates = [
        *_resource_events(old, new),
        *_merge(
            _status_events(old, new),
            [LogAdded(message=x.message, at=x.timestamp) for x in logs],
            [ErrorAdded(code=x.code, message=x.message, at=x.timestamp) for x in errors],
        ),
    ]
    events: list[Event] = []
    refused = None
    wr = old
    for event in candidates:
        if refused is not None and isinstance(event, _STATUS_EVENTS):
            continue  # after a refused status event, the rest of the path means nothing
        try:
            wr = apply(wr, event)
        except TransitionError as error:
            refused = str(error).removeprefix(f"work request {wr.id!r}: ")
            continue
        events.append(event)
    if wr != new:
        events.append(Corrected(reason=_reason(old, wr, new, refused), snapshot=new))
    return tuple(events)


def _reason(old: WorkRequest, reached: WorkRequest, new: WorkRequest, refused: str | None) -> str:
    """What the events from ``old`` (which reached ``reached``) do not explain of ``new``."""
    reasons = []
    differ = [
        f.name for f in attrs.fields(type(new)) if getattr(reached, f.name) != getattr(new, f.name)
    ]
    if "status" in differ or refused is not None:
        was, now = _raw_status(old), _raw_status(new)
        why = (
            refused
            if refused is not None
            else f"{now} is a status this version does not know"
            if new.status.name == "UNKNOWN_ENUM_VALUE"
            else f"{was} is a status this version does not know"
            if old.status.name == "UNKNOWN_ENUM_VALUE"
            else "the life cycle has no such move"
        )
        reasons.append(f"status {was} to {now}: {why}")
    times = [f for f in _TIMES if f in differ]
    gone = [camel(f) for f in times if getattr(new, f) is None]
    if gone:
        reasons.append(f"{', '.join(gone)}: not reported")
    reasons += [
        f"{camel(f)} {_when(getattr(old, f))} to {_when(getattr(new, f))}"
        for f in times
        if getattr(new, f) is not None
    ]
    for name in ("resources", "errors", "logs"):
        if name in differ:
            reasons.append(_list_change(name, getattr(old, name), getattr(new, name)))
    if "percent_complete" in differ:
        before, after = reached.percent_complete, new.percent_complete
        change = f"percentComplete {before} to {after}"
        if after is None:
            change = "percentComplete: not reported"
        elif before is not None and after < before:
            change += ": it went down"
        elif new.status.name in _NO_PROGRESS:
            change += f": reported while {new.status}, which reports no progress"
        reasons.append(change)
    said = {"status", *_TIMES, "resources", "errors", "logs", "percent_complete"}
    reasons += [
        f"{camel(name)} {show(getattr(old, name))} to {show(getattr(new, name))}"
        for name in differ
        if name not in said and not (name == "unknown" and "status" in differ)
    ]
    return "; ".join(reasons)


def _raw_status(wr: WorkRequest) -> str:
    """The status of ``wr`` as the service sent it."""
    return came_as(wr, "status")


def _when(at: pendulum.DateTime | None) -> str:
    return "nothing" if at is None else at.isoformat()


def _list_change(name: str, before: Sequence[Any] | None, after: Sequence[Any] | None) -> str:
    """Why the ``name`` list went from ``before`` to ``after`` with no events to say so."""
    if after is None:
        return f"{name}: not reported"
    if before is None:
        return f"{name}: reported"
    if name == "resources":
        ids = {r.identifier for r in after}
        removed = [r.identifier for r in before if r.identifier not in ids]
        if removed:
            return f"resources removed: {', '.join(show(i) for i in removed)}"
        return "resources: the same ones in another order"
    return f"{name}: not the old ones followed by new ones"


def _added(old: WorkRequest, new: WorkRequest, name: str) -> Sequence[Any]:
    """The entries of ``new.<name>`` after those of ``old``; none if they do not come first."""
    before, after = getattr(old, name, None) or (), getattr(new, name, None) or ()
    if tuple(after[: len(before)]) != tuple(before):
        return ()
    return after[len(before) :]


def _resource_events(old: WorkRequest, new: WorkRequest) -> list[Event]:
    """A ``ResourceChanged`` for each resource of ``new`` that ``old`` lacks or has otherwise.

    Matched by identifier: the API promises no order.
    """
    before = {r.identifier: r for r in getattr(old, "resources", None) or ()}
    return [
        ResourceChanged(resource=r)
        for r in getattr(new, "resources", None) or ()
        if before.get(r.identifier) != r
    ]


def _status_events(old: WorkRequest, new: WorkRequest) -> list[Event]:
    """The status changes from ``old`` to ``new``, missed steps included.

    The new percent, if any, is reported before the request ends, where a status on the
    way reports progress.
    """
    progressed = _progressed(old, new)
    path = _path(old, new, progressed=progressed)
    events: list[Event] = []
    for status in path:
        if status.name == "IN_PROGRESS":
            events.append(Started(at=new.time_started))
        elif status.name == "CANCELING":
            events.append(CancelRequested())
        elif status.name in _ENDS:
            events.append(_ENDS[status.name](at=new.time_finished))
        else:
            events.append(StatusChanged(status=status.name))
    if progressed and _reporting(old, path).name in transitions.PROGRESSING:
        at_end = bool(path) and path[-1] in transitions.family_of(old).terminal
        events.insert(len(events) - at_end, Progressed(percent=new.percent_complete))
    return events


#: The event of each status that ends a request, by name.
_ENDS: dict[str, Callable[..., Event]] = {
    "SUCCEEDED": Succeeded,
    "FAILED": Failed,
    "CANCELED": Canceled,
    "PARTIALLY_SUCCEEDED": PartiallySucceeded,
}
#: The statuses that report no progress, by name (beyond ``transitions.PROGRESSING`` and success).
_NO_PROGRESS = frozenset({"ACCEPTED", "FAILED", "CANCELED", "PARTIALLY_SUCCEEDED"})


def _progressed(old: WorkRequest, new: WorkRequest) -> bool:
    """Whether ``new`` reports a higher percent that needs a ``Progressed`` event."""
    return (
        new.percent_complete is not None
        and new.percent_complete > (old.percent_complete or 0.0)
        and new.status is not transitions.family_of(new).succeeded
    )


def _path(old: WorkRequest, new: WorkRequest, *, progressed: bool) -> list[Status]:
    """The statuses after ``old``'s on the way to ``new``'s: the shortest legal path.

    It goes through CANCELING only when ``new`` shows a cancel. Among the others, it
    prefers one where the progress made can be reported (before the last move, if that ends
    the request), then one through IN_PROGRESS exactly when ``new`` shows a start that
    ``old`` did not. From a status this version does not know, any status may be next.
    Empty when there is no such path (a status going back, or to one unknown).
    """
    if old.status is new.status or new.status.name == "UNKNOWN_ENUM_VALUE":
        return []
    started = old.time_started is None and new.time_started is not None
    canceled = new.status.name in ("CANCELING", "CANCELED")
    table = transitions.family_of(old).transitions

    def cost(path: list[Status]) -> tuple[bool, bool, int]:
        """Unreported progress first, then a start ``new`` does not show, then length."""
        return (
            progressed and _reporting(old, path).name not in transitions.PROGRESSING,
            any(s.name == "IN_PROGRESS" for s in path) != started,
            len(path),
        )

    if old.status.name == "UNKNOWN_ENUM_VALUE":
        # From a status this version does not know: straight to the new one (the service's
        # word), or through IN_PROGRESS and on by the table.
        progressing = new.status.__class__["IN_PROGRESS"]
        found = [[new.status]]
        if new.status is not progressing:
            found += [[progressing, *p] for p in _paths(table, progressing, new.status)]
    else:
        found = _paths(table, old.status, new.status)
    paths = [p for p in found if canceled or all(s.name != "CANCELING" for s in p)]
    return min(paths, key=cost, default=[])


def _reporting(old: WorkRequest, path: list[Status]) -> Status:
    """The status in which a path from ``old``'s status reports progress.

    The one before its last move if that ends the request, else the last.
    """
    statuses = [old.status, *path]
    return (
        statuses[-2] if path and path[-1] in transitions.family_of(old).terminal else statuses[-1]
    )


def _paths(
    table: Any, start: Status, end: Status, seen: frozenset[Status] = frozenset()
) -> list[list[Status]]:
    """Every legal path of statuses from ``start`` to ``end`` (``start`` excluded).

    None goes through a status twice: a family's table may have cycles (devops' ``WAITING``).
    """
    if start is end:
        return [[]]
    seen |= {start}
    return [
        [nxt, *rest]
        for nxt in sorted(table[start] - seen)
        for rest in _paths(table, nxt, end, seen)
    ]


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
