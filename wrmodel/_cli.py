"""The ``wrmodel`` command: check, convert and summarize work requests; a demo.

Input is a JSON object, a JSON array, JSON Lines, or the OCI CLI's output (``--style cli``),
from files or standard input (``-`` or no file).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources
from typing import IO, Any, NoReturn

import orjson

from . import events
from ._codec import StyleName
from ._converter import CliResponse, dumps, loads, read_cli
from ._models import (
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
)
from ._stream import decode_records
from ._watch import queued_for, ran_for
from .exceptions import DecodeError

MODELS: dict[str, Any] = {
    "work-request": WorkRequest,
    "summary": WorkRequestSummary,
    "resource": WorkRequestResource,
    "error": WorkRequestError,
    "log-entry": WorkRequestLogEntry,
    "event": events.Event,
}
STYLES = ("api", "sdk", "cli")
SAMPLE = "02_in_progress_resources_logs.json"
#: Inputs larger than this get a progress bar, on a terminal.
PROGRESS_FROM = 1 << 20


class UsageError(Exception):
    """A bad option, a missing file, unreadable input: one line on stderr, exit status 2."""


def sample(name: str = SAMPLE) -> bytes:
    """The bytes of a bundled sample document."""
    return resources.files("wrmodel").joinpath("samples", name).read_bytes()


class Progress:
    """A progress bar on ``stream`` when it is a terminal and the input is large."""

    def __init__(self, total: int | None, stream: IO[str]) -> None:
        self.total = total
        self.stream = stream
        self.shown = bool(total and total >= PROGRESS_FROM and stream.isatty())
        self.done = 0
        self.records = 0
        self._last = float("-inf")

    def lines(self, lines: Iterable[bytes]) -> Iterator[bytes]:
        """``lines``, counting their bytes."""
        for line in lines:
            self.done += len(line)
            yield line

    def record(self) -> None:
        self.records += 1
        now = time.monotonic()
        if self.shown and now - self._last >= 0.1:  # noqa: PLR2004
            self._last = now
            share = min(1.0, self.done / self.total) if self.total else 0.0
            bar = "#" * int(share * 30)
            self.stream.write(f"\r[{bar:<30}] {share:4.0%} {self.records} records")
            self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()


def _open(name: str) -> tuple[IO[bytes], int | None]:
    """The binary stream of file ``name`` (``-``: standard input), and its size if known."""
    if name == "-":
        return sys.stdin.buffer, None
    try:
        file = open(name, "rb")  # noqa: SIM115, PTH123 (closed by the caller)
        return file, os.fstat(file.fileno()).st_size
    except OSError as error:
        raise UsageError(f"cannot read {name}: {error.strerror or error}") from None


def records(
    name: str, cls: Any, style: StyleName, progress: Progress | None = None
) -> Iterator[tuple[str, Any]]:
    """``(record, object or DecodeError)`` for each record of file ``name``."""
    file, size = _open(name)
    progress = progress or Progress(size, sys.stderr)
    try:
        if style == "cli":
            yield from _cli_records(file.read(), cls)
            return
        for record, result in decode_records(progress.lines(file), cls, style):
            progress.record()
            yield record, result
    except OSError as error:
        raise UsageError(f"cannot read {name}: {error.strerror or error}") from None
    finally:
        progress.close()
        if file is not sys.stdin.buffer:
            file.close()


def _cli_records(text: bytes, cls: Any) -> Iterator[tuple[str, Any]]:
    """The records of the OCI CLI's output: its data, a list (``list``) or one object (``get``)."""
    try:
        value = orjson.loads(text) if text.strip() else {}
    except orjson.JSONDecodeError:
        value = None  # read_cli says what is wrong
    listed = isinstance(value, dict) and isinstance(value.get("data", []), list)
    try:
        response: CliResponse = read_cli(text, list[cls] if listed else cls)
    except DecodeError as error:
        yield "document", error
        return
    if not listed:
        yield "document", response.data
        return
    for i, obj in enumerate(response.data):
        yield f"item {i}", obj


def check(args: argparse.Namespace) -> int:
    """Report every problem of every record; exit status 1 if any record is bad."""
    bad = total = 0
    for name in args.files or ["-"]:
        for record, result in records(name, MODELS[args.model], args.style):
            total += 1
            if isinstance(result, DecodeError):
                bad += 1
                for problem in result.problems:
                    print(f"{name}: {record}: {problem.path}: {problem.message}")
    print(f"{_count(total, 'record')}, {bad} bad", file=sys.stderr)
    return 1 if bad else 0


def convert(args: argparse.Namespace) -> int:
    """Convert records between styles, and between JSON and JSON Lines."""
    if args.jsonl and args.to == "cli":
        raise UsageError("--jsonl writes api or sdk records; the cli style is not JSON Lines")
    out = sys.stdout.buffer
    failed = False
    converted = []
    single = True
    for record, result in records(args.file, MODELS[args.model], args.from_):
        if isinstance(result, DecodeError):
            failed = True
            for problem in result.problems:
                print(f"{args.file}: {record}: {problem.path}: {problem.message}", file=sys.stderr)
            continue
        single = single and record.startswith("document")
        if args.jsonl:
            out.write(dumps(result, style=args.to) + b"\n")
        else:
            converted.append(result)
    if not args.jsonl:
        data = converted[0] if single and len(converted) == 1 else converted
        text = dumps(data, style=args.to)
        out.write(text if args.to == "cli" else text + b"\n")
    return 1 if failed else 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _seconds(values: list[float]) -> str:
    if not values:
        return f"{'-':>10}{'-':>10}{'-':>10}"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return "".join(f"{v:>9.1f}s" for v in (statistics.median(ordered), p95, ordered[-1]))


