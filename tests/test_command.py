"""The command as operators use it: every file read, gzip, binary input, JSON, pipes, memory.

Most tests run ``main`` in this process (fast); those about pipes run the real command.
The text and JSON forms of ``check`` and ``summary`` are compared whole with the files in
``tests/golden/command``; ``WRMODEL_GOLDEN=write python -m pytest tests/test_command.py``
writes them again (then read the diff).
"""

import gzip
import hashlib
import io
import os
import pathlib
import random
import subprocess
import sys
import tracemalloc

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wrmodel
from benchmarks.corpus import records as corpus
from wrmodel.io import _inputs
from wrmodel.io._cli import main
from wrmodel.io._sources import read_document
from wrmodel.io._terminal import Output
from wrmodel.io._writers import write_array
from wrmodel.lifecycle._summary import render

GOLDEN = pathlib.Path(__file__).parent / "golden" / "command"


def at(when: str) -> str:
    return f"2026-03-01T{when}Z"


#: Records for the golden outputs: ties in the counts, an unknown status, an operation type
#: longer than any column, a request with no durations, clocks that run backwards.
DOCS = [
    {"id": "a", "operationType": "DELETE_COMPARTMENT", "status": "ACCEPTED"},
    {
        "id": "b",
        "operationType": "DELETE_COMPARTMENT",
        "status": "IN_PROGRESS",
        "timeAccepted": at("10:00:00.000"),
        "timeStarted": at("10:01:30.500"),
    },
    {
        "id": "c",
        "operationType": "DELETE_TAG_DEFINITION",
        "status": "SUCCEEDED",
        "timeAccepted": at("10:00:00.000"),
        "timeStarted": at("10:00:02.000"),
        "timeFinished": at("11:00:02.000"),
    },
    {
        "id": "d",
        "operationType": "DELETE_COMPARTMENT",
        "status": "FAILED",
        "errors": [
            {"code": "CompartmentNotEmpty", "message": "not empty"},
            {"code": "InternalError", "message": "oops"},
        ],
        "timeAccepted": at("10:00:00.000"),
        "timeStarted": at("09:59:58.000"),
        "timeFinished": at("09:59:00.000"),
    },
    {"id": "e", "operationType": "DELETE_TAG_DEFINITION", "status": "FAILED"},
    {"id": "f", "operationType": "BULK_MOVE_EVERY_RESOURCE_OF_A_NEWER_API", "status": "PAUSED"},
]
BAD = [b'{"id": 7, "operationType": "DELETE_COMPARTMENT", "status": "ACCEPTED"}', b"{oops"]


def jsonl(docs, bad=()):
    return b"".join(orjson.dumps(d) + b"\n" for d in docs) + b"".join(b + b"\n" for b in bad)


