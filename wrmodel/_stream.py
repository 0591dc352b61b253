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

    ``record`` names it: ``line 3``, ``item 0``, ``document``. Each record's text is decoded
    as ``loads`` decodes a document, limits included.
    """
    converter = _for(style)
    if style == "cli":
        raise ValueError("JSON Lines hold api or sdk records, not the CLI's output")
    for record, text in _records(iter(_lines(source)), converter.max_bytes):
        try:
            if isinstance(text, DecodeError):
                raise text
            yield record, converter.loads(text, cls)
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


def _records(
    lines: Iterator[bytes], max_bytes: int
) -> Iterator[tuple[str, bytes | str | DecodeError]]:
    """``(record, text)`` pairs: the JSON text of each record, or a ``DecodeError``.

    The input is a JSON array (read item by item), JSON Lines, or one JSON document over
    several lines (a first line that is not JSON on its own, such as ``{``).
    """
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text:
            continue
        if text.startswith(b"["):
            yield from _array(line, lines, max_bytes)
            return
        try:
            orjson.loads(text)
        except orjson.JSONDecodeError:
            rest = list(lines)
            whole = b"".join([line, *rest])
            if _is_json(whole):
                yield "document", whole
            else:
                yield from _json_lines(enumerate([line, *rest], number))
            return
        yield from _json_lines(enumerate([line], number))
        yield from _json_lines(enumerate(lines, number + 1))
        return


def _is_json(text: bytes) -> bool:
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        return False
    return True


def _json_lines(numbered: Iterable[tuple[int, bytes]]) -> Iterator[tuple[str, bytes]]:
    for number, line in numbered:
        if line.strip():
            yield f"line {number}", line


def _array(
    first: bytes, lines: Iterator[bytes], max_bytes: int
) -> Iterator[tuple[str, str | DecodeError]]:
    """The text of each item of the JSON array that begins in ``first``, a chunk at a time.

    After a broken item nothing can be trusted: the error is the last record.
    """
    index = 0
    try:
        text = _Text(first, lines, max_bytes)
        text.peek()
        text.take(1)  # the "["
        if text.peek() == "]":
            text.take(1)
        else:
            while True:
                yield f"item {index}", text.item()
                index += 1
                mark = text.peek()
                if mark == "]":
                    text.take(1)
                    break
                if mark != ",":
                    raise _bad(f"expected ',' or ']' after item {index - 1}")
                text.take(1)
        if text.peek():
            raise _bad("text after the end of the array")
    except DecodeError as error:
        yield f"item {index}", error


class _Text:
    """The unread text of a stream: what ``peek``, ``take`` and ``item`` have not used.

    The standard library's ``raw_decode`` finds where each item ends; only the unread part
    is held, so memory stays as small as the largest item. Its errors are ``DecodeError``.
    """

    def __init__(self, first: bytes, lines: Iterator[bytes], max_bytes: int) -> None:
        self._lines = lines
        self._max = max_bytes
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._decoder = json.JSONDecoder(parse_constant=_no_constant)
        self.buffer = ""
        self.done = False
        self._add(first)

    def _add(self, chunk: bytes | None) -> None:
        try:
            self.buffer += self._utf8.decode(chunk or b"", final=chunk is None)
        except UnicodeDecodeError as error:
            raise _bad(f"not valid UTF-8: {error}") from None

    def _more(self, size: int) -> None:
        """Read at least ``size`` more bytes, or to the end."""
        got = 0
        while not self.done and got < size:
            chunk = next(self._lines, None)
            self._add(chunk)
            self.done = chunk is None
            got += len(chunk or b"")

    def peek(self) -> str:
        """The next character that is not blank; empty at the end."""
        self.buffer = self.buffer.lstrip()
        while not self.buffer and not self.done:
            self._more(_CHUNK)
            self.buffer = self.buffer.lstrip()
        return self.buffer[:1]

    def take(self, n: int) -> None:
        self.buffer = self.buffer[n:]

    def item(self) -> str:
        """The text of the next JSON value."""
        self.peek()
        want = _CHUNK
        while True:
            try:
                _, end = self._decoder.raw_decode(self.buffer)
            except RecursionError:
                raise _bad("not valid JSON: nested too deeply") from None
            except ValueError as error:  # JSONDecodeError, or a NaN or Infinity token
                if self.done or not _maybe_incomplete(error, len(self.buffer)):
                    raise _bad(f"not valid JSON: {error}") from None
            else:
                # A number, say, could go on in what is unread: only a delimiter ends it.
                if self.done or self.buffer[end : end + 1] in _DELIMITERS:
                    text = self.buffer[:end]
                    self.take(end)
                    return text
            if len(self.buffer) > self._max:
                raise _bad(f"an item is longer than the limit of {self._max} (max_bytes)")
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
