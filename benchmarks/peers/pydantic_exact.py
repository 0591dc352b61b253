"""pydantic v2, strict, made to write wrmodel's exact bytes: timestamps in UTC as the API's
``2016-08-25T21:10:29.600Z`` and percents as floats (``PlainSerializer``s); the same models
and validation as the natural pydantic peer, which writes ``…29.600000Z``.
"""

from __future__ import annotations

from typing import Annotated, Any

import pydantic
from pydantic import AwareDatetime, Field, PlainSerializer, TypeAdapter

from .common import api_time
from .pydantic import models

label = "pydantic v2 (strict), wrmodel's bytes"
version = pydantic.VERSION
note = "as pydantic, with PlainSerializers for timestamps and percents"
#: ``run.check`` holds this peer to wrmodel's bytes, array and single documents.
same_bytes = True


Time = Annotated[AwareDatetime, PlainSerializer(api_time, when_used="json")]
Percent = Annotated[float, Field(ge=0, le=100), PlainSerializer(float, when_used="json")]


WorkRequest = models(Time, Percent)

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
