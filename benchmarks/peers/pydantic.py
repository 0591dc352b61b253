"""pydantic v2, strict: frozen models, strict types, aware datetimes, percent bounds, enums
with an unknown fallback (``_missing_``), camelCase aliases.
"""

from __future__ import annotations

from typing import Annotated, Any

import pydantic
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter
from pydantic.alias_generators import to_camel

from .common import ActionType, OperationType, Status

label = "pydantic v2 (strict)"
version = pydantic.VERSION
note = "TypeAdapter.validate_json / dump_json(by_alias, exclude_none)"

_CONFIG = ConfigDict(strict=True, frozen=True, alias_generator=to_camel, populate_by_name=True)


def models(time: Any, percent: Any) -> type[BaseModel]:
    """The work request's models, their timestamps of type ``time``, their percent ``percent``.

    The natural peer's and the same-bytes peer's (``pydantic_exact``) differ only there.
    """

    class WorkRequestResource(BaseModel):
        model_config = _CONFIG
        identifier: str
        entity_type: str
        action_type: ActionType
        entity_uri: str | None = None

    class WorkRequestError(BaseModel):
        model_config = _CONFIG
        code: str
        message: str
        timestamp: time | None = None

    class WorkRequestLogEntry(BaseModel):
        model_config = _CONFIG
        message: str
        timestamp: time | None = None

    class WorkRequest(BaseModel):
        model_config = _CONFIG
        id: str
        operation_type: OperationType
        compartment_id: str | None = None
        status: Status
        resources: tuple[WorkRequestResource, ...] | None = None
        errors: tuple[WorkRequestError, ...] | None = None
        logs: tuple[WorkRequestLogEntry, ...] | None = None
        time_accepted: time | None = None
        time_started: time | None = None
        time_finished: time | None = None
        percent_complete: percent | None = None

    return WorkRequest


WorkRequest = models(AwareDatetime, Annotated[float, Field(ge=0, le=100)])


_MANY = TypeAdapter(list[WorkRequest])
_ONE = TypeAdapter(WorkRequest)


def decode(data: bytes) -> list[WorkRequest]:
    return _MANY.validate_json(data)


def encode(objs: list[Any]) -> bytes:
    return _MANY.dump_json(objs, by_alias=True, exclude_none=True)


def decode_one(data: bytes) -> WorkRequest:
    return _ONE.validate_json(data)


def encode_one(obj: Any) -> bytes:
    return _ONE.dump_json(obj, by_alias=True, exclude_none=True)
