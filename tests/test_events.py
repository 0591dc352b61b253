import typing

import attrs
import orjson
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wrmodel
from benchmarks.corpus import records
from wrmodel import (
    DecodeError,
    Status,
    TransitionError,
    ValidationError,
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
    Corrected,
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
            action = draw(st.sampled_from(list(wrmodel.ActionType)[:-1]))  # no placeholder
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
        with pytest.raises(wrmodel.ValidationError) as info:
            Accepted(id="x", operation_type="A", resources=["r"], errors=[1], logs=[2])  # type: ignore[list-item]
        assert [str(p) for p in info.value.problems] == [
            "$.resources[0]: expected a WorkRequestResource, got 'r'",
            "$.errors[0]: expected a WorkRequestError, got 1",
            "$.logs[0]: expected a WorkRequestLogEntry, got 2",
        ]
        entry = WorkRequestLogEntry(message="m")
        kept = Accepted(id="x", operation_type="A", resources=[RESOURCE], logs=[entry])
        assert (kept.resources, kept.logs) == ((RESOURCE,), (entry,))

    def test_every_kind_listed(self):
        """EVENTS lists the twelve kinds of change (tagging's PartiallySucceeded and other
        families' StatusChanged among them) and Corrected, each an Event."""
        assert len(EVENTS) == 13
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
        """Status events obey the transitions' table; the request's own times keep their order."""
        wr = replay(ONE_OF_EACH[:2])
        with pytest.raises(TransitionError, match="cannot move from IN_PROGRESS to CANCELED"):
            apply(wr, Canceled(at=T0.add(seconds=9)))
        with pytest.raises(TransitionError, match=r"timeFinished .* is before its timeStarted"):
            apply(wr, Failed(at=T0))

    def test_entries_as_observed(self):
        """Logs and errors are appended as observed: skewed clocks are normal, not refused."""
        wr = replay(ONE_OF_EACH)
        wr = apply(apply(wr, LogAdded(message="m", at=T0)), ErrorAdded(code="C", message="m"))
        assert wr.logs[-1] == WorkRequestLogEntry(message="m", timestamp=T0)
        assert wr.errors[-1] == WorkRequestError(code="C", message="m")

    def test_corrected(self):
        """Corrected gives its snapshot, of the same request only; it needs a WorkRequest."""
        with pytest.raises(
            ValidationError,
            match=r"\$\.snapshot: expected a WorkRequest, or another family's request or "
            r"summary, got 1",
        ):
            Corrected(reason="r", snapshot=1)  # type: ignore[arg-type]
        with pytest.raises(
            ValidationError,
            match=r"\$\.resource: expected a WorkRequestResource, or another family's "
            r"resource, got 'r'",
        ):
            ResourceChanged(resource="r")  # type: ignore[arg-type]
        wr = replay(ONE_OF_EACH)
        snapshot = t.accept(wr.id, "DELETE_COMPARTMENT", at=T0)
        assert apply(wr, Corrected(reason="stale", snapshot=snapshot)) is snapshot
        other = attrs.evolve(snapshot, id="other")
        with pytest.raises(TransitionError, match="a correction of work request 'other'"):
            apply(wr, Corrected(reason="r", snapshot=other))

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

    def test_another_request(self):
        """Snapshots of two requests have no diff."""
        old = replay(ONE_OF_EACH)
        with pytest.raises(TransitionError, match=r"'other' cannot follow work request 'ocid1.wr'"):
            diff(old, attrs.evolve(old, id="other"))

    @pytest.mark.parametrize(
        ("change", "reason"),
        [
            (
                lambda wr: attrs.evolve(wr, status=Status.IN_PROGRESS),
                "status CANCELED to IN_PROGRESS: the life cycle has no such move",
            ),
            (lambda wr: attrs.evolve(wr, logs=()), "logs: not the old ones followed by new ones"),
            (lambda wr: attrs.evolve(wr, errors=None), "errors: not reported"),
            (lambda wr: attrs.evolve(wr, resources=()), "resources removed: 'ocid1.c'"),
            (
                lambda wr: attrs.evolve(wr, compartment_id="ocid1.other"),
                "compartmentId 'ocid1.c' to 'ocid1.other'",
            ),
            (
                lambda wr: attrs.evolve(wr, time_accepted=T0.add(seconds=1)),
                "timeAccepted 2016-08-25T21:10:29.600000+00:00 to 2016-08-25T21:10:30.600000+00:00",
            ),
            (lambda wr: attrs.evolve(wr, percent_complete=None), "percentComplete: not reported"),
            (
                lambda wr: attrs.evolve(wr, percent_complete=10.0),
                "percentComplete 30.0 to 10.0: it went down",
            ),
            (
                lambda wr: wrmodel.WorkRequest(
                    **{**attrs.asdict(wr, recurse=False), "status": "WAITING", "unknown": None}
                ),
                "status CANCELED to WAITING: WAITING is a status this version does not know",
            ),
        ],
    )
    def test_corrected(self, change, reason):
        """What the life cycle cannot explain ends the events as a Corrected saying why."""
        old = replay(ONE_OF_EACH)
        new = change(old)
        *_, last = events = diff(old, new)
        assert last == Corrected(reason=reason, snapshot=new)
        assert replay(events, onto=old) == new

    def test_explained_before_corrected(self):
        """What can be explained still comes as its events, before the correction."""
        old = t.progress(t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0), 20, at=T0)
        new = t.add_log(t.progress(old, 50, at=T0), "m", at=T0.add(seconds=1))
        new = wrmodel.WorkRequest(
            **{**attrs.asdict(new, recurse=False), "status": "WAITING", "unknown": None}
        )
        assert diff(old, new) == (
            Progressed(percent=50),
            LogAdded(message="m", at=T0.add(seconds=1)),
            Corrected(
                reason="status IN_PROGRESS to WAITING: WAITING is a status this version does "
                "not know",
                snapshot=new,
            ),
        )

    def test_reordered_resources(self):
        """Resources are matched by identifier: a changed one is a change, an order is not."""
        other = attrs.evolve(RESOURCE, identifier="ocid1.d")
        old = t.add_resource(t.add_resource(t.accept("x", "DELETE_COMPARTMENT"), RESOURCE), other)
        done = attrs.evolve(other, action_type="CREATED")
        new = attrs.evolve(old, resources=(done, RESOURCE))
        assert diff(old, new) == (
            ResourceChanged(resource=done),
            Corrected(reason="resources: the same ones in another order", snapshot=new),
        )

    def test_skewed_clocks(self):
        """A log stamped before time_started, or before an earlier log, is a normal log."""
        old = t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0.add(seconds=5))
        early = (
            WorkRequestLogEntry(message="a", timestamp=T0.add(seconds=9)),
            WorkRequestLogEntry(message="b", timestamp=T0),
        )
        new = attrs.evolve(old, logs=early)
        assert diff(old, new) == (
            LogAdded(message="a", at=T0.add(seconds=9)),
            LogAdded(message="b", at=T0),
        )

    def test_times_out_of_order(self):
        """An end stamped before the start is refused as such, and the rest corrected."""
        old = t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0.add(seconds=5))
        new = attrs.evolve(old, status=Status.FAILED, time_finished=T0)
        assert diff(old, new) == (
            Corrected(
                reason="status IN_PROGRESS to FAILED: timeFinished 2016-08-25T21:10:29.600000+00:00"
                " is before its timeStarted 2016-08-25T21:10:34.600000+00:00; timeFinished nothing"
                " to 2016-08-25T21:10:29.600000+00:00",
                snapshot=new,
            ),
        )

    def test_start_out_of_order(self):
        """A start stamped before acceptance is refused, and the rest of the path with it."""
        old = t.accept("x", "DELETE_COMPARTMENT", at=T0.add(seconds=5))
        new = t.succeed(t.start(attrs.evolve(old, time_accepted=T0), at=T0), at=T0.add(seconds=6))
        new = attrs.evolve(new, time_accepted=old.time_accepted)
        (corrected,) = diff(old, new)
        assert corrected.reason.startswith(
            "status ACCEPTED to SUCCEEDED: timeStarted 2016-08-25T21:10:29.600000+00:00 is before"
            " its timeAccepted 2016-08-25T21:10:34.600000+00:00; "
        )
        assert corrected.reason.endswith("; percentComplete 0.0 to 100.0")

    def test_no_invented_cancel(self):
        """ACCEPTED then SUCCEEDED without a start time: Started without a time, no cancel."""
        old = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        new = attrs.evolve(old, status=Status.SUCCEEDED, time_finished=T0, percent_complete=100.0)
        assert diff(old, new) == (Started(), Succeeded(at=T0))

    def test_percent_without_a_reporting_status(self):
        """Progress no status could have reported is a correction."""
        old = t.fail(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0)
        new = attrs.evolve(old, percent_complete=20.0)
        assert diff(old, new) == (
            Corrected(
                reason="percentComplete 0.0 to 20.0: reported while FAILED, which reports no "
                "progress",
                snapshot=new,
            ),
        )

    def test_progress_without_a_start(self):
        """Progress after ACCEPTED without a start time goes through IN_PROGRESS, not a cancel."""
        old = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        new = attrs.evolve(t.fail(old, at=T0), percent_complete=20.0)
        assert diff(old, new) == (Started(), Progressed(percent=20), Failed(at=T0))

    def test_empty_and_missing_lists_differ(self):
        """A list reported empty in one snapshot and not at all in the other is a correction."""
        old = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        new = attrs.evolve(old, logs=())
        assert diff(old, new) == (Corrected(reason="logs: reported", snapshot=new),)

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
        """Every bundled sample has a history."""
        for name in [
            "01_accepted_minimal.json",
            "02_in_progress_resources_logs.json",
            "04_failed_with_errors.json",
        ]:
            wr = wrmodel.loads(sample(name))
            assert replay(history(wr)) == wr

    def test_history_of_the_corpus(self):
        """Every record of the benchmark corpus has a history."""
        for doc in records(2000):
            wr = wrmodel.structure(doc, wrmodel.WorkRequest)
            assert replay(history(wr)) == wr

    def test_history_keeps_unknowns(self):
        """Unknown operation types and kept keys go in Accepted; clashing keys are corrected."""
        doc = orjson.loads(sample("02_in_progress_resources_logs.json"))
        wr = wrmodel.structure(
            {**doc, "operationType": "BULK_MOVE_RESOURCES", "x": 1}, wrmodel.WorkRequest
        )
        accepted = history(wr)[0]
        assert accepted.operation_type == "BULK_MOVE_RESOURCES"  # the string, of any family
        assert accepted.unknown == wrmodel.Unknown(keys={"x": 1})
        assert replay(history(wr)) == wr
        clash = wrmodel.structure({**doc, "at": 1}, wrmodel.WorkRequest)
        events = history(clash)
        assert events[0].unknown is None
        assert isinstance(events[-1], Corrected)
        assert replay(events) == clash