@pytest.fixture
def here(tmp_path, monkeypatch):
    """A folder holding the golden inputs, as the current directory (names stay short)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.jsonl").write_bytes(jsonl(DOCS))
    (tmp_path / "bad.jsonl").write_bytes(jsonl(DOCS[:2], BAD))
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "timeless.jsonl").write_bytes(jsonl([DOCS[0], DOCS[4], DOCS[5]]))
    return tmp_path


def command(capsysbinary, *args):
    """``(status, stdout, stderr)`` of the command run in this process."""
    status = main(list(args))
    out, err = capsysbinary.readouterr()
    return status, out, err


def golden(name, text):
    """``text`` is the golden file ``name`` (written anew with WRMODEL_GOLDEN=write)."""
    path = GOLDEN / name
    if os.environ.get("WRMODEL_GOLDEN") == "write":
        path.write_bytes(text)
    assert text == path.read_bytes(), f"{name} differs; see the diff"


class TestGolden:
    @pytest.mark.parametrize(
        ("name", "args", "status"),
        [
            ("summary", ["good.jsonl"], 0),
            ("summary-bad", ["bad.jsonl"], 1),
            ("summary-empty", ["empty.jsonl"], 0),
            ("summary-timeless", ["timeless.jsonl"], 0),
            ("summary-missing", ["good.jsonl", "missing.jsonl"], 2),
            ("check", ["good.jsonl", "bad.jsonl"], 1),
            ("check-empty", ["empty.jsonl"], 0),
            ("check-missing", ["bad.jsonl", "missing.jsonl", "good.jsonl"], 2),
        ],
    )
    @pytest.mark.parametrize("form", ["text", "json"])
    def test_whole_output(self, here, capsysbinary, name, args, status, form):  # noqa: PLR0917
        """What check and summary print, stdout and stderr, is the golden text, whole."""
        flags = ["--json"] if form == "json" else []
        got, out, err = command(capsysbinary, name.split("-")[0], *flags, *args)
        assert got == status
        golden(f"{name}.{form}", b"== stdout\n" + out + b"== stderr\n" + err)

    def test_summary_json_is_the_report(self, here, capsysbinary):
        """summary --json prints dumps(summary): the summary's report, from the same data."""
        _, out, _ = command(capsysbinary, "summary", "--json", "good.jsonl")
        summary = wrmodel.Summary.of(wrmodel.loads(orjson.dumps(d)) for d in DOCS)
        assert orjson.loads(out) == summary.report()
        assert out == wrmodel.dumps(summary) + b"\n"
        assert render(orjson.loads(out)) == summary.render()

    def test_failed_beyond_the_limit(self, here, capsysbinary):
        """More failed requests than are listed: the rest are counted, in text and JSON."""
        failed = [{"id": f"x{i}", "operationType": "X", "status": "FAILED"} for i in range(22)]
        (here / "many.jsonl").write_bytes(jsonl(failed))
        _, out, _ = command(capsysbinary, "summary", "many.jsonl")
        assert out.endswith(b"  x19  (no errors recorded)\n  ... and 2 more\n")
        _, out, _ = command(capsysbinary, "summary", "--json", "many.jsonl")
        assert orjson.loads(out)["failed"]["notListed"] == 2


class TestEveryFile:
    def test_check_goes_on(self, here, capsysbinary):
        """A missing file among others: the others are checked, the worst status is kept."""
        status, out, err = command(capsysbinary, "check", "missing.jsonl", "bad.jsonl")
        assert status == 2
        assert out.count(b"bad.jsonl: line") == 2
        assert err.splitlines() == [
            b"wrmodel: error: cannot read missing.jsonl: No such file or directory",
            b"4 records, 2 bad; 1 file could not be read",
        ]

    def test_only_good_and_missing(self, here, capsysbinary):
        """An unreadable file outranks good records: status 2, whatever its place."""
        for args in (["good.jsonl", "missing.jsonl"], ["missing.jsonl", "good.jsonl"]):
            assert command(capsysbinary, "check", *args)[0] == 2

    def test_convert_missing(self, here, capsysbinary):
        """convert of a file that cannot be read: one line, status 2."""
        status, out, err = command(capsysbinary, "convert", "--from", "api", "--to", "api", "x")
        assert (status, out) == (2, b"")
        assert err == b"wrmodel: error: cannot read x: No such file or directory\n"


