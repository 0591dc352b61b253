import json
import pathlib
import pickle
import re
import types
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

import attrs
import cattrs
import orjson
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wrmodel
from wrmodel import (
    DecodeError,
    EncodeError,
    Status,
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
    dumps,
    loads,
    make_converter,
    structure,
    unstructure,
)

from .strategies import damaged, json_values, models, sample, wire_documents

GOLDEN = pathlib.Path(__file__).parent / "golden"
SAMPLES = [
    "01_accepted_minimal.json",
    "02_in_progress_resources_logs.json",
    "04_failed_with_errors.json",
]
MINIMAL = {"id": "ocid1.wr", "operationType": "DELETE_COMPARTMENT", "status": "ACCEPTED"}
LIST_TYPES = [
    list[cls]
    for cls in (
        WorkRequest,
        WorkRequestSummary,
        WorkRequestResource,
        WorkRequestError,
        WorkRequestLogEntry,
    )
]


def problems(data: Any, cls: Any = WorkRequest) -> list[tuple[str, str]]:
    """The (path, message) pairs decoding ``data`` gives."""
    with pytest.raises(DecodeError) as info:
        structure(data, cls) if not isinstance(data, bytes) else loads(data, cls)
    return [(p.path, p.message) for p in info.value.problems]


class TestSamples:
    @pytest.mark.parametrize("name", SAMPLES)
    def test_round_trip(self, name):
        """Each sample decodes, and encodes back to the same JSON (timestamps already in
        the normal form).
        """
        data = sample(name)
        assert orjson.loads(dumps(loads(data))) == orjson.loads(data)

    def test_fields(self):
        """The sample's values land in the right fields, with the right types."""
        wr = loads(sample("02_in_progress_resources_logs.json"))
        assert wr.status is Status.IN_PROGRESS
        assert wr.percent_complete == 42.5
        assert wr.errors == ()
        assert wr.resources[1].entity_uri is None
        assert wr.logs[1].timestamp == pendulum.datetime(2016, 8, 25, 21, 10, 31, 42000)
        assert wr.time_finished is None

    def test_golden(self):
        """The output bytes are pinned: the wire format cannot drift unnoticed."""
        objs = [loads(sample(name)) for name in SAMPLES]
        objs.append(
            WorkRequest(
                id="ocid1.workrequest.oc1..golden",
                operation_type="DELETE_TAG_DEFINITION",
                status="SOMETHING_NEW",
                errors=[WorkRequestError(code="X", message='Ünïcödé ✓ "quoted" \\ \n')],
                time_accepted=pendulum.datetime(
                    2020, 2, 29, 23, 30, 0, 1, tz=pendulum.FixedTimezone(19800)
                ),
                time_started=pendulum.datetime(1, 1, 1),
                time_finished=pendulum.datetime(9999, 12, 31, 23, 59, 59, 999000),
                percent_complete=100,
                unknown=wrmodel.Unknown(keys={"freeformTags": {"team": ["a", 1, None, True]}}),
            )
        )
        assert dumps(objs) == (GOLDEN / "work_requests.json").read_bytes()


