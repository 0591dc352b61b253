"""RFC 3339 timestamps: strict parsing into ``pendulum.DateTime``, and the wire's output form."""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import os
import re
from collections.abc import Callable
from typing import Any

import pendulum

from wrmodel._errors import expected, fail, show
from wrmodel.exceptions import DecodeError, EncodeError

UTC = pendulum.UTC
_DateTime = pendulum.DateTime
_new: Callable[..., Any] = dt.datetime.__new__
_fromisoformat = dt.datetime.fromisoformat

#: Two-digit numbers and millisecond suffixes as text, made once: formatting indexes these
#: tables instead of formatting integers, twice as fast as ``%``-formatting.
DIGITS2 = tuple(f"{i:02d}" for i in range(100))
MILLIS = tuple(f".{i:03d}Z" for i in range(1000))


@functools.cache
def years() -> tuple[str, ...]:
    """Every year's four digits, for the encoders that write timestamps inline; made once."""
    return tuple(f"{year:04d}" for year in range(10000))


_RFC3339 = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:[Zz]|([+-])(\d\d):(\d\d))",
    re.ASCII,
)
_FORM = "an RFC 3339 date-time such as '2016-08-25T21:10:29.600Z'"


def parse_rfc3339(text: str) -> pendulum.DateTime:
    """Parse an RFC 3339 ``date-time`` into the instant it names, held in UTC.

    Accepted: ``YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)``, with ``T`` and ``Z`` in
    either case and any number of fraction digits (kept to the microsecond). Everything
    else raises ``DecodeError``: a date alone, a time without an offset, ISO 8601's basic
    form, RFC 1123, impossible dates, surrounding whitespace, an instant whose UTC form is
    outside the years 1 to 9999, and leap seconds (``:60``, which a Python datetime cannot
    hold).

    >>> parse_rfc3339("2016-08-25T21:10:29.600Z")
    DateTime(2016, 8, 25, 21, 10, 29, 600000, tzinfo=Timezone('UTC'))
    >>> parse_rfc3339("2016-08-25T23:10:29+02:00")
    DateTime(2016, 8, 25, 21, 10, 29, tzinfo=Timezone('UTC'))
    """
    if text.__class__ is str and text[4:20:3] == "--T::." and text[23:] == "Z":
        try:
            return from_api_form(text)
        except ValueError:
            pass
    return _parse(text)


def from_api_form(text: str) -> pendulum.DateTime:
    """Parse the API's own form, ``YYYY-MM-DDTHH:MM:SS.mmmZ``, once its shape is checked.

    With the separators at 4, 7, 10, 13, 16 and 19 and the ``Z`` last at 23 checked, what
    ``fromisoformat`` accepts of this shape is exactly RFC 3339; it raises ``ValueError``
    for the rest (non-digits, impossible dates, hour 24: ``tests/test_time.py`` checks that this
    Python refuses it). The pickle state of its result rebuilds it
    as a pendulum DateTime in one call, twice as fast as passing the seven fields.
    """
    return _new(_DateTime, _fromisoformat(text).__reduce__()[1][0], UTC)  # type: ignore[no-any-return]


def _parse(text: object) -> pendulum.DateTime:
    """Parse any RFC 3339 date-time (the general path of ``parse_rfc3339``)."""
    if not isinstance(text, str):
        fail(expected(_FORM, text), DecodeError)
    match = _RFC3339.fullmatch(text)
    if match is None:
        fail(expected(_FORM, text), DecodeError)
    year, month, day, hour, minute, second, fraction, sign, off_h, off_m = match.groups()
    if second == "60":
        fail(
            f"leap seconds are not supported (a datetime cannot hold :60), got {show(text)}",
            DecodeError,
        )
    offset = 0
    if sign is not None:
        if off_h > "23" or off_m > "59":
            fail(f"expected an offset from -23:59 to +23:59, got {show(text)}", DecodeError)
        offset = int(off_h) * 3600 + int(off_m) * 60
        if sign == "-":
            offset = -offset
    fields = (int(year), int(month), int(day), int(hour), int(minute), int(second))
    micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
    try:
        naive = dt.datetime(*fields, micro)  # noqa: DTZ001 (its offset is applied below)
    except ValueError:
        fail(f"no such date or time: {show(text)}", DecodeError)
    utc = _in_utc(naive, offset)
    if utc is None:
        fail(f"expected an instant in the years 1 to 9999 in UTC, got {show(text)}", DecodeError)
    return utc


