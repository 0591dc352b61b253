import datetime as dt
import functools

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

import wrmodel
from wrmodel import (
    TRANSITIONS,
    Status,
    TransitionError,
    WorkRequest,
    WorkRequestError,
    WorkRequestResource,
    WorkRequestSummary,
    events,
    is_active,
    is_successful,
    is_terminal,
)
from wrmodel import transitions as t

S = Status
T0 = pendulum.datetime(2016, 8, 25, 21, 10, 29, 600000)
LATER = T0.add(minutes=5)
RESOURCE = WorkRequestResource(
    identifier="ocid1.c", entity_type="compartment", action_type="DELETED"
)
ERROR = WorkRequestError(code="Conflict", message="busy", timestamp=LATER)

# The life cycle as the issue states it, written out independently of wrmodel.TRANSITIONS.
SPEC = {
    S.ACCEPTED: {S.IN_PROGRESS, S.CANCELING, S.CANCELED, S.FAILED},
    S.IN_PROGRESS: {S.SUCCEEDED, S.FAILED, S.CANCELING},
    S.CANCELING: {S.CANCELED, S.SUCCEEDED, S.FAILED},
    S.SUCCEEDED: set(),
    S.FAILED: set(),
    S.CANCELED: set(),
    S.UNKNOWN_ENUM_VALUE: set(),
}
KNOWN = set(S) - {S.UNKNOWN_ENUM_VALUE}

# Each transition function: what it is called with, the status it moves to (None: it
# moves none), and the statuses it is allowed from.
FUNCTIONS = {
    "start": (lambda wr: t.start(wr, at=LATER), S.IN_PROGRESS),
    "progress": (lambda wr: t.progress(wr, 60.0, at=LATER), None),
    "add_log": (lambda wr: t.add_log(wr, "hello", at=LATER), None),
    "add_error": (lambda wr: t.add_error(wr, "E", "m", at=LATER), None),
    "add_resource": (lambda wr: t.add_resource(wr, RESOURCE), None),
    "succeed": (lambda wr: t.succeed(wr, at=LATER), S.SUCCEEDED),
    "fail": (lambda wr: t.fail(wr, ERROR, at=LATER), S.FAILED),
    "request_cancel": (lambda wr: t.request_cancel(wr, at=LATER), S.CANCELING),
    "cancel": (lambda wr: t.cancel(wr, at=LATER), S.CANCELED),
}
ALLOWED_FROM = {
    "progress": {S.IN_PROGRESS, S.CANCELING},
    "add_log": KNOWN,
    "add_error": KNOWN,
    "add_resource": KNOWN,
}


def in_status(status: Status) -> WorkRequest:
    """A request in ``status``, with the times that status implies, 50% complete."""
    return WorkRequest(
        id="ocid1.workrequest.oc1..t",
        operation_type="DELETE_COMPARTMENT",
        status=status,
        time_accepted=T0,
        time_started=T0.add(seconds=1) if status is not S.ACCEPTED else None,
        time_finished=T0.add(seconds=2) if status in (S.SUCCEEDED, S.FAILED, S.CANCELED) else None,
        percent_complete=50.0,
    )


def allowed(name: str, status: Status) -> bool:
    target = FUNCTIONS[name][1]
    if target is None:
        return status in ALLOWED_FROM[name]
    return target in SPEC[status]


