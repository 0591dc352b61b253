import attrs
import orjson
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wrmodel
from wrmodel import (
    DecodeError,
    Status,
    TransitionError,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
)
from wrmodel import transitions as t
from wrmodel.events import (
    EVENTS,
    Accepted,
    Canceled,
    CancelRequested,
    ErrorAdded,
    Event,
    Failed,
    LogAdded,
    Progressed,
    ResourceChanged,
    Started,
    Succeeded,
    apply,
    diff,
    history,
    replay,
)

from .strategies import sample

T0 = pendulum.datetime(2016, 8, 25, 21, 10, 29, 600000)
RESOURCE = WorkRequestResource(
    identifier="ocid1.c", entity_type="compartment", action_type="DELETED"
)
ONE_OF_EACH = [
    Accepted(id="ocid1.wr", operation_type="DELETE_COMPARTMENT", compartment_id="ocid1.c", at=T0),
    Started(at=T0.add(seconds=1)),
    Progressed(percent=30),
    LogAdded(message="working", at=T0.add(seconds=2)),
    ErrorAdded(code="Conflict", message="busy", at=T0.add(seconds=3)),
    ResourceChanged(resource=RESOURCE),
    CancelRequested(),
    Canceled(at=T0.add(seconds=4)),
]


@st.composite
def lives(draw: st.DrawFn) -> list[wrmodel.WorkRequest]:
    """The snapshots of a random legal life, one per change."""
    wr = t.accept("ocid1.workrequest.oc1..life", "DELETE_COMPARTMENT", at=T0)
    now = T0
    snapshots = [wr]
    for _ in range(draw(st.integers(0, 12))):
        now = now.add(seconds=draw(st.integers(0, 30)))
        status = wr.status
        options = ["add_log", "add_error", "add_resource"]
        options += [
            n
            for n, to in [
                ("start", Status.IN_PROGRESS),
                ("succeed", Status.SUCCEEDED),
                ("fail", Status.FAILED),
                ("request_cancel", Status.CANCELING),
                ("cancel", Status.CANCELED),
            ]
            if to in t.TRANSITIONS[status]
        ]
        if status in (Status.IN_PROGRESS, Status.CANCELING) and (wr.percent_complete or 0) < 100:
            options.append("progress")
        op = draw(st.sampled_from(options))
        if op == "progress":
            wr = t.progress(wr, draw(st.floats(wr.percent_complete or 0, 100)), at=now)
        elif op == "add_log":
            wr = t.add_log(wr, draw(st.text(max_size=5)), at=now)
        elif op == "add_error":
            wr = t.add_error(wr, "E", draw(st.text(max_size=5)), at=now)
        elif op == "add_resource":
            action = draw(st.sampled_from(list(wrmodel.ActionType)))
            ident = draw(st.sampled_from(["a", "b"]))
            wr = t.add_resource(
                wr, WorkRequestResource(identifier=ident, entity_type="e", action_type=action)
            )
        else:
            wr = getattr(t, op)(wr, at=now)
        snapshots.append(wr)
    return snapshots


class TestEvents:
    def test_frozen_values(self):
        """Events are frozen, hashable values."""
        for event in ONE_OF_EACH:
            assert event == attrs.evolve(event)
            hash(event)
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                event.x = 1  # type: ignore[attr-defined]

    def test_times(self):
        """Each event carries the time the request records, None where it records none."""
        assert [e.at for e in ONE_OF_EACH] == [
            T0,
            T0.add(seconds=1),
            None,
            T0.add(seconds=2),
            T0.add(seconds=3),
            None,
            None,
            T0.add(seconds=4),
        ]

    def test_validated(self):
        """Event fields are validated like model fields."""
        with pytest.raises(wrmodel.ValidationError, match=r"\$\.percent"):
            Progressed(percent=101)
        with pytest.raises(wrmodel.ValidationError, match=r"\$\.resource"):
            ResourceChanged(resource={"identifier": "x"})  # type: ignore[arg-type]

    def test_every_kind_listed(self):
        """EVENTS lists the ten kinds of change, each an Event."""
        assert len(EVENTS) == 10
        assert all(issubclass(cls, Event) for cls in EVENTS)


