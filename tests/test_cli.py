import io
import json
import subprocess
import sys

import orjson
import pytest

import wrmodel
from wrmodel.io import _cli, _inputs, _terminal
from wrmodel.io._cli import main
from wrmodel.io._terminal import Progress

from .strategies import sample

API = "02_in_progress_resources_logs.json"
CLI = "02_in_progress_resources_logs.oci-cli.json"
FAILED = "04_failed_with_errors.json"


def run(*args: str, stdin: bytes = b"", cwd=None, env=None) -> subprocess.CompletedProcess[bytes]:
    """The real command, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "wrmodel", *args],
        input=stdin,
        capture_output=True,
        check=False,
        cwd=cwd,
        env=env,
    )


@pytest.fixture
def files(tmp_path):
    for name in ("01_accepted_minimal.json", API, CLI, FAILED):
        (tmp_path / name).write_bytes(sample(name))
    lines = [orjson.loads(sample(n)) for n in ("01_accepted_minimal.json", API, FAILED)]
    (tmp_path / "all.jsonl").write_bytes(b"".join(orjson.dumps(x) + b"\n" for x in lines))
    (tmp_path / "all.json").write_bytes(orjson.dumps(lines))
    bad = [*lines, {"id": 7, "operationType": "X", "status": "ACCEPTED"}]
    (tmp_path / "bad.jsonl").write_bytes(
        b"".join(orjson.dumps(x) + b"\n" for x in bad) + b"{oops\n"
    )
    return tmp_path


class TestCheck:
    @pytest.mark.parametrize("name", [API, "all.jsonl", "all.json"])
    def test_good(self, files, name):
        """Good input in any form exits 0 and prints no problem."""
        result = run("check", str(files / name))
        assert result.returncode == 0, result
        assert result.stdout == b""

    @pytest.mark.slow
    def test_cli_output(self, files):
        """The CLI's output is checked with --style cli: one object or a list."""
        assert run("check", "--style", "cli", str(files / CLI)).returncode == 0
        assert run("check", str(files / CLI)).returncode == 1
        listed = run("convert", "--from", "api", "--to", "cli", str(files / "all.json")).stdout
        assert run("check", "--style", "cli", stdin=listed).returncode == 0
        broken = listed.replace(b'"status": "FAILED"', b'"status": 3')
        result = run("check", "--style", "cli", stdin=broken)
        assert result.returncode == 1
        assert b"-: document: $.data[2].status: expected a string (Status), got 3" in result.stdout
        assert run("check", "--style", "cli", stdin=b"{oops").returncode == 1
        assert run("check", "--style", "cli", stdin=b"").returncode == 0  # the CLI's empty list

    def test_bad_records(self, files):
        """Every problem is printed with file, record and wire path; exit status 1."""
        result = run("check", str(files / "bad.jsonl"))
        assert result.returncode == 1
        lines = result.stdout.decode().splitlines()
        assert lines[0] == f"{files / 'bad.jsonl'}: line 4: $.id: expected a string, got 7"
        assert lines[-1].startswith(f"{files / 'bad.jsonl'}: line 5: $: not valid JSON")
        assert b"5 records, 2 bad" in result.stderr

    def test_stdin(self):
        """No file, or -, reads standard input."""
        assert run("check", stdin=sample(API)).returncode == 0
        result = run("check", "-", stdin=b"not json at all")
        assert result.returncode == 1
        assert result.stdout.startswith(b"-: line 1: $: not valid JSON")

    def test_several_files(self, files):
        """Several files are checked in turn."""
        result = run("check", str(files / API), str(files / "bad.jsonl"))
        assert result.returncode == 1
        assert b"6 records, 2 bad" in result.stderr

    def test_summaries(self, files):
        """--model checks other record types."""
        docs = [{k: v for k, v in orjson.loads(sample(API)).items() if k != "logs"}]
        path = files / "summaries.json"
        path.write_bytes(orjson.dumps(docs))
        assert run("check", "--model", "summary", str(path)).returncode == 0