class TestBinaryInput:
    @pytest.mark.parametrize(
        ("data", "what"),
        [
            (random.Random(1).randbytes(1 << 20), "binary data (a NUL byte at offset 107)"),
            (
                b"\xfd7zXZ\x00\x00" + random.Random(2).randbytes(4000),
                "xz-compressed data (wrmodel reads gzip)",
            ),
            (b"BZh91AY&SY" + random.Random(2).randbytes(4000), "bzip2-compressed data"),
            (b"PK\x03\x04" + random.Random(2).randbytes(100), "a zip archive"),
            ('{"id": "a"}\n'.encode("utf-16"), "UTF-16 text (wrmodel reads UTF-8)"),
            (b"\xe9t\xe9\n", "not UTF-8 text (it begins with the byte 0xe9)"),
        ],
    )
    @pytest.mark.parametrize("subcommand", ["check", "summary", "convert"])
    def test_named_once(self, here, capsysbinary, data, what, subcommand):
        """Input that is not JSON text: one error naming the file and what it seems to be."""
        (here / "data.bin").write_bytes(data)
        args = ["--from", "api", "--to", "api"] if subcommand == "convert" else []
        status, out, err = command(capsysbinary, subcommand, *args, "data.bin")
        assert status == 2
        first, *rest = err.decode().splitlines()
        assert first.startswith(f"wrmodel: error: cannot read data.bin: not JSON text: {what}")
        assert len(rest) == (subcommand == "check")  # then the counts
        assert b"line" not in out

    @pytest.mark.parametrize(
        "args", [["check", "--style", "cli"], ["convert", "--from", "cli", "--to", "cli"]]
    )
    def test_cli_style(self, here, capsysbinary, args):
        """The CLI's output that is not text is refused once too."""
        (here / "data.bin").write_bytes(b"\x00" * 100)
        status, _, err = command(capsysbinary, *args, "data.bin")
        assert status == 2
        assert b"cannot read data.bin: not JSON text: binary data" in err

    def test_one_document_read_to_its_limit(self):
        """The CLI's output, one document, is read up to one byte past the limit, no further."""
        assert read_document(io.BytesIO(b"x" * 100), 10) == b"x" * 11
        assert read_document(io.BytesIO(gzip.compress(b"[]")), 10) == b"[]"

    def test_later_invalid_utf8_is_a_record(self, here, capsysbinary):
        """Invalid UTF-8 after the start is a bad record, as before: the file is text."""
        (here / "x.jsonl").write_bytes(jsonl(DOCS[:1]) + b'{"id": "\xff"}\n')
        status, out, _ = command(capsysbinary, "check", "x.jsonl")
        assert status == 1
        assert out.startswith(
            b"x.jsonl: line 2: $: not JSON text: not UTF-8 text (the byte 0xff at offset 8)\n"
        )

    def test_iter_jsonl_raises_whatever_on_error(self):
        """The library raises for such input: it is not a record that on_error could take."""
        with pytest.raises(wrmodel.DecodeError, match=r"\$: not JSON text: binary data"):
            list(wrmodel.iter_jsonl(io.BytesIO(b"\x00\x01"), on_error=print))

    @given(st.binary(min_size=1))
    def test_fuzz(self, data):
        """Any bytes: records, bad records, or one DecodeError at $; never anything else."""
        try:
            for _ in wrmodel.iter_jsonl(io.BytesIO(data), on_error=lambda e: None):
                pass
        except wrmodel.DecodeError as error:
            assert [p.path for p in error.problems] == ["$"]


