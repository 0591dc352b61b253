"""Every family against the OCI SDK's own deserializer, on the same response bodies.

As ``test_differential`` does for identity's ``WorkRequest``, for every class of the Tagging,
IAM and Work Requests families: documents generated from the class's fields go to both;
where both accept one they agree on every field; what the SDK silently corrupts, wrmodel
refuses at the field's path.

``python -m tests.test_families`` prints how many documents were compared per family.
"""

from __future__ import annotations

import datetime as dt
import enum
import random
import sys
import types
import typing
from typing import Any

import attrs
import oci
import orjson
import pendulum
import pytest
from oci.work_requests import WorkRequestClient

import wrmodel
from benchmarks.peers.oci_sdk import _CLIENT as IDENTITY_SDK
from benchmarks.peers.oci_sdk import _CONFIG
from wrmodel import (
    FAMILIES,
    DecodeError,
    TransitionError,
    WorkRequestFailed,
    events,
    transitions,
    work_requests,
)
from wrmodel.models import _rules
from wrmodel.models._families import FAMILY_OF, IAM, IDENTITY, TAGGING, WORK_REQUESTS
from wrmodel.models._names import camel
from wrmodel.wire._styles import fields_of

from .test_differential import spellings

NEW = (TAGGING, IAM, WORK_REQUESTS)
CLASSES = [cls for family in NEW for cls in family.classes]
WORK_REQUESTS_SDK = WorkRequestClient(_CONFIG, signer=oci.signer.AbstractBaseSigner()).base_client


def theirs(body: bytes, cls: type) -> Any:
    """What the SDK's deserializer makes of ``body`` as ``cls``'s SDK class, or its exception."""
    client = WORK_REQUESTS_SDK if FAMILY_OF[cls] is WORK_REQUESTS else IDENTITY_SDK
    try:
        return client.deserialize_response_data(body, cls.__name__)
    except Exception as error:  # noqa: BLE001 (the SDK raises bare Exceptions)
        return error


def ours(body: bytes, cls: type) -> Any:
    try:
        return wrmodel.loads(body, cls)
    except DecodeError as error:
        return error


def canonical(x: Any) -> Any:
    """The SDK's object or ours as plain data: enum values as the SDK holds them (an unknown
    one as ``'UNKNOWN_ENUM_VALUE'``), timestamps as UTC instants."""
    if hasattr(x, "swagger_types"):
        return {name: canonical(getattr(x, name)) for name in x.swagger_types}
    if attrs.has(type(x)):
        return {f.name: canonical(getattr(x, f.name)) for f in attrs.fields(type(x))[:-1]}
    if isinstance(x, enum.Enum):
        return x.value
    if isinstance(x, list | tuple):
        return [canonical(v) for v in x]
    if isinstance(x, dt.datetime):
        return x.astimezone(dt.UTC).replace(tzinfo=None) if x.tzinfo else ("naive", x)
    return x


def _value(f: Any, rng: random.Random) -> Any:
    if f.kind == "str":
        return (
            rng.choice(["ocid1.x.oc1..", "résumé ", "", 'a"b', "作業"]) + f"{rng.getrandbits(40):x}"
        )
    if f.kind == "enum":
        known = [m.value for m in f.of if m.name != "UNKNOWN_ENUM_VALUE"]
        return rng.choice([*known, *known, *known, "A_NEWER_VALUE", "UNKNOWN_ENUM_VALUE"])
    if f.kind == "time":
        t = dt.datetime(2016, 8, 25, tzinfo=dt.UTC) + dt.timedelta(seconds=rng.randrange(10**8))
        text = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}Z"
        return spellings(rng, text) if rng.random() < 0.5 else text
    if f.kind == "percent":
        return rng.choice([rng.uniform(0, 100), rng.randrange(101), 0, 100])
    if f.kind == "list":
        return [document(f.of, rng) for _ in range(rng.randrange(4))]
    return document(f.of, rng)  # pragma: no cover (no declared class nests a model alone)


def document(cls: type, rng: random.Random) -> dict[str, Any]:
    """A valid API body for ``cls``, from its fields: optional ones left out, null or given;
    now and then a key this version does not know."""
    doc: dict[str, Any] = {}
    for f in fields_of(cls, camel):
        if not f.required and rng.random() < 0.3:
            if rng.random() < 0.5:
                doc[f.key] = None
            continue
        doc[f.key] = _value(f, rng)
    if rng.random() < 0.05:
        doc["freeformTags"] = {"team": "iam"}
    return doc


