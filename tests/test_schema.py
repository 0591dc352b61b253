import re

import jsonschema
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wrmodel
from wrmodel import DecodeError, WorkRequest, WorkRequestSummary, json_schema, structure
from wrmodel.events import EVENTS, Event
from wrmodel.wire._schema import RFC3339

from .strategies import damaged, models, rfc3339, sample, wire_documents

STYLES = ["api", "sdk", "cli"]
CLASSES = [*(cls for family in wrmodel.FAMILIES for cls in family.classes), *EVENTS]
TYPES = [*CLASSES, Event, list[WorkRequest], list[WorkRequestSummary], list[Event]]


def validator(cls, style="api"):
    return jsonschema.Draft202012Validator(json_schema(cls, style))


class TestSchema:
    @pytest.mark.parametrize("style", STYLES)
    @pytest.mark.parametrize("cls", TYPES, ids=str)
    def test_valid_schemas(self, cls, style):
        """Every schema is a valid draft 2020-12 schema."""
        schema = json_schema(cls, style)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"

    def test_contents(self):
        """Required fields, nulls for optional ones, open enums, RFC 3339, percent bounds."""
        schema = json_schema()
        props = schema["properties"]
        assert schema["required"] == ["id", "operationType", "status"]
        assert schema["additionalProperties"] is True
        assert props["id"] == {"type": "string"}
        assert {"type": "null"} in props["compartmentId"]["anyOf"]
        assert props["status"]["anyOf"][0]["enum"][0] == "ACCEPTED"
        assert props["status"]["anyOf"][1] == {"type": "string"}
        assert props["timeAccepted"]["anyOf"][0]["format"] == "date-time"
        assert props["percentComplete"]["anyOf"][0] == {
            "type": "number",
            "minimum": 0,
            "maximum": 100,
        }
        assert schema["$defs"]["WorkRequestResource"]["required"] == [
            "identifier",
            "entityType",
            "actionType",
        ]

    def test_style_keys(self):
        """Keys follow the style; the cli schema is the CLI's envelope."""
        assert "operation_type" in json_schema(style="sdk")["properties"]
        cli = json_schema(style="cli")
        assert cli["required"] == ["data"]
        assert "operation-type" in cli["properties"]["data"]["properties"]
        assert json_schema(list[WorkRequest], style="cli")["required"] == []

    @pytest.mark.parametrize("cls", [dict, [], list[int]])
    def test_unsupported(self, cls):
        """A type that is not a model (or no type, even an unhashable one) has no schema."""
        with pytest.raises(TypeError, match="no schema"):
            json_schema(cls)

    @pytest.mark.parametrize(
        ("name", "cls", "style"),
        [
            ("01_accepted_minimal.json", WorkRequest, "api"),
            ("02_in_progress_resources_logs.json", WorkRequest, "api"),
            ("04_failed_with_errors.json", WorkRequest, "api"),
            ("02_in_progress_resources_logs.oci-cli.json", WorkRequest, "cli"),
        ],
    )
    def test_samples(self, name, cls, style):
        """The samples are valid."""
        validator(cls, style).validate(orjson.loads(sample(name)))

    @given(wire_documents)
    def test_generated_documents(self, document):
        """Generated wire documents are valid."""
        cls, doc = document
        validator(cls).validate(doc)

    @pytest.mark.parametrize("style", STYLES)
    @given(model=models)
    def test_every_style_output(self, style, model):
        """What dumps writes in a style is valid for that style's schema."""
        cls, obj = model
        validator(cls, style).validate(orjson.loads(wrmodel.dumps(obj, style=style)))

    def test_events(self):
        """Event histories are valid for the Event schemas; unknown event keys are not."""
        wr = wrmodel.loads(sample("04_failed_with_errors.json"))
        history = orjson.loads(wrmodel.dumps(list(wrmodel.events.history(wr))))
        validator(list[Event]).validate(history)
        assert not validator(Event).is_valid({"type": "Started", "note": 1})


# Where the schema and the decoder may disagree, by design: what a pattern cannot check.
PATTERN_LIMITS = ("no such date or time", "years 1 to 9999")


class TestAgreement:
    @given(damaged())
    def test_schema_and_decoder_agree(self, case):
        """The schema accepts exactly what the decoder accepts (but for what a pattern cannot
        check: days a month lacks, UTC forms out of range).
        """
        cls, doc = case
        valid = validator(cls).is_valid(doc)
        try:
            structure(doc, cls)
        except DecodeError as error:
            if valid:
                assert all(
                    any(limit in p.message for limit in PATTERN_LIMITS) for p in error.problems
                ), error
        else:
            assert valid, list(validator(cls).iter_errors(doc))

    @pytest.mark.parametrize(
        "text",
        [
            "2016-08-25T21:10:29Z\n",
            "2016-08-25T21:10:29Z ",
            "２016-08-25T21:10:29Z",  # noqa: RUF001
            "2016-08-25T23:59:60Z",
        ],
    )
    def test_pattern_refuses(self, text):
        """The pattern refuses trailing newlines, non-ASCII digits and leap seconds."""
        assert not re.search(RFC3339, text)

    @given(rfc3339() | st.text(max_size=30))
    def test_timestamp_pattern(self, text):
        """The pattern accepts what parse_rfc3339 accepts, and more only at those limits."""
        try:
            wrmodel.parse_rfc3339(text)
        except DecodeError as error:
            if re.search(RFC3339, text):
                assert any(limit in error.problems[0].message for limit in PATTERN_LIMITS)
        else:
            assert re.search(RFC3339, text)