class TestUsageErrors:
    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["check", "--bogus"], "unrecognized arguments: --bogus"),
            (["convert", "--from", "api"], "the following arguments are required: --to"),
            (["convert", "--from", "api", "--to", "xml"], "invalid choice: 'xml'"),
            (
                ["convert", "--from", "api", "--to", "cli", "--jsonl"],
                "--jsonl writes api or sdk records",
            ),
            ([], "the following arguments are required: command"),
            (["explode"], "invalid choice: 'explode'"),
        ],
    )
    def test_one_line_exit_2(self, args, message):
        """Bad options and unreadable input: one clear line on stderr, exit status 2."""
        result = run(*args)
        assert result.returncode == 2
        lines = result.stderr.decode().splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith("wrmodel: error: ")
        assert message in lines[0]

    def test_directory(self, tmp_path):
        """A directory is unreadable input."""
        result = run("check", str(tmp_path))
        assert result.returncode == 2
        assert b"cannot read" in result.stderr

    def test_read_error(self):
        """A file that fails while being read is unreadable input (Linux: /proc/self/mem)."""
        result = run("check", "/proc/self/mem")
        assert result.returncode == 2
        assert result.stderr.startswith(b"wrmodel: error: cannot read /proc/self/mem: ")

    def test_interrupted(self, monkeypatch):
        """Ctrl-C ends the command with status 130, without a traceback."""

        class Interrupted:
            def parse_args(self, argv):
                raise KeyboardInterrupt

        monkeypatch.setattr(_cli, "parser", Interrupted)
        assert main(["demo"]) == 130


class TestConvert:
    def test_to_cli_text(self, files):
        """api to cli gives the CLI's own text (headers aside)."""
        result = run("convert", "--from", "api", "--to", "cli", str(files / API))
        expected = json.loads(sample(CLI))
        del expected["etag"]
        assert json.loads(result.stdout) == expected
        assert result.stdout.endswith(b"}\n")

    def test_from_cli(self, files):
        """cli to api gives the API's document."""
        result = run("convert", "--from", "cli", "--to", "api", str(files / CLI))
        assert wrmodel.loads(result.stdout) == wrmodel.loads(sample(API))

    def test_jsonl(self, files):
        """--jsonl writes one record per line; an array becomes lines and back."""
        result = run("convert", "--from", "api", "--to", "sdk", "--jsonl", str(files / "all.json"))
        lines = result.stdout.splitlines()
        assert len(lines) == 3
        back = run("convert", "--from", "sdk", "--to", "api", stdin=result.stdout)
        assert orjson.loads(back.stdout) == orjson.loads(
            wrmodel.dumps(
                wrmodel.loads((files / "all.json").read_bytes(), list[wrmodel.WorkRequest])
            )
        )

    def test_bad_records_reported(self, files):
        """Bad records are reported on stderr and skipped; exit status 1."""
        result = run("convert", "--from", "api", "--to", "api", "--jsonl", str(files / "bad.jsonl"))
        assert result.returncode == 1
        assert len(result.stdout.splitlines()) == 3
        assert b"line 4: $.id: expected a string" in result.stderr


