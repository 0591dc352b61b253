import datetime as dt
import json
import re

import oci
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wrmodel
from benchmarks.peers.oci_sdk import _CLIENT as SDK
from wrmodel import (
    CliResponse,
    DecodeError,
    Status,
    WorkRequest,
    WorkRequestSummary,
    dumps,
    loads,
    read_cli,
    structure,
    unstructure,
)

from .strategies import models, sample, wire_work_requests

API = sample("02_in_progress_resources_logs.json")
MINIMAL_API = b'{"id": "x", "operationType": "DELETE_COMPARTMENT", "status": "ACCEPTED"}'
CLI = sample("02_in_progress_resources_logs.oci-cli.json")
ETAG = 'W/"etag-123"'
STYLES = ["api", "sdk", "cli"]

# Wire documents with only known enum values: what the SDK reads without loss.
known_only = wire_work_requests.filter(
    lambda d: (
        d["status"] in Status.__members__
        and d["operationType"] in wrmodel.OperationType.__members__
        and all(r["actionType"] in wrmodel.ActionType.__members__ for r in d.get("resources") or ())
    )
)


def instants(value):
    """``value`` with its timestamps (sdk style) as datetimes, which compare as instants."""
    if isinstance(value, dict):
        return {k: instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [instants(v) for v in value]
    if isinstance(value, str) and len(value) >= 25 and value[10:11] == "T" and value[-6] in "+-":
        return dt.datetime.fromisoformat(value)
    return value


class TestStyles:
    @pytest.mark.parametrize("style", STYLES)
    @given(model=models)
    def test_round_trip_every_style(self, style, model):
        """Any object survives dumps and loads in every style."""
        cls, obj = model
        assert loads(dumps(obj, style=style), cls, style=style) == obj
        assert structure(unstructure(obj, style=style), cls, style=style) == obj

    def test_cli_text_is_the_clis(self):
        """The cli output is byte for byte what the OCI CLI prints for the same data."""
        assert dumps(loads(API), style="cli", headers={"etag": ETAG}) == CLI

    def test_read_cli(self):
        """read_cli gives the data and the headers; loads gives the data."""
        response = read_cli(CLI)
        assert response == CliResponse(loads(API), {"etag": ETAG})
        assert loads(CLI, style="cli") == loads(API)
        assert dumps(response.data, style="cli", headers=response.headers) == CLI

    def test_cli_list(self):
        """A list prints as "data": [...]; an empty one has no data key, or no text at all."""
        wrs = loads(orjson.dumps([orjson.loads(API)]), list[WorkRequestSummary])
        text = dumps(wrs, style="cli", headers={"opc-next-page": "p2"})
        assert list(json.loads(text)) == ["data", "opc-next-page"]
        assert read_cli(text, list[WorkRequestSummary]) == CliResponse(wrs, {"opc-next-page": "p2"})
        assert (
            dumps([], style="cli", headers={"opc-next-page": "p2"})
            == b'{\n  "opc-next-page": "p2"\n}\n'
        )
        assert dumps([], style="cli") == b""
        assert read_cli(b"", list[WorkRequest]) == CliResponse([], {})
        assert read_cli(b'{"opc-next-page": "p2"}', list[WorkRequest]) == CliResponse(
            [], {"opc-next-page": "p2"}
        )

    def test_cli_single_needs_data(self):
        """A single request read from the CLI's output needs its data."""
        with pytest.raises(DecodeError) as info:
            loads(b'{"etag": "x"}', style="cli")
        assert [(p.path, p.message) for p in info.value.problems] == [
            ("$.data", "required field is missing")
        ]
        with pytest.raises(DecodeError, match=r"expected the CLI's output"):
            loads(b"[1]", style="cli")

    def test_sdk_form(self):
        """The sdk style is snake_case with every field, nulls and +00:00 timestamps."""
        data = unstructure(loads(API), style="sdk")
        assert list(data) == list(oci.identity.models.WorkRequest().attribute_map)
        assert data["time_accepted"] == "2016-08-25T21:10:29.600000+00:00"
        assert data["time_finished"] is None
        assert data["resources"][1]["entity_uri"] is None

    @given(known_only)
    def test_sdk_equals_to_dict(self, doc):
        """For documents without unknown values, the sdk form equals oci.util.to_dict.

        Timestamps name the same instants: wrmodel writes them in UTC, the SDK with the offset
        they came with (the API sends UTC).
        """
        body = orjson.dumps(doc)
        theirs = oci.util.to_dict(SDK.deserialize_response_data(body, "WorkRequest"))
        ours = unstructure(loads(body), style="sdk")
        assert instants(ours) == instants(theirs)

    def test_headers_only_in_cli(self):
        """Headers are written only in the cli style."""
        with pytest.raises(TypeError, match="only in the cli style"):
            dumps(loads(API), headers={"etag": "x"})

    @pytest.mark.parametrize("style", ["json", "", None, "API"])
    def test_bad_style(self, style):
        """A style that does not exist is a ValueError listing the styles."""
        with pytest.raises(ValueError, match="style must be one of api, sdk, cli"):
            loads(API, style=style)
        with pytest.raises(ValueError, match="style must be one of api, sdk, cli"):
            dumps(loads(API), style=style)
        with pytest.raises(ValueError, match="style must be one of"):
            wrmodel.make_converter(style=style)

    def test_bad_unknown_option(self):
        """An unknown-key rule that does not exist is a ValueError."""
        with pytest.raises(ValueError, match="unknown must be one of keep, drop, forbid"):
            wrmodel.make_converter(unknown="ignore")  # type: ignore[arg-type]


class TestWrongStyle:
    @pytest.mark.parametrize(
        ("text", "style", "looks"),
        [
            (dumps(loads(API), style="sdk"), "api", "sdk"),
            (dumps(loads(API), style="cli"), "api", "cli"),
            (API, "sdk", "api"),
            (API, "cli", "api"),
            (dumps(loads(API), style="sdk"), "cli", "sdk"),
            (orjson.dumps([orjson.loads(dumps(loads(API), style="sdk"))]), "api", "sdk"),
        ],
    )
    def test_says_which_style(self, text, style, looks):
        """A document in the wrong style is a DecodeError that says which style it looks like."""
        cls = list[WorkRequest] if text.startswith(b"[") else WorkRequest
        with pytest.raises(DecodeError) as info:
            loads(text, cls, style=style)
        first = info.value.problems[0]
        assert first.path == "$"
        assert f"looks like the {looks} style" in first.message

    def test_no_guess_without_evidence(self):
        """A document that looks like no style gets no hint."""
        with pytest.raises(DecodeError) as info:
            loads(b'{"x": 1}')
        assert all("looks like" not in p.message for p in info.value.problems)

    @pytest.mark.parametrize(
        ("style", "path"),
        [
            ("api", "$.resources[0].actionType"),
            ("sdk", "$.resources[0].action_type"),
            ("cli", "$.data.resources[0].action-type"),
        ],
    )
    def test_paths_in_the_styles_keys(self, style, path):
        """Errors name the path in the style's own key names."""
        doc = orjson.loads(dumps(loads(API), style=style))
        data = doc["data"] if style == "cli" else doc
        key = {"api": "actionType", "sdk": "action_type", "cli": "action-type"}[style]
        data["resources"][0][key] = 7
        with pytest.raises(DecodeError) as info:
            loads(orjson.dumps(doc), style=style)
        assert [p.path for p in info.value.problems] == [path]


NEWER = {
    "id": "ocid1.workrequest.oc1..new",
    "operationType": "MOVE_COMPARTMENT",
    "status": "PAUSED",
    "freeformTags": {"team": "iam", "list": [1, {"a": None}]},
    "definedTags": {},
    "resources": [
        {
            "identifier": "r",
            "entityType": "bucket",
            "actionType": "ARCHIVED",
            "region": "eu-paris-1",
        }
    ],
    "errors": [{"code": "c", "message": "m", "retryable": True}],
    "logs": [{"message": "m", "level": 3, "timestamp": "2016-08-25T21:10:29.600Z"}],
    "timeAccepted": "2016-08-25T21:10:29.600Z",
    "percentComplete": 5,
    "newNumber": 1.5,
}


class TestLossless:
    def test_raw_enum_values_kept(self):
        """An unknown enum value is UNKNOWN_ENUM_VALUE, its string kept and written back."""
        wr = loads(orjson.dumps(NEWER))
        assert wr.status is Status.UNKNOWN_ENUM_VALUE
        assert wr.operation_type is wrmodel.OperationType.UNKNOWN_ENUM_VALUE
        assert wr.unknown.values == {"operation_type": "MOVE_COMPARTMENT", "status": "PAUSED"}
        assert wr.resources[0].unknown.values == {"action_type": "ARCHIVED"}
        assert (
            "unknown=Unknown(values={'operation_type': 'MOVE_COMPARTMENT', 'status': 'PAUSED'}"
            in repr(wr)
        )

    def test_unknown_keys_kept_at_every_level(self):
        """Unknown keys are kept at every level, held deeply frozen."""
        wr = loads(orjson.dumps(NEWER))
        assert wr.unknown.keys["freeformTags"] == {"team": "iam", "list": (1, {"a": None})}
        assert wr.resources[0].unknown.keys == {"region": "eu-paris-1"}
        assert wr.errors[0].unknown.keys == {"retryable": True}
        assert wr.logs[0].unknown.keys == {"level": 3}
        with pytest.raises(TypeError):
            wr.unknown.keys["freeformTags"]["team"] = "x"
        hash(wr)

    def test_round_trip_gives_every_key_back(self):
        """Decode then encode a newer API's document: every non-null key comes back, equal."""
        assert orjson.loads(dumps(loads(orjson.dumps(NEWER)))) == {**NEWER, "percentComplete": 5.0}

    @pytest.mark.parametrize("style", STYLES)
    def test_through_every_style(self, style):
        """Unknown keys are written in each style's naming and survive a trip through it."""
        wr = loads(orjson.dumps(NEWER))
        text = dumps(wr, style=style)
        key = {"api": "freeformTags", "sdk": "freeform_tags", "cli": "freeform-tags"}[style]
        doc = json.loads(text)
        assert key in (doc["data"] if style == "cli" else doc)
        assert loads(text, style=style) == wr

    def test_equality_and_hashing(self):
        """Kept unknowns take part in equality and hashing; dropping them is an option."""
        a = loads(orjson.dumps(NEWER))
        b = loads(orjson.dumps({**NEWER, "freeformTags": {"team": "other"}}))
        assert a != b
        assert hash(a) != hash(b)
        drop = wrmodel.make_converter(unknown="drop")
        assert drop.loads(orjson.dumps(NEWER)) == drop.loads(
            orjson.dumps({**NEWER, "freeformTags": {}})
        )
        assert drop.loads(orjson.dumps(NEWER)).unknown is None

    def test_nulls_are_not_unknown(self):
        """Known keys given as null are not kept as unknown."""
        doc = {**orjson.loads(API), "timeFinished": None, "compartmentId": None}
        assert loads(orjson.dumps(doc)).unknown is None

    @pytest.mark.parametrize("style", STYLES)
    @pytest.mark.parametrize("engine", [True, False])
    def test_literal_unknown_enum_value(self, style, engine):
        """The text UNKNOWN_ENUM_VALUE (an SDK archive's) is kept as it came and written back."""
        conv = wrmodel.make_converter(style=style, engine=engine)
        doc = {"id": "x", "operationType": "DELETE_COMPARTMENT", "status": "UNKNOWN_ENUM_VALUE"}
        text = dumps(loads(orjson.dumps(doc)), style=style)
        assert b"UNKNOWN_ENUM_VALUE" in text
        wr = conv.loads(text)
        assert wr.status is Status.UNKNOWN_ENUM_VALUE
        assert wr.unknown.values == {"status": "UNKNOWN_ENUM_VALUE"}
        assert conv.dumps(wr) == text
        with wrmodel.count_fallbacks() as seen:  # the engine keeps it itself
            conv.loads(text)
        assert not seen["engine"] if engine else not conv.fast

    def test_unstructure_is_plain_json(self):
        """unstructure gives plain lists and dicts for kept values too."""
        data = unstructure(loads(orjson.dumps(NEWER)))
        assert type(data["freeformTags"]["list"]) is list
        assert type(data["freeformTags"]["list"][1]) is dict


class TestUnknownInConstructors:
    def test_raw_kept_by_the_constructor(self):
        """A string an enum does not know is kept by the constructor too."""
        wr = WorkRequest(id="x", operation_type="DELETE_COMPARTMENT", status="PAUSED")
        assert wr.unknown == wrmodel.Unknown(values={"status": "PAUSED"})
        assert wr == loads(
            b'{"id": "x", "operationType": "DELETE_COMPARTMENT", "status": "PAUSED"}'
        )

    def test_given_unknown_merged(self):
        """Kept keys given to the constructor stay, with the raw strings added."""
        unknown = wrmodel.Unknown(keys={"freeformTags": {}})
        wr = WorkRequest(id="x", operation_type="NEW", status="ACCEPTED", unknown=unknown)
        assert wr.unknown == wrmodel.Unknown(
            values={"operation_type": "NEW"}, keys={"freeformTags": {}}
        )

    def test_empty_unknown_is_none(self):
        """An empty Unknown is held as None, so it does not change equality."""
        wr = WorkRequest(
            id="x",
            operation_type="DELETE_COMPARTMENT",
            status="ACCEPTED",
            unknown=wrmodel.Unknown(),
        )
        assert wr.unknown is None

    @pytest.mark.parametrize(
        ("unknown", "path", "message"),
        [
            (
                wrmodel.Unknown(values={"id": "X"}),
                "$.unknown.values.id",
                "'id' is not an enum field",
            ),
            (
                wrmodel.Unknown(keys={"operationType": "X"}),
                "$.unknown.keys.operationType",
                "'operationType' is a known key, not an unknown one",
            ),
        ],
    )
    def test_unknown_checked_against_fields(self, unknown, path, message):
        """Kept values must fit the fields: raw strings of unknown enums, keys no field has."""
        with pytest.raises(wrmodel.ValidationError) as info:
            WorkRequest(
                id="x", operation_type="DELETE_COMPARTMENT", status="ACCEPTED", unknown=unknown
            )
        assert [(p.path, p.message) for p in info.value.problems] == [(path, message)]

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"values": {"status": 1}}, "mapping of strings to strings"),
            ({"values": ["x"]}, "mapping of strings to strings"),
            ({"keys": {"a": {1, 2}}}, r"\$\.keys\.a: expected a JSON value, got \{1, 2\}"),
            ({"keys": {"a": [float("nan")]}}, r"\$\.keys\.a\[0\]: expected a JSON value, got nan"),
            ({"verbatim": {"a b": 10**5000}}, r"\$\.verbatim\['a b'\]: expected a JSON value"),
            ({"keys": [("a", 1)]}, "mapping of keys to JSON values"),
        ],
    )
    def test_unknown_validated(self, kwargs, message):
        """Unknown holds strings for raw values and JSON values for keys, each problem alone."""
        with pytest.raises(wrmodel.ValidationError, match=message) as info:
            wrmodel.Unknown(**kwargs)
        assert len(info.value.problems) == 1  # no false problems from the defaults

    def test_unknown_must_be_unknown(self):
        """The unknown field takes an Unknown or None."""
        with pytest.raises(wrmodel.ValidationError, match=r"\$\.unknown: expected an Unknown"):
            WorkRequest(
                id="x", operation_type="DELETE_COMPARTMENT", status="ACCEPTED", unknown={"a": 1}
            )  # type: ignore[arg-type]


