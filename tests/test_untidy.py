"""The life cycle observing an untidy service: stale reads, reordering, skewed clocks, gaps."""

import itertools

import attrs
from hypothesis import given
from hypothesis import strategies as st

import wrmodel
from wrmodel import Status, watch
from wrmodel import transitions as t
from wrmodel.events import Canceled, CancelRequested, Event, diff, history, replay

from .test_events import lives

CANCELS = (Status.CANCELING, Status.CANCELED)


def _finished(snapshots: list[wrmodel.WorkRequest], end: str) -> list[wrmodel.WorkRequest]:
    """The life up to its first end, ended by ``end`` where it does not end."""
    for i, wr in enumerate(snapshots):
        if t.is_terminal(wr):
            return snapshots[: i + 1]
    last = snapshots[-1]
    at = t.latest_time(last)
    moves = {"succeed": Status.SUCCEEDED, "fail": Status.FAILED, "cancel": Status.CANCELED}
    if moves[end] not in t.TRANSITIONS[last.status]:
        end = "fail"  # every active status may fail
    return [*snapshots, getattr(t, end)(last, at=at)]


def _skewed(wr: wrmodel.WorkRequest, seconds: int) -> wrmodel.WorkRequest:
    """``wr`` with every log stamped ``seconds`` earlier: a service with a skewed clock."""
    if not wr.logs:
        return wr
    logs = tuple(attrs.evolve(x, timestamp=x.timestamp.subtract(seconds=seconds)) for x in wr.logs)
    return attrs.evolve(wr, logs=logs)


@st.composite
def untidy_runs(draw: st.DrawFn) -> tuple[list[wrmodel.WorkRequest], list[wrmodel.WorkRequest]]:
    """A true life, and the polls an untidy service serves of it (the last one exact)."""
    skew = draw(st.integers(0, 120))
    truth = [
        _skewed(wr, skew)
        for wr in _finished(draw(lives()), draw(st.sampled_from(["succeed", "fail", "cancel"])))
    ]
    polls = []
    for i, true in enumerate(truth[:-1]):
        noise = draw(st.sampled_from(["exact", "stale", "reordered", "gaps", "unknown"]))
        served = true
        if noise == "stale":
            served = truth[draw(st.integers(0, i))]
        elif noise == "reordered" and true.resources:
            served = attrs.evolve(true, resources=tuple(draw(st.permutations(true.resources))))
        elif noise == "gaps":
            logs = draw(st.sampled_from([None, ()]))
            served = attrs.evolve(true, percent_complete=None, logs=logs)
        elif noise == "unknown":
            raw = draw(st.sampled_from(["WAITING", "NEEDS_ATTENTION"]))
            served = wrmodel.WorkRequest(**{**attrs.asdict(true, recurse=False), "status": raw})
        polls.append(served)
    return truth, [*polls, truth[-1]]


class TestUntidyService:
    @given(untidy_runs(), st.data())
    def test_diff_is_total(self, run, data):
        """replay(diff(a, b), onto=a) == b for any two polls, in either order."""
        _, polls = run
        a = data.draw(st.sampled_from(polls))
        b = data.draw(st.sampled_from(polls))
        events = diff(a, b)
        assert replay(events, onto=a) == b
        assert wrmodel.loads(wrmodel.dumps(list(events)), list[Event]) == list(events)

    @given(untidy_runs())
    def test_history_of_every_poll(self, run):
        """replay(history(x)) == x for every poll."""
        _, polls = run
        for wr in polls:
            assert replay(history(wr)) == wr

    @given(untidy_runs())
    def test_watch_returns_the_last(self, run):
        """watch goes through every poll and returns the last one."""
        truth, polls = run
        it = iter(polls)
        gen = watch(lambda: next(it), sleep=lambda _: None, timeout=None)
        seen = []
        try:
            while True:
                seen.append(next(gen))
        except StopIteration as stop:
            assert stop.value == truth[-1]

    @given(untidy_runs())
    def test_no_cancel_without_one(self, run):
        """No cancel event appears in a run where no poll shows a cancel."""
        _, polls = run
        if any(wr.status in CANCELS for wr in polls):
            return
        it = iter(polls)
        watched = list(watch(lambda: next(it), sleep=lambda _: None, timeout=None))
        pairs = [e for a, b in itertools.pairwise(polls) for e in diff(a, b)]
        assert not [e for e in (*watched, *pairs) if isinstance(e, CancelRequested | Canceled)]
