"""The families of work requests, each declared once, as data.

A family is the classes one API returns for its work requests, their enums, the statuses a
request moves through (a transition table), and the SDK module of the same classes. The
built-in families' classes are declared in ``_declarations`` and generated as source
(``_generated``, ``_generated_work_requests``); ``declare_family`` makes a user's own from the
same declaration at run time, with the converters their kinds call for, the SDK's class
constants (``STATUS_ACCEPTED``...) and an ``unknown`` field last. Every layer (the codec, the
C engine, the styles, the JSON Schema, the SDK bridge, the command) handles them as it
handles identity's hand-written ``WorkRequest``.

>>> from wrmodel import TaggingWorkRequest
>>> wr = TaggingWorkRequest(id="x", operation_type="BULK_EDIT_OF_TAGS",
...                         status="PARTIALLY_SUCCEEDED")
>>> wr.status is wr.STATUS_PARTIALLY_SUCCEEDED
True
"""

from __future__ import annotations

import enum
import functools
import importlib
import sys
import types
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs

from . import _generated_work_requests as _wr
from . import _models
from ._declarations import FieldSpec, common_shape
from ._enums import Status, TaggingStatus, open_enum
from ._family import _NAMED, Family
from ._generated import (
    IamWorkRequest,
    IamWorkRequestErrorSummary,
    IamWorkRequestLogSummary,
    IamWorkRequestResource,
    IamWorkRequestSummary,
    TaggingWorkRequest,
    TaggingWorkRequestErrorSummary,
    TaggingWorkRequestLogSummary,
    TaggingWorkRequestSummary,
)
from ._identity import (
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
)
from ._kinds import kind_of
from ._models import Model, Unknown, to_unknown
from ._rules import lifecycle_bases

_MAYBE_UNKNOWN: Any = Unknown | None


def _converter(tp: Any, required: bool, where: str) -> Callable[[Any], Any]:
    """The converter of a field of type ``tp``: the one its kind calls for."""
    kind, of = kind_of(tp, where)
    return kind.converter(of, required, where)


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
    body["unknown"] = attrs.field(type=_MAYBE_UNKNOWN, default=None, converter=to_unknown)
    cls = attrs.make_class(
        name,
        body,
        bases=(base, *lifecycle_bases(fields)),
        slots=True,
        kw_only=True,
        frozen=True,
        weakref_slot=False,
        repr=False,
    )
    cls.__module__ = module
    cls.__doc__ = doc
    return cls


def model_name(cls: type) -> str:
    """How an event log names a class: ``tagging.TaggingWorkRequest``, ``identity.WorkRequest``.

    >>> from wrmodel import TaggingWorkRequest
    >>> model_name(TaggingWorkRequest)
    'tagging.TaggingWorkRequest'
    """
    family: Family = getattr(cls, "__wrmodel_family__", IDENTITY)
    return f"{family.name}.{cls.__name__}"


def model_named(name: str) -> type | None:
    """The class ``model_name`` names; None if none is.

    Of a family made in this process, or of a service module (``services.container_engine.
    WorkRequest``), imported for it.
    """
    family_name, _, cls_name = name.partition(".")
    if family_name == "services":
        return service_class(*cls_name.partition(".")[::2])
    family = _NAMED.get(family_name)
    if family is None:
        return None
    return next((c for c in family.classes if c.__name__ == cls_name), None)


def service_class(service: str, name: str) -> type | None:
    """The class ``name`` of ``wrmodel.services.<service>`` (imported now); None if none.

    ``service`` is the SDK's package name (``container_engine``).

    >>> service_class("container_engine", "WorkRequest").__module__
    'wrmodel.services.container_engine'
    """
    from wrmodel.services import SERVICES  # noqa: PLC0415 (the services' index, on first use)

    if service not in SERVICES:
        return None
    found = getattr(importlib.import_module(f"wrmodel.services.{service}"), name, None)
    return found if isinstance(found, type) and "__wrmodel_family__" in vars(found) else None


def _table(status: type[enum.StrEnum], **nexts: str) -> Mapping[Any, frozenset[Any]]:
    """A transition table from ``STATUS="NEXT NEXT"``; statuses not named go nowhere."""
    return MappingProxyType(
        {
            member: frozenset(status[n] for n in nexts.get(member.name, "").split())
            for member in status
        }
    )


def _names(values: str | Sequence[str]) -> list[str]:
    return values.split() if isinstance(values, str) else list(values)


