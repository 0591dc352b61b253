"""Time wrmodel against its peers, decoding and encoding the same corpus.

    python -m benchmarks.run            # the full run: three runs of 10 000 records and 1 000 documents
    python -m benchmarks.run --quick    # a smoke test: one run, small corpus, few repeats
    python -m benchmarks.run --corpus all   # the data users have: every corpus on both paths

Each run is a fresh interpreter (``--runs``, three by default). In each, every peer is first
checked to decode the corpus to the same values as wrmodel (every record: strings, enum
values, timestamps as instants) and to re-read its own output equal; a same-bytes peer is held
to wrmodel's bytes. Then, for each repeat, the peers run in a shuffled order (interleaved),
each measured with the garbage collector off and on, and memory per decoded work request is
measured with tracemalloc. A figure is the median over the runs of each run's median; a
ratio's spread is its lowest and highest over the runs. A peer whose library is not installed
is skipped with a note.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import pathlib
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

import orjson

import wrmodel

from . import corpus, users
from .peers import NAMES, common

HERE = pathlib.Path(__file__).parent

#: (operation, shape) pairs timed for each peer, in table order.
CASES = (
    ("decode", "bulk"),
    ("decode", "one"),
    ("encode", "bulk"),
    ("encode", "one"),
)


def load_peers(names: Sequence[str]) -> tuple[dict[str, ModuleType], dict[str, str]]:
    """Import the peer modules; those whose library is missing are skipped with a note."""
    peers, skipped = {}, {}
    for name in names:
        try:
            peers[name] = importlib.import_module(f"{__package__}.peers.{name}")
        except ImportError as error:
            skipped[name] = f"not installed ({error.name or error})"
    return peers, skipped


def check(
    peers: dict[str, ModuleType], data: bytes, docs: list[bytes], *, same_bytes: bool = True
) -> None:
    """Fail unless every peer decodes the corpus to wrmodel's values and re-reads its output.

    ``same_bytes``: hold the same-bytes peers to wrmodel's bytes (not on a newer API's corpus,
    whose unknown keys and values only wrmodel keeps).
    """
    reference = [common.canonical(o) for o in peers["wrmodel"].decode(data)]
    reference_one = [common.canonical(peers["wrmodel"].decode_one(d)) for d in docs]
    for name, peer in peers.items():
        objs = peer.decode(data)
        got = [common.canonical(o) for o in objs]
        if got != reference:
            bad = next(i for i, (a, b) in enumerate(zip(got, reference, strict=True)) if a != b)
            raise SystemExit(f"{name} decodes record {bad} differently from wrmodel")
        again = [common.canonical(o) for o in peer.decode(peer.encode(objs))]
        if again != reference:
            raise SystemExit(f"{name} does not re-read its own output equal")
        one = [common.canonical(peer.decode_one(peer.encode_one(peer.decode_one(d)))) for d in docs]
        if one != reference_one:
            raise SystemExit(f"{name}'s single-document functions disagree")
        if same_bytes and getattr(peer, "same_bytes", False):
            mine = peers["wrmodel"]
            if peer.encode(objs) != mine.encode(mine.decode(data)) or [
                peer.encode_one(peer.decode_one(d)) for d in docs
            ] != [mine.encode_one(mine.decode_one(d)) for d in docs]:
                raise SystemExit(f"{name} does not write wrmodel's bytes")


def timed(function: Callable[[], Any], *, gc_off: bool) -> float:
    """Seconds one call of ``function`` takes, the collector off or on during the call."""
    gc.collect()
    was_enabled = gc.isenabled()
    if gc_off:
        gc.disable()
    try:
        start = time.perf_counter()
        result = function()
        elapsed = time.perf_counter() - start
    finally:
        if was_enabled:
            gc.enable()
    del result
    return elapsed


def measure(
    peers: dict[str, ModuleType], data: bytes, docs: list[bytes], repeats: int, seed: int
) -> dict[str, dict[str, list[float]]]:
    """Per peer and case key (``decode bulk gc-off``...), the seconds per record of each repeat."""
    n_bulk = len(orjson.loads(data))
    decoded = {name: peer.decode(data) for name, peer in peers.items()}
    decoded_one = {name: [peer.decode_one(d) for d in docs] for name, peer in peers.items()}
    calls: dict[str, dict[str, tuple[Callable[[], Any], int]]] = {}
    for name, peer in peers.items():
        bulk, ones = decoded[name], decoded_one[name]
        calls[name] = {
            "decode bulk": (lambda p=peer: p.decode(data), n_bulk),
            "decode one": (lambda p=peer: [p.decode_one(d) for d in docs], len(docs)),
            "encode bulk": (lambda p=peer, o=bulk: p.encode(o), n_bulk),
            "encode one": (lambda p=peer, o=ones: [p.encode_one(x) for x in o], len(docs)),
        }
    results: dict[str, dict[str, list[float]]] = {name: {} for name in peers}
    rng = random.Random(seed)
    phases = [
        [n for n in peers if not getattr(peers[n], "own_phase", False)],
        *([n] for n in peers if getattr(peers[n], "own_phase", False)),
    ]
    for phase in phases:  # the peers of a phase interleaved, repeat after repeat
        for _ in range(repeats):
            order = [(name, case) for name in phase for case in calls[name]]
            rng.shuffle(order)
            for name, case in order:
                function, count = calls[name][case]
                for gc_off in (True, False):
                    key = f"{case} {'gc-off' if gc_off else 'gc-on'}"
                    results[name].setdefault(key, []).append(timed(function, gc_off=gc_off) / count)
    return results


def memory(peers: dict[str, ModuleType], data: bytes) -> dict[str, float]:
    """Bytes allocated per decoded work request that stay alive, per peer (tracemalloc)."""
    n = len(orjson.loads(data))
    out = {}
    for name, peer in peers.items():
        peer.decode(data)  # warm caches first
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        result = peer.decode(data)
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        out[name] = (after - before) / n
        del result
    return out


def machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )


#: One run's seconds per record of each repeat, per peer and case key (``decode bulk gc-off``).
Results = dict[str, dict[str, list[float]]]


def medians(runs: Sequence[Results]) -> dict[str, dict[str, float]]:
    """Per peer and case: the median over the runs of each run's median."""
    return {
        name: {
            key: statistics.median(statistics.median(r[name][key]) for r in runs)
            for key in runs[0][name]
        }
        for name in runs[0]
    }


