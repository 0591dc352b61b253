"""The wrmodel command: check, convert and summarize OCI work requests; a demo.

Input is JSON Lines (a record or a page of records per line), a JSON array, JSON documents
one after another, or the OCI CLI's output (--style cli), from files or standard input (-
or no file).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NoReturn

from wrmodel.exceptions import DecodeError, EncodeError
from wrmodel.lifecycle import _events as events
from wrmodel.lifecycle._history import history
from wrmodel.lifecycle._summary import Summary, count_of
from wrmodel.models._families import FAMILIES, WORK_REQUESTS, service_class
from wrmodel.models._identity import (
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
)
from wrmodel.models._rules import Snapshot
from wrmodel.models._time import COMPILED
from wrmodel.wire._converter import dumps, loads, read_cli

from ._inputs import (
    SAMPLE,
    UsageError,
    cli_response,
    enveloped,
    open_input,
    records,
    sample,
    unreadable,
)
from ._sources import chunks_of_path, read_document
from ._stream import read_head, reader
from ._terminal import Output, json_line, say_error
from ._writers import ArrayWriter


def _words(name: str) -> str:
    """``TaggingWorkRequest`` as ``tagging-work-request``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


MODELS: dict[str, Any] = {
    "work-request": WorkRequest,
    "summary": WorkRequestSummary,
    "resource": WorkRequestResource,
    "error": WorkRequestError,
    "log-entry": WorkRequestLogEntry,
    "event": events.Event,
    # The other families' classes: tagging-work-request..., work-requests.work-request...
    **{
        ("work-requests." if family is WORK_REQUESTS else "") + _words(cls.__name__): cls
        for family in FAMILIES[1:]
        for cls in family.classes
    },
}


def model_class(name: str) -> Any:
    """The class ``--model`` names: one of ``MODELS``, or ``SERVICE.CLASS`` of any service.

    None if it names none.

    >>> model_class("container_engine.WorkRequest").__module__
    'wrmodel.services.container_engine'
    """
    cls = MODELS.get(name)
    if cls is None:
        service, _, cls_name = name.partition(".")
        cls = service_class(service, cls_name)
    return cls


#: The classes ``summary`` takes: each family's request and summary.
REQUESTS = tuple(
    name for name, cls in MODELS.items() if any(cls in (f.request, f.summary) for f in FAMILIES)
)
STYLES = ("api", "sdk", "cli")


class _Checked:
    """What ``check`` found, said as it is found: problems, unreadable files, counts.

    As text: each problem on stdout (``file: record: path: message``), the counts on
    stderr. As JSON Lines on stdout (``--json``): an object per problem and per unreadable
    file, then one for the counts, each with its ``type``. An unreadable file is also said
    on stderr, either way.
    """

    def __init__(self, *, as_json: bool) -> None:
        self.as_json = as_json
        self.files = self.unreadable = self.records = self.bad = self.problems = 0

    def record(self, name: str, record: str, result: object) -> None:
        self.records += 1
        if isinstance(result, DecodeError):
            self.bad_record(name, record, result)

    def bad_record(self, name: str, record: str, error: DecodeError) -> None:
        self.bad += 1
        for problem in error.problems:
            self.problems += 1
            if self.as_json:
                json_line(
                    {
                        "type": "problem",
                        "file": name,
                        "record": record,
                        "path": problem.path,
                        "message": problem.message,
                    }
                )
            else:
                print(f"{name}: {record}: {problem.path}: {problem.message}")

    def cannot_read(self, name: str, error: UsageError) -> None:
        self.unreadable += 1
        say_error(error)
        if self.as_json:
            json_line({"type": "unreadable", "file": name, "message": str(error)})

    def close(self) -> int:
        """Say the counts; the exit status: 2 if a file could not be read, 1 if a record is bad."""
        if self.as_json:
            json_line(
                {
                    "type": "counts",
                    "files": self.files,
                    "unreadable": self.unreadable,
                    "records": self.records,
                    "bad": self.bad,
                    "problems": self.problems,
                }
            )
        else:
            counts = f"{count_of(self.records, 'record')}, {self.bad} bad"
            if self.unreadable:
                counts += f"; {count_of(self.unreadable, 'file')} could not be read"
            elif not self.records:
                counts += ": the input holds no records"
            print(counts, file=sys.stderr)
        return 2 if self.unreadable else 1 if self.bad else 0


