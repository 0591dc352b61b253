"""Every service's work requests against the OCI SDK, the oracle: declarations, documents, life.

The classes of ``wrmodel.services`` are generated from the SDK's metadata; here the SDK checks
them: each class declares the SDK's fields, keys, constants and required fields; documents
made from each class's metadata (every field, every enum value) decode to what the SDK's own
deserializer makes of them; ``from_sdk``/``to_sdk`` round-trip; what a newer API sends is
kept; each family's life cycle follows its table. The generated source and docs page are
current.
"""

from __future__ import annotations

import functools
import importlib
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import oci
import orjson
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings

import wrmodel
from benchmarks.peers.oci_sdk import _CONFIG
from wrmodel import DecodeError, TransitionError, events, strategies, transitions
from wrmodel.models._families import ENDS, MOVES, model_name, model_named, service_class
from wrmodel.models._frozen import FrozenDict, thaw
from wrmodel.models._names import camel
from wrmodel.services import SERVICES, _generate
from wrmodel.wire._converter import field_values
from wrmodel.wire._styles import fields_of

from .test_families import canonical

ROOT = Path(__file__).parents[1]
#: A converter without the C engine: the codec's own decoders.
GENERAL = wrmodel.make_converter(engine=False)
GENERATED = [s for s in SERVICES if s not in _generate.BUILT_IN]


def module(service: str) -> Any:
    return importlib.import_module(f"wrmodel.services.{service}")


CLASSES = [(s, cls) for s in GENERATED for cls in module(s).CLASSES]
FAMILIES = [f for s in GENERATED for f in module(s).FAMILIES]


def sweep(items: list[Any]) -> list[Any]:
    """``items`` as parameters: every sixth in the default run, the rest in the slow set CI runs."""
    return [
        pytest.param(x, marks=() if i % 6 == 0 else pytest.mark.slow) for i, x in enumerate(items)
    ]


def _id(param: Any) -> str:
    return f"{param[0]}.{param[1].__name__}" if isinstance(param, tuple) else param.name


@functools.cache
def sdk_client(service: str) -> Any:
    """A base client of ``service`` (no network): its deserializer knows the service's models."""
    models = importlib.import_module(f"oci.{service}.models")
    mapping = getattr(models, f"{service}_type_mapping")
    return oci.base_client.BaseClient(
        service, _CONFIG, oci.signer.AbstractBaseSigner(), mapping, service_endpoint="http://x"
    )


def theirs(service: str, body: bytes, cls: type) -> Any:
    return sdk_client(service).deserialize_response_data(body, cls.__name__)


def ours_canonical(x: Any) -> Any:
    """``canonical`` of ours, read-only mappings as dicts."""
    if isinstance(x, FrozenDict):
        return {k: ours_canonical(v) for k, v in thaw(x).items()}
    if attrs.has(type(x)):
        return {f.name: ours_canonical(getattr(x, f.name)) for f in attrs.fields(type(x))[:-1]}
    if isinstance(x, list | tuple):
        return [ours_canonical(v) for v in x]
    if isinstance(x, dict):
        return {k: ours_canonical(v) for k, v in x.items()}
    return canonical(x)


def sdk_canonical(x: Any) -> Any:
    if hasattr(x, "swagger_types"):
        return {name: sdk_canonical(getattr(x, name)) for name in x.swagger_types}
    if isinstance(x, list):
        return [sdk_canonical(v) for v in x]
    if isinstance(x, dict):
        return {k: sdk_canonical(v) for k, v in x.items()}
    return canonical(x)


def _value(cls: type, f: Any, rng: random.Random, turn: int) -> Any:  # noqa: PLR0911
    """A value of field ``f`` of ``cls`` (one way per kind); enum fields take each value in turn."""
    kind = f.kind
    if kind == "str":
        return rng.choice(["ocid1.x.oc1..", "résumé ", "", "作業"]) + f"{rng.getrandbits(30):x}"
    if kind == "enum":
        known = [m.value for m in f.of if m.name != "UNKNOWN_ENUM_VALUE"]
        return known[turn % len(known)]
    if kind == "time":
        return f"2016-08-{rng.randrange(1, 29):02d}T21:10:29.{rng.randrange(1000):03d}Z"
    if kind == "percent":
        return rng.choice([rng.uniform(0, 100), rng.randrange(101)])
    if kind == "int":
        return rng.randrange(-(2**40), 2**40)
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "scalars":
        return [_value(cls, attrs.evolve(f, kind="str" if f.of is str else "int"), rng, turn)] * 2
    if kind == "map":
        return {"team": "oke", "cost-center": f"{rng.randrange(100)}"}
    if kind == "tags":
        return {"Operations": {"CostCenter": "42", "n": rng.randrange(9), "on": True}}
    if kind == "json":  # as the SDK types it: anything, an array of anything, or polymorphic
        sdk_type = sdk_class(cls)().swagger_types[f.name]
        anything = {"CostCenter": "42", "n": [rng.randrange(9), None, 2.5], "on": True}
        return {"object": anything, "list[object]": [anything, "x", 1]}.get(sdk_type, [])
    if kind == "list":
        return [document(f.of, rng, turn) for _ in range(rng.randrange(1, 3))]
    return document(f.of, rng, turn)


