"""wrmodel: its default loads and dumps (full validation, pendulum DateTimes, frozen attrs)."""

from __future__ import annotations

from typing import Any

import wrmodel

label = "wrmodel"
version = wrmodel.__version__
note = "default loads/dumps"

_LIST = list[wrmodel.WorkRequest]


def decode(data: bytes) -> list[wrmodel.WorkRequest]:
    return wrmodel.loads(data, _LIST)


def encode(objs: list[Any]) -> bytes:
    return wrmodel.dumps(objs)


def decode_one(data: bytes) -> wrmodel.WorkRequest:
    return wrmodel.loads(data)


def encode_one(obj: Any) -> bytes:
    return wrmodel.dumps(obj)
