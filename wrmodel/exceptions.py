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
from typing import Any

import attrs

__all__ = (
    "DecodeError",
    "EncodeError",
    "Problem",
    "TransitionError",
    "ValidationError",
    "WorkRequestFailed",
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
    #: Which record of a stream was bad ("line 8", "item 3"); None for a single document.
    record: str | None

    def __init__(
        self, problems: Iterable[Problem], subject: str = "", record: str | None = None
    ) -> None:
        self.problems = tuple(problems)
        self.subject = subject
        self.record = record
        super().__init__(self._message())

    def _message(self) -> str:
        doing = f" {self._verb} {self.subject}" if self.subject else ""
        if self.record:
            doing += f" at {self.record}"
        if len(self.problems) == 1:
            return f"{self.problems[0]}" + (f" ({doing.strip()})" if doing else "")
        lines = "".join(f"\n  {p}" for p in self.problems)
        return f"{len(self.problems)} problems{doing}:{lines}"

    _verb = "building"

    def __reduce__(
        self,
    ) -> tuple[type[ValidationError], tuple[tuple[Problem, ...], str, str | None]]:
        return type(self), (self.problems, self.subject, self.record)


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


class TransitionError(WrModelError, ValueError):
    """A work request cannot make the change asked of it.

    An illegal status move, percent going down or above 100, time running backwards, a
    request in a status this version does not know. The message names the request and, for
    a status move, where it is, where it was asked to go and where it may go.
    """


class WorkRequestFailed(WrModelError):  # noqa: N818 (the name says what happened)
    """A work request FAILED, PARTIALLY_SUCCEEDED or was CANCELED; ``work_request`` is it.

    ``errors`` are its errors, for the requests that embed them (else empty: the families
    whose errors come from a list call).

    Raised by ``wrmodel.raise_for_status``; the message gives the status and lists each
    error's code and message.
    """

    work_request: Any
    errors: tuple[Any, ...]

    def __init__(self, work_request: Any) -> None:
        self.work_request = work_request
        self.errors = tuple(getattr(work_request, "errors", None) or ())
        lines = "".join(f"\n  {e.code}: {e.message}" for e in self.errors)
        super().__init__(
            f"work request {work_request.id!r} {work_request.status.value}"
            + (
                f" with {len(self.errors)} error(s):{lines}"
                if self.errors
                else " (no errors recorded)"
            )
        )

    def __reduce__(self) -> tuple[type[WorkRequestFailed], tuple[Any]]:
        return type(self), (self.work_request,)
