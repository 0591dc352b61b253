import io
import itertools
import json
import re
import tracemalloc
import typing

import orjson
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import wrmodel
from benchmarks import corpus
from wrmodel import DecodeError, WorkRequest, WorkRequestLogEntry, dump_jsonl, iter_jsonl
from wrmodel.io._stream import decode_records

from .strategies import damaged

RECORDS = corpus.records(40)
OBJS = wrmodel.loads(orjson.dumps(RECORDS), list[WorkRequest])
JSONL = b"".join(orjson.dumps(r) + b"\n" for r in RECORDS)
ARRAY = orjson.dumps(RECORDS)


class TestSources:
    def test_path(self, tmp_path):
        """A path is read line by line."""
        path = tmp_path / "wrs.jsonl"
        path.write_bytes(JSONL)
        assert list(iter_jsonl(path)) == OBJS
        assert list(iter_jsonl(str(path))) == OBJS

    def test_binary_file(self):
        """A binary file is read line by line."""
        assert list(iter_jsonl(io.BytesIO(JSONL))) == OBJS

    def test_lines(self):
        """An iterable of lines, bytes or str, with or without newlines; blanks skipped."""
        lines = JSONL.decode().splitlines()
        assert list(iter_jsonl(["", *lines, "  "])) == OBJS
        assert list(iter_jsonl([line.encode() for line in lines])) == OBJS

    def test_json_array(self):
        """A JSON array is read through the same API, item by item."""
        assert list(iter_jsonl(io.BytesIO(ARRAY))) == OBJS
        pretty = orjson.dumps(RECORDS, option=orjson.OPT_INDENT_2)
        assert list(iter_jsonl(io.BytesIO(b"\n  " + pretty))) == OBJS

    @given(st.integers(1, 700))
    def test_array_in_any_chunks(self, size):
        """The array is read right however it is cut, inside strings and numbers too."""
        text = orjson.dumps([*RECORDS[:5], {"message": "é" * 3}])
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        got = list(iter_jsonl(chunks, WorkRequestLogEntry, on_error=lambda e: None))
        assert got == [WorkRequestLogEntry(message="é" * 3)]

    @given(
        st.lists(
            st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=5),
            max_size=5,
        ),
        st.integers(1, 9),
    )
    def test_array_of_scalars(self, values, size):
        """Numbers cut across chunks are read whole: each item is judged as it is."""
        text = (
            orjson.dumps(values)
            if all(abs(v) < 2**63 for v in values if isinstance(v, int))
            else None
        )
        if text is None:
            return
        seen = []
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        list(iter_jsonl(chunks, WorkRequestLogEntry, on_error=seen.append))
        assert [e.problems[0].message for e in seen] == [
            f"expected an object (WorkRequestLogEntry), got {v!r}" for v in values
        ]

    def test_single_document(self):
        """A pretty-printed object is one record; broken lines stay lines."""
        pretty = orjson.dumps(RECORDS[0], option=orjson.OPT_INDENT_2)
        assert list(iter_jsonl(io.BytesIO(pretty))) == OBJS[:1]
        errors: list[DecodeError] = []
        got = list(
            iter_jsonl(
                [b"{", b'"id": 1', b'{"message": "x"}'], WorkRequestLogEntry, on_error=errors.append
            )
        )
        assert got == [WorkRequestLogEntry(message="x")]
        assert [e.record for e in errors] == ["line 1", "line 2"]

    def test_empty(self):
        """Empty input, an empty array: no records."""
        assert list(iter_jsonl([])) == []
        assert list(iter_jsonl([b"[]"])) == []
        assert list(iter_jsonl([b"[", b" ", b"]"])) == []

    def test_styles(self):
        """Records may be in the sdk style; the cli style is not JSON Lines."""
        lines = [wrmodel.dumps(o, style="sdk") for o in OBJS]
        assert list(iter_jsonl(lines, style="sdk")) == OBJS
        with pytest.raises(ValueError, match="not the CLI's output"):
            list(iter_jsonl(lines, style="cli"))

    def test_events(self):
        """An event history stored as JSON Lines replays later."""
        wr = OBJS[3]
        out = io.BytesIO()
        dump_jsonl(wrmodel.events.history(wr), out)
        history = list(iter_jsonl(io.BytesIO(out.getvalue()), wrmodel.events.Event))
        assert wrmodel.events.replay(history) == wr