def _operation(cls):
    """An operation type the class knows (a free string for the Work Requests service)."""
    import typing

    tp = typing.get_type_hints(cls)["operation_type"]
    return next(iter(tp)).value if tp is not str else "CREATE_BUCKET"


def _stages(cls):
    """A request of ``cls`` at every stage of each way its life can go."""
    wr = t.accept("ocid1.x", _operation(cls), compartment_id="c", at=T0, cls=cls)
    started = t.start(wr, at=T0.add(seconds=1))
    running = t.progress(started, 40, at=T0.add(seconds=2))
    ends = [
        t.succeed(running, at=T0.add(seconds=3)),
        t.fail(running, at=T0.add(seconds=3)),
        t.cancel(t.request_cancel(running, at=T0.add(seconds=3)), at=T0.add(seconds=4)),
    ]
    if "PARTIALLY_SUCCEEDED" in t.family_of(cls).status.__members__:
        ends.append(t.partially_succeed(running, at=T0.add(seconds=3)))
    return [wr, started, running, *ends]


SNAPSHOT_CLASSES = [c for f in wrmodel.FAMILIES for c in (f.request, f.summary)]


class TestHistoriesOfEveryFamily:
    @pytest.mark.parametrize("cls", SNAPSHOT_CLASSES, ids=lambda c: f"{c.__module__}.{c.__name__}")
    def test_replay_of_history(self, cls):
        """replay(history(x)) == x at every stage, also through the JSON event log, no cls=."""
        for x in _stages(cls):
            events = history(x)
            assert replay(events) == x
            log = wrmodel.dumps(list(events))
            assert replay(wrmodel.loads(log, list[Event])) == x

    @pytest.mark.parametrize("engine", [True, False], ids=["engine", "general"])
    @pytest.mark.parametrize("cls", SNAPSHOT_CLASSES, ids=lambda c: f"{c.__module__}.{c.__name__}")
    def test_every_event_keeps_its_family_through_json(self, cls, engine):
        """Every kind of event of every family reads back from JSON equal, Corrected included."""
        converter = wrmodel.make_converter(engine=engine)
        stages = _stages(cls)
        found: list[Event] = []
        for old in stages:
            for new in stages:
                found += diff(old, new)
            found += history(old)
        if "resources" in attrs.fields_dict(cls):
            held = typing.get_type_hints(cls)["resources"]  # tuple[X, ...], maybe | None
            held = typing.get_args(held)[0] if typing.get_origin(held) is not tuple else held
            item = typing.get_args(held)[0]
            action = next(iter(typing.get_type_hints(item)["action_type"]))
            found.append(
                ResourceChanged(resource=item(identifier="r", entity_type="e", action_type=action))
            )
        kinds = {type(e).__name__ for e in found}
        assert {"Accepted", "Started", "Progressed", "Corrected", "Succeeded"} <= kinds
        assert converter.loads(converter.dumps(found), list[Event]) == found
        for event in found:
            assert converter.loads(converter.dumps(event), Event) == event

    def test_model_derived(self):
        """A Corrected and a ResourceChanged name the class of what they hold, not identity's."""
        tag = t.accept("x", "BULK_EDIT_OF_TAGS", at=T0, cls=wrmodel.TaggingWorkRequest)
        assert Corrected(reason="r", snapshot=tag).model == "tagging.TaggingWorkRequest"
        assert Corrected(reason="r", snapshot=t.accept("x", "A", at=T0)).model is None
        iam = wrmodel.IamWorkRequestResource(identifier="r", entity_type="e", action_type="CREATED")
        assert ResourceChanged(resource=iam).model == "iam.IamWorkRequestResource"
        assert ResourceChanged(resource=RESOURCE).model is None
        with pytest.raises(TypeError):
            Corrected(reason="r", snapshot=tag, model="identity.WorkRequest")  # type: ignore[call-arg]

    def test_model_of_no_family_here(self):
        """A model no family here has leaves the value as read (identity's class)."""
        tag = t.accept("x", "BULK_EDIT_OF_TAGS", at=T0, cls=wrmodel.TaggingWorkRequest)
        doc = orjson.loads(wrmodel.dumps(Corrected(reason="r", snapshot=tag)))
        doc["model"] = "nosuchservice.WorkRequest"
        read = wrmodel.loads(orjson.dumps(doc), Event)
        assert type(read.snapshot) is wrmodel.WorkRequest
        assert read.model == "nosuchservice.WorkRequest"

    def test_model_written(self):
        """The log says what it is the history of; identity's WorkRequest by default."""
        tag = t.accept("x", "BULK_EDIT_OF_TAGS", at=T0, cls=wrmodel.TaggingWorkRequest)
        assert history(tag)[0].model == "tagging.TaggingWorkRequest"
        assert b'"model":"tagging.TaggingWorkRequest"' in wrmodel.dumps(history(tag)[0])
        assert history(t.accept("x", "DELETE_COMPARTMENT", at=T0))[0].model is None

    def test_unknown_model(self):
        """A history of a class no family here has is refused, saying which."""
        first = Accepted(id="x", operation_type="A", at=T0, model="nosuchservice.WorkRequest")
        with pytest.raises(
            wrmodel.TransitionError, match=r"nosuchservice\.WorkRequest, a class of no"
        ):
            replay([first])


