"""wrmodel on Dask: the same objects, errors and summaries as one process."""

import gzip
import io
import os
import random
import sys

import dask
import distributed
import orjson
import pytest

import wrmodel
from benchmarks.corpus import record
from wrmodel import DecodeError, Summary, WorkRequest
from wrmodel import dask as on_dask
from wrmodel.io import _cli, _dask

from . import test_cli

BLOCK = 4096
BAD = b'{"id": 1, "operationType": "A", "status": "ACCEPTED"}'


def archive_file(rng: random.Random, lines: int) -> bytes:
    """JSON Lines with bad lines, blank lines and pages placed at range boundaries."""
    out = bytearray()
    for i in range(lines):
        line = orjson.dumps(record(rng))
        boundary = (len(out) // BLOCK + 1) * BLOCK
        if i % 9 == 4:
            # Pad the line before so that a bad line begins exactly at a boundary.
            out[-1:] = b" " * max(0, boundary - len(out)) + b"\n"
            out += BAD + b"\n"
        elif i % 9 == 7:
            out += b"{oops" + b" " * max(0, boundary - len(out) + 3) + b"\n"  # across one
        elif i % 23 == 11:
            out += b"\n"
        elif i % 17 == 3:
            out += b"[" + line + b"," + BAD + b"]\n"  # a page, with a bad item
        else:
            out += line + b"\n"
    return bytes(out)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    rng = random.Random(7)
    paths = []
    for n in range(3):
        path = folder / f"{n:02d}.jsonl"
        path.write_bytes(archive_file(rng, 60 + 30 * n))
        paths.append(path)
    packed = folder / "03.jsonl.gz"  # one task: gzip data cannot be split
    packed.write_bytes(gzip.compress(archive_file(rng, 40)))
    paths.append(packed)
    records = [orjson.loads(orjson.dumps(record(rng))) for _ in range(5)]
    (folder / "array.json").write_bytes(orjson.dumps(records))
    (folder / "docs.json").write_bytes(
        b"\n".join(orjson.dumps(r, option=orjson.OPT_INDENT_2) for r in records)
    )
    return [*paths, folder / "array.json", folder / "docs.json"]


def shown(bad):
    """Bad records as text (errors compare by identity)."""
    return [(path, record, str(error)) for path, record, error in bad]


def keyed(values):
    """Objects, and errors as the names of their records."""
    return [f"{v.record}" if isinstance(v, DecodeError) else v for v in values]


@pytest.fixture(scope="module")
def cluster():
    with on_dask.local_cluster(2) as local, distributed.Client(local) as client:
        yield client


class TestRanges:
    def test_boundaries_hit(self, archive):
        """The archive has bad lines at and across range boundaries, in several ranges."""
        text = archive[0].read_bytes()
        starts = [0]
        for line in text.split(b"\n")[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        lines = dict(zip(starts, text.split(b"\n"), strict=False))
        assert any(at % BLOCK == 0 and line == BAD for at, line in lines.items() if at)
        assert any(
            line.startswith(b"{oops") and at // BLOCK != (at + len(line)) // BLOCK
            for at, line in lines.items()
        )
        parts = on_dask.ranges(archive, BLOCK)
        assert sum(not p.whole for p in parts) > 10
        assert [p.whole for p in parts[-3:]] == [True, True, True]
        assert [p for p in parts if p.path.endswith(".gz")] == [  # JSON Lines, but gzip data
            on_dask.Range(str(archive[3]), 0, archive[3].stat().st_size, whole=True)
        ]

    def test_file_shorter_than_its_range(self, archive):
        """A file cut short since its ranges were made ends its last range where it ends."""
        size = archive[0].stat().st_size
        part = on_dask.Range(str(archive[0]), size - 10, size + 100)
        assert list(_dask._lines(part)) == []

    @pytest.mark.parametrize("size", [0, -1, 1.5, True])
    def test_bad_blocksize(self, archive, size):
        """The block size is a positive number of bytes."""
        with pytest.raises(ValueError, match="blocksize must be a positive number"):
            on_dask.ranges(archive, size)


class TestReadJsonl:
    @pytest.mark.parametrize("scheduler", ["sync", "threads"])
    def test_same_as_iter_jsonl(self, archive, scheduler):
        """The bag holds iter_jsonl's objects in order; bad records named by file and line."""
        bag = on_dask.read_jsonl(archive, blocksize=BLOCK, bad="keep")
        with dask.config.set(scheduler=scheduler):
            got = keyed(bag.compute())
        want = []
        for path in archive:
            for name, result in wrmodel.io._stream.decode_records(path, WorkRequest):
                want.append(f"{path}: {name}" if isinstance(result, DecodeError) else result)
        assert got == want
        assert sum(isinstance(x, str) for x in got) > 10

    def test_audit(self, archive):
        """unknown="forbid" finds what iter_jsonl's audit finds, by file and line."""
        bag = on_dask.read_jsonl(archive, unknown="forbid", blocksize=BLOCK, bad="keep")
        with dask.config.set(scheduler="sync"):
            got = [str(x) if isinstance(x, DecodeError) else x for x in bag.compute()]
        want = []
        for path in archive:
            for name, x in wrmodel.io._stream.decode_records(path, WorkRequest, "api", "forbid"):
                want.append(
                    str(_dask._named(x, str(path), name)) if isinstance(x, DecodeError) else x
                )
        assert got == want
        assert sum("unknown='forbid'" in x for x in got if isinstance(x, str)) > 10

    def test_raises_the_first_bad_record(self, archive):
        """By default a bad record raises, named by file and line."""
        with dask.config.set(scheduler="sync"), pytest.raises(DecodeError) as info:
            on_dask.read_jsonl(archive[:1], blocksize=BLOCK).compute()
        bad = [
            f"{archive[0]}: {r}"
            for r, x in wrmodel.io._stream.decode_records(archive[0], WorkRequest)
            if isinstance(x, DecodeError)
        ]
        assert info.value.record in bad

    def test_options(self, archive):
        """bad must be raise or keep; the style must be one JSON Lines hold."""
        with pytest.raises(ValueError, match="bad must be 'raise' or 'keep'"):
            on_dask.read_jsonl(archive, bad="skip")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="not the CLI's output"):
            on_dask.read_jsonl(archive, style="cli")


class TestSummary:
    def test_threads(self, archive):
        """The summary on threads is one process's, to the byte."""
        want = Summary()
        for path in archive:
            for _, result in wrmodel.io._stream.decode_records(path, WorkRequest):
                if isinstance(result, DecodeError):
                    want.add_bad()
                else:
                    want.add(result)
        with dask.config.set(scheduler="threads"):
            outcome = on_dask.summarize(archive, blocksize=BLOCK, split_every=3)
        assert outcome.summary == want
        assert outcome.summary.render() == want.render()
        assert outcome.records == want.total + want.bad
        assert len(outcome.bad) == want.bad

    @pytest.mark.slow
    def test_processes(self, archive, cluster):
        """On a 2-worker cluster of processes too, with progress."""
        with dask.config.set(scheduler="sync"):
            want = on_dask.summarize(archive, blocksize=BLOCK)
        got = on_dask.summarize(archive, blocksize=BLOCK, progress=True)
        assert (got.records, got.summary, shown(got.bad)) == (
            want.records,
            want.summary,
            shown(want.bad),
        )
        checked = on_dask.check(archive, blocksize=BLOCK)
        assert (checked.records, shown(checked.bad), checked.summary) == (
            want.records,
            shown(want.bad),
            None,
        )

    def test_nothing(self):
        """No files: nothing, and an empty summary."""
        assert on_dask.summarize([]) == on_dask.Outcome(0, [], Summary())
        assert on_dask.check([]) == on_dask.Outcome(0, [], None)


def run(*args: str):
    """The command, failing fast where a scheduler cannot be reached."""
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    return test_cli.run(*args, env=env)


@pytest.mark.slow
class TestCommand:
    def test_dashboard(self, monkeypatch):
        """On a terminal, where to watch the cluster: the dashboard when bokeh serves one."""

        class Cluster:
            scheduler_address = "tcp://127.0.0.1:1"
            dashboard_link = "http://127.0.0.1:2/status"

        monkeypatch.setitem(sys.modules, "bokeh", None)
        assert "scheduler at tcp://127.0.0.1:1 (pip install bokeh" in _cli._dashboard(Cluster)
        monkeypatch.setitem(sys.modules, "bokeh", object())
        assert _cli._dashboard(Cluster) == "dashboard at http://127.0.0.1:2/status"

    @pytest.mark.parametrize("command", ["summary", "check"])
    def test_identical_output(self, archive, command):
        """--workers 2 prints what one process prints, and exits the same."""
        files = [str(p) for p in archive]
        alone = run(command, *files)
        spread = run(command, "--workers", "2", "--blocksize", str(BLOCK), *files)
        assert (spread.returncode, spread.stdout, spread.stderr) == (
            alone.returncode,
            alone.stdout,
            alone.stderr,
        )
        assert alone.returncode == 1

    def test_missing_file(self, archive, tmp_path):
        """Files that cannot be read or are not text: the same lines, the same status."""
        (tmp_path / "data.bin").write_bytes(b"\x00" * 10)
        files = [
            str(archive[0]),
            str(tmp_path / "missing.jsonl"),
            str(archive[1]),
            str(tmp_path / "data.bin"),
        ]
        for command in ("summary", "check"):
            alone = run(command, *files)
            spread = run(command, "--workers", "1", *files)
            assert (spread.returncode, spread.stdout, spread.stderr) == (
                alone.returncode,
                alone.stdout,
                alone.stderr,
            )
            assert alone.returncode == 2
            first = run(command, "--workers", "1", str(tmp_path / "missing.jsonl"))
            assert (first.returncode, first.stdout) == (2, b"")

    def test_scheduler(self, archive, cluster):
        """--scheduler runs on an existing cluster, with the same output."""
        files = [str(p) for p in archive]
        alone = run("summary", *files)
        there = run("summary", "--scheduler", cluster.scheduler.address, *files)
        assert (there.returncode, there.stdout, there.stderr) == (
            alone.returncode,
            alone.stdout,
            alone.stderr,
        )

    def test_on_a_terminal(self, archive, monkeypatch, capsys):
        """On a terminal: where to watch the cluster, and Dask's progress bar."""

        class Terminal(io.StringIO):
            def isatty(self):
                return True

        monkeypatch.setattr(sys, "stderr", Terminal())
        assert _cli.main(["summary", "--workers", "1", str(archive[2])]) == 1
        shown = sys.stderr.getvalue()
        assert "Dask: 1 local workers; " in shown
        assert "Completed" in shown  # the progress bar
        assert capsys.readouterr().out.startswith(
            f"{on_dask.summarize(archive[2:3]).summary.total}"
        )

    def test_without_dask(self, archive, monkeypatch, capsys):
        """Without the extra, --workers says what to install."""
        monkeypatch.setitem(sys.modules, "dask", None)  # as if it were not installed
        for name in ("wrmodel.dask", "wrmodel.io._dask"):
            monkeypatch.delitem(sys.modules, name, raising=False)
        monkeypatch.delattr(wrmodel, "dask")
        monkeypatch.delattr(wrmodel.io, "_dask")
        assert _cli.main(["check", "--workers", "1", str(archive[0])]) == 2
        assert "wrmodel.dask" in capsys.readouterr().err

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["summary", "--workers", "2"], "read files, not standard input"),
            (["check", "--workers", "2", "-"], "read files, not standard input"),
            (["check", "--workers", "2", "--style", "cli", "x"], "not the CLI's output"),
            (["check", "--workers", "0", "x"], "expected a whole number from 1"),
            (["summary", "--scheduler", "tcp://127.0.0.1:1", "x"], "cannot reach the Dask"),
        ],
    )
    def test_usage_errors(self, args, message, archive):
        """Dask options that cannot work: one line, exit 2."""
        args = [str(archive[0]) if a == "x" else a for a in args]
        result = run(*args)
        assert result.returncode == 2
        assert message in result.stderr.decode()


