import json

import pytest

from benchmarks import corpus, run


class TestCorpus:
    def test_deterministic(self):
        """The same seed and size give the same bytes; another seed, other bytes."""
        assert corpus.corpus(20) == corpus.corpus(20)
        assert corpus.corpus(20, seed=1) != corpus.corpus(20)

    def test_shape(self):
        """Records have 0-5 resources, 0-3 errors, 0-10 logs, mixed statuses, some non-ASCII."""
        records = corpus.records(500)
        assert {len(r["resources"]) for r in records} == set(range(6))
        assert {len(r["errors"]) for r in records} == set(range(4))
        assert {len(r["logs"]) for r in records} == set(range(11))
        assert {r["status"] for r in records} == set(corpus.STATUSES)
        assert any(not m["message"].isascii() for r in records for m in r["logs"])

    def test_corpora(self):
        """Summaries have no logs; a newer API's records hold what this version does not know."""
        assert all("logs" not in r for r in corpus.records(50, kind="summaries"))
        newer = corpus.records(2000, kind="newer")
        statuses = sum(r["status"] in corpus.NEW_STATUSES for r in newer)
        operations = sum(r["operationType"] in corpus.NEW_OPERATIONS for r in newer)
        keys = sum("definedTags" in r for r in newer)
        actions = sum(x["actionType"] in corpus.NEW_ACTIONS for r in newer for x in r["resources"])
        assert 20 < statuses < 80
        assert 20 < operations < 80
        assert 30 < keys < 90
        assert 10 < actions < 60


class TestMedians:
    def test_medians_of_runs(self):
        """A figure is the median over the runs of each run's median."""
        runs = [{"p": {"k": [1.0, 2.0, 9.0]}}, {"p": {"k": [4.0]}}, {"p": {"k": [3.0, 3.0]}}]
        assert run.medians(runs) == {"p": {"k": 3.0}}


@pytest.mark.slow
class TestQuickRun:
    def test_quick_mode(self, tmp_path, capsys):
        """The quick mode checks every peer, times them, writes results; no timing asserted."""
        assert (
            run.main(
                [
                    "--quick",
                    "--records",
                    "30",
                    "--documents",
                    "5",
                    "--repeats",
                    "1",
                    "--out",
                    str(tmp_path),
                ]
            )
            == 0
        )
        out = capsys.readouterr().out
        assert "checked: all" in out
        assert "wrmodel ÷ peer" in out
        results = json.loads((tmp_path / "results.json").read_text())
        assert results["runs"] == 1
        assert set(results["seconds_per_record"][0]) >= {"wrmodel", "orjson_dicts"}
        assert (tmp_path / "chart.png").stat().st_size > 1000
        table = (tmp_path / "results.md").read_text().splitlines()
        assert table[0].startswith("| library | decode, array |")
        assert table[2].startswith("| wrmodel | ")
        assert table[2].count("(1.00\N{MULTIPLICATION SIGN})") == 7

    @pytest.mark.parametrize("kind", ["summaries", "newer"])
    def test_corpora(self, kind, tmp_path, capsys):
        """Every corpus is checked and timed; a newer API's holds no peer to wrmodel's bytes."""
        argv = ["--quick", "--records", "40", "--documents", "5", "--repeats", "1"]
        assert run.main([*argv, "--corpus", kind, "--out", str(tmp_path)]) == 0
        out = capsys.readouterr().out
        assert f"corpus: {kind}, 40 records" in out
        assert ("no peer writes its bytes" in out) is (kind == "newer")
        assert json.loads((tmp_path / "results.json").read_text())["corpus"] == kind

    def test_every_corpus_on_both_paths(self, capsys):
        """``--corpus all`` runs each corpus compiled and pure, the path each child took said."""
        import wrmodel

        argv = ["--corpus", "all", "--records", "20", "--documents", "3", "--repeats", "1"]
        assert run.main([*argv, "--runs", "1"]) == 0
        out = capsys.readouterr().out
        times = "\N{MULTIPLICATION SIGN}"
        rows = [line for line in out.splitlines() if line.startswith("| ") and times in line]
        compiled = "compiled" if wrmodel.COMPILED else "pure Python (the extension is not built)"
        assert [row.split(" | ")[:2] for row in rows] == [
            [f"| {title}", path]
            for title in ("full records", "list summaries (no logs)", "a newer API's records")
            for path in (compiled, "pure Python")
        ]
        # compiled: 5 bars on each corpus, the pure path's 4 on full records and 1 on newer
        assert out.count("(bar ≤") == (5 * 3 + 4 + 1 if wrmodel.COMPILED else 2 * (4 + 1))
        assert "msgspec's own Structs" in out

    def test_fresh_runs(self, tmp_path, capsys):
        """Several runs are made in fresh interpreters and their medians combined."""
        argv = ["--records", "20", "--documents", "3", "--repeats", "1", "--runs", "2"]
        assert run.main([*argv, "--only", "pydantic", "--out", str(tmp_path)]) == 0
        out = capsys.readouterr().out
        assert "run 2 of 2 done" in out
        assert "2 run(s) of 1 repeats" in out
        results = json.loads((tmp_path / "results.json").read_text())
        assert len(results["seconds_per_record"]) == len(results["memory_bytes_per_record"]) == 2
        assert set(results["seconds_per_record"][1]) == {"wrmodel", "pydantic"}

    @pytest.mark.parametrize("library", ["pydantic", "msgspec", "mashumaro"])
    def test_same_bytes_held(self, library):
        """A peer that says it writes wrmodel's bytes is held to them: the library's natural
        form (six-digit fractions) is refused, its same-bytes form passes."""
        import types

        peers, _ = run.load_peers(["wrmodel", library, f"{library}_exact"])
        data = corpus.corpus(20, 1)
        docs = [json.dumps(r).encode() for r in corpus.records(3, 2)]
        run.check(peers, data, docs)
        assert peers[f"{library}_exact"].same_bytes
        natural = types.SimpleNamespace(**vars(peers[library]), same_bytes=True)
        with pytest.raises(SystemExit, match="does not write wrmodel's bytes"):
            run.check({"wrmodel": peers["wrmodel"], "natural": natural}, data, docs)  # type: ignore[dict-item]

    def test_missing_peer_is_skipped(self, tmp_path, capsys):
        """A peer that cannot be imported is skipped with a note, never faked."""
        peers, skipped = run.load_peers(["wrmodel", "no_such_library"])
        assert list(peers) == ["wrmodel"]
        assert "not installed" in skipped["no_such_library"]