def table(
    peers: dict[str, ModuleType],
    runs: Sequence[Results],
    mem: dict[str, float],
    skipped: dict[str, str],
) -> str:
    """The report: µs per record (median) with each peer's time ÷ wrmodel's, and memory."""
    med = medians(runs)
    ref = med["wrmodel"]
    columns = [("bulk", "gc-off"), ("bulk", "gc-on"), ("one", "gc-off"), ("one", "gc-on")]
    titles = ["array GC off", "array GC on", "1 doc/call GC off", "1 doc/call GC on"]
    lines = []
    for op in ("decode", "encode"):
        header = f"{op + ', µs/record':<36}" + "".join(f"{t:>19}" for t in titles)
        lines += [header, "-" * len(header)]
        for name, peer in peers.items():
            cells = []
            for shape, g in columns:
                key = f"{op} {shape} {g}"
                cells.append(f"{med[name][key] * 1e6:>10.2f} {med[name][key] / ref[key]:>6.2f}×")
            lines.append(f"{peer.label:<36}" + "".join(f"{c:>19}" for c in cells))
        lines.append("")
    lines.append(f"{'memory per decoded record':<36}")
    for name, peer in peers.items():
        lines.append(
            f"{peer.label:<36}{mem[name] / 1024:>10.2f} kB {mem[name] / mem['wrmodel']:>6.2f}×"
        )
    lines.append("")
    lines.append(
        "× = the library's time (or memory) ÷ wrmodel's: above 1, wrmodel is faster (smaller)"
    )
    lines.extend(f"skipped {name}: {why}" for name, why in skipped.items())
    return "\n".join(lines)


