"""Error messages, built in one place: every one quotes the bad value."""

from __future__ import annotations

import re
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
    try:
        text = _REPR.repr(value)  # a __repr__ that fails gives "<Name instance at 0x...>"
    except ValueError:  # an integer too long for Python to write in decimal
        return f"an integer of {value.bit_length()} bits"  # type: ignore[attr-defined]
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


def key_path(path: str, key: object) -> str:
    """``path`` extended by ``key``: ``$.key``, or ``$['odd key']`` when not a plain name.

    >>> key_path("$", "timeAccepted"), key_path("$", "a b")
    ('$.timeAccepted', "$['a b']")
    """
    if isinstance(key, str) and _PLAIN_KEY.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{show(key)}]"


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
