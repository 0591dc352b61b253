"""Writing many records: JSON Lines, and arrays a record at a time."""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from typing import IO, Any, Protocol

from wrmodel._errors import show
from wrmodel.wire._converter import dumps, shared_converter
from wrmodel.wire._styles import StyleName

from ._stream import converter_for


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
    if isinstance(target, io.TextIOBase):
        name = getattr(target, "name", None)
        what = "a text stream" if name is None else f"a file opened as text ({show(name)})"
        msg = f"dump_jsonl writes bytes: expected a path or a binary file (mode 'wb'), got {what}"
        raise TypeError(msg)
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
        self.count = 0

    def item(self, obj: Any) -> bytes:
        """The text of ``obj`` as an item of the array."""
        return self._converter.item_text(obj)

    def write(self, item: bytes) -> None:
        """Put an item's text in the array."""
        array = self._converter.array
        self._target.write((array.between if self.count else array.head) + item)
        self.count += 1

    def close(self) -> None:
        """End the array (the CLI prints nothing for an empty list)."""
        array = self._converter.array
        self._target.write(array.tail if self.count else array.empty)


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
