"""Streaming: one compact JSON array on one line against JSON Lines, time and peak memory.

    python -m benchmarks.streams [N]      (N records, 200 000 by default)

Both files hold the same N records of the benchmark corpus. Each is read by ``iter_jsonl``
from its path: the time is the median of interleaved repeats (no tracing), the peak memory
is measured in a separate pass under tracemalloc, at N and at N/10 records, to show that it
does not grow with the count. The ratio array ÷ lines is what counts.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import orjson

from benchmarks.corpus import record
from wrmodel import iter_jsonl


def write(folder: Path, n: int) -> dict[str, Path]:
    """The same ``n`` records as one-line array and as JSON Lines."""
    rng = random.Random(20160918)
    paths = {"array": folder / f"array-{n}.json", "lines": folder / f"lines-{n}.jsonl"}
    with paths["array"].open("wb") as array, paths["lines"].open("wb") as lines:
        array.write(b"[")
        for i in range(n):
            text = orjson.dumps(record(rng))
            array.write((b"," if i else b"") + text)
            lines.write(text + b"\n")
        array.write(b"]")
    return paths


def read(path: Path) -> int:
    return sum(1 for _ in iter_jsonl(path))


def peak(path: Path) -> int:
    tracemalloc.start()
    try:
        read(path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 200_000
    repeats = 3
    with tempfile.TemporaryDirectory() as folder:
        paths = write(Path(folder), n)
        small = write(Path(folder), max(1, n // 10))
        for name, path in paths.items():
            assert read(path) == n, name
        times: dict[str, list[float]] = {name: [] for name in paths}
        for _ in range(repeats):
            for name, path in paths.items():
                start = time.perf_counter()
                read(path)
                times[name].append(time.perf_counter() - start)
        print(f"{n} records; {paths['array'].stat().st_size / 1e6:.0f} MB as one line")
        print(f"{'format':<8}{'seconds':>10}{'µs/record':>11}{'peak MiB':>10}{f'at {n // 10}':>12}")
        medians = {name: statistics.median(t) for name, t in times.items()}
        for name, path in paths.items():
            print(
                f"{name:<8}{medians[name]:>10.2f}{medians[name] / n * 1e6:>11.1f}"
                f"{peak(path) / 2**20:>10.2f}{peak(small[name]) / 2**20:>12.2f}"
            )
        print(f"array ÷ lines, time: {medians['array'] / medians['lines']:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
