"""Error messages, built in one place: every one quotes the bad value."""

from __future__ import annotations

from typing import NoReturn

from .exceptions import Problem, ValidationError

_LONGEST = 80


def show(value: object) -> str:
    """Quote ``value`` for a message, shortened when long.

    >>> show("x" * 100)  # doctest: +ELLIPSIS
    "'xxxxxxxx...x… (102 characters)"
    """
    text = repr(value)
    if len(text) <= _LONGEST:
        return text
    return f"{text[: _LONGEST - 6]}… ({len(text)} characters)"


def expected(what: str, value: object) -> str:
    """The message for a value that is not ``what``.

    >>> expected("a string", 123)
    'expected a string, got 123'
    """
    return f"expected {what}, got {show(value)}"


def fail(message: str, error: type[ValidationError] = ValidationError) -> NoReturn:
    """Raise ``error`` with one problem, at the value itself (``$``)."""
    raise error([Problem("$", message)]) from None
