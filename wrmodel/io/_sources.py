"""Where records come from: bytes of files, streams and iterables, gzip unpacked.

And what is not text at all, named as the command names it.
"""

from __future__ import annotations

import io
import itertools
import os
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Protocol, cast

from wrmodel._errors import show
from wrmodel._sniff import GZIP, not_text
from wrmodel.exceptions import DecodeError, Problem


class Readable(Protocol):
    """What a binary file has for reading: ``read(size)``."""

    def read(self, size: int, /) -> bytes | str: ...


Source = str | os.PathLike[str] | Readable | Iterable[bytes | str]

#: Read this much at a time; an array item larger than this is read in doubling steps.
CHUNK = 1 << 16


def pieces_of(source: Source) -> tuple[Iterator[bytes], bool]:
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


def is_gzip(path: str | os.PathLike[str]) -> bool:
    """Whether the file at ``path`` is read as gzip data: by its name or its magic number."""
    with open(path, "rb") as file:  # noqa: PTH123 (a path or a str)
        return _gzip_named(path) or file.read(len(GZIP)) == GZIP


def unpacked(chunks: Iterator[bytes], *, gzip_named: bool = False) -> Iterator[bytes]:
    """The chunks, decompressed if they are gzip data: by name, or by gzip's magic number."""
    first = b""
    for chunk in chunks:
        first += chunk
        if len(first) >= len(GZIP):
            break
    if gzip_named or first.startswith(GZIP):
        yield from _gunzip(itertools.chain([first], chunks))
    elif first:
        yield first
        yield from chunks


def _gunzip(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The data of gzip ``chunks``, a chunk at a most at a time; members one after another too.

    Each step inflates at most ``CHUNK`` bytes, so a small input that inflates hugely (a
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
                out = inflate.decompress(pending, CHUNK)
            except zlib.error as error:
                raise text_error(f"not valid gzip data: {error}") from None
            if out:
                yield out
            if inflate.eof:  # another member may follow, as ``cat a.gz b.gz`` makes
                pending = inflate.unused_data
                inflate = zlib.decompressobj(wbits=31)
                begun = False
            else:
                pending = inflate.unconsumed_tail
    if begun:
        raise text_error("not valid gzip data: it ends early (cut short?)")


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
    refuse_if_not_text(text)
    return text


def _chunks(read: Callable[[int], bytes | str]) -> Iterator[bytes]:
    while chunk := read(CHUNK):
        yield _as_bytes(chunk)


def refuse_if_not_text(head: bytes) -> None:
    what = not_text(head)
    if what is not None:
        raise text_error(f"not JSON text: {what}")


def text_error(message: str) -> DecodeError:
    """The error of input that cannot be read as records at all: ``message`` at ``$``."""
    return DecodeError([Problem("$", message)])