class TestLifeCycleData:
    def test_transitions_table(self):
        """TRANSITIONS is the issue's table, for every status."""
        assert {k: set(v) for k, v in TRANSITIONS.items()} == SPEC

    def test_read_only(self):
        """TRANSITIONS cannot be changed."""
        with pytest.raises(TypeError):
            TRANSITIONS[S.FAILED] = frozenset({S.ACCEPTED})  # type: ignore[index]
        with pytest.raises(AttributeError):
            TRANSITIONS[S.ACCEPTED].add(S.SUCCEEDED)  # type: ignore[attr-defined]

    @pytest.mark.parametrize("status", list(S))
    def test_predicates(self, status):
        """Predicates agree for a Status, a WorkRequest and a WorkRequestSummary."""
        summary = WorkRequestSummary(id="x", operation_type="DELETE_COMPARTMENT", status=status)
        for x in (status, in_status(status), summary):
            assert is_terminal(x) == (status in {S.SUCCEEDED, S.FAILED, S.CANCELED})
            assert is_active(x) == (status in {S.ACCEPTED, S.IN_PROGRESS, S.CANCELING})
            assert is_successful(x) == (status is S.SUCCEEDED)
        assert not is_active(S.UNKNOWN_ENUM_VALUE)
        assert not is_terminal(S.UNKNOWN_ENUM_VALUE)


class TestEveryStatusAndFunction:
    @pytest.mark.parametrize("status", list(S))
    @pytest.mark.parametrize("name", list(FUNCTIONS))
    def test_table(self, name, status):
        """Allowed pairs give the right request; every other pair raises TransitionError."""
        wr = in_status(status)
        before = attrs.asdict(wr, recurse=False)
        function, target = FUNCTIONS[name]
        if not allowed(name, status):
            with pytest.raises(
                TransitionError, match=r"work request 'ocid1\.workrequest\.oc1\.\.t'"
            ):
                function(wr)
            assert attrs.asdict(wr, recurse=False) == before
            return
        new = function(wr)
        assert attrs.asdict(wr, recurse=False) == before  # the input is never changed
        assert new.status is (target or status)
        assert new.time_accepted == T0
        if name == "start":
            assert new.time_started == LATER
        elif target in (S.SUCCEEDED, S.FAILED, S.CANCELED):
            assert new.time_finished == LATER
            assert new.time_started == wr.time_started
        else:
            assert (new.time_started, new.time_finished) == (wr.time_started, wr.time_finished)
        expected_percent = {"progress": 60.0, "succeed": 100.0}.get(name, 50.0)
        assert new.percent_complete == expected_percent
        assert new.logs == (
            (wrmodel.WorkRequestLogEntry(message="hello", timestamp=LATER),)
            if name == "add_log"
            else None
        )
        expected_errors = {
            "add_error": (WorkRequestError(code="E", message="m", timestamp=LATER),),
            "fail": (ERROR,),
        }.get(name)
        assert new.errors == expected_errors
        assert new.resources == ((RESOURCE,) if name == "add_resource" else None)

    @pytest.mark.parametrize("status", [S.SUCCEEDED, S.FAILED, S.CANCELED])
    def test_status_move_message(self, status):
        """A refused move names the id, the current status, the wanted one and the allowed."""
        with pytest.raises(TransitionError) as info:
            t.start(in_status(status), at=LATER)
        assert str(info.value) == (
            f"work request 'ocid1.workrequest.oc1..t': cannot move from {status} to "
            f"IN_PROGRESS; allowed from {status}: none, it has ended"
        )

    def test_allowed_moves_listed(self):
        """The message lists the statuses the request may move to."""
        with pytest.raises(
            TransitionError, match="allowed from IN_PROGRESS: CANCELING, FAILED, SUCCEEDED"
        ):
            t.cancel(in_status(S.IN_PROGRESS), at=LATER)

    def test_unknown_status(self):
        """A request in an unknown status cannot be moved or changed."""
        with pytest.raises(TransitionError, match="unknown to this version"):
            t.add_log(in_status(S.UNKNOWN_ENUM_VALUE), "x", at=LATER)


