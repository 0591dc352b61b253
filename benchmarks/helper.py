"""A compiled timestamp formatter, measured and not shipped (issue 19, item 3).

    python -m benchmarks.helper             # 5 000 records, 21 rounds
    python -m benchmarks.helper --quick     # 200 records, 3 rounds

Builds ``stamp.c`` (the API's millisecond form of a DateTime in UTC, written in C; any other
value handed back to wrmodel's own formatter) with the compiler Python was built with, into a
temporary directory, checks that a converter whose writers call it writes the same bytes as
the default one, then times both, and strict pydantic, back to back in a new order each round, with the collector off.
It needs a C compiler and Python's headers, and says so when they are missing.
``benchmarks.timestamps`` gives the bound: what timestamps made free would save.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import pathlib
import random
import shlex
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

import attrs
import pendulum

import wrmodel
from wrmodel.models._time import format_aware
from wrmodel.wire._converter import Converter, make_converter

from . import corpus
from .peers import pydantic as peer

SOURCE = pathlib.Path(__file__).with_name("stamp.c")


def build(into: pathlib.Path) -> ModuleType:
    """Compile ``stamp.c`` into ``into`` and import it."""
    target = into / f"stamp{sysconfig.get_config_var('EXT_SUFFIX')}"
    command = [
        *shlex.split(sysconfig.get_config_var("LDSHARED") or "cc -shared"),
        "-O2",
        "-fPIC",
        f"-I{sysconfig.get_paths()['include']}",
        str(SOURCE),
        "-o",
        str(target),
    ]
    try:
        subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603 (our source)
    except (OSError, subprocess.CalledProcessError) as error:
        why = getattr(error, "stderr", None) or error
        msg = f"cannot build the helper (it needs a C compiler and Python's headers): {why}"
        raise SystemExit(msg) from None
    spec = importlib.util.spec_from_file_location("stamp", target)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def with_helper(stamp: ModuleType) -> Converter:
    """A default converter whose writers format the API's timestamps with ``stamp``."""
    stamp.setup(pendulum.UTC, format_aware)
    converter = make_converter()
    converter._codec.style = attrs.evolve(  # type: ignore[misc]
        converter._codec.style, time=stamp.api, time_expression="_format_time({v})"
    )
    return converter


def _seconds(function: Callable[[], Any]) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        function()
        return time.perf_counter() - start
    finally:
        gc.enable()


#: Timestamps the C code hands back to the fallback: before year 1000, finer than the
#: millisecond, in another zone; and one it writes.
EDGES = (
    pendulum.datetime(999, 1, 2, 3, 4, 5, 6000),
    pendulum.datetime(2016, 8, 25, 21, 10, 29, 600001),
    pendulum.datetime(2016, 8, 25, 21, 10, 29, 600000, tz="Europe/Paris"),
    pendulum.datetime(2016, 8, 25, 21, 10, 29),
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.helper")
    parser.add_argument("--records", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--quick", action="store_true", help="200 records, 3 rounds")
    args = parser.parse_args(argv)
    records, rounds = (200, 3) if args.quick else (args.records, args.rounds)
    data = corpus.corpus(records, 20160918)
    many = list[wrmodel.WorkRequest]
    with tempfile.TemporaryDirectory() as tmp:
        helper = with_helper(build(pathlib.Path(tmp)))
    normal = make_converter()
    objs = normal.loads(data, many)
    edges = [wrmodel.WorkRequestLogEntry(message="m", timestamp=t) for t in EDGES]
    if helper.dumps(objs) != normal.dumps(objs) or helper.dumps(edges) != normal.dumps(edges):
        raise SystemExit("the helper does not write wrmodel's bytes")
    theirs = peer.decode(data)
    calls = {
        "today": lambda: normal.dumps(objs),
        "helper": lambda: helper.dumps(objs),
        "pydantic": lambda: peer.encode(theirs),
    }
    ratios: dict[str, list[float]] = {"helper": [], "today": [], "saved": []}
    rng = random.Random(20160918)
    for _ in range(rounds):
        order = rng.sample(list(calls), len(calls))  # a new order each round
        took = {name: _seconds(calls[name]) for name in order}
        ratios["helper"].append(took["helper"] / took["pydantic"])
        ratios["today"].append(took["today"] / took["pydantic"])
        ratios["saved"].append(1 - took["helper"] / took["today"])
    print(f"encoding {records} records, median of {rounds} back-to-back rounds (GC off):")
    saved = ratios["saved"]
    print(
        f"  the compiled formatter saves {statistics.median(saved):.0%} of an encode"
        f" (from {min(saved):.0%} to {max(saved):.0%})"
    )
    for name in ("today", "helper"):
        values = ratios[name]
        print(
            f"  {name:<6} ÷ strict pydantic: {statistics.median(values):.2f}"
            f" ({min(values):.2f} to {max(values):.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
