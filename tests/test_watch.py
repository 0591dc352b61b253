import pickle
import re

import attrs
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
from wrmodel.events import Corrected, Progressed, Started, Succeeded

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

    def test_timeout_says_the_status_that_came(self):
        """A status this version does not know is named as it came (27.4)."""
        doc = b'{"id": "ocid1.wr", "operationType": "A", "status": "NEEDS_ATTENTION"}'
        a = wrmodel.loads(doc)
        fake = FakeTime()
        with pytest.raises(TimeoutError, match=r"'ocid1\.wr' is still NEEDS_ATTENTION after 10 s$"):
            list(watch(lambda: a, interval=4, timeout=10, sleep=fake.sleep, clock=fake.clock))

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

    def test_stale_reads_yield_nothing(self):
        """A snapshot older than one seen yields nothing and is skipped."""
        a = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        b = t.progress(t.start(a, at=T0.add(seconds=1)), 30, at=T0.add(seconds=2))
        c = t.succeed(b, at=T0.add(seconds=3))
        events = list(watch(polls(a, b, a, b, c), sleep=FakeTime().sleep))
        assert events == [
            Started(at=T0.add(seconds=1)),
            Progressed(percent=30),
            Succeeded(at=T0.add(seconds=3)),
        ]

    def test_unexplained_polls_go_on(self):
        """A poll the life cycle cannot explain yields Corrected; watching goes on, and the
        end after a status this version does not know is still an event.
        """
        a = t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0)
        waiting = wrmodel.WorkRequest(**{**attrs.asdict(a, recurse=False), "status": "WAITING"})
        done = t.succeed(a, at=T0.add(seconds=1))
        gen = watch(polls(a, waiting, done), sleep=FakeTime().sleep)
        events = [next(gen), next(gen)]
        assert [type(e) for e in events] == [Corrected, Succeeded]
        assert events[0].snapshot is waiting
        assert events[1].at == T0.add(seconds=1)
        with pytest.raises(StopIteration) as info:
            next(gen)
        assert info.value.value is done

    def test_summaries(self):
        """fetch may return summaries, as list_work_requests gives them."""
        a = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        b = t.succeed(t.start(a, at=T0), at=T0.add(seconds=1))
        summaries = [wrmodel.loads(wrmodel.dumps(x), wrmodel.WorkRequestSummary) for x in (a, b)]
        gen = watch(polls(*summaries), sleep=FakeTime().sleep)
        assert list(gen) == [Started(at=T0), Succeeded(at=T0.add(seconds=1))]
        gen = watch(polls(summaries[1]), sleep=FakeTime().sleep)
        with pytest.raises(StopIteration) as info:
            next(gen)
        assert info.value.value is summaries[1]

    @pytest.mark.parametrize(
        "options",
        [
            {"interval": 0},
            {"interval": -1},
            {"max_interval": float("nan")},
            {"max_interval": float("inf")},
            {"interval": "1"},
            {"interval": True},
            {"retries": -1},
            {"retries": 1.5},
            {"timeout": float("nan")},
            {"timeout": -1},
            {"timeout": 0},
            {"timeout": "5"},
            {"timeout": float("inf")},
        ],
    )
    def test_bad_options(self, options):
        """Intervals must be positive numbers, retries a whole number from 0: quoted if not."""
        [(name, value)] = options.items()
        rule = "a whole number from 0" if name == "retries" else "a positive number of seconds"
        with pytest.raises(
            ValueError, match=f"^{name}: expected {rule}, got {re.escape(repr(value))}$"
        ):
            next(watch(polls(), **options))

    def test_not_a_snapshot(self):
        """fetch returning something else is a TypeError saying what came."""
        with pytest.raises(
            TypeError, match=r"^fetch\(\) must return a WorkRequest or WorkRequestSummary"
        ):
            next(watch(lambda: {"id": "x"}))  # type: ignore[arg-type,return-value]

    def test_retries(self):
        """Failing fetches are retried with growing pauses; a success resets the count."""
        a = t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0)
        outcomes = iter(
            [
                a,
                ConnectionError("1"),
                TimeoutError("2"),
                a,
                ConnectionError("3"),
                t.succeed(a, at=T0),
            ]
        )

        def fetch():
            outcome = next(outcomes)
            if isinstance(outcome, Exception):
                raise outcome
            return outcome

        fake = FakeTime()
        events = list(watch(fetch, retries=2, sleep=fake.sleep, clock=fake.clock))
        assert events == [Succeeded(at=T0)]
        assert fake.pauses == [1, 2, 4, 8, 16]

    def test_retries_give_up(self):
        """Past the retries, the last error is raised; errors not retried pass at once."""
        fake = FakeTime()
        errors = iter([ConnectionError("1"), ConnectionError("2"), ConnectionError("3")])

        def fetch():
            raise next(errors)

        with pytest.raises(ConnectionError, match=r"^2$"):
            next(watch(fetch, retries=1, sleep=fake.sleep, clock=fake.clock))
        with pytest.raises(ConnectionError, match=r"^3$"):
            next(watch(fetch, retry_on=KeyError, sleep=fake.sleep, clock=fake.clock))

    def test_retries_time_out(self):
        """Retrying stops at the deadline, with a TimeoutError."""

        def fetch():
            raise ConnectionError

        fake = FakeTime()
        with pytest.raises(TimeoutError, match="no snapshot of the work request after 5 s"):
            next(watch(fetch, retries=99, timeout=5, sleep=fake.sleep, clock=fake.clock))


