"""The fast engine (msgspec, then generated builders) against the general path it stands before."""

import inspect
import json
from collections.abc import Iterator
from typing import Any

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wrmodel
from wrmodel import (
    ActionType,
    DecodeError,
    Status,
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
    dumps,
    make_converter,
    unstructure,
)
from wrmodel.events import EVENTS, Accepted, Event, Started, history
from wrmodel.wire._converter import _CONVERTERS, Converter

from .strategies import damaged, json_values, models, texts, wire_documents, work_requests

STYLES = ("api", "sdk", "cli")
MODELS = (
    WorkRequest,
    WorkRequestSummary,
    WorkRequestResource,
    WorkRequestError,
    WorkRequestLogEntry,
)


def general(style: str) -> Converter:
    """A converter of ``style`` without the engine: the general path alone."""
    return make_converter(style=style, engine=False)  # type: ignore[arg-type]


GENERAL = {style: general(style) for style in STYLES}


def decoder(converter: Converter, tp: Any) -> Any:
    """The codec's generated decoder of ``tp`` (built on first use)."""
    assert converter._codec.learn(tp)
    return converter._codec.decoders[tp]


def outcome(style: str, text: Any, cls: Any, *, engine: bool = True) -> tuple[Any, ...]:
    """What reading ``text`` gives: the value (and its repr, which shows types and zones), or
    the error's message."""
    converter = _CONVERTERS[style] if engine else GENERAL[style]
    try:
        if style == "cli":
            response = converter.read_cli(text, cls)
            value: Any = (response.data, response.headers)
        else:
            value = converter.loads(text, cls)
    except DecodeError as error:
        return ("error", str(error))
    return ("ok", value, repr(value))


def assert_same(style: str, text: Any, cls: Any) -> None:
    assert outcome(style, text, cls) == outcome(style, text, cls, engine=False)


def text_of(style: str, data: Any, headers: dict[str, Any] | None = None) -> bytes:
    """JSON text of wire data in ``style`` (in the CLI's envelope for ``cli``)."""
    if style == "cli":
        return json.dumps({"data": data, **(headers or {})}, ensure_ascii=False).encode()
    return json.dumps(data, ensure_ascii=False).encode()


def events_of(work_request: WorkRequest) -> list[Event]:
    return list(history(work_request))


