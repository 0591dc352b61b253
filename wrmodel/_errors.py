"""Error messages, built in one place: every one quotes the bad value."""

from __future__ import annotations

import reprlib
from typing import NoReturn

from .exceptions import Problem, ValidationError

_LONGEST = 80

#: A repr that stops at a few levels and items, and at long texts: safe for any value (a
#: 10 000-level list, a 50 MB string) and short enough for a message.
_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 5
_REPR.maxstring = _REPR.maxother = 2 * _LONGEST
_REPR.maxlong = _LONGEST


def show(value: object) -> str:
    """Quote ``value`` for a message, shortened when long (strings say their length).

    >>> show("x" * 100)  # doctest: +ELLIPSIS
    "'xxxxxxxx...x… (100 characters)"
    >>> show([[[[[1]]]]])
    '[[[[...]]]]'
    """
    text = _REPR.repr(value)  # a __repr__ that fails gives "<Name instance at 0x...>"
    if len(text) <= _LONGEST:
        return text
    length = f" ({len(value)} characters)" if isinstance(value, str) else ""
    return f"{text[: _LONGEST - 6]}…{length}"


def expected(what: str, value: object) -> str:
    """The message for a value that is not ``what``.

    >>> expected("a string", 123)
    'expected a string, got 123'
    """
    return f"expected {what}, got {show(value)}"


def fail(message: str, error: type[ValidationError] = ValidationError) -> NoReturn:
    """Raise ``error`` with one problem, at the value itself (``$``)."""
    raise error([Problem("$", message)]) from None