class TestLoads:
    def test_default_class(self):
        """Without a class, loads decodes a WorkRequest."""
        assert type(loads(orjson.dumps(MINIMAL))) is WorkRequest

    def test_str_and_bytes(self):
        """Text may be str or bytes."""
        assert loads(json.dumps(MINIMAL)) == loads(orjson.dumps(MINIMAL))

    @pytest.mark.parametrize("cls", LIST_TYPES)
    def test_lists(self, cls):
        """list[Model] decodes a JSON array into a list."""
        assert loads(b"[]", cls) == []

    def test_list_of_work_requests(self):
        """Each element of an array is decoded; errors carry the element's index."""
        wrs = loads(orjson.dumps([MINIMAL, MINIMAL]), list[WorkRequest])
        assert wrs == [loads(orjson.dumps(MINIMAL))] * 2
        bad = orjson.dumps([MINIMAL, {**MINIMAL, "status": 1}])
        assert problems(bad, list[WorkRequest]) == [
            ("$[1].status", "expected a string (Status), got 1")
        ]

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"", "not valid JSON"),
            (b"{", "not valid JSON"),
            (b"{'id': 'x'}", "not valid JSON"),
            (b"\xff", "not JSON text: not UTF-8 text (it begins with the byte 0xff)"),
            ("NaN", "not valid JSON"),
            (b"[1,]", "not valid JSON"),
        ],
    )
    def test_not_json(self, data, message):
        """Text that is not JSON is a DecodeError at $."""
        with pytest.raises(DecodeError) as info:
            loads(data)
        assert info.value.problems[0].path == "$"
        assert message in info.value.problems[0].message

    @pytest.mark.parametrize("data", [None, 5, ["{}"], {"id": "x"}])
    def test_not_text(self, data):
        """Input that is not bytes or str is a DecodeError saying what was expected."""
        with pytest.raises(DecodeError, match=r"expected JSON text \(bytes or str\)"):
            loads(data)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("data", "cls", "message"),
        [
            (b"[]", WorkRequest, "expected an object (WorkRequest), got []"),
            (b"null", WorkRequest, "expected an object (WorkRequest), got None"),
            (b'"x"', WorkRequest, "expected an object (WorkRequest), got 'x'"),
            (b"{}", list[WorkRequest], "expected an array, got {}"),
            (b"1", list[WorkRequestSummary], "expected an array, got 1"),
        ],
    )
    def test_wrong_top_level(self, data, cls, message):
        """A wrong top-level type is a DecodeError at $."""
        assert problems(data, cls) == [("$", message)]

    @pytest.mark.parametrize("cls", [dict, int, list, list[int], "WorkRequest", None])
    def test_unsupported_class(self, cls):
        """Asking for a type that is not a model is a TypeError (a programming error)."""
        with pytest.raises(TypeError, match="expected a model class"):
            loads(b"{}", cls)


class TestStrictness:
    @pytest.mark.parametrize(
        ("changes", "path", "message"),
        [
            ({"id": 123}, "$.id", "expected a string, got 123"),
            ({"id": None}, "$.id", "expected a string, got None"),
            ({"id": ["x"]}, "$.id", "expected a string, got ['x']"),
            ({"compartmentId": 5}, "$.compartmentId", "expected a string, got 5"),
            ({"percentComplete": "50"}, "$.percentComplete", "expected a number, got '50'"),
            ({"percentComplete": True}, "$.percentComplete", "expected a number, got True"),
            (
                {"percentComplete": 100.5},
                "$.percentComplete",
                "expected a number from 0 to 100, got 100.5",
            ),
            (
                {"percentComplete": -1},
                "$.percentComplete",
                "expected a number from 0 to 100, got -1",
            ),
            ({"resources": "abc"}, "$.resources", "expected an array, got 'abc'"),
            ({"resources": {}}, "$.resources", "expected an array, got {}"),
            (
                {"resources": ["abc"]},
                "$.resources[0]",
                "expected an object (WorkRequestResource), got 'abc'",
            ),
            ({"logs": [{}]}, "$.logs[0].message", "required field is missing"),
            (
                {"errors": [{"code": "c", "message": 1}]},
                "$.errors[0].message",
                "expected a string, got 1",
            ),
            ({"status": 0}, "$.status", "expected a string (Status), got 0"),
            ({"status": None}, "$.status", "expected a string (Status), got None"),
            (
                {"operationType": False},
                "$.operationType",
                "expected a string (OperationType), got False",
            ),
            ({"timeAccepted": 1472159429}, "$.timeAccepted", "expected an RFC 3339 date-time"),
            ({"timeAccepted": "2016-08-25"}, "$.timeAccepted", "got '2016-08-25'"),
            ({"timeStarted": "2016-08-25T21:10:29"}, "$.timeStarted", "got '2016-08-25T21:10:29'"),
            (
                {"timeFinished": "Thu, 25 Aug 2016 21:10:29 GMT"},
                "$.timeFinished",
                "expected an RFC 3339",
            ),
        ],
    )
    def test_wrong_types_never_coerced(self, changes, path, message):
        """A wrong JSON type or value is a problem at its wire path, quoting the value."""
        [(got_path, got_message)] = problems({**MINIMAL, **changes})
        assert got_path == path
        assert message in got_message

    def test_missing_required(self):
        """Each missing required field is named; so is every other problem, all at once."""
        assert problems({"resources": [{"identifier": "i", "actionType": 3}]}) == [
            ("$.id", "required field is missing"),
            ("$.operationType", "required field is missing"),
            ("$.status", "required field is missing"),
            ("$.resources[0].entityType", "required field is missing"),
            ("$.resources[0].actionType", "expected a string (ActionType), got 3"),
        ]

    def test_null_optional_fields(self):
        """null in an optional field is the same as the field being absent."""
        nulls = dict.fromkeys(
            ("compartmentId", "resources", "errors", "logs", "timeAccepted", "percentComplete")
        )
        assert structure({**MINIMAL, **nulls}, WorkRequest) == structure(MINIMAL, WorkRequest)

    def test_unknown_enum_values(self):
        """An enum value this version does not know becomes UNKNOWN_ENUM_VALUE."""
        wr = structure(
            {**MINIMAL, "status": "PAUSED", "operationType": "MOVE_COMPARTMENT"}, WorkRequest
        )
        assert wr.status is Status.UNKNOWN_ENUM_VALUE
        assert wr.operation_type is wrmodel.OperationType.UNKNOWN_ENUM_VALUE

    def test_long_values_shortened(self):
        """A long bad value is quoted shortened, with its length."""
        [(_, message)] = problems({**MINIMAL, "percentComplete": "x" * 1000})
        assert len(message) < 120
        assert message.endswith("… (1000 characters)")
        [(_, message)] = problems({**MINIMAL, "id": ["x" * 1000, 2, 3, 4, 5, 6, 7]})
        assert len(message) < 120

    def test_odd_keys_in_paths(self):
        """A key that is not a plain name is written in brackets."""
        strict = make_converter(unknown="forbid")
        with pytest.raises(DecodeError) as info:
            strict.structure_wire({**MINIMAL, "odd key.": 1, "fine_key": 2}, WorkRequest)
        assert [p.path for p in info.value.problems] == ["$['odd key.']", "$.fine_key"]