class TestTaken:
    """Valid documents of every class and style are decoded by the engine, not the general path."""

    @pytest.fixture(autouse=True)
    def no_general_path(self) -> Iterator[None]:
        with wrmodel.count_fallbacks() as seen:
            yield
        assert seen["engine"] == 0, "the general path was taken"

    @settings(max_examples=300, deadline=None)
    @given(models, st.sampled_from(STYLES), st.booleans())
    def test_models(self, pair, style, many):
        """Every model, alone or in a list, in every style."""
        cls, model = pair
        value = [model, model] if many else model
        got = _CONVERTERS[style].loads(dumps(value, style=style), list[cls] if many else cls)
        assert got == value
        assert repr(got) == repr(value)

    @settings(max_examples=100, deadline=None)
    @given(work_requests, st.sampled_from(STYLES))
    def test_events(self, work_request, style):
        """Every event, in a list of the union, and each alone as its own class."""
        events = events_of(work_request)
        assert _CONVERTERS[style].loads(dumps(events, style=style), list[Event]) == events
        for event in events:
            assert _CONVERTERS[style].loads(dumps(event, style=style), type(event)) == event
            assert _CONVERTERS[style].loads(dumps(event, style=style), Event) == event

    def test_every_class_has_a_decoder(self):
        """Each class, the union and the lists of them have a fast decoder in every style."""
        for style in STYLES:
            fast = make_converter(style=style)._engine.decoder  # type: ignore[arg-type]
            for tp in (*MODELS, *EVENTS, Event):
                assert fast(tp) is not None
                assert fast(list[tp]) is not None

    @pytest.mark.parametrize("style", STYLES)
    @pytest.mark.parametrize("unknown", ["keep", "drop"])
    def test_newer_values(self, style, unknown):
        """Enum values this version does not know, nested too, are kept or dropped by the engine."""
        wr = WorkRequest(
            id="x",
            operation_type="MOVE_IT",
            status="WAITING",
            resources=[
                WorkRequestResource(identifier="r", entity_type="t", action_type="PURGED"),
                WorkRequestResource(identifier="s", entity_type="t", action_type="CREATED"),
            ],
        )
        conv = make_converter(style=style, unknown=unknown)
        got = conv.loads(dumps([wr, wr], style=style), list[WorkRequest])
        assert got == [wr, wr] if unknown == "keep" else got[0].unknown is None
        assert got[0].resources[0].action_type is ActionType.UNKNOWN_ENUM_VALUE
        assert got[0].status is Status.UNKNOWN_ENUM_VALUE

    def test_one_newer_value_in_many(self):
        """One record of 10 000 with a status this version does not know keeps the engine."""
        records = [
            WorkRequest(id=str(i), operation_type="X", status="ACCEPTED") for i in range(10_000)
        ]
        records[5_000] = WorkRequest(id="w", operation_type="X", status="WAITING")
        assert wrmodel.loads(dumps(records), list[WorkRequest]) == records

    @pytest.mark.parametrize("style", STYLES)
    def test_one_unknown_key_in_many(self, style):
        """1 record of 10 000 with a key this version does not know: the engine keeps it."""
        records = [
            WorkRequest(id=str(i), operation_type="X", status="ACCEPTED") for i in range(10_000)
        ]
        kept = wrmodel.Unknown(
            values={"status": "WAITING"}, keys={"definedTags": {"a": {"b": "c"}}}
        )
        records[5_000] = WorkRequest(id="w", operation_type="X", status="WAITING", unknown=kept)
        text = dumps(records, style=style)
        assert _CONVERTERS[style].loads(text, list[WorkRequest]) == records
        assert _CONVERTERS[style].loads(dumps(records[5_000], style=style)) == records[5_000]

    @settings(max_examples=200, deadline=None)
    @given(
        work_requests,
        st.sampled_from(STYLES),
        st.dictionaries(st.sampled_from(["newKey", "definedTags", "a_b", "Odd", "x"]), json_values),
    )
    def test_unknown_keys(self, work_request, style, extra):
        """Keys this version does not know at the top level (any JSON value, null too, names the
        style cannot convert too) are kept by the engine as the general path keeps them."""
        text = text_of(style, {**_CONVERTERS[style].unstructure(work_request), **extra})
        got = outcome(style, text, WorkRequest)
        assert got == outcome(style, text, WorkRequest, engine=False)
        assert got[0] == "ok"

    @pytest.mark.parametrize("style", STYLES)
    def test_unknown_keys_dropped(self, style):
        """Under ``unknown="drop"``, keys this version does not know, nested too, are passed over
        by the engine."""
        wr = WorkRequest(
            id="w",
            operation_type="DELETE_COMPARTMENT",
            status="ACCEPTED",
            logs=[WorkRequestLogEntry(message="m", unknown=wrmodel.Unknown(keys={"newKey": 1}))],
            unknown=wrmodel.Unknown(keys={"definedTags": {"a": {"b": "c"}}}),
        )
        conv = make_converter(style=style, unknown="drop")  # type: ignore[arg-type]
        want = WorkRequest(
            id="w",
            operation_type="DELETE_COMPARTMENT",
            status="ACCEPTED",
            logs=[WorkRequestLogEntry(message="m")],
        )
        assert conv.loads(dumps(wr, style=style)) == want
        assert conv.loads(dumps([wr, wr], style=style), list[WorkRequest]) == [want, want]

    def test_cli_headers(self):
        """The CLI's headers beside the data come as the general path reads them."""
        text = dumps(
            [WorkRequestLogEntry(message="m")], style="cli", headers={"etag": "e", "n": [1, 2.5]}
        )
        response = _CONVERTERS["cli"].read_cli(text, list[WorkRequestLogEntry])
        assert response.headers == {"etag": "e", "n": [1, 2.5]}


