"""The values of a JSON array, or of documents one after another, one at a time.

Read in bounded memory, each value with its text.
"""

from __future__ import annotations

import codecs
import itertools
import json
import math
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

import msgspec

from wrmodel._sniff import bad_utf8
from wrmodel.exceptions import DecodeError
from wrmodel.wire._engine import ITEMS

from ._sources import CHUNK, text_error

#: What may follow a value that could go on (a number, say) in an array.
_DELIMITERS = frozenset(" \t\r\n,]")

_BLANK = re.compile(r"[ \t\r\n]*")


class Parsed(NamedTuple):
    """A value of an array or a run of documents: its text, and the value read from it.

    The value is what ``loads`` would read, or ``UNSURE`` where the standard library and
    orjson may read the text differently (escaped surrogates, numbers too large for a float):
    then the text is decoded again by ``loads``.
    """

    text: str
    value: Any


#: Stands for a value that ``loads`` must read again.
UNSURE: Any = object()

#: An escaped surrogate, which orjson refuses alone and the standard library takes.
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _no_constant(name: str) -> Any:
    """Refuse ``NaN`` and ``Infinity``, which the standard library's parser takes."""
    raise ValueError(f"{name} is not JSON")


def array_values(
    pieces: Iterator[bytes], max_bytes: int
) -> Iterator[tuple[int, Parsed | DecodeError]]:
    """The text of each item of the JSON array that ``pieces`` hold, a chunk at a time.

    After a broken item nothing can be trusted: the error is the last record.
    """
    index = 0
    try:
        text = _Text(pieces, max_bytes)
        text.peek()
        text.take(1)  # the "["
        if text.peek() == "]":
            text.take(1)
        else:
            while True:
                yield index, text.value()
                index += 1
                mark = text.peek()
                if mark == "]":
                    text.take(1)
                    break
                if mark != ",":
                    raise text_error(f"expected ',' or ']' after item {index - 1}")
                text.take(1)
        if text.peek():
            raise text_error("text after the end of the array")
    except DecodeError as error:
        yield index, error


class Batch(NamedTuple):
    """Records, from number ``first`` on, each as its text (checked, not built)."""

    first: int
    items: list[msgspec.Raw]
    #: How a record is named, by its number: ``item {}``, ``document {}``.
    name: str = "item {}"


#: How many places a batch may end at are tried, from the last, when the count misleads.
_TRIES = 64

#: Blanks, then the comma after an item.
_COMMA = re.compile(rb"[ \t\r\n]*,")


def array_items(
    pieces: Iterator[bytes], max_bytes: int
) -> Iterator[tuple[int, Batch | Parsed | DecodeError]]:
    """The items of the JSON array that ``pieces`` hold: in batches while the text allows.

    A batch ends where an item does, after a ``}`` followed by a ``,`` at the array's own
    level, found by counting brackets (in C) and checked by msgspec reading the batch as an
    array, which refuses any other place (inside a string, or a nested value: brackets in
    strings can mislead the count, and then the places before are tried). Memory is bounded
    by a chunk and the largest item. Where no batch can be made in two chunks (broken text,
    an item longer than a chunk or over ``max_bytes``), the rest is read an item at a time by
    ``array_values``, which says what is wrong.
    """
    index = 0
    parts: list[bytes] = []
    size = 0  # of the parts
    buffer = b""
    opened = False
    for piece in pieces:
        parts.append(piece)
        size += len(piece)
        if size < CHUNK:
            continue  # a batch is tried once a chunk more has come, however small the pieces
        buffer += b"".join(parts)
        parts, size = [], 0
        if not opened:  # the "[" (the format was told by it, in the first chunk)
            buffer, opened = buffer.lstrip()[1:], True
        batch = _batch(buffer, max_bytes)
        if batch is not None:
            cut, items = batch
            yield index, Batch(index, items)
            index += len(items)
            buffer = buffer[_COMMA.match(buffer, cut).end() :]  # type: ignore[union-attr]
        elif len(buffer) > 2 * CHUNK:  # broken text, or an item longer than a chunk
            break
    else:  # the end of the input: the rest of the array, whole
        buffer += b"".join(parts)
        if not opened:
            buffer = buffer.lstrip()[1:]
        last = _whole_items(b"[" + buffer, max_bytes)
        if last is not None:
            if last:
                yield index, Batch(index, last)
            return
    rest = itertools.chain([b"[" + buffer], pieces)
    for i, value in array_values(rest, max_bytes):
        yield index + i, value


