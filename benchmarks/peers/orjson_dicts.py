"""The floor: orjson to and from plain dicts; no types, no validation."""

from __future__ import annotations

from typing import Any

import orjson

label = "orjson (dicts)"
version = orjson.__version__
note = "floor: plain dicts, no validation"

decode = orjson.loads
encode = orjson.dumps
decode_one = orjson.loads
encode_one = orjson.dumps
_ = Any