def _waiting(wr):
    """``wr`` in a status this version does not know (devops' WAITING, as identity reads it)."""
    return wrmodel.structure({**wrmodel.unstructure(wr), "status": "WAITING"}, type(wr))


class TestTheEndIsAnEvent:
    @pytest.mark.parametrize(
        ("end", "expected"),
        [
            (lambda wr: t.succeed(wr, at=T0.add(seconds=9)), ["Succeeded"]),
            (lambda wr: t.fail(wr, at=T0.add(seconds=9)), ["Failed"]),
            (
                lambda wr: t.cancel(
                    t.request_cancel(wr, at=T0.add(seconds=8)), at=T0.add(seconds=9)
                ),
                ["Canceled"],
            ),
        ],
    )
    def test_after_an_unknown_status(self, end, expected):
        """IN_PROGRESS, WAITING, then an end: the end is its event, not a Corrected."""
        running = t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0.add(seconds=1))
        waiting, done = _waiting(running), end(running)
        events = diff(waiting, done)
        assert [type(e).__name__ for e in events] == expected
        assert replay(events, onto=waiting) == done

    def test_started_after_an_unknown_status(self):
        """ACCEPTED, WAITING, IN_PROGRESS: Started, with its time."""
        accepted = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        started = t.start(accepted, at=T0.add(seconds=2))
        events = diff(_waiting(accepted), started)
        assert events == (Started(at=T0.add(seconds=2)),)
        assert replay(events, onto=_waiting(accepted)) == started

    def test_partially_succeeded_after_an_unknown_status(self):
        """Tagging's end that is not a success is an event too."""
        accepted = t.accept("x", "BULK_EDIT_OF_TAGS", at=T0, cls=wrmodel.TaggingWorkRequest)
        tag = t.start(accepted, at=T0.add(seconds=1))
        done = t.partially_succeed(tag, at=T0.add(days=1))
        events = diff(_waiting(tag), done)
        assert [type(e).__name__ for e in events] == ["PartiallySucceeded"]
        assert replay(events, onto=_waiting(tag)) == done

    def test_still_corrected_when_more_differs(self):
        """What the end does not explain is still a Corrected, after the end's event."""
        running = t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0.add(seconds=1))
        done = attrs.evolve(t.succeed(running, at=T0.add(seconds=9)), compartment_id="moved")
        events = diff(_waiting(running), done)
        assert [type(e).__name__ for e in events] == ["Succeeded", "Corrected"]
        assert replay(events, onto=_waiting(running)) == done


