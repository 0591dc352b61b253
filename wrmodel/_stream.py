"""Streams of records: JSON Lines, and JSON arrays of any size, in constant memory."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar, overload

import orjson

from ._codec import StyleName
from ._converter import _for, dumps
from ._models import WorkRequest
from .exceptions import DecodeError, Problem

_T = TypeVar("_T")

Source = str | os.PathLike[str] | IO[bytes] | Iterable[bytes | str]
#: Read this much of a JSON array at a time; doubled while one item does not fit.
_CHUNK = 1 << 16
#: What may follow an item of an array.
_DELIMITERS = frozenset(" \t\r\n,]")


@overload
def iter_jsonl(
    source: Source,
    *,
    style: StyleName = ...,
    on_error: Callable[[DecodeError], object] | None = ...,
) -> Iterator[WorkRequest]: ...
@overload
def iter_jsonl(
    source: Source,
    cls: type[_T],
    *,
    style: StyleName = ...,
    on_error: Callable[[DecodeError], object] | None = ...,
) -> Iterator[_T]: ...
def iter_jsonl(
    source: Source,
    cls: Any = WorkRequest,
    *,
    style: StyleName = "api",
    on_error: Callable[[DecodeError], object] | None = None,
) -> Iterator[Any]:
    """Decode records one at a time from JSON Lines, or from a JSON array.

    ``source`` is a path, a binary file, or an iterable of lines (``bytes`` or ``str``).
    Memory stays constant however long the input. Blank lines are skipped. A source whose
    first character is ``[`` is read as one JSON array, item by item; one whose first line
    is not JSON on its own (a pretty-printed object) as a single document.

    A bad record raises ``DecodeError`` whose ``record`` names it (``line 8``, ``item 3``);
    with ``on_error``, it is passed there instead and reading goes on.

    >>> import wrmodel
    >>> lines = [b'{"message": "a"}', b"", b'{"message": "b"}']
    >>> [e.message for e in iter_jsonl(lines, wrmodel.WorkRequestLogEntry)]
    ['a', 'b']
    """
    for _, result in decode_records(source, cls, style):
        if isinstance(result, DecodeError):
            if on_error is None:
                raise result
            on_error(result)
        else:
            yield result


def decode_records(source: Source, cls: Any, style: StyleName = "api") -> Iterator[tuple[str, Any]]:
    """``(record, result)`` for each record of ``source``: the object, or its DecodeError.

    ``record`` names it: ``line 3``, ``item 0``, ``document``.
    """
    converter = _for(style)
    if style == "cli":
        raise ValueError("JSON Lines hold api or sdk records, not the CLI's output")
    for record, value in _records(iter(_lines(source))):
        try:
            if isinstance(value, DecodeError):
                raise value
            yield record, converter.structure_wire(value, cls)
        except DecodeError as error:
            name = error.subject or getattr(cls, "__name__", "")
            yield record, DecodeError(error.problems, name, record)


def _lines(source: Source) -> Iterator[bytes]:
    """The lines of ``source``, as bytes."""
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as file:  # noqa: PTH123 (a path or a str)
            yield from file
        return
    for line in source:
        yield line.encode() if isinstance(line, str) else line


def _records(lines: Iterator[bytes]) -> Iterator[tuple[str, Any]]:
    """``(record, value)`` pairs: each value parsed, or a ``DecodeError`` for bad JSON.

    The input is a JSON array (read item by item), JSON Lines, or one JSON document over
    several lines (a first line that is not JSON on its own, such as ``{``).
    """
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text:
            continue
        if text.startswith(b"["):
            yield from _array(line, lines)
            return
        try:
            first = orjson.loads(text)
        except orjson.JSONDecodeError:
            rest = list(lines)
            try:
                yield "document", orjson.loads(b"".join([line, *rest]))
            except orjson.JSONDecodeError:
                yield from _json_lines(enumerate([line, *rest], number))
            return
        yield f"line {number}", first
        yield from _json_lines(enumerate(lines, number + 1))
        return


def _json_lines(numbered: Iterable[tuple[int, bytes]]) -> Iterator[tuple[str, Any]]:
    for number, line in numbered:
        text = line.strip()
        if text:
            try:
                yield f"line {number}", orjson.loads(text)
            except orjson.JSONDecodeError as error:
                yield f"line {number}", _bad(f"not valid JSON: {error}")


def _array(first: bytes, lines: Iterator[bytes]) -> Iterator[tuple[str, Any]]:
    """The items of the JSON array that begins in ``first``, read a chunk at a time."""
    text = _Text(first, lines)
    text.take(1)  # the "["
    index = 0
    if text.peek() == "]":
        text.take(1)
    else:
        while True:
            record = f"item {index}"
            value = text.value()
            if isinstance(value, DecodeError):
                yield record, value
                return
            yield record, value
            index += 1
            mark = text.peek()
            if mark == "]":
                text.take(1)
                break
            if mark != ",":
                yield f"item {index}", _bad(f"expected ',' or ']' after item {index - 1}")
                return
            text.take(1)
    if text.peek():
        yield f"item {index}", _bad("text after the end of the array")


class _Text:
    """The unread text of a stream: what ``peek``, ``take`` and ``value`` have not used.

    The standard library's ``raw_decode`` reads one value at a time from it (its integers
    are exact); only the unread part is held, so memory stays as small as the largest item.
    """

    def __init__(self, first: bytes, lines: Iterator[bytes]) -> None:
        self._lines = lines
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._decoder = json.JSONDecoder(parse_constant=_no_constant)
        self.buffer = self._utf8.decode(first).lstrip()
        self.done = False

    def _more(self, size: int) -> None:
        """Read at least ``size`` more bytes, or to the end."""
        got = 0
        while not self.done and got < size:
            chunk = next(self._lines, None)
            if chunk is None:
                self.buffer += self._utf8.decode(b"", final=True)
                self.done = True
            else:
                self.buffer += self._utf8.decode(chunk)
                got += len(chunk)

    def peek(self) -> str:
        """The next character that is not blank; empty at the end."""
        self.buffer = self.buffer.lstrip()
        while not self.buffer and not self.done:
            self._more(_CHUNK)
            self.buffer = self.buffer.lstrip()
        return self.buffer[:1]

    def take(self, n: int) -> None:
        self.buffer = self.buffer[n:]

    def value(self) -> Any:
        """The next JSON value, or a ``DecodeError`` if it is not one."""
        self.peek()
        want = _CHUNK
        while True:
            try:
                value, end = self._decoder.raw_decode(self.buffer)
            except ValueError as error:  # JSONDecodeError, or a NaN or Infinity token
                if self.done or not _maybe_incomplete(error, len(self.buffer)):
                    return _bad(f"not valid JSON: {error}")
            else:
                # A number, say, could go on in what is unread: only a delimiter ends it.
                if self.done or self.buffer[end : end + 1] in _DELIMITERS:
                    self.take(end)
                    return value
            self._more(want)
            want *= 2  # an item larger than a chunk: read more each time, not quadratically


def _maybe_incomplete(error: ValueError, length: int) -> bool:
    r"""Whether ``error`` may only say that the text stops before the value ends.

    So it may when it is about the last characters (a ``\\uXXXX`` escape is six) or about a
    string that does not end.
    """
    if not isinstance(error, json.JSONDecodeError):
        return False
    return error.pos >= length - 6 or error.msg.startswith("Unterminated string")


def _bad(message: str) -> DecodeError:
    return DecodeError([Problem("$", message)])


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def dump_jsonl(
    objs: Iterable[Any], target: str | os.PathLike[str] | IO[bytes], *, style: StyleName = "api"
) -> int:
    r"""Write ``objs`` as JSON Lines to ``target`` (a path or a binary file); return how many.

    >>> import io, wrmodel
    >>> out = io.BytesIO()
    >>> dump_jsonl([wrmodel.WorkRequestLogEntry(message="a")] * 2, out)
    2
    >>> out.getvalue()
    b'{"message":"a"}\n{"message":"a"}\n'
    """
    if style == "cli":
        raise ValueError("JSON Lines hold api or sdk records, not the CLI's output")
    if isinstance(target, str | os.PathLike):
        with open(target, "wb") as file:  # noqa: PTH123 (a path or a str)
            return dump_jsonl(objs, file, style=style)
    count = 0
    for obj in objs:
        target.write(dumps(obj, style=style) + b"\n")
        count += 1
    return count
