"""The rules of a work request's life cycle, and the moves that keep them (``wrmodel.transitions``).

Below the model classes, which take their methods from ``Snapshot`` and its subclasses here.
The rules read any family's request by the fields the families share, and learn its family
from its class.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Iterable
from typing import Any, Protocol, Self, TypeVar

import attrs
import pendulum

from wrmodel.exceptions import TransitionError, ValidationError

from ._build import evolve
from ._enums import Status
from ._family import Family
from ._percent import to_percent
from ._time import UTC, as_pendulum
from ._values import to_int, to_optional_int


class Snapshot:
    """The base of every family's request and summary: what the life cycle reads, and its moves.

    The transitions, ``replay``, ``diff`` and ``watch`` take any of its subclasses and return
    the class they were given. Its methods are the functions of ``wrmodel.transitions``, for
    fluent chains: each returns a new object of the same class. The moves a family's classes
    record (resources, errors, logs, a partial success) come from the bases below, given to
    each class by ``lifecycle_bases``.
    """

    __slots__ = ()

    id: str
    status: enum.StrEnum
    # What the life cycle reads, None for a class that lacks it (some services send no
    # percent, or no start time): each class's own fields are slots, found first.
    operation_type: Any = None
    compartment_id: str | None = None
    time_accepted: pendulum.DateTime | None = None
    time_started: pendulum.DateTime | None = None
    time_finished: pendulum.DateTime | None = None
    percent_complete: float | None = None

    def start(self, *, at: dt.datetime | None = None) -> Self:
        """``transitions.start``: IN_PROGRESS from ``at``."""
        return start(self, at=at)

    def progress(self, percent: float, *, at: dt.datetime | None = None) -> Self:
        """``transitions.progress``: a new percent complete."""
        return progress(self, percent, at=at)

    def succeed(self, *, at: dt.datetime | None = None) -> Self:
        """``transitions.succeed``: SUCCEEDED at ``at``."""
        return succeed(self, at=at)

    def fail(self, *errors: _Error, at: dt.datetime | None = None) -> Self:
        """``transitions.fail``: FAILED at ``at``, with ``errors``."""
        return fail(self, *errors, at=at)

    def request_cancel(self, *, at: dt.datetime | None = None) -> Self:
        """``transitions.request_cancel``: CANCELING."""
        return request_cancel(self, at=at)

    def cancel(self, *, at: dt.datetime | None = None) -> Self:
        """``transitions.cancel``: CANCELED at ``at``."""
        return cancel(self, at=at)

    def move(self, status: str, *, at: dt.datetime | None = None) -> Self:
        """``transitions.move``: to one of the family's own statuses."""
        return move(self, status, at=at)


class RecordsResources(Snapshot):
    """A request or summary that lists the resources it affects."""

    __slots__ = ()

    def add_resource(self, resource: object) -> Self:
        """``transitions.add_resource``: a resource appended or replaced."""
        return add_resource(self, resource)


class RecordsErrors(Snapshot):
    """A request or summary that embeds its errors."""

    __slots__ = ()

    def add_error(self, code: str, message: str, *, at: dt.datetime | None = None) -> Self:
        """``transitions.add_error``: an error appended."""
        return add_error(self, code, message, at=at)


class RecordsLogs(Snapshot):
    """A request that embeds its log."""

    __slots__ = ()

    def add_log(self, message: str, *, at: dt.datetime | None = None) -> Self:
        """``transitions.add_log``: a log entry appended."""
        return add_log(self, message, at=at)


class EndsPartially(Snapshot):
    """A request or summary of a family that has PARTIALLY_SUCCEEDED (tagging's)."""

    __slots__ = ()

    def partially_succeed(self, *, at: dt.datetime | None = None) -> Self:
        """``transitions.partially_succeed``: PARTIALLY_SUCCEEDED at ``at``."""
        return partially_succeed(self, at=at)


def lifecycle_bases(fields: Iterable[tuple[str, Any, bool]]) -> tuple[type[Snapshot], ...]:
    """The life cycle's bases of a model class declared with ``fields`` (name, type, required).

    Empty for a class that is no request or summary (without ``id`` and ``status``).

    >>> [b.__name__ for b in lifecycle_bases([("id", str, True), ("status", Status, True),
    ...                                       ("logs", tuple, False)])]
    ['RecordsLogs']
    """
    types_ = {name: tp for name, tp, _ in fields}
    if not {"id", "status"} <= types_.keys():
        return ()
    bases: list[type[Snapshot]] = [
        base
        for name, base in (
            ("resources", RecordsResources),
            ("errors", RecordsErrors),
            ("logs", RecordsLogs),
        )
        if name in types_
    ]
    if "PARTIALLY_SUCCEEDED" in types_["status"].__members__:
        bases.append(EndsPartially)
    return tuple(bases) or (Snapshot,)