#: A finished request of identity's as a newer API sends it: an operation type, a resource
#: action and a key this version does not know.
NEWER = {
    "id": "ocid1.wr",
    "operationType": "BULK_MOVE",
    "status": "SUCCEEDED",
    "compartmentId": "ocid1.c",
    "timeAccepted": "2016-08-25T21:10:29.600Z",
    "timeStarted": "2016-08-25T21:10:30.600Z",
    "timeFinished": "2016-08-25T21:10:35.600Z",
    "percentComplete": 100,
    "resources": [
        {"identifier": "r", "entityType": "e", "actionType": "RELOCATED", "entityUri": "u"}
    ],
    "errors": [],
    "logs": [{"message": "m", "timestamp": "2016-08-25T21:10:31.600Z"}],
    "region": "eu-zurich-1",
}


class TestReplay:
    def test_empty_lists_stay_lists(self):
        """An Accepted with empty lists makes a request with empty tuples, not None."""
        wr = replay([Accepted(id="x", operation_type="A", resources=(), errors=(), logs=())])
        assert (wr.resources, wr.errors, wr.logs) == ((), (), ())
        bare = replay([Accepted(id="x", operation_type="A")])
        assert (bare.resources, bare.errors, bare.logs) == (None, None, None)

    def test_newer_values_kept(self):
        """What the Accepted holds of a newer API is kept by replay: values, keys, or both."""
        only_keys = Accepted(
            id="x", operation_type="DELETE_COMPARTMENT", unknown=wrmodel.Unknown(keys={"k": 1})
        )
        assert replay([only_keys]).unknown == wrmodel.Unknown(keys={"k": 1})
        only_value = Accepted(id="x", operation_type="BULK_MOVE")
        assert replay([only_value]).unknown == wrmodel.Unknown(
            values={"operation_type": "BULK_MOVE"}
        )
        both = Accepted(id="x", operation_type="BULK_MOVE", unknown=wrmodel.Unknown(keys={"k": 1}))
        assert replay([both]).unknown == wrmodel.Unknown(
            values={"operation_type": "BULK_MOVE"}, keys={"k": 1}
        )
        assert replay([Accepted(id="x", operation_type="DELETE_COMPARTMENT")]).unknown is None
        odd = wrmodel.Unknown(verbatim={"a_b": 1})
        assert (
            replay([Accepted(id="x", operation_type="DELETE_COMPARTMENT", unknown=odd)]).unknown
            == odd
        )

    def test_lists_of_the_class_only(self):
        """The lists of an Accepted go only to the fields the class has."""
        first = Accepted(id="x", operation_type="A", resources=(), errors=(), logs=())
        summary = replay([first], cls=wrmodel.WorkRequestSummary)
        assert (summary.resources, summary.errors) == ((), ())
        assert replay([first], cls=wrmodel.IamWorkRequest).resources == ()

    def test_cls_given(self):
        """replay(..., cls=X) makes an X, whatever class the history was written of."""
        doc = {k: v for k, v in NEWER.items() if k != "logs"}
        wr = wrmodel.structure(doc, wrmodel.WorkRequest)
        summary = replay(history(wr), cls=wrmodel.WorkRequestSummary)
        assert type(summary) is wrmodel.WorkRequestSummary
        assert summary == wrmodel.structure(doc, wrmodel.WorkRequestSummary)

    def test_a_class_of_the_callers(self):
        """The history of a user's subclass names it, and replays to it with cls=."""

        @attrs.frozen(kw_only=True)
        class Mine(wrmodel.WorkRequest):
            pass

        mine = Mine(
            id="x",
            operation_type="DELETE_COMPARTMENT",
            status="SUCCEEDED",
            time_accepted=T0,
            time_started=T0.add(seconds=1),
            time_finished=T0.add(seconds=2),
            percent_complete=100,
        )
        events = history(mine)
        assert events[0].model == "identity.Mine"
        assert [type(e).__name__ for e in events] == ["Accepted", "Started", "Succeeded"]
        assert replay(events, cls=Mine) == mine
        with pytest.raises(TransitionError, match=r"identity\.Mine, a class of no family"):
            replay(events)

    def test_unknown_status_keeps_the_rest(self):
        """A status event applied from an unknown status keeps what else the request kept."""
        doc = {**NEWER, "status": "WAITING", "timeStarted": None, "timeFinished": None, "a_b": 1}
        waiting = wrmodel.structure(doc, wrmodel.WorkRequest)
        assert waiting.unknown.values == {"operation_type": "BULK_MOVE", "status": "WAITING"}
        started = apply(waiting, Started(at=T0.add(seconds=9)))
        assert started.status is Status.IN_PROGRESS
        assert started.unknown == wrmodel.Unknown(
            values={"operation_type": "BULK_MOVE"},
            keys={"region": "eu-zurich-1"},
            verbatim={"a_b": 1},
        )