class TestUnknownKeys:
    def test_dropped(self):
        """With unknown="drop", unknown keys are ignored at every level, raw enum strings too."""
        drop = make_converter(unknown="drop")
        doc = {
            **MINIMAL,
            "status": "NEW",
            "freeformTags": {"a": 1},
            "logs": [{"message": "m", "level": "INFO"}],
        }
        wr = drop.structure_wire(doc, WorkRequest)
        assert wr == WorkRequest(
            id="ocid1.wr",
            operation_type="DELETE_COMPARTMENT",
            status=Status.UNKNOWN_ENUM_VALUE,
            logs=[WorkRequestLogEntry(message="m")],
        )
        # Dropped, the value is lost: it is not written as the placeholder either.
        with pytest.raises(wrmodel.EncodeError, match=r"^\$\.status: UNKNOWN_ENUM_VALUE stands"):
            drop.dumps(wr)

    def test_forbidden(self):
        """With unknown="forbid", every unknown key at every level is a problem."""
        strict = make_converter(unknown="forbid")
        doc = {**MINIMAL, "freeformTags": {}, "logs": [{"message": "m", "level": "INFO"}]}
        with pytest.raises(DecodeError) as info:
            strict.loads(orjson.dumps(doc))
        assert [(p.path, p.message) for p in info.value.problems] == [
            ("$.logs[0].level", "unknown key (not a field of WorkRequestLogEntry)"),
            ("$.freeformTags", "unknown key (not a field of WorkRequest)"),
        ]

    @pytest.mark.parametrize("style", ["api", "sdk", "cli"])
    def test_forbidden_enum_values(self, style):
        """With unknown="forbid", an enum value this version does not know is a problem too."""
        doc = {
            "id": "x",
            "operationType": "MOVE_EVERYTHING",
            "status": "PAUSED",
            "resources": [
                {"identifier": "a", "entityType": "b", "actionType": "DELETED"},
                {"identifier": "a", "entityType": "b", "actionType": "MOVED"},
            ],
        }
        strict = make_converter(unknown="forbid", style=style)
        text = wrmodel.dumps(wrmodel.loads(orjson.dumps(doc)), style=style)
        with pytest.raises(DecodeError) as info:
            strict.loads(text)
        paths = {
            "api": ["$.operationType", "$.status", "$.resources[1].actionType"],
            "sdk": ["$.operation_type", "$.status", "$.resources[1].action_type"],
            "cli": ["$.data.operation-type", "$.data.status", "$.data.resources[1].action-type"],
        }[style]
        assert [p.path for p in info.value.problems] == paths
        assert info.value.problems[1].message == (
            "expected one of the Status values this version knows (unknown='forbid'), got 'PAUSED'"
        )
        if style != "cli":  # the data itself, without the CLI's envelope
            with pytest.raises(DecodeError) as again:
                strict.structure_wire(orjson.loads(text), WorkRequest)
            assert again.value.problems == info.value.problems

    def test_forbid_accepts_known_keys_and_nulls(self):
        """Forbidding unknown keys still accepts known keys and nulls."""
        strict = make_converter(unknown="forbid")
        assert strict.loads(sample("02_in_progress_resources_logs.json")) == loads(
            sample("02_in_progress_resources_logs.json")
        )
        assert strict.structure_wire({**MINIMAL, "timeStarted": None}, WorkRequest) == structure(
            MINIMAL, WorkRequest
        )


