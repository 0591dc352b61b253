"""msgspec, made to write wrmodel's exact bytes: timestamps of a ``datetime`` subclass that
msgspec hands to hooks (``dec_hook`` reads them strictly with msgspec's own parser,
``enc_hook`` writes the API's ``2016-08-25T21:10:29.600Z``); otherwise the natural msgspec
peer's Structs, which write ``…29.600000Z``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import msgspec

from .common import api_time
from .msgspec import models

label = "msgspec, wrmodel's bytes"
version = msgspec.__version__
note = "as msgspec, timestamps through dec_hook/enc_hook"
#: ``run.check`` holds this peer to wrmodel's bytes, array and single documents.
same_bytes = True

_AWARE = Annotated[dt.datetime, msgspec.Meta(tz=True)]


class Stamp(dt.datetime):
    """A timestamp msgspec does not know, so its hooks read and write it."""

    __slots__ = ()


def _decode(tp: type, value: Any) -> Any:
    if tp is Stamp:
        v = msgspec.convert(value, _AWARE)  # msgspec's strict RFC 3339 parser, aware only
        return Stamp(v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond, v.tzinfo)
    raise NotImplementedError(tp)


def _encode(value: Any) -> Any:
    if isinstance(value, Stamp):
        return api_time(value)
    raise NotImplementedError(type(value))


WorkRequest = models(Stamp)

_MANY = msgspec.json.Decoder(list[WorkRequest], dec_hook=_decode)
_ONE = msgspec.json.Decoder(WorkRequest, dec_hook=_decode)
_ENCODER = msgspec.json.Encoder(enc_hook=_encode)


def decode(data: bytes) -> list[Any]:
    return _MANY.decode(data)


def encode(objs: list[Any]) -> bytes:
    return _ENCODER.encode(objs)


def decode_one(data: bytes) -> Any:
    return _ONE.decode(data)


def encode_one(obj: Any) -> bytes:
    return _ENCODER.encode(obj)
