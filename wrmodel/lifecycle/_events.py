"""Events between snapshots of a work request (public as ``wrmodel.events``)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar, TypeVar, overload

import attrs
import pendulum

from wrmodel._errors import expected, fail
from wrmodel.exceptions import TransitionError
from wrmodel.models import _rules as transitions
from wrmodel.models._build import evolve
from wrmodel.models._families import model_name, model_named
from wrmodel.models._frozen import thaw
from wrmodel.models._identity import (
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
)
from wrmodel.models._models import (
    Model,
    Unknown,
    to_optional_string,
    to_string,
    to_timestamp,
    to_unknown,
    tuple_of,
)
from wrmodel.models._names import camel
from wrmodel.models._percent import to_percent
from wrmodel.models._rules import Snapshot
from wrmodel.wire._converter import field_values, structure, unstructure
from wrmodel.wire._registry import register_finisher, register_union

from ._transitions import accept_at


class Event(Model):
    """The base of every event; ``at`` is when the request records the change, if it does."""

    __slots__ = ()
    at: ClassVar[pendulum.DateTime | None] = None


def to_resources(
    value: Sequence[WorkRequestResource] | None,
) -> tuple[WorkRequestResource, ...] | None:
    return tuple_of(WorkRequestResource, value)


def to_errors(value: Sequence[WorkRequestError] | None) -> tuple[WorkRequestError, ...] | None:
    return tuple_of(WorkRequestError, value)


def to_logs(value: Sequence[WorkRequestLogEntry] | None) -> tuple[WorkRequestLogEntry, ...] | None:
    return tuple_of(WorkRequestLogEntry, value)


def _resource(value: WorkRequestResource) -> WorkRequestResource:
    family = getattr(type(value), "__wrmodel_family__", None)
    request = getattr(family, "request", None)  # a catalog has none
    item = None if request is None else transitions.item_class(request, "resources")
    if item is None or not isinstance(value, item):
        fail(expected("a WorkRequestResource, or another family's resource", value))
    return value


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Accepted(Event):
    """The request was accepted (the first event of every history).

    ``resources``, ``errors`` and ``logs`` are what it was accepted with: usually nothing
    (``None``) or, for a request that reports them, empty lists. ``operation_type`` is the
    string the request came with (any family's; None for a service that sends none).
    ``model`` says what the history is of
    (``tagging.TaggingWorkRequest``; None: identity's ``WorkRequest``), so that ``replay``
    makes that class again, from a JSON event log too. ``unknown`` is what the request holds
    that this version does not know: the keys a newer API sent (written as keys of the
    event, as in the request's own form).
    """

    id: str = attrs.field(converter=to_string)
    operation_type: str | None = attrs.field(default=None, converter=to_optional_string)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    at: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)  # type: ignore[misc]
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=to_resources
    )
    errors: tuple[WorkRequestError, ...] | None = attrs.field(default=None, converter=to_errors)
    logs: tuple[WorkRequestLogEntry, ...] | None = attrs.field(default=None, converter=to_logs)
    model: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Started(Event):
    """The request went IN_PROGRESS."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)  # type: ignore[misc]


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Progressed(Event):
    """The request reported a new percent complete (it records no time for it)."""

    percent: float = attrs.field(converter=to_percent)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class LogAdded(Event):
    """A log entry was written."""

    message: str = attrs.field(converter=to_string)
    at: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)  # type: ignore[misc]


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class ErrorAdded(Event):
    """An error was recorded."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    at: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)  # type: ignore[misc]


def _model(value: Any, read_as: type) -> str | None:
    """What an event's ``model`` says of ``value``: its class's name, unless it is ``read_as``.

    ``read_as`` is the class JSON gives the value back as. Derived, never given: the model is
    written with the event so that reading it back makes the value of its own class again
    (``_finish``).
    """
    cls = type(value)
    return None if cls is read_as else model_name(cls)


def _resource_model(event: ResourceChanged) -> str | None:
    return _model(event.resource, WorkRequestResource)


def _snapshot_model(event: Corrected) -> str | None:
    return _model(event.snapshot, WorkRequest)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class ResourceChanged(Event):
    """A resource was added, or changed (the request records no time for it).

    ``model`` names the resource's class when it is not identity's
    (``iam.IamWorkRequestResource``): derived from ``resource``, and written with the event.
    """

    resource: WorkRequestResource = attrs.field(converter=_resource)
    model: str | None = attrs.field(
        init=False, default=attrs.Factory(_resource_model, takes_self=True)
    )


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class CancelRequested(Event):
    """Cancelation was asked for: the request went CANCELING (it records no time for it)."""


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Succeeded(Event):
    """The request SUCCEEDED."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)  # type: ignore[misc]


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Failed(Event):
    """The request FAILED (its errors come as ``ErrorAdded`` events)."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)  # type: ignore[misc]


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Canceled(Event):
    """The request was CANCELED."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)  # type: ignore[misc]


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class StatusChanged(Event):
    """The request went to a status that has no event of its own (devops' ``WAITING``).

    The request records no time for it.
    """

    status: str = attrs.field(converter=to_string)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class PartiallySucceeded(Event):
    """The request ended PARTIALLY_SUCCEEDED (tagging's): an end, not a success."""

    at: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)  # type: ignore[misc]


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
    it. Applying it gives ``snapshot``; nothing is inferred from it. ``model`` names the
    snapshot's class when it is not identity's (``tagging.TaggingWorkRequest``): derived from
    ``snapshot``, and written with the event.
    """

    reason: str = attrs.field(converter=to_string)
    snapshot: WorkRequest = attrs.field(converter=_work_request)
    model: str | None = attrs.field(
        init=False, default=attrs.Factory(_snapshot_model, takes_self=True)
    )


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


def _finish(event: Any) -> Any:
    """A decoded event whose ``model`` names a class: its value made of that class again.

    JSON holds no class: the codec reads a ``Corrected`` snapshot as identity's
    ``WorkRequest`` and a changed resource as identity's ``WorkRequestResource``. A model of
    no family made in this process leaves the value as it was read.
    """
    cls = None if event.model is None else model_named(event.model)
    if cls is None:
        return event
    field = "snapshot" if isinstance(event, Corrected) else "resource"
    return evolve(event, **{field: _as(cls, getattr(event, field))})


register_finisher(Corrected, _finish)
register_finisher(ResourceChanged, _finish)


#: The request's own three times, in the order it records them.
_TIMES = ("time_accepted", "time_started", "time_finished")

#: The status events: the status each leads to (``StatusChanged`` names its own), and the
#: field that records its time (None: the request records none for it).
_MOVES: dict[type[Event], tuple[str | None, str | None]] = {
    Started: ("IN_PROGRESS", "time_started"),
    CancelRequested: ("CANCELING", None),
    StatusChanged: (None, None),
    Succeeded: ("SUCCEEDED", "time_finished"),
    Failed: ("FAILED", "time_finished"),
    Canceled: ("CANCELED", "time_finished"),
    PartiallySucceeded: ("PARTIALLY_SUCCEEDED", "time_finished"),
}


def _status_event(wr: WorkRequest, event: Any) -> WorkRequest:
    """Apply a status event by the transitions' table, recording the time it carries.

    Observed times are taken as they come, but for the request's own three times: a status
    change stamped before one of them is refused, as time out of order. From a status this
    version does not know, the service's word is taken (``_observed``).
    """
    target, field = _MOVES[type(event)]
    name: str = target or event.status
    if wr.status.name == "UNKNOWN_ENUM_VALUE":
        wr = _observed(wr, name)
    at = event.at
    if at is not None:
        for known in _TIMES:
            before = getattr(wr, known)
            if before is not None and at < before:
                raise transitions.refusal(
                    wr,
                    f"{camel(str(field))} {at.isoformat()} is before its {camel(known)} "
                    f"{before.isoformat()}",
                )
    if field == "time_finished":
        wr = transitions.finish_at(wr, transitions.status_named(wr, name), None)
    else:
        wr = transitions.move_to_at(wr, name, None)
    return wr if field is None else evolve(wr, **transitions.held(type(wr), **{field: at}))


def _observed(wr: WorkRequest, target: str) -> WorkRequest:
    """``wr``, in a status this version lacks, put where the table leads to ``target``.

    From such a status the table cannot say where the request may go, so the service's word
    is taken: the request is put in a status from which the table leads to ``target``, its
    unknown string dropped, and the event applied from there. Unchanged if no status leads
    there (the move is then refused as ever).
    """
    family = transitions.family_of(wr)
    to = family.status.__members__.get(target)
    before = next((s for s, nexts in family.transitions.items() if to in nexts), None)
    if before is None:
        return wr
    kept = wr.unknown or Unknown()
    values = {k: v for k, v in kept.values.items() if k != "status"}
    unknown = to_unknown(Unknown(values=values, keys=kept.keys, verbatim=kept.verbatim))
    return evolve(wr, status=before, unknown=unknown)


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


def _progressed(wr: WorkRequest, event: Progressed) -> WorkRequest:
    return transitions.progress_at(wr, event.percent, None)


def _log_added(wr: WorkRequest, event: LogAdded) -> WorkRequest:
    return _entry(wr, "logs", message=event.message, timestamp=event.at)


def _error_added(wr: WorkRequest, event: ErrorAdded) -> WorkRequest:
    return _entry(wr, "errors", code=event.code, message=event.message, timestamp=event.at)


def _resource_changed(wr: WorkRequest, event: ResourceChanged) -> WorkRequest:
    return transitions.put_resource(wr, _as(transitions.items_of(wr, "resources"), event.resource))


#: How each kind of event changes a request. Status events follow the transitions' table
#: (from a status this version does not know, the service's word: ``_observed``); entries
#: are appended as observed (a log stamped before an earlier one is a normal log); no event
#: invents a time it does not carry. Every entry is a function of this module, so that
#: nothing here is built at import.
_APPLY: dict[type[Event], Callable[[Any, Any], Any]] = {
    Progressed: _progressed,
    LogAdded: _log_added,
    ErrorAdded: _error_added,
    ResourceChanged: _resource_changed,
    **dict.fromkeys(_MOVES, _status_event),
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
    changed: _W = change(wr, event)  # any family's request, read by the shared fields
    return changed


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
    ``WorkRequest``.

    Args:
        events: the events, from ``Accepted`` on unless ``onto`` is given.
        onto: a request (or summary) to apply the events to.
        cls: the class to make from ``Accepted``, instead of the one it names.

    Returns:
        The request the events build, of the class of ``onto``, ``cls`` or ``Accepted.model``.

    Raises:
        TransitionError: an event the life cycle refuses (by the transitions' rules), a
            history that does not begin with ``Accepted``, or a model of a family this
            process has not made.

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
        fields = attrs.fields_dict(cls)
        kept = first.unknown or Unknown()
        # Kept keys that are fields of ``cls`` (a field no event makes) become its fields.
        keys = {camel(name) for name in fields}
        own = field_values(cls, {k: thaw(v) for k, v in kept.keys.items() if k in keys})
        rest = {k: v for k, v in kept.keys.items() if k not in keys}
        made = accept_at(first.id, first.operation_type, first.compartment_id, first.at, cls, own)
        lists = {
            name: getattr(first, name)
            for name in ("resources", "errors", "logs")
            if name in fields and getattr(first, name) is not None
        }
        # The raw operation type stays only if the class does not know it (then ``made`` has it).
        values = made.unknown.values if made.unknown is not None else {}
        unknown = to_unknown(Unknown(values=values, keys=rest, verbatim=kept.verbatim))
        onto = evolve(made, **lists, unknown=unknown)
    return functools.reduce(apply, events, onto)
