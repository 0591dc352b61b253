"""mashumaro: frozen dataclasses with orjson, camelCase aliases, enums with an unknown fallback
(``_missing_``); awareness of timestamps and the percent bounds are checked in
``__post_init__``. mashumaro does not check the types of strings and numbers.
"""

# No ``from __future__ import annotations``: the classes are made in a function, whose
# names mashumaro could not resolve from strings.
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


class _Config(BaseConfig):
    serialize_by_alias = True
    omit_none = True


def _config(base: type[BaseConfig], *names: str) -> type[BaseConfig]:
    """A Config derived from ``base`` with camelCase aliases for ``names``."""
    return type("Config", (base,), {"aliases": {n: _camel(n) for n in names}})


class _Checked:
    """Refuses naive timestamps (mashumaro reads them) and percents out of range."""

    __slots__ = ()

    def __post_init__(self) -> None:
        for name in ("timestamp", "time_accepted", "time_started", "time_finished"):
            value = getattr(self, name, None)
            if value is not None and value.utcoffset() is None:
                raise ValueError(f"{name}: naive datetime")
        percent = getattr(self, "percent_complete", None)
        if percent is not None and not 0 <= percent <= 100:
            raise ValueError(f"percent_complete out of range: {percent!r}")


def models(config: type[BaseConfig]) -> tuple[type[Any], type[Any]]:
    """The work request's dataclass, and the one holding an array of them, configured by
    ``config``. The natural peer's and the same-bytes peer's (``mashumaro_exact``) differ
    only there.
    """

    @dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
    class WorkRequestResource(DataClassORJSONMixin):
        identifier: str
        entity_type: str
        action_type: ActionType
        entity_uri: str | None = None

        Config = _config(config, "entity_type", "action_type", "entity_uri")

    @dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
    class WorkRequestError(_Checked, DataClassORJSONMixin):
        code: str
        message: str
        timestamp: dt.datetime | None = None

        Config = config

    @dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
    class WorkRequestLogEntry(_Checked, DataClassORJSONMixin):
        message: str
        timestamp: dt.datetime | None = None

        Config = config

    @dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
    class WorkRequest(_Checked, DataClassORJSONMixin):
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

        Config = _config(
            config,
            "operation_type",
            "compartment_id",
            "time_accepted",
            "time_started",
            "time_finished",
            "percent_complete",
        )

    @dataclasses.dataclass(frozen=True, slots=True)
    class _Many(DataClassORJSONMixin):
        items: list[WorkRequest]

    return WorkRequest, _Many


WorkRequest, _Many = models(_Config)


def decode(data: bytes) -> list[WorkRequest]:
    return _Many.from_json(b'{"items":' + data + b"}").items


def encode(objs: list[Any]) -> bytes:
    return _Many(objs).to_jsonb()[len(b'{"items":') : -1]


def decode_one(data: bytes) -> WorkRequest:
    return WorkRequest.from_json(data)


def encode_one(obj: Any) -> bytes:
    return obj.to_jsonb()
