"""mashumaro: frozen dataclasses with orjson, camelCase aliases, enums with an unknown fallback
(``_missing_``); awareness of timestamps and the percent bounds are checked in
``__post_init__``. mashumaro does not check the types of strings and numbers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.metadata
from typing import Any

from mashumaro.config import BaseConfig
from mashumaro.mixins.orjson import DataClassORJSONMixin

from .common import ActionType, OperationType, Status

label = "mashumaro"
version = importlib.metadata.version("mashumaro")
note = "frozen dataclasses + orjson; no type checks on str/float"


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.capitalize() for p in rest)


def _aliases(*names: str) -> dict[str, str]:
    return {n: _camel(n) for n in names}


def _check_times(obj: Any, *names: str) -> None:
    for name in names:
        value = getattr(obj, name)
        if value is not None and value.utcoffset() is None:
            raise ValueError(f"{name}: naive datetime")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class WorkRequestResource(DataClassORJSONMixin):
    identifier: str
    entity_type: str
    action_type: ActionType
    entity_uri: str | None = None

    class Config(BaseConfig):
        serialize_by_alias = True
        omit_none = True
        aliases = _aliases("entity_type", "action_type", "entity_uri")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class WorkRequestError(DataClassORJSONMixin):
    code: str
    message: str
    timestamp: dt.datetime | None = None

    class Config(BaseConfig):
        serialize_by_alias = True
        omit_none = True

    def __post_init__(self) -> None:
        _check_times(self, "timestamp")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class WorkRequestLogEntry(DataClassORJSONMixin):
    message: str
    timestamp: dt.datetime | None = None

    class Config(BaseConfig):
        serialize_by_alias = True
        omit_none = True

    def __post_init__(self) -> None:
        _check_times(self, "timestamp")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class WorkRequest(DataClassORJSONMixin):
    id: str
    operation_type: OperationType
    compartment_id: str | None = None
    status: Status
    resources: tuple[WorkRequestResource, ...] | None = None
    errors: tuple[WorkRequestError, ...] | None = None
    logs: tuple[WorkRequestLogEntry, ...] | None = None
    time_accepted: dt.datetime | None = None
    time_started: dt.datetime | None = None
    time_finished: dt.datetime | None = None
    percent_complete: float | None = None

    class Config(BaseConfig):
        serialize_by_alias = True
        omit_none = True
        aliases = _aliases(
            "operation_type",
            "compartment_id",
            "time_accepted",
            "time_started",
            "time_finished",
            "percent_complete",
        )

    def __post_init__(self) -> None:
        _check_times(self, "time_accepted", "time_started", "time_finished")
        p = self.percent_complete
        if p is not None and not 0 <= p <= 100:
            raise ValueError(f"percent_complete out of range: {p!r}")


@dataclasses.dataclass(frozen=True, slots=True)
class _Many(DataClassORJSONMixin):
    items: list[WorkRequest]


def decode(data: bytes) -> list[WorkRequest]:
    return _Many.from_json(b'{"items":' + data + b"}").items


def encode(objs: list[Any]) -> bytes:
    return _Many(objs).to_jsonb()[len(b'{"items":') : -1]


def decode_one(data: bytes) -> WorkRequest:
    return WorkRequest.from_json(data)


def encode_one(obj: Any) -> bytes:
    return obj.to_jsonb()