class TestStructure:
    def test_any_mapping(self):
        """structure takes any Mapping, and tuples for arrays."""
        doc = types.MappingProxyType(
            {
                **MINIMAL,
                "resources": (OrderedDict(identifier="i", entityType="e", actionType="DELETED"),),
            }
        )
        wr = structure(doc, WorkRequest)
        assert wr.resources == (
            WorkRequestResource(identifier="i", entity_type="e", action_type="DELETED"),
        )

    @pytest.mark.parametrize("unknown", ["drop", "forbid"])
    def test_any_mapping_with_other_rules(self, unknown):
        """Converters that drop or forbid unknown keys take any Mapping too."""
        conv = make_converter(unknown=unknown)
        assert conv.structure_wire(types.MappingProxyType(MINIMAL), WorkRequest) == structure(
            MINIMAL, WorkRequest
        )

    def test_string_subclasses(self):
        """str subclasses (enum members, say) are read as their text."""
        wr = structure({**MINIMAL, "id": Status.FAILED, "status": Status.FAILED}, WorkRequest)
        assert type(wr.id) is str
        assert wr.status is Status.FAILED

    def test_broken_mapping(self):
        """A Mapping that fails when read is a DecodeError, not its own exception."""

        class Broken(Mapping):
            def __getitem__(self, key):
                raise RuntimeError("boom")

            def __iter__(self):
                raise RuntimeError("boom")

            def __len__(self):
                return 1

        with pytest.raises(
            DecodeError, match=r"\$\.logs\[0\]: cannot read the object: RuntimeError"
        ):
            structure({**MINIMAL, "logs": [Broken()]}, WorkRequest)

    def test_list(self):
        """A list of mappings structures into list[Model]."""
        assert structure([MINIMAL], list[WorkRequest]) == [structure(MINIMAL, WorkRequest)]


class TestDumps:
    def test_key_order_and_omitted_nulls(self):
        """Keys come in the SDK's order and None fields are left out."""
        wr = WorkRequest(
            percent_complete=1,
            status="ACCEPTED",
            operation_type="DELETE_COMPARTMENT",
            id="x",
            compartment_id="c",
        )
        assert dumps(wr) == (
            b'{"id":"x","operationType":"DELETE_COMPARTMENT","compartmentId":"c",'
            b'"status":"ACCEPTED","percentComplete":1.0}'
        )

    def test_lists_and_tuples(self):
        """A list or tuple of models is written as an array, mixed classes allowed."""
        log = WorkRequestLogEntry(message="m")
        error = WorkRequestError(code="c", message="m")
        assert (
            dumps([log, error])
            == dumps((log, error))
            == b'[{"message":"m"},{"code":"c","message":"m"}]'
        )
        assert dumps([]) == b"[]"

    def test_subclasses(self):
        """A subclass of a model is written as the model."""

        @attrs.frozen(kw_only=True)
        class Mine(WorkRequestLogEntry):
            pass

        assert dumps(Mine(message="m")) == b'{"message":"m"}'
        assert dumps([Mine(message="m")]) == b'[{"message":"m"}]'

    @pytest.mark.parametrize(
        "obj", [{"id": "x"}, 5, None, "x", [1], [WorkRequestLogEntry(message="m"), None]]
    )
    def test_not_models(self, obj):
        """Anything that is not a model or a list of models is an EncodeError."""
        with pytest.raises(EncodeError, match="expected a model or a list of models"):
            dumps(obj)
        with pytest.raises(EncodeError):
            unstructure(obj)

    def test_lone_surrogates(self):
        """A string UTF-8 cannot carry is an EncodeError, not orjson's own error."""
        with pytest.raises(EncodeError, match="surrogate"):
            dumps(WorkRequestLogEntry(message="\ud800"))

    @given(models)
    def test_unstructure_is_json_ready(self, model):
        """unstructure gives only dicts, lists, strings, numbers, booleans and None."""
        _, obj = model

        def check(value: Any) -> None:
            assert type(value) in {dict, list, str, float, int, bool, type(None)}
            if isinstance(value, dict):
                assert all(type(k) is str for k in value)
                for v in value.values():
                    check(v)
            elif isinstance(value, list):
                for v in value:
                    check(v)

        check(unstructure(obj))
        assert orjson.loads(dumps(obj)) == json.loads(json.dumps(unstructure(obj)))