def tally(family: Any, n: int, seed: int = 11) -> dict[str, int]:
    """``n`` documents per class of ``family``, each to both: how many both accepted and
    compared, how many disagreed, and how many one side alone accepted."""
    rng = random.Random(seed)
    counts = dict.fromkeys(("compared", "disagreed", "only_sdk", "only_wrmodel", "neither"), 0)
    for cls in family.classes:
        for _ in range(n):
            body = orjson.dumps(document(cls, rng))
            a, b = ours(body, cls), theirs(body, cls)
            if isinstance(a, Exception) or isinstance(b, Exception):
                key = "neither" if isinstance(a, Exception) and isinstance(b, Exception) else None
                key = key or ("only_sdk" if isinstance(a, Exception) else "only_wrmodel")
                counts[key] += 1
            else:
                counts["compared"] += 1
                counts["disagreed"] += canonical(a) != canonical(b)
    return counts


def assert_as_the_sdk_declares(cls: type, sdk: type) -> None:
    """``cls`` has ``sdk``'s attributes in order, wire keys, class constants (each the member
    of its value) and required fields (``[Required]`` in the SDK's docstrings)."""
    assert [a.name for a in attrs.fields(cls)][:-1] == list(sdk().swagger_types)
    assert {f.name: f.key for f in fields_of(cls, camel)} == sdk().attribute_map
    names = {n for n in dir(sdk) if n.isupper() and not n.startswith("_")}
    assert names == {n for n in dir(cls) if n.isupper() and not n.startswith("_")}
    assert all(getattr(cls, name) == getattr(sdk, name) for name in names)
    required = {
        f.name
        for f in fields_of(cls, camel)
        if (getattr(sdk, f.name).__doc__ or "").lstrip().startswith("**[Required]**")
    }
    assert required == {f.name for f in fields_of(cls, camel) if f.required}


class TestDeclarations:
    @pytest.mark.parametrize("cls", CLASSES, ids=lambda c: f"{FAMILY_OF[c].name}.{c.__name__}")
    def test_as_the_sdk_declares(self, cls):
        """Each class has the SDK class's attributes, keys, constants and required fields."""
        assert_as_the_sdk_declares(cls, type(theirs(b"{}", cls)))

    def test_distinct_classes(self):
        """The Work Requests service's classes are its own, of identity's names."""
        from wrmodel import work_requests

        assert work_requests.WorkRequest is not wrmodel.WorkRequest
        assert work_requests.WorkRequest.__name__ == "WorkRequest"
        assert FAMILY_OF[work_requests.WorkRequest] is WORK_REQUESTS
        assert FAMILIES == (IDENTITY, TAGGING, IAM, WORK_REQUESTS)


class TestAgreement:
    @pytest.mark.parametrize("family", NEW, ids=lambda f: f.name)
    def test_thousands_of_documents(self, family):
        """On thousands of generated valid documents per family, both accept and agree."""
        counts = tally(family, 500)
        assert counts == {
            "compared": 500 * len(family.classes),
            "disagreed": 0,
            "only_sdk": 0,
            "only_wrmodel": 0,
            "neither": 0,
        }


#: Per kind of field, a value the SDK takes without a word, and what it makes of it.
SILENT: dict[str, tuple[Any, Any]] = {
    "str": (123, lambda v: v == 123),
    "enum": (5, lambda v: v == "UNKNOWN_ENUM_VALUE"),
    "time": ("2016-08-25T21:10:29", lambda v: v.tzinfo is None),
    "percent": ("50", lambda v: v == 50.0),
    "list": ("abc", lambda v: len(v) == 3),
}


def _corruptions() -> list[Any]:
    cases = []
    for cls in CLASSES:
        base = document(cls, random.Random(1))
        for f in fields_of(cls, camel):
            bad, made = SILENT[f.kind]
            cases.append(
                pytest.param(cls, {**base, f.key: bad}, f, made, id=f"{cls.__name__}.{f.key}")
            )
            if f.required:
                gone = {k: v for k, v in base.items() if k != f.key}
                cases.append(
                    pytest.param(cls, gone, f, lambda v: v is None, id=f"{cls.__name__}-{f.key}")
                )
    return cases


