"""What the peers share: enums with an unknown fallback, and the canonical form of a decoded
work request, used to check that every library decoded the same values.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any


class _Open(enum.StrEnum):
    """An enum whose unknown string values become UNKNOWN_ENUM_VALUE, as the SDK's do."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return cls("UNKNOWN_ENUM_VALUE") if isinstance(value, str) else None


class Status(_Open):
    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    CANCELING = "CANCELING"
    CANCELED = "CANCELED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


class OperationType(_Open):
    DELETE_COMPARTMENT = "DELETE_COMPARTMENT"
    DELETE_TAG_DEFINITION = "DELETE_TAG_DEFINITION"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


class ActionType(_Open):
    CREATED = "CREATED"
    UPDATED = "UPDATED"
    DELETED = "DELETED"
    RELATED = "RELATED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


#: The enum of each enum field.
_ENUMS: dict[str, type[_Open]] = {
    "status": Status,
    "operation_type": OperationType,
    "action_type": ActionType,
}

FIELDS = {
    "work_request": (
        "id",
        "operation_type",
        "compartment_id",
        "status",
        "resources",
        "errors",
        "logs",
        "time_accepted",
        "time_started",
        "time_finished",
        "percent_complete",
    ),
    "resources": ("identifier", "entity_type", "action_type", "entity_uri"),
    "errors": ("code", "message", "timestamp"),
    "logs": ("message", "timestamp"),
}


def api_time(value: dt.datetime) -> str:
    """A timestamp in the API's form, as wrmodel writes it: UTC, milliseconds (every digit
    when finer), ``Z``. The same-bytes peers write their timestamps with it.
    """
    u = value.astimezone(dt.UTC)
    micro = u.microsecond
    fraction = f".{micro // 1000:03d}" if micro % 1000 == 0 else f".{micro:06d}"
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}"
        f"{fraction}Z"
    )


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.capitalize() for p in rest)


def _value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        assert value.utcoffset() is not None, f"{name}: naive datetime {value!r}"
        return value.astimezone(dt.UTC).replace(tzinfo=None)  # the instant, to the microsecond
    if name in ("resources", "errors", "logs"):
        return [canonical(item, name) for item in value]
    if name == "percent_complete":
        return float(value)
    return value


def canonical(obj: Any, kind: str = "work_request") -> dict[str, Any]:
    """The values of a decoded object (attributes or a wire dict), in one comparable form:
    enum values as strings, timestamps as UTC instants, lists as lists.
    """
    if isinstance(obj, dict):
        out = {}
        for name in FIELDS[kind]:
            value = obj.get(_camel(name))
            if isinstance(value, str) and name.startswith("time"):  # time_* and timestamp
                value = dt.datetime.fromisoformat(value)
            if isinstance(value, str) and name in _ENUMS:  # a newer API's: as the enums hold it
                value = _ENUMS[name](value)
            out[name] = _value(name, value)
        return out
    return {name: _value(name, getattr(obj, name, None)) for name in FIELDS[kind]}