class TestRoundTrips:
    @given(models)
    def test_objects(self, model):
        """loads(dumps(x)) == x for any valid object."""
        cls, obj = model
        assert loads(dumps(obj), cls) == obj
        assert structure(unstructure(obj), cls) == obj

    @given(st.lists(models, max_size=4))
    def test_lists(self, items):
        """A list of objects of one class round-trips too."""
        for cls, _ in items:
            same = [obj for c, obj in items if c is cls]
            assert loads(dumps(same), list[cls]) == same

    @given(wire_documents)
    def test_documents(self, document):
        """Wire documents decode; decode, encode, decode gives the same object."""
        cls, doc = document
        obj = structure(doc, cls)
        again = loads(dumps(obj), cls)
        assert again == obj
        assert dumps(again) == dumps(obj)


class TestTemplatesAndDetailedSteps:
    @given(damaged())
    def test_agree(self, case):
        """The fields' templates and their detailed steps give the same object, or the same
        problems, for any damaged document.
        """
        from wrmodel.wire._codec import Codec
        from wrmodel.wire._converter import converter
        from wrmodel.wire._registry import UNIONS

        cls, doc = case
        detailed = Codec(UNIONS, templates=False)

        def outcome(codec: Codec) -> object:
            try:
                return codec.decode(doc, cls)
            except DecodeError as error:
                return str(error)

        assert outcome(converter._codec) == outcome(detailed)

    @given(damaged())
    def test_structure_value_or_decode_error(self, case):
        """Any damaged document gives a value or a DecodeError, never another exception."""
        cls, doc = case
        try:
            structure(doc, cls)
        except DecodeError as error:
            assert error.problems
            assert all(p.path.startswith("$") for p in error.problems)


FUZZ_TYPES = [
    WorkRequest,
    WorkRequestSummary,
    WorkRequestResource,
    WorkRequestError,
    WorkRequestLogEntry,
    wrmodel.events.Event,
    *LIST_TYPES,
    list[wrmodel.events.Event],
]


class TestFuzz:
    @pytest.mark.parametrize("style", ["api", "sdk", "cli"])
    @given(data=st.text() | st.binary())
    def test_any_text(self, style, data):
        """Any text or bytes given to loads, in any style, decodes or raises a WrModelError."""
        for cls in FUZZ_TYPES:
            try:
                loads(data, cls, style=style)
            except wrmodel.WrModelError:
                pass

    @pytest.mark.parametrize("style", ["api", "sdk", "cli"])
    @given(value=json_values | st.fixed_dictionaries({"data": json_values}))
    def test_any_json(self, style, value):
        """Any JSON value decodes or raises DecodeError, for every type and style; what
        decodes re-encodes and decodes equal.
        """
        text = json.dumps(value)
        for cls in FUZZ_TYPES:
            try:
                result = loads(text, cls, style=style)
            except DecodeError:
                continue
            assert loads(dumps(result, style=style), cls, style=style) == result