def _in_utc(naive: dt.datetime, offset: float) -> pendulum.DateTime | None:
    """The instant of ``naive`` at ``offset`` seconds east of UTC, in UTC.

    None for an instant outside the years 1 to 9999.
    """
    try:
        utc = naive - dt.timedelta(seconds=offset)
    except OverflowError:
        return None
    return _new(  # type: ignore[no-any-return]
        _DateTime, *utc.timetuple()[:6], utc.microsecond, UTC
    )


def format_rfc3339(value: dt.datetime) -> str:
    """Write an aware datetime in the wire's form: UTC, ``Z``, and always a fraction.

    Milliseconds when the value fits them, microseconds otherwise, so nothing is lost.

    >>> format_rfc3339(parse_rfc3339("2016-08-25T23:10:29.6+02:00"))
    '2016-08-25T21:10:29.600Z'
    >>> format_rfc3339(parse_rfc3339("2016-08-25T21:10:29.000001Z"))
    '2016-08-25T21:10:29.000001Z'
    """
    if not isinstance(value, dt.datetime) or value.utcoffset() is None:
        msg = f"cannot write {show(value)} as RFC 3339: expected an aware datetime"
        raise EncodeError(msg)
    return format_aware(value)


def format_aware(value: dt.datetime) -> str:
    """``format_rfc3339`` for a value known to be an aware datetime (the encoders' case)."""
    if value.tzinfo is not UTC:
        value = value.replace(tzinfo=None) - value.utcoffset()  # type: ignore[operator]
    micro = value.microsecond
    year = value.year
    d2 = DIGITS2
    return (
        f"{d2[year // 100]}{d2[year % 100]}-{d2[value.month]}-{d2[value.day]}"
        f"T{d2[value.hour]}:{d2[value.minute]}:{d2[value.second]}"
        f"{f'.{micro:06d}Z' if micro % 1000 else MILLIS[micro // 1000]}"
    )


def as_pendulum(value: dt.datetime) -> pendulum.DateTime:
    """Hold an aware datetime as a ``pendulum.DateTime`` in UTC: the instant it names.

    Every timestamp is held in UTC, as the API sends it, so two are equal exactly when they
    are the same instant, and write the same in every style (a wall clock in a zone would
    not: at 01:30 in New York on the night clocks go back, the two instants compare equal
    as wall clocks). Naive values and instants outside the years 1 to 9999 in UTC are refused
    with ``ValidationError``.

    >>> as_pendulum(dt.datetime(2016, 8, 25, 23, 10, tzinfo=dt.timezone(dt.timedelta(hours=2))))
    DateTime(2016, 8, 25, 21, 10, 0, tzinfo=Timezone('UTC'))
    """
    if value.__class__ is _DateTime and value.tzinfo is UTC:
        return value
    if not isinstance(value, dt.datetime):
        fail(expected("an aware datetime", value))
    offset = value.utcoffset()
    if offset is None:
        fail(expected("an aware datetime (with a timezone)", value))
    fields = (value.year, value.month, value.day, value.hour, value.minute, value.second)
    naive = dt.datetime(*fields, value.microsecond)  # noqa: DTZ001 (the offset is applied next)
    utc = _in_utc(naive, offset.total_seconds())
    if utc is None:
        fail(expected("an instant in the years 1 to 9999 in UTC", value))
    return utc


def _compiled() -> Any:
    """The compiled timestamps (``wrmodel._stamp``), set up, or None.

    None where they were not built (no C compiler at install), or ``WRMODEL_PURE_PYTHON``
    is set (to run the pure-Python path: CI runs the tests on both).
    """
    if os.environ.get("WRMODEL_PURE_PYTHON"):
        return None
    try:
        stamp = importlib.import_module("wrmodel._stamp")
    except ImportError:
        return None
    stamp.setup(UTC, format_aware, _DateTime, _parse)
    return stamp


_STAMP = _compiled()

#: Whether timestamps are read and written by the compiled module (``wrmodel._stamp``), or
#: by the pure-Python path: the same values, text and errors either way, only faster.
COMPILED: bool = _STAMP is not None

#: What the codecs call: ``parse_rfc3339`` and ``format_aware``, compiled where built (the
#: API's own form in C, anything else handed to the Python functions).
parse_fast: Callable[[Any], pendulum.DateTime] = (
    _STAMP.parse if _STAMP is not None else parse_rfc3339
)
format_fast: Callable[[dt.datetime], str] = _STAMP.format if _STAMP is not None else format_aware