class TestRecordAtATime:
    """In an array, a record the engine cannot take goes the general way alone."""

    def records(self):
        return [
            WorkRequest(id=str(i), operation_type="X", status="ACCEPTED") for i in range(10_000)
        ]

    @pytest.mark.parametrize("style", ["api", "sdk", "cli"])
    def test_one_unknown_nested_key_in_many(self, style):
        """1 record of 10 000 with an unknown key in a resource sends that record alone to the
        general path."""
        records = self.records()
        resource = WorkRequestResource(
            identifier="r",
            entity_type="t",
            action_type="CREATED",
            unknown=wrmodel.Unknown(keys={"aB": 1}),
        )
        records[5_000] = WorkRequest(
            id="w", operation_type="X", status="ACCEPTED", resources=[resource]
        )
        conv = make_converter(style=style)
        general = []
        real = conv._general
        conv._engine._general = lambda *a: general.append(a) or real(*a)  # type: ignore[union-attr]
        with wrmodel.count_fallbacks() as seen:
            assert conv.loads(dumps(records, style=style), list[WorkRequest]) == records
        assert seen == {"engine": 1}
        assert len(general) == 1

    def test_a_bad_record_is_said_at_its_index(self):
        """A bad record sends the whole text the general way, every problem at its index."""
        docs = [wrmodel.unstructure(r) for r in self.records()[:3]]
        docs[1] = {**docs[1], "fooBar": 1}
        docs[2] = {**docs[2], "id": 5}
        with pytest.raises(DecodeError) as info:
            wrmodel.loads(json.dumps(docs), list[WorkRequest])
        assert [p.path for p in info.value.problems] == ["$[2].id"]

    def test_events(self):
        """A list of the union of events, one with a key this version does not know."""
        events = [Started(), Accepted(id="x", operation_type="A"), Started()]
        docs = [wrmodel.unstructure(e) for e in events]
        docs[1] = {**docs[1], "newKey": True}
        with wrmodel.count_fallbacks() as seen:
            got = wrmodel.loads(json.dumps(docs), list[Event])
        assert [type(e) for e in got] == [Started, Accepted, Started]
        assert seen == {"engine": 1}

    def test_not_an_array(self):
        """Text that is not an array of objects is for the general way, which says why."""
        with pytest.raises(DecodeError, match=r"^\$: expected an array"):
            wrmodel.loads(b'{"id": 1}', list[WorkRequest])
        with pytest.raises(DecodeError, match=r"not valid JSON"):
            wrmodel.loads(b'[{"id": "x", "fooBar": 1}, ', list[WorkRequest])