def document(cls: type, rng: random.Random, turn: int) -> dict[str, Any]:
    """A document of ``cls`` with every field (an optional one null now and then)."""
    doc: dict[str, Any] = {}
    own = sdk_class(cls)()  # a subclass of a polymorphic class has its discriminator set
    for f in fields_of(cls, camel):
        mine = getattr(own, f.name)
        if mine is not None:
            doc[f.key] = mine
        else:
            doc[f.key] = (
                None if not f.required and rng.random() < 0.1 else _value(cls, f, rng, turn)
            )
    return doc


def without_nulls(doc: Any) -> Any:
    """``doc`` as ``dumps`` writes it: the nulls of its objects left out, at every depth."""
    if isinstance(doc, list):
        return [without_nulls(x) for x in doc]
    if isinstance(doc, dict):
        return {k: without_nulls(v) for k, v in doc.items() if v is not None}
    return doc


def sdk_class(cls: type) -> Any:
    """The SDK's class of ours."""
    sdk = importlib.import_module(cls.__wrmodel_family__.sdk)  # type: ignore[attr-defined]
    return getattr(sdk, cls.__name__)


def turns(cls: type) -> int:
    """How many documents give every value of every enum field of ``cls`` (and its nested)."""
    counts = [len(f.of) - 1 for f in fields_of(cls, camel) if f.kind == "enum"]
    return max([2, *counts])


#: The stages a family may lack, gone through.
STAGES = {"IN_PROGRESS", "CANCELING"}
#: The fields ``accept`` makes.
ACCEPTED = {
    *("id", "operation_type", "compartment_id", "status", "resources", "percent_complete"),
    *("time_accepted", "time_created", "time_updated"),
}


def accept(cls: type, **kw: Any) -> Any:
    """A request of ``cls`` accepted, given the values of the fields it adds and requires."""
    required = {f.key for f in fields_of(cls, camel) if f.required and f.name not in ACCEPTED}
    doc = document(cls, random.Random(0), 0)
    extra = field_values(cls, {k: v for k, v in doc.items() if k in required})
    return transitions.accept("ocid1.wr", "OP", compartment_id="c", cls=cls, fields=extra, **kw)