class TestCommandLine:
    def test_version(self):
        """--version prints the installed version, and which timestamps run."""
        from importlib.metadata import version

        result = run("--version")
        assert result.returncode == 0
        path = "compiled" if wrmodel.COMPILED else "pure Python"
        assert result.stdout.decode() == f"wrmodel {version('wrmodel')} (timestamps: {path})\n"

    @pytest.mark.parametrize("command", ["check", "convert", "summary", "demo"])
    def test_help(self, command):
        """Each subcommand has a description; choices are listed; no reST markup."""
        out = run(command, "--help").stdout.decode()
        assert "``" not in out
        assert getattr(_cli, command).__doc__.split("\n")[0] in " ".join(out.split())
        if command != "demo":
            assert "api, sdk, cli" in out
        assert "``" not in run("--help").stdout.decode()

    def test_empty_input(self):
        """An input with no record says so; nothing is bad, so the status is 0."""
        result = run("check", stdin=b"\n")
        assert result.returncode == 0
        assert result.stderr == b"0 records, 0 bad: the input holds no records\n"

    def test_missing_file_among_several(self, files):
        """Every file named is read; one that cannot be is said in its turn; exit status 2."""
        result = run("check", str(files / "bad.jsonl"), "no/such/file", str(files / "all.jsonl"))
        assert result.returncode == 2
        assert result.stderr.decode().splitlines() == [
            "wrmodel: error: cannot read no/such/file: No such file or directory",
            "8 records, 2 bad; 1 file could not be read",
        ]
        assert len(result.stdout.splitlines()) == 2  # bad.jsonl's; all.jsonl's records counted
        result = run("summary", str(files / "all.jsonl"), "no/such/file")
        assert result.returncode == 2
        assert result.stdout.startswith(b"3 work requests\n")
        result = run("summary", "no/such/file", str(files / "all.jsonl"))
        assert result.returncode == 2
        assert result.stdout.startswith(b"3 work requests\n")
        result = run("summary", "no/such/file")
        assert (result.returncode, result.stdout) == (2, b"")

    @pytest.mark.slow
    def test_cli_to_cli_keeps_headers(self, files):
        """convert --from cli --to cli writes the data and the headers again."""
        text = sample(CLI)
        result = run("convert", "--from", "cli", "--to", "cli", stdin=text)
        assert result.returncode == 0
        assert json.loads(result.stdout) == json.loads(text)
        listed = run("convert", "--from", "api", "--to", "cli", str(files / "all.json")).stdout
        again = run("convert", "--from", "cli", "--to", "cli", stdin=listed)
        assert again.stdout == listed
        broken = run("convert", "--from", "cli", "--to", "cli", stdin=b'{"data": {"id": 1}}')
        assert broken.returncode == 1
        assert b"-: document: $.data.id: expected a string" in broken.stderr
        assert run("convert", "--from", "cli", "--to", "cli", str(files / CLI)).stdout == text
        not_json = run("convert", "--from", "cli", "--to", "cli", stdin=b"{oops")
        assert not_json.returncode == 1
        assert b"-: document: $: not valid JSON" in not_json.stderr

    def test_one_line_array_in_chunks(self, tmp_path):
        """A compact one-line array is checked item by item from the file."""
        path = tmp_path / "big.json"
        path.write_bytes(orjson.dumps([orjson.loads(sample(API))] * 300))
        result = run("check", str(path))
        assert (result.returncode, result.stderr) == (0, b"300 records, 0 bad\n")


class TestSummary:
    def test_table(self, files):
        """Counts by status and operation, durations, failures with error codes."""
        result = run("summary", str(files / "all.jsonl"))
        out = result.stdout.decode()
        assert result.returncode == 0
        assert out.startswith("3 work requests\n")
        assert "ACCEPTED         1" in out
        assert "DELETE_COMPARTMENT      3" in out
        assert "queued      0.5s  1.2s  1.2s" in out  # the lower median of two
        assert "CompartmentNotEmpty, InternalError" in out

    def test_unknown_values_counted_by_their_strings(self):
        """A status this version does not know is counted under the string that came."""
        doc = b'{"id": "x", "operationType": "NEW_OP", "status": "PAUSED"}'
        out = run("summary", stdin=doc).stdout.decode()
        assert "PAUSED" in out
        assert "NEW_OP" in out
        assert "-         -         -" in out.replace("  ", " ") or "    -" in out

    def test_bad_records_skipped(self, files):
        """Bad records are skipped, said so, and make the exit status 1."""
        result = run("summary", str(files / "bad.jsonl"))
        assert result.returncode == 1
        assert result.stdout.startswith(b"3 work requests (2 bad records skipped)")