_W = TypeVar("_W", bound=Snapshot)


class _Error(Protocol):
    """An error of any family's (``_Error``...): what ``fail`` appends."""

    @property
    def timestamp(self) -> pendulum.DateTime | None:
        """When it was recorded."""
        ...


#: The statuses in which progress may be reported, by name.
PROGRESSING = frozenset({"IN_PROGRESS", "CANCELING"})


def family_of(x: Any) -> Family:
    """The family of a request or summary, of its class, or of one of its statuses.

    >>> from wrmodel import TaggingStatus
    >>> family_of(TaggingStatus.PARTIALLY_SUCCEEDED).name
    'tagging'
    """
    owner = x if isinstance(x, type) and not isinstance(x, enum.EnumType) else type(x)
    family = getattr(owner, "__wrmodel_family__", None)
    if not isinstance(family, Family):
        raise TypeError(f"expected a work request, a summary or a status, got {x!r}")
    return family


def is_snapshot(x: Any) -> bool:
    """Whether ``x`` is a family's request or summary (what ``watch`` and ``diff`` take)."""
    family = getattr(type(x), "__wrmodel_family__", None)
    return isinstance(family, Family) and isinstance(x, (family.request, family.summary))


def _status(x: Any) -> Any:
    return x if isinstance(x, enum.Enum) else x.status


def is_terminal(x: Snapshot | enum.StrEnum) -> bool:
    """Whether the request has ended: SUCCEEDED, FAILED, CANCELED (tagging: PARTIALLY_SUCCEEDED).

    >>> is_terminal(Status.CANCELED), is_terminal(Status.UNKNOWN_ENUM_VALUE)
    (True, False)
    """
    return _status(x) in family_of(x).terminal


def is_active(x: Snapshot | enum.StrEnum) -> bool:
    """Whether the request is still at work: ACCEPTED, IN_PROGRESS or CANCELING.

    >>> is_active(Status.CANCELING), is_active(Status.UNKNOWN_ENUM_VALUE)
    (True, False)
    """
    return bool(family_of(x).transitions[_status(x)])


def is_successful(x: Snapshot | enum.StrEnum) -> bool:
    """Whether the request SUCCEEDED (PARTIALLY_SUCCEEDED is an end, not a success)."""
    return _status(x) is family_of(x).succeeded


def status_named(wr: Any, name: str) -> Any:
    """The status ``name`` of ``wr``'s family; a ``TransitionError`` if it has none."""
    try:
        return family_of(wr).status[name]
    except KeyError:
        raise refusal(wr, f"{type(wr).__name__} has no status {name}") from None


@functools.cache
def item_class(cls: type, field: str) -> type | None:
    """The class of the items of ``cls``'s tuple field ``field``; None if it has no such field.

    Read from the class's type hints once per class and field (``typing.get_type_hints``
    costs a hundred times a transition).
    """
    if field not in attrs.fields_dict(cls):
        return None
    tp = typing.get_type_hints(cls)[field]
    if isinstance(tp, types.UnionType):  # optional
        tp = typing.get_args(tp)[0]
    items: type = typing.get_args(tp)[0]
    return items


def items_of(wr: Any, field: str) -> type:
    """The class of the items of ``wr``'s tuple field ``field``; refused if it has none."""
    items = item_class(wr.__class__, field)
    if items is None:
        raise refusal(wr, f"{type(wr).__name__} has no {field}: its family does not record them")
    return items


def held(cls: type, **values: Any) -> dict[str, Any]:
    """The items of ``values`` that are fields of ``cls``.

    Some services' classes lack a time or the percent (read as None there).

    >>> from wrmodel.services.container_engine import WorkRequest
    >>> held(WorkRequest, percent_complete=100.0, time_finished=None)
    {'time_finished': None}
    """
    fields = _field_names(cls)
    return {k: v for k, v in values.items() if k in fields}


def has_field(cls: type, name: str) -> bool:
    """Whether ``cls`` has the field ``name`` (some services' classes lack a time, a percent)."""
    return name in _field_names(cls)


@functools.cache
def _field_names(cls: Any) -> frozenset[str]:
    return frozenset(attrs.fields_dict(cls))


def whole_percent(cls: type) -> bool:
    """Whether ``cls`` holds its percent as an integer (the WAAS's and Log Analytics' do)."""
    return _whole_percent(cls)


