"""Archives of work requests on Dask (public as ``wrmodel.dask``)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from typing import Any, Literal

import attrs

try:
    import dask
    import dask.bag
    from dask.delayed import Delayed, delayed
except ImportError as error:  # pragma: no cover (the extra is installed for the tests)
    raise ImportError("wrmodel.dask needs Dask: pip install 'wrmodel[dask]'") from error

from wrmodel.exceptions import DecodeError
from wrmodel.lifecycle._summary import Summary
from wrmodel.models._identity import WorkRequest
from wrmodel.wire._styles import StyleName

from ._sources import chunks_of_path, is_gzip
from ._stream import (
    Unknowns,
    converter_for,
    decode_item,
    decode_records,
    line_name,
    line_records,
    read_head,
)

#: How many bytes of a file one task reads, by default.
BLOCKSIZE = 32 << 20

#: How a record is known inside its range: its final name, or its line in the range and
#: its item in that line.
_Key = str | tuple[int, int | None]


@attrs.frozen
class Range:
    """The part of a file one task reads: ``start`` to ``end`` bytes, or the whole file."""

    path: str
    start: int
    end: int
    #: Read as a whole (not JSON Lines), its records named as ``iter_jsonl`` names them.
    whole: bool = False


def ranges(paths: Sequence[str | os.PathLike[str]], blocksize: int = BLOCKSIZE) -> list[Range]:
    """The ranges the files are read in, in input order.

    Only the head of each file is read, to tell JSON Lines from other forms. A gzip file is
    read whole, by one task: it cannot be split. Input that is not JSON text raises the
    ``DecodeError`` that ``iter_jsonl`` would.
    """
    if isinstance(blocksize, bool) or not isinstance(blocksize, int) or blocksize < 1:
        raise ValueError(f"blocksize must be a positive number of bytes, not {blocksize!r}")
    result = []
    for given in paths:
        path = os.fspath(given)
        size = os.stat(path).st_size  # noqa: PTH116 (a path or a str)
        with contextlib.closing(chunks_of_path(path)) as pieces:
            _, kind = read_head(pieces, by_line=False)
        if kind != "lines" or is_gzip(path):
            result.append(Range(path, 0, size, whole=True))
        else:
            result += [Range(path, s, min(s + blocksize, size)) for s in range(0, size, blocksize)]
    return result


def _lines(part: Range) -> Iterator[bytes]:
    """The lines whose first byte is in the range, without their newlines."""
    with open(part.path, "rb") as file:  # noqa: PTH123 (a path or a str)
        if part.start:
            file.seek(part.start - 1)
            if file.read(1) != b"\n":
                file.readline()  # the rest of a line that began before the range
        position = file.tell()
        while position < part.end:
            line = file.readline()
            if not line:
                break
            position += len(line)
            yield line.removesuffix(b"\n")


def _decode(
    part: Range, cls: Any, style: StyleName, unknown: Unknowns
) -> tuple[list[tuple[_Key, Any]], int]:
    """The records of a range, each an object or a ``DecodeError``, and its line count."""
    lines = [0]
    records = list(_records(part, cls, style, unknown, lines))
    return records, lines[0]


def _records(
    part: Range, cls: Any, style: StyleName, unknown: Unknowns, lines: list[int]
) -> Iterator[tuple[_Key, Any]]:
    """The records of a range, one at a time; ``lines[0]`` counts its lines as they go."""
    if part.whole:
        yield from decode_records(part.path, cls, style, unknown)
        return
    converter = converter_for(style, unknown)

    def counted() -> Iterator[bytes]:
        for line in _lines(part):
            lines[0] += 1
            yield line

    for number, index, text in line_records(counted(), converter.max_bytes):
        yield (number, index), decode_item(converter, text, cls, "")


def _name(key: _Key, before: int) -> str:
    return key if isinstance(key, str) else line_name(before + key[0], key[1])


def _named(error: DecodeError, path: str, record: str) -> DecodeError:
    return DecodeError(error.problems, error.subject, f"{path}: {record}")


def _objects(records: list[tuple[_Key, Any]], counts: list[int], path: str, bad: str) -> list[Any]:
    """The objects of a range; its bad records named by file and line, raised or kept."""
    before = sum(counts)
    result = []
    for key, value in records:
        if isinstance(value, DecodeError):
            error = _named(value, path, _name(key, before))
            if bad == "raise":
                raise error
            result.append(error)
        else:
            result.append(value)
    return result


def _earlier_counts(parts: list[Range], counts: list[Delayed], i: int) -> list[Delayed]:
    """The line counts of the ranges of the same file before range ``i``."""
    return [counts[j] for j in range(i) if parts[j].path == parts[i].path]


def read_jsonl(
    paths: Sequence[str | os.PathLike[str]],
    cls: Any = WorkRequest,
    *,
    style: StyleName = "api",
    unknown: Unknowns = "keep",
    blocksize: int = BLOCKSIZE,
    bad: Literal["raise", "keep"] = "raise",
) -> dask.bag.Bag:
    """A ``dask.bag.Bag`` of the records of the files, decoded as ``iter_jsonl`` decodes them.

    Each file is read in ranges of about ``blocksize`` bytes, in order. A bad record raises
    its ``DecodeError`` when the bag is computed (``bad="raise"``), or stays in the bag in
    its place (``bad="keep"``); either way its ``record`` names the file and the line
    (``archive/03.jsonl: line 8``). ``unknown`` is ``iter_jsonl``'s.
    """
    if bad not in ("raise", "keep"):
        raise ValueError(f"bad must be 'raise' or 'keep', not {bad!r}")
    converter_for(style, unknown)
    parts = ranges(paths, blocksize)
    decoded = [delayed(_decode, nout=2, pure=True)(part, cls, style, unknown) for part in parts]
    counts = [d[1] for d in decoded]
    objects = [
        delayed(_objects, pure=True)(d[0], _earlier_counts(parts, counts, i), parts[i].path, bad)
        for i, d in enumerate(decoded)
    ]
    bag: dask.bag.Bag = dask.bag.from_delayed(objects)  # type: ignore[no-untyped-call]
    return bag


@attrs.frozen
class Outcome:
    """What a distributed reading found, in input order."""

    #: How many records there were, good and bad.
    records: int
    #: ``(file, record, error)`` of each bad record.
    bad: list[tuple[str, str, DecodeError]]
    #: The summary of the good records (``summarize``), or None (``check``).
    summary: Summary | None = None


def _read(
    part: Range, cls: Any, style: StyleName, unknown: Unknowns, summarize: bool
) -> tuple[Summary | None, int, list[tuple[_Key, DecodeError]], int]:
    """A range's summary (if asked), record count, bad records and line count.

    Records are summarized as they are read, none kept: memory stays flat.
    """
    lines = [0]
    summary = Summary() if summarize else None
    bad = []
    count = 0
    for key, value in _records(part, cls, style, unknown, lines):
        count += 1
        if isinstance(value, DecodeError):
            bad.append((key, value))
            if summary is not None:
                summary.add_bad()
        elif summary is not None:
            summary.add(value)
    return summary, count, bad, lines[0]


def _merge(summaries: list[Summary]) -> Summary:
    result = summaries[0]
    for summary in summaries[1:]:
        result = result.merge(summary)
    return result


def _tree(summaries: list[Delayed], split_every: int) -> Delayed:
    """The summaries merged in order, ``split_every`` at a time, level by level."""
    while len(summaries) > 1:
        summaries = [
            delayed(_merge, pure=True)(summaries[i : i + split_every])
            for i in range(0, len(summaries), split_every)
        ]
    return summaries[0]


def summarize(
    paths: Sequence[str | os.PathLike[str]],
    cls: Any = WorkRequest,
    *,
    style: StyleName = "api",
    unknown: Unknowns = "keep",
    blocksize: int = BLOCKSIZE,
    split_every: int = 8,
    progress: bool = False,
) -> Outcome:
    """The summary of the files' records, computed on the current Dask scheduler.

    Returns an ``Outcome``: its ``summary`` is the same ``Summary`` as one process builds
    record by record, beside how many records there were and the bad ones, named by file
    and line. ``progress`` shows Dask's progress bar on standard error (with a
    ``distributed`` client). ``unknown`` is ``iter_jsonl``'s.
    """
    return _run(paths, cls, style, blocksize, split_every, unknown=unknown, progress=progress)


def check(
    paths: Sequence[str | os.PathLike[str]],
    cls: Any = WorkRequest,
    *,
    style: StyleName = "api",
    unknown: Unknowns = "keep",
    blocksize: int = BLOCKSIZE,
    progress: bool = False,
) -> Outcome:
    """How many records the files hold, and each bad one named by file and line.

    ``unknown="forbid"`` audits them: what this version does not know is a problem.
    """
    return _run(paths, cls, style, blocksize, None, unknown=unknown, progress=progress)


def _run(
    paths: Sequence[str | os.PathLike[str]],
    cls: Any,
    style: StyleName,
    blocksize: int,
    split_every: int | None,
    *,
    unknown: Unknowns,
    progress: bool,
) -> Outcome:
    converter_for(style, unknown)
    parts = ranges(paths, blocksize)
    if not parts:
        return Outcome(0, [], Summary() if split_every else None)
    done = [
        delayed(_read, nout=4, pure=True)(part, cls, style, unknown, split_every is not None)
        for part in parts
    ]
    summary = _tree([d[0] for d in done], split_every) if split_every else None
    wanted = [summary, [d[1] for d in done], [d[2] for d in done], [d[3] for d in done]]
    if progress:
        summary, records, bad, lines = _with_progress(wanted)
    else:
        summary, records, bad, lines = dask.compute(*wanted)  # type: ignore[attr-defined,no-untyped-call]
    named = []
    before: dict[str, int] = {}
    for part, errors, count in zip(parts, bad, lines, strict=True):
        offset = before.get(part.path, 0)
        for key, error in errors:
            record = _name(key, offset)
            named.append((part.path, record, _named(error, part.path, record)))
        before[part.path] = offset + count
    return Outcome(sum(records), named, summary)


def _with_progress(wanted: list[Any]) -> list[Any]:
    """Compute ``wanted`` on the current ``distributed`` client, its progress on stderr."""
    import contextlib  # noqa: PLC0415 (only for a terminal)
    import sys  # noqa: PLC0415

    import distributed  # noqa: PLC0415

    client = distributed.get_client()
    futures = client.compute(wanted)  # type: ignore[no-untyped-call]
    with contextlib.redirect_stdout(sys.stderr):  # Dask's text bar writes to stdout
        distributed.progress(futures)  # type: ignore[no-untyped-call]
    return client.gather(futures)  # type: ignore[no-any-return,no-untyped-call]


def local_cluster(workers: int) -> Any:
    """A ``distributed.LocalCluster`` of ``workers`` processes of one thread each.

    Dask's statistical profiler is off in its workers: it cost 10 to 15% of the time of
    decoding here (``python -m benchmarks.distributed``). Its dashboard takes a free port.
    """
    import distributed  # noqa: PLC0415 (only to start a cluster)

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return distributed.LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