class TestGzip:
    @pytest.mark.parametrize("name", ["good.jsonl.gz", "good.data"])
    @pytest.mark.parametrize(
        "args",
        [
            ["check"],
            ["check", "--json"],
            ["summary"],
            ["summary", "--json"],
            ["convert", "--from", "api", "--to", "sdk"],
            ["convert", "--from", "api", "--to", "cli"],
        ],
    )
    def test_same_as_plain(self, here, capsysbinary, name, args):
        """A gzip file, by its name or its magic number, gives what the plain file gives."""
        (here / name).write_bytes(gzip.compress((here / "good.jsonl").read_bytes()))
        plain = command(capsysbinary, *args, "good.jsonl")
        packed = command(capsysbinary, *args, name)
        assert packed == plain

    def test_standard_input(self, here, capsysbinary, monkeypatch):
        """Standard input is read as gzip data by its magic number."""
        packed = gzip.compress(jsonl(DOCS))
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(packed)))
        status, _, err = command(capsysbinary, "check")
        assert (status, err) == (0, b"6 records, 0 bad\n")

    def test_a_byte_at_a_time(self):
        """gzip data read a byte at a time gives the same records."""

        class Trickle(io.BytesIO):
            def read(self, size=-1):
                return super().read(1)

        packed = gzip.compress(jsonl(DOCS))
        got = list(wrmodel.iter_jsonl(Trickle(packed)))
        assert got == list(wrmodel.iter_jsonl(io.BytesIO(jsonl(DOCS))))

    def test_members_one_after_another(self, here):
        """Members one after another (cat a.gz b.gz) are read in turn."""
        path = here / "both.gz"
        path.write_bytes(gzip.compress(jsonl(DOCS[:2])) + gzip.compress(jsonl(DOCS[2:])))
        assert [wr.id for wr in wrmodel.iter_jsonl(path)] == [d["id"] for d in DOCS]

    def test_cut_short(self, here, capsysbinary):
        """A gzip file cut short: the records before the cut, then one error, status 2."""
        body = jsonl(corpus(300))
        (here / "cut.gz").write_bytes(gzip.compress(body)[: len(body) // 8])
        status, out, err = command(capsysbinary, "check", "cut.gz")
        assert (status, out) == (2, b"")
        first, counts = err.decode().splitlines()
        assert first == (
            "wrmodel: error: cannot read cut.gz: not valid gzip data: it ends early (cut short?)"
        )
        assert int(counts.split()[0]) > 0

    def test_not_gzip_though_named(self, here, capsysbinary):
        """A file named .gz that is not gzip data says so."""
        (here / "x.gz").write_bytes(jsonl(DOCS))
        status, _, err = command(capsysbinary, "check", "x.gz")
        assert status == 2
        assert b"cannot read x.gz: not valid gzip data: Error -3" in err

    def test_bomb_in_bounded_memory(self):
        """A small file that inflates hugely is read a chunk at a time."""
        bomb = gzip.compress(b"\n" * (64 << 20))
        tracemalloc.start()
        assert list(wrmodel.iter_jsonl(io.BytesIO(bomb))) == []
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < 8 << 20


class TestJson:
    def test_check_lines(self, here, capsysbinary):
        """check --json: an object per problem and per unreadable file, then the counts."""
        status, out, err = command(capsysbinary, "check", "--json", "bad.jsonl", "missing")
        lines = [orjson.loads(line) for line in out.splitlines()]
        assert status == 2
        assert lines[0] == {
            "type": "problem",
            "file": "bad.jsonl",
            "record": "line 3",
            "path": "$.id",
            "message": "expected a string, got 7",
        }
        assert [x["type"] for x in lines] == ["problem", "problem", "unreadable", "counts"]
        assert lines[-1] == {
            "type": "counts",
            "files": 2,
            "unreadable": 1,
            "records": 4,
            "bad": 2,
            "problems": 2,
        }
        assert err == b"wrmodel: error: cannot read missing: No such file or directory\n"

    def test_summary_document(self, here, capsysbinary):
        """summary --json: one JSON document; bad records are still said on stderr."""
        status, out, err = command(capsysbinary, "summary", "--json", "bad.jsonl")
        assert status == 1
        report = orjson.loads(out)
        assert (report["workRequests"], report["badRecords"]) == (2, 2)
        assert err.count(b"skipped, not a valid WorkRequest") == 2


def pipe_status(args):
    """The command's status and stderr when its reader takes 300 bytes and goes away."""
    with subprocess.Popen(
        [sys.executable, "-m", "wrmodel", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert len(process.stdout.read(300)) == 300
        process.stdout.close()
        err = process.stderr.read()
        return process.wait(), err


@pytest.fixture(scope="module")
def array(tmp_path_factory):
    """A JSON array of 2 000 corpus records."""
    path = tmp_path_factory.mktemp("pipes") / "array.json"
    path.write_bytes(orjson.dumps(corpus(2_000)))
    return path


class TestPipes:
    @pytest.mark.parametrize(
        "args",
        [
            ["convert", "--from", "api", "--to", "api"],
            ["convert", "--from", "api", "--to", "cli"],
            ["convert", "--from", "api", "--to", "sdk", "--jsonl"],
            ["check", "--json"],
        ],
    )
    def test_reader_gone_mid_write(self, array, args):
        """A reader that goes away after 300 bytes: 141, however the output is written."""
        if args[0] == "check":  # many problems: every record is of the wrong model
            args = [*args, "--model", "error"]
        status, err = pipe_status([*args, str(array)])
        assert status == 141, err
        assert b"Traceback" not in err

    def test_short_writes_written_on(self):
        """Output writes on after a short write, until all is written."""

        class Short(io.BytesIO):
            def write(self, data):
                return super().write(bytes(data[:7]))

        stream = Short()
        Output(stream).write(b"x" * 100)
        assert stream.getvalue() == b"x" * 100


class Sink(io.RawIOBase):
    """An output that keeps only the digest of what is written to it."""

    def __init__(self):
        self.digest = hashlib.sha256()

    def writable(self):
        return True

    def write(self, data):
        self.digest.update(data)
        return len(data)


def convert_peak(monkeypatch, n):
    """The peak memory of convert of an array of ``n`` records, its output checked."""
    text = orjson.dumps(corpus(n))
    sink = Sink()
    monkeypatch.setattr(_inputs, "open_input", lambda name: (io.BytesIO(text), len(text)))
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(sink)))
    tracemalloc.start()
    assert main(["convert", "--from", "api", "--to", "sdk", "x.json"]) == 0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    expected = wrmodel.dumps(wrmodel.loads(text, list[wrmodel.WorkRequest]), style="sdk") + b"\n"
    assert sink.digest.digest() == hashlib.sha256(expected).digest()
    return peak


class TestConvert:
    def test_array_in_bounded_memory(self, monkeypatch):
        """convert of an array to an array holds one record, not the array."""
        small, large = convert_peak(monkeypatch, 200), convert_peak(monkeypatch, 2_000)
        assert large < small * 1.5 + 256 * 1024, (small, large)

    @pytest.mark.parametrize("style", ["api", "sdk", "cli"])
    @pytest.mark.parametrize("n", [0, 1, 2, 7])
    def test_array_written_as_dumps(self, style, n):
        """write_array writes the bytes of dumps(list), in every style and size."""
        objs = [wrmodel.structure(d, wrmodel.WorkRequest) for d in corpus(n)]
        out = io.BytesIO()
        assert write_array(iter(objs), out, style=style) == n
        assert out.getvalue() == wrmodel.dumps(objs, style=style)

    @pytest.mark.parametrize("style", ["api", "sdk", "cli"])
    def test_line_breaks_inside_strings_kept(self, style):
        """Strings holding other line breaks than newline (U+0085, U+2028...) read back as they
        were: the CLI's nesting indents after newlines alone."""
        odd = "a\x85b\u2028c\u2029d\x0be\x0cf\x1cg"
        objs = [wrmodel.WorkRequestLogEntry(message=odd)] * 2
        out = io.BytesIO()
        write_array(objs, out, style=style)
        assert out.getvalue() == wrmodel.dumps(objs, style=style)
        assert wrmodel.loads(out.getvalue(), list[wrmodel.WorkRequestLogEntry], style=style) == objs

    def test_unencodable_in_cli_style(self):
        """A string UTF-8 cannot carry is an EncodeError in the streamed CLI output too."""
        with pytest.raises(wrmodel.EncodeError, match="surrogates not allowed"):
            write_array([wrmodel.WorkRequestLogEntry(message="\ud800")], io.BytesIO(), style="cli")

    @pytest.mark.parametrize("flags", [[], ["--jsonl"]])
    def test_unwritable_record_is_said(self, here, capsysbinary, flags):
        """A record that cannot be written in the style asked is said at its path and skipped."""
        clash = {"id": "x", "operationType": "A", "status": "ACCEPTED", "compartment_id": "c"}
        (here / "clash.jsonl").write_bytes(jsonl([DOCS[0], clash]))
        status, out, err = command(
            capsysbinary, "convert", "--from", "api", "--to", "sdk", *flags, "clash.jsonl"
        )
        assert status == 1
        assert err.startswith(b"clash.jsonl: line 2: $.compartment_id: the unknown key")
        assert out.count(b'"id":"a"') == 1
        assert b'"id":"x"' not in out

    @pytest.mark.parametrize("flags", [[], ["--jsonl"]])
    def test_sdk_archives_placeholder_is_written_back(self, here, capsysbinary, flags):
        """An SDK archive's UNKNOWN_ENUM_VALUE is kept and written back: check and convert agree."""
        placeholder = {
            "id": "x",
            "operation_type": "DELETE_COMPARTMENT",
            "status": "UNKNOWN_ENUM_VALUE",
        }
        sdk_doc = {"id": "a", "operation_type": "DELETE_COMPARTMENT", "status": "ACCEPTED"}
        (here / "sdk.jsonl").write_bytes(jsonl([sdk_doc, placeholder]))
        status, _, err = command(capsysbinary, "check", "--style", "sdk", "sdk.jsonl")
        assert (status, err) == (0, b"2 records, 0 bad\n")
        status, out, err = command(
            capsysbinary, "convert", "--from", "sdk", "--to", "api", *flags, "sdk.jsonl"
        )
        assert (status, err) == (0, b"")
        records = out.splitlines() if flags else orjson.loads(out)
        assert [orjson.loads(r) if flags else r for r in records][1] == {
            "id": "x",
            "operationType": "DELETE_COMPARTMENT",
            "status": "UNKNOWN_ENUM_VALUE",
        }

    @pytest.mark.parametrize(
        ("docs", "shape"),
        [
            (b'{\n "message": "a"\n}', b"{"),
            (b'{"message": "a"}', b"["),  # JSON Lines: records, however many
            (b'{"message": "a"}\n{"message": "b"}', b"["),
            (b'{\n "message": "a"}\n{\n "message": 1}', b"{"),  # one good document of two
            (b'[{"message": "a"}]', b"["),
            (b"", b"["),
        ],
    )
    def test_one_document_stays_one(self, capsysbinary, monkeypatch, docs, shape):
        """One document gives one document; anything else an array, as before."""
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(docs)))
        main(["convert", "--from", "api", "--to", "api", "--model", "log-entry"])
        assert capsysbinary.readouterr().out.startswith(shape)