@functools.cache
def _whole_percent(cls: type) -> bool:
    field = attrs.fields_dict(cls).get("percent_complete")
    converter: object = None if field is None else field.converter
    return converter in (to_int, to_optional_int)


def latest_time(wr: Snapshot) -> pendulum.DateTime | None:
    """The latest timestamp a request holds: of its three times, its logs and its errors."""
    times = [
        t
        for t in (
            wr.time_accepted,
            wr.time_started,
            wr.time_finished,
            *[x.timestamp for x in getattr(wr, "logs", None) or ()],
            *[x.timestamp for x in getattr(wr, "errors", None) or ()],
        )
        if t is not None
    ]
    return max(times) if times else None


# Each public function resolves ``at`` (now when not given) and calls its ``_at`` variant
# below (``start_at``...), where ``at`` may be None: the events apply through these variants,
# which never invent a time. The variants and the checks are the package's API for the events.


def now(at: dt.datetime | None) -> pendulum.DateTime:
    return pendulum.now(UTC) if at is None else as_pendulum(at)


def refusal(wr: Snapshot, why: str) -> TransitionError:
    return TransitionError(f"work request {wr.id!r}: {why}")


def _check_time(wr: Snapshot, at: pendulum.DateTime | None) -> None:
    latest = latest_time(wr)
    if at is not None and latest is not None and at < latest:
        raise refusal(
            wr,
            f"time cannot run backwards: {at.isoformat()} is before its latest time "
            f"{latest.isoformat()}",
        )


def _check_known(wr: Snapshot) -> None:
    if wr.status.name == "UNKNOWN_ENUM_VALUE":
        raise refusal(wr, "its status is unknown to this version, so it cannot be changed")


def _allowed(wr: Any, to: Status) -> None:
    """Check that the table lets ``wr`` move to status ``to``."""
    _check_known(wr)
    allowed = family_of(wr).transitions[wr.status]
    if to not in allowed:
        may = ", ".join(sorted(allowed)) or "none, it has ended"
        raise refusal(wr, f"cannot move from {wr.status} to {to}; allowed from {wr.status}: {may}")


def _move(wr: Any, to: Status, at: pendulum.DateTime | None) -> None:
    """Check that ``wr`` may move to status ``to`` at time ``at``."""
    _allowed(wr, to)
    _check_time(wr, at)


def start(wr: _W, *, at: dt.datetime | None = None) -> _W:
    """IN_PROGRESS from ``at`` (its ``time_started``)."""
    return start_at(wr, now(at))


def start_at(wr: _W, at: pendulum.DateTime | None) -> _W:
    to = status_named(wr, "IN_PROGRESS")
    _move(wr, to, at)
    return evolve(wr, status=to, **held(type(wr), time_started=at))


def progress(wr: _W, percent: float, *, at: dt.datetime | None = None) -> _W:
    """A new ``percent_complete``: never lower than before, at most 100.

    Only while IN_PROGRESS or CANCELING. The request does not timestamp progress; ``at``
    only serves to check that time does not run backwards.
    """
    return progress_at(wr, percent, now(at))


def progress_at(wr: _W, percent: float, at: pendulum.DateTime | None) -> _W:
    if not has_field(type(wr), "percent_complete"):
        raise refusal(wr, f"{type(wr).__name__} has no percent_complete: its service sends none")
    _check_known(wr)
    if wr.status.name not in PROGRESSING:
        raise refusal(wr, f"progress is only reported IN_PROGRESS or CANCELING, not {wr.status}")
    try:
        value = to_percent(percent)
    except ValidationError as error:
        raise refusal(wr, f"percent {error.problems[0].message}") from None
    assert value is not None  # noqa: S101 (None is not a number: refused above)
    if whole_percent(wr.__class__):
        if not value.is_integer():
            raise refusal(wr, f"{type(wr).__name__} holds a whole percent, not {value}")
        value = int(value)
    if value < (wr.percent_complete or 0.0):
        raise refusal(wr, f"percent cannot go down, from {wr.percent_complete} to {value}")
    _check_time(wr, at)
    return evolve(wr, percent_complete=value)


def add_log(wr: _W, message: str, *, at: dt.datetime | None = None) -> _W:
    """Append a log entry timestamped ``at``; in any known status.

    For the families whose requests embed logs (identity's ``WorkRequest``).
    """
    entry = items_of(wr, "logs")
    return _add_log(wr, entry(message=message, timestamp=now(at)))


def _add_log(wr: _W, entry: Any) -> _W:
    items_of(wr, "logs")
    _check_known(wr)
    _check_time(wr, entry.timestamp)
    held: Any = wr  # a family's request that records logs
    return evolve(wr, logs=(*(held.logs or ()), entry))