class TestJson:
    def test_round_trip(self):
        """Events serialize through the same converter, tagged by type, and come back equal."""
        text = wrmodel.dumps(ONE_OF_EACH)
        assert wrmodel.loads(text, list[Event]) == ONE_OF_EACH
        for event in ONE_OF_EACH:
            assert wrmodel.loads(wrmodel.dumps(event), Event) == event
            assert wrmodel.loads(wrmodel.dumps(event), type(event)) == event

    def test_wire_form(self):
        """The type tag comes first; keys are camelCase; times in the wire's form."""
        assert wrmodel.dumps(ONE_OF_EACH[0]) == (
            b'{"type":"Accepted","id":"ocid1.wr","operationType":"DELETE_COMPARTMENT",'
            b'"compartmentId":"ocid1.c","at":"2016-08-25T21:10:29.600Z"}'
        )
        assert wrmodel.dumps(ResourceChanged(resource=RESOURCE)) == (
            b'{"type":"ResourceChanged","resource":{"identifier":"ocid1.c",'
            b'"entityType":"compartment","actionType":"DELETED"}}'
        )
        assert wrmodel.dumps(CancelRequested()) == b'{"type":"CancelRequested"}'

    @pytest.mark.parametrize(
        ("doc", "cls", "path", "message"),
        [
            ({"type": "Exploded"}, Event, "$.type", "expected one of Accepted, Started"),
            ({}, Event, "$.type", "got None"),
            ([], Event, "$", "expected an object (Event)"),
            ({"type": "Started", "at": "yesterday"}, Event, "$.at", "RFC 3339"),
            ({"type": "Failed"}, Started, "$.type", "expected 'Started', got 'Failed'"),
            ({"type": "Progressed", "percent": 200}, Event, "$.percent", "from 0 to 100"),
            ({"type": "Progressed"}, Event, "$.percent", "required field is missing"),
            ({"type": "Started", "note": 1}, Event, "$.note", "unknown key"),
            (
                {"type": "ResourceChanged", "resource": {"identifier": 1}},
                Event,
                "$.resource.identifier",
                "expected a string",
            ),
        ],
    )
    def test_bad_events(self, doc, cls, path, message):
        """Bad event documents are DecodeErrors at their paths (unknown keys refused)."""
        with pytest.raises(DecodeError) as info:
            wrmodel.loads(orjson.dumps(doc), cls)
        problem = info.value.problems[0]
        assert problem.path == path
        assert message in problem.message


class TestApplyAndReplay:
    def test_replay_one_of_each(self):
        """Replaying a history builds the request through the transition rules."""
        wr = replay(ONE_OF_EACH)
        assert wr.status is Status.CANCELED
        assert wr.percent_complete == 30.0
        assert wr.logs == (WorkRequestLogEntry(message="working", timestamp=T0.add(seconds=2)),)
        assert wr.errors == (
            WorkRequestError(code="Conflict", message="busy", timestamp=T0.add(seconds=3)),
        )
        assert wr.resources == (RESOURCE,)
        assert wr.time_finished == T0.add(seconds=4)

    def test_no_invented_times(self):
        """Applying an event without a time records no time."""
        wr = replay(
            [
                Accepted(id="x", operation_type="DELETE_COMPARTMENT"),
                LogAdded(message="m"),
                Started(),
                Succeeded(),
            ]
        )
        assert wr.logs == (WorkRequestLogEntry(message="m"),)
        assert (wr.time_accepted, wr.time_started, wr.time_finished) == (None, None, None)

    def test_same_rules(self):
        """Events obey the transition rules."""
        wr = replay(ONE_OF_EACH[:2])
        with pytest.raises(TransitionError, match="cannot move from IN_PROGRESS to CANCELED"):
            apply(wr, Canceled(at=T0.add(seconds=9)))
        with pytest.raises(TransitionError, match="backwards"):
            apply(wr, LogAdded(message="m", at=T0))

    def test_history_begins_with_accepted(self):
        """replay needs Accepted first, and Accepted cannot apply to a request."""
        with pytest.raises(TransitionError, match="begins with Accepted"):
            replay([Started(at=T0)])
        with pytest.raises(TransitionError, match="begins with Accepted"):
            replay([])
        with pytest.raises(TransitionError, match="Accepted can only begin"):
            apply(replay(ONE_OF_EACH[:1]), ONE_OF_EACH[0])

    def test_apply_needs_an_event(self):
        """apply refuses what is not an event."""
        with pytest.raises(TypeError, match="expected an event"):
            apply(replay(ONE_OF_EACH[:1]), "Started")  # type: ignore[arg-type]


