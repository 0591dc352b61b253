"""Timestamps parsed and formatted in C: a prototype, measured and not shipped (issue 19, item 3).

    python -m benchmarks.helper             # 5 000 records, 21 rounds
    python -m benchmarks.helper --quick     # 200 records, 3 rounds

Builds ``stamp.c`` (the API's form, ``2016-08-25T21:10:29.600Z``, read into a pendulum
DateTime and written from one, in C; any other value handed back to wrmodel's own parser and
formatter) with the compiler Python was built with, into a temporary directory. A converter
whose generated code calls it must decode the corpus and odd timestamps as the default one
does (values, or the same error) and write the same bytes; then both, and strict pydantic,
are timed back to back in a new order each round, with the collector off. It needs a C
compiler and Python's headers, and says so when they are missing. ``benchmarks.timestamps``
gives the bound: what timestamps made free would save.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import pathlib
import random
import shlex
import statistics
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Sequence
from types import ModuleType

import attrs
import orjson
import pendulum

import wrmodel
from wrmodel.models._time import UTC, format_aware, parse_rfc3339
from wrmodel.wire import _kinds
from wrmodel.wire._converter import Converter, make_converter

from . import corpus
from .peers import pydantic as peer
from .run import timed

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
    """A default converter whose generated code parses and formats timestamps with ``stamp``."""
    stamp.setup(UTC, format_aware, pendulum.DateTime, parse_rfc3339)
    converter = make_converter()
    converter._codec.style = attrs.evolve(  # type: ignore[misc]
        converter._codec.style, time=stamp.format, time_expression="_format_time({v})"
    )
    form = _kinds.FORMS["time"]
    _kinds.FORMS["time"] = attrs.evolve(form, build="{v} = _c_parse({v})")  # type: ignore[index]
    _kinds.SCOPE["_c_parse"] = stamp.parse  # type: ignore[index]
    try:  # the engine's code made now, while the kinds table says so
        converter.loads(b"[]", list[wrmodel.WorkRequest])
    finally:
        _kinds.FORMS["time"] = form  # type: ignore[index]
        del _kinds.SCOPE["_c_parse"]  # type: ignore[attr-defined]
    return converter


#: Timestamps the C code hands back to wrmodel's formatter: before year 1000, finer than the
#: millisecond, in another zone; and one it writes.
EDGES = (
    pendulum.datetime(999, 1, 2, 3, 4, 5, 6000),
    pendulum.datetime(2016, 8, 25, 21, 10, 29, 600001),
    pendulum.datetime(2016, 8, 25, 21, 10, 29, 600000, tz="Europe/Paris"),
    pendulum.datetime(2016, 8, 25, 21, 10, 29),
)
#: Texts the C code hands back to wrmodel's parser (which reads or refuses them), and one it reads.
TEXTS = (
    "2016-08-25T21:10:29.600Z",
    "2016-08-25T23:10:29.600+02:00",
    "2016-08-25t21:10:29.600z",
    "2016-08-25T21:10:29.600123Z",
    "2016-02-30T21:10:29.600Z",
    "2016-08-25T24:00:00.000Z",
    "2016-08-25T21:10:60.000Z",
    "0000-08-25T21:10:29.600Z",
    "2016-08-25T21:10:29.6x0Z",
    "２016-08-25T21:10:29.600Z",
)


def _outcome(converter: Converter, data: bytes) -> object:
    """What ``converter`` makes of ``data``: the value, or the error's message."""
    try:
        return converter.loads(data)
    except wrmodel.DecodeError as error:
        return str(error)


def check(helper: Converter, normal: Converter, data: bytes, stamp: ModuleType) -> None:
    """Fail unless ``helper`` calls ``stamp`` and reads and writes as ``normal`` does."""
    many = list[wrmodel.WorkRequest]
    build = helper._engine.builders[wrmodel.WorkRequest]  # type: ignore[union-attr]
    write = helper._codec.writers[wrmodel.WorkRequest]
    if (
        "_c_parse(" not in inspect.getsource(build)
        or build.__globals__["_c_parse"] is not stamp.parse
    ):
        raise SystemExit("the engine does not call the helper's parser")
    if write.__globals__["_format_time"] is not stamp.format:
        raise SystemExit("the writers do not call the helper's formatter")
    ours, theirs = helper.loads(data, many), normal.loads(data, many)
    same = ours == theirs and [repr(o.time_accepted) for o in ours] == [
        repr(o.time_accepted) for o in theirs
    ]
    edges = [wrmodel.WorkRequestLogEntry(message="m", timestamp=t) for t in EDGES]
    docs = [
        orjson.dumps(
            {
                "id": "x",
                "operationType": "DELETE_COMPARTMENT",
                "status": "ACCEPTED",
                "timeAccepted": t,
            }
        )
        for t in TEXTS
    ]
    if not (
        same
        and helper.dumps(ours) == normal.dumps(theirs)
        and helper.dumps(edges) == normal.dumps(edges)
        and [_outcome(helper, d) for d in docs] == [_outcome(normal, d) for d in docs]
    ):
        raise SystemExit("the helper does not read or write as wrmodel does")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.helper")
    parser.add_argument("--records", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--quick", action="store_true", help="200 records, 3 rounds")
    args = parser.parse_args(argv)
    records, rounds = (200, 3) if args.quick else (args.records, args.rounds)
    data = corpus.corpus(records, 20160918)
    many = list[wrmodel.WorkRequest]
    normal = make_converter()
    objs = normal.loads(data, many)
    with tempfile.TemporaryDirectory() as tmp:
        stamp = build(pathlib.Path(tmp))
    helper = with_helper(stamp)
    check(helper, normal, data, stamp)
    theirs = peer.decode(data)
    calls = {
        "decode": {
            "today": lambda: normal.loads(data, many),
            "helper": lambda: helper.loads(data, many),
            "pydantic": lambda: peer.decode(data),
        },
        "encode": {
            "today": lambda: normal.dumps(objs),
            "helper": lambda: helper.dumps(objs),
            "pydantic": lambda: peer.encode(theirs),
        },
    }
    rng = random.Random(20160918)
    print(f"{records} records, median of {rounds} rounds, back to back in a new order (GC off):")
    for op, three in calls.items():
        ratios: dict[str, list[float]] = {"helper": [], "today": [], "saved": []}
        for _ in range(rounds):
            took = {
                name: timed(three[name], gc_off=True)
                for name in rng.sample(list(three), len(three))
            }
            ratios["helper"].append(took["helper"] / took["pydantic"])
            ratios["today"].append(took["today"] / took["pydantic"])
            ratios["saved"].append(1 - took["helper"] / took["today"])
        saved = ratios["saved"]
        print(
            f"  {op}: the compiled helper saves {statistics.median(saved):.0%}"
            f" (from {min(saved):.0%} to {max(saved):.0%});"
            + "".join(
                f"  {name} ÷ strict pydantic: {statistics.median(ratios[name]):.2f}"
                f" ({min(ratios[name]):.2f} to {max(ratios[name]):.2f})"
                for name in ("today", "helper")
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