class TestWhatTheSdkCorrupts:
    @pytest.mark.parametrize(("cls", "doc", "field", "sdk_made"), _corruptions())
    def test_refused_naming_the_field(self, cls, doc, field, sdk_made):
        """The SDK takes it silently (and makes this of it); wrmodel refuses it at the field."""
        body = orjson.dumps(doc)
        made = theirs(body, cls)
        assert not isinstance(made, Exception)
        assert sdk_made(getattr(made, field.name))
        result = ours(body, cls)
        assert isinstance(result, DecodeError)
        assert f"$.{field.key}" in [p.path for p in result.problems]

    @pytest.mark.parametrize("cls", CLASSES, ids=lambda c: f"{FAMILY_OF[c].name}.{c.__name__}")
    def test_non_json_bodies(self, cls):
        """A body that is not JSON: the SDK makes an empty model; wrmodel refuses it at $."""
        for body in (b"", b"not json"):
            made = theirs(body, cls)
            assert all(getattr(made, name) is None for name in made.swagger_types)
            result = ours(body, cls)
            assert isinstance(result, DecodeError)
            assert result.problems[0].path == "$"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000
    for family in NEW:
        print(
            f"{family.name}: {n} documents per class, {len(family.classes)} classes:",
            tally(family, n),
        )


class TestLifeCycle:
    """Each family's life cycle: its own table, its own class back, no step it lacks."""

    T0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)

    def made(self, cls: type) -> Any:
        return transitions.accept(
            "ocid1.wr", _first_operation(cls), compartment_id="c", at=self.T0, cls=cls
        )

    @pytest.mark.parametrize(
        "cls",
        [f.request for f in FAMILIES] + [f.summary for f in FAMILIES],
        ids=lambda c: f"{FAMILY_OF[c].name}.{c.__name__}",
    )
    def test_each_class_back(self, cls):
        """Accepted, started, progressed, succeeded: each step returns the class it was given."""
        wr = self.made(cls)
        steps = [
            lambda w: transitions.start(w, at=self.T0.add(seconds=1)),
            lambda w: transitions.progress(w, 40, at=self.T0.add(seconds=2)),
            lambda w: transitions.succeed(w, at=self.T0.add(seconds=3)),
        ]
        for step in steps:
            wr = step(wr)
            assert type(wr) is cls
        assert transitions.is_terminal(wr)
        assert transitions.is_successful(wr)
        assert wr.percent_complete == 100.0
        assert wrmodel.loads(wrmodel.dumps(wr), cls) == wr

    @pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
    def test_every_status_every_move(self, family):
        """From each status, exactly the moves of the family's table are allowed."""
        moves = {
            "IN_PROGRESS": transitions.start,
            "CANCELING": transitions.request_cancel,
            "SUCCEEDED": transitions.succeed,
            "FAILED": transitions.fail,
            "CANCELED": transitions.cancel,
            "PARTIALLY_SUCCEEDED": transitions.partially_succeed,
        }
        for status in family.status:
            wr = attrs.evolve(self.made(family.request), status=status)
            for name, move in moves.items():
                allowed = name in family.status.__members__ and (
                    family.status[name] in family.transitions[status]
                )
                if allowed:
                    assert move(wr, at=self.T0.add(seconds=1)).status is family.status[name]
                else:
                    with pytest.raises(TransitionError):
                        move(wr, at=self.T0.add(seconds=1))

    def test_partially_succeeded_is_an_end_not_a_success(self):
        """Tagging's PARTIALLY_SUCCEEDED ends a request, and raise_for_status raises for it."""
        wr = transitions.start(self.made(wrmodel.TaggingWorkRequest), at=self.T0.add(seconds=1))
        done = transitions.partially_succeed(wr, at=self.T0.add(seconds=2))
        assert done.status is wrmodel.TaggingStatus.PARTIALLY_SUCCEEDED
        assert transitions.is_terminal(done)
        assert not transitions.is_active(done)
        assert not transitions.is_successful(done)
        with pytest.raises(WorkRequestFailed, match="PARTIALLY_SUCCEEDED"):
            wrmodel.raise_for_status(done)
        assert transitions.is_terminal(wrmodel.TaggingStatus.PARTIALLY_SUCCEEDED)
        assert transitions.family_of(wrmodel.TaggingStatus.ACCEPTED) is TAGGING

    def test_no_step_the_family_lacks(self):
        """No logs or errors for the families whose requests do not embed them; no
        PARTIALLY_SUCCEEDED where the family has no such status."""
        for cls in (wrmodel.TaggingWorkRequest, wrmodel.IamWorkRequest, work_requests.WorkRequest):
            wr = self.made(cls)
            with pytest.raises(TransitionError, match="has no logs"):
                transitions.add_log(wr, "m", at=self.T0)
            with pytest.raises(TransitionError, match="has no errors"):
                transitions.add_error(wr, "c", "m", at=self.T0)
        with pytest.raises(TransitionError, match="has no status PARTIALLY_SUCCEEDED"):
            transitions.partially_succeed(self.made(wrmodel.WorkRequest).start())
        with pytest.raises(TransitionError, match="has no resources"):
            transitions.add_resource(self.made(work_requests.WorkRequestSummary), None)

    def test_resources_of_the_family(self):
        """A resource is added only of the family's own resource class."""
        wr = self.made(wrmodel.IamWorkRequest)
        resource = wrmodel.IamWorkRequestResource(
            action_type="CREATED", entity_type="domain", identifier="ocid1.d"
        )
        assert transitions.add_resource(wr, resource).resources == (resource,)
        with pytest.raises(TypeError, match="expected a IamWorkRequestResource"):
            transitions.add_resource(
                wr,
                wrmodel.WorkRequestResource(
                    action_type="CREATED", entity_type="domain", identifier="ocid1.d"
                ),
            )

    def test_family_of_refuses(self):
        """Anything but a request, a summary or a status has no family."""
        with pytest.raises(TypeError, match="expected a work request"):
            transitions.family_of(3)