def summary(args: argparse.Namespace) -> int:
    """Counts by status and operation, durations, and the failures with their error codes."""
    cls = MODELS[args.model]
    good: list[Any] = []
    bad = 0
    for name in args.files or ["-"]:
        for record, result in records(name, cls, args.style):
            if isinstance(result, DecodeError):
                bad += 1
                print(f"{name}: {record}: skipped, not a valid {cls.__name__}", file=sys.stderr)
            else:
                good.append(result)
    report(good, bad)
    return 1 if bad else 0


def report(wrs: Iterable[WorkRequest | WorkRequestSummary], bad: int = 0) -> None:
    """Print the summary of ``wrs``."""
    statuses: Counter[str] = Counter()
    operations: Counter[str] = Counter()
    queued: list[float] = []
    running: list[float] = []
    failures: list[tuple[str, list[str]]] = []
    for wr in wrs:
        raw = wr.unknown.values if wr.unknown is not None else {}
        statuses[raw.get("status", wr.status.value)] += 1
        operations[raw.get("operation_type", wr.operation_type.value)] += 1
        for into, duration in ((queued, queued_for(wr)), (running, ran_for(wr))):
            if duration is not None:
                into.append(duration.total_seconds())
        if wr.status == "FAILED":
            failures.append((wr.id, [e.code for e in wr.errors or ()]))
    total = sum(statuses.values())
    skipped = f" ({_count(bad, 'bad record')} skipped)" if bad else ""
    print(f"{_count(total, 'work request')}{skipped}")
    for title, counts in (("status", statuses), ("operation type", operations)):
        print(f"\n{title:<28}{'count':>8}")
        for key, count in counts.most_common():
            print(f"{key:<28}{count:>8}")
    print(f"\n{'duration':<10}{'median':>10}{'p95':>10}{'max':>10}")
    print(f"{'queued':<10}{_seconds(queued)}")
    print(f"{'running':<10}{_seconds(running)}")
    print(f"\nfailed: {len(failures)}")
    for wr_id, codes in failures:
        print(f"  {wr_id}  {', '.join(codes) or '(no errors recorded)'}")


def demo(args: argparse.Namespace) -> int:  # noqa: ARG001
    """Run on bundled samples: decode in all three styles, summarize, replay, round-trip."""
    data = sample()
    wr = loads(data)
    print(f"1. Read {SAMPLE} ({len(data)} bytes, the API's camelCase wire form):\n")
    print(data.decode().rstrip())
    print(f"\n   Decoded:\n\n{wr!r}")
    cli_text = sample("02_in_progress_resources_logs.oci-cli.json")
    from_cli = read_cli(cli_text)
    sdk_text = dumps(wr, style="sdk")
    print("\n2. The same request in the OCI CLI's output and as oci.util.to_dict gives it:")
    print(f"   cli: decodes equal: {from_cli.data == wr}; headers kept: {from_cli.headers}")
    print(f"   sdk: {sdk_text[:100].decode()}...")
    print(f"   sdk: decodes equal: {loads(sdk_text, style='sdk') == wr}")
    print("\n3. Summary of the bundled samples:\n")
    names = ["01_accepted_minimal.json", SAMPLE, "04_failed_with_errors.json"]
    report([loads(sample(n)) for n in names])
    failed = loads(sample("04_failed_with_errors.json"))
    print("\n4. The event history of the failed request:\n")
    for event in events.history(failed):
        print(f"   {dumps(event).decode()}")
    print(f"\n   replays to the same request: {events.replay(events.history(failed)) == failed}")
    again = dumps(wr)
    print(
        f"\n5. Round trip: re-encoded ({len(again)} bytes; decodes equal: {loads(again) == wr}):\n"
    )
    print(again.decode())
    return 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


def parser() -> argparse.ArgumentParser:
    main = _Parser(prog="wrmodel", description=__doc__.split("\n\n")[0])
    commands = main.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(
        name: str, function: Callable[[argparse.Namespace], int], **kw: Any
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=(function.__doc__ or "").split("\n")[0], **kw)
        sub.set_defaults(run=function)
        return sub

    def model_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--model", choices=MODELS, default="work-request", help="what each record is"
        )

    sub = command("check", check)
    sub.add_argument("files", nargs="*", metavar="FILE", help="input files; - or none: stdin")
    sub.add_argument("--style", choices=STYLES, default="api")
    model_option(sub)
    sub = command("convert", convert)
    sub.add_argument("file", nargs="?", default="-", metavar="FILE")
    sub.add_argument("--from", dest="from_", choices=STYLES, required=True, metavar="STYLE")
    sub.add_argument("--to", choices=STYLES, required=True, metavar="STYLE")
    sub.add_argument("--jsonl", action="store_true", help="write JSON Lines")
    model_option(sub)
    sub = command("summary", summary)
    sub.add_argument("files", nargs="*", metavar="FILE")
    sub.add_argument("--style", choices=STYLES, default="api")
    sub.add_argument("--model", choices=["work-request", "summary"], default="work-request")
    command("demo", demo)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process's arguments)."""
    try:
        args = parser().parse_args(argv)
        return int(args.run(args))
    except UsageError as error:
        print(f"wrmodel: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped reading: not an error of ours
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