class TestSameAsGeneral:
    """Whatever the engine answers, the general path answers the same: object or problems."""

    @pytest.mark.parametrize("depth", [63, 64, 65, 200])
    def test_unknown_key_nested_deep(self, depth):
        """An unknown key's value nested up to the limit is kept, deeper refused, as the
        general path does."""
        wr = WorkRequest(id="w", operation_type="DELETE_COMPARTMENT", status="ACCEPTED")
        text = dumps(wr)[:-1] + b',"newKey":' + b"[" * depth + b"]" * depth + b"}"
        with wrmodel.count_fallbacks() as seen:
            got = outcome("api", text, WorkRequest)
        assert got == outcome("api", text, WorkRequest, engine=False)
        assert (got[0] == "ok") is (depth <= 64)
        assert (seen["engine"] == 0) is (depth <= 64)  # kept by the engine, refused the general way

    @pytest.mark.parametrize("unknown", ["keep", "drop", "forbid"])
    def test_unknown_keys_by_rule(self, unknown):
        """A key this version does not know, at the top or deeper, under each ``unknown`` rule:
        kept, dropped or refused at its path, as the general path does."""
        wr = WorkRequest(id="w", operation_type="DELETE_COMPARTMENT", status="ACCEPTED")
        doc = wrmodel.unstructure(wr)
        docs = [
            {**doc, "newKey": [1, {"a": None}]},
            {**doc, "logs": [{"message": "m", "newKey": 1}]},
        ]
        fast = make_converter(unknown=unknown)  # type: ignore[arg-type]
        slow = make_converter(unknown=unknown, engine=False)  # type: ignore[arg-type]
        for text in map(json.dumps, docs):
            try:
                want = ("ok", slow.loads(text))
            except DecodeError as error:
                want = ("error", str(error))
            try:
                got = ("ok", fast.loads(text))
            except DecodeError as error:
                got = ("error", str(error))
            assert got == want
            assert got[0] == ("error" if unknown == "forbid" else "ok")
            assert ("newKey: unknown key" in str(got[1])) is (unknown == "forbid")

    @settings(max_examples=1000, deadline=None)
    @given(wire_documents)
    def test_wire_documents(self, pair):
        """API documents with unknown enum strings and every spelling of RFC 3339."""
        cls, doc = pair
        assert_same("api", text_of("api", doc), cls)

    @settings(max_examples=1000, deadline=None)
    @given(damaged())
    def test_damaged(self, pair):
        """A value replaced, a key added or removed, anywhere."""
        cls, doc = pair
        assert_same("api", text_of("api", doc), cls)

    @settings(max_examples=500, deadline=None)
    @given(damaged(st.tuples(st.just(WorkRequest), st.builds(dict))), st.sampled_from(STYLES))
    def test_damaged_empty(self, pair, style):
        """Documents that are nothing like a work request."""
        cls, doc = pair
        assert_same(style, text_of(style, doc), cls)

    @settings(max_examples=500, deadline=None)
    @given(models, st.sampled_from(STYLES), st.data())
    def test_damaged_styles(self, pair, style, data):
        """Damaged documents of every style, made from models."""
        cls, model = pair
        _, bad = data.draw(damaged(st.just((cls, unstructure(model, style=style)))))
        headers = data.draw(st.dictionaries(texts.filter(lambda k: k != "data"), json_values))
        assert_same(style, text_of(style, bad, headers), cls)

    @settings(max_examples=1000, deadline=None)
    @given(models, st.sampled_from(STYLES), st.data())
    def test_damaged_text(self, pair, style, data):
        """JSON text cut, spliced or given odd bytes: escaped surrogates, a BOM, NaN, a dup key."""
        cls, model = pair
        text = dumps(model, style=style)
        i = data.draw(st.integers(0, len(text)))
        insert = data.draw(
            st.sampled_from(
                [b"", b"\\ud800", b'"\\udc00"', b"\xef\xbb\xbf", b"NaN", b" ", b",", b"\xff"]
            )
            | st.binary(max_size=3)
        )
        cut = data.draw(st.integers(0, 3))
        mangled = text[:i] + insert + text[i + cut :]
        assert_same(style, mangled, cls)
        assert_same(style, mangled.decode("utf-8", "replace"), cls)

    @pytest.mark.parametrize(
        "time",
        [
            "2016-08-25T21:10:29.600Z",
            "2016-08-25 21:10:29.600Z",
            "2016-08-25T21:10:29.600+0200",
            "2016-08-25T21:10:29.1234567Z",
            "2016-08-25T21:10:29.9999999Z",
            "0001-01-01T00:00:00+01:00",
            "9999-12-31T23:59:59-01:00",
            "2016-08-25T21:10:29",
            "2016-08-25t21:10:29.600z",
            "2016-W34-4T21:10:29.600Z",
            "2016-08-25T21:10:29+0000",
            "2016-08-25T21:10:29.6+00",
            "2016-08-25T24:00:00.000Z",
            "2016-02-30T21:10:29.600Z",
        ],
    )
    def test_timestamps_msgspec_reads_loosely(self, time):
        """Timestamps in forms msgspec's own parser takes are judged as wrmodel judges them."""
        doc = {"message": "m", "timestamp": time}
        assert_same("api", text_of("api", doc), WorkRequestLogEntry)

    @pytest.mark.parametrize(
        "percent", ["-0.0", "-0", "0", "100", "100.0000000000001", "1e2", "1e400", "true", '"5"']
    )
    def test_percents(self, percent):
        """Percents at and past their bounds, and of other types."""
        text = b'{"id": "x", "operationType": "DELETE_COMPARTMENT", "status": "ACCEPTED"'
        text += b', "percentComplete": ' + percent.encode() + b"}"
        assert_same("api", text, WorkRequest)

    @pytest.mark.parametrize("status", ["UNKNOWN_ENUM_VALUE", "WAITING", "accepted"])
    def test_enum_strings(self, status):
        """The literal UNKNOWN_ENUM_VALUE, an unknown value and a wrong case."""
        text = b'{"id": "x", "operationType": "DELETE_COMPARTMENT", "status": "%s"}' % (
            status.encode()
        )
        assert_same("api", text, WorkRequest)

    def test_a_member_for_another(self):
        """An event decoded as another member of the union is refused as the general path does."""
        text = dumps(Started())
        assert_same("api", text, Accepted)
        assert outcome("api", text, Accepted)[0] == "error"

    @pytest.mark.parametrize("data", [b"", b"  ", b"{}", b'{"etag": "x"}', b"[]", b'{"data": 1}'])
    def test_cli_envelopes(self, data):
        """Odd envelopes of the CLI's output."""
        for cls in (WorkRequest, list[WorkRequest]):
            assert_same("cli", data, cls)

    @pytest.mark.parametrize("data", [None, 123, [b"{}"], memoryview(b'{"message": "m"}')])
    def test_not_text(self, data):
        """Inputs that are not JSON text, or text as a memoryview."""
        for style in STYLES:
            assert_same(style, data, WorkRequestLogEntry)

    def test_too_long(self):
        """The length limit holds on the fast path."""
        short = make_converter(max_bytes=10)
        with pytest.raises(DecodeError, match="max_bytes"):
            short.loads(b'{"message": "a long enough message"}', WorkRequestLogEntry)
        with pytest.raises(DecodeError, match="max_bytes"):
            make_converter(style="cli", max_bytes=10).read_cli(b'{"data": []}  ', list[WorkRequest])


