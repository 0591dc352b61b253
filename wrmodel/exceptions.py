"""The exceptions wrmodel raises: one base, each concrete error also a builtin.

>>> import wrmodel
>>> try:
...     wrmodel.loads(b'{"id": 123, "operationType": "DELETE_COMPARTMENT"}')
... except ValueError as e:
...     print(e)
2 problems decoding WorkRequest:
  $.id: expected a string, got 123
  $.status: required field is missing
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = (
    "DecodeError",
    "EncodeError",
    "Problem",
    "ValidationError",
    "WrModelError",
)


class WrModelError(Exception):
    """The base of every error wrmodel raises."""


@attrs.frozen
class Problem:
    """One thing wrong with an input: where, and what.

    ``path`` is a JSON path such as ``$.resources[1].actionType``; ``$`` is the input itself.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(WrModelError, ValueError):
    """A value breaks a model's rules; ``problems`` lists every one, with its path.

    Raised by the models' constructors, where paths use attribute names
    (``$.percent_complete``).
    """

    #: What the message says was being built ("WorkRequest"); empty when not known.
    subject: str
    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem], subject: str = "") -> None:
        self.problems = tuple(problems)
        self.subject = subject
        super().__init__(self._message())

    def _message(self) -> str:
        doing = f" {self._verb} {self.subject}" if self.subject else ""
        if len(self.problems) == 1:
            return f"{self.problems[0]}" + (f" ({doing.strip()})" if doing else "")
        lines = "".join(f"\n  {p}" for p in self.problems)
        return f"{len(self.problems)} problems{doing}:{lines}"

    _verb = "building"

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Problem, ...], str]]:
        return type(self), (self.problems, self.subject)


class DecodeError(ValidationError):
    """An input to ``loads``, ``structure`` or ``parse_rfc3339`` is not a valid document.

    Paths use the keys of the document (``$.resources[1].actionType``); ``$`` is the
    document itself. Text that is not JSON and a wrong top-level type are decode errors too.
    """

    _verb = "decoding"


class EncodeError(WrModelError, TypeError):
    """An object cannot be written.

    It is not a model (or a list of models), or it holds what JSON cannot carry, such as a
    string with lone surrogates, or (for ``format_rfc3339``) a naive datetime.
    """