def service_error(status, headers=None):
    """The OCI SDK's error for an HTTP ``status``."""
    import oci

    return oci.exceptions.ServiceError(status, "Code", headers or {}, "message")


class TestTransient:
    @pytest.mark.parametrize(
        ("error", "transient"),
        [
            (ConnectionResetError(), True),
            (TimeoutError(), True),
            (service_error(429), True),
            (service_error(500), True),
            (service_error(503), True),
            (service_error(404), False),
            (service_error(400), False),
            (wrmodel.DecodeError([]), False),
            (AttributeError("statsu"), False),
            (OSError("disk"), False),
            (FileNotFoundError(), False),
        ],
    )
    def test_what_is_transient(self, error, transient):
        """Connections, timeouts, 429 and 5xx are tried again; the rest will fail again."""
        assert wrmodel.is_transient(error) is transient

    def test_requests_errors(self):
        """requests' connection errors and timeouts, as the SDK raises them, are transient."""
        import oci
        from oci._vendor.requests import exceptions as requests

        assert wrmodel.is_transient(requests.ConnectionError())
        assert wrmodel.is_transient(requests.ReadTimeout())
        assert wrmodel.is_transient(oci.exceptions.ConnectTimeout())
        assert wrmodel.is_transient(oci.exceptions.RequestException(requests.ConnectionError()))
        assert not wrmodel.is_transient(oci.exceptions.RequestException(requests.InvalidURL()))
        assert not wrmodel.is_transient(requests.InvalidURL())

    @pytest.mark.parametrize(
        "error", [service_error(404), wrmodel.DecodeError([]), AttributeError("statsu")]
    )
    def test_raised_at_once(self, error):
        """What is not transient is raised on the first call, with no pause."""
        fake = FakeTime()
        calls = []

        def fetch():
            calls.append(1)
            raise error

        with pytest.raises(type(error)):
            next(watch(fetch, sleep=fake.sleep, clock=fake.clock))
        assert (len(calls), fake.pauses) == (1, [])

    def test_retry_after_honoured(self):
        """A 429 with retry-after waits as long as it asks (within the timeout)."""
        fake = FakeTime()
        a = t.accept("x", "DELETE_COMPARTMENT", at=T0).fail(at=T0)
        outcomes = iter([service_error(429, {"Retry-After": "7"}), service_error(503), a])

        def fetch():
            outcome = next(outcomes)
            if isinstance(outcome, Exception):
                raise outcome
            return outcome

        assert list(watch(fetch, sleep=fake.sleep, clock=fake.clock)) == []
        assert fake.pauses == [7, 2]

    @pytest.mark.parametrize(
        ("value", "seconds"),
        [("7", 7.0), ("0.5", 0.5), ("-3", 0.0), ("soon", None), ("nan", None), (None, None)],
    )
    def test_retry_after_values(self, value, seconds):
        """Seconds, or an HTTP date; None for what cannot be read."""
        error = service_error(429, {"retry-after": value} if value is not None else {})
        assert wrmodel.retry_after(error) == seconds

    def test_retry_after_date(self):
        """An HTTP date is the seconds from now to it."""
        error = service_error(429, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
        assert wrmodel.retry_after(error, now=lambda: 1445412470.0) == 10.0
        assert wrmodel.retry_after(ValueError()) is None


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

    def test_canceled_as_failure(self):
        """With canceled=True, CANCELED raises too, saying so; summaries are checked alike."""
        wr = t.cancel(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0)
        assert raise_for_status(wr) is wr
        with pytest.raises(WorkRequestFailed, match=r"^work request 'x' CANCELED"):
            raise_for_status(wr, canceled=True)
        summary = wrmodel.loads(wrmodel.dumps(wr), wrmodel.WorkRequestSummary)
        with pytest.raises(WorkRequestFailed, match="CANCELED"):
            raise_for_status(summary, canceled=True)


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


def outcomes(*items):
    """A fetch that returns or raises each of ``items`` in turn."""
    it = iter(items)

    def fetch():
        item = next(it)
        if isinstance(item, Exception):
            raise item
        return item

    return fetch


class TestWatchNumbers:
    RUNNING = t.start(t.accept("ocid1.wr", "DELETE_COMPARTMENT", at=T0), at=T0)
    DONE = t.succeed(RUNNING, at=T0)

    def test_no_retries(self):
        """retries=0 is allowed: the first transient error is raised at once."""
        fake = FakeTime()
        gen = watch(outcomes(ConnectionError("x")), retries=0, sleep=fake.sleep, clock=fake.clock)
        with pytest.raises(ConnectionError):
            next(gen)
        assert fake.pauses == []

    def test_fractional_interval(self):
        """Pauses of a fractional interval double from it, for polls and for retries alike."""
        fake = FakeTime()
        polled = outcomes(self.RUNNING, self.RUNNING, self.RUNNING, self.DONE)
        list(watch(polled, interval=0.25, sleep=fake.sleep, clock=fake.clock))
        assert fake.pauses == [0.25, 0.5, 1.0]
        fake = FakeTime()
        retried = outcomes(ConnectionError(), ConnectionError(), self.DONE)
        list(watch(retried, interval=0.25, sleep=fake.sleep, clock=fake.clock))
        assert fake.pauses == [0.25, 0.5]

    def test_last_pause_cut_to_the_timeout(self):
        """The last pause ends at the deadline."""
        fake = FakeTime()
        gen = watch(
            lambda: self.RUNNING,
            interval=1,
            max_interval=1,
            timeout=2.5,
            sleep=fake.sleep,
            clock=fake.clock,
        )
        with pytest.raises(TimeoutError, match=r"after 2\.5 s"):
            list(gen)
        assert fake.pauses == [1, 1, 0.5]

    def test_default_retries(self):
        """By default five failures in a row are tried again; the sixth is raised."""
        fake = FakeTime()
        errors = [ConnectionError(str(i)) for i in range(6)]
        assert list(watch(outcomes(*errors[:5], self.DONE), sleep=fake.sleep)) == []
        with pytest.raises(ConnectionError, match=r"^5$"):
            list(watch(outcomes(*errors, self.DONE), sleep=fake.sleep, clock=fake.clock))

    def test_default_pauses_and_timeout(self):
        """By default pauses double from 1 s to 30 s, and the watch gives up after 600 s."""
        fake = FakeTime()
        with pytest.raises(TimeoutError, match=r"'ocid1\.wr' is still IN_PROGRESS after 600.0 s"):
            list(watch(lambda: self.RUNNING, sleep=fake.sleep, clock=fake.clock))
        assert fake.pauses[:7] == [1, 2, 4, 8, 16, 30, 30]
        assert sum(fake.pauses) == 600

    def test_timeout_while_retrying_names_the_request(self):
        """A timeout during retries names the request and the status last seen."""
        fake = FakeTime()
        fetch = outcomes(self.RUNNING, *[ConnectionError()] * 10)
        with pytest.raises(TimeoutError, match=r"'ocid1\.wr' is still IN_PROGRESS after 5 s"):
            list(watch(fetch, retries=99, timeout=5, sleep=fake.sleep, clock=fake.clock))

    @pytest.mark.parametrize(
        "error", [RuntimeError(ConnectionResetError()), ValueError(TimeoutError("slow"))]
    )
    def test_a_wrapped_connection_error_is_not_transient(self, error):
        """An error that merely carries a connection error or a timeout is not transient."""
        assert not wrmodel.is_transient(error)

    def test_only_the_sdks_wrapping_counts(self):
        """The SDK wraps requests' error as its error's first argument; a later one is not it."""
        import oci
        from oci._vendor.requests import exceptions as requests

        late = oci.exceptions.RequestException("message", requests.ConnectionError())
        assert not wrmodel.is_transient(late)
