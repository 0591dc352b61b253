"""msgspec: frozen Structs, camelCase, aware datetimes, percent bounds, enums with an unknown
fallback (``_missing_``).
"""

# No ``from __future__ import annotations``: the Structs are made in a function, whose
# names msgspec could not resolve from strings.
import datetime as dt
from typing import Annotated, Any

import msgspec

from .common import ActionType, OperationType, Status

label = "msgspec"
version = msgspec.__version__
note = "frozen Struct, rename='camel', omit_defaults"

_Time = Annotated[dt.datetime, msgspec.Meta(tz=True)]


def models(time: Any) -> type[msgspec.Struct]:
    """The work request's Structs, their timestamps of type ``time``.

    The natural peer's and the same-bytes peer's (``msgspec_exact``) differ only there.
    """

    class WorkRequestResource(
        msgspec.Struct, frozen=True, kw_only=True, rename="camel", omit_defaults=True
    ):
        identifier: str
        entity_type: str
        action_type: ActionType
        entity_uri: str | None = None

    class WorkRequestError(
        msgspec.Struct, frozen=True, kw_only=True, rename="camel", omit_defaults=True
    ):
        code: str
        message: str
        timestamp: time | None = None

    class WorkRequestLogEntry(
        msgspec.Struct, frozen=True, kw_only=True, rename="camel", omit_defaults=True
    ):
        message: str
        timestamp: time | None = None

    class WorkRequest(
        msgspec.Struct, frozen=True, kw_only=True, rename="camel", omit_defaults=True
    ):
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
        percent_complete: Annotated[float, msgspec.Meta(ge=0, le=100)] | None = None

    return WorkRequest


WorkRequest = models(_Time)

_MANY = msgspec.json.Decoder(list[WorkRequest])
_ONE = msgspec.json.Decoder(WorkRequest)
_ENCODER = msgspec.json.Encoder()


def decode(data: bytes) -> list[WorkRequest]:
    return _MANY.decode(data)


def encode(objs: list[Any]) -> bytes:
    return _ENCODER.encode(objs)


def decode_one(data: bytes) -> WorkRequest:
    return _ONE.decode(data)


def encode_one(obj: Any) -> bytes:
    return _ENCODER.encode(obj)