def check(args: argparse.Namespace) -> int:
    """Report every problem of every record.

    Every file named is read in turn; one that cannot be read (or is not JSON text) is said
    on stderr when its turn comes. Exit status 0 when every record is good (an input with
    no record at all says so), 1 when one is bad, 2 when a file could not be read. --json
    prints JSON Lines: an object per problem, then one for the counts.
    """
    checked = _Checked(as_json=args.json)
    names = args.files or ["-"]
    checked.files = len(names)
    if args.workers or args.scheduler:
        outcome, unreadable = _on_dask(args, summarize=False)
        checked.records = outcome.records
        bad = _by_file(outcome.bad)
        for name in names:
            if name in unreadable:
                checked.cannot_read(name, unreadable[name])
            for _, record, error in bad.pop(name, ()):
                checked.bad_record(name, record, error)
        return checked.close()
    cls = model_class(args.model)
    for name in names:
        try:
            for record, result in records(name, cls, args.style, args.unknown):
                checked.record(name, record, result)
        except UsageError as error:
            checked.cannot_read(name, error)
    return checked.close()


def _by_file(bad: list[tuple[str, str, DecodeError]]) -> dict[str, list[Any]]:
    """The bad records of a Dask run by file, in input order."""
    result: dict[str, list[Any]] = {}
    for item in bad:
        result.setdefault(item[0], []).append(item)
    return result


def summary(args: argparse.Namespace) -> int:
    """Count by status and operation type; durations; the failed requests with their errors.

    One record at a time, in bounded memory: the durations' median and 95th percentile are
    within 1%; the first 20 failed requests are listed, the others counted. Bad records are
    skipped, each said so on stderr, and make the exit status 1. Every file named is read
    in turn; one that cannot be read is said on stderr when its turn comes, and makes the
    exit status 2. The summary of the files read is printed, as tables or (--json) as one
    JSON document, the summary's report.
    """
    cls = model_class(args.model)
    names = args.files or ["-"]
    unreadable = 0

    def skipped(name: str, record: str) -> None:
        print(f"{name}: {record}: skipped, not a valid {cls.__name__}", file=sys.stderr)

    if args.workers or args.scheduler:
        outcome, cannot = _on_dask(args, summarize=True)
        result = outcome.summary
        bad = _by_file(outcome.bad)
        for name in names:
            if name in cannot:
                unreadable += 1
                say_error(cannot[name])
            for _, record, _ in bad.pop(name, ()):
                skipped(name, record)
    else:
        result = Summary()
        for name in names:
            try:
                for record, obj in records(name, cls, args.style):
                    if isinstance(obj, DecodeError):
                        result.add_bad()
                        skipped(name, record)
                    else:
                        result.add(obj)
            except UsageError as error:
                unreadable += 1
                say_error(error)
    if unreadable < len(names):
        if args.json:
            Output(sys.stdout.buffer).write(dumps(result) + b"\n")
        else:
            print(result.render(), end="")
    return 2 if unreadable else 1 if result.bad else 0


def convert(args: argparse.Namespace) -> int:
    """Convert records between styles, and between JSON and JSON Lines.

    Record by record, in bounded memory: an array is written as it is read. One document
    gives one document; anything else, an array (or JSON Lines with --jsonl). From the CLI's
    output to the CLI's output, its headers (etag, opc-next-page) are kept. Bad records are
    said on stderr and skipped (exit status 1); an unreadable file gives exit status 2.
    """
    if args.jsonl and enveloped(args.to):
        raise UsageError("--jsonl writes api or sdk records; the cli style is not JSON Lines")
    out = Output(sys.stdout.buffer)
    cls = model_class(args.model)
    if enveloped(args.from_) and enveloped(args.to) and not args.jsonl:
        return _cli_to_cli(args, cls, out)
    failed = False
    single = True  # whether the input is one document
    array = ArrayWriter(out, args.to)

    def line(obj: Any) -> bytes:
        return dumps(obj, style=args.to) + b"\n"

    encode = line if args.jsonl else array.item

    def good() -> Iterator[tuple[Any, bytes]]:
        """Each good record and its text; each bad one said on stderr."""
        nonlocal failed, single
        for record, result in records(args.file, cls, args.from_, args.unknown):
            single = single and record.startswith("document")
            said: Sequence[object] = ()
            if isinstance(result, DecodeError):
                said = result.problems
            else:
                try:
                    text = encode(result)
                except EncodeError as error:  # its message begins with the wire path
                    said = (error,)
            if said:
                failed = True
                for problem in said:
                    print(f"{args.file}: {record}: {problem}", file=sys.stderr)
            else:
                yield result, text

    converted = good()
    if args.jsonl:
        for _, text in converted:
            out.write(text)
        return 1 if failed else 0
    # One record is held back until the next shows whether the output is an array.
    first = next(converted, None)
    second = next(converted, None) if first is not None else None
    if first is not None and second is None and single:
        text = dumps(first[0], style=args.to)
        out.write(text if enveloped(args.to) else text + b"\n")
    else:
        for _, item in itertools.chain(filter(None, (first, second)), converted):
            array.write(item)
        array.close()
        if not enveloped(args.to):
            out.write(b"\n")
    return 1 if failed else 0


