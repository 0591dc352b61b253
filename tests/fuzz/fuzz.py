"""Coverage-guided fuzzing of wrmodel's decoders with atheris (not run in CI).

    pip install atheris
    python tests/fuzz/fuzz.py loads    -max_total_time=600 tests/fuzz/seeds
    python tests/fuzz/fuzz.py rfc3339  -max_total_time=600
    python tests/fuzz/fuzz.py jsonl    -max_total_time=600 tests/fuzz/seeds
    python tests/fuzz/fuzz.py mutate   -max_total_time=600

Each entry point checks what the tests check: any input gives a value or a DecodeError
(nothing else escapes), and whatever decodes re-encodes and decodes equal.
"""

from __future__ import annotations

import json
import pathlib
import sys
from typing import Any

import atheris
import orjson

with atheris.instrument_imports():
    import wrmodel
    from wrmodel import DecodeError, events

TYPES = [
    wrmodel.WorkRequest,
    wrmodel.WorkRequestSummary,
    wrmodel.WorkRequestResource,
    wrmodel.WorkRequestError,
    wrmodel.WorkRequestLogEntry,
    events.Event,
    list[wrmodel.WorkRequest],
    list[wrmodel.WorkRequestSummary],
    list[events.Event],
]
STYLES = ["api", "sdk", "cli"]


def fuzz_loads(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    cls = TYPES[fdp.ConsumeIntInRange(0, len(TYPES) - 1)]
    style = STYLES[fdp.ConsumeIntInRange(0, 2)]
    text = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        value = wrmodel.loads(text, cls, style=style)
    except DecodeError:
        return
    again = wrmodel.loads(wrmodel.dumps(value, style=style), cls, style=style)
    if again != value:
        raise AssertionError(f"{value!r} came back as {again!r}")


def fuzz_rfc3339(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(64)
    try:
        value = wrmodel.parse_rfc3339(text)
    except DecodeError:
        return
    if wrmodel.parse_rfc3339(wrmodel.format_rfc3339(value)) != value:
        raise AssertionError(text)


def fuzz_jsonl(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    size = fdp.ConsumeIntInRange(1, 64)
    text = fdp.ConsumeBytes(fdp.remaining_bytes())
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    errors: list[DecodeError] = []
    for value in wrmodel.iter_jsonl(chunks, on_error=errors.append):
        if wrmodel.loads(wrmodel.dumps(value)) != value:
            raise AssertionError(value)


SEEDS = [
    orjson.loads(p.read_bytes())
    for p in sorted((pathlib.Path(__file__).parent / "seeds").glob("*.json"))
]


def _value(fdp: atheris.FuzzedDataProvider, depth: int = 0) -> Any:  # noqa: PLR0911
    """A JSON value the fuzzer chooses."""
    kind = fdp.ConsumeIntInRange(0, 9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return fdp.ConsumeBool()
    if kind == 2:
        return fdp.ConsumeInt(9)
    if kind == 3:
        return fdp.ConsumeRegularFloat()
    if kind in (4, 5, 6):
        return fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 40))
    if kind in (7, 8):
        return [_value(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 3))]
    return {
        fdp.ConsumeUnicodeNoSurrogates(8): _value(fdp, depth + 1)
        for _ in range(fdp.ConsumeIntInRange(0, 3))
    }


def _mutate(fdp: atheris.FuzzedDataProvider, doc: Any) -> Any:
    """``doc`` with a value replaced, a key added or removed, somewhere the fuzzer chooses."""
    if isinstance(doc, dict) and doc and fdp.ConsumeBool():
        key = sorted(doc)[fdp.ConsumeIntInRange(0, len(doc) - 1)]
        action = fdp.ConsumeIntInRange(0, 3)
        copy = dict(doc)
        if action == 0:
            del copy[key]
        elif action == 1:
            copy[fdp.ConsumeUnicodeNoSurrogates(12)] = _value(fdp)
        elif action == 2:
            copy[key] = _mutate(fdp, copy[key])
        else:
            copy[key] = _value(fdp)
        return copy
    if isinstance(doc, list) and doc and fdp.ConsumeBool():
        i = fdp.ConsumeIntInRange(0, len(doc) - 1)
        return [_mutate(fdp, v) if j == i else v for j, v in enumerate(doc)]
    return _value(fdp)


def fuzz_mutate(data: bytes) -> None:
    """Valid documents with values, keys and types changed anywhere: the decoder's corners."""
    fdp = atheris.FuzzedDataProvider(data)
    doc = SEEDS[fdp.ConsumeIntInRange(0, len(SEEDS) - 1)]
    for _ in range(fdp.ConsumeIntInRange(1, 4)):
        doc = _mutate(fdp, doc)
    style = STYLES[fdp.ConsumeIntInRange(0, 2)]
    cls = TYPES[fdp.ConsumeIntInRange(0, len(TYPES) - 1)]
    text = json.dumps(doc).encode()  # orjson cannot write integers beyond 64 bits
    try:
        value = wrmodel.loads(text, cls, style=style)
    except DecodeError:
        return
    if wrmodel.loads(wrmodel.dumps(value, style=style), cls, style=style) != value:
        raise AssertionError(text)


ENTRY_POINTS = {
    "loads": fuzz_loads,
    "rfc3339": fuzz_rfc3339,
    "jsonl": fuzz_jsonl,
    "mutate": fuzz_mutate,
}

if __name__ == "__main__":
    name = sys.argv.pop(1)
    atheris.Setup(sys.argv, ENTRY_POINTS[name])
    atheris.Fuzz()
