"""How long ``import wrmodel`` takes, against the import of its dependencies alone.

    python -m benchmarks.imports            # 21 fresh interpreters
    python -m benchmarks.imports --runs 5

Each run is a fresh interpreter that imports attrs, cattrs, pendulum, msgspec and orjson,
then wrmodel, timing each step. The package's bytecode is compiled first (as ``pip install``
does), so no run pays for compiling wrmodel's sources. The figure is the median of
``(dependencies + wrmodel) / dependencies`` over the runs, with the spread.
"""

from __future__ import annotations

import argparse
import compileall
import os
import pathlib
import statistics
import subprocess
import sys

import wrmodel

CODE = """
import time
t = time.perf_counter()
import attrs, cattrs, pendulum, msgspec, orjson
deps = time.perf_counter() - t
t = time.perf_counter()
import wrmodel
print(deps, time.perf_counter() - t)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.imports")
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args(argv)
    compileall.compile_dir(pathlib.Path(wrmodel.__file__).parent, quiet=1)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(  # noqa: S603 (this interpreter, our code)
            [sys.executable, "-c", CODE], capture_output=True, text=True, check=True, env=env
        )
        deps, own = map(float, out.stdout.split())
        runs.append((deps, own))
    ratios = sorted((deps + own) / deps for deps, own in runs)
    deps = statistics.median(d for d, _ in runs) * 1e3
    own = statistics.median(o for _, o in runs) * 1e3
    print(f"dependencies {deps:.1f} ms, wrmodel's own {own:.1f} ms (medians of {args.runs})")
    print(
        f"import wrmodel: {statistics.median(ratios):.2f}× the dependencies' import"
        f" (from {ratios[0]:.2f} to {ratios[-1]:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