class TestGenerated:
    """The generated code can be read."""

    def test_source(self):
        """``inspect.getsource`` shows the engine's reader, registered under its style and class."""
        read = _CONVERTERS["sdk"]._engine.decoder(WorkRequestLogEntry)
        source = inspect.getsource(read)
        assert source.startswith("def read_WorkRequestLogEntry(data):")
        assert read.__code__.co_filename == "<wrmodel sdk read WorkRequestLogEntry>"

    def test_each_source_its_own_name(self):
        """Each generated function shows its own source, whatever else shares its name."""
        drop = decoder(make_converter(unknown="drop"), WorkRequest)
        keep = decoder(_CONVERTERS["api"], WorkRequest)
        assert keep.__code__.co_filename == "<wrmodel api decode WorkRequest>"
        assert drop.__code__.co_filename.startswith("<wrmodel api decode WorkRequest ")
        assert "_unknown_of" in inspect.getsource(keep)
        assert "_unknown_of" not in inspect.getsource(drop)
        encode = _CONVERTERS["cli"]._codec.encoder(WorkRequest.__new__(WorkRequest))
        assert inspect.getsource(encode).startswith("def encode_WorkRequest(o):")

    def test_tracebacks_show_the_line(self):
        """A failure inside generated code shows the generated line in its traceback."""
        import traceback

        decode = decoder(_CONVERTERS["api"], WorkRequestLogEntry)
        try:
            decode({"message": 1})
        except Exception as error:  # noqa: BLE001
            text = "".join(traceback.format_exception(error))
        assert "<wrmodel api decode WorkRequestLogEntry>" in text
        assert "raise _Invalid(p)" in text


class TestCodecFastPath:
    """Valid data of every class and style is decoded by the fields' templates alone."""

    @pytest.fixture(autouse=True)
    def no_detailed_step(self) -> Iterator[None]:
        with wrmodel.count_fallbacks() as seen:
            yield
        assert seen["detailed"] == 0, "a detailed step was taken"

    @settings(max_examples=300, deadline=None)
    @given(models, st.sampled_from(STYLES), st.booleans())
    def test_models(self, pair, style, many):
        """Every model, alone or in a list, in every style, from JSON-ready data."""
        cls, model = pair
        value = [model, model] if many else model
        data = unstructure(value, style=style)
        got = _CONVERTERS[style].structure_wire(data, list[cls] if many else cls)
        assert got == value
        assert repr(got) == repr(value)

    @settings(max_examples=100, deadline=None)
    @given(work_requests, st.sampled_from(STYLES))
    def test_events(self, work_request, style):
        """Every event, as the union and as its own class."""
        events = events_of(work_request)
        converter = _CONVERTERS[style]
        assert converter.structure_wire(unstructure(events, style=style), list[Event]) == events
        for event in events:
            assert converter.structure_wire(unstructure(event, style=style), type(event)) == event

    def test_a_defect_propagates(self, monkeypatch: pytest.MonkeyPatch):
        """An error no input explains (a defect of the generated code) is not hidden."""
        codec = _CONVERTERS["api"]._codec

        def broken(value: Any) -> Any:
            raise NameError("_0_detailed")

        monkeypatch.setitem(codec.decoders, WorkRequestLogEntry, broken)
        with pytest.raises(NameError):
            codec.decode({"message": "m"}, WorkRequestLogEntry)