class TestGenerated:
    def test_current(self):
        """The generated modules, their index and the docs page are what the SDK gives now."""
        stale = _generate.stale(_generate.sources(ROOT))
        assert stale == [], "stale: run python -m wrmodel.services._generate"

    def test_write_what_is_stale(self, tmp_path):
        """The generator writes the files that differ or are missing, and says which."""
        same, other, new = tmp_path / "same", tmp_path / "other", tmp_path / "new"
        same.write_text("a")
        other.write_text("b")
        files = {same: "a", other: "c", new: "d"}
        assert _generate.write(files) == [other, new]
        assert (other.read_text(), new.read_text()) == ("c", "d")
        assert _generate.write(files) == []

    def test_member_names(self):
        """An enum member is named as the SDK's constant, or by its value; never invalidly."""
        assert _generate._member("in-progress", {}) == "IN_PROGRESS"
        assert _generate._member("x", {"x": "X_SDK"}) == "X_SDK"
        for bad in ("1st", "class", "_x"):
            with pytest.raises(ValueError, match="no member name"):
                _generate._member(bad, {bad: bad})

    def test_every_service_of_the_sdk(self):
        """Every SDK package defining work requests has a module; no other has one."""
        assert sorted(_generate.services()) == sorted(SERVICES)
        assert len(GENERATED) == len(SERVICES) - 2

    def test_import_wrmodel_imports_no_service(self):
        """``import wrmodel`` imports no service module; one is imported on first use."""
        code = (
            "import sys, wrmodel, wrmodel.services as s\n"
            "print(sorted(m for m in sys.modules if m.startswith('wrmodel.services.')))\n"
            "print(s.container_engine.WorkRequest.__module__)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split("\n")
        assert out[:2] == ["[]", "wrmodel.services.container_engine"]

    def test_unknown_service(self):
        """A name that is no service is an AttributeError; ``service_class`` says None."""
        with pytest.raises(AttributeError, match="no attribute 'nothing'"):
            _ = wrmodel.services.nothing  # type: ignore[attr-defined]
        assert service_class("nothing", "WorkRequest") is None
        assert service_class("container_engine", "CLASSES") is None

    def test_built_in_services_are_the_same_objects(self):
        """``services.identity`` and ``services.work_requests`` hold the built-in classes."""
        from wrmodel.services import identity, work_requests

        assert identity.WorkRequest is wrmodel.WorkRequest
        assert identity.TaggingWorkRequest is wrmodel.TaggingWorkRequest
        assert work_requests.WorkRequest is wrmodel.work_requests.WorkRequest
        assert set(identity.CLASSES) >= {wrmodel.IamWorkRequest, wrmodel.WorkRequestError}


class TestDeclarations:
    @pytest.mark.parametrize("service", sweep(GENERATED))
    def test_as_the_sdk_declares(self, service):
        """Fields in order, keys, constants (each the member of its value), required fields."""
        for cls in module(service).CLASSES:
            self.check_declared(service, cls)

    def check_declared(self, service: str, cls: type) -> None:
        sdk = getattr(importlib.import_module(f"oci.{service}.models"), cls.__name__)
        assert [a.name for a in attrs.fields(cls)][:-1] == list(sdk().swagger_types)
        assert {f.name: f.key for f in fields_of(cls, camel)} == sdk().attribute_map
        names = {n for n in vars(sdk) if n.isupper() and not n.startswith("_")}
        ours = {n for n in dir(cls) if n.isupper() and not n.startswith("_")}
        assert names == ours
        assert all(getattr(cls, n) == getattr(sdk, n) for n in names)
        required = {
            f.name
            for f in fields_of(cls, camel)
            if "[Required]" in (getattr(sdk, f.name).fget.__doc__ or "")
        }
        snapshot = transitions.Snapshot in cls.__mro__
        forced = {"id", "status"} if snapshot else set()  # what the life cycle reads
        not_yet = set(_generate.NOT_YET) if snapshot else set()  # times a request has not yet
        assert {f.name for f in fields_of(cls, camel) if f.required} == (
            required - not_yet
        ) | forced


class TestOracle:
    @pytest.mark.parametrize("service", sweep(GENERATED))
    def test_documents_decode_as_the_sdk_does(self, service):
        """Documents of every field and every enum value: ours and the SDK's agree."""
        for cls in module(service).CLASSES:
            self.check_documents(service, cls)

    def check_documents(self, service: str, cls: type) -> None:
        rng = random.Random(cls.__name__)
        for turn in range(turns(cls)):
            body = orjson.dumps(document(cls, rng, turn))
            ours = wrmodel.loads(body, cls)  # the C engine
            assert ours_canonical(ours) == sdk_canonical(theirs(service, body, cls))
            assert GENERAL.loads(body, cls) == ours  # the codec's generated decoders
            assert wrmodel.from_sdk(wrmodel.to_sdk(ours)) == ours
            assert wrmodel.loads(wrmodel.dumps(ours), cls) == ours

    @pytest.mark.parametrize("service", sweep(GENERATED))
    def test_newer_values_kept(self, service):
        """An enum value and a key this version does not know come back as they came."""
        for cls in module(service).CLASSES:
            self.check_newer(cls)

    def check_newer(self, cls: type) -> None:
        doc = document(cls, random.Random(3), 0)
        for f in fields_of(cls, camel):
            if f.kind == "enum":
                doc[f.key] = "A_NEWER_VALUE"
        doc["aNewerKey"] = {"x": [1, 2.5, None]}
        back = orjson.loads(wrmodel.dumps(wrmodel.loads(orjson.dumps(doc), cls)))
        assert back == {**without_nulls(doc), "aNewerKey": doc["aNewerKey"]}

    @pytest.mark.parametrize("service", GENERATED[::3])
    def test_bad_values_named_by_path(self, service):
        """A value of the wrong type is refused at its wire path, never coerced."""
        for cls in module(service).CLASSES:
            self.check_bad(cls)

    def check_bad(self, cls: type) -> None:
        doc = document(cls, random.Random(5), 0)
        for f in fields_of(cls, camel):
            bad = {"int": True, "bool": 1, "map": {"k": 1}, "tags": {"ns": 1}, "scalars": "ab"}
            if f.kind in bad:
                with pytest.raises(DecodeError, match=rf"\$\.{f.key}\S*: expected"):
                    wrmodel.structure({**doc, f.key: bad[f.kind]}, cls)
            elif f.kind == "str":
                with pytest.raises(DecodeError, match=rf"\$\.{f.key}: expected a string, got 123"):
                    wrmodel.structure({**doc, f.key: 123}, cls)

    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=strategies.st.data())
    def test_strategies_of_any_class(self, data):
        """``wrmodel.strategies`` makes objects of any service's class; they round-trip."""
        _, cls = data.draw(strategies.st.sampled_from(CLASSES))
        obj = data.draw(strategies.objects(cls, unknown_values=True, unknown_keys=True))
        assert wrmodel.loads(wrmodel.dumps(obj), cls) == obj