class TestOddKeys:
    @pytest.mark.parametrize("style", STYLES)
    @given(keys=st.dictionaries(st.text(max_size=8), st.integers(-5, 5), max_size=4))
    def test_any_key_survives_its_own_style(self, style, keys):
        """Any unknown key survives a trip through the style it came in, exactly (found by
        fuzzing: a key with capitals in a kebab-case document did not).
        """
        doc = orjson.loads(dumps(loads(API), style=style))
        data = doc["data"] if style == "cli" else doc
        data.update({k: v for k, v in keys.items() if k not in data})
        again = orjson.loads(dumps(loads(orjson.dumps(doc), style=style), style=style))
        assert again == doc

    def test_verbatim_keys(self):
        """Keys the namings cannot convert are held verbatim and written as they came."""
        text = (
            b'{"data": {"id": "x", "operation-type": "A", "status": "ACCEPTED",'
            b' "LL}u": 1, "fooBar": 2, "a-b": 3}}'
        )
        wr = loads(text, style="cli")
        assert wr.unknown.verbatim == {"LL}u": 1, "fooBar": 2}
        assert wr.unknown.keys == {"aB": 3}
        api = orjson.loads(dumps(wr))
        assert (api["aB"], api["LL}u"], api["fooBar"]) == (3, 1, 2)

    def test_clash_with_a_known_field(self):
        """A verbatim key that is a known key of another style is refused there, never dropped."""
        text = (
            b'{"id": "x", "operation_type": "DELETE_COMPARTMENT", "status": "ACCEPTED",'
            b' "operationType": 5}'
        )
        wr = loads(text, style="sdk")
        assert wr.unknown.verbatim == {"operationType": 5}
        with pytest.raises(wrmodel.EncodeError) as info:
            dumps(wr)
        assert str(info.value).startswith(
            "$.operationType: the unknown key 'operationType': 5, kept from a document of"
            " another style, is the api style's key of a field"
        )
        assert loads(dumps(wr, style="sdk"), style="sdk") == wr

    @pytest.mark.parametrize(
        ("key", "style", "path"),
        [
            ("compartment_id", "sdk", "$.compartment_id"),
            ("compartment-id", "cli", "$.data.compartment-id"),
            ("percent_complete", "sdk", "$.percent_complete"),
        ],
    )
    def test_kept_key_of_an_empty_field(self, key, style, path):
        """An API document's key that names a field in another style is refused there (27.2)."""
        wr = loads(orjson.dumps({**orjson.loads(MINIMAL_API), key: "c", "fooBar": 1}))
        assert wr.unknown.verbatim == {key: "c"}
        root, _, rest = path.rpartition(".")
        for write, at in (
            (lambda: dumps(wr, style=style), path),
            (lambda: dumps([wr], style=style), f"{root}[0].{rest}"),
            (lambda: wrmodel.unstructure(wr, style=style), path.replace(".data", "")),
        ):
            with pytest.raises(wrmodel.EncodeError, match=f"^{re.escape(at)}: the unknown key"):
                write()
        assert loads(dumps(wr)) == wr  # in its own style, written as it came

    def test_nested_clash(self):
        """A clash in a resource is refused at the resource's path."""
        doc = {
            **orjson.loads(MINIMAL_API),
            "resources": [{"identifier": "r", "entityType": "t", "actionType": "CREATED"}] * 2,
        }
        doc["resources"][1] = {**doc["resources"][1], "entity_type": "u"}
        doc["fooBar"] = 1  # kept, and writable in every style
        wr = loads(orjson.dumps(doc))
        with pytest.raises(wrmodel.EncodeError, match=r"^\$\.resources\[1\]\.entity_type: "):
            dumps(wr, style="sdk")