class Lazy:
    """A binary file whose bytes are made as they are read, counting them."""

    def __init__(self, pieces):
        self.pieces = iter(pieces)
        self.read_bytes = 0

    def read(self, n):
        piece = next(self.pieces, b"")
        self.read_bytes += len(piece)
        return piece


class TestFormats:
    def test_one_line_array_from_a_file(self):
        """A compact array on one line is read in chunks, item by item."""
        text = orjson.dumps(RECORDS * 50)
        assert b"\n" not in text
        assert list(iter_jsonl(io.BytesIO(text))) == OBJS * 50
        named = [r for r, _ in decode_records(io.BytesIO(text), WorkRequest)]
        assert named == [f"item {i}" for i in range(len(RECORDS) * 50)]

    def test_lines_of_arrays(self):
        """JSON Lines whose lines are arrays: pages of a list endpoint, a line each."""
        pages = [
            orjson.dumps(RECORDS[:3]),
            b"",
            orjson.dumps(RECORDS[3:5]),
            orjson.dumps(RECORDS[5]),
        ]
        for source in (pages, io.BytesIO(b"\n".join(pages))):
            got = list(decode_records(source, WorkRequest))
            assert [r for r, _ in got] == [
                "line 1, item 0",
                "line 1, item 1",
                "line 1, item 2",
                "line 3, item 0",
                "line 3, item 1",
                "line 4",
            ]
            assert [o for _, o in got] == OBJS[:6]

    def test_concatenated_documents(self):
        """Documents one after another, as jq '.[]' or cat print them."""
        pretty = [orjson.dumps(r, option=orjson.OPT_INDENT_2) for r in RECORDS[:3]]
        text = pretty[0] + b"\n" + pretty[1] + pretty[2] + orjson.dumps(RECORDS[3])
        got = list(decode_records(io.BytesIO(text), WorkRequest))
        assert [r for r, _ in got] == [f"document {n}" for n in range(1, 5)]
        assert [o for _, o in got] == OBJS[:4]
        big = b"\n".join(orjson.dumps(r, option=orjson.OPT_INDENT_2) for r in RECORDS * 20)
        assert list(iter_jsonl(io.BytesIO(big))) == OBJS * 20

    def test_broken_document(self):
        """Broken JSON among documents is the last record: nothing after it can be trusted."""
        pretty = orjson.dumps(RECORDS[0], option=orjson.OPT_INDENT_2)
        errors: list[DecodeError] = []
        got = list(iter_jsonl(io.BytesIO(pretty + b"\n{,\n" + pretty), on_error=errors.append))
        assert got == OBJS[:1]
        assert [e.record for e in errors] == ["document 2"]

    def test_one_line(self):
        """A single object on one line is line 1; a single array's items are items."""
        assert [r for r, _ in decode_records([orjson.dumps(RECORDS[0])], WorkRequest)] == ["line 1"]
        assert [r for r, _ in decode_records([orjson.dumps(RECORDS[:2])], WorkRequest)] == [
            "item 0",
            "item 1",
        ]

    def test_bounded_prefix(self):
        """A first line that is not JSON reads no more than a bounded prefix to say so."""
        line = orjson.dumps(RECORDS[0]) + b"\n"
        for first in (b"not json\n", b"{broken\n", b"[broken\n"):
            source = Lazy(itertools.chain([first], itertools.repeat(line, 10**6)))
            _, result = next(decode_records(source, WorkRequest))
            assert isinstance(result, DecodeError)
            assert source.read_bytes <= 2 * 65536 + len(line)

    def test_lone_surrogates(self):
        """str lines holding lone surrogates are a DecodeError, as in loads."""
        for lines in (['{"message": "\ud800"}'], ['[{"message": "\ud800"}]']):
            with pytest.raises(DecodeError) as info:
                list(iter_jsonl(lines, WorkRequestLogEntry))
            assert "not JSON text: not UTF-8 text (a lone surrogate at offset" in str(info.value)

    @pytest.mark.parametrize(
        ("source", "message"),
        [
            (b'{"id": "x"}', "got bytes: for JSON text in memory"),
            (bytearray(b"[]"), "got bytearray"),
            ('{"id": "x"}', "expected a path, got JSON text"),
            ("[]", "expected a path, got JSON text"),
            ("a\nb", "expected a path, got JSON text"),
            (5, "expected a path, a binary file or an iterable of lines, got 5"),
            ([5], "expected lines of bytes or str, got 5"),
        ],
    )
    def test_wrong_sources(self, source, message):
        """Bytes or JSON text where a path or lines are expected is a clear TypeError."""
        with pytest.raises(TypeError, match=re.escape(message)):
            list(iter_jsonl(source))

    def test_text_file(self):
        """A file opened as text is read as lines of str."""
        assert list(iter_jsonl(io.StringIO(JSONL.decode()))) == OBJS


