"""Streams of records: JSON Lines, JSON arrays of any size, documents one after another."""

from __future__ import annotations

import codecs
import io
import itertools
import json
import math
import os
import re
import textwrap
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import IO, Any, NamedTuple, Protocol, TypeVar, cast, overload

from wrmodel._errors import show
from wrmodel.exceptions import DecodeError, EncodeError, Problem
from wrmodel.models._models import WorkRequest
from wrmodel.wire._codec import StyleName
from wrmodel.wire._converter import Converter, dumps, read_json, shared_converter

_T = TypeVar("_T")


class Readable(Protocol):
    """What a binary file has for reading: ``read(size)``."""

    def read(self, size: int, /) -> bytes | str: ...


Source = str | os.PathLike[str] | Readable | Iterable[bytes | str]
#: Read this much at a time; an array item larger than this is read in doubling steps.
_CHUNK = 1 << 16
#: How much of the input decides its format, at most (plus one piece of it).
_PREFIX = 1 << 16
#: What may follow a value that could go on (a number, say) in an array.
_DELIMITERS = frozenset(" \t\r\n,]")
_BLANK = re.compile(r"[ \t\r\n]*")


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
    """Decode records one at a time from JSON Lines, JSON arrays or concatenated documents.

    ``source`` is a path, a binary file (read in chunks), or an iterable of lines (``bytes``
    or ``str``). Time is linear and memory bounded by the largest record, however long the
    input. The format is told from its beginning (64 KiB at most):

    - JSON Lines: a record per line (``line 8``), or a page of records, a JSON array, per
      line (``line 8, item 3``); blank lines are skipped;
    - one JSON array of any size, compact on one line or pretty-printed (``item 3``);
    - JSON documents one after another, such as ``jq '.[]'`` or ``cat a.json b.json`` print
      (``document 2``).

    A path or a binary file may hold gzip data (``.gz``, or gzip's magic number; members one
    after another too): it is decompressed as it is read, in bounded memory. Input that is
    not JSON text at all (other compressed data, a NUL byte in its first 8 KiB, UTF-16, a
    first character that is not UTF-8) and broken gzip data raise a ``DecodeError`` at
    ``$`` whatever ``on_error`` is: they are not records.

    A bad record raises ``DecodeError`` whose ``record`` names it; with ``on_error``, it is
    passed there instead and reading goes on. In an array or a run of documents, nothing
    after broken JSON can be trusted: that error is the last record.

    >>> import wrmodel
    >>> lines = [b'{"message": "a"}', b"", b'[{"message": "b"}, {"message": "c"}]']
    >>> [e.message for e in iter_jsonl(lines, wrmodel.WorkRequestLogEntry)]
    ['a', 'b', 'c']
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

    ``record`` names it: ``line 3``, ``line 3, item 0``, ``item 0``, ``document 1``. Each
    record's text is decoded as ``loads`` decodes a document, limits included.
    """
    converter = converter_for(style)
    pieces, by_line = _pieces(source)
    for record, item in _records(pieces, by_line, converter.max_bytes):
        yield record, decode_item(converter, item, cls, record)


def converter_for(style: StyleName) -> Converter:
    """The converter of ``style``, which must be one that JSON Lines hold."""
    converter = shared_converter(style)
    if converter.envelope:
        raise ValueError("JSON Lines hold api or sdk records, not the CLI's output")
    return converter


def decode_item(
    converter: Converter, item: bytes | Parsed | DecodeError, cls: Any, record: str
) -> Any:
    """The object of one record's text, or its ``DecodeError`` naming ``record``."""
    try:
        if isinstance(item, DecodeError):
            raise item
        if isinstance(item, bytes):
            return converter.loads(item, cls)
        if item.value is not _UNSURE:
            try:
                return converter.structure_wire(item.value, cls)
            except DecodeError:
                pass  # loads says what is wrong, in its own words
        return converter.loads(item.text, cls)
    except DecodeError as error:
        return DecodeError(error.problems, error.subject or getattr(cls, "__name__", ""), record)


class Parsed(NamedTuple):
    """A value of an array or a run of documents: its text, and the value read from it.

    The value is what ``loads`` would read, or ``_UNSURE`` where the standard library and
    orjson may read the text differently (escaped surrogates, numbers too large for a float):
    then the text is decoded again by ``loads``.
    """

    text: str
    value: Any