@given(
    st.dictionaries(
        st.from_regex(r"[a-z]{1,6}([A-Z][a-z]{1,5}){0,2}", fullmatch=True), st.integers()
    )
)
def test_camel_keys_survive_every_style(keys):
    """camelCase unknown keys come back the same through the sdk and cli styles."""
    keys = {
        k: v for k, v in keys.items() if k not in {"id", "status", "logs", "errors", "resources"}
    }
    wr = WorkRequest(
        id="x",
        operation_type="DELETE_COMPARTMENT",
        status="ACCEPTED",
        unknown=wrmodel.Unknown(keys=keys),
    )
    for style in STYLES:
        assert loads(dumps(wr, style=style), style=style) == wr


class TestLostValues:
    def lost(self):
        return WorkRequest(
            id="x",
            operation_type="DELETE_COMPARTMENT",
            status="ACCEPTED",
            resources=[
                wrmodel.WorkRequestResource(identifier="a", entity_type="b", action_type="DELETED"),
                wrmodel.WorkRequestResource(
                    identifier="c", entity_type="b", action_type="UNKNOWN_ENUM_VALUE"
                ),
            ],
        )

    @pytest.mark.parametrize(
        ("style", "path"),
        [
            ("api", "$.resources[1].actionType"),
            ("sdk", "$.resources[1].action_type"),
            ("cli", "$.data.resources[1].action-type"),
        ],
    )
    def test_placeholder_not_written(self, style, path):
        """A placeholder with no string behind it is an EncodeError at its wire path."""
        with pytest.raises(wrmodel.EncodeError) as info:
            dumps(self.lost(), style=style)
        assert str(info.value).startswith(f"{path}: UNKNOWN_ENUM_VALUE stands for a value lost")
        with pytest.raises(wrmodel.EncodeError, match=r"^\$\[1\]\.resources\[1\]"):
            dumps([WorkRequest(id="y", operation_type="X", status="ACCEPTED"), self.lost()])

    def test_everywhere(self):
        """unstructure, JSON Lines and the SDK's lost values are refused alike."""
        import io

        with pytest.raises(wrmodel.EncodeError, match=r"^\$\.resources\[1\]\.actionType"):
            wrmodel.unstructure(self.lost())
        with pytest.raises(wrmodel.EncodeError, match=r"^\$\.resources\[1\]\.actionType"):
            wrmodel.dump_jsonl([self.lost()], io.BytesIO())
        sdk = oci.identity.models.WorkRequest(id="x", operation_type="NEW", status="WAITING")
        with pytest.raises(wrmodel.EncodeError, match=r"^\$\.operationType: UNKNOWN_ENUM"):
            dumps(wrmodel.from_sdk(sdk))

    def test_nothing_lost_nothing_found(self):
        """The search for a lost value finds none in an object that has none."""
        codec = wrmodel.converter._codec
        assert (
            codec._unwritable_at(wrmodel.loads(sample("04_failed_with_errors.json")), "$") is None
        )

    def test_kept_strings_are_written(self):
        """An unknown value whose string was kept is written as it came."""
        wr = WorkRequest(id="x", operation_type="NEW", status="WAITING")
        assert dumps(wr) == b'{"id":"x","operationType":"NEW","status":"WAITING"}'


