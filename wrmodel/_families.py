"""The families of work requests, each declared once, as data.

A family is the classes one API returns for its work requests, their enums, the statuses a
request moves through (a transition table), and the SDK module of the same classes. Its
classes are made here from their fields, with the converters their kinds call for, the
SDK's class constants (``STATUS_ACCEPTED``...) and an ``unknown`` field last; every layer
(the codec, the C engine, the styles, the JSON Schema, the SDK bridge, the command) then
handles them as it handles identity's hand-written ``WorkRequest``.

>>> from wrmodel import TaggingWorkRequest
>>> wr = TaggingWorkRequest(id="x", operation_type="BULK_EDIT_OF_TAGS",
...                         status="PARTIALLY_SUCCEEDED")
>>> wr.status is wr.STATUS_PARTIALLY_SUCCEEDED
True
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs
import pendulum

from ._enums import (
    IamOperationType,
    ResourceActionType,
    Status,
    TaggingOperationType,
    TaggingStatus,
)
from ._errors import expected, fail
from ._kinds import kind_of
from ._models import (
    _ENUM_CONVERTERS,
    Model,
    Unknown,
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
    _enum,
    _optional_string,
    _percent,
    _string,
    _timestamp,
    _tuple_of,
    _unknown,
)

_MAYBE_UNKNOWN: Any = Unknown | None


def many(cls: type) -> Any:
    """The type of a field holding a tuple of ``cls``: ``tuple[cls, ...]``."""
    return tuple.__class_getitem__((cls, ...))


#: A field of a declared class: its name, its type (``None`` left out) and whether it is
#: required. The SDK's order.
FieldSpec = tuple[str, Any, bool]


def _required(convert: Callable[[Any], Any], what: str) -> Callable[[Any], Any]:
    def required(value: Any) -> Any:
        if value is None:
            fail(expected(what, value))
        return convert(value)

    return required


@functools.cache
def _enum_converter(cls: type[enum.StrEnum]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        return _enum(cls, value)

    _ENUM_CONVERTERS[convert] = cls  # the models keep raw strings of its unknown values
    return convert


def _converter(tp: Any, required: bool, where: str) -> Callable[[Any], Any]:
    """The converter of a field of type ``tp``: the one its kind calls for."""
    kind, of = kind_of(tp, where)
    if kind.name == "str":
        return _string if required else _optional_string
    if kind.name == "enum":
        convert = _enum_converter(of)
        return convert if required else lambda v: None if v is None else convert(v)
    if kind.name == "time":
        return _required(_timestamp, "an aware datetime") if required else _timestamp
    if kind.name == "number":
        return _required(_percent, "a number") if required else _percent
    if kind.name == "list":
        items = functools.partial(_tuple_of, of)
        return _required(items, f"a sequence of {of.__name__}") if required else items
    msg = f"{where}: a model as a field is not declared this way"  # pragma: no cover
    raise TypeError(msg)  # pragma: no cover


def model(name: str, fields: Sequence[FieldSpec], doc: str, *, module: str = "wrmodel") -> type:
    """A frozen model class with ``fields`` (the SDK's names and order), as identity's are.

    Enum fields give the SDK's class constants (``STATUS_ACCEPTED``); ``unknown`` comes last.
    """
    constants = {
        f"{field.upper()}_{member.name}": member
        for field, tp, _ in fields
        if isinstance(tp, type) and issubclass(tp, enum.Enum)
        for member in tp
        if member.name != "UNKNOWN_ENUM_VALUE"
    }
    base = type(f"_{name}Constants", (Model,), {"__slots__": (), "__module__": module, **constants})
    body: dict[str, Any] = {}
    for field, tp, required in fields:
        convert = _converter(tp, required, f"{name}.{field}")
        if required:
            body[field] = attrs.field(type=tp, converter=convert)
        else:
            body[field] = attrs.field(type=tp | None, converter=convert, default=None)
    body["unknown"] = attrs.field(type=_MAYBE_UNKNOWN, default=None, converter=_unknown)
    cls = attrs.make_class(
        name,
        body,
        bases=(base,),
        slots=True,
        kw_only=True,
        frozen=True,
        weakref_slot=False,
        repr=False,
    )
    cls.__module__ = module
    cls.__doc__ = doc
    return cls


@attrs.frozen
class Family:
    """One API's work requests: its classes, its life cycle, and the SDK's module for them."""

    #: A short name: ``identity``, ``tagging``, ``iam``, ``work_requests``.
    name: str
    #: The SDK module holding classes of the same names (``oci.identity.models``).
    sdk: str
    #: Every class, nested ones first.
    classes: tuple[type, ...]
    #: The request (what ``get_*`` returns) and the summary (what ``list_*`` returns).
    request: type
    summary: type
    #: The statuses: where each may go next, which end a request, which of those is success.
    status: type[enum.StrEnum]
    transitions: Mapping[Any, frozenset[Any]]
    succeeded: Any

    @property
    def terminal(self) -> frozenset[Any]:
        """The statuses that end a request: those that go nowhere, but an unknown one."""
        return frozenset(
            s
            for s, nexts in self.transitions.items()
            if not nexts and s.name != "UNKNOWN_ENUM_VALUE"
        )


def _table(status: type[enum.StrEnum], **nexts: str) -> Mapping[Any, frozenset[Any]]:
    """A transition table from ``STATUS="NEXT NEXT"``; statuses not named go nowhere."""
    return MappingProxyType(
        {
            member: frozenset(status[n] for n in nexts.get(member.name, "").split())
            for member in status
        }
    )


#: Cancelation is best effort: work that finishes before it is canceled still succeeds or
#: fails. A status this version does not know goes nowhere.
_SIX = {
    "ACCEPTED": "IN_PROGRESS CANCELING CANCELED FAILED",
    "IN_PROGRESS": "SUCCEEDED FAILED CANCELING",
    "CANCELING": "CANCELED SUCCEEDED FAILED",
}

IDENTITY = Family(
    "identity",
    "oci.identity.models",
    (WorkRequestResource, WorkRequestError, WorkRequestLogEntry, WorkRequest, WorkRequestSummary),
    WorkRequest,
    WorkRequestSummary,
    Status,
    _table(Status, **_SIX),
    Status.SUCCEEDED,
)


def _summaries(prefix: str, *, timestamp: bool) -> tuple[type, type]:
    """The error and log summaries of the tagging and IAM work requests."""
    error = model(
        f"{prefix}WorkRequestErrorSummary",
        [("code", str, True), ("message", str, True), ("timestamp", pendulum.DateTime, timestamp)],
        f"An error of a{'n' if prefix == 'Iam' else ''} {prefix.lower()} work request.",
    )
    log = model(
        f"{prefix}WorkRequestLogSummary",
        [("message", str, True), ("timestamp", pendulum.DateTime, False)],
        f"A line of the log of a{'n' if prefix == 'Iam' else ''} {prefix.lower()} work request.",
    )
    return error, log


TaggingWorkRequestErrorSummary, TaggingWorkRequestLogSummary = _summaries(
    "Tagging", timestamp=False
)
_TAGGING_FIELDS: list[FieldSpec] = [
    ("id", str, True),
    ("operation_type", TaggingOperationType, True),
    ("compartment_id", str, False),
    ("status", TaggingStatus, True),
    ("resources", many(WorkRequestResource), False),
    ("time_accepted", pendulum.DateTime, False),
    ("time_started", pendulum.DateTime, False),
    ("time_finished", pendulum.DateTime, False),
    ("percent_complete", float, False),
]
TaggingWorkRequest = model(
    "TaggingWorkRequest",
    _TAGGING_FIELDS,
    "A tagging work request (``get_tagging_work_request``): resources, no embedded logs or "
    "errors; ``PARTIALLY_SUCCEEDED`` is an end, not a success.",
)
TaggingWorkRequestSummary = model(
    "TaggingWorkRequestSummary",
    _TAGGING_FIELDS,
    "A tagging work request as ``list_tagging_work_requests`` gives it.",
)
TAGGING = Family(
    "tagging",
    "oci.identity.models",
    (
        TaggingWorkRequestErrorSummary,
        TaggingWorkRequestLogSummary,
        TaggingWorkRequest,
        TaggingWorkRequestSummary,
    ),
    TaggingWorkRequest,
    TaggingWorkRequestSummary,
    TaggingStatus,
    _table(
        TaggingStatus,
        **{k: v + " PARTIALLY_SUCCEEDED" if k != "ACCEPTED" else v for k, v in _SIX.items()},
    ),
    TaggingStatus.SUCCEEDED,
)

IamWorkRequestErrorSummary, IamWorkRequestLogSummary = _summaries("Iam", timestamp=True)
IamWorkRequestResource = model(
    "IamWorkRequestResource",
    [
        ("action_type", ResourceActionType, True),
        ("entity_type", str, True),
        ("identifier", str, True),
        ("entity_uri", str, False),
    ],
    "A resource an IAM work request affects (no ``FAILED`` action).",
)
_IAM_FIELDS: list[FieldSpec] = [
    ("id", str, True),
    ("operation_type", IamOperationType, True),
    ("status", Status, True),
    ("compartment_id", str, False),
    ("resources", many(IamWorkRequestResource), False),
    ("percent_complete", float, False),
    ("time_accepted", pendulum.DateTime, False),
    ("time_started", pendulum.DateTime, False),
    ("time_finished", pendulum.DateTime, False),
]
IamWorkRequest = model(
    "IamWorkRequest",
    _IAM_FIELDS,
    "An IAM (identity domains) work request (``get_iam_work_request``); no embedded logs "
    "or errors.",
)
IamWorkRequestSummary = model(
    "IamWorkRequestSummary",
    _IAM_FIELDS,
    "An IAM work request as ``list_iam_work_requests`` gives it.",
)
IAM = Family(
    "iam",
    "oci.identity.models",
    (
        IamWorkRequestErrorSummary,
        IamWorkRequestLogSummary,
        IamWorkRequestResource,
        IamWorkRequest,
        IamWorkRequestSummary,
    ),
    IamWorkRequest,
    IamWorkRequestSummary,
    Status,
    _table(Status, **_SIX),
    Status.SUCCEEDED,
)

# The Work Requests service (oci.work_requests): its own classes, of identity's names.
_WR = "wrmodel.work_requests"
WrResource = model(
    "WorkRequestResource",
    [
        ("action_type", ResourceActionType, True),
        ("entity_type", str, True),
        ("identifier", str, True),
        ("entity_uri", str, False),
    ],
    "A resource a work request affects (the Work Requests service's; no ``FAILED`` action).",
    module=_WR,
)
WrError = model(
    "WorkRequestError",
    [("code", str, True), ("message", str, True), ("timestamp", pendulum.DateTime, True)],
    "An error of a work request (``list_work_request_errors``); its time is required.",
    module=_WR,
)
WrLogEntry = model(
    "WorkRequestLogEntry",
    [("message", str, True), ("timestamp", pendulum.DateTime, True)],
    "A line of a work request's log (``list_work_request_logs``); its time is required.",
    module=_WR,
)
_WR_COMMON: list[FieldSpec] = [
    ("operation_type", str, True),
    ("status", Status, True),
    ("id", str, True),
    ("compartment_id", str, True),
]
_WR_TIMES: list[FieldSpec] = [
    ("percent_complete", float, True),
    ("time_accepted", pendulum.DateTime, True),
    ("time_started", pendulum.DateTime, False),
    ("time_finished", pendulum.DateTime, False),
]
WrWorkRequest = model(
    "WorkRequest",
    [*_WR_COMMON, ("resources", many(WrResource), True), *_WR_TIMES],
    "A work request of the Work Requests service (``oci.work_requests``), which compute, "
    "networking and most of OCI report through: the operation type is a free string, and "
    "the compartment, resources, percent and time accepted are required.",
    module=_WR,
)
WrWorkRequestSummary = model(
    "WorkRequestSummary",
    [*_WR_COMMON, *_WR_TIMES],
    "A work request as the Work Requests service's ``list_work_requests`` gives it: no resources.",
    module=_WR,
)
WORK_REQUESTS = Family(
    "work_requests",
    "oci.work_requests.models",
    (WrResource, WrError, WrLogEntry, WrWorkRequest, WrWorkRequestSummary),
    WrWorkRequest,
    WrWorkRequestSummary,
    Status,
    _table(Status, **_SIX),
    Status.SUCCEEDED,
)

#: Every family.
FAMILIES = (IDENTITY, TAGGING, IAM, WORK_REQUESTS)
#: Every model class of every family, nested ones first within each.
ALL_MODELS = tuple(cls for family in FAMILIES for cls in family.classes)
#: The family of each class.
FAMILY_OF: Mapping[type, Family] = MappingProxyType(
    {cls: family for family in FAMILIES for cls in family.classes}
)
