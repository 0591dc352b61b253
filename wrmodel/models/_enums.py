"""The SDK's enums, each with an ``UNKNOWN_ENUM_VALUE`` member for values a newer API sends."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, TypeVar


class Status(enum.StrEnum):
    """Where a work request is in its life cycle.

    >>> Status("SUCCEEDED") is Status.SUCCEEDED
    True
    """

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    CANCELING = "CANCELING"
    CANCELED = "CANCELED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


class OperationType(enum.StrEnum):
    """The kind of work a work request does."""

    DELETE_COMPARTMENT = "DELETE_COMPARTMENT"
    DELETE_TAG_DEFINITION = "DELETE_TAG_DEFINITION"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


class ActionType(enum.StrEnum):
    """What a work request did, or is doing, to a resource."""

    CREATED = "CREATED"
    UPDATED = "UPDATED"
    DELETED = "DELETED"
    RELATED = "RELATED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


class TaggingStatus(enum.StrEnum):
    """Where a tagging work request is: ``Status`` and ``PARTIALLY_SUCCEEDED``, an end."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    PARTIALLY_SUCCEEDED = "PARTIALLY_SUCCEEDED"
    CANCELING = "CANCELING"
    CANCELED = "CANCELED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


class TaggingOperationType(enum.StrEnum):
    """The kind of work a tagging work request does."""

    DELETE_TAG_DEFINITION = "DELETE_TAG_DEFINITION"
    DELETE_NON_EMPTY_TAG_NAMESPACE = "DELETE_NON_EMPTY_TAG_NAMESPACE"
    BULK_DELETE_TAG_DEFINITION = "BULK_DELETE_TAG_DEFINITION"
    BULK_EDIT_OF_TAGS = "BULK_EDIT_OF_TAGS"
    IMPORT_STANDARD_TAGS = "IMPORT_STANDARD_TAGS"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


class IamOperationType(enum.StrEnum):
    """The kind of work an IAM (identity domains) work request does."""

    CREATE_DOMAIN = "CREATE_DOMAIN"
    REPLICATE_DOMAIN_TO_REGION = "REPLICATE_DOMAIN_TO_REGION"
    UPDATE_DOMAIN = "UPDATE_DOMAIN"
    ACTIVATE_DOMAIN = "ACTIVATE_DOMAIN"
    DEACTIVATE_DOMAIN = "DEACTIVATE_DOMAIN"
    DELETE_DOMAIN = "DELETE_DOMAIN"
    CHANGE_COMPARTMENT_FOR_DOMAIN = "CHANGE_COMPARTMENT_FOR_DOMAIN"
    CHANGE_LICENSE_TYPE_FOR_DOMAIN = "CHANGE_LICENSE_TYPE_FOR_DOMAIN"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


class ResourceActionType(enum.StrEnum):
    """What an IAM or Work Requests service work request does to a resource: no ``FAILED``."""

    CREATED = "CREATED"
    UPDATED = "UPDATED"
    DELETED = "DELETED"
    RELATED = "RELATED"
    IN_PROGRESS = "IN_PROGRESS"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


#: The enums of the models.
ENUMS = (
    Status,
    OperationType,
    ActionType,
    TaggingStatus,
    TaggingOperationType,
    IamOperationType,
    ResourceActionType,
)

#: For each enum, every value mapped to its member: one dict lookup per decoded value,
#: never a ``try``/``except`` around ``E(v)``. The literal ``UNKNOWN_ENUM_VALUE`` is not here:
#: no service sends it, but an SDK's archive holds it (``oci.util.to_dict`` writes it for a
#: value the SDK lost), and it is kept as it came like any string this version does not know,
#: so what ``loads`` reads ``dumps`` writes back.
_KNOWN: dict[type[enum.StrEnum], Mapping[str, enum.StrEnum]] = {}
KNOWN: Mapping[type[enum.StrEnum], Mapping[str, enum.StrEnum]] = MappingProxyType(_KNOWN)


def enum_of(tp: Any) -> Any:
    """``tp`` if it is an enum class (the type of a field of the enum kind), else None."""
    return tp if isinstance(tp, type) and issubclass(tp, enum.Enum) else None


def open_enum(name: str, values: Sequence[str], module: str) -> type[enum.StrEnum]:
    """An enum of ``values`` and ``UNKNOWN_ENUM_VALUE``, as the SDK's are; known to decoders.

    >>> Phase = open_enum("Phase", ["WAITING", "NEEDS_ATTENTION"], __name__)
    >>> KNOWN[Phase]["WAITING"] is Phase.WAITING, list(Phase)[-1].name
    (True, 'UNKNOWN_ENUM_VALUE')
    """
    members = {value: value for value in (*values, "UNKNOWN_ENUM_VALUE")}
    make: Any = enum.StrEnum  # a functional call mypy checks only with a literal name
    cls: type[enum.StrEnum] = make(name, members, module=module)
    _know(cls)
    return cls


_E = TypeVar("_E", bound=enum.StrEnum)


def know(cls: type[_E]) -> type[_E]:
    """Make the decoders know the values of ``cls``, an enum of a generated service module."""
    _know(cls)
    return cls


def _know(cls: type[enum.StrEnum]) -> None:
    _KNOWN[cls] = MappingProxyType({m.value: m for m in cls if m.name != "UNKNOWN_ENUM_VALUE"})


for _enum in ENUMS:
    _know(_enum)