def outcome(decode):
    """What ``decode()`` gives: its object, or its problems."""
    try:
        return decode()
    except DecodeError as error:
        return error.problems


#: Texts the standard library and orjson read differently, or where only one reads them.
TRICKY = [
    '{"message": "\\ud800"}',
    '{"message": "\\ud83d\\ude00"}',
    '{"message": "\\u00e9"}',
    '{"message": "m", "x": 1e400}',
    '{"message": "m", "x": -1e400}',
    '{"message": "m", "x": 123456789012345678901234567890}',
    '{"message": "m", "x": 1e19}',
    '{"message": "m", "x": 0.1e-400}',
    '{"message": "m", "x": 1.7976931348623157e308}',
    '{"message": 12345678901234567890123}',
    '{"message": "m", "x": {"a": 1, "a": 2}}',
]


class TestSameAsLoads:
    @given(st.lists(damaged(), min_size=1, max_size=4), st.integers(1, 300))
    def test_array_items(self, documents, size):
        """Each item of an array, cut anyhow, decodes as loads decodes its text."""
        cls = documents[0][0]
        # Every other one with escapes for all but ASCII; JSON only (no NaN).
        try:
            texts = [
                json.dumps(doc, ensure_ascii=i % 2 == 1, allow_nan=False)
                for i, (_, doc) in enumerate(documents)
            ]
        except ValueError:
            assume(False)
        text = ("[" + ",".join(texts) + "]").encode()
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        got = [outcome(lambda r=r: _raise(r)) for _, r in decode_records(chunks, cls)]
        assert got == [outcome(lambda t=t: wrmodel.loads(t, cls)) for t in texts]

    def test_arrays_in_batches(self, monkeypatch):
        """A well-formed array is split in batches in C, each item read by the engine."""
        from wrmodel.io import _scanner

        def refused(*_):
            raise AssertionError("read an item at a time")

        docs = corpus.records(600)
        docs[10] = {**docs[10], "newKey": {"x": "a}, {b"}}  # brackets in a string
        docs[20] = {**docs[20], "status": "WAITING"}  # a value this version does not know
        docs[30] = {**docs[30], "logs": [{"message": "m", "newKey": 1}]}  # a key deeper
        text = orjson.dumps(docs)
        chunks = [text[i : i + 5000] for i in range(0, len(text), 5000)]
        monkeypatch.setattr(_scanner, "array_values", refused)
        with wrmodel.count_fallbacks() as seen:
            got = list(iter_jsonl(chunks))
        assert got == wrmodel.loads(text, list[WorkRequest])
        assert seen == {"engine": 1}  # the record with an unknown key deeper, alone
        assert len(text) > 3 * 65536

    def test_documents_in_batches(self, monkeypatch):
        """Documents one after another are split in batches in C, read by the engine."""
        from wrmodel.io import _scanner

        def refused(*_):
            raise AssertionError("read a document at a time")

        docs = corpus.records(400)
        docs[5] = {**docs[5], "newKey": "a} {b"}  # what splits documents, inside a string
        text = b"\n".join(orjson.dumps(d, option=orjson.OPT_INDENT_2) for d in docs)
        chunks = [text[i : i + 7000] for i in range(0, len(text), 7000)]
        monkeypatch.setattr(_scanner, "document_values", refused)
        with pytest.raises(AssertionError, match="a document at a time"):
            list(iter_jsonl(chunks))  # the string splits a batch wrongly: one at a time
        docs[5] = {**docs[5], "newKey": "ab"}
        docs[6] = {**docs[6], "logs": [{"message": "m", "newKey": 1}]}  # the general way
        text = b"\n".join(orjson.dumps(d, option=orjson.OPT_INDENT_2) for d in docs)
        chunks = [text[i : i + 7000] for i in range(0, len(text), 7000)]
        with wrmodel.count_fallbacks() as seen:
            got = list(iter_jsonl(chunks))
        assert got == [wrmodel.structure(d, WorkRequest) for d in docs]
        assert seen == {"engine": 1}
        assert len(text) > 3 * 65536

    def test_documents_with_odd_strings(self):
        """A string holding what splits documents: the same records, a document at a time."""
        docs = [{"message": "x} {y" * (i % 3)} for i in range(3000)]
        text = b"\n".join(orjson.dumps(d, option=orjson.OPT_INDENT_2) for d in docs)
        errors: list[DecodeError] = []
        got = list(iter_jsonl(io.BytesIO(text), WorkRequestLogEntry, on_error=errors.append))
        assert [e.message for e in got] == [d["message"] for d in docs]
        assert errors == []

    def test_pages_of_json_lines(self, monkeypatch):
        """A line holding a page of records is split in C, each record read by the engine."""
        from wrmodel.io import _scanner

        def refused(*_):
            raise AssertionError("read an item at a time")

        docs = corpus.records(30)
        docs[4] = {**docs[4], "newKey": 1}
        docs[5] = {**docs[5], "logs": [{"message": "m", "newKey": 1}]}  # the general way
        text = orjson.dumps(docs[:10]) + b"\n" + orjson.dumps(docs[10:]) + b"\n"
        monkeypatch.setattr(_scanner, "array_values", refused)
        with wrmodel.count_fallbacks() as seen:
            got = list(decode_records(io.BytesIO(text), WorkRequest))
        assert [name for name, _ in got][9:11] == ["line 1, item 9", "line 2, item 0"]
        assert [x for _, x in got] == [wrmodel.structure(d, WorkRequest) for d in docs]
        assert seen == {"engine": 1}

    def test_read_one_at_a_time_where_batches_cannot_be(self):
        """Broken arrays and pages, odd blanks, huge items: read an item at a time, as loads."""
        bad_first = b'[{"message": 5}, {"message": "b"}, oops]'
        errors: list[DecodeError] = []
        got = list(iter_jsonl([bad_first], WorkRequestLogEntry, on_error=errors.append))
        assert [e.message for e in got] == ["b"]
        assert [e.record for e in errors] == ["item 0", "item 2"]
        assert "expected a string, got 5" in str(errors[0])
        page = b'{"message": "a"}\n[{"message": "b"}, oops]\n'
        errors = []
        got = list(iter_jsonl(io.BytesIO(page), WorkRequestLogEntry, on_error=errors.append))
        assert [e.message for e in got] == ["a", "b"]
        assert [e.record for e in errors] == ["line 2, item 1"]
        with pytest.raises(DecodeError, match="text after the end of the array"):
            list(iter_jsonl([b"[] x"], WorkRequestLogEntry))
        blanks = b" " * 60_000 + b'[{"message": "a"}]'
        assert [e.message for e in iter_jsonl(io.BytesIO(blanks), WorkRequestLogEntry)] == ["a"]
        assert list(iter_jsonl(io.BytesIO(b"  [ ]  "), WorkRequestLogEntry)) == []
        huge = [{"message": "x" * 200_000}, {"message": "y"}, {"message": "z" * 150_000}]
        text = orjson.dumps(huge)
        chunks = [text[i : i + 10_000] for i in range(0, len(text), 10_000)]
        assert [e.message for e in iter_jsonl(chunks, WorkRequestLogEntry)] == [
            d["message"] for d in huge
        ]

    def test_brackets_in_strings_everywhere(self):
        """Strings full of brackets mislead the count: the batches are still whole items."""
        docs = [
            {"message": "}," * (i % 7) + "{[" * (i % 5), "timestamp": None} for i in range(5000)
        ]
        text = json.dumps(docs, indent=1).encode()
        got = [e.message for e in iter_jsonl(io.BytesIO(text), WorkRequestLogEntry)]
        assert got == [d["message"] for d in docs]

    def test_broken_in_the_middle(self):
        """Items before a break are read; the break is the last record, at its index."""
        docs = corpus.records(300)
        text = orjson.dumps(docs)
        cut = text.index(b'"id"', len(text) // 2)
        broken = text[:cut] + b"oops" + text[cut:]
        errors: list[DecodeError] = []
        got = list(iter_jsonl(io.BytesIO(broken), on_error=errors.append))
        assert got == wrmodel.loads(text, list[WorkRequest])[: len(got)]
        assert [e.record for e in errors] == [f"item {len(got)}"]
        assert "not valid JSON" in str(errors[0])

    @pytest.mark.parametrize("text", TRICKY)
    @pytest.mark.parametrize("size", [1, 3, 7, 1000])
    def test_tricky_texts(self, text, size):
        """Escaped surrogates, huge numbers, duplicate keys: the same as loads, any chunks."""
        array = f"[{text}, {text}]".encode()
        chunks = [array[i : i + size] for i in range(0, len(array), size)]
        for source in (chunks, [text.encode(), text.encode()]):
            got = [
                outcome(lambda r=r: _raise(r))
                for _, r in decode_records(source, WorkRequestLogEntry)
            ]
            expected = outcome(lambda: wrmodel.loads(text, WorkRequestLogEntry))
            assert got == [expected, expected]


def _raise(result):
    if isinstance(result, DecodeError):
        raise DecodeError(result.problems)
    return result


class TestChunkBoundaries:
    """Values cut where a chunk of a large input ends."""

    def test_number_cut(self):
        """A number at the end of what was read may go on: more is read before it is taken."""
        first = b'["' + b"x" * 65530 + b'", 12'
        assert len(first) >= 65536
        seen: list[DecodeError] = []
        list(iter_jsonl(Lazy([first, b"3]"]), WorkRequestLogEntry, on_error=seen.append))
        assert [e.problems[0].message for e in seen][1] == (
            "expected an object (WorkRequestLogEntry), got 123"
        )

    def test_not_json_before_the_end(self):
        """NaN in a large input is refused at once, not taken for a value cut short."""
        seen: list[DecodeError] = []
        source = Lazy([b'[NaN, "' + b"x" * 70_000, b'"]'])
        list(iter_jsonl(source, WorkRequestLogEntry, on_error=seen.append))
        assert "NaN is not JSON" in seen[0].problems[0].message

    def test_too_long_before_its_end(self, monkeypatch):
        """An item past max_bytes is refused before its end is read."""
        from wrmodel.wire._converter import shared_converter

        monkeypatch.setattr(shared_converter("api"), "max_bytes", 500)
        source = Lazy([b'[{"message": "' + b"x" * 70_000, b'"}]'])
        ((_, result),) = decode_records(source, WorkRequestLogEntry)
        assert "longer than the limit of 500" in str(result)
        pieces = [b'[{"message": "' + b"x" * 70_000, *[b"x" * 70_000] * 10, b'"}]']
        source = Lazy(pieces)
        ((_, result),) = decode_records(source, WorkRequestLogEntry)
        assert "longer than the limit of 500" in str(result)
        assert source.read_bytes < 4 * 70_000  # two chunks, then the item at a time: refused

    def test_numbers_cut_between_pieces(self):
        """Items the batches cannot split (no objects), numbers cut between small pieces."""
        text = b"[" + b",".join(b"%d" % (10**9 + i) for i in range(25_000)) + b"]"
        pieces = [text[i : i + 999] for i in range(0, len(text), 999)]
        errors: list[DecodeError] = []
        assert list(iter_jsonl(Lazy(pieces), WorkRequestLogEntry, on_error=errors.append)) == []
        assert len(errors) == 25_000
        with pytest.raises(DecodeError) as info:
            wrmodel.loads(b"1000012345", WorkRequestLogEntry)
        assert errors[12_345].problems == info.value.problems

    def test_deep_first_document(self):
        """A first value nested too deep for the standard library is read as a document."""
        text = b'{"a":\n' + b"[" * 100_000 + b"]" * 100_000 + b"}"
        ((record, result),) = decode_records(io.BytesIO(text), WorkRequestLogEntry)
        assert record == "document 1"
        assert "nested too deeply" in str(result)


class TestBadRecords:
    def lines(self):
        lines = JSONL.splitlines()
        lines[7] = b'{"id": 5, "operationType": "X", "status": "ACCEPTED"}'
        lines[9] = b"{not json"
        return lines

    def test_raises_naming_the_line(self):
        """A bad line raises DecodeError naming the line number."""
        with pytest.raises(DecodeError) as info:
            list(iter_jsonl(self.lines()))
        assert info.value.record == "line 8"
        assert str(info.value) == "$.id: expected a string, got 5 (decoding WorkRequest at line 8)"

    def test_collect_and_go_on(self):
        """With on_error, bad lines are collected and reading goes on."""
        errors: list[DecodeError] = []
        good = list(iter_jsonl(self.lines(), on_error=errors.append))
        assert len(good) == len(RECORDS) - 2
        assert [e.record for e in errors] == ["line 8", "line 10"]
        assert "not valid JSON" in errors[1].problems[0].message

    @pytest.mark.parametrize(
        ("text", "record", "message"),
        [
            (b'[{"message": "a"}] x', "item 1", "text after the end of the array"),
            (b'[{"message": "a"} {"message": "b"}]', "item 1", "expected ',' or ']' after item 0"),
            (b"[NaN]", "item 0", "NaN is not JSON"),
            (b'["abc', "item 0", "Unterminated string"),
            (b"[{,}]", "item 0", "not valid JSON"),
        ],
    )
    def test_bad_arrays(self, text, record, message):
        """A broken array is a DecodeError naming the item."""
        with pytest.raises(DecodeError) as info:
            list(iter_jsonl([text], WorkRequestLogEntry))
        assert info.value.record == record
        assert message in info.value.problems[0].message
        errors: list[DecodeError] = []
        list(iter_jsonl([text], WorkRequestLogEntry, on_error=errors.append))
        assert errors[-1].record == record  # reading stops: nothing after it can be trusted

    def test_error_pickles_with_record(self):
        """The record survives pickling."""
        import pickle

        with pytest.raises(DecodeError) as info:
            list(iter_jsonl(self.lines()))
        assert pickle.loads(pickle.dumps(info.value)).record == "line 8"


class TestAudit:
    """unknown="forbid" makes what this version does not know a problem at its path."""

    NEWER: typing.ClassVar = [
        {"id": "a", "operationType": "DELETE_COMPARTMENT", "status": "ACCEPTED"},
        {"id": "b", "operationType": "DELETE_COMPARTMENT", "status": "WAITING"},
        {
            "id": "c",
            "operationType": "DELETE_COMPARTMENT",
            "status": "ACCEPTED",
            "resources": [{"identifier": "r", "entityType": "t", "actionType": "X", "n": 1}],
        },
        {"id": "d", "operationType": "DELETE_COMPARTMENT", "status": "UNKNOWN_ENUM_VALUE"},
        {"id": "e", "operationType": "DELETE_COMPARTMENT", "status": "ACCEPTED", "newKey": 2},
    ]

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            (b"\n".join(orjson.dumps(d) for d in NEWER), ["line 2", "line 3", "line 4", "line 5"]),
            (orjson.dumps(NEWER), ["item 1", "item 2", "item 3", "item 4"]),
            (
                b"\n".join(orjson.dumps(d, option=orjson.OPT_INDENT_2) for d in NEWER),
                ["document 2", "document 3", "document 4", "document 5"],
            ),
        ],
    )
    def test_forbid(self, text, names):
        """Every unknown key and value is a problem at its path; the rest is still read."""
        errors: list[DecodeError] = []
        good = list(iter_jsonl(io.BytesIO(text), unknown="forbid", on_error=errors.append))
        assert [wr.id for wr in good] == ["a"]
        assert [e.record for e in errors] == names
        assert [[p.path for p in e.problems] for e in errors] == [
            ["$.status"],
            ["$.resources[0].actionType", "$.resources[0].n"],
            ["$.status"],
            ["$.newKey"],
        ]
        assert "got 'WAITING'" in errors[0].problems[0].message
        assert [wr.id for wr in iter_jsonl(io.BytesIO(text))] == list("abcde")  # keep

    def test_options(self):
        """unknown is keep or forbid: dropping what came is no way to read an archive."""
        with pytest.raises(ValueError, match="unknown must be 'keep' or 'forbid', not 'drop'"):
            list(iter_jsonl([b"{}"], unknown="drop"))  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="style must be one of"):
            list(iter_jsonl([b"{}"], style="xml", unknown="forbid"))  # type: ignore[arg-type]


