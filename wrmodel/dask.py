r"""Decode and summarize archives of work requests on Dask, with the answers of one process.

JSON Lines files are cut into byte ranges of about ``blocksize``, each aligned on lines (a
line belongs to the range its first byte is in): no pass over the data comes first. Each
range numbers its lines from 1; a range learns how many lines come before it from the line
counts of the ranges before it, which are a by-product of reading them, so that every bad
record is named by its file and line, right across range boundaries. A file that is not
JSON Lines (one array, or documents one after another) is read whole, by one task.

Summaries are built per range and merged in input order by a tree reduction: counts add up,
duration sketches merge exactly, and the failed requests listed are the first ones, so the
result is the one ``wrmodel summary`` prints in one process, to the byte.

Needs the ``dask`` extra: ``pip install 'wrmodel[dask]'``.

>>> import tempfile, pathlib, wrmodel, dask
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.jsonl").write_bytes(b'{"message": "a"}\n{"message": 1}\n')
>>> bag = read_jsonl([folder / "a.jsonl"], wrmodel.WorkRequestLogEntry, bad="keep")
>>> with dask.config.set(scheduler="sync"):
...     [getattr(x, "record", x) for x in bag.compute()]  # doctest: +ELLIPSIS
[WorkRequestLogEntry(message='a'), '.../a.jsonl: line 2']
"""

from .io._dask import (
    BLOCKSIZE,
    Outcome,
    Range,
    check,
    local_cluster,
    ranges,
    read_jsonl,
    summarize,
)

__all__ = (
    "BLOCKSIZE",
    "Outcome",
    "Range",
    "check",
    "local_cluster",
    "ranges",
    "read_jsonl",
    "summarize",
)