class TestConstructors:
    @pytest.mark.parametrize("service", sweep(GENERATED))
    def test_every_class_made_by_hand(self, service):
        """Each class made from values (every field's converter), and from its required ones."""
        for cls in module(service).CLASSES:
            decoded = wrmodel.loads(orjson.dumps(document(cls, random.Random(2), 1)), cls)
            given = {f.name: getattr(decoded, f.name) for f in attrs.fields(cls)}
            assert cls(**given) == decoded
            required = {f.name: given[f.name] for f in fields_of(cls, camel) if f.required}
            made = cls(**required)
            assert all(getattr(made, name) is None for name in given.keys() - required)
            for name in required:
                with pytest.raises(wrmodel.ValidationError, match=rf"\$\.{name}: expected"):
                    cls(**{**required, name: None})


class TestLifeCycle:
    T0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)

    def made(self, cls: type) -> Any:
        """Accepted, with the values of the fields the class adds and requires."""
        return accept(cls, at=self.T0)

    @pytest.mark.parametrize("family", sweep(FAMILIES), ids=_id)
    def test_started_and_succeeded(self, family):
        """Each request and summary: accepted, started, succeeded; its class back; its events."""
        for cls in {family.request, family.summary}:
            wr = self.made(cls)
            runs = "IN_PROGRESS" in family.status.__members__  # the Service Catalog's do not
            started = transitions.start(wr, at=self.T0.add(seconds=1)) if runs else wr
            done = transitions.succeed(started)
            assert type(done) is cls
            assert transitions.is_terminal(done)
            assert transitions.is_successful(done)
            has_percent = "percent_complete" in attrs.fields_dict(cls)
            assert done.percent_complete == (100.0 if has_percent else None)
            steps = ["Started", "Succeeded"] if runs else ["Succeeded"]
            assert [type(e).__name__ for e in events.diff(wr, done)] == steps
            assert events.replay(events.history(done)) == done
            assert wrmodel.loads(wrmodel.dumps(done), cls) == done
            assert model_named(model_name(cls)) is cls

    @pytest.mark.parametrize("family", sweep(FAMILIES), ids=_id)
    def test_table_by_role(self, family):
        """Its table is MOVES restricted to its statuses; the ends are terminal, none else."""
        names = {m.name for m in family.status if m.name != "UNKNOWN_ENUM_VALUE"}
        for status in family.status:
            if status.name == "UNKNOWN_ENUM_VALUE":
                continue
            allowed = {s.name for s in family.transitions[status]}
            direct = set(MOVES.get(status.name, "").split()) & names
            through = {*MOVES["IN_PROGRESS"].split(), "CANCELED"} if STAGES - names else set()
            assert direct <= allowed <= direct | through
            assert transitions.is_terminal(status) == (status.name in ENDS)
            assert transitions.is_active(status) == (status.name not in ENDS)

    def test_whole_percent(self):
        """The WAAS's percent is an integer: progress keeps it whole, refuses a fraction."""
        from wrmodel.services import waas

        wr = transitions.start(self.made(waas.WorkRequest), at=self.T0.add(seconds=1))
        assert wr.percent_complete == 0
        assert type(wr.percent_complete) is int
        moved = transitions.progress(wr, 40.0)
        assert type(moved.percent_complete) is int
        assert moved.percent_complete == 40
        with pytest.raises(TransitionError, match=r"WorkRequest holds a whole percent, not 40\.5"):
            transitions.progress(wr, 40.5)
        assert transitions.succeed(moved).percent_complete == 100
        assert b'"percentComplete":100,' in wrmodel.dumps(transitions.succeed(moved))

    def test_replay_of_a_service_field(self):
        """A history carries the fields a service adds; a bad one is refused at its path."""
        from wrmodel.services import os_management_hub

        wr = self.made(os_management_hub.WorkRequest)
        history = events.history(wr)
        assert events.replay(history) == wr
        first = history[0]
        broken = attrs.evolve(
            first, unknown=wrmodel.Unknown(keys={**first.unknown.keys, "timeCreated": "soon"})
        )
        with pytest.raises(DecodeError, match=r"\$\.timeCreated: expected"):
            events.replay([broken])

    @pytest.mark.parametrize(
        "family",
        [
            f
            for f in FAMILIES
            if len(f.terminal) > 3 or f.name.endswith(("data_flow", "psa", "object_storage"))
        ],
        ids=_id,
    )
    def test_watch_ends_on_every_end(self, family):
        """``watch`` stops at each end (CANCELLED, SKIPPED...); ``raise_for_status`` judges it."""
        for end in family.terminal:
            wr = self.made(family.request)
            polls = iter([wr, attrs.evolve(wr, status=end)])
            watching = wrmodel.watch(lambda: next(polls), sleep=lambda _: None)  # noqa: B023
            last = None
            while last is None:
                try:
                    next(watching)
                except StopIteration as stop:
                    last = stop.value
            assert last.status is end
            if end is family.succeeded or end.name == "CANCELED":  # CANCELLED too
                assert wrmodel.raise_for_status(last) is last
            else:
                with pytest.raises(wrmodel.WorkRequestFailed, match=f"{end.value}"):
                    wrmodel.raise_for_status(last)
            if end.name == "CANCELED":
                with pytest.raises(wrmodel.WorkRequestFailed, match=f"{end.value}"):
                    wrmodel.raise_for_status(last, canceled=True)

    def test_spellings(self):
        """CANCELLING, CANCELLED, INPROGRESS and COMPLETED play their roles, as sent."""
        from wrmodel.services import data_flow, object_storage

        wr = self.made(data_flow.WorkRequest)
        assert wr.STATUS_INPROGRESS is data_flow.Status.IN_PROGRESS
        started = transitions.start(wr, at=self.T0.add(seconds=1))
        canceling = transitions.request_cancel(started, at=self.T0.add(seconds=2))
        canceled = transitions.cancel(canceling, at=self.T0.add(seconds=3))
        sent = [orjson.loads(wrmodel.dumps(w))["status"] for w in (started, canceling, canceled)]
        assert sent == ["INPROGRESS", "CANCELLING", "CANCELLED"]
        assert transitions.is_terminal(canceled)
        done = transitions.succeed(transitions.start(self.made(object_storage.WorkRequest)))
        assert orjson.loads(wrmodel.dumps(done))["status"] == "COMPLETED"
        assert transitions.is_successful(done)

    def test_waiting_and_needs_attention(self):
        """A request waits, needs attention and resumes; neither ends it; raise_for_status."""
        from wrmodel.services import devops

        wr = transitions.move(self.made(devops.WorkRequest), "WAITING", at=self.T0)
        assert transitions.is_active(wr)
        stuck = transitions.move(transitions.start(wr), "NEEDS_ATTENTION")
        assert transitions.is_active(stuck)
        assert not transitions.is_terminal(stuck)
        failed = transitions.fail(transitions.start(stuck))
        with pytest.raises(wrmodel.WorkRequestFailed):
            wrmodel.raise_for_status(failed)

    def test_no_percent_no_progress(self):
        """OKE's requests send no percent: progress is refused, saying so; the rest works."""
        from wrmodel.services import container_engine

        wr = transitions.start(self.made(container_engine.WorkRequest), at=self.T0.add(seconds=1))
        assert wr.percent_complete is None
        with pytest.raises(TransitionError, match="WorkRequest has no percent_complete"):
            transitions.progress(wr, 10)

    def test_skipped_and_suspended(self):
        """SKIPPED ends a request that never ran; SUSPENDED pauses one, which resumes."""
        from wrmodel.services import data_safe, os_management_hub

        skipped = transitions.move(self.made(os_management_hub.WorkRequest), "SKIPPED")
        assert transitions.is_terminal(skipped)
        assert not transitions.is_successful(skipped)
        running = transitions.start(self.made(data_safe.WorkRequest))
        paused = transitions.move(transitions.move(running, "SUSPENDING"), "SUSPENDED")
        assert transitions.is_active(paused)
        assert transitions.start(paused).status is data_safe.Status.IN_PROGRESS