def _cli_to_cli(args: argparse.Namespace, cls: Any, out: Output) -> int:
    """Write the CLI's output again, data and headers, after checking it."""
    file, _ = open_input(args.file)
    converter = reader(args.from_, args.unknown)
    try:
        text = read_document(file, converter.max_bytes)
    except (OSError, DecodeError) as error:
        raise unreadable(args.file, error) from None
    finally:
        if file is not sys.stdin.buffer:
            file.close()
    try:
        response = cli_response(text, cls, converter)
    except DecodeError as error:
        for problem in error.problems:
            print(f"{args.file}: document: {problem.path}: {problem.message}", file=sys.stderr)
        return 1
    out.write(dumps(response.data, style="cli", headers=response.headers))
    return 0


def _on_dask(args: argparse.Namespace, *, summarize: bool) -> tuple[Any, dict[str, UsageError]]:
    """Run the files that can be read on Dask; the errors of those that cannot, by name."""
    if not args.files or "-" in args.files:
        raise UsageError("--workers and --scheduler read files, not standard input")
    if enveloped(args.style):
        raise UsageError("--workers and --scheduler read api or sdk records, not the CLI's output")
    try:
        from . import _dask as on_dask  # noqa: PLC0415 (the optional extra)
    except ImportError as error:
        raise UsageError(str(error)) from None
    readable = []
    failed = {}
    for name in args.files:
        try:
            with contextlib.closing(chunks_of_path(name)) as pieces:
                read_head(pieces, by_line=False)
        except (OSError, DecodeError) as error:
            failed[name] = unreadable(name, error)
        else:
            readable.append(name)
    run = on_dask.summarize if summarize else on_dask.check
    with _client(args):
        outcome = run(
            readable,
            model_class(args.model),
            style=args.style,
            unknown=args.unknown,
            blocksize=args.blocksize,
            progress=sys.stderr.isatty(),
        )
    return outcome, failed


@contextlib.contextmanager
def _client(args: argparse.Namespace) -> Iterator[None]:
    """A Dask client: of the cluster at ``--scheduler``, or of a new local one of ``--workers``."""
    import distributed  # noqa: PLC0415 (the optional extra)

    # Dask's own log lines (a slow event loop under load, a worker's heartbeat cut short as
    # the cluster closes) would make the output differ from one process's: they are not
    # shown, here and in the workers. What goes wrong in the work raises, as ever.
    os.environ["DASK_LOGGING__DISTRIBUTED"] = "critical"
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    if args.scheduler:
        try:
            client = distributed.Client(args.scheduler)  # type: ignore[no-untyped-call]
        except OSError as error:
            raise UsageError(
                f"cannot reach the Dask scheduler at {args.scheduler}: {error}"
            ) from None
        with client:
            yield
        return
    from ._dask import local_cluster  # noqa: PLC0415 (the optional extra)

    with local_cluster(args.workers) as cluster, distributed.Client(cluster):  # type: ignore[no-untyped-call]
        if sys.stderr.isatty():
            print(f"Dask: {args.workers} local workers; {_dashboard(cluster)}", file=sys.stderr)
        yield