class TestEngineDefects:
    def test_a_defect_propagates(self, monkeypatch: pytest.MonkeyPatch):
        """An error no input explains (a defect of the engine) is not hidden by the fallback."""
        converter = make_converter()

        def broken(data: Any) -> Any:
            raise NameError("_WorkRequestTwin")

        monkeypatch.setitem(converter.fast, WorkRequestLogEntry, broken)
        with pytest.raises(NameError):
            converter.loads(b'{"message": "m"}', WorkRequestLogEntry)


class TestOneModelEncoded:
    def test_taken(self):
        """dumps of one model, or of a list, goes straight to the encoders, not the general way."""
        entry = WorkRequestLogEntry(message="m")
        with wrmodel.count_fallbacks() as seen:
            assert dumps(entry) == b'{"message":"m"}'
            assert dumps([entry], style="sdk") == b'[{"message":"m","timestamp":null}]'
        assert not seen

    def test_module_dumps_calls_the_writer(self, monkeypatch: pytest.MonkeyPatch):
        """wrmodel.dumps of one model in the API's style goes to its writer, past the converter;
        a list still goes through the converter."""

        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError("the converter was taken")

        entry = WorkRequestLogEntry(message="m")
        dumps(entry)  # made on first use, by the converter
        monkeypatch.setattr(Converter, "dumps", refuse)
        assert dumps(entry) == b'{"message":"m"}'
        with pytest.raises(AssertionError, match="converter"):
            dumps([entry])

    @pytest.mark.parametrize(
        ("micro", "written"),
        [(0, ".000Z"), (600000, ".600Z"), (123456, ".123456Z"), (999, ".000999Z")],
    )
    def test_timestamps_written_inline(self, micro, written):
        """Inline timestamps are the API's form; finer than a millisecond, every digit."""
        entry = WorkRequestLogEntry(
            message="m", timestamp=pendulum.datetime(7, 8, 5, 1, 2, 3, micro)
        )
        text = f"0007-08-05T01:02:03{written}"
        assert dumps(entry) == f'{{"message":"m","timestamp":"{text}"}}'.encode()
        assert unstructure(entry)["timestamp"] == text

    def test_unstructure_holds_plain_strings(self):
        """unstructure gives plain strings for enum values (the writers alone give members)."""
        wr = wrmodel.loads(b'{"id":"x","operationType":"DELETE_COMPARTMENT","status":"ACCEPTED"}')
        data = unstructure(wr)
        assert type(data["status"]) is str
        assert type(data["operationType"]) is str

    def test_big_integers_still_exact(self):
        """A kept integer beyond 64 bits, which orjson refuses, is written exactly."""
        text = b'{"message": "m", "n": 123456789012345678901234567890}'
        assert dumps(_CONVERTERS["api"].loads(text, WorkRequestLogEntry)) == text.replace(b" ", b"")


class TestCountFallbacks:
    """``count_fallbacks`` counts where the fast paths gave way, inside its block only."""

    def test_counts_each_way(self):
        """An unknown key nested (engine), fields of unusual types (detailed), a big integer
        (encoder)."""

        class Text(str):
            __slots__ = ()

        log = b'{"message": "m", "n": 123456789012345678901234567890}'
        text = b'{"id": "w", "operationType": "X", "status": "ACCEPTED", "logs": [%s]}' % log
        with wrmodel.count_fallbacks() as seen:
            wr = wrmodel.loads(text)
            wrmodel.structure({"message": Text("m"), "timestamp": None}, WorkRequestLogEntry)
            wrmodel.structure(({"message": "m"},), list[WorkRequestLogEntry])
            dumps(wr)
        assert seen == {"engine": 1, "detailed": 2, "encoder": 1}

    def test_nothing_outside_a_block(self):
        """Outside a block nothing is counted; a block counts in its own context."""
        import concurrent.futures

        text = b'{"message": "m", "x": 1}'
        with wrmodel.count_fallbacks() as seen, concurrent.futures.ThreadPoolExecutor(1) as pool:
            pool.submit(wrmodel.loads, text, WorkRequestLogEntry).result()
        wrmodel.loads(text, WorkRequestLogEntry)
        assert not seen
