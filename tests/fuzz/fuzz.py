"""Coverage-guided fuzzing of wrmodel's decoders with atheris (not run in CI).

    pip install atheris
    python tests/fuzz/fuzz.py loads    -max_total_time=600 tests/fuzz/seeds
    python tests/fuzz/fuzz.py rfc3339  -max_total_time=600
    python tests/fuzz/fuzz.py jsonl    -max_total_time=600 tests/fuzz/seeds

Each entry point checks what the tests check: any input gives a value or a DecodeError
(nothing else escapes), and whatever decodes re-encodes and decodes equal.
"""

from __future__ import annotations

import sys

import atheris

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


ENTRY_POINTS = {"loads": fuzz_loads, "rfc3339": fuzz_rfc3339, "jsonl": fuzz_jsonl}

if __name__ == "__main__":
    name = sys.argv.pop(1)
    atheris.Setup(sys.argv, ENTRY_POINTS[name])
    atheris.Fuzz()