class TestHistoryOfWellFormedRequests:
    @pytest.mark.parametrize("cls", SNAPSHOT_CLASSES, ids=lambda c: f"{c.__module__}.{c.__name__}")
    def test_nothing_corrected(self, cls):
        """A request made by the transitions has a history of its own steps, no Corrected."""
        for x in _stages(cls):
            events = history(x)
            assert not any(isinstance(e, Corrected) for e in events), events
            assert replay(events) == x

    @pytest.mark.parametrize("cls", SNAPSHOT_CLASSES, ids=lambda c: f"{c.__module__}.{c.__name__}")
    def test_steps(self, cls):
        """The events are the steps the request went through, in order."""
        names = [[type(e).__name__ for e in history(x)] for x in _stages(cls)]
        assert names[:6] == [
            ["Accepted"],
            ["Accepted", "Started"],
            ["Accepted", "Started", "Progressed"],
            ["Accepted", "Started", "Succeeded"],
            ["Accepted", "Started", "Progressed", "Failed"],
            # the percent is reported in the status before the end
            ["Accepted", "Started", "CancelRequested", "Progressed", "Canceled"],
        ]

    def test_newer_values_kept_through_every_step(self):
        """What a newer API sent is in Accepted and kept by every step of the replay."""
        wr = wrmodel.structure(NEWER, wrmodel.WorkRequest)
        events = history(wr)
        assert [type(e).__name__ for e in events] == [
            "Accepted",
            "ResourceChanged",
            "Started",
            "LogAdded",
            "Succeeded",
        ]
        assert events[0].operation_type == "BULK_MOVE"
        assert events[0].unknown == wrmodel.Unknown(keys={"region": "eu-zurich-1"})
        assert events[1].resource == wr.resources[0]
        for k in range(1, len(events) + 1):
            assert replay(events[:k]).unknown == wr.unknown
        assert replay(events) == wr


