"""The value objects: frozen, slotted, hashable attrs classes that know nothing of JSON.

Each field's converter checks and normalises what it is given (strings for enums, lists
for tuples, any aware datetime for a ``pendulum.DateTime``), so an instance is deeply
immutable and valid however it was made.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs
import pendulum

from ._enums import KNOWN, ActionType, OperationType, Status
from ._errors import expected, fail
from ._time import as_pendulum
from .exceptions import Problem, ValidationError

_T = TypeVar("_T")
_E = TypeVar("_E", Status, OperationType, ActionType)


# Converters: named functions (mypy's attrs plugin reads their argument types as those of
# ``__init__``). They raise ``ValidationError`` at ``$``; ``_model`` adds the field's name.


def _string(value: str) -> str:
    if value.__class__ is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)  # a str subclass (an enum member, say) is held as a str
    return fail(expected("a string", value))


def _optional_string(value: str | None) -> str | None:
    return None if value is None else _string(value)


def _enum(cls: type[_E], value: _E | str) -> _E:
    if not isinstance(value, str):
        fail(expected(f"a string ({cls.__name__})", value))
    return KNOWN[cls].get(value, cls.UNKNOWN_ENUM_VALUE)  # type: ignore[return-value]


def _status(value: Status | str) -> Status:
    return _enum(Status, value)


def _operation_type(value: OperationType | str) -> OperationType:
    return _enum(OperationType, value)


def _action_type(value: ActionType | str) -> ActionType:
    return _enum(ActionType, value)


def _timestamp(value: dt.datetime | None) -> pendulum.DateTime | None:
    return None if value is None else as_pendulum(value)


def _percent(value: float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        fail(expected("a number", value))
    if not 0 <= value <= 100:  # noqa: PLR2004 (NaN fails this too)
        fail(expected("a number from 0 to 100", value))
    return float(value)


def _tuple_of(cls: type[_T], value: Sequence[_T] | None) -> tuple[_T, ...] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes | bytearray) or not isinstance(value, Sequence):
        fail(expected(f"a sequence of {cls.__name__}", value))
    items = tuple(value)
    bad = [
        Problem(f"$[{i}]", expected(f"a {cls.__name__}", item))
        for i, item in enumerate(items)
        if not isinstance(item, cls)
    ]
    if bad:
        raise ValidationError(bad)
    return items


def _model(cls: type[_T]) -> type[_T]:
    """Make ``cls`` a frozen, slotted attrs class with keyword-only arguments.

    Its ``__init__`` reports every bad argument, each named by its path
    (``$.resources[1]``), in one ``ValidationError``.
    """
    cls = attrs.frozen(kw_only=True, weakref_slot=False, repr=False)(cls)
    init = cls.__init__

    @functools.wraps(init)
    def __init__(self: object, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        try:
            init(self, *args, **kwargs)
        except ValidationError:
            raise ValidationError(_problems(cls, kwargs), cls.__name__) from None

    cls.__init__ = __init__  # type: ignore[method-assign]
    cls.__repr__ = _repr  # type: ignore[method-assign]
    return cls


def _problems(cls: type, kwargs: dict[str, Any]) -> list[Problem]:
    """Every problem with the arguments ``kwargs`` of ``cls``, by attribute path."""
    problems = []
    for field in attrs.fields(cls):
        convert: Callable[[Any], object] = field.converter
        try:
            convert(kwargs.get(field.name, field.default))
        except ValidationError as error:
            problems += [Problem(f"$.{field.name}{p.path[1:]}", p.message) for p in error.problems]
    return problems


def _repr(self: object) -> str:
    """``Name(field=value, ...)``, leaving out fields that are ``None``."""
    shown = []
    for field in attrs.fields(type(self)):  # type: ignore[arg-type]
        value = getattr(self, field.name)
        if value is not None:
            text = (
                f"{type(value).__name__}.{value.name}"
                if isinstance(value, enum.Enum)
                else repr(value)
            )
            shown.append(f"{field.name}={text}")
    return f"{type(self).__name__}({', '.join(shown)})"


@_model
class WorkRequestResource:
    """A resource a work request affects, and what it does to it.

    >>> WorkRequestResource(identifier="ocid1.c", entity_type="compartment", action_type="DELETED")
    WorkRequestResource(identifier='ocid1.c', entity_type='compartment', action_type=...DELETED)
    """

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_FAILED = ActionType.FAILED

    identifier: str = attrs.field(converter=_string)
    entity_type: str = attrs.field(converter=_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    entity_uri: str | None = attrs.field(default=None, converter=_optional_string)


@_model
class WorkRequestError:
    """An error a work request met.

    >>> WorkRequestError(code="CompartmentNotEmpty", message="Compartment is not empty.")
    WorkRequestError(code='CompartmentNotEmpty', message='Compartment is not empty.')
    """

    code: str = attrs.field(converter=_string)
    message: str = attrs.field(converter=_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)


@_model
class WorkRequestLogEntry:
    """A line of a work request's log.

    >>> WorkRequestLogEntry(message="Work request accepted.")
    WorkRequestLogEntry(message='Work request accepted.')
    """

    message: str = attrs.field(converter=_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)


def _resources(
    value: Sequence[WorkRequestResource] | None,
) -> tuple[WorkRequestResource, ...] | None:
    return _tuple_of(WorkRequestResource, value)


def _errors(value: Sequence[WorkRequestError] | None) -> tuple[WorkRequestError, ...] | None:
    return _tuple_of(WorkRequestError, value)


def _logs(value: Sequence[WorkRequestLogEntry] | None) -> tuple[WorkRequestLogEntry, ...] | None:
    return _tuple_of(WorkRequestLogEntry, value)


class _Constants:
    """The SDK's class constants of ``WorkRequest`` and ``WorkRequestSummary``."""

    __slots__ = ()

    OPERATION_TYPE_DELETE_COMPARTMENT = OperationType.DELETE_COMPARTMENT
    OPERATION_TYPE_DELETE_TAG_DEFINITION = OperationType.DELETE_TAG_DEFINITION
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED


@_model
class WorkRequest(_Constants):
    """An asynchronous request's progress: status, resources, errors, logs and times.

    >>> wr = WorkRequest(id="ocid1.workrequest.oc1..x", operation_type="DELETE_COMPARTMENT",
    ...                  status="ACCEPTED", percent_complete=0)
    >>> wr.status is Status.ACCEPTED, wr.percent_complete
    (True, 0.0)
    """

    id: str = attrs.field(converter=_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    compartment_id: str | None = attrs.field(default=None, converter=_optional_string)
    status: Status = attrs.field(converter=_status)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_resources
    )
    errors: tuple[WorkRequestError, ...] | None = attrs.field(default=None, converter=_errors)
    logs: tuple[WorkRequestLogEntry, ...] | None = attrs.field(default=None, converter=_logs)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)
    percent_complete: float | None = attrs.field(default=None, converter=_percent)


@_model
class WorkRequestSummary(_Constants):
    """A work request as ``list_work_requests`` gives it: every field but ``logs``."""

    id: str = attrs.field(converter=_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    compartment_id: str | None = attrs.field(default=None, converter=_optional_string)
    status: Status = attrs.field(converter=_status)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_resources
    )
    errors: tuple[WorkRequestError, ...] | None = attrs.field(default=None, converter=_errors)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=_timestamp)
    percent_complete: float | None = attrs.field(default=None, converter=_percent)


#: Every model class, nested ones first.
MODELS = (
    WorkRequestResource,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequest,
    WorkRequestSummary,
)