class TestEdges:
    def test_command_names_any_service_class(self, tmp_path, capsys):
        """``--model container_engine.WorkRequest`` checks, converts and summarizes."""
        from wrmodel.io._cli import main
        from wrmodel.services import container_engine

        wr = transitions.start(accept(container_engine.WorkRequest))
        path = tmp_path / "oke.jsonl"
        path.write_bytes(wrmodel.dumps(wr) + b"\n")
        for command in (["check"], ["convert", "--from", "api", "--to", "sdk"], ["summary"]):
            code = main([*command, "--model", "container_engine.WorkRequest", str(path)])
            assert code == 0, capsys.readouterr()
        out = capsys.readouterr().out
        assert '"operation_type":"OP","status":"IN_PROGRESS"' in out  # convert: the SDK's form
        assert main(["check", "--model", "container_engine.Nothing", str(path)]) == 2
        assert "invalid choice: 'container_engine.Nothing'" in capsys.readouterr().err

    def test_pydantic_field(self):
        """A service's class is a pydantic field type: validated by wrmodel, written as sent."""
        import pydantic

        from wrmodel.services import data_flow

        adapter = pydantic.TypeAdapter(data_flow.WorkRequest)
        doc = document(data_flow.WorkRequest, random.Random(6), 0)
        doc["status"] = "INPROGRESS"
        wr = adapter.validate_json(orjson.dumps(doc))
        assert wr.status is data_flow.Status.IN_PROGRESS
        assert orjson.loads(adapter.dump_json(wr)) == without_nulls(doc)
        with pytest.raises(pydantic.ValidationError, match="status"):
            adapter.validate_python({**doc, "status": 5})

    def test_call_sdk_picks_the_class(self, service):
        """``call_sdk`` on other services' clients decodes by the method's response type."""
        from .test_sdk import TestCallSdk

        _, bodies, _ = service
        cases = [
            (oci.container_engine.ContainerEngineClient, "/20180222/workRequests/w1"),
            (oci.devops.DevopsClient, "/20210630/workRequests/w1"),
            (oci.data_flow.DataFlowClient, "/20200129/workRequests/w1"),
            (oci.load_balancer.LoadBalancerClient, "/20170115/loadBalancerWorkRequests/w1"),
        ]
        for make, path in cases:
            client = TestCallSdk().client(service, make)
            cls = service_class(type(client).__module__.split(".")[1], "WorkRequest")
            doc = document(cls, random.Random(1), 0)
            doc["aNewerKey"] = 1
            bodies[path] = orjson.dumps(doc)
            got = wrmodel.call_sdk(client.get_work_request, "w1").data
            assert type(got) is cls
            assert orjson.loads(wrmodel.dumps(got)) == without_nulls(doc)


@pytest.mark.slow
class TestDask:
    def test_summary_of_a_service_on_processes(self, tmp_path):
        """``summary --workers 2 --model container_engine.WorkRequest``: one process's output."""
        from wrmodel.services import container_engine

        from . import test_cli

        rng = random.Random(4)
        lines = []
        for i in range(300):
            wr = accept(container_engine.WorkRequest, at=pendulum.datetime(2016, 8, 25))
            wr = transitions.start(wr) if i % 3 else wr
            doc = orjson.loads(wrmodel.dumps(wr))
            doc["status"] = rng.choice([doc["status"], "A_NEWER_STATUS"])
            lines.append(orjson.dumps(doc) if i % 50 else b'{"id": 1}')
        path = tmp_path / "oke.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        model = ("--model", "container_engine.WorkRequest")
        for command in ("summary", "check"):
            alone = test_cli.run(command, *model, str(path))
            spread = test_cli.run(
                command, *model, "--workers", "2", "--blocksize", "4096", str(path)
            )
            assert (spread.returncode, spread.stdout) == (alone.returncode, alone.stdout)
            assert alone.returncode == 1  # the bad records