#: Stands for a value that ``loads`` must read again.
_UNSURE: Any = object()
#: An escaped surrogate, which orjson refuses alone and the standard library takes.
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _pieces(source: Source) -> tuple[Iterator[bytes], bool]:
    """The bytes of ``source`` piece by piece, and whether each piece is a line.

    Files are read in chunks; an iterable's items are its lines. A ``str`` item is encoded
    as it is: lone surrogates become bytes that are not UTF-8, refused where they are read.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        raise TypeError(
            f"expected a path, a binary file or an iterable of lines, got {type(source).__name__}"
            ": for JSON text in memory, pass [text] or io.BytesIO(text), or use wrmodel.loads"
        )
    if isinstance(source, str) and (source.lstrip()[:1] in ("{", "[") or "\n" in source):
        raise TypeError(
            f"expected a path, got JSON text {show(source)}: pass [text], or use wrmodel.loads"
        )
    if isinstance(source, str | os.PathLike):
        return chunks_of_path(source), False
    read = getattr(source, "read", None)
    if read is not None and not isinstance(source, io.TextIOBase):
        return chunks_of(cast("Readable", source)), False
    try:
        lines = iter(source)  # type: ignore[arg-type]  # a text file, or any iterable
    except TypeError:
        raise TypeError(
            f"expected a path, a binary file or an iterable of lines, got {show(source)}"
        ) from None
    return map(_as_bytes, lines), True


def _as_bytes(line: bytes | str) -> bytes:
    if isinstance(line, str):
        return line.encode("utf-8", "surrogatepass")
    if not isinstance(line, bytes | bytearray | memoryview):
        raise TypeError(f"expected lines of bytes or str, got {show(line)}")
    return bytes(line)


def chunks_of_path(path: str | os.PathLike[str]) -> Generator[bytes, None, None]:
    """The bytes of the file at ``path`` a chunk at a time, decompressed if gzip data."""
    with open(path, "rb") as file:  # noqa: PTH123 (a path or a str)
        yield from chunks_of(file)


def chunks_of(source: Readable) -> Iterator[bytes]:
    """The bytes of a binary file a chunk at a time, decompressed if gzip data.

    gzip data by the file's ``name``, if it has one, or by gzip's magic number.
    """
    return unpacked(_chunks(source.read), gzip_named=_gzip_named(getattr(source, "name", "")))


def _gzip_named(name: object) -> bool:
    return isinstance(name, str | os.PathLike) and str(os.fspath(name)).endswith(".gz")


#: gzip's magic number (and its one compression method, deflate).
_GZIP = b"\x1f\x8b\x08"


def is_gzip(path: str | os.PathLike[str]) -> bool:
    """Whether the file at ``path`` is read as gzip data: by its name or its magic number."""
    with open(path, "rb") as file:  # noqa: PTH123 (a path or a str)
        return _gzip_named(path) or file.read(len(_GZIP)) == _GZIP


def unpacked(chunks: Iterator[bytes], *, gzip_named: bool = False) -> Iterator[bytes]:
    """The chunks, decompressed if they are gzip data: by name, or by gzip's magic number."""
    first = b""
    for chunk in chunks:
        first += chunk
        if len(first) >= len(_GZIP):
            break
    if gzip_named or first.startswith(_GZIP):
        yield from _gunzip(itertools.chain([first], chunks))
    elif first:
        yield first
        yield from chunks


