"""What the command reads: the bundled samples, and files as records, named when unreadable."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from importlib import resources
from typing import IO, Any

from wrmodel.exceptions import DecodeError
from wrmodel.wire._converter import CliResponse, Converter, read_json
from wrmodel.wire._styles import STYLES as STYLES_OF
from wrmodel.wire._styles import StyleName

from ._sources import read_document
from ._stream import Unknowns, decode_records, reader
from ._terminal import Progress

SAMPLE = "02_in_progress_resources_logs.json"


class UsageError(Exception):
    """A bad option, a missing file, unreadable input: one line on stderr, exit status 2."""


def sample(name: str = SAMPLE) -> bytes:
    """The bytes of a bundled sample document."""
    return resources.files("wrmodel").joinpath("samples", name).read_bytes()


def enveloped(style: str) -> bool:
    """Whether ``style``'s documents sit in an envelope with headers (the CLI's output)."""
    return STYLES_OF[style].envelope is not None  # type: ignore[index]


def open_input(name: str) -> tuple[IO[bytes], int | None]:
    """The binary stream of file ``name`` (``-``: standard input), and its size if known."""
    if name == "-":
        return sys.stdin.buffer, None
    try:
        file = open(name, "rb")  # noqa: SIM115, PTH123 (closed by the caller)
        return file, os.fstat(file.fileno()).st_size
    except OSError as error:
        raise unreadable(name, error) from None


def unreadable(name: str, error: OSError | DecodeError) -> UsageError:
    """The error of a file that cannot be read, or is not JSON text at all (say what it is)."""
    if isinstance(error, DecodeError):
        return UsageError(f"cannot read {name}: {error.problems[0].message}")
    return UsageError(f"cannot read {name}: {error.strerror or error}")


def records(
    name: str, cls: Any, style: StyleName, unknown: Unknowns = "keep"
) -> Iterator[tuple[str, Any]]:
    """``(record, object or DecodeError)`` for each record of file ``name``.

    The progress bar is cleared before a bad record is handed on, to be reported. A file
    that cannot be read, is not JSON text or whose gzip data is broken raises ``UsageError``.
    """
    file, size = open_input(name)
    progress = Progress(size, sys.stderr, file, name)
    try:
        if enveloped(style):
            converter = reader(style, unknown)
            text = read_document(progress, converter.max_bytes)
            yield from cli_records(text, cls, converter)
            return
        for record, result in decode_records(progress, cls, style, unknown):
            progress.record()
            if isinstance(result, DecodeError):
                progress.clear()
            yield record, result
    except (OSError, DecodeError) as error:  # raised, not handed on: not about one record
        raise unreadable(name, error) from None
    finally:
        progress.close()
        if file is not sys.stdin.buffer:
            file.close()


def cli_records(text: bytes, cls: Any, converter: Converter) -> Iterator[tuple[str, Any]]:
    """The records of the OCI CLI's output: its data, a list (``list``) or one object (``get``)."""
    try:
        response = cli_response(text, cls, converter)
    except DecodeError as error:
        yield "document", error
        return
    if not isinstance(response.data, list):
        yield "document", response.data
        return
    for i, obj in enumerate(response.data):
        yield f"item {i}", obj


def cli_response(text: bytes, cls: Any, converter: Converter) -> CliResponse[Any]:
    """The OCI CLI's output, read as a list of ``cls`` or one, as its data is."""
    try:
        value = read_json(text) if text.strip() else {}
    except ValueError:  # orjson's JSONDecodeError
        value = None  # read_cli says what is wrong
    listed = isinstance(value, dict) and isinstance(value.get("data", []), list)
    return converter.read_cli(text, list[cls] if listed else cls)