class TestDiff:
    def test_missed_polls(self):
        """ACCEPTED then SUCCEEDED yields Started and Succeeded with the new times."""
        old = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        new = t.succeed(
            t.progress(t.start(old, at=T0.add(seconds=1)), 40, at=T0.add(seconds=2)),
            at=T0.add(seconds=3),
        )
        assert diff(old, new) == (Started(at=T0.add(seconds=1)), Succeeded(at=T0.add(seconds=3)))

    def test_missed_cancel_request(self):
        """IN_PROGRESS then CANCELED goes through CancelRequested."""
        old = t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0)
        new = t.cancel(t.request_cancel(old, at=T0), at=T0.add(seconds=1))
        assert diff(old, new) == (CancelRequested(), Canceled(at=T0.add(seconds=1)))

    def test_time_order(self):
        """Events come in time order across logs, errors and status changes."""
        old = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        new = t.add_log(old, "a", at=T0.add(seconds=1))
        new = t.start(new, at=T0.add(seconds=2))
        new = t.add_error(new, "E", "m", at=T0.add(seconds=3))
        new = t.add_log(new, "b", at=T0.add(seconds=4))
        new = t.fail(new, at=T0.add(seconds=5))
        new = t.add_log(new, "after", at=T0.add(seconds=6))
        assert [type(e).__name__ for e in diff(old, new)] == [
            "LogAdded",
            "Started",
            "ErrorAdded",
            "LogAdded",
            "Failed",
            "LogAdded",
        ]

    def test_no_change(self):
        """The same snapshot twice gives no events."""
        wr = replay(ONE_OF_EACH)
        assert diff(wr, wr) == ()

    @pytest.mark.parametrize(
        ("change", "message"),
        [
            (lambda wr: attrs.evolve(wr, id="other"), "cannot follow work request"),
            (lambda wr: attrs.evolve(wr, status=Status.IN_PROGRESS), "cannot move from CANCELED"),
            (lambda wr: attrs.evolve(wr, logs=()), "its logs are not the old ones"),
            (lambda wr: attrs.evolve(wr, errors=None), "its errors are not the old ones"),
            (
                lambda wr: attrs.evolve(wr, compartment_id="ocid1.other"),
                "no events explain its compartment_id",
            ),
            (
                lambda wr: attrs.evolve(
                    wr, logs=(*wr.logs, WorkRequestLogEntry(message="m", timestamp=T0))
                ),
                "backwards",
            ),
        ],
    )
    def test_cannot_follow(self, change, message):
        """A snapshot that cannot follow the old one raises TransitionError saying why."""
        old = replay(ONE_OF_EACH)
        with pytest.raises(TransitionError, match=message):
            diff(old, change(old))

    def test_percent_without_a_reporting_status(self):
        """Progress no status could have reported is refused."""
        old = t.fail(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0)
        with pytest.raises(TransitionError, match="cannot follow"):
            diff(old, attrs.evolve(old, percent_complete=20.0))

    def test_progress_through_cancel(self):
        """Progress after ACCEPTED without a start is explained through CANCELING."""
        old = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        new = attrs.evolve(t.fail(old, at=T0), percent_complete=20.0)
        assert diff(old, new) == (CancelRequested(), Progressed(percent=20), Failed(at=T0))

    def test_empty_and_missing_lists_differ(self):
        """A list reported empty in one snapshot and not at all in the other is refused."""
        old = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        with pytest.raises(TransitionError, match="no events explain its logs"):
            diff(old, attrs.evolve(old, logs=()))

    @given(lives(), st.data())
    def test_replay_of_diff(self, snapshots, data):
        """replay(diff(old, new), onto=old) == new for any two snapshots, however far apart."""
        i = data.draw(st.integers(0, len(snapshots) - 1))
        j = data.draw(st.integers(i, len(snapshots) - 1))
        old, new = snapshots[i], snapshots[j]
        events = diff(old, new)
        assert replay(events, onto=old) == new
        assert wrmodel.loads(wrmodel.dumps(list(events)), list[Event]) == list(events)

    @given(lives())
    def test_sparse_polls_compose(self, snapshots):
        """Replaying the diffs of a sparse sample of polls, one after another, gives the last."""
        sample_ = [*snapshots[:: max(1, len(snapshots) // 3)], snapshots[-1]]
        wr = sample_[0]
        for new in sample_[1:]:
            wr = replay(diff(wr, new), onto=wr)
        assert wr == snapshots[-1]

    @given(lives())
    def test_history(self, snapshots):
        """history(wr) begins with Accepted and replays to wr."""
        events = history(snapshots[-1])
        assert isinstance(events[0], Accepted)
        assert replay(events) == snapshots[-1]

    def test_history_of_samples(self):
        """The bundled samples have histories."""
        for name in ["02_in_progress_resources_logs.json", "04_failed_with_errors.json"]:
            wr = wrmodel.loads(sample(name))
            assert replay(history(wr)) == wr