class TestErrors:
    def test_hierarchy(self):
        """DecodeError is a ValidationError, a WrModelError and a ValueError."""
        assert issubclass(DecodeError, wrmodel.ValidationError)
        assert issubclass(DecodeError, wrmodel.WrModelError)
        assert issubclass(DecodeError, ValueError)
        assert issubclass(EncodeError, wrmodel.WrModelError)
        assert issubclass(EncodeError, TypeError)

    def test_pickles(self):
        """A DecodeError pickles with its problems and message."""
        with pytest.raises(DecodeError) as info:
            loads(b'{"id": 1}')
        again = pickle.loads(pickle.dumps(info.value))
        assert type(again) is DecodeError
        assert again.problems == info.value.problems
        assert str(again) == str(info.value)

    def test_message(self):
        """The message counts the problems and lists each with its path."""
        with pytest.raises(DecodeError) as info:
            loads(b'{"id": 1, "operationType": "X"}')
        assert str(info.value) == (
            "2 problems decoding WorkRequest:\n"
            "  $.id: expected a string, got 1\n"
            "  $.status: required field is missing"
        )

    def test_single_problem_message(self):
        """With one problem, the message is that problem and what was being decoded."""
        with pytest.raises(DecodeError) as info:
            loads(b"[]")
        assert (
            str(info.value) == "$: expected an object (WorkRequest), got [] (decoding WorkRequest)"
        )


class TestCattrs:
    def test_is_a_cattrs_converter(self):
        """make_converter returns a cattrs Converter; the default is wrmodel.converter."""
        assert isinstance(make_converter(), cattrs.Converter)
        assert isinstance(wrmodel.converter, cattrs.Converter)

    def test_structure_and_unstructure_through_cattrs(self):
        """cattrs' own structure and unstructure use the wire form."""
        conv = make_converter()
        wr = conv.structure(MINIMAL, WorkRequest)
        assert wr == structure(MINIMAL, WorkRequest)
        assert conv.structure([MINIMAL], list[WorkRequest]) == [wr]
        assert conv.unstructure(wr) == MINIMAL
        with pytest.raises(DecodeError):
            conv.structure({}, WorkRequest)

    def test_leaf_hooks_for_callers_classes(self):
        """A class of the caller's own holding wrmodel's timestamps and enums gets them."""

        @attrs.frozen
        class Mine:
            when: pendulum.DateTime
            status: Status

        conv = make_converter()
        mine = conv.structure({"when": "2016-08-25T21:10:29.600Z", "status": "NEW"}, Mine)
        assert mine == Mine(
            pendulum.datetime(2016, 8, 25, 21, 10, 29, 600000), Status.UNKNOWN_ENUM_VALUE
        )
        assert conv.unstructure(mine) == {
            "when": "2016-08-25T21:10:29.600Z",
            "status": "UNKNOWN_ENUM_VALUE",
        }
        with pytest.raises(DecodeError) as info:
            conv.structure({"when": "2016-08-25", "status": 3}, Mine)
        assert [p.path for p in info.value.problems] == ["$.when", "$.status"]

    def test_converters_are_independent(self):
        """Options of one converter do not change another, nor the default."""
        make_converter(unknown="forbid")
        assert structure({**MINIMAL, "extra": 1}, WorkRequest)


class TestShow:
    def test_failing_repr(self):
        """A value whose repr fails is still quoted, by its type."""
        from wrmodel._errors import show

        class Odd:
            def __repr__(self) -> str:
                raise RuntimeError("no")

        assert show(Odd()).startswith("<Odd instance at 0x")
        with pytest.raises(DecodeError, match=r"\$\.id: expected a string, got <Odd instance"):
            structure({**MINIMAL, "id": Odd()}, WorkRequest)


class TestOptions:
    @pytest.mark.parametrize(
        ("options", "message"),
        [
            ({"style": "xml"}, "style: expected one of 'api', 'sdk', 'cli', got 'xml'"),
            ({"unknown": "whatever"}, "unknown: expected one of 'keep', 'drop', 'forbid', got"),
            ({"max_depth": 0}, "max_depth: expected a whole number from 1, got 0"),
            ({"max_depth": True}, "max_depth: expected a whole number from 1, got True"),
            ({"max_bytes": -1}, "max_bytes: expected a whole number from 1, got -1"),
            ({"max_bytes": 1.5}, "max_bytes: expected a whole number from 1, got 1.5"),
        ],
    )
    def test_refused(self, options, message):
        """An option out of its range is a ValueError naming it and quoting what came."""
        with pytest.raises(ValueError, match=f"^{re.escape(message)}"):
            wrmodel.Converter(**options)