class TestDump:
    def test_round_trip(self, tmp_path):
        """dump_jsonl writes one record per line, to a path or a file, and counts them."""
        path = tmp_path / "out.jsonl"
        assert dump_jsonl(OBJS, path) == len(OBJS)
        assert path.read_bytes() == JSONL.replace(b" ", b"") or list(iter_jsonl(path)) == OBJS
        assert list(iter_jsonl(path)) == OBJS
        out = io.BytesIO()
        assert dump_jsonl(iter(OBJS), out, style="sdk") == len(OBJS)
        assert list(iter_jsonl(io.BytesIO(out.getvalue()), style="sdk")) == OBJS

    def test_text_file_refused(self, tmp_path):
        """A file opened as text is refused at once, saying to open it in binary mode."""
        path = tmp_path / "out.jsonl"
        with path.open("w") as text, pytest.raises(TypeError, match=r"mode 'wb'.*out\.jsonl"):
            dump_jsonl(OBJS, text)
        assert path.read_bytes() == b""
        with pytest.raises(TypeError, match="got a text stream"):
            dump_jsonl(OBJS, io.StringIO())

    def test_no_cli(self):
        """The cli style is not JSON Lines."""
        with pytest.raises(ValueError, match="not the CLI's output"):
            dump_jsonl(OBJS, io.BytesIO(), style="cli")