def _first_operation(cls: type) -> str:
    tp = typing.get_type_hints(cls)["operation_type"]
    return "CREATE_INSTANCE" if tp is str else next(iter(tp)).value


class TestCommand:
    @pytest.mark.parametrize("cls", CLASSES, ids=lambda c: f"{FAMILY_OF[c].name}.{c.__name__}")
    def test_check_and_convert_every_class(self, cls, tmp_path, capsys):
        """``check`` and ``convert`` take ``--model`` for every class of every family."""
        from wrmodel.io._cli import MODELS, main

        name = next(n for n, c in MODELS.items() if c is cls)
        path = tmp_path / "in.jsonl"
        path.write_bytes(orjson.dumps(document(cls, random.Random(3))) + b"\n{}\n")
        assert main(["check", "--model", name, str(path)]) == 1
        assert "line 2" in capsys.readouterr().out
        path.write_bytes(orjson.dumps(document(cls, random.Random(3))) + b"\n")
        assert main(["convert", "--model", name, "--from", "api", "--to", "sdk", str(path)]) == 0
        assert wrmodel.loads(capsys.readouterr().out.encode(), list[cls], style="sdk")

    def test_summary_of_each_family(self, tmp_path, capsys):
        """``summary`` counts any family's requests: a free-string operation type too."""
        from wrmodel.io._cli import main

        rng = random.Random(5)
        path = tmp_path / "in.jsonl"
        docs = [document(work_requests.WorkRequest, rng) for _ in range(20)]
        path.write_bytes(b"".join(orjson.dumps(d) + b"\n" for d in docs))
        assert main(["summary", "--model", "work-requests.work-request", str(path)]) == 0
        assert "20 work requests" in capsys.readouterr().out


SNAPSHOTS = [cls for family in FAMILIES for cls in (family.request, family.summary)]