@pytest.mark.slow
class TestLifecycle:
    def test_quick_mode(self, capsys):
        """The life-cycle benchmark checks both ways agree, then times them (not asserted)."""
        from benchmarks import lifecycle

        assert lifecycle.main(["--quick"]) == 0
        assert lifecycle.main(["--steps", "--quick"]) == 0
        assert "attrs.evolve ÷ transitions" in capsys.readouterr().out

    def test_histories(self, capsys):
        """The history count replays every record it reads."""
        from benchmarks import lifecycle

        assert lifecycle.main(["--histories", "300"]) == 0
        assert "300 of 300 histories replay" in capsys.readouterr().out


class TestUnknowns:
    def test_quick_mode(self, capsys):
        """The keep-versus-drop benchmark checks both agree, then times them (not asserted)."""
        from benchmarks import unknowns

        assert unknowns.main(["--quick"]) == 0
        assert "keeping unknowns costs" in capsys.readouterr().out


@pytest.mark.slow
class TestEngines:
    def test_quick_mode(self, capsys):
        """The engine benchmark checks both paths agree, then reports ratios; no timing asserted."""
        from benchmarks import engines

        assert engines.main(["--quick"]) == 0
        out = capsys.readouterr().out
        assert "the engine's" in out
        assert "msgspec" in out


class TestRatios:
    def test_quick(self, capsys):
        """The back-to-back ratios run on a small corpus; no timing asserted."""
        from benchmarks import ratios

        assert ratios.main(["--records", "20", "--rounds", "1"]) == 0
        assert "encode, 1 doc/call" in capsys.readouterr().out

    @pytest.mark.slow
    def test_against_a_revision(self, capsys):
        """Two builds take turns in two workers, each importing its own wrmodel."""
        from benchmarks import ratios

        assert ratios.main(["--records", "20", "--rounds", "2", "--base", "HEAD"]) == 0
        out = capsys.readouterr().out
        assert "HEAD ÷ this" in out
        assert all(case in out for case in ratios.CASES)

    @pytest.mark.slow
    def test_worker_imports_its_build(self, tmp_path):
        """A worker that would import another build's wrmodel than asked is refused."""
        from benchmarks import ratios

        # no wrmodel under tmp_path: the worker finds the installed one, and says so
        with pytest.raises(SystemExit, match="imported wrmodel from"), ratios.worker(tmp_path, 5):
            pass

    @pytest.mark.slow
    def test_worker_that_fails(self, tmp_path):
        """A worker whose wrmodel cannot be imported stops the run with a clear message."""
        from benchmarks import ratios

        (tmp_path / "wrmodel").mkdir()
        (tmp_path / "wrmodel" / "__init__.py").write_text("raise ImportError('broken build')\n")
        with pytest.raises(SystemExit, match="a worker stopped"), ratios.worker(tmp_path, 5):
            pass


@pytest.mark.slow
class TestCommand:
    def test_quick(self, capsys):
        """The command benchmark runs check and summary on a small file; nothing timed."""
        from benchmarks import command

        assert command.main(["50", "--repeats", "1"]) == 0
        out = capsys.readouterr().out
        assert "summary ÷ check" in out
        assert "wrmodel summary" in out


@pytest.mark.slow
class TestImports:
    def test_quick(self, capsys):
        """The import benchmark runs in a fresh interpreter and reports a ratio; nothing timed."""
        from benchmarks import imports

        assert imports.main(["--runs", "1"]) == 0
        assert "the dependencies' import" in capsys.readouterr().out

    def test_timestamps_quick(self, capsys):
        """The timestamp bound runs, and puts the kinds table back as it was; nothing timed."""
        from benchmarks import timestamps
        from wrmodel.wire import _kinds

        form = _kinds.FORMS["time"]
        assert timestamps.main(["--quick"]) == 0
        assert _kinds.FORMS["time"] is form
        assert "_CONST" not in _kinds.SCOPE
        assert "a helper saves at most" in capsys.readouterr().out