def add_error(wr: _W, code: str, message: str, *, at: dt.datetime | None = None) -> _W:
    """Append an error timestamped ``at``; in any known status.

    A request can record errors before it fails. For the families whose requests embed
    errors (identity's ``WorkRequest`` and ``WorkRequestSummary``).
    """
    error = items_of(wr, "errors")
    return _add_errors(wr, (error(code=code, message=message, timestamp=now(at)),))


def _add_errors(wr: _W, errors: Iterable[_Error]) -> _W:
    errors = tuple(errors)
    if not errors:
        return wr
    cls = items_of(wr, "errors")
    _check_known(wr)
    for error in errors:
        if not isinstance(error, cls):
            raise TypeError(f"expected a {cls.__name__}, got {error!r}")
        _check_time(wr, error.timestamp)
        held: Any = wr  # a family's request that records errors
        wr = evolve(wr, errors=(*(held.errors or ()), error))
    return wr


def add_resource(wr: _W, resource: object) -> _W:
    """Append ``resource``, or replace the one with the same identifier; in any known status."""
    cls = items_of(wr, "resources")
    if not isinstance(resource, cls):
        raise TypeError(f"expected a {cls.__name__}, got {resource!r}")
    _check_known(wr)
    return put_resource(wr, resource)


def put_resource(wr: _W, resource: Any) -> _W:
    held: Any = wr  # a family's request that records resources
    resources = list(held.resources or ())
    for i, old in enumerate(resources):
        if old.identifier == resource.identifier:
            resources[i] = resource
            break
    else:
        resources.append(resource)
    return evolve(wr, resources=tuple(resources))


def succeed(wr: _W, *, at: dt.datetime | None = None) -> _W:
    """SUCCEEDED at ``at`` (its ``time_finished``), 100% complete."""
    return finish_at(wr, status_named(wr, "SUCCEEDED"), now(at))


def partially_succeed(wr: _W, *, at: dt.datetime | None = None) -> _W:
    """PARTIALLY_SUCCEEDED at ``at`` (its ``time_finished``): an end, not a success.

    Only for the families that have that status (tagging's).
    """
    return finish_at(wr, status_named(wr, "PARTIALLY_SUCCEEDED"), now(at))


def fail(wr: _W, *errors: _Error, at: dt.datetime | None = None) -> _W:
    """FAILED at ``at`` (its ``time_finished``), with ``errors`` appended."""
    return finish_at(wr, status_named(wr, "FAILED"), now(at), errors)


def request_cancel(wr: _W, *, at: dt.datetime | None = None) -> _W:
    """CANCELING. The request does not timestamp it; ``at`` only serves the time check."""
    return request_cancel_at(wr, now(at))


def request_cancel_at(wr: _W, at: pendulum.DateTime | None) -> _W:
    to = status_named(wr, "CANCELING")
    _move(wr, to, at)
    return evolve(wr, status=to)


#: The statuses reached through a function of their own, which records their times.
_REACHED_BY = {
    "IN_PROGRESS": "start",
    "CANCELING": "request_cancel",
    "SUCCEEDED": "succeed",
    "FAILED": "fail",
    "CANCELED": "cancel",
    "PARTIALLY_SUCCEEDED": "partially_succeed",
}


def move(wr: _W, status: str, *, at: dt.datetime | None = None) -> _W:
    """Move to ``status``, one of the family's own (devops' ``WAITING``, ``NEEDS_ATTENTION``).

    For the statuses no other function reaches; the request records no time for them, ``at``
    only serves the time check.
    """
    if status in _REACHED_BY:
        raise refusal(wr, f"{status} is reached with {_REACHED_BY[status]}()")
    return move_to_at(wr, status, now(at))


def move_to_at(wr: _W, status: str, at: pendulum.DateTime | None) -> _W:
    to = status_named(wr, status)
    _move(wr, to, at)
    return evolve(wr, status=to)


def cancel(wr: _W, *, at: dt.datetime | None = None) -> _W:
    """CANCELED at ``at`` (its ``time_finished``)."""
    return finish_at(wr, status_named(wr, "CANCELED"), now(at))


def finish_at(
    wr: _W,
    to: Status,
    at: pendulum.DateTime | None,
    errors: tuple[_Error, ...] = (),
) -> _W:
    _allowed(wr, to)
    wr = _add_errors(wr, errors)
    _check_time(wr, at)  # after the errors: none may be later than the end
    done = 100 if whole_percent(wr.__class__) else 100.0
    changes = {"percent_complete": done} if to is family_of(wr).succeeded else {}
    return evolve(wr, status=to, **held(type(wr), time_finished=at, **changes))