class TestDemo:
    def test_demo(self):
        """The demo runs on bundled data: styles, summary, history, round trip."""
        result = run("demo")
        assert result.returncode == 0, result.stderr
        out = result.stdout.decode()
        for expected in [
            "1. Read",
            "cli: decodes equal: True",
            "sdk: decodes equal: True",
            "3 work requests",
            '"type":"Accepted"',
            "replays to the same request: True",
            "decodes equal: True",
        ]:
            assert expected in out
        encoded = out.rstrip().splitlines()[-1]
        assert orjson.loads(encoded) == orjson.loads(sample(API))

    def test_in_process(self, capsys):
        """main(["demo"]) returns 0."""
        assert main(["demo"]) == 0
        assert "WorkRequest(id='ocid1.workrequest" in capsys.readouterr().out

    def test_python_dash_m(self, monkeypatch, capsys):
        """`python -m wrmodel` runs main and exits with its status."""
        import runpy

        monkeypatch.setattr(sys, "argv", ["wrmodel", "demo"])
        with pytest.raises(SystemExit) as info:
            runpy.run_module("wrmodel", run_name="__main__")
        assert info.value.code == 0
        assert "Round trip" in capsys.readouterr().out

    @pytest.mark.slow
    def test_broken_pipe(self):
        """A reader that stops reading ends the command with 141 (SIGPIPE), no traceback."""
        import os

        for args in (
            ["demo"],
            ["check", "-"],
            ["summary", "--json", "-"],
            ["convert", "--from", "api", "--to", "api", "--model", "error"],
        ):
            read, write = os.pipe()
            os.close(read)
            result = subprocess.run(
                [sys.executable, "-m", "wrmodel", *args],
                input=b'{"id": 1}\n' * 10_000,
                stdout=write,
                stderr=subprocess.PIPE,
                check=False,
            )
            os.close(write)
            assert result.returncode == 141, args
            assert b"Traceback" not in result.stderr


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class TestProgress:
    def test_bar_on_a_terminal(self, monkeypatch):
        """Large input on a terminal gets a progress bar, cleared at the end."""
        stream = FakeTerminal()
        progress = Progress(2 << 20, stream, io.BytesIO(b"x" * (1 << 20)))
        monkeypatch.setattr(_terminal.time, "monotonic", iter(range(0, 100, 1)).__next__)
        assert len(progress.read(1 << 21)) == 1 << 20
        progress.record()
        assert "[###############               ]  50% 1 record " in stream.getvalue()
        progress.record()
        assert stream.getvalue().endswith("50% 2 records" + " " * 13)
        progress.close()
        assert stream.getvalue().endswith("\r" + " " * 60 + "\r")

    def test_standard_input(self, monkeypatch):
        """Without a size (standard input), the bar shows the bytes and records read."""
        stream = FakeTerminal()
        progress = Progress(None, stream, io.BytesIO(b"x" * (3 << 20)))
        monkeypatch.setattr(_terminal.time, "monotonic", iter(range(0, 100, 1)).__next__)
        progress.read(3 << 20)
        progress.record()
        assert "3.0 MiB read, 1 record" in stream.getvalue()

    def test_cleared_before_problems(self, monkeypatch, tmp_path, capsys):
        """The bar is erased before a bad record is reported, and drawn again after."""
        monkeypatch.setattr(_terminal, "PROGRESS_FROM", 0)
        monkeypatch.setattr(sys, "stderr", FakeTerminal())
        path = tmp_path / "bad.jsonl"
        path.write_bytes(sample(API).replace(b"\n", b"") + b"\n{oops\n")
        shown = []
        for _, result in _inputs.records(str(path), wrmodel.WorkRequest, "api"):
            shown.append((isinstance(result, wrmodel.DecodeError), sys.stderr.getvalue()))
        assert shown[0][1].rstrip().endswith("100% 1 record")  # drawn
        assert shown[1][0]
        assert shown[1][1].endswith("\r" + " " * 60 + "\r")  # erased before the report

    def test_no_bar_when_piped_or_small(self):
        """No bar when the stream is not a terminal, or the input is small."""
        for progress in (
            Progress(10 << 20, io.StringIO()),
            Progress(10, FakeTerminal()),
            Progress(None, FakeTerminal()),
        ):
            progress.record()
            progress.close()
            assert progress.stream.getvalue() == ""

    def test_version(self):
        """__version__ comes from the installed metadata."""
        from importlib.metadata import version

        assert wrmodel.__version__ == version("wrmodel")
        with pytest.raises(AttributeError, match="no attribute"):
            _ = wrmodel.nonexistent  # type: ignore[attr-defined]


class TestSynopsis:
    #: Options docs/command.md says apart from the synopsis (the Dask section).
    ELSEWHERE = frozenset({"-h", "--help", "--workers", "--scheduler", "--blocksize"})

    @pytest.mark.parametrize("command", ["check", "convert", "summary"])
    def test_every_option_in_the_synopsis(self, command, capsys):
        """docs/command.md's synopsis names every option each subcommand takes."""
        import pathlib
        import re

        page = (pathlib.Path(__file__).parent.parent / "docs" / "command.md").read_text()
        [line] = [x for x in page.splitlines() if x.startswith(f"wrmodel {command} ")]
        with pytest.raises(SystemExit):
            main([command, "--help"])
        usage = capsys.readouterr().out.split("\n\n")[0]
        options = set(re.findall(r"(?<![\w-])--?[a-z][\w-]*", usage))
        assert sorted(options - self.ELSEWHERE - set(re.findall(r"--?[a-z][\w-]*", line))) == []