def _findable(module: str, family: str, made: Sequence[Any]) -> None:
    """Let pickle find the classes and enums made for ``family`` in ``module``, by name.

    Each is named ``_wrmodel_<family>.<name>`` in ``module``, which holds a namespace of
    them under that name: pickle (and Dask's cloudpickle) then finds them as it finds any
    class, in any process that imports ``module`` (and so declares the family again).
    """
    holder = f"_wrmodel_{family}"
    own = [x for x in made if isinstance(x, type) and x.__module__ == module]
    for x in own:
        x.__qualname__ = f"{holder}.{x.__name__}"
    target = sys.modules.get(module)
    if target is not None:
        setattr(target, holder, types.SimpleNamespace(**{x.__name__: x for x in own}))


def _enum_of(
    values: type[enum.StrEnum] | str | Sequence[str], name: str, module: str
) -> type[enum.StrEnum]:
    if isinstance(values, type):
        return values
    return open_enum(name, _names(values), module)


def declare_family(
    name: str,
    *,
    sdk: str,
    module: str,
    statuses: type[enum.StrEnum] | str | Sequence[str],
    transitions: Mapping[str, str],
    operation_types: type[enum.StrEnum] | str | Sequence[str] | None,
    action_types: type[enum.StrEnum] | str | Sequence[str],
    resource_fields: str = "action_type entity_type identifier entity_uri",
    summary_resources: bool = False,
    succeeded: str = "SUCCEEDED",
) -> Family:
    """Declare the work requests of a service of the common shape (96 of OCI's 109 do).

    Its classes have the SDK's names (``WorkRequest``, ``WorkRequestSummary``,
    ``WorkRequestResource``, ``WorkRequestError``, ``WorkRequestLogEntry``) in ``module``;
    the request requires its compartment, resources, percent and time accepted; errors and
    logs require their timestamps. ``statuses``, ``operation_types`` (``None``: a free
    string) and ``action_types`` are enums or their values; ``transitions`` gives, for each
    status that goes somewhere, where (``{"ACCEPTED": "IN_PROGRESS CANCELED"}``);
    ``resource_fields`` is the resource's field order. The classes then decode, encode,
    convert to the SDK's ``sdk`` module, and move through their life cycle like identity's.
    Declared when ``module`` is imported (``module=__name__``), its classes, enums and
    objects pickle, and run on Dask's processes: ``module`` holds them as
    ``_wrmodel_<name>``, where pickle finds them in any process that imports it.
    """
    title = "".join(word.title() for word in name.split("_"))
    status = _enum_of(statuses, f"{title}Status", module)
    operation: Any = str
    if operation_types is not None:
        operation = _enum_of(operation_types, f"{title}OperationType", module)
    action = _enum_of(action_types, f"{title}ActionType", module)
    classes = common_shape(
        functools.partial(model, module=module),
        name,
        status=status,
        operation=operation,
        action=action,
        resource_fields=resource_fields,
        summary_resources=summary_resources,
    )
    _check_sdk(sdk, [cls.__name__ for cls in classes])
    _findable(module, name, [*classes, status, operation, action])
    return Family(
        name,
        sdk,
        classes,
        classes[3],
        classes[4],
        status,
        _table(status, **transitions),
        status[succeeded],
    )


def _check_sdk(sdk: str, names: Sequence[str]) -> None:
    """Refuse an SDK module that lacks the family's classes (unchecked where the SDK is not)."""
    try:
        module = importlib.import_module(sdk)
    except ModuleNotFoundError as error:
        if error.name == "oci" and sdk.startswith("oci."):
            return  # the SDK is not installed: to_sdk says how to install it
        raise ValueError(f"sdk: no module {sdk!r}, or it cannot be imported: {error}") from None
    missing = [name for name in names if not isinstance(getattr(module, name, None), type)]
    if missing:
        msg = f"sdk: {sdk} has no {', '.join(missing)}: expected the module of the service's models"
        raise ValueError(msg)