class TestEvents:
    """diff, replay, history and watch on every family's request and summary."""

    T0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)

    def life(self, cls: type) -> list[Any]:
        """Snapshots of one request: accepted, started with a resource, progressed, ended."""
        wr = transitions.accept(
            "ocid1.wr", _first_operation(cls), compartment_id="c", at=self.T0, cls=cls
        )
        started = transitions.start(wr, at=self.T0.add(seconds=1))
        resource_cls = _rules.item_class(cls, "resources")
        if resource_cls is not None:
            started = transitions.add_resource(
                started,
                resource_cls(identifier="ocid1.r", entity_type="thing", action_type="IN_PROGRESS"),
            )
        progressed = transitions.progress(started, 40, at=self.T0.add(seconds=2))
        end = (
            transitions.partially_succeed
            if "PARTIALLY_SUCCEEDED" in transitions.family_of(cls).status.__members__
            else transitions.fail
        )
        return [wr, started, progressed, end(progressed, at=self.T0.add(seconds=3))]

    @pytest.mark.parametrize("cls", SNAPSHOTS, ids=lambda c: f"{FAMILY_OF[c].name}.{c.__name__}")
    def test_diff_and_replay_every_pair(self, cls):
        """Every pair of snapshots, either way: replay(diff(a, b), onto=a) == b, of its class."""
        snapshots = self.life(cls)
        for a in snapshots:
            for b in snapshots:
                got = events.replay(events.diff(a, b), onto=a)
                assert got == b
                assert type(got) is cls

    @pytest.mark.parametrize("cls", SNAPSHOTS, ids=lambda c: f"{FAMILY_OF[c].name}.{c.__name__}")
    def test_history_and_its_json(self, cls):
        """A history replays to its request, from the objects and from their JSON."""
        last = self.life(cls)[-1]
        history = events.history(last)
        assert not any(isinstance(e, events.Corrected) for e in history)
        assert events.replay(history, cls=cls) == last
        for style in ("api", "sdk", "cli"):
            read = wrmodel.loads(
                wrmodel.dumps(list(history), style=style), list[events.Event], style=style
            )
            assert events.replay(read, cls=cls) == last

    def test_partially_succeeded_event(self):
        """Tagging's end comes as PartiallySucceeded, with its time."""
        *_, end = self.life(wrmodel.TaggingWorkRequest)
        assert events.history(end)[-1] == events.PartiallySucceeded(at=self.T0.add(seconds=3))

    @pytest.mark.parametrize("cls", SNAPSHOTS, ids=lambda c: f"{FAMILY_OF[c].name}.{c.__name__}")
    def test_watch(self, cls):
        """watch returns the last snapshot of its class, skipping a stale read."""
        first, started, progressed, end = self.life(cls)
        polls = iter([first, started, first, progressed, end])
        watching = wrmodel.watch(lambda: next(polls), sleep=lambda _: None)
        seen = []
        last = None
        while last is None:
            try:
                seen.append(next(watching))
            except StopIteration as stop:
                last = stop.value
        assert last == end
        assert type(last) is cls
        assert not any(isinstance(e, events.Corrected) for e in seen)

    def test_a_correction_from_json_takes_the_family_class(self):
        """A Corrected read from JSON (identity's classes) applies as the family's request."""
        *_, end = self.life(wrmodel.IamWorkRequest)
        stale = self.life(wrmodel.IamWorkRequest)[0]
        read = wrmodel.loads(wrmodel.dumps(list(events.diff(end, stale))), list[events.Event])
        got = events.replay(read, onto=end)
        assert got == stale
        assert type(got) is wrmodel.IamWorkRequest


def _devops_from_docs() -> Any:
    """The ``oci.devops`` family as the docs declare it (docs/families.md): its very block, run."""
    import doctest
    import pathlib
    import re

    readme = (pathlib.Path(__file__).parent.parent / "docs" / "families.md").read_text()
    [block] = [
        b
        for b in re.findall(r"^```pycon\n(.*?)^```$", readme, re.DOTALL | re.MULTILINE)
        if "declare_family(" in b
    ]
    namespace: dict[str, Any] = {"wrmodel": wrmodel, "events": events, "t": transitions}
    for example in doctest.DocTestParser().get_examples(block):
        if "DEVOPS" in example.source or "import" in example.source:
            exec(example.source, namespace)  # noqa: S102 (the docs' own example)
    return namespace["DEVOPS"]


DEVOPS = _devops_from_docs()
DEVOPS_CLASSES = [DEVOPS.request, DEVOPS.summary]
DEVOPS_SDK = oci.devops.DevopsClient(_CONFIG, signer=oci.signer.AbstractBaseSigner()).base_client


