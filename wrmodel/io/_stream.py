"""Streams of records: JSON Lines, JSON arrays of any size, documents one after another."""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, TypeVar, overload

from wrmodel.exceptions import DecodeError
from wrmodel.models._identity import WorkRequest
from wrmodel.wire._converter import Converter, make_converter, read_json, shared_converter
from wrmodel.wire._styles import StyleName

from ._scanner import (
    UNSURE,
    Batch,
    Parsed,
    array_items,
    document_items,
    maybe_incomplete,
)
from ._sources import Source, pieces_of, refuse_if_not_text

_T = TypeVar("_T")

#: What a reading of records does with keys and enum values this version does not know:
#: keeps them, or (an audit) makes each a problem at its path.
Unknowns = Literal["keep", "forbid"]

#: How much of the input decides its format, at most (plus one piece of it).
_PREFIX = 1 << 16


@overload
def iter_jsonl(
    source: Source,
    *,
    style: StyleName = ...,
    unknown: Unknowns = ...,
    on_error: Callable[[DecodeError], object] | None = ...,
) -> Iterator[WorkRequest]: ...


@overload
def iter_jsonl(
    source: Source,
    cls: type[_T],
    *,
    style: StyleName = ...,
    unknown: Unknowns = ...,
    on_error: Callable[[DecodeError], object] | None = ...,
) -> Iterator[_T]: ...


def iter_jsonl(
    source: Source,
    cls: Any = WorkRequest,
    *,
    style: StyleName = "api",
    unknown: Unknowns = "keep",
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

    What a newer API sent (keys and enum values this version does not know) is kept
    (``unknown="keep"``), or, for an audit of an archive, each is a problem at its path
    (``unknown="forbid"``): with ``on_error``, the rest is still read.

    >>> import wrmodel
    >>> lines = [b'{"message": "a"}', b"", b'[{"message": "b"}, {"message": "c"}]']
    >>> [e.message for e in iter_jsonl(lines, wrmodel.WorkRequestLogEntry)]
    ['a', 'b', 'c']
    """
    for _, result in decode_records(source, cls, style, unknown):
        if isinstance(result, DecodeError):
            if on_error is None:
                raise result
            on_error(result)
        else:
            yield result


def decode_records(
    source: Source, cls: Any, style: StyleName = "api", unknown: Unknowns = "keep"
) -> Iterator[tuple[str, Any]]:
    """``(record, result)`` for each record of ``source``: the object, or its DecodeError.

    ``record`` names it: ``line 3``, ``line 3, item 0``, ``item 0``, ``document 1``. Each
    record's text is decoded as ``loads`` decodes a document, limits included.
    """
    converter = converter_for(style, unknown)
    pieces, by_line = pieces_of(source)
    for record, item in _records(pieces, by_line, converter.max_bytes):
        if isinstance(item, Batch):  # records split in C, each decoded as loads decodes it
            for i, raw in enumerate(item.items, item.first):
                name = item.name.format(i)
                yield name, decode_item(converter, bytes(raw), cls, name)
        else:
            yield record, decode_item(converter, item, cls, record)


def converter_for(style: StyleName, unknown: Unknowns = "keep") -> Converter:
    """The converter of ``style`` and ``unknown``, which must be one that JSON Lines hold."""
    converter = reader(style, unknown)
    if converter.envelope:
        raise ValueError("JSON Lines hold api or sdk records, not the CLI's output")
    return converter


def reader(style: StyleName, unknown: Unknowns = "keep") -> Converter:
    """The shared converter that reads ``style`` keeping (or forbidding) what it does not know."""
    converter = shared_converter(style)  # checks the style
    if unknown == "keep":
        return converter
    if unknown != "forbid":
        raise ValueError(f"unknown must be 'keep' or 'forbid', not {unknown!r}")
    return _forbidding(style)


@functools.cache
def _forbidding(style: StyleName) -> Converter:
    return make_converter(style=style, unknown="forbid")


def decode_item(
    converter: Converter, item: bytes | Parsed | DecodeError, cls: Any, record: str
) -> Any:
    """The object of one record's text, or its ``DecodeError`` naming ``record``."""
    try:
        if isinstance(item, DecodeError):
            raise item
        if isinstance(item, bytes):
            return converter.loads(item, cls)
        if item.value is not UNSURE:
            try:
                return converter.structure_wire(item.value, cls)
            except DecodeError:
                pass  # loads says what is wrong, in its own words
        return converter.loads(item.text, cls)
    except DecodeError as error:
        return DecodeError(error.problems, error.subject or getattr(cls, "__name__", ""), record)


def _records(
    pieces: Iterator[bytes], by_line: bool, max_bytes: int
) -> Iterator[tuple[str, bytes | Batch | Parsed | DecodeError]]:
    """``(record, text)`` pairs: the JSON text of each record, or a ``DecodeError``.

    The format is told from the first line and what follows it, within a bounded prefix:
    JSON Lines when the first line is JSON on its own (and, for an array, when more lines
    follow); documents one after another when the first value spans lines; else one array.
    """
    head, kind = read_head(pieces, by_line)
    rest = itertools.chain(head, pieces)
    if kind == "array":
        for index, value in array_items(rest, max_bytes):
            yield f"item {index}", value
    elif kind == "documents":
        yield from document_items(rest, max_bytes)
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
    refuse_if_not_text(text)
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
                for index, item in array_items(iter([line]), max_bytes):
                    if isinstance(item, Batch):  # each item's text, for the engine
                        for i, raw in enumerate(item.items, index):
                            yield number, i, bytes(raw)
                    else:
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
        return size >= _PREFIX and maybe_incomplete(error, len(text))
    return "\n" in text[start:end]


def _split_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of text that comes in ``chunks``."""
    carry = b""
    for chunk in chunks:
        lines = (carry + chunk).split(b"\n")
        carry = lines.pop()
        yield from lines
    if carry:
        yield carry