class TestRules:
    def test_accept(self):
        """accept makes an ACCEPTED request at `at`, 0% complete."""
        wr = t.accept("ocid1.wr", "DELETE_TAG_DEFINITION", compartment_id="ocid1.c", at=T0)
        assert wr == WorkRequest(
            id="ocid1.wr",
            operation_type="DELETE_TAG_DEFINITION",
            compartment_id="ocid1.c",
            status=S.ACCEPTED,
            time_accepted=T0,
            percent_complete=0.0,
        )

    def test_accept_validates(self):
        """accept validates like the constructor."""
        with pytest.raises(wrmodel.ValidationError, match=r"\$\.id"):
            t.accept(123, "DELETE_COMPARTMENT", at=T0)  # type: ignore[arg-type]

    def test_default_time_is_now_in_utc(self):
        """Without `at`, the time is the current time in UTC."""
        before = pendulum.now("UTC")
        wr = t.accept("x", "DELETE_COMPARTMENT")
        after = pendulum.now("UTC")
        assert before <= wr.time_accepted <= after
        assert wr.time_accepted.tzinfo is pendulum.UTC

    def test_pure_given_at(self):
        """Given `at`, the same input gives the same output."""
        wr = in_status(S.IN_PROGRESS)
        assert t.progress(wr, 70, at=LATER) == t.progress(wr, 70, at=LATER)
        assert t.add_log(wr, "m", at=LATER) == t.add_log(wr, "m", at=LATER)

    def test_at_of_any_zone(self):
        """`at` may be any aware datetime; it is held as pendulum, its offset kept."""
        at = dt.datetime(2020, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=2)))
        wr = t.start(in_status(S.ACCEPTED), at=at)
        assert wr.time_started == at
        assert isinstance(wr.time_started, pendulum.DateTime)

    def test_naive_at_refused(self):
        """A naive `at` is refused."""
        with pytest.raises(wrmodel.ValidationError, match="aware"):
            t.start(in_status(S.ACCEPTED), at=dt.datetime(2020, 1, 1))

    @pytest.mark.parametrize(
        "change",
        [
            lambda wr, at: t.start(wr, at=at),
            lambda wr, at: t.add_log(wr, "m", at=at),
            lambda wr, at: t.add_error(wr, "c", "m", at=at),
            lambda wr, at: t.request_cancel(wr, at=at),
            lambda wr, at: t.cancel(wr, at=at),
            lambda wr, at: t.fail(wr, at=at),
        ],
    )
    def test_time_never_runs_backwards(self, change):
        """An `at` before the request's latest timestamp is refused."""
        wr = t.add_log(in_status(S.ACCEPTED), "late entry", at=LATER)
        with pytest.raises(TransitionError, match="time cannot run backwards"):
            change(wr, LATER.subtract(microseconds=1))
        change(wr, LATER)  # the same instant is fine

    def test_progress_time_check(self):
        """progress is not timestamped, but `at` is still checked."""
        wr = in_status(S.IN_PROGRESS)
        with pytest.raises(TransitionError, match="backwards"):
            t.progress(wr, 60, at=T0)
        assert t.progress(wr, 60, at=LATER).time_started == wr.time_started

    def test_error_timestamps_checked(self):
        """Errors given to fail must not be earlier than the request's latest time."""
        early = WorkRequestError(code="c", message="m", timestamp=T0)
        with pytest.raises(TransitionError, match="backwards"):
            t.fail(in_status(S.IN_PROGRESS), early, at=LATER)

    @pytest.mark.parametrize("percent", [49.9, 100.5, -1, float("nan"), float("inf"), "60", True])
    def test_progress_refused(self, percent):
        """Percent lower than before, above 100, or not a number is refused."""
        with pytest.raises(TransitionError, match="percent"):
            t.progress(in_status(S.IN_PROGRESS), percent, at=LATER)

    def test_progress_same_and_from_none(self):
        """The same percent is allowed; a request without one starts from 0."""
        wr = in_status(S.IN_PROGRESS)
        assert t.progress(wr, 50, at=LATER).percent_complete == 50.0
        none = attrs.evolve(wr, percent_complete=None)
        assert t.progress(none, 0, at=LATER).percent_complete == 0.0

    def test_terminal_requests_take_logs_errors_and_resources(self):
        """Services write final log lines after finishing: logs, errors, resources."""
        for status in (S.SUCCEEDED, S.FAILED, S.CANCELED):
            wr = in_status(status)
            new = t.add_resource(
                t.add_error(t.add_log(wr, "done", at=LATER), "c", "m", at=LATER), RESOURCE
            )
            assert (new.status, new.percent_complete, new.time_finished) == (
                wr.status,
                wr.percent_complete,
                wr.time_finished,
            )

    def test_add_resource_replaces_same_identifier(self):
        """A resource with a known identifier replaces the old one, in place."""
        other = WorkRequestResource(
            identifier="ocid1.o", entity_type="tenancy", action_type="RELATED"
        )
        wr = t.add_resource(t.add_resource(in_status(S.IN_PROGRESS), RESOURCE), other)
        done = attrs.evolve(RESOURCE, action_type="CREATED")
        assert t.add_resource(wr, done).resources == (done, other)

    @pytest.mark.parametrize("bad", [{"identifier": "x"}, "x", None])
    def test_add_resource_type_checked(self, bad):
        """Only a WorkRequestResource can be added."""
        with pytest.raises(TypeError, match="WorkRequestResource"):
            t.add_resource(in_status(S.ACCEPTED), bad)

    def test_fail_errors_type_checked(self):
        """Only WorkRequestErrors can be given to fail."""
        with pytest.raises(TypeError, match="WorkRequestError"):
            t.fail(in_status(S.ACCEPTED), "boom", at=LATER)  # type: ignore[arg-type]

    def test_methods(self):
        """The same operations are methods of WorkRequest, for fluent chains."""
        wr = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        chained = (
            wr.start(at=T0.add(seconds=1))
            .progress(10, at=T0.add(seconds=2))
            .add_log("l", at=T0.add(seconds=3))
            .add_error("c", "m", at=T0.add(seconds=4))
            .add_resource(RESOURCE)
            .request_cancel(at=T0.add(seconds=5))
            .fail(ERROR, at=LATER)
        )
        functional = t.fail(
            t.request_cancel(
                t.add_resource(
                    t.add_error(
                        t.add_log(
                            t.progress(t.start(wr, at=T0.add(seconds=1)), 10, at=T0.add(seconds=2)),
                            "l",
                            at=T0.add(seconds=3),
                        ),
                        "c",
                        "m",
                        at=T0.add(seconds=4),
                    ),
                    RESOURCE,
                ),
                at=T0.add(seconds=5),
            ),
            ERROR,
            at=LATER,
        )
        assert chained == functional
        assert wr.start(at=LATER).succeed(at=LATER) == t.succeed(t.start(wr, at=LATER), at=LATER)
        assert wr.cancel(at=LATER) == t.cancel(wr, at=LATER)

    def test_pipeline(self):
        """Functions compose with functools.partial and functools.reduce."""
        steps = [
            functools.partial(t.start, at=T0.add(seconds=1)),
            functools.partial(t.progress, percent=50, at=T0.add(seconds=2)),
            functools.partial(t.succeed, at=T0.add(seconds=3)),
        ]
        wr = functools.reduce(
            lambda acc, step: step(acc), steps, t.accept("x", "DELETE_COMPARTMENT", at=T0)
        )
        assert wr.status is S.SUCCEEDED
        assert wr.percent_complete == 100.0

    def test_subclass_evolves(self):
        """A subclass of WorkRequest of the caller's own moves too, and stays its class."""

        @attrs.frozen(kw_only=True)
        class Mine(WorkRequest):
            pass

        mine = Mine(
            id="x", operation_type="DELETE_COMPARTMENT", status="ACCEPTED", time_accepted=T0
        )
        assert type(t.start(mine, at=LATER)) is Mine


