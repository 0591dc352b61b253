"""Summaries of an archive in one process and on Dask: records per second and per CPU-second.

    python -m benchmarks.distributed [RECORDS] [FILES]     (1 000 000 records in 16 files)

The archive is JSON Lines of benchmark-corpus records, written to a temporary folder. The
summary is built by ``iter_jsonl`` and ``Summary`` in this process, then by
``wrmodel.dask.summarize`` on a local cluster of 1 and of 2 worker processes (one thread
each), and the three are checked to print the same. CPU time is this process's, plus the
workers' (asked of them before and after). Run it on an otherwise idle machine: the ratio
of 2 workers to one process is what counts.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import distributed
import orjson

from benchmarks.corpus import record
from wrmodel import Summary, iter_jsonl
from wrmodel import dask as on_dask


def write(folder: Path, records: int, files: int) -> list[Path]:
    rng = random.Random(20160918)
    paths = [folder / f"{i:02d}.jsonl" for i in range(files)]
    for i, path in enumerate(paths):
        count = records // files + (i < records % files)
        with path.open("wb") as out:
            for _ in range(count):
                out.write(orjson.dumps(record(rng)) + b"\n")
    return paths


def one_process(paths: list[Path]) -> tuple[Summary, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    summary = Summary()
    for path in paths:
        for wr in iter_jsonl(path):
            summary.add(wr)
    return summary, time.perf_counter() - wall, time.process_time() - cpu


def on_workers(paths: list[Path], workers: int) -> tuple[Summary, float, float]:
    with on_dask.local_cluster(workers) as cluster, distributed.Client(cluster) as client:
        before = sum(client.run(time.process_time).values())
        wall, cpu = time.perf_counter(), time.process_time()
        outcome = on_dask.summarize(paths, blocksize=16 << 20)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        cpu += sum(client.run(time.process_time).values()) - before
    assert outcome.summary is not None
    return outcome.summary, wall, cpu


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    records = int(args[0]) if args else 1_000_000
    files = int(args[1]) if len(args) > 1 else 16
    with tempfile.TemporaryDirectory() as folder:
        paths = write(Path(folder), records, files)
        size = sum(p.stat().st_size for p in paths)
        print(f"{records} records in {files} files, {size / 1e6:.0f} MB")
        runs = {
            "one process (iter_jsonl)": one_process(paths),
            "Dask, 1 worker": on_workers(paths, 1),
            "Dask, 2 workers": on_workers(paths, 2),
        }
    texts = {summary.render() for summary, _, _ in runs.values()}
    assert len(texts) == 1, "the summaries differ"
    print(f"{'':<26}{'seconds':>9}{'records/s':>11}{'records/CPU-s':>15}")
    for name, (_, wall, cpu) in runs.items():
        print(f"{name:<26}{wall:>9.1f}{records / wall:>11,.0f}{records / cpu:>15,.0f}")
    base = runs["one process (iter_jsonl)"][1]
    print(f"2 workers ÷ one process, records per second: {base / runs['Dask, 2 workers'][1]:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
