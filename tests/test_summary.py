import io
import itertools
import math
import pickle
import tracemalloc

import orjson
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wrmodel
from benchmarks.corpus import records
from wrmodel import Summary
from wrmodel.lifecycle._summary import ACCURACY, Sketch
from wrmodel.strategies import objects

CORPUS = [wrmodel.structure(doc, wrmodel.WorkRequest) for doc in records(300)]


def exact(values, q):
    """The value of rank round(q * (n - 1)) in sorted order."""
    return sorted(values)[round(q * (len(values) - 1))]


class TestSketch:
    @given(
        st.lists(
            st.floats(-1e9, 1e9, allow_nan=False).filter(lambda x: x == 0 or abs(x) > 1e-9),
            min_size=1,
        ),
        st.floats(0, 1),
    )
    def test_accuracy(self, values, q):
        """Every quantile is within ACCURACY of the exact one; min and max are exact."""
        sketch = Sketch()
        for v in values:
            sketch.add(v)
        want = exact(values, q)
        assert math.isclose(sketch.quantile(q), want, rel_tol=ACCURACY * 1.0001)
        assert (sketch.quantile(0), sketch.quantile(1)) == (min(values), max(values))
        assert sketch.count == len(values)

    def test_empty(self):
        """An empty sketch has no quantiles."""
        assert Sketch().quantile(0.5) is None

    @given(st.lists(st.floats(-1e6, 1e6, allow_nan=False)), st.lists(st.floats(-1e6, 1e6)))
    def test_merge(self, a, b):
        """Merging sketches is sketching both streams."""
        one, two, both = Sketch(), Sketch(), Sketch()
        for v in a:
            one.add(v)
            both.add(v)
        for v in b:
            two.add(v)
            both.add(v)
        assert one.merge(two) == both
        assert two.merge(one) == both


def skewed(i, queued, status="SUCCEEDED"):
    """A request queued for ``queued`` seconds (negative: the clocks disagree), run 10 s."""
    accepted = pendulum.datetime(2026, 3, 1, 10)
    started = accepted.add(seconds=queued)
    return wrmodel.WorkRequest(
        id=f"r{i}",
        operation_type="DELETE_COMPARTMENT",
        status=status,
        time_accepted=accepted,
        time_started=started,
        time_finished=started.add(seconds=10) if status != "IN_PROGRESS" else None,
    )