class TestFastEvolve:
    def test_not_reconverting(self):
        """Transitions build the new object without running the field converters again."""
        wr = in_status(S.IN_PROGRESS)
        calls = []
        original = WorkRequest.__init__

        def spy(self, *args, **kwargs):
            calls.append(kwargs)
            original(self, *args, **kwargs)

        WorkRequest.__init__ = spy  # type: ignore[method-assign]
        try:
            t.succeed(t.progress(wr, 70, at=LATER), at=LATER)
        finally:
            WorkRequest.__init__ = original  # type: ignore[method-assign]
        assert calls == []

    def test_item_classes_read_once(self, monkeypatch):
        """The class a tuple field holds is read from the type hints once, not per call."""
        import typing

        wr = in_status(S.IN_PROGRESS)
        t.add_resource(t.add_error(t.add_log(wr, "warm", at=LATER), "E", "m"), RESOURCE)
        calls = []  # the first calls may read them
        hints = typing.get_type_hints
        monkeypatch.setattr(typing, "get_type_hints", lambda *a, **k: calls.append(a) or hints(*a))
        for _ in range(3):
            wr = t.add_error(t.add_log(wr, "again", at=LATER), "E", "m", at=LATER)
            wr = t.add_resource(wr, RESOURCE)
        assert calls == []