class TestAudit:
    """--unknown forbid: what a newer API sent is a problem at its path; keep is the default."""

    NEWER = ({"id": "n", "operationType": "DELETE_COMPARTMENT", "status": "WAITING", "fooBar": 1},)

    def test_check(self, here, capsysbinary):
        """check says each unknown key and value of each record, and the counts."""
        (here / "newer.jsonl").write_bytes(jsonl([DOCS[0], *self.NEWER, DOCS[1]]))
        assert command(capsysbinary, "check", "newer.jsonl")[0] == 0
        status, out, err = command(capsysbinary, "check", "--unknown", "forbid", "newer.jsonl")
        assert (status, err) == (1, b"3 records, 1 bad\n")
        assert out.splitlines() == [
            (
                b"newer.jsonl: line 2: $.status: expected one of the Status values this version"
                b" knows (unknown='forbid'), got 'WAITING'"
            ),
            b"newer.jsonl: line 2: $.fooBar: unknown key (not a field of WorkRequest)",
        ]

    @pytest.mark.parametrize(
        ("source", "flags", "said"),
        [
            ("api", ["--jsonl"], b"line 2: $.fooBar: unknown key"),
            ("sdk", [], b"item 1: $.foo_bar: unknown key"),
            ("cli", [], b"document: $.data[1].foo-bar: unknown key"),  # one document: refused
        ],
    )
    def test_convert(self, here, capsysbinary, source, flags, said):
        """convert refuses what the audit refuses and writes the rest; keep writes it all."""
        docs = [DOCS[0], *self.NEWER]
        text = wrmodel.dumps(wrmodel.structure(docs, list[wrmodel.WorkRequest]), style=source)
        (here / "in.json").write_bytes(jsonl(docs) if flags else text)
        args = ["convert", "--from", source, "--to", source, *flags, "in.json"]
        status, out, err = command(capsysbinary, *args, "--unknown", "forbid")
        assert status == 1
        assert said in err
        assert b'"n"' not in out
        assert (b'"a"' in out) is (source != "cli")
        status, out, _ = command(capsysbinary, *args)
        assert status == 0
        assert out.count(b"WAITING") == 1

    def test_usage(self, here, capsysbinary):
        """Another value of --unknown is a usage error."""
        assert command(capsysbinary, "check", "--unknown", "drop", "good.jsonl")[0] == 2