class TestDevopsDeclaration:
    """The docs' declaration of ``oci.devops``' work requests, against the SDK."""

    def sdk(self, cls: type) -> Any:
        return getattr(oci.devops.models, cls.__name__)

    def test_fields_keys_constants_required(self):
        """Each class has the SDK class's attributes in order, keys, constants, required."""
        for cls in DEVOPS.classes:
            assert_as_the_sdk_declares(cls, self.sdk(cls))

    def test_thousands_of_documents(self):
        """500 generated documents per class, decoded by both: all compared, all agree."""
        rng = random.Random(13)
        compared = 0
        for cls in DEVOPS.classes:
            for _ in range(500):
                body = orjson.dumps(document(cls, rng))
                a = ours(body, cls)
                b = DEVOPS_SDK.deserialize_response_data(body, cls.__name__)
                assert not isinstance(a, Exception)
                assert canonical(a) == canonical(b)
                compared += 1
        assert compared == 2500

    def test_life_cycle_with_waiting(self):
        """WAITING and NEEDS_ATTENTION are on the way, never an end; diff crosses them."""
        t0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)
        wr = transitions.accept(
            "x", "CREATE_DEPLOYMENT", compartment_id="c", at=t0, cls=DEVOPS.request
        )
        waiting = transitions.move(wr, "WAITING", at=t0)
        started = transitions.start(waiting, at=t0.add(seconds=1))
        stuck = transitions.move(started, "NEEDS_ATTENTION")
        assert transitions.is_active(stuck)
        assert not transitions.is_terminal(stuck)
        done = transitions.succeed(
            transitions.start(stuck, at=t0.add(seconds=2)), at=t0.add(seconds=3)
        )
        snapshots = [wr, waiting, started, stuck, done]
        for a in snapshots:
            for b in snapshots:
                assert events.replay(events.diff(a, b), onto=a) == b
        names = [type(e).__name__ for e in events.diff(waiting, stuck)]
        assert names == ["Started", "StatusChanged"]  # no WAITING invented between
        assert events.diff(wr, waiting) == (events.StatusChanged(status="WAITING"),)
        assert [type(e).__name__ for e in events.history(done)][-1] == "Succeeded"
        assert wrmodel.from_sdk(wrmodel.to_sdk(done), DEVOPS.request) == done
        schema = wrmodel.json_schema(DEVOPS.request)
        assert schema["required"][:3] == ["operationType", "status", "id"]
        with pytest.raises(TransitionError, match=r"IN_PROGRESS is reached with start\(\)"):
            transitions.move(wr, "IN_PROGRESS")
        with pytest.raises(TransitionError, match="has no status WAITING"):
            transitions.move(transitions.accept("x", "DELETE_COMPARTMENT"), "WAITING")

    def test_own_status_keeps_time_order(self):
        """A move to a family's own status before the request's acceptance is refused."""
        t0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)
        wr = transitions.accept(
            "x", "CREATE_DEPLOYMENT", compartment_id="c", at=t0, cls=DEVOPS.request
        )
        with pytest.raises(TransitionError, match="time cannot run backwards"):
            transitions.move(wr, "WAITING", at=t0.subtract(seconds=1))
        assert transitions.move(wr, "WAITING", at=t0).status.name == "WAITING"


class TestMethods:
    """Every family's request and summary has the life cycle's methods it can use, no other."""

    T0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)

    @pytest.mark.parametrize(
        "cls",
        [*(c for f in FAMILIES for c in (f.request, f.summary)), *DEVOPS_CLASSES],
        ids=lambda c: f"{c.__module__}.{c.__name__}",
    )
    def test_methods_are_the_transitions(self, cls):
        """Each method gives what its transition gives, of the same class."""
        wr = transitions.accept(
            "ocid1.wr", _first_operation(cls), compartment_id="c", at=self.T0, cls=cls
        )
        at = self.T0.add(seconds=1)
        started = wr.start(at=at)
        assert started == transitions.start(wr, at=at)
        assert type(started) is cls
        running = started.progress(40, at=at)
        assert running == transitions.progress(started, 40, at=at)
        assert running.succeed(at=at) == transitions.succeed(running, at=at)
        assert running.fail(at=at) == transitions.fail(running, at=at)
        assert running.request_cancel(at=at).cancel(at=at) == transitions.cancel(
            transitions.request_cancel(running, at=at), at=at
        )
        if hasattr(cls, "partially_succeed"):
            assert running.partially_succeed(at=at) == transitions.partially_succeed(running, at=at)
        before = self.T0.subtract(days=1)  # the moves that record no time still check it
        for move in (
            lambda: running.progress(50, at=before),
            lambda: running.request_cancel(at=before),
        ):
            with pytest.raises(TransitionError, match="time cannot run backwards"):
                move()
        fields = attrs.fields_dict(cls)
        statuses = transitions.family_of(cls).status.__members__
        for name, method in [
            ("resources", "add_resource"),
            ("errors", "add_error"),
            ("logs", "add_log"),
            ("PARTIALLY_SUCCEEDED", "partially_succeed"),
        ]:
            assert hasattr(cls, method) is (name in fields or name in statuses), method

    def test_own_status_by_method(self):
        """A declared family's own status is reached with move(), its time checked."""
        wr = transitions.accept(
            "x", "CREATE_DEPLOYMENT", compartment_id="c", at=self.T0, cls=DEVOPS.request
        )
        assert wr.move("WAITING").status.name == "WAITING"
        with pytest.raises(TransitionError, match="time cannot run backwards"):
            wr.move("WAITING", at=self.T0.subtract(seconds=1))

    def test_bases_from_fields(self):
        """A class's life-cycle bases follow from its fields and its status enum."""
        head = [("id", str, True), ("status", wrmodel.Status, True)]
        assert _rules.lifecycle_bases(head) == (_rules.Snapshot,)
        assert _rules.lifecycle_bases(head[:1]) == ()
        assert _rules.lifecycle_bases(
            [*head, ("errors", tuple, False), ("logs", tuple, False)]
        ) == (_rules.RecordsErrors, _rules.RecordsLogs)
        tagging_head = [("id", str, True), ("status", wrmodel.TaggingStatus, True)]
        assert _rules.lifecycle_bases([*tagging_head, ("resources", tuple, False)]) == (
            _rules.RecordsResources,
            _rules.EndsPartially,
        )