def _batch(buffer: bytes, max_bytes: int) -> tuple[int, list[msgspec.Raw]] | None:
    """The end of the first items of ``buffer`` (after their last ``}``), and the items."""
    misled = []
    for balanced, cut in itertools.islice(_ends(buffer), _TRIES):
        if not balanced:
            misled.append(cut)
            continue
        items = _items(buffer, cut, max_bytes)
        if items is not None:
            return cut, items
    for cut in misled:  # brackets in strings misled the count
        items = _items(buffer, cut, max_bytes)
        if items is not None:
            return cut, items
    return None


def _ends(buffer: bytes) -> Iterator[tuple[bool, int]]:
    """Each place after a ``}`` followed by a comma, from the last; whether brackets balance."""
    net = _net(buffer)  # of buffer[:end]
    end = len(buffer)
    while True:
        brace = buffer.rfind(b"}", 0, end)
        if brace < 0:
            return
        net -= _net(buffer[brace + 1 : end])
        if _COMMA.match(buffer, brace + 1):
            yield net == 0, brace + 1
        end = brace
        net += 1  # before the "}", one more bracket is open


def _items(buffer: bytes, cut: int, max_bytes: int) -> list[msgspec.Raw] | None:
    """The items of ``buffer[:cut]``, if they are whole items, none over ``max_bytes``."""
    return _whole_items(b"[" + buffer[:cut] + b"]", max_bytes)


def _whole_items(text: bytes, max_bytes: int) -> list[msgspec.Raw] | None:
    """The items of the array ``text``, if it is one of UTF-8 text with none over ``max_bytes``.

    None otherwise: ``array_values`` says what is wrong, where it is in the input.
    """
    try:
        text.decode()  # UTF-8, which msgspec does not check in what it does not build
        items = ITEMS.decode(text)
    except (UnicodeDecodeError, msgspec.DecodeError, RecursionError):
        return None
    return items if all(len(item) <= max_bytes for item in items) else None


def _net(text: bytes) -> int:
    """How many more brackets ``text`` opens than it closes."""
    return text.count(b"{") + text.count(b"[") - text.count(b"}") - text.count(b"]")


#: Where one document may end and the next begin: a "}", blanks, a "{". In JSON text that
#: is only between documents, or inside a string.
_BETWEEN = re.compile(rb"\}[ \t\r\n]*\{")
#: One JSON document, as its text.
_DOCUMENT = msgspec.json.Decoder(msgspec.Raw)


def document_items(
    pieces: Iterator[bytes], max_bytes: int
) -> Iterator[tuple[str, Batch | Parsed | DecodeError]]:
    """The JSON documents of ``pieces``, one after another: in batches while the text allows.

    Documents are split where a ``}`` is followed by a ``{`` (only blanks between), each
    checked by msgspec; where that fails (such text inside a string, broken text, a document
    longer than a chunk), the rest is read a document at a time by ``document_values``.
    """
    number = 1
    buffer = b""
    for piece in pieces:
        buffer += piece
        if len(buffer) < CHUNK:
            continue
        between = list(_BETWEEN.finditer(buffer))
        docs = _documents(buffer[: between[-1].start() + 1], max_bytes) if between else None
        if docs is None:
            if len(buffer) > 2 * CHUNK:  # broken text, or a document longer than a chunk
                break
            continue
        yield f"document {number}", Batch(number, docs, "document {}")
        number += len(docs)
        buffer = buffer[between[-1].end() - 1 :]
    else:  # the end of the input: the rest, whole
        docs = _documents(buffer, max_bytes)
        if docs is not None:
            yield f"document {number}", Batch(number, docs, "document {}")
            return
    for name, value in document_values(itertools.chain([buffer], pieces), max_bytes):
        yield f"document {number + int(name.removeprefix('document ')) - 1}", value


def _documents(text: bytes, max_bytes: int) -> list[msgspec.Raw] | None:
    """The documents of ``text``, if each is one of UTF-8 text, none over ``max_bytes``."""
    try:
        text.decode()  # UTF-8, which msgspec does not check in what it does not build
        docs = [_DOCUMENT.decode(part) for part in _split_documents(text)]
    except (UnicodeDecodeError, msgspec.DecodeError, RecursionError):
        return None
    return docs if all(len(doc) <= max_bytes for doc in docs) else None


def _split_documents(text: bytes) -> Iterator[bytes]:
    start = 0
    for between in _BETWEEN.finditer(text):
        yield text[start : between.start() + 1]
        start = between.end() - 1
    yield text[start:]


