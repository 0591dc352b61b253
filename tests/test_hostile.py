"""Hostile input: each case gives a value or a clear DecodeError, never a crash or a hang.

The same cases, timed and measured, are in ``benchmarks/hostile.py``.
"""

import io
import json
import sys

import orjson
import pytest

import wrmodel
from benchmarks.hostile import CASES, Case
from wrmodel import DecodeError, WorkRequest

MINIMAL = {"id": "ocid1.wr", "operationType": "DELETE_COMPARTMENT", "status": "ACCEPTED"}


def outcome(case: Case) -> object:
    """What decoding the case gives: the value, or the DecodeError."""
    try:
        return wrmodel.loads(case.data(), case.cls)
    except DecodeError as error:
        return error


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_value_or_clear_error(case: Case):
    """Each hostile case gives what it documents: a value, or a DecodeError saying why."""
    result = outcome(case)
    if case.error is None:
        assert not isinstance(result, DecodeError), result
        case.check(result)
        assert wrmodel.loads(wrmodel.dumps(result), case.cls) == result
    else:
        assert isinstance(result, DecodeError)
        assert case.error in str(result)
        assert len(str(result)) < 2000  # the bad value is quoted shortened


class TestLimits:
    def test_max_bytes(self):
        """Text longer than max_bytes is refused before it is read."""
        small = wrmodel.make_converter(max_bytes=100)
        with pytest.raises(DecodeError, match=r"over the limit of 100 \(max_bytes\)"):
            small.loads(orjson.dumps({**MINIMAL, "logs": [{"message": "x" * 200}]}))
        assert small.loads(orjson.dumps(MINIMAL))

    def test_max_bytes_in_streams(self):
        """Each record of a stream is held to max_bytes, array items too."""
        doc = orjson.dumps({**MINIMAL, "logs": [{"message": "x" * 300_000}]})
        conv = wrmodel.make_converter(max_bytes=200_000)
        assert conv.max_bytes == 200_000
        from wrmodel.io import _stream

        records = list(_stream._records(iter([b"[", doc, b"]"]), True, 200_000))
        assert isinstance(records[0][1], DecodeError)
        assert "longer than the limit of 200000" in str(records[0][1])

    def test_max_bytes_of_array_items_read_whole(self, monkeypatch):
        """An item read whole in one chunk is still held to max_bytes."""
        from wrmodel.wire._converter import shared_converter

        doc = orjson.dumps({**MINIMAL, "logs": [{"message": "x" * 1000}]})
        monkeypatch.setattr(shared_converter("api"), "max_bytes", 500)
        ((_, result),) = wrmodel.io._stream.decode_records([b"[" + doc + b"]"], WorkRequest)
        assert isinstance(result, DecodeError)
        assert "longer than the limit of 500 (max_bytes)" in str(result)

    def test_max_depth(self):
        """A kept value nested deeper than max_depth is refused; the limit is configurable."""
        deep = {**MINIMAL, "tags": json.loads("[" * 70 + "]" * 70)}
        with pytest.raises(
            DecodeError, match=r"\$: an unknown key's value is nested deeper than 64 levels"
        ):
            wrmodel.structure(deep, WorkRequest)
        assert wrmodel.make_converter(max_depth=100).structure_wire(deep, WorkRequest)

    def test_max_depth_at_most_256(self):
        """max_depth stays within what Python's recursion allows."""
        with pytest.raises(ValueError, match="max_depth must be at most 256"):
            wrmodel.make_converter(max_depth=257)

    @pytest.mark.parametrize("bad", [0, -1, 1.5, "10", True, None])
    def test_limits_validated(self, bad):
        """Limits are positive integers."""
        with pytest.raises(ValueError, match="must be a positive integer"):
            wrmodel.make_converter(max_bytes=bad)
        with pytest.raises(ValueError, match="must be a positive integer"):
            wrmodel.make_converter(max_depth=bad)

    def test_deep_text_with_big_integer(self):
        """Nested near orjson's limit, with a big integer: a clear error, no RecursionError."""
        depth = 1000
        text = (
            b'{"id":"x","operationType":"A","status":"ACCEPTED","big":18446744073709551616,"deep":'
            + b"[" * depth
            + b"]" * depth
            + b"}"
        )
        limit = sys.getrecursionlimit()
        with pytest.raises(DecodeError, match="nested deeper than 64 levels"):
            wrmodel.loads(text)
        in_logs = text.replace(b'"deep":', b'"logs":')
        with pytest.raises(
            DecodeError, match=r"\$\.logs\[0\]: expected an object .*, got \[\[\[\[\.\.\.\]\]\]\]"
        ):
            wrmodel.loads(in_logs)
        assert sys.getrecursionlimit() == limit

    def test_low_recursion_limit(self):
        """Under a low recursion limit, a deep kept value is a DecodeError, not a RecursionError."""
        text = (
            b'{"id":"x","operationType":"A","status":"ACCEPTED","deep":'
            + b"[" * 60
            + b"]" * 60
            + b"}"
        )
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(90)
        try:
            with pytest.raises(DecodeError, match="nested deeper than"):
                wrmodel.loads(text)
        finally:
            sys.setrecursionlimit(limit)

    def test_deep_arrays_in_streams(self):
        """A stream item nested 10 000 levels is a bad record, not a RecursionError."""
        errors: list[DecodeError] = []
        list(
            wrmodel.iter_jsonl(
                [b"[" + b"[" * 10_000 + b"]" * 10_000 + b"]"], on_error=errors.append
            )
        )
        assert "nested too deeply" in str(errors[0])

    def test_invalid_utf8_in_streams(self):
        """Invalid UTF-8 in a streamed array is a bad record."""
        errors: list[DecodeError] = []
        list(
            wrmodel.iter_jsonl(
                io.BytesIO(b'[{"message": "\xff"}]'),
                wrmodel.WorkRequestLogEntry,
                on_error=errors.append,
            )
        )
        assert str(errors[0]).startswith(
            "$: not JSON text: not UTF-8 text (the byte 0xff at offset 14)"
        )
