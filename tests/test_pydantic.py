"""pydantic v2 and FastAPI: every model class as a field type, request body and response model."""

import doctest
import json
import pathlib
import re
import subprocess
import sys
from typing import Annotated

import orjson
import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic_core import PydanticSerializationError

import wrmodel
from wrmodel import WorkRequest, WorkRequestResource
from wrmodel.io._pydantic import location
from wrmodel.models._families import ALL_MODELS
from wrmodel.strategies import objects

PAGE = pathlib.Path(__file__).parent.parent / "docs" / "pydantic.md"
#: Every model class of every family, and the events.
CLASSES = sorted(
    {*ALL_MODELS, *wrmodel.events.EVENTS}, key=lambda c: (c.__module__, c.__qualname__)
)


class Holder(pydantic.BaseModel):
    wr: WorkRequest
    many: list[WorkRequestResource] = []
    maybe: WorkRequest | None = None


DOC = {"id": "x", "operationType": "MOVE_IT", "status": "WAITING", "newKey": [1, {"a": None}]}


class TestFieldType:
    @settings(max_examples=40, deadline=None)
    @given(st.sampled_from(CLASSES).flatmap(lambda c: st.tuples(st.just(c), objects(c))))
    def test_every_class(self, pair):
        """Each class validates its API form and its objects, and writes wrmodel's JSON."""
        cls, obj = pair
        adapter = pydantic.TypeAdapter(cls)
        assert adapter.validate_python(obj) is obj
        assert adapter.validate_python(wrmodel.unstructure(obj)) == obj
        assert adapter.validate_json(wrmodel.dumps(obj)) == obj
        assert orjson.loads(adapter.dump_json(obj)) == orjson.loads(wrmodel.dumps(obj))
        assert adapter.dump_python(obj) is obj  # Python mode: the object itself

    def test_newer_values_kept(self):
        """What a newer API sent is kept through validation and written back."""
        held = Holder.model_validate({"wr": DOC})
        assert held.wr == wrmodel.structure(DOC, WorkRequest)
        assert orjson.loads(held.model_dump_json()) == {"wr": DOC, "many": [], "maybe": None}
        assert Holder.model_validate_json(held.model_dump_json()) == held

    def test_problems_at_their_locations(self):
        """Each problem is an error at its location, with wrmodel's message."""
        bad = {
            "id": 7,
            "operationType": "A",
            "status": "ACCEPTED",
            "resources": [{"identifier": "r", "entityType": "t", "actionType": 1}],
            "timeAccepted": "2016-08-25",
        }
        with pytest.raises(pydantic.ValidationError) as info:
            Holder.model_validate({"wr": bad, "many": [{"identifier": 2}]})
        assert [(e["loc"], e["msg"]) for e in info.value.errors()] == [
            (("wr", "id"), "expected a string, got 7"),
            (("wr", "resources", 0, "actionType"), "expected a string (ActionType), got 1"),
            (
                ("wr", "timeAccepted"),
                (
                    "expected an RFC 3339 date-time such as '2016-08-25T21:10:29.600Z',"
                    " got '2016-08-25'"
                ),
            ),
            (("many", 0, "identifier"), "expected a string, got 2"),
            (("many", 0, "entityType"), "required field is missing"),
            (("many", 0, "actionType"), "required field is missing"),
        ]

    def test_strict(self):
        """No coercion: an id of 123, a snake_case document, a string: refused as wrmodel does."""
        for value in ({**DOC, "id": 123}, {"id": "x", "operation_type": "A", "status": "A"}, "x"):
            with pytest.raises(pydantic.ValidationError):
                Holder.model_validate({"wr": value})

    def test_json_schema_is_wrmodels(self):
        """The schema of a field is wrmodel's, its nested classes inline."""
        schema = Holder.model_json_schema()
        mine = schema["$defs"]["WorkRequest"]
        theirs = wrmodel.json_schema(WorkRequest)
        assert mine["required"] == theirs["required"]
        assert mine["properties"]["status"] == theirs["properties"]["status"]
        assert mine["properties"]["resources"]["anyOf"][0]["items"] == {
            **theirs["$defs"]["WorkRequestResource"]
        }
        assert schema["properties"]["wr"] == {"$ref": "#/$defs/WorkRequest"}
        assert "$ref" not in json.dumps(mine)

    def test_unwritable_value(self):
        """A value wrmodel cannot write is pydantic's serialization error, saying why."""
        lost = Holder(wr=WorkRequest(id="x", operation_type="A", status="UNKNOWN_ENUM_VALUE"))
        with pytest.raises(PydanticSerializationError, match=r"\$\.status: UNKNOWN"):
            lost.model_dump_json()


class TestLocation:
    @pytest.mark.parametrize(
        ("path", "loc"),
        [
            ("$", ()),
            ("$.a.b_c-d", ("a", "b_c-d")),
            ("$.resources[10].actionType", ("resources", 10, "actionType")),
            ("$['a b'][0]", ("a b", 0)),
            ('$["it\'s"].x', ("it's", "x")),
        ],
    )
    def test_paths(self, path, loc):
        """Wire paths become pydantic's locations."""
        assert location(path) == loc


class TestFastApi:
    def test_the_page_runs(self):
        """docs/pydantic.md's service and its examples run as the page shows."""
        text = PAGE.read_text()
        namespace: dict[str, object] = {"wrmodel": wrmodel}
        for source in re.findall(r"^```python\n(.*?)^```$", text, re.DOTALL | re.MULTILINE):
            exec(source, namespace)  # noqa: S102 (the page's own example)
        examples = "\n".join(re.findall(r"^```pycon\n(.*?)^```$", text, re.DOTALL | re.MULTILINE))
        test = doctest.DocTestParser().get_doctest(examples, namespace, "pydantic.md", None, 0)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        runner.run(test)
        assert runner.failures == 0, f"{runner.failures} example(s) failed, see output"
        assert test.examples

    def test_body_response_and_openapi(self):
        """A request body and a response model of any family, its schema wrmodel's."""
        from fastapi import Body, FastAPI
        from fastapi.testclient import TestClient

        other = wrmodel.work_requests.WorkRequest
        app = FastAPI()

        @app.post("/echo")
        def echo(wr: Annotated[other, Body()]) -> other:
            return wr

        @app.post("/many")
        def many(wrs: list[WorkRequest]) -> list[WorkRequest]:  # a list is a body as it is
            return wrs

        client = TestClient(app)
        doc = {
            "operationType": "CREATE_BUCKET",
            "status": "WAITING",
            "id": "w",
            "compartmentId": "c",
            "resources": [],
            "percentComplete": 5.0,
            "timeAccepted": "2016-08-25T21:10:29.600Z",
            "n": 1,
        }
        assert client.post("/echo", json=doc).json() == doc
        assert client.post("/many", json=[DOC]).json() == [DOC]
        answer = client.post("/echo", json={**doc, "id": 5, "status": None})
        assert answer.status_code == 422
        assert [e["loc"] for e in answer.json()["detail"]] == [["body", "status"], ["body", "id"]]
        components = app.openapi()["components"]["schemas"]
        mine = [c for name, c in components.items() if name.endswith("WorkRequest")]
        assert sorted(c["required"] for c in mine) == sorted(
            wrmodel.json_schema(cls)["required"] for cls in (WorkRequest, other)
        )


class TestOptional:
    def test_import_imports_neither(self):
        """``import wrmodel`` imports neither pydantic nor FastAPI."""
        code = "import sys, wrmodel; print('pydantic' in sys.modules, 'fastapi' in sys.modules)"
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.split() == ["False", "False"]