OPS = [
    "start",
    "progress",
    "add_log",
    "add_error",
    "add_resource",
    "succeed",
    "fail",
    "request_cancel",
    "cancel",
]


class LifeCycle(RuleBasedStateMachine):
    """Random legal and illegal moves, checked against an independent model of the rules."""

    def __init__(self) -> None:
        super().__init__()
        self.now = T0
        self.wr = t.accept("ocid1.workrequest.oc1..sm", "DELETE_COMPARTMENT", at=T0)
        self.snapshots = [self.wr]

    @rule(
        op=st.sampled_from(OPS),
        step=st.integers(-3, 60),
        percent=st.floats(-10, 110, allow_nan=False),
        identifier=st.sampled_from(["r1", "r2", "r3"]),
    )
    def move(self, op, step, percent, identifier):
        wr = self.wr
        frozen = (hash(wr), wrmodel.dumps(wr))
        at = self.now.add(seconds=step)
        latest = t.latest_time(wr)
        backwards = latest is not None and at < latest
        status = wr.status
        target = FUNCTIONS[op][1]
        if target is not None:
            legal = target in SPEC[status] and not backwards
        elif op == "progress":
            legal = (
                status in {S.IN_PROGRESS, S.CANCELING}
                and not backwards
                and (wr.percent_complete or 0) <= percent <= 100
            )
        elif op == "add_resource":
            legal = status in KNOWN
        else:
            legal = status in KNOWN and not backwards
        resource = WorkRequestResource(
            identifier=identifier, entity_type="e", action_type="RELATED"
        )
        call = {
            "start": lambda: t.start(wr, at=at),
            "progress": lambda: t.progress(wr, percent, at=at),
            "add_log": lambda: t.add_log(wr, f"at {step}", at=at),
            "add_error": lambda: t.add_error(wr, "E", "m", at=at),
            "add_resource": lambda: t.add_resource(wr, resource),
            "succeed": lambda: t.succeed(wr, at=at),
            "fail": lambda: t.fail(wr, at=at),
            "request_cancel": lambda: t.request_cancel(wr, at=at),
            "cancel": lambda: t.cancel(wr, at=at),
        }[op]
        if not legal:
            with pytest.raises(TransitionError):
                call()
        else:
            new = call()
            if is_terminal(wr):
                assert (new.status, new.percent_complete, new.time_finished) == (
                    wr.status,
                    wr.percent_complete,
                    wr.time_finished,
                )
            assert (new.percent_complete or 0) >= (wr.percent_complete or 0)
            self.wr = new
            self.now = max(self.now, at)
            self.snapshots.append(new)
        assert (hash(wr), wrmodel.dumps(wr)) == frozen  # the input is unchanged

    @invariant()
    def times_ordered(self):
        wr = self.wr
        times = [x for x in (wr.time_accepted, wr.time_started, wr.time_finished) if x is not None]
        assert times == sorted(times)
        for entry in (*(wr.logs or ()), *(wr.errors or ())):
            assert entry.timestamp >= wr.time_accepted

    @invariant()
    def json_round_trip(self):
        assert wrmodel.loads(wrmodel.dumps(self.wr)) == self.wr

    @invariant()
    def diff_replays(self):
        previous = self.snapshots[-2] if len(self.snapshots) > 1 else self.snapshots[0]
        assert events.replay(events.diff(previous, self.wr), onto=previous) == self.wr
        assert events.replay(events.history(self.wr)) == self.wr

    @precondition(lambda self: len(self.snapshots) > 2)
    @invariant()
    def sparse_diff_replays(self):
        first = self.snapshots[0]
        assert events.replay(events.diff(first, self.wr), onto=first) == self.wr