#: The columns of the Markdown table (README, docs/performance.md): title, case key; those of
#: the data users have's table (GC off), then decoding with the collector on.
MARKDOWN = (
    *users.COLUMNS,
    ("decode, array, GC on", "decode bulk gc-on"),
    ("decode, 1 doc, GC on", "decode one gc-on"),
)


def markdown(peers: dict[str, ModuleType], runs: Sequence[Results], mem: dict[str, float]) -> str:
    """The table of the README and the docs: µs per record (÷ wrmodel's), and memory."""
    med = medians(runs)
    ref = med["wrmodel"]
    lines = [
        "| library | " + " | ".join(t for t, _ in MARKDOWN) + " | memory/record |",
        "|---|" + "---:|" * (len(MARKDOWN) + 1),
    ]
    for name, peer in peers.items():
        cells = [f"{med[name][k] * 1e6:.1f} µs ({med[name][k] / ref[k]:.2f}×)" for _, k in MARKDOWN]
        cells.append(f"{mem[name] / 1024:.2f} kB ({mem[name] / mem['wrmodel']:.2f}×)")
        lines.append(f"| {peer.label} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


#: The targets of the earlier performance issues beside pydantic's (``users.BARS``): wrmodel ÷
#: peer, at most this (GC off).
TARGETS = (
    ("oci_sdk", "decode bulk gc-off", 1 / 5),
    ("oci_sdk", "encode bulk gc-off", 1 / 5),
    ("oci_sdk", "decode one gc-off", 1 / 5),
    ("oci_sdk", "encode one gc-off", 1 / 5),
    ("msgspec", "decode bulk gc-off", 3.0),  # the moonshot (issue 25's next aim: 2.5)
    ("msgspec", "decode one gc-off", 3.0),
)
#: Reported beside the targets, not held to one: the libraries made to write wrmodel's very
#: bytes, beside their natural forms above, and pydantic with its collector on.
BESIDE = (
    ("pydantic", "decode bulk gc-on"),
    ("pydantic", "decode one gc-on"),
    *(
        (peer, f"encode {shape} gc-off")
        for peer in ("pydantic_exact", "msgspec_exact", "mashumaro_exact")
        for shape in ("bulk", "one")
    ),
)


def targets(runs: Sequence[Results], mem: dict[str, float], kind: str = "full") -> str:
    """Each target of the performance issues with the measured ratio (wrmodel ÷ peer).

    pydantic's are issue 25's bars for this corpus on the path this process takes.
    """
    lines = ["wrmodel ÷ peer (lower is better for wrmodel):"]
    med = medians(runs)
    path = "compiled" if wrmodel.COMPILED else "pure"
    bars = {
        key: bar
        for (on, corpus_kind), kinds in users.BARS.items()
        if on == path and corpus_kind in (None, kind)
        for key, bar in kinds.items()
    }
    pydantic = [("pydantic", key, bar) for key, bar in bars.items() if key != "memory"]

    def ratio(peer: str, key: str) -> float:
        return med["wrmodel"][key] / med[peer][key]

    def spread(peer: str, key: str) -> str:
        """The lowest and highest ratio of one run's medians (of one repeat's, in one run)."""
        if len(runs) > 1:
            each = [
                statistics.median(r["wrmodel"][key]) / statistics.median(r[peer][key]) for r in runs
            ]
        else:
            each = [m / p for m, p in zip(runs[0]["wrmodel"][key], runs[0][peer][key], strict=True)]
        return f"({min(each):.2f} to {max(each):.2f})"

    for peer, key, limit in (*pydantic, *TARGETS):
        if peer not in med:
            lines.append(f"  {peer:<16} {key:<20} skipped (not in this run)")
            continue
        verdict = "ok" if ratio(peer, key) <= limit else "MISSED"
        lines.append(
            f"  {peer:<16} {key:<20} {ratio(peer, key):5.2f}× {spread(peer, key)}"
            f"  (target ≤ {limit:.2f}×)  {verdict}"
        )
    if "pydantic" in mem and "memory" in bars:
        mine, limit = mem["wrmodel"] / mem["pydantic"], bars["memory"]
        verdict = "ok" if mine <= limit else "MISSED"
        lines.append(
            f"  {'pydantic':<16} {'memory/record':<20} {mine:5.2f}×  (target ≤ {limit:.2f}×)"
            f"  {verdict}"
        )
    lines.extend(
        f"  {peer:<16} {key:<20} {ratio(peer, key):5.2f}× {spread(peer, key)}  (reported)"
        for peer, key in BESIDE
        if peer in med
    )
    return "\n".join(lines)


def chart(peers: dict[str, ModuleType], runs: Sequence[Results], path: pathlib.Path) -> str:
    """Write a bar chart of the GC-off medians; say where, or why not."""
    try:
        import matplotlib as mpl

        mpl.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "chart skipped: matplotlib is not installed"
    med = medians(runs)
    names = [n for n in peers if n != "json_dicts"]
    fig, axes = plt.subplots(1, 2, figsize=(11, 0.55 * len(names) + 1.6), sharey=True)
    for ax, op in zip(axes, ("decode", "encode"), strict=True):
        y = range(len(names))
        for offset, shape, color in ((-0.2, "bulk", "#4C72B0"), (0.2, "one", "#DD8452")):
            values = [med[n][f"{op} {shape} gc-off"] * 1e6 for n in names]
            label = "one 10 000-record array" if shape == "bulk" else "one document per call"
            ax.barh([i + offset for i in y], values, height=0.4, color=color, label=label)
        ax.set_yticks(list(y), [peers[n].label for n in names])
        ax.invert_yaxis()
        ax.set_xscale("log")  # the SDK is two orders of magnitude from msgspec
        ax.set_xlabel(f"{op}: µs per work request (log scale)")
        ax.grid(axis="x", alpha=0.3)
    axes[0].legend(loc="lower right", fontsize="small")
    fig.suptitle(
        f"wrmodel vs peers: medians of {len(runs)} runs, GC off, lower is better — {machine()}",
        fontsize="medium",
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return f"chart written to {path}"


def one_run(
    peers: dict[str, ModuleType],
    records: int,
    documents: int,
    repeats: int,
    seed: int,
    *,
    kind: str = "full",
) -> tuple[Results, dict[str, float]]:
    """Check the peers, then time them and measure their memory, in this interpreter."""
    data = corpus.corpus(records, seed, kind)
    docs = [orjson.dumps(r) for r in corpus.records(documents, seed + 1, kind)]
    check(peers, data, docs, same_bytes=kind != "newer")
    return measure(peers, data, docs, repeats, seed), memory(peers, data)


def fresh_runs(argv: Sequence[str], runs: int) -> tuple[list[Results], list[dict[str, float]]]:
    """``runs`` whole runs, each in a fresh interpreter (``--runs 1 --out`` a directory)."""
    results, memories = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            out = pathlib.Path(tmp) / str(i)
            command = [sys.executable, "-m", __spec__.name, *argv, "--runs", "1", "--out", str(out)]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 (our own module)
            saved = json.loads((out / "results.json").read_text())
            results.append(saved["seconds_per_record"][0])
            memories.append(saved["memory_bytes_per_record"][0])
            print(f"run {i + 1} of {runs} done", flush=True)
    return results, memories


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="one run, small corpus, few repeats (smoke test)"
    )
    parser.add_argument("--records", type=int, help="records in the bulk array (default 10000)")
    parser.add_argument(
        "--documents", type=int, help="single documents decoded one per call (default 1000)"
    )
    parser.add_argument(
        "--repeats", type=int, help="repeats per case in a run; the median is kept (default 7)"
    )
    parser.add_argument(
        "--runs", type=int, help="whole runs, each in a fresh interpreter (default 3; quick: 1)"
    )
    parser.add_argument("--only", help="comma-separated peers to run (wrmodel always runs)")
    parser.add_argument(
        "--out", type=pathlib.Path, help="directory for results.json, results.md and chart.png"
    )
    parser.add_argument("--seed", type=int, default=20160918)
    parser.add_argument(
        "--corpus",
        choices=(*corpus.KINDS, "all"),
        default="full",
        help="full records (the default), list summaries (no logs), or a newer API's records"
        " (5%% with a status or operation type this version does not know, 3%% an unknown"
        " key, 2%% an unknown resource action); all: each of them on both timestamp paths,"
        " against pydantic and msgspec (benchmarks/users.py)",
    )
    args = parser.parse_args(argv)
    records = args.records or (200 if args.quick else 10_000)
    documents = args.documents or (50 if args.quick else 1_000)
    repeats = args.repeats or (2 if args.quick else 7)
    runs = args.runs or (1 if args.quick else 3)
    if args.corpus == "all":
        return users.main(runs, records, documents, repeats, args.seed)
    out = args.out or (HERE / "results")
    out.mkdir(parents=True, exist_ok=True)

    names = (
        NAMES
        if not args.only
        else ("wrmodel", *[n for n in args.only.split(",") if n != "wrmodel"])
    )
    peers, skipped = load_peers(names)
    if "wrmodel" not in peers:
        raise SystemExit("wrmodel itself is not importable")
    size = len(corpus.corpus(records, args.seed, args.corpus))
    print(
        f"corpus: {args.corpus}, {records} records ({size / 1e6:.1f} MB) + {documents} single"
        f" documents, seed {args.seed}"
    )
    print(f"machine: {machine()}")
    print("versions: " + ", ".join(f"{p.label} {p.version}" for p in peers.values()))
    if runs == 1:
        result, mem = one_run(peers, records, documents, repeats, args.seed, kind=args.corpus)
        results, memories = [result], [mem]
    else:
        child = [
            "--records",
            str(records),
            "--documents",
            str(documents),
            "--repeats",
            str(repeats),
        ]
        child += ["--seed", str(args.seed), "--corpus", args.corpus]
        child += ["--only", args.only] if args.only else []
        results, memories = fresh_runs(child, runs)
    print(
        f"checked: all {len(peers)} peers decode every record to the same values and re-read"
        " their output"
        + (
            "; the same-bytes peers write wrmodel's bytes"
            if args.corpus != "newer"
            else " (only wrmodel keeps what a newer API sent: no peer writes its bytes)"
        )
    )
    mem = {name: statistics.median(m[name] for m in memories) for name in memories[0]}
    print(
        f"\n{runs} run(s) of {repeats} repeats, interleaved (the OCI SDK in a phase of its own);"
        " medians of the runs' medians; ratios with their lowest and highest"
        f" {'run' if runs > 1 else 'repeat'}\n"
    )
    print(table(peers, results, mem, skipped))
    print()
    print(targets(results, mem, args.corpus))
    print(chart(peers, results, out / "chart.png"))
    (out / "results.md").write_text(markdown(peers, results, mem))
    (out / "results.json").write_text(
        json.dumps(
            {
                "machine": machine(),
                "compiled": wrmodel.COMPILED,
                "corpus": args.corpus,
                "records": records,
                "documents": documents,
                "repeats": repeats,
                "runs": runs,
                "versions": {n: p.version for n, p in peers.items()},
                "seconds_per_record": results,
                "memory_bytes_per_record": memories,
                "skipped": skipped,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
