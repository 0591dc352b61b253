"""What the parsing engine gains, what the slow path costs, and which JSON library does what.

    python -m benchmarks.engines [--quick]

In one process, interleaved, GC off, medians; each figure a ratio within the run:

- decode: ``loads`` (msgspec engine first) against the general path alone (orjson, then the
  generated decoder), on the corpus;
- the slow path: a corpus where each record holds an unknown key, or an unknown status, takes
  the general path; so does one whose last record alone holds an unknown key, after the
  engine has read the rest (the worst case); their times against the clean corpus's;
- per call: ``loads`` against the engine's decoder called directly, for one small document;
- the JSON libraries: orjson against msgspec parsing untyped JSON (the general path) and
  writing what the encoders give, as ``dumps`` does.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

import msgspec
import orjson

import wrmodel

from . import corpus
from .lifecycle import measure


def _with(records: list[dict[str, object]], **extra: object) -> bytes:
    return orjson.dumps([{**r, **extra} for r in records])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.engines")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    n = 200 if args.quick else 10_000
    repeats = 3 if args.quick else 11
    many = list[wrmodel.WorkRequest]
    records = corpus.records(n)
    clean = orjson.dumps(records)
    unknown_key = _with(records, color="red")
    unknown_status = _with(records, status="WAITING")
    last_unknown = orjson.dumps([*records[:-1], {**records[-1], "color": "red"}])
    general = wrmodel.make_converter(engine=False)
    if wrmodel.loads(clean, many) != general.loads(clean, many):
        raise SystemExit("the engine and the general path decode the corpus differently")

    decode = measure(
        {
            "engine": lambda: wrmodel.loads(clean, many),
            "general": lambda: general.loads(clean, many),
            "unknown key": lambda: wrmodel.loads(unknown_key, many),
            "unknown status": lambda: wrmodel.loads(unknown_status, many),
            "last unknown": lambda: wrmodel.loads(last_unknown, many),
        },
        loops=1,
        repeats=repeats,
    )
    print(f"decode, µs per work request ({n} records)")
    for name, seconds in decode.items():
        ratio = seconds / decode["engine"]
        print(f"  {name:<15} {seconds / n * 1e6:8.2f}   {ratio:5.2f}× the engine's")

    doc = b'{"message":"Work request accepted.","timestamp":"2016-08-25T21:10:29.600Z"}'
    entry = wrmodel.WorkRequestLogEntry
    fast = wrmodel.converter._engine.decoder(entry)
    loops = 2_000 if args.quick else 100_000
    call = measure(
        {"loads": lambda: wrmodel.loads(doc, entry), "engine": lambda: fast(doc)},
        loops=loops,
        repeats=repeats,
    )
    overhead = (call["loads"] - call["engine"]) * 1e9
    print(f"\none log entry per call: loads {call['loads'] * 1e9:.0f} ns, of which dispatch")
    print(
        f"  {overhead:.0f} ns (the engine's decoder called directly: {call['engine'] * 1e9:.0f} ns)"
    )

    objs = wrmodel.loads(clean, many)
    encode = wrmodel.converter._codec.encoder(objs[0])

    def write(dumps: Callable[[object], bytes]) -> bytes:  # as wrmodel.dumps writes a list
        return b"[" + b",".join([dumps(encode(x)) for x in objs]) + b"]"

    msgspec_dumps = msgspec.json.Encoder().encode
    if orjson.loads(write(msgspec_dumps)) != orjson.loads(write(orjson.dumps)):
        raise SystemExit("orjson and msgspec write the corpus differently")
    libraries = measure(
        {
            "orjson parse": lambda: orjson.loads(clean),
            "msgspec parse": lambda: msgspec.json.decode(clean),
            "orjson write": lambda: write(orjson.dumps),
            "msgspec write": lambda: write(msgspec_dumps),
        },
        loops=1,
        repeats=repeats,
    )
    print("\nuntyped JSON, µs per work request (write: the encoders' dicts too, as dumps does)")
    for task in ("parse", "write"):
        o, m = libraries[f"orjson {task}"], libraries[f"msgspec {task}"]
        print(
            f"  {task:<6} orjson {o / n * 1e6:6.2f}   msgspec {m / n * 1e6:6.2f}   ({m / o:.2f}×)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