class TestNotJsonText:
    @pytest.mark.parametrize(
        ("data", "what"),
        [
            (bytes(range(256)), "binary data (a NUL byte at offset 0)"),
            (b"\x1f\x8b\x08\x00rest", "gzip-compressed data (decompress it first; iter_jsonl"),
            ('{"id": "é"}'.encode("utf-16"), "UTF-16 text (wrmodel reads UTF-8)"),
            ('{"id": "é"}'.encode("latin-1"), "not UTF-8 text (the byte 0xe9 at offset 8)"),
            (b"PK\x03\x04zip", "a zip archive"),
            (
                b'{"id": "\xed\xa0\x80"}',
                "not UTF-8 text (a lone surrogate at offset 8, which UTF-8 cannot hold)",
            ),
        ],
    )
    def test_named_as_the_command_names_it(self, data, what):
        """Input that is not JSON text is named for what it is, not by a parser's complaint."""
        with pytest.raises(DecodeError, match=r"^\$: not JSON text: " + re.escape(what)):
            wrmodel.loads(data)

    def test_json_text_with_a_mistake(self):
        """JSON text with a mistake is still said to be invalid JSON, where it is."""
        with pytest.raises(DecodeError, match=r"^\$: not valid JSON: .*line 1 column 2"):
            wrmodel.loads(b"{oops")


@attrs.frozen
class Job:
    """A class of the caller's that holds a model."""

    name: str
    wr: wrmodel.WorkRequest


class TestCallersClasses:
    JOB = Job("nightly", wrmodel.loads(sample("02_in_progress_resources_logs.json")))

    @pytest.mark.parametrize("style", ["api", "sdk", "cli"])
    def test_dumps_and_loads(self, style):
        """dumps writes an attrs object of the caller's with the same hooks; loads reads it."""
        text = wrmodel.dumps(self.JOB, style=style)
        assert wrmodel.loads(text, Job, style=style) == self.JOB  # type: ignore[type-var]
        listed = wrmodel.dumps([self.JOB], style=style)
        assert wrmodel.loads(listed, list[Job], style=style) == [self.JOB]  # type: ignore[type-var]
        if style != "cli":
            assert orjson.loads(text) == wrmodel.make_converter(style=style).unstructure(self.JOB)

    def test_problems_at_their_paths(self):
        """Bad input of a caller's class is one DecodeError, every problem at its path."""
        with pytest.raises(DecodeError) as info:
            wrmodel.loads(b'{"name": 1, "wr": {"id": 2}}', Job)  # type: ignore[type-var]
        assert [p.path for p in info.value.problems] == [
            "$.name",
            "$.wr.id",
            "$.wr.operationType",
            "$.wr.status",
        ]

    def test_not_attrs_still_refused(self):
        """A class that is neither a model nor an attrs class is still refused, saying so."""
        with pytest.raises(TypeError, match="cannot decode into"):
            wrmodel.loads(b"{}", dict)  # type: ignore[type-var]


class TestDumpsInChunks:
    """``dumps`` of a list writes a few records per orjson call: the same bytes, the fast path."""

    @pytest.mark.parametrize("n", [0, 1, 7, 8, 9, 17])
    def test_same_bytes_as_one_at_a_time(self, n):
        """Any number of records, across chunk boundaries, gives the array of each one's text."""
        from wrmodel.wire import _converter

        objs = [
            wrmodel.WorkRequest(id=f"w{i}", operation_type="MOVE_IT", status="ACCEPTED")
            for i in range(n)
        ]
        with wrmodel.count_fallbacks() as fell:
            text = wrmodel.dumps(objs)
        assert text == b"[" + b",".join(wrmodel.dumps(o) for o in objs) + b"]"
        assert "encoder" not in dict(fell)
        assert _converter._CHUNK < 17

    def test_a_bad_record_in_a_later_chunk_is_named(self):
        """A record that cannot be written, past the first chunk, is named by its index."""
        objs = [
            wrmodel.WorkRequest(id=f"w{i}", operation_type="MOVE_IT", status="ACCEPTED")
            for i in range(12)
        ]
        objs[10] = wrmodel.WorkRequest(
            id="x", operation_type="MOVE_IT", status="UNKNOWN_ENUM_VALUE"
        )
        with pytest.raises(wrmodel.EncodeError, match=r"\$\[10\]\.status"):
            wrmodel.dumps(objs)