class TestSummary:
    def test_merges_negative_durations_and_bad_records(self):
        """Parts with negative durations and bad records merge into the whole."""
        records = [skewed(i, q) for i, q in enumerate([-5, 3, -1, 0, 7, -2])]
        whole = Summary.of(records, bad=3)
        one, two = Summary.of(records[:2], bad=1), Summary.of(records[2:], bad=2)
        assert one.merge(two) == whole
        queued = whole.report()["durations"]["queued"]
        assert (queued["count"], queued["p95"], queued["max"]) == (6, 7.0, 7.0)
        assert math.isclose(queued["median"], -1.0, rel_tol=ACCURACY)  # rank 2 of -5..7
        assert whole.queued.minimum == -5
        assert whole.report()["badRecords"] == 3

    def test_quantiles_across_signs(self):
        """Each rank falls in its bucket: negatives, zeros, then positives, in order."""
        sketch = Sketch()
        for v in (-100.0, -10.0, 0.0, 0.0, 10.0, 100.0, 1000.0):
            sketch.add(v)
        got = [sketch.quantile(q / 6) for q in range(7)]
        want = [-100.0, -10.0, 0.0, 0.0, 10.0, 100.0, 1000.0]
        assert all(math.isclose(g, w, rel_tol=ACCURACY) for g, w in zip(got, want, strict=True))

    def test_other_families(self):
        """Every family's requests are summarized: a free-string operation type, no errors."""
        from wrmodel import work_requests

        done = work_requests.WorkRequest(
            id="w",
            operation_type="CREATE_BUCKET",
            status="FAILED",
            compartment_id="c",
            percent_complete=100.0,
            resources=(),
            time_accepted=pendulum.datetime(2026, 1, 1),
        )
        tagging = wrmodel.TaggingWorkRequest(
            id="t", operation_type="DELETE_TAG_DEFINITION", status="FAILED"
        )
        summary = Summary.of([done, tagging])
        assert summary.operations == {"CREATE_BUCKET": 1, "DELETE_TAG_DEFINITION": 1}
        assert summary.failed == [("w", ()), ("t", ())]

    @given(st.lists(st.integers(0, len(CORPUS)), max_size=4))
    def test_any_split_merges_to_the_whole(self, cuts):
        """The summary of parts merged in order is the summary of the whole, to the byte."""
        whole = Summary.of(CORPUS)
        bounds = [0, *sorted(cuts), len(CORPUS)]
        parts = [Summary.of(CORPUS[a:b]) for a, b in itertools.pairwise(bounds)]
        merged = parts[0]
        for part in parts[1:]:
            merged = merged.merge(part)
        assert merged == whole
        assert merged.render() == whole.render()

    def test_failed_listed_up_to_the_limit(self):
        """The first failed requests are listed, in order; the rest are counted."""
        failed = [wr for wr in CORPUS if wr.status == "FAILED"]
        summary = Summary(limit=3)
        for wr in CORPUS:
            summary.add(wr)
        assert [i for i, _ in summary.failed] == [wr.id for wr in failed[:3]]
        assert summary.failed_beyond == len(failed) - 3
        text = summary.render()
        assert f"failed: {len(failed)}\n" in text
        assert text.endswith(f"  ... and {len(failed) - 3} more\n")
        half = len(CORPUS) // 2
        one, two = Summary(limit=3), Summary(limit=3)
        for wr in CORPUS[:half]:
            one.add(wr)
        for wr in CORPUS[half:]:
            two.add(wr)
        assert one.merge(two) == summary

    def test_bad_records_and_unknowns(self):
        """Bad records are counted; unknown values by the strings that came."""
        summary = Summary()
        summary.add_bad()
        summary.add(wrmodel.loads(b'{"id": "x", "operationType": "NEW_OP", "status": "PAUSED"}'))
        assert summary.render().startswith("1 work request (1 bad record skipped)\n")
        assert (summary.statuses, summary.operations) == ({"PAUSED": 1}, {"NEW_OP": 1})

    def test_pickles(self):
        """A summary travels between processes."""
        summary = Summary.of(CORPUS)
        assert pickle.loads(pickle.dumps(summary)) == summary

    @pytest.mark.parametrize("n", [2_000])
    def test_bounded_memory(self, n):
        """Its size does not grow with the records: 10 times more records, about the same."""
        docs = records(n)
        small = Summary.of(wrmodel.structure(d, wrmodel.WorkRequest) for d in docs[: n // 10])
        large = Summary.of(wrmodel.structure(d, wrmodel.WorkRequest) for d in docs)
        assert len(pickle.dumps(large)) < 1.5 * len(pickle.dumps(small))

    def test_command_in_bounded_memory(self, monkeypatch, capsys):
        """wrmodel summary's peak memory does not grow with the input."""
        from wrmodel.io import _cli, _inputs

        def peak(n):
            text = b"".join(orjson.dumps(d) + b"\n" for d in records(n))
            monkeypatch.setattr(_inputs, "open_input", lambda name: (io.BytesIO(text), len(text)))
            tracemalloc.start()
            assert _cli.main(["summary", "x.jsonl"]) == 0
            result = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            return result

        small, large = peak(200), peak(2_000)
        assert large < small * 1.5 + 256 * 1024, (small, large)
        capsys.readouterr()


class TestDurations:
    @given(st.lists(objects(wrmodel.WorkRequest), min_size=1, max_size=5))
    def test_as_queued_for_and_ran_for(self, requests):
        """The durations summed up are queued_for's and ran_for's, offsets and all."""
        summary = Summary.of(requests)
        queued = [wrmodel.queued_for(wr) for wr in requests]
        ran = [wrmodel.ran_for(wr) for wr in requests]
        want = [d.total_seconds() for d in queued if d is not None]
        assert summary.queued.count == len(want)
        assert summary.queued.maximum == max(want, default=-math.inf)
        want = [d.total_seconds() for d in ran if d is not None]
        assert summary.running.count == len(want)
        assert summary.running.minimum == min(want, default=math.inf)

    def test_without_pendulum_arithmetic(self, monkeypatch):
        """Adding a request subtracts its times in C, never by pendulum's Python arithmetic."""

        def refused(*_):
            raise AssertionError("pendulum's subtraction")

        monkeypatch.setattr(pendulum.DateTime, "__sub__", refused)
        t0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)
        wr = wrmodel.transitions.accept("x", "A", at=t0).start(at=t0.add(seconds=3))
        summary = Summary.of([wr.succeed(at=t0.add(seconds=10))])
        assert (summary.queued.maximum, summary.running.maximum) == (3.0, 7.0)