def demo(args: argparse.Namespace) -> int:  # noqa: ARG001
    """Run on bundled samples: decode in all three styles, summarize, replay, round trip."""
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
    print(Summary.of(loads(sample(n)) for n in names).render(), end="")
    failed = loads(sample("04_failed_with_errors.json"))
    print("\n4. The event history of the failed request:\n")
    for event in history(failed):
        print(f"   {dumps(event).decode()}")
    print(f"\n   replays to the same request: {events.replay(history(failed)) == failed}")
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
    main = _Parser(prog="wrmodel", description=__doc__)
    main.add_argument("--version", action="version", version=f"wrmodel {_version()}")
    commands = main.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(
        name: str, function: Callable[[argparse.Namespace], int], **kw: Any
    ) -> argparse.ArgumentParser:
        doc = (function.__doc__ or "").strip()
        sub = commands.add_parser(
            name,
            help=doc.split("\n")[0],
            description=" ".join(doc.split()),
            **kw,
        )
        sub.set_defaults(run=function)
        return sub

    def model_option(sub: argparse.ArgumentParser, choices: Sequence[str] = tuple(MODELS)) -> None:
        requests = choices == REQUESTS
        named = f"{', '.join(choices)}, or SERVICE.CLASS of any service (container_engine."
        named += "WorkRequest" if requests else "WorkRequestLogEntry"

        def model(name: str) -> str:
            cls = model_class(name)
            service_request = name not in MODELS and isinstance(cls, type)
            if name in choices or (service_request and not requests):
                return name
            if service_request and issubclass(cls, Snapshot):
                return name
            raise argparse.ArgumentTypeError(f"invalid choice: {name!r} (choose from {named}))")

        sub.add_argument(
            "--model",
            type=model,
            default="work-request",
            metavar="MODEL",
            help=f"what each record is: {named}) (default: work-request)",
        )

    def style_option(sub: argparse.ArgumentParser, *flags: str, **kw: Any) -> None:
        what = kw.pop("what", "the style of the input")
        sub.add_argument(*flags, choices=STYLES, help=f"{what}: {', '.join(STYLES)}", **kw)

    def unknown_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--unknown",
            choices=("keep", "forbid"),
            default="keep",
            help="what a newer API sent (keys, enum values this version does not know):"
            " keep it (the default), or forbid it, each a problem at its path (an audit)",
        )

    files_help = "input files, gzip-compressed or not; - or none: standard input"

    def dask_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--workers",
            type=_positive,
            metavar="N",
            help="read the files on a local Dask cluster of N processes (the dask extra)",
        )
        sub.add_argument(
            "--scheduler", metavar="ADDRESS", help="read the files on the Dask cluster at ADDRESS"
        )
        sub.add_argument(
            "--blocksize",
            type=_positive,
            default=32 << 20,
            metavar="BYTES",
            help="with Dask, how much of a file one task reads (default: 32 MiB)",
        )

    sub = command("check", check)
    sub.add_argument("files", nargs="*", metavar="FILE", help=files_help)
    sub.add_argument(
        "--json", action="store_true", help="JSON Lines: an object per problem, then the counts"
    )
    style_option(sub, "--style", default="api", what="the style of the records (default: api)")
    model_option(sub)
    unknown_option(sub)
    dask_options(sub)
    sub = command("convert", convert)
    sub.add_argument("file", nargs="?", default="-", metavar="FILE", help="- or none: stdin")
    style_option(sub, "--from", dest="from_", required=True, metavar="STYLE")
    style_option(sub, "--to", required=True, metavar="STYLE", what="the style to write")
    sub.add_argument("--jsonl", action="store_true", help="write JSON Lines")
    model_option(sub)
    unknown_option(sub)
    sub = command("summary", summary)
    sub.set_defaults(unknown="keep")  # a summary keeps what a newer API sent: no audit
    sub.add_argument("files", nargs="*", metavar="FILE", help=files_help)
    sub.add_argument("--json", action="store_true", help="one JSON document: the summary's report")
    style_option(sub, "--style", default="api", what="the style of the records (default: api)")
    model_option(sub, REQUESTS)
    dask_options(sub)
    command("demo", demo)
    return main


def _dashboard(cluster: Any) -> str:
    """Where to watch the cluster: its dashboard, when bokeh serves one."""
    try:
        import bokeh  # type: ignore[import-not-found]  # noqa: F401, PLC0415
    except ImportError:
        return f"scheduler at {cluster.scheduler_address} (pip install bokeh for the dashboard)"
    return f"dashboard at {cluster.dashboard_link}"


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1, got {text!r}")
    return int(text)


def _version() -> str:
    """The installed version, and which timestamps run: ``0.1.0 (timestamps: compiled)``."""
    from importlib.metadata import version  # noqa: PLC0415 (only when the parser is built)

    path = "compiled" if COMPILED else "pure Python"
    return f"{version('wrmodel')} (timestamps: {path})"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process's arguments)."""
    try:
        args = parser().parse_args(argv)
        status = int(args.run(args))
        sys.stdout.flush()  # a closed pipe is found here, not at exit
    except UsageError as error:
        print(f"wrmodel: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader stopped reading: the command could not finish, so it did not succeed.
        # The status is that of a process ended by SIGPIPE, as most commands would be.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + 13
    except KeyboardInterrupt:
        return 130
    return status