#: Where each status may go next, by the role its name says, for every OCI service: a
#: family's table is this one restricted to its statuses. A request may wait before it starts
#: or pause while it runs (``WAITING``), stop for a person to act (``NEEDS_ATTENTION``), be
#: suspended and resumed (``SUSPENDING``, ``SUSPENDED``), or be skipped before it runs
#: (``SKIPPED``, an end); ``CREATED`` comes before ``ACCEPTED``. Cancelation is best effort:
#: work that finishes before it is canceled still succeeds or fails. A status this version
#: does not know goes nowhere.
MOVES: Mapping[str, str] = MappingProxyType(
    {
        "CREATED": "ACCEPTED IN_PROGRESS WAITING CANCELING CANCELED FAILED",
        "ACCEPTED": "IN_PROGRESS WAITING CANCELING CANCELED FAILED SKIPPED",
        "WAITING": "IN_PROGRESS NEEDS_ATTENTION CANCELING CANCELED FAILED SKIPPED",
        "IN_PROGRESS": (
            "WAITING NEEDS_ATTENTION SUSPENDING SUCCEEDED PARTIALLY_SUCCEEDED FAILED CANCELING"
        ),
        "NEEDS_ATTENTION": "IN_PROGRESS WAITING CANCELING FAILED",
        "SUSPENDING": "SUSPENDED FAILED CANCELING",
        "SUSPENDED": "IN_PROGRESS CANCELING CANCELED FAILED",
        "CANCELING": "CANCELED SUCCEEDED PARTIALLY_SUCCEEDED FAILED",
    }
)
#: The statuses that end a request (only ``SUCCEEDED`` is a success).
ENDS = frozenset({"SUCCEEDED", "FAILED", "CANCELED", "PARTIALLY_SUCCEEDED", "SKIPPED"})
#: The services' own spellings of a role: the enum member has the role's name, the value
#: (and an alias) the service's spelling: ``CANCELING = "CANCELLING"``.
SPELLINGS: Mapping[str, str] = MappingProxyType(
    {
        "CANCELLING": "CANCELING",
        "CANCELLED": "CANCELED",
        "INPROGRESS": "IN_PROGRESS",
        "COMPLETED": "SUCCEEDED",
    }
)


#: The stages a family may lack, gone through without stopping: a move to one goes where it
#: would go (the Service Catalog's requests go from ACCEPTED to SUCCEEDED), a cancelation
#: requested where none is pending straight to CANCELED.
_STAGES: Mapping[str, str] = MappingProxyType(
    {"IN_PROGRESS": MOVES["IN_PROGRESS"], "CANCELING": "CANCELED"}
)


def table_of(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Where each of the statuses ``names`` (roles) may go, by ``MOVES``.

    >>> table_of(["ACCEPTED", "IN_PROGRESS", "SUCCEEDED", "FAILED"])["ACCEPTED"]
    ('IN_PROGRESS', 'FAILED')
    >>> table_of(["ACCEPTED", "SUCCEEDED", "FAILED", "CANCELED"])["ACCEPTED"]
    ('SUCCEEDED', 'FAILED', 'CANCELED')
    """
    present = set(names)

    def moves(nexts: str, through: frozenset[str]) -> Iterator[str]:
        for move in nexts.split():
            if move in present:
                yield move
            elif move in _STAGES and move not in through:
                yield from moves(_STAGES[move], through | {move})

    return {n: tuple(dict.fromkeys(moves(MOVES.get(n, ""), frozenset({n})))) for n in present}


def lifecycle_table(status: type[enum.StrEnum]) -> Mapping[Any, frozenset[Any]]:
    """The transition table of the statuses ``status``, by ``MOVES``."""
    moves = table_of(m.name for m in status)
    return MappingProxyType({m: frozenset(status[n] for n in moves[m.name]) for m in status})


def service_family(
    service: str,
    request: type,
    summary: type,
    status: type[enum.StrEnum],
    classes: tuple[type, ...],
) -> Family:
    """The family of a generated service module's ``request`` and ``summary``."""
    return Family(
        f"services.{service}",
        f"oci.{service}.models",
        classes,
        request,
        summary,
        status,
        lifecycle_table(status),
        status["SUCCEEDED"],
    )


IDENTITY = Family(
    "identity",
    "oci.identity.models",
    (WorkRequestResource, WorkRequestError, WorkRequestLogEntry, WorkRequest, WorkRequestSummary),
    WorkRequest,
    WorkRequestSummary,
    Status,
    lifecycle_table(Status),
    Status.SUCCEEDED,
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
    lifecycle_table(TaggingStatus),
    TaggingStatus.SUCCEEDED,
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
    lifecycle_table(Status),
    Status.SUCCEEDED,
)

# The Work Requests service (oci.work_requests): its own classes, of identity's names.
WORK_REQUESTS = Family(
    "work_requests",
    "oci.work_requests.models",
    (
        _wr.WorkRequestResource,
        _wr.WorkRequestError,
        _wr.WorkRequestLogEntry,
        _wr.WorkRequest,
        _wr.WorkRequestSummary,
    ),
    _wr.WorkRequest,
    _wr.WorkRequestSummary,
    Status,
    lifecycle_table(Status),
    Status.SUCCEEDED,
)

# Pickles made before identity's classes were generated name them in ``_models``, where
# they are found.
for _cls in IDENTITY.classes:
    setattr(_models, _cls.__name__, _cls)

#: Every family.
FAMILIES = (IDENTITY, TAGGING, IAM, WORK_REQUESTS)
#: Every model class of every family, nested ones first within each.
ALL_MODELS = tuple(cls for family in FAMILIES for cls in family.classes)
#: The family of each class.
FAMILY_OF: Mapping[type, Family] = MappingProxyType(
    {cls: family for family in FAMILIES for cls in family.classes}
)