def peak_memory(n: int, array: bool) -> int:
    """Peak memory (bytes) while streaming ``n`` small records from a lazy source."""
    line = (
        b'{"id":"ocid1.wr","operationType":"DELETE_COMPARTMENT","status":"ACCEPTED",'
        b'"timeAccepted":"2016-08-25T21:10:29.600Z"}'
    )
    if array:
        source = itertools.chain(
            [b"["], itertools.islice(itertools.cycle([line + b","]), n - 1), [line + b"]"]
        )
    else:
        source = itertools.repeat(line, n)
    tracemalloc.start()
    count = sum(1 for _ in iter_jsonl(source))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == n
    return peak


@pytest.mark.slow
class TestConstantMemory:
    @pytest.mark.parametrize("array", [False, True])
    def test_flat(self, array):
        """Peak memory while streaming 200 000 records is that of 2 000: it stays flat."""
        small = peak_memory(2_000, array)
        large = peak_memory(200_000, array)
        assert large < small * 1.5 + 64 * 1024, (small, large)

    def test_one_line_array_file(self):
        """A compact one-line array read from a file keeps memory flat too."""

        def peak(n):
            line = orjson.dumps(RECORDS[0])
            pieces = itertools.chain(
                [b"["], itertools.islice(itertools.cycle([line + b","]), n - 1), [line + b"]"]
            )
            source = Lazy(pieces)
            tracemalloc.start()
            count = sum(1 for _ in iter_jsonl(source))
            result = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            assert count == n
            return result

        # The peak moves by a few hundred KiB with where chunks end; the input grows by 14 MB.
        small, large = peak(1_000), peak(10_000)
        assert large < small * 1.5 + 512 * 1024, (small, large)