class TestDeclaredClasses:
    def test_required_fields_refuse_none(self):
        """A field the family requires is refused as None when a class is built."""
        with pytest.raises(wrmodel.ValidationError, match=r"\$\.timestamp: expected an aware"):
            work_requests.WorkRequestLogEntry(message="m", timestamp=None)
        with pytest.raises(wrmodel.ValidationError, match=r"\$\.resources: expected a sequence"):
            work_requests.WorkRequest(
                operation_type="X",
                status="ACCEPTED",
                id="x",
                compartment_id="c",
                resources=None,
                percent_complete=0,
                time_accepted=pendulum.datetime(2016, 8, 25),
            )

    def test_not_a_class(self):
        """Decoding into something that is not a class says so, never an unhashable error."""
        for style, text in (("api", b"{}"), ("cli", b'{"data": {}}')):
            with pytest.raises(TypeError, match="cannot decode into"):
                wrmodel.loads(text, {}, style=style)  # type: ignore[arg-type]


class TestAFieldAdded:
    """A field added to a class is handled everywhere: a throw-away family with one more."""

    @staticmethod
    def declare() -> Any:
        import sys
        import types

        from wrmodel.models._families import Family, _table, model

        fields = [
            ("id", str, True),
            ("operation_type", wrmodel.OperationType, True),
            ("compartment_id", str, False),
            ("status", wrmodel.Status, True),
            ("time_accepted", pendulum.DateTime, False),
            ("time_started", pendulum.DateTime, False),
            ("time_finished", pendulum.DateTime, False),
            ("percent_complete", float, False),
            ("display_name", str, False),  # the added field
            ("freeform_tags_count", float, False),  # another kind, added too
        ]
        request = model("ThrowAway", fields, "A throw-away request.", module=__name__)
        summary = model("ThrowAwaySummary", fields, "Its summary.", module=__name__)

        class Sdk:  # stands in for an SDK class: swagger_types, attributes, keyword arguments
            def __init__(self, **kwargs: Any) -> None:
                self.swagger_types = {name: "str" for name, _, _ in fields}
                for name, _, _ in fields:
                    setattr(self, name, kwargs.get(name))

        sdk = types.ModuleType("throw_away_sdk")
        sdk.ThrowAway = type("ThrowAway", (Sdk,), {})  # type: ignore[attr-defined]
        sdk.ThrowAwaySummary = type("ThrowAwaySummary", (Sdk,), {})  # type: ignore[attr-defined]
        sys.modules["throw_away_sdk"] = sdk
        table = _table(wrmodel.Status, ACCEPTED="IN_PROGRESS", IN_PROGRESS="SUCCEEDED")
        return Family(
            "throw_away",
            "throw_away_sdk",
            (request, summary),
            request,
            summary,
            wrmodel.Status,
            table,
            wrmodel.Status.SUCCEEDED,
        )

    @pytest.fixture
    def family(self) -> Any:
        return THROW_AWAY

    def made(self, family: Any) -> Any:
        t0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)
        wr = transitions.accept("x", "DELETE_COMPARTMENT", at=t0, cls=family.request)
        wr = attrs.evolve(wr, display_name="a name", freeform_tags_count=3.0)
        return transitions.succeed(
            transitions.start(wr, at=t0.add(seconds=1)), at=t0.add(seconds=2)
        )

    def test_round_trip(self, family):
        """Every style writes and reads the added field."""
        wr = self.made(family)
        for style in ("api", "sdk", "cli"):
            assert wrmodel.loads(wrmodel.dumps(wr, style=style), family.request, style=style) == wr
        assert b'"displayName":"a name"' in wrmodel.dumps(wr)

    def test_history(self, family):
        """The history carries the added field and replays to the request, without Corrected."""
        wr = self.made(family)
        history = events.history(wr)
        assert [type(e).__name__ for e in history] == ["Accepted", "Started", "Succeeded"]
        assert events.replay(history, cls=family.request) == wr
        read = wrmodel.loads(wrmodel.dumps(list(history)), list[events.Event])
        assert events.replay(read, cls=family.request) == wr
        renamed = attrs.evolve(wr, display_name="another")
        (corrected,) = events.diff(wr, renamed)
        assert corrected.reason == "displayName 'a name' to 'another'"

    def test_schema(self, family):
        """The schema describes the added field."""
        schema = wrmodel.json_schema(family.request)
        assert schema["properties"]["displayName"]["anyOf"][0] == {"type": "string"}

    def test_sdk_bridge(self, family):
        """To the SDK class of its family's module and back."""
        wr = self.made(family)
        sdk = wrmodel.to_sdk(wr)
        assert type(sdk).__name__ == "ThrowAway"
        assert sdk.display_name == "a name"
        assert wrmodel.from_sdk(sdk, family.request) == wr