def _gunzip(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The data of gzip ``chunks``, a chunk at a most at a time; members one after another too.

    Each step inflates at most ``_CHUNK`` bytes, so a small input that inflates hugely (a
    "zip bomb") is read as any large input is, a chunk at a time.
    """
    import zlib  # noqa: PLC0415 (only for gzip input)

    inflate = zlib.decompressobj(wbits=31)
    begun = False  # whether the current member has begun
    for chunk in chunks:
        pending = chunk
        while pending:
            begun = True
            try:
                out = inflate.decompress(pending, _CHUNK)
            except zlib.error as error:
                raise _bad(f"not valid gzip data: {error}") from None
            if out:
                yield out
            if inflate.eof:  # another member may follow, as ``cat a.gz b.gz`` makes
                pending = inflate.unused_data
                inflate = zlib.decompressobj(wbits=31)
                begun = False
            else:
                pending = inflate.unconsumed_tail
    if begun:
        raise _bad("not valid gzip data: it ends early (cut short?)")


def read_document(source: Readable, max_bytes: int) -> bytes:
    """The text of one document from a binary file (decompressed if gzip data).

    At most ``max_bytes`` and one more are read: ``loads`` refuses a longer text, so memory
    stays bounded. Raises ``DecodeError`` for input that is not JSON text.
    """
    parts: list[bytes] = []
    size = 0
    for piece in chunks_of(source):
        parts.append(piece)
        size += len(piece)
        if size > max_bytes:
            break
    text = b"".join(parts)[: max_bytes + 1]
    _refuse_if_not_text(text)
    return text


def _chunks(read: Callable[[int], bytes | str]) -> Iterator[bytes]:
    while chunk := read(_CHUNK):
        yield _as_bytes(chunk)


def _records(
    pieces: Iterator[bytes], by_line: bool, max_bytes: int
) -> Iterator[tuple[str, bytes | Parsed | DecodeError]]:
    """``(record, text)`` pairs: the JSON text of each record, or a ``DecodeError``.

    The format is told from the first line and what follows it, within a bounded prefix:
    JSON Lines when the first line is JSON on its own (and, for an array, when more lines
    follow); documents one after another when the first value spans lines; else one array.
    """
    head, kind = read_head(pieces, by_line)
    rest = itertools.chain(head, pieces)
    if kind == "array":
        for index, value in _array(rest, max_bytes):
            yield f"item {index}", value
    elif kind == "documents":
        yield from _documents(rest, max_bytes)
    elif kind == "lines":
        lines = rest if by_line else _split_lines(rest)
        for number, item, text in line_records(lines, max_bytes):
            yield line_name(number, item), text


def read_head(pieces: Iterator[bytes], by_line: bool) -> tuple[list[bytes], str | None]:
    """The pieces read to tell the format, and the format.

    ``lines``, ``array``, ``documents``, or None for an input with nothing but blanks.
    """
    head: list[bytes] = []
    size = 0
    exhausted = True
    for piece in pieces:
        head.append(piece)
        size += len(piece)
        if size >= _PREFIX or _decided(head, by_line):
            exhausted = False
            break
    text = b"".join(head)
    _refuse_if_not_text(text)
    start = len(text) - len(text.lstrip())
    if start == len(text):
        return head, None
    first_line, more = _first_line(head, by_line, exhausted=exhausted)
    valid = first_line is not None and _is_json(first_line)
    if text[start : start + 1] == b"[" and not (valid and more):
        return head, "array"
    if text[start : start + 1] == b"{" and not valid and _one_value_spans_lines(text, size):
        return head, "documents"
    return head, "lines"


#: The beginnings of what is not JSON text, and what it is said to be.
_GZIP_ONLY = "(wrmodel reads gzip)"
_MAGIC = tuple(
    (re.compile(magic), what)
    for magic, what in (
        (rb"BZh[1-9]1AY&SY", f"bzip2-compressed data {_GZIP_ONLY}"),
        (rb"\xfd7zXZ\x00", f"xz-compressed data {_GZIP_ONLY}"),
        (rb"\x28\xb5\x2f\xfd", f"zstd-compressed data {_GZIP_ONLY}"),
        (rb"\x04\x22\x4d\x18", f"lz4-compressed data {_GZIP_ONLY}"),
        (rb"PK\x03\x04", f"a zip archive {_GZIP_ONLY}"),
        (rb"7z\xbc\xaf\x27\x1c", f"a 7z archive {_GZIP_ONLY}"),
        (rb"\xff\xfe|\xfe\xff", "UTF-16 text (wrmodel reads UTF-8)"),
    )
)
#: How far a NUL byte is looked for: binary data has one early (git and grep look so).
_NUL_WITHIN = 8 << 10


def not_text(head: bytes) -> str | None:
    r"""What the input beginning with ``head`` seems to be, if not JSON text; else None.

    Compressed data and archives by their magic numbers; binary data by a NUL byte in its
    first 8 KiB (JSON text never holds one: control characters are escaped in strings);
    text that is not UTF-8 by its first character. Later invalid UTF-8 is a bad record.

    >>> not_text(b'{"id": "a"}') is None
    True
    >>> not_text(b"\xfd7zXZ\x00...")
    'xz-compressed data (wrmodel reads gzip)'
    >>> not_text(b'{"id": "\x00"}')
    'binary data (a NUL byte at offset 8)'
    """
    for magic, what in _MAGIC:
        if magic.match(head):
            return what
    nul = head.find(b"\x00", 0, _NUL_WITHIN)
    if nul >= 0:
        return f"binary data (a NUL byte at offset {nul})"
    try:
        head[:4].decode()
    except UnicodeDecodeError as error:
        if error.start == 0 and error.reason != "unexpected end of data":
            return f"not UTF-8 text (it begins with the byte 0x{head[0]:02x})"
    return None


def _refuse_if_not_text(head: bytes) -> None:
    what = not_text(head)
    if what is not None:
        raise _bad(f"not JSON text: {what}")


def line_records(
    lines: Iterable[bytes], max_bytes: int, first: int = 1
) -> Iterator[tuple[int, int | None, bytes | Parsed | DecodeError]]:
    """``(line number, item index or None, text)`` of each record of JSON Lines.

    A line holding an array holds a record per item; blank lines are skipped. Lines are
    numbered from ``first``.
    """
    for number, line in enumerate(lines, first):
        if line.strip():
            if line.lstrip().startswith(b"["):
                for index, item in _array(iter([line]), max_bytes):
                    yield number, index, item
            else:
                yield number, None, line


def line_name(number: int, index: int | None) -> str:
    """How a record of JSON Lines is named: ``line 8``, or ``line 8, item 3``."""
    return f"line {number}" if index is None else f"line {number}, item {index}"


def _decided(head: list[bytes], by_line: bool) -> bool:
    """Whether ``head`` tells the format, short of the end of the input and of the prefix.

    A first line that is JSON on its own does (for an array, once more text follows); one
    that begins an array and is not does; one that begins an object and is not needs the
    whole prefix, to tell one document over several lines from broken lines.
    """
    first_line, more = _first_line(head, by_line, exhausted=False)
    if first_line is None:
        return False
    if _is_json(first_line):
        return more or not first_line.startswith(b"[")
    return not first_line.startswith(b"{")


def _first_line(head: list[bytes], by_line: bool, *, exhausted: bool) -> tuple[bytes | None, bool]:
    """The first line of ``head`` that is not blank, if it ends there, and whether more follows.

    A piece is a line when ``by_line``; else a line ends at a newline, or where the input
    does (``exhausted``).
    """
    if by_line:
        lines = [p for p in head if p.strip()]
        return (lines[0] if lines else None), len(lines) > 1
    text = b"".join(head).lstrip()
    end = text.find(b"\n")
    if end < 0:
        return (text if exhausted else None), False
    return text[:end], bool(text[end:].strip())


def _is_json(text: bytes) -> bool:
    try:
        read_json(text)
    except ValueError:  # orjson's JSONDecodeError
        return False
    return True


def _one_value_spans_lines(head: bytes, size: int) -> bool:
    """Whether ``head`` begins with one JSON value over several lines, or may (if cut short).

    A syntax error in the first value means broken lines, read as such.
    """
    text = head.decode("utf-8", "replace")
    start = len(text) - len(text.lstrip())
    try:
        _, end = json.JSONDecoder().raw_decode(text, start)
    except RecursionError:
        return True  # too deep for a line: the document's reading says so
    except ValueError as error:
        return size >= _PREFIX and _maybe_incomplete(error, len(text))
    return "\n" in text[start:end]


def _no_constant(name: str) -> Any:
    """Refuse ``NaN`` and ``Infinity``, which the standard library's parser takes."""
    raise ValueError(f"{name} is not JSON")


def _split_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of text that comes in ``chunks``."""
    carry = b""
    for chunk in chunks:
        lines = (carry + chunk).split(b"\n")
        carry = lines.pop()
        yield from lines
    if carry:
        yield carry


def _array(pieces: Iterator[bytes], max_bytes: int) -> Iterator[tuple[int, Parsed | DecodeError]]:
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
                    raise _bad(f"expected ',' or ']' after item {index - 1}")
                text.take(1)
        if text.peek():
            raise _bad("text after the end of the array")
    except DecodeError as error:
        yield index, error


def _documents(
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
        try:
            return self._utf8.decode(piece or b"", final=piece is None)
        except UnicodeDecodeError as error:
            raise _bad(f"not valid UTF-8: {error}") from None

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
            self._more(_CHUNK)
            self.pos = _BLANK.match(self.buffer).end()  # type: ignore[union-attr]
        return self.buffer[self.pos : self.pos + 1]

    def take(self, n: int) -> None:
        self.pos += n

    def value(self) -> Parsed:
        """The next JSON value and its text."""
        self.peek()
        want = _CHUNK
        while True:
            self._infinite = False
            try:
                value, end = self._decoder.raw_decode(self.buffer, self.pos)
            except RecursionError:
                raise _bad("not valid JSON: nested too deeply") from None
            except ValueError as error:  # JSONDecodeError, or a NaN or Infinity token
                if self.done or not _maybe_incomplete(error, len(self.buffer)):
                    raise _bad(f"not valid JSON: {error}") from None
            else:
                # A number, say, could go on in what is unread: only a delimiter ends it.
                if (
                    self.done
                    or self.buffer[end - 1] in '}]"'
                    or self.buffer[end : end + 1] in _DELIMITERS
                ):
                    if end - self.pos > self._max:
                        raise _bad(self._too_long)
                    text = self.buffer[self.pos : end]
                    self.pos = end
                    if self._infinite or (self._escapes and _SURROGATE.search(text)):
                        value = _UNSURE
                    return Parsed(text, value)
            if len(self.buffer) - self.pos > self._max:
                raise _bad(self._too_long)
            self._more(want)
            want *= 2  # a value larger than a chunk: read more each time, not quadratically


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
    converter_for(style)  # one whose records JSON Lines hold
    if isinstance(target, str | os.PathLike):
        with open(target, "wb") as file:  # noqa: PTH123 (a path or a str)
            return dump_jsonl(objs, file, style=style)
    count = 0
    for obj in objs:
        target.write(dumps(obj, style=style) + b"\n")
        count += 1
    return count


class _Writable(Protocol):
    def write(self, data: bytes, /) -> object: ...


class ArrayWriter:
    """Writes the bytes of ``dumps(list, style=style)`` a record at a time, to ``target``.

    ``item(obj)`` is a record's text as the array holds it (``EncodeError`` if it cannot be
    written); ``write`` puts it in the array; ``close`` ends the array. Memory holds one
    record, however many there are.
    """

    def __init__(self, target: _Writable, style: StyleName = "api") -> None:
        self._target = target
        self._converter = shared_converter(style)
        self._key = self._converter.envelope
        self.count = 0

    def item(self, obj: Any) -> bytes:
        """The text of ``obj`` as an item of the array."""
        if self._key is None:
            return self._converter.dumps(obj)
        # The CLI's output: the data indented by two levels, as ``json.dumps(indent=2)``
        # nests it.
        data = self._converter.unstructure_wire(obj)
        text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
        try:
            return textwrap.indent(text, "    ").encode()
        except UnicodeEncodeError as error:
            raise EncodeError(f"cannot encode {show(obj)}: {error}") from None

    def write(self, item: bytes) -> None:
        """Put an item's text in the array."""
        if self._key is None:
            lead = b"," if self.count else b"["
        else:
            lead = f'{{\n  "{self._key}": [\n'.encode() if not self.count else b",\n"
        self._target.write(lead + item)
        self.count += 1

    def close(self) -> None:
        """End the array (the CLI prints nothing for an empty list)."""
        if self._key is None:
            self._target.write(b"]" if self.count else b"[]")
        elif self.count:
            self._target.write(b"\n  ]\n}\n")


def write_array(objs: Iterable[Any], target: _Writable, *, style: StyleName = "api") -> int:
    """Write ``objs`` as ``dumps(list(objs), style=style)`` does, a record at a time.

    Memory holds one record, however many there are. Returns how many were written.

    >>> import io, wrmodel
    >>> out = io.BytesIO()
    >>> write_array([wrmodel.WorkRequestLogEntry(message="a")] * 2, out)
    2
    >>> out.getvalue() == wrmodel.dumps([wrmodel.WorkRequestLogEntry(message="a")] * 2)
    True
    """
    writer = ArrayWriter(target, style)
    for obj in objs:
        writer.write(writer.item(obj))
    writer.close()
    return writer.count
