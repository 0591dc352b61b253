"""Hostile input, case by case: what wrmodel gives, how long it takes, how much memory.

    python -m benchmarks.hostile

Each case gives a value or a clear DecodeError (``tests/test_hostile.py`` checks it). The
table shows the outcome, the time and the peak memory (tracemalloc) of each, once.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import orjson

import wrmodel

_HEAD = b'{"id":"ocid1.wr","operationType":"DELETE_COMPARTMENT","status":"ACCEPTED"'


def _doc(rest: bytes) -> Callable[[], bytes]:
    return lambda: _HEAD + rest + b"}"


def _nothing(_: Any) -> None:
    pass


@attrs.frozen
class Case:
    """A hostile input: its bytes (made on demand), what it decodes into, what it gives."""

    name: str
    data: Callable[[], bytes | str]
    #: A piece of the DecodeError's message, or None when the case gives a value.
    error: str | None
    cls: Any = wrmodel.WorkRequest
    check: Callable[[Any], None] = _nothing


def _check(condition: Callable[[Any], bool]) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        assert condition(value)

    return check


CASES = (
    Case(
        "10 000 levels of nested arrays",
        lambda: b"[" * 10_000 + b"]" * 10_000,
        "depth limit exceeded",
        list[wrmodel.WorkRequest],
    ),
    Case(
        "10 000 levels nested in a field",
        _doc(b',"logs":' + b"[" * 10_000 + b"]" * 10_000),
        "depth limit exceeded",
    ),
    Case(
        "a 50 MB string field",
        lambda: _doc(b',"logs":[{"message":"' + b"x" * 50_000_000 + b'"}]')(),  # noqa: PLW0108 (built when run, not at import)
        None,
        check=_check(lambda v: len(v.logs[0].message) == 50_000_000),
    ),
    Case(
        "a million log entries",
        lambda: _doc(b',"logs":[' + b",".join([b'{"message":"m"}'] * 1_000_000) + b"]")(),  # noqa: PLW0108 (built when run, not at import)
        None,
        check=_check(lambda v: len(v.logs) == 1_000_000),
    ),
    Case("1e400", _doc(b',"percentComplete":1e400'), "number is infinity"),
    Case(
        "-0.0",
        _doc(b',"percentComplete":-0.0'),
        None,
        check=_check(lambda v: str(v.percent_complete) == "0.0"),  # equal percents write alike
    ),
    Case("NaN token", _doc(b',"percentComplete":NaN'), "not valid JSON"),
    Case("Infinity token", _doc(b',"percentComplete":Infinity'), "not valid JSON"),
    Case(
        "duplicate keys: the last wins",
        lambda: (
            b'{"id":"first","id":"last","operationType":"DELETE_COMPARTMENT","status":"ACCEPTED"}'
        ),
        None,
        check=_check(lambda v: v.id == "last"),
    ),
    Case("invalid UTF-8", _doc(b',"compartmentId":"\xff\xfe"'), "not UTF-8 text (the byte 0xff"),
    Case("a byte-order mark", lambda: b"\xef\xbb\xbf" + _doc(b"")(), "byte order mark"),
    Case("a lone surrogate, escaped", _doc(b',"compartmentId":"\\ud800"'), "surrogate"),
    Case(
        "a lone surrogate, in str text",
        lambda: _doc(b"")().decode()[:-1] + ',"compartmentId":"\ud800"}',
        "surrogates not allowed",
    ),
    Case(
        "a NUL character, escaped",
        _doc(b',"compartmentId":"a\\u0000b"'),
        None,
        check=_check(lambda v: v.compartment_id == "a\x00b"),
    ),
    Case("a raw NUL byte", _doc(b',"compartmentId":"a\x00b"'), "control character"),
    Case(
        "a 1 MB timestamp fraction",
        lambda: _doc(b',"timeAccepted":"2016-08-25T21:10:29.' + b"1" * 1_000_000 + b'Z"')(),  # noqa: PLW0108 (built when run, not at import)
        None,
        check=_check(lambda v: v.time_accepted.microsecond == 111111),
    ),
    Case(
        "a 1 MB timestamp of garbage",
        lambda: _doc(b',"timeAccepted":"' + b"9" * 1_000_000 + b'"')(),  # noqa: PLW0108 (built when run, not at import)
        "expected an RFC 3339 date-time",
    ),
    Case(
        "wrong types at every field",
        lambda: orjson.dumps(
            {
                "id": [],
                "operationType": {},
                "compartmentId": 1,
                "status": None,
                "resources": {},
                "errors": [1],
                "logs": "x",
                "timeAccepted": True,
                "timeStarted": 1.5,
                "timeFinished": [],
                "percentComplete": "1",
            }
        ),
        "11 problems",
    ),
    Case(
        "an integer beyond 64 bits",
        _doc(b',"percentComplete":18446744073709551616'),
        "from 0 to 100",
    ),
    Case(
        "a value nested 200 levels in an unknown key",
        _doc(b',"tags":' + b"[" * 200 + b"]" * 200),
        "nested deeper than 64 levels",
    ),
)


def main(argv: Sequence[str] | None = None) -> int:
    del argv
    print(f"{'case':<45}{'outcome':<60}{'time':>10}{'peak memory':>14}")
    for case in CASES:
        data = case.data()
        tracemalloc.start()
        start = time.perf_counter()
        try:
            wrmodel.loads(data, case.cls)
            outcome = "a value"
        except wrmodel.DecodeError as error:
            outcome = "DecodeError: " + str(error).splitlines()[-1].strip()[:46]
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"{case.name:<45}{outcome:<60}{elapsed * 1e3:>8.1f}ms{peak / 2**20:>11.1f} MiB")
    print(
        f"(input sizes aside: the largest input is {max(len(c.data()) for c in CASES) / 2**20:.0f} MiB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
