"""mashumaro, made to write wrmodel's exact bytes: a serialization strategy for
``datetime`` writes the API's ``2016-08-25T21:10:29.600Z``; otherwise the natural mashumaro
peer's dataclasses, which hand timestamps to orjson (``…29.600000+00:00``).
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
from typing import Any

from .common import api_time
from .mashumaro import _Config, models

label = "mashumaro, wrmodel's bytes"
version = importlib.metadata.version("mashumaro")
note = "as mashumaro, with a serialization strategy for datetime"
#: ``run.check`` holds this peer to wrmodel's bytes, array and single documents.
same_bytes = True


class _Exact(_Config):
    serialization_strategy = {dt.datetime: {"serialize": api_time}}  # noqa: RUF012 (mashumaro's form)


WorkRequest, _Many = models(_Exact)


def decode(data: bytes) -> list[Any]:
    return _Many.from_json(b'{"items":' + data + b"}").items


def encode(objs: list[Any]) -> bytes:
    return _Many(objs).to_jsonb()[len(b'{"items":') : -1]


def decode_one(data: bytes) -> Any:
    return WorkRequest.from_json(data)


def encode_one(obj: Any) -> bytes:
    return obj.to_jsonb()