def document_values(
    pieces: Iterator[bytes], max_bytes: int
) -> Iterator[tuple[str, Parsed | DecodeError]]:
    """The text of each JSON document of ``pieces``, one after another.

    After broken JSON nothing can be trusted: the error is the last record.
    """
    number = 1
    try:
        text = _Text(pieces, max_bytes)
        while text.peek():
            yield f"document {number}", text.value()
            number += 1
    except DecodeError as error:
        yield f"document {number}", error


class _Text:
    """The unread text of a stream, from ``pos`` on: what ``peek``, ``take``, ``value`` left.

    The standard library's ``raw_decode`` reads each value from ``pos``, so no value's
    reading copies the rest of the buffer; what it reads is kept, so that the value need
    not be read again (by ``loads``) unless the two could differ. The buffer holds the unread
    part and what the last read added: memory is bounded by the largest value and a chunk, and each
    byte is copied a bounded number of times. Its errors are ``DecodeError``.
    """

    def __init__(self, pieces: Iterator[bytes], max_bytes: int) -> None:
        self._pieces = pieces
        self._max = max_bytes
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._decoder = json.JSONDecoder(parse_constant=_no_constant, parse_float=self._float)
        self._infinite = False
        #: Whether an escape (``\\u``) was read: only then may a value hold a surrogate.
        self._escapes = False
        #: How many bytes were decoded so far.
        self._read = 0
        self.buffer = ""
        self.pos = 0
        self.done = False

    @property
    def _too_long(self) -> str:
        return f"an item is longer than the limit of {self._max} (max_bytes)"

    def _float(self, text: str) -> float:
        value = float(text)
        self._infinite = self._infinite or value in (math.inf, -math.inf)
        return value

    def _decode(self, piece: bytes | None) -> str:
        piece_ = piece or b""
        self._escapes = self._escapes or b"\\u" in piece_ or piece_.endswith(b"\\")
        pending = len(self._utf8.getstate()[0])  # the end of the last piece, not yet decoded
        try:
            text = self._utf8.decode(piece_, final=piece is None)
        except UnicodeDecodeError as error:
            where = bad_utf8(error.object, error.start, self._read - pending)
            raise text_error(f"not JSON text: {where}") from None
        self._read += len(piece_)
        return text

    def _more(self, size: int) -> None:
        """Read at least ``size`` more bytes, or to the end; drop what was read before."""
        parts = [self.buffer[self.pos :]]
        got = 0
        while not self.done and got < size:
            piece = next(self._pieces, None)
            parts.append(self._decode(piece))
            self.done = piece is None
            got += len(piece or b"")
        self.buffer = "".join(parts)
        self.pos = 0

    def peek(self) -> str:
        """The next character that is not blank; empty at the end."""
        self.pos = _BLANK.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
        while self.pos == len(self.buffer) and not self.done:
            self._more(CHUNK)
            self.pos = _BLANK.match(self.buffer).end()  # type: ignore[union-attr]
        return self.buffer[self.pos : self.pos + 1]

    def take(self, n: int) -> None:
        self.pos += n

    def value(self) -> Parsed:
        """The next JSON value and its text."""
        self.peek()
        want = CHUNK
        while True:
            self._infinite = False
            try:
                value, end = self._decoder.raw_decode(self.buffer, self.pos)
            except RecursionError:
                raise text_error("not valid JSON: nested too deeply") from None
            except ValueError as error:  # JSONDecodeError, or a NaN or Infinity token
                if self.done or not maybe_incomplete(error, len(self.buffer)):
                    raise text_error(f"not valid JSON: {error}") from None
            else:
                # A number, say, could go on in what is unread: only a delimiter ends it.
                if (
                    self.done
                    or self.buffer[end - 1] in '}]"'
                    or self.buffer[end : end + 1] in _DELIMITERS
                ):
                    if end - self.pos > self._max:
                        raise text_error(self._too_long)
                    text = self.buffer[self.pos : end]
                    self.pos = end
                    if self._infinite or (self._escapes and _SURROGATE.search(text)):
                        value = UNSURE
                    return Parsed(text, value)
            if len(self.buffer) - self.pos > self._max:
                raise text_error(self._too_long)
            self._more(want)
            want *= 2  # a value larger than a chunk: read more each time, not quadratically


def maybe_incomplete(error: ValueError, length: int) -> bool:
    r"""Whether ``error`` may only say that the text stops before the value ends.

    So it may when it is about the last characters (a ``\\uXXXX`` escape is six) or about a
    string that does not end.
    """
    if not isinstance(error, json.JSONDecodeError):
        return False
    return error.pos >= length - 6 or error.msg.startswith("Unterminated string")