TestLifeCycle = LifeCycle.TestCase
TestLifeCycle.settings = settings(max_examples=60, stateful_step_count=25, deadline=None)


@given(st.data())
def test_predicates_match_table(data):
    """is_terminal is exactly 'no transitions and known'; is_active exactly 'has some'."""
    status = data.draw(st.sampled_from(list(S)))
    assert is_terminal(status) == (not TRANSITIONS[status] and status is not S.UNKNOWN_ENUM_VALUE)
    assert is_active(status) == bool(TRANSITIONS[status])


class TestTimeOrder:
    def test_start_before_a_recorded_error(self):
        """A start earlier than an error already recorded is refused."""
        wr = t.add_error(in_status(S.ACCEPTED), "E", "m", at=LATER)
        with pytest.raises(TransitionError, match="time cannot run backwards"):
            t.start(wr, at=LATER.subtract(seconds=1))

    def test_failure_before_its_own_error(self):
        """A failure earlier than the error it records is refused: time cannot run backwards."""
        wr = in_status(S.IN_PROGRESS)
        late = WorkRequestError(code="E", message="m", timestamp=LATER.add(seconds=10))
        with pytest.raises(TransitionError, match="time cannot run backwards"):
            t.fail(wr, late, at=LATER)
        assert t.fail(wr, late, at=LATER.add(seconds=10)).errors == (late,)

    def test_default_time_is_utc_for_every_move(self):
        """Without `at`, every move records the current time in UTC."""
        started = t.start(t.accept("x", "DELETE_COMPARTMENT"))
        assert started.time_started.tzinfo is pendulum.UTC
        done = t.succeed(started)
        assert done.time_finished.tzinfo is pendulum.UTC
        assert started.time_started <= done.time_finished <= pendulum.now("UTC")


class TestFamilyOf:
    def test_an_enum_class_is_no_family(self):
        """The enum class itself is not a request, a summary or a status."""
        with pytest.raises(TypeError, match="expected a work request, a summary or a status"):
            t.family_of(Status)
        assert t.family_of(Status.ACCEPTED) is t.family_of(WorkRequest)
        assert t.family_of(WorkRequestSummary) is t.family_of(WorkRequest)


class TestRefusals:
    def test_messages(self):
        """Each refusal names the request and says why, with the status or class concerned."""
        with pytest.raises(
            TransitionError,
            match=r"^work request 'ocid1\.workrequest\.oc1\.\.t': WorkRequest "
            r"has no status PARTIALLY_SUCCEEDED$",
        ):
            t.partially_succeed(in_status(S.IN_PROGRESS))
        with pytest.raises(
            TransitionError,
            match=r": its status is unknown to this version, so it cannot be changed$",
        ):
            t.start(in_status(S.UNKNOWN_ENUM_VALUE))
        with pytest.raises(
            TransitionError,
            match=r": progress is only reported IN_PROGRESS or CANCELING, not ACCEPTED$",
        ):
            t.progress(in_status(S.ACCEPTED), 60)