SERVICE = """
from wrmodel import declare_family

FAMILY = declare_family(
    "myservice",
    sdk="oci.devops.models",
    module=__name__,
    statuses="ACCEPTED IN_PROGRESS WAITING SUCCEEDED FAILED CANCELING CANCELED",
    transitions={
        "ACCEPTED": "IN_PROGRESS",
        "IN_PROGRESS": "WAITING SUCCEEDED",
        "WAITING": "IN_PROGRESS",
    },
    operation_types="CREATE_PROJECT",
    action_types="CREATED",
)
"""


@pytest.mark.slow
class TestDeclaredFamilies:
    @pytest.fixture
    def service(self, tmp_path, monkeypatch):
        """A user's module that declares a family when it is imported."""
        import importlib

        (tmp_path / "myservice_models.py").write_text(SERVICE)
        monkeypatch.syspath_prepend(str(tmp_path))
        module = importlib.import_module("myservice_models")
        yield module
        sys.modules.pop("myservice_models", None)

    def test_pickle(self, service):
        """Objects, classes and enum members of a declared family pickle, as built-in ones do."""
        import pickle

        cls = service.FAMILY.request
        wr = wrmodel.transitions.accept("x", "CREATE_PROJECT", compartment_id="c", cls=cls)
        wr = wrmodel.transitions.move(wrmodel.transitions.start(wr), "WAITING")
        for value in (wr, cls, wr.status, service.FAMILY.summary):
            assert pickle.loads(pickle.dumps(value)) == value

    def test_process_scheduler(self, service, tmp_path):
        """read_jsonl of a declared family's records runs on Dask's process scheduler."""
        cls = service.FAMILY.request
        doc = {
            "operationType": "CREATE_PROJECT",
            "status": "WAITING",
            "id": "x",
            "compartmentId": "c",
            "resources": [],
            "percentComplete": 10,
            "timeAccepted": "2016-08-25T21:10:29.600Z",
        }
        path = tmp_path / "records.jsonl"
        path.write_bytes(b"".join(orjson.dumps({**doc, "id": f"r{i}"}) + b"\n" for i in range(20)))
        bag = on_dask.read_jsonl([path], cls, blocksize=300)
        with dask.config.set(scheduler="processes", num_workers=2):
            got = bag.compute()
        assert got == list(wrmodel.iter_jsonl(path, cls))
        assert {type(x) for x in got} == {cls}
        with on_dask.local_cluster(1) as cluster, distributed.Client(cluster):
            assert bag.compute() == got  # a distributed cluster's worker imports the module