class TestBigNumbers:
    @given(
        # What loads reads: numbers of at most 4 300 characters, a minus sign included.
        st.integers(min_value=-(10**4299) + 1, max_value=10**4300 - 1)
        | st.floats(allow_nan=False, allow_infinity=False)
    )
    def test_whatever_structure_takes_round_trips(self, number):
        """Any number structure keeps reads back from what dumps writes, in every style."""
        doc = {"id": "x", "operationType": "A", "status": "ACCEPTED", "n": [number]}
        wr = structure(doc, WorkRequest)
        for style in STYLES:
            assert loads(dumps(wr, style=style), style=style) == wr

    @pytest.mark.parametrize("sign", [-1, 1], ids=["negative", "positive"])
    def test_longer_than_loads_reads(self, sign):
        """A number of more than 4 300 characters is refused where it comes, never lost."""
        number = -(10**4299) if sign < 0 else 10**4300  # 4 301 characters
        doc = {"id": "x", "operationType": "A", "status": "ACCEPTED", "n": [number]}
        with pytest.raises(DecodeError, match=r"\$\.n\[0\]: expected a JSON value"):
            structure(doc, WorkRequest)
        digits = (b"-1" + b"0" * 4299) if sign < 0 else (b"1" + b"0" * 4300)
        text = b'{"id":"x","operationType":"A","status":"ACCEPTED","n":' + digits + b"}"
        with pytest.raises(DecodeError, match=r"\$: not valid JSON: number is infinity"):
            loads(text)

    def test_longer_than_a_double(self):
        """An integer beyond a double's range is read exactly; an infinite float is refused."""
        big = 10**400
        wr = structure(
            {"id": "x", "operationType": "A", "status": "ACCEPTED", "n": big}, WorkRequest
        )
        assert loads(dumps(wr)).unknown.keys["n"] == big
        with pytest.raises(DecodeError, match="number is infinity"):
            loads(b'{"id":"x","operationType":"A","status":"ACCEPTED","n":1e400}')
        with pytest.raises(DecodeError, match="not valid JSON"):
            loads(b'{"id":"x","operationType":"A","status":"ACCEPTED","n":1' + b"0" * 4400 + b"}")
        head = b'{"id":"x","operationType":"A","status":"ACCEPTED","n":[1' + b"0" * 400
        assert loads(head + b", 1.5, -2]}").unknown.keys["n"] == (big, 1.5, -2)
        with pytest.raises(DecodeError, match="not valid JSON"):
            loads(head + b", NaN]}")

    def test_big_integers_kept_exactly(self):
        """Integers beyond 64 bits in unknown keys are kept exactly, and written back."""
        text = (
            b'{"id":"x","operationType":"A","status":"ACCEPTED",'
            b'"big":[18446744073709551616,-9223372036854775809,1.5]}'
        )
        wr = loads(text)
        assert wr.unknown.keys["big"] == (18446744073709551616, -9223372036854775809, 1.5)
        assert dumps(wr) == text
        for style in STYLES:
            assert loads(dumps(wr, style=style), style=style) == wr

    def test_big_floats_stay_floats(self):
        """Large floats stay floats."""
        wr = loads(b'{"id":"x","operationType":"A","status":"ACCEPTED","f":1e300}')
        assert wr.unknown.keys["f"] == 1e300
        assert isinstance(wr.unknown.keys["f"], float)

    def test_surrogates_with_big_integers(self):
        """A big integer beside a string UTF-8 cannot carry is still an EncodeError."""
        wr = WorkRequest(
            id="\ud800",
            operation_type="DELETE_COMPARTMENT",
            status="ACCEPTED",
            unknown=wrmodel.Unknown(keys={"big": 2**70}),
        )
        with pytest.raises(wrmodel.EncodeError, match="surrogate"):
            dumps(wr)

    def test_structure_takes_floats_as_they_are(self):
        """structure's input is the caller's own: a large float stays a float."""
        doc = {"id": "x", "operationType": "A", "status": "ACCEPTED", "f": 2.0**70}
        assert structure(doc, WorkRequest).unknown.keys["f"] == 2.0**70

    def test_memoryview_text(self):
        """Text may come as a memoryview, big integers included."""
        text = b'{"id":"x","operationType":"A","status":"ACCEPTED","big":18446744073709551616}'
        assert loads(memoryview(text)) == loads(text)

    def test_cli_big_integers(self):
        """The CLI's output keeps big integers exactly too."""
        text = (
            b'{"data": {"id":"x","operation-type":"A","status":"ACCEPTED",'
            b'"big":18446744073709551616}}'
        )
        assert read_cli(text).data.unknown.keys["big"] == 18446744073709551616

    def test_surrogates_in_every_style(self):
        """A string UTF-8 cannot carry is an EncodeError in every style, after big integers too."""
        wr = WorkRequest(
            id="x",
            operation_type="DELETE_COMPARTMENT",
            status="ACCEPTED",
            unknown=wrmodel.Unknown(keys={"big": 2**70, "s": "\ud800"}),
        )
        for style in STYLES:
            with pytest.raises(wrmodel.EncodeError, match="surrogate"):
                dumps(wr, style=style)

    @pytest.mark.parametrize(
        ("value", "path"),
        [({1, 2}, "$.s"), ([1, float("nan")], "$.s[1]"), ({"a": float("inf")}, "$.s.a")],
    )
    def test_non_json_values_in_structure(self, value, path):
        """A value JSON cannot hold under an unknown key is a DecodeError at its path."""
        with pytest.raises(DecodeError) as info:
            structure(
                {"id": "x", "operationType": "A", "status": "ACCEPTED", "s": value}, WorkRequest
            )
        assert [p.path for p in info.value.problems] == [path]
        assert info.value.problems[0].message.startswith("expected a JSON value, got ")
