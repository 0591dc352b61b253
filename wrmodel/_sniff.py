"""What input that is not JSON text is: compressed data, archives, binary data, other encodings.

Shared by ``loads`` and the streams, so that both name such input the same way.
"""

from __future__ import annotations

import re

#: How gzip data begins (its magic number and the deflate method).
GZIP = b"\x1f\x8b\x08"
_GZIP_ONLY = "(wrmodel reads gzip)"
#: The beginnings of what is not JSON text, and what it is said to be.
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


#: A surrogate as a str encoded with ``surrogatepass`` writes it (UTF-8 has none).
_SURROGATE = re.compile(rb"\xed[\xa0-\xbf]")


def not_utf8(data: bytes) -> str | None:
    """Where ``data`` stops being UTF-8, said as a person would; None if it is UTF-8.

    >>> not_utf8('{"id": "é"}'.encode("latin-1"))
    'not UTF-8 text (the byte 0xe9 at offset 8)'
    """
    try:
        data.decode()
    except UnicodeDecodeError as error:
        return bad_utf8(data, error.start)
    return None


def bad_utf8(data: bytes, at: int, offset: int = 0) -> str:
    r"""What is at ``data[at]``, where UTF-8 decoding failed; ``offset``: where ``data`` begins.

    >>> bad_utf8(b'"\xed\xa0\x80"', 1)
    'not UTF-8 text (a lone surrogate at offset 1, which UTF-8 cannot hold)'
    """
    where = offset + at
    if _SURROGATE.match(data, at):
        return f"not UTF-8 text (a lone surrogate at offset {where}, which UTF-8 cannot hold)"
    return f"not UTF-8 text (the byte 0x{data[at]:02x} at offset {where})"