THROW_AWAY = TestAFieldAdded.declare()


class TestDeclaringChecksTheSdk:
    OPTIONS: typing.ClassVar[dict[str, Any]] = {
        "statuses": wrmodel.Status,
        "transitions": {"ACCEPTED": "IN_PROGRESS"},
        "operation_types": None,
        "action_types": wrmodel.ResourceActionType,
    }

    @pytest.mark.parametrize(
        ("sdk", "message"),
        [
            (
                "oci.database.models",
                (
                    r"^sdk: oci\.database\.models has no WorkRequestResource, WorkRequestError, "
                    r"WorkRequestLogEntry, WorkRequest, WorkRequestSummary: expected"
                ),
            ),
            ("oci.nosuch.models", r"^sdk: no module 'oci\.nosuch\.models'"),
            ("ocii.devops.models", r"^sdk: no module 'ocii\.devops\.models'"),
        ],
    )
    def test_refused_when_called(self, sdk, message):
        """An SDK module without the family's classes is refused by declare_family itself."""
        module = f"tests.refused_{sdk.replace('.', '_')}"
        with pytest.raises(ValueError, match=message):
            wrmodel.declare_family("refused", sdk=sdk, module=module, **self.OPTIONS)
        assert "_wrmodel_refused" not in vars(sys.modules.get(module, types.ModuleType("m")))

    def test_unchecked_without_the_sdk(self, monkeypatch):
        """Where the SDK is not installed, the module cannot be checked: to_sdk says so later."""
        import importlib

        def no_oci(name: str) -> Any:
            raise ModuleNotFoundError("No module named 'oci'", name="oci")

        monkeypatch.setattr(importlib, "import_module", no_oci)
        family = wrmodel.declare_family(
            "no_sdk_here", sdk="oci.any_service.models", module="tests.no_sdk_here", **self.OPTIONS
        )
        assert family.sdk == "oci.any_service.models"


class TestDeclaringWithEnumsAndFreeStrings:
    def test_enum_classes_and_free_operation_types(self):
        """Statuses may be an enum class, the operation type a free string; None is refused."""
        family = wrmodel.declare_family(
            "enum_given",
            sdk="oci.work_requests.models",
            module="tests.enum_given",
            statuses=wrmodel.Status,
            transitions={"ACCEPTED": "IN_PROGRESS", "IN_PROGRESS": "SUCCEEDED"},
            operation_types=None,
            action_types=wrmodel.ResourceActionType,
        )
        assert family.status is wrmodel.Status
        fields = {
            "operation_type": "ANYTHING",
            "status": "ACCEPTED",
            "id": "x",
            "compartment_id": "c",
            "resources": [],
            "percent_complete": 0,
            "time_accepted": pendulum.datetime(2026, 1, 1),
        }
        wr = family.request(**fields)
        assert wr.operation_type == "ANYTHING"
        with pytest.raises(wrmodel.ValidationError, match=r"\$\.time_accepted: expected an aware"):
            family.request(**{**fields, "time_accepted": None})
