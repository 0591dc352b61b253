"""The floor with the standard library: json to and from plain dicts; no validation."""

from __future__ import annotations

import json
from typing import Any

label = "json (stdlib, dicts)"
version = "stdlib"
note = "floor: plain dicts, no validation"


def decode(data: bytes) -> Any:
    return json.loads(data)


def encode(objs: Any) -> bytes:
    return json.dumps(objs, ensure_ascii=False, separators=(",", ":")).encode()


decode_one = decode
encode_one = encode
