"""Value semantics: equal exactly when written the same, instants, subclasses, the SDK."""

import datetime as dt
import typing
import zoneinfo

import attrs
import cattrs
import oci
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wrmodel
from wrmodel import (
    DecodeError,
    TransitionError,
    ValidationError,
    WorkRequest,
    WorkRequestLogEntry,
)
from wrmodel import transitions as t

from .strategies import sample

STYLES = ("api", "sdk", "cli")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
#: Values Python finds equal that JSON writes apart, and some that it writes alike.
KEPT = [True, 1, 1.0, False, 0, 0.0, -0.0, "1", None, [1], [True], {"a": 1}, {"a": 1.0}]
PERCENTS = [None, 0, 0.0, -0.0, 50, 50.0]
TIMES = [
    None,
    dt.datetime(2021, 11, 7, 6, 30, tzinfo=dt.UTC),
    dt.datetime(2021, 11, 7, 1, 30, tzinfo=NEW_YORK, fold=1),  # the same instant
    dt.datetime(2021, 11, 7, 1, 30, tzinfo=NEW_YORK, fold=0),  # an hour earlier
    dt.datetime(2021, 11, 7, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
]


@st.composite
def requests(draw: st.DrawFn) -> WorkRequest:
    """A request from a small space, so that equal ones and near misses are drawn."""
    keys = draw(st.dictionaries(st.sampled_from(["k", "j"]), st.sampled_from(KEPT), max_size=2))
    return WorkRequest(
        id="x",
        operation_type=draw(st.sampled_from(["DELETE_COMPARTMENT", "NEW_OP"])),
        status="ACCEPTED",
        percent_complete=draw(st.sampled_from(PERCENTS)),
        time_accepted=draw(st.sampled_from(TIMES)),
        unknown=wrmodel.Unknown(keys=keys) if keys else None,
    )


class TestEquality:
    @given(requests(), requests())
    def test_equal_exactly_when_written_the_same(self, a, b):
        """a == b exactly when dumps(a) == dumps(b) in every style; equal ones hash equal."""
        same = all(wrmodel.dumps(a, style=s) == wrmodel.dumps(b, style=s) for s in STYLES)
        assert (a == b) is same
        if same:
            assert hash(a) == hash(b)

    @given(requests())
    def test_round_trip(self, wr):
        """loads(dumps(x)) == x in every style."""
        for style in STYLES:
            assert wrmodel.loads(wrmodel.dumps(wr, style=style), style=style) == wr

    def test_kept_scalars_by_json_type(self):
        """true, 1 and 1.0 kept under a key make three different requests."""
        made = [
            wrmodel.loads(b'{"id": "x", "operationType": "A", "status": "ACCEPTED", "k": %s}' % v)
            for v in (b"true", b"1", b"1.0")
        ]
        assert len(set(made)) == 3

    def test_negative_zero_percent(self):
        """A percent of -0.0 is 0.0: the same request, written the same."""
        wr = wrmodel.loads(
            b'{"id": "x", "operationType": "A", "status": "ACCEPTED", "percentComplete": -0.0}'
        )
        assert str(wr.percent_complete) == "0.0"


class TestInstants:
    def test_folds(self):
        """The two 01:30s of New York's autumn night are two instants, in every style."""
        early = WorkRequestLogEntry(message="m", timestamp=TIMES[3])
        late = WorkRequestLogEntry(message="m", timestamp=TIMES[2])
        assert early != late
        assert wrmodel.dumps(early) != wrmodel.dumps(late)
        assert late == WorkRequestLogEntry(message="m", timestamp=TIMES[1])

    def test_time_rule_compares_instants(self):
        """Time never runs backwards, instant against instant."""
        wr = t.accept("x", "DELETE_COMPARTMENT", at=TIMES[2])
        with pytest.raises(TransitionError, match="backwards"):
            t.start(wr, at=TIMES[3])
        assert t.start(wr, at=TIMES[2]).time_started == TIMES[1]


class TestEvolveAndSubclasses:
    def test_evolve_past_an_unknown_status(self):
        """attrs.evolve sets a known status on a request whose status was unknown."""
        wr = wrmodel.loads(b'{"id": "x", "operationType": "Z", "status": "WAITING"}')
        done = attrs.evolve(wr, status="SUCCEEDED")
        assert done.status is wrmodel.Status.SUCCEEDED
        assert done.unknown == wrmodel.Unknown(values={"operation_type": "Z"})

    def test_raw_value_of_a_known_value_dropped(self):
        """The raw string given for a field that holds a known value is dropped with it."""
        wr = WorkRequest(
            id="x",
            operation_type="A",
            status="ACCEPTED",
            unknown=wrmodel.Unknown(values={"status": "X"}),
        )
        assert wr.unknown == wrmodel.Unknown(values={"operation_type": "A"})

    def test_optional_enum_field_keeps_its_raw_value(self):
        """A field of an enum type keeps an unknown value's string, required or optional.

        Which fields keep it is read from their types (the kinds table), not from which
        converter they happen to use.
        """

        def to_phase(value: object) -> wrmodel.Status | None:
            return (
                None
                if value is None
                else wrmodel.Status[str(value)]
                if value
                in (
                    "ACCEPTED",
                    "IN_PROGRESS",
                )
                else wrmodel.Status.UNKNOWN_ENUM_VALUE
            )

        @attrs.frozen(kw_only=True)
        class Staged(WorkRequest):
            phase: wrmodel.Status | None = attrs.field(default=None, converter=to_phase)

        staged = Staged(id="x", operation_type="A", status="ACCEPTED", phase="WAITING")
        assert staged.unknown == wrmodel.Unknown(values={"operation_type": "A", "phase": "WAITING"})
        assert wrmodel.models._models.as_sent(staged, "phase") == "WAITING"
        assert Staged(id="x", operation_type="A", status="ACCEPTED").phase is None

    def test_raw_value_of_no_enum_still_refused(self):
        """A raw value for a field that is not an enum is still an error."""
        with pytest.raises(ValidationError, match=r"\$\.unknown\.values\.id: 'id' is not an enum"):
            WorkRequest(
                id="x",
                operation_type="A",
                status="ACCEPTED",
                unknown=wrmodel.Unknown(values={"id": "y"}),
            )

    def test_subclasses(self):
        """A subclass of a model keeps raw enum strings and names bad arguments by path."""

        @attrs.frozen
        class Mine(WorkRequest):
            note: str = "n"

        mine = Mine(id="x", operation_type="NEW_OP", status="ACCEPTED")
        assert mine.unknown == wrmodel.Unknown(values={"operation_type": "NEW_OP"})
        with pytest.raises(ValidationError) as info:
            Mine(id=1, operation_type="A", status=2)
        assert [p.path for p in info.value.problems] == ["$.id", "$.status"]
        assert wrmodel.dumps(mine) == wrmodel.dumps(
            WorkRequest(id="x", operation_type="NEW_OP", status="ACCEPTED")
        )


class TestSdk:
    def test_every_item_checked(self):
        """from_sdk refuses a list whose items are of different SDK classes."""
        wr = wrmodel.loads(sample("02_in_progress_resources_logs.json"))
        entry = wr.logs[0]
        with pytest.raises(TypeError, match="item 1 is a WorkRequestLogEntry, item 0 a WorkReq"):
            wrmodel.from_sdk([wrmodel.to_sdk(wr), wrmodel.to_sdk(entry)])

    def test_response(self):
        """from_sdk takes what a client returns, an oci.response.Response: its data."""
        wr = wrmodel.loads(sample("02_in_progress_resources_logs.json"))
        response = oci.response.Response(200, {"etag": "e"}, wrmodel.to_sdk(wr), None)
        assert wrmodel.from_sdk(response) == wr
        listed = oci.response.Response(200, {}, [wrmodel.to_sdk(wr)], None)
        assert wrmodel.from_sdk(listed, list[WorkRequest]) == [wr]

    def test_expected_class(self):
        """With cls, another SDK class is a TypeError."""
        entry = wrmodel.to_sdk(WorkRequestLogEntry(message="m"))
        assert wrmodel.from_sdk(entry, WorkRequestLogEntry) == WorkRequestLogEntry(message="m")
        with pytest.raises(
            TypeError, match="expected the SDK's WorkRequest, got its WorkRequestLog"
        ):
            wrmodel.from_sdk(entry, WorkRequest)
        assert wrmodel.from_sdk([], list[WorkRequest]) == []

    def test_comparing_with_sdk_objects(self):
        """A wrmodel object is not equal to an SDK object, and comparing never raises."""
        wr = wrmodel.loads(sample("02_in_progress_resources_logs.json"))
        sdk = wrmodel.to_sdk(wr)
        assert (wr == sdk, wr != sdk) == (False, True)
        assert wr != object()

    def test_no_data_in_headers(self):
        """Headers cannot hold "data": it is where the data goes."""
        with pytest.raises(ValueError, match="headers cannot hold 'data'"):
            wrmodel.dumps(WorkRequestLogEntry(message="m"), style="cli", headers={"data": 1})


@attrs.frozen
class Audit:
    """A class of the caller's that holds wrmodel's."""

    name: str
    share: float
    count: int
    ok: bool
    wr: WorkRequest
    when: dt.datetime
    entries: list[WorkRequestLogEntry]


@attrs.frozen
class Other:
    """Types cattrs itself checks."""

    x: typing.Literal["a"]
    pair: tuple[int, int]
    tags: list[str]


AUDIT = {
    "name": "a",
    "share": 50,
    "count": 3,
    "ok": True,
    "wr": {"id": "x", "operationType": "DELETE_COMPARTMENT", "status": "ACCEPTED"},
    "when": "2016-08-25T21:10:29.600Z",
    "entries": [{"message": "m"}],
}


class TestConverter:
    def test_strict_on_the_callers_classes(self):
        """No coercion; every problem at its full path, from the outer object."""
        bad = {**AUDIT, "name": 3, "share": "50", "count": 1.5, "ok": 1, "wr": {"id": 1},
               "when": "2016-08-25", "entries": [{"message": 2}]}  # fmt: skip
        with pytest.raises(DecodeError) as info:
            wrmodel.converter.structure(bad, Audit)
        assert [p.path for p in info.value.problems] == [
            "$.name",
            "$.share",
            "$.count",
            "$.ok",
            "$.wr.id",
            "$.wr.operationType",
            "$.wr.status",
            "$.when",
            "$.entries[0].message",
        ]
        with pytest.raises(DecodeError) as info:
            wrmodel.converter.structure({"x": "b", "pair": [1], "tags": ["a", 2]}, Other)
        assert [(p.path, p.message.split(":")[0]) for p in info.value.problems] == [
            ("$.x", "CattrsError"),
            ("$.pair", "ValueError"),
            ("$.tags[1]", "expected a string, got 2"),
        ]
        with pytest.raises(DecodeError, match=r"\$\.when: required field is missing"):
            wrmodel.converter.structure({k: v for k, v in AUDIT.items() if k != "when"}, Audit)

    def test_good(self):
        """A good document builds the caller's class, timestamps through RFC 3339."""
        audit = wrmodel.converter.structure(AUDIT, Audit)
        assert audit.share == 50.0
        assert isinstance(audit.share, float)
        assert audit.when == pendulum.datetime(2016, 8, 25, 21, 10, 29, 600000)
        assert wrmodel.converter.unstructure(audit)["when"] == "2016-08-25T21:10:29.600Z"

    def test_configure_a_cattrs_converter(self):
        """configure_converter gives a plain cattrs.Converter wrmodel's hooks and strictness."""
        mine = cattrs.Converter()
        wrmodel.configure_converter(mine, style="sdk")
        audit = mine.structure(
            {**AUDIT, "wr": {"id": "x", "operation_type": "A", "status": "ACCEPTED"}}, Audit
        )
        assert audit.wr.id == "x"
        with pytest.raises(cattrs.ClassValidationError):
            mine.structure({**AUDIT, "count": "3"}, Audit)
