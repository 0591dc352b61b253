import pickle

import pendulum
import pytest

import wrmodel
from wrmodel import (
    Status,
    WorkRequestError,
    WorkRequestFailed,
    queued_for,
    raise_for_status,
    ran_for,
    watch,
)
from wrmodel import transitions as t
from wrmodel.events import Progressed, Started, Succeeded

T0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)


class FakeTime:
    """A clock that moves only when slept on; records every pause."""

    def __init__(self) -> None:
        self.now = 100.0
        self.pauses: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds


def polls(*snapshots):
    it = iter(snapshots)
    return lambda: next(it)


class TestWatch:
    def test_events_between_polls(self):
        """Events between consecutive snapshots are yielded, none for the first."""
        a = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        b = t.progress(t.start(a, at=T0.add(seconds=1)), 30, at=T0.add(seconds=2))
        c = t.succeed(b, at=T0.add(seconds=3))
        fake = FakeTime()
        events = list(watch(polls(a, b, b, c), sleep=fake.sleep, clock=fake.clock))
        assert events == [
            Started(at=T0.add(seconds=1)),
            Progressed(percent=30),
            Succeeded(at=T0.add(seconds=3)),
        ]

    def test_growing_pauses(self):
        """Pauses start at interval and double, capped at max_interval."""
        a = t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0)
        fake = FakeTime()
        list(
            watch(
                polls(a, a, a, a, a, a, t.succeed(a, at=T0)),
                interval=2,
                max_interval=10,
                sleep=fake.sleep,
                clock=fake.clock,
            )
        )
        assert fake.pauses == [2, 4, 8, 10, 10, 10]

    def test_returns_last_snapshot(self):
        """The generator returns the last snapshot."""
        done = t.cancel(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0)
        gen = watch(polls(done), sleep=FakeTime().sleep)
        with pytest.raises(StopIteration) as info:
            next(gen)
        assert info.value.value is done

    def test_timeout(self):
        """Past timeout seconds, TimeoutError names the id and last status (never sleeping)."""
        a = t.start(t.accept("ocid1.wr", "DELETE_COMPARTMENT", at=T0), at=T0)
        fake = FakeTime()
        with pytest.raises(
            TimeoutError, match=r"work request 'ocid1\.wr' is still IN_PROGRESS after 30 s"
        ):
            list(watch(lambda: a, interval=4, timeout=30, sleep=fake.sleep, clock=fake.clock))
        assert sum(fake.pauses) == 30  # the last pause is cut to the deadline
        assert fake.pauses == [4, 8, 16, 2]

    def test_no_timeout(self):
        """timeout=None polls until the end."""
        a = t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0)
        fake = FakeTime()
        snapshots = [a] * 50 + [t.succeed(a, at=T0)]
        list(
            watch(
                polls(*snapshots), timeout=None, max_interval=60, sleep=fake.sleep, clock=fake.clock
            )
        )
        assert len(fake.pauses) == 50

    def test_with_the_wire(self):
        """fetch may decode the API's JSON each time."""
        a = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        bodies = iter([wrmodel.dumps(a), wrmodel.dumps(t.fail(a, at=T0))])
        events = list(watch(lambda: wrmodel.loads(next(bodies)), sleep=FakeTime().sleep))
        assert [type(e).__name__ for e in events] == ["Failed"]


class TestRaiseForStatus:
    def test_failed(self):
        """A FAILED request raises WorkRequestFailed with the request and its errors listed."""
        errors = [
            WorkRequestError(code="CompartmentNotEmpty", message="2 instances"),
            WorkRequestError(code="InternalError", message="rolled back"),
        ]
        wr = t.fail(t.accept("ocid1.wr", "DELETE_COMPARTMENT", at=T0), *errors, at=T0)
        with pytest.raises(WorkRequestFailed) as info:
            raise_for_status(wr)
        assert info.value.work_request is wr
        assert info.value.errors == tuple(errors)
        assert str(info.value) == (
            "work request 'ocid1.wr' FAILED with 2 error(s):\n"
            "  CompartmentNotEmpty: 2 instances\n"
            "  InternalError: rolled back"
        )
        assert isinstance(info.value, wrmodel.WrModelError)
        again = pickle.loads(pickle.dumps(info.value))
        assert (again.work_request, str(again)) == (wr, str(info.value))

    @pytest.mark.parametrize("status", [s for s in Status if s is not Status.FAILED])
    def test_not_failed(self, status):
        """Any other status returns the request."""
        wr = wrmodel.WorkRequest(id="x", operation_type="DELETE_COMPARTMENT", status=status)
        assert raise_for_status(wr) is wr


class TestDurations:
    def test_durations(self):
        """queued_for is accepted to started, ran_for started to finished, as pendulum durations."""
        wr = t.succeed(
            t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0.add(seconds=90)),
            at=T0.add(minutes=10),
        )
        assert isinstance(queued_for(wr), pendulum.Duration)
        assert queued_for(wr).in_seconds() == 90
        assert ran_for(wr).total_seconds() == 510

    def test_missing_times(self):
        """Without both times, a duration is None."""
        wr = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        assert queued_for(wr) is None
        assert ran_for(wr) is None
        assert ran_for(t.start(wr, at=T0)) is None
        assert (
            queued_for(
                wrmodel.WorkRequest(id="x", operation_type="X", status="ACCEPTED", time_started=T0)
            )
            is None
        )