class TestDiffCases:
    def test_cancel_requested(self):
        """IN_PROGRESS to CANCELING is a CancelRequested, nothing else."""
        running = t.start(t.accept("x", "DELETE_COMPARTMENT", at=T0), at=T0.add(seconds=1))
        assert diff(running, t.request_cancel(running, at=T0.add(seconds=2))) == (
            CancelRequested(),
        )

    def test_from_an_unknown_status_with_a_start(self):
        """From an unknown status to a success that shows a start: Started, then Succeeded."""
        accepted = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        done = t.succeed(t.start(accepted, at=T0.add(seconds=1)), at=T0.add(seconds=2))
        events = diff(_waiting(accepted), done)
        assert events == (Started(at=T0.add(seconds=1)), Succeeded(at=T0.add(seconds=2)))
        assert replay(events, onto=_waiting(accepted)) == done

    def test_log_after_a_refused_status_event(self):
        """A log that follows a refused status event is still an event, before the Corrected."""
        accepted = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        skewed = attrs.evolve(
            t.add_log(accepted, "m", at=T0.add(seconds=5)),
            status=Status.IN_PROGRESS,
            time_started=T0.subtract(seconds=1),
        )
        events = diff(accepted, skewed)
        assert [type(e).__name__ for e in events] == ["LogAdded", "Corrected"]
        assert events[0] == LogAdded(message="m", at=T0.add(seconds=5))
        assert "timeStarted" in events[1].reason
        assert replay(events, onto=accepted) == skewed

    def test_log_after_skipped_status_events(self):
        """After a refused status event the path's other status events are skipped, not logs."""
        accepted = t.accept("x", "DELETE_COMPARTMENT", at=T0)
        skewed = attrs.evolve(
            t.add_log(accepted, "late", at=T0.add(seconds=10)),
            status=Status.SUCCEEDED,
            time_started=T0.subtract(seconds=1),
            time_finished=T0.add(seconds=9),
            percent_complete=100,
        )
        events = diff(accepted, skewed)
        assert [type(e).__name__ for e in events] == ["LogAdded", "Corrected"]
        assert replay(events, onto=accepted) == skewed

    def test_first_progress(self):
        """0% to 0.5% is progress."""
        running = t.progress(t.start(t.accept("x", "A", at=T0), at=T0), 0, at=T0)
        assert diff(running, t.progress(running, 0.5, at=T0)) == (Progressed(percent=0.5),)

    def test_reasons(self):
        """The reason of a Corrected names what the life cycle cannot explain, as it came."""
        done = t.succeed(t.start(t.accept("x", "A", at=T0), at=T0), at=T0.add(seconds=1))
        waiting = _waiting(t.accept("x", "A", at=T0))
        (corrected,) = diff(done, waiting)
        assert corrected.reason.startswith(
            "status SUCCEEDED to WAITING: WAITING is a status this version does not know"
        )
        moved = attrs.evolve(t.accept("x", "A", at=T0), compartment_id="moved")
        (corrected,) = diff(done, moved)
        assert corrected.reason.endswith("compartmentId None to 'moved'")
        assert corrected.reason.startswith(
            "status SUCCEEDED to ACCEPTED: the life cycle has no such move"
        )

    def test_reasons_speak_of_what_came(self):
        """Statuses and kept keys are named as they came, not as the objects holding them (27.4)."""
        doc = {
            "id": "x",
            "operationType": "A",
            "status": "WAITING",
            "fooBar": 1,
            "a_b": [1],
            "same": 0,
            "gone": None,
        }
        waiting = wrmodel.structure(doc, wrmodel.WorkRequest)
        changed = {"status": "NEEDS_ATTENTION", "fooBar": 2, "a_b": None, "new": True, "nul": None}
        stuck = {k: v for k, v in {**doc, **changed}.items() if k != "gone"}
        (corrected,) = diff(waiting, wrmodel.structure(stuck, wrmodel.WorkRequest))
        assert corrected.reason == (
            "status WAITING to NEEDS_ATTENTION: NEEDS_ATTENTION is a status this version does"
            " not know; a_b (1,) to None; fooBar 1 to 2; gone None to nothing;"
            " new nothing to True; nul nothing to None"
        )
        moved = wrmodel.structure({**doc, "operationType": "B"}, wrmodel.WorkRequest)
        (corrected,) = diff(waiting, moved)
        assert corrected.reason == "operationType 'A' to 'B'"
        running = wrmodel.structure({**doc, "status": "IN_PROGRESS"}, wrmodel.WorkRequest)
        assert diff(waiting, running) == (Started(),)  # the string kept for WAITING is its own

    def test_resources_removed(self):
        """Resources gone are named, each quoted."""
        a, b = (
            WorkRequestResource(identifier=i, entity_type="e", action_type="CREATED") for i in "ab"
        )
        old = t.add_resource(t.add_resource(t.accept("x", "A", at=T0), a), b)
        (corrected,) = diff(old, attrs.evolve(old, resources=()))
        assert corrected.reason == "resources removed: 'a', 'b'"
