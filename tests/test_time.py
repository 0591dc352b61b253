import datetime as dt
import pickle
import re
import zoneinfo

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pendulum.tz.timezone import FixedTimezone

import wrmodel
from wrmodel import DecodeError, EncodeError, ValidationError, format_rfc3339, parse_rfc3339
from wrmodel.models._time import as_pendulum

from .strategies import aware_datetimes, rfc3339

UTC = pendulum.UTC

VALID = [
    ("2016-08-25T21:10:29.600Z", (2016, 8, 25, 21, 10, 29, 600000), 0),
    ("2016-08-25T21:10:29Z", (2016, 8, 25, 21, 10, 29, 0), 0),
    ("2016-08-25t21:10:29.6z", (2016, 8, 25, 21, 10, 29, 600000), 0),
    ("2016-08-25T21:10:29.123456789Z", (2016, 8, 25, 21, 10, 29, 123456), 0),
    ("2016-08-25T21:10:29.1+05:30", (2016, 8, 25, 21, 10, 29, 100000), 19800),
    ("2016-08-25T21:10:29-08:00", (2016, 8, 25, 21, 10, 29, 0), -28800),
    ("2016-08-25T21:10:29+00:00", (2016, 8, 25, 21, 10, 29, 0), 0),
    ("2016-08-25T21:10:29-00:00", (2016, 8, 25, 21, 10, 29, 0), 0),
    ("2016-08-25T21:10:29+23:59", (2016, 8, 25, 21, 10, 29, 0), 86340),
    ("2016-08-25T21:10:29+01:07", (2016, 8, 25, 21, 10, 29, 0), 4020),
    ("2016-02-29T00:00:00.000Z", (2016, 2, 29, 0, 0, 0, 0), 0),
    ("0001-01-01T00:00:00Z", (1, 1, 1, 0, 0, 0, 0), 0),
    ("0001-01-01T01:00:00+01:00", (1, 1, 1, 1, 0, 0, 0), 3600),
    ("9999-12-31T23:59:59.999999Z", (9999, 12, 31, 23, 59, 59, 999999), 0),
    ("9999-12-31T22:59:59-01:00", (9999, 12, 31, 22, 59, 59, 0), -3600),
]

INVALID = [
    "2016-08-25",  # a date alone
    "21:10:29Z",  # a time alone
    "2016-08-25T21:10:29",  # no offset
    "2016-08-25T21:10:29.600",  # no offset
    "2016-08-25 21:10:29.600Z",  # space for T
    "2016-08-25_21:10:29.600Z",
    "20160825T211029Z",  # basic form
    "2016-08-25T211029.600Z",
    "20160825T21:10:29.600Z",
    "2016-W34-4T21:10:29.600Z",  # week date
    "2016-238T21:10:29.600Z",  # ordinal date
    "2016-08-25T21:10:29,600Z",  # comma fraction
    "2016-08-25T21:10:29.Z",  # empty fraction
    "2016-08-25T21:10Z",  # no seconds
    "2016-08-25T21Z",
    "2016-08-25T21:10:29.600+0100",  # offset without colon
    "2016-08-25T21:10:29.600+01",
    "2016-08-25T21:10:29.600+01:00:00",
    "2016-08-25T21:10:29.600+24:00",  # offset too large
    "2016-08-25T21:10:29.600+01:60",
    "Thu, 25 Aug 2016 21:10:29 GMT",  # RFC 1123
    "2016-02-30T00:00:00Z",  # impossible dates and times
    "2015-02-29T00:00:00Z",
    "2016-13-01T00:00:00Z",
    "2016-00-01T00:00:00Z",
    "2016-08-32T00:00:00Z",
    "2016-08-25T24:00:00.000Z",
    "2016-08-25T24:00:00Z",
    "2016-08-25T23:60:00Z",
    "0000-01-01T00:00:00Z",  # no year 0
    "0001-01-01T00:00:00+00:01",  # UTC form in year 0
    "9999-12-31T23:59:59-00:01",  # UTC form in year 10000
    " 2016-08-25T21:10:29.600Z",  # surrounding whitespace
    "2016-08-25T21:10:29.600Z ",
    "2016-08-25T21:10:29.600Z\n",
    "\t2016-08-25T21:10:29.600Z",
    "+2016-08-25T21:10:29.600Z",  # signed or long years
    "12016-08-25T21:10:29.600Z",
    "２016-08-25T21:10:29.600Z",  # non-ASCII digits  # noqa: RUF001
    "2016-08-25T21:10:29.６00Z",  # noqa: RUF001
    "2016-08-25T21:10:29.600Ż",
    "2016-08-25T21:10:29.600ZZ",
    "",
    "Z",
]


def assert_same_as_general(text: str) -> None:
    """parse_rfc3339 (with its fast path) gives what the general path gives, zone included."""
    from wrmodel.models._time import _parse

    try:
        expected = _parse(text)
    except DecodeError:
        with pytest.raises(DecodeError):
            parse_rfc3339(text)
    else:
        got = parse_rfc3339(text)
        assert got == expected
        assert got.tzinfo is expected.tzinfo


class TestParse:
    @pytest.mark.parametrize(("text", "fields", "offset"), VALID)
    def test_valid(self, text, fields, offset):
        """Every valid spelling parses to the instant of its fields at its offset, in UTC."""
        value = parse_rfc3339(text)
        assert type(value) is pendulum.DateTime
        assert value.tzinfo is UTC
        zone = dt.timezone(dt.timedelta(seconds=offset))
        assert value == dt.datetime(*fields, tzinfo=zone)

    @pytest.mark.parametrize("text", INVALID)
    def test_invalid(self, text):
        """Everything that is not an RFC 3339 date-time is a DecodeError quoting the input."""
        with pytest.raises(DecodeError) as info:
            parse_rfc3339(text)
        assert repr(text) in str(info.value)
        assert info.value.problems[0].path == "$"

    def test_zulu_is_pendulum_utc(self):
        """Z and +00:00 give pendulum's own UTC zone, never the stdlib's."""
        assert parse_rfc3339("2016-08-25T21:10:29.600Z").tzinfo is UTC
        assert parse_rfc3339("2016-08-25T21:10:29+00:00").tzinfo is UTC

    def test_pendulum_arithmetic_works(self):
        """Parsed values behave as pendulum values (a stdlib zone would break .add())."""
        value = parse_rfc3339("2016-08-25T21:10:29.600Z").add(days=1)
        assert value.tzinfo is not None
        assert format_rfc3339(value) == "2016-08-26T21:10:29.600Z"

    def test_leap_second(self):
        """A leap second is refused with a message that says why, quoting the text."""
        with pytest.raises(
            DecodeError, match=r"leap seconds are not supported .*'2016-12-31T23:59:60Z'"
        ):
            parse_rfc3339("2016-12-31T23:59:60Z")

    @pytest.mark.parametrize(
        ("text", "utc"),
        [
            ("2016-08-25T21:10:29-02:30", (2016, 8, 25, 23, 40, 29)),
            ("2016-08-25T21:10:29+02:30", (2016, 8, 25, 18, 40, 29)),
            ("2016-08-25T21:10:29-00:01", (2016, 8, 25, 21, 11, 29)),
            ("2016-08-25T21:10:29+00:00", (2016, 8, 25, 21, 10, 29)),
            ("2016-08-25T21:10:29.5Z", (2016, 8, 25, 21, 10, 29, 500000)),
        ],
    )
    def test_offsets_both_ways(self, text, utc):
        """An offset east of UTC is subtracted, one west added, to the second."""
        assert parse_rfc3339(text) == pendulum.datetime(*utc)

    def test_offset_error_names_the_offset_rule(self):
        """An offset out of range says what range is allowed."""
        with pytest.raises(DecodeError, match=r"offset from -23:59 to \+23:59"):
            parse_rfc3339("2016-08-25T21:10:29+24:00")

    @pytest.mark.parametrize("value", [None, 1471, 1471.5, b"2016-08-25T21:10:29.600Z", ["x"]])
    def test_not_a_string(self, value):
        """Anything but a string is a DecodeError naming what came."""
        with pytest.raises(DecodeError, match=re.escape(repr(value))):
            parse_rfc3339(value)

    def test_str_subclass(self):
        """A str subclass is read as its text."""

        class Text(str):
            __slots__ = ()

        assert parse_rfc3339(Text("2016-08-25T21:10:29.600Z")) == parse_rfc3339(
            "2016-08-25T21:10:29.600Z"
        )

    @given(st.text())
    def test_fuzz(self, text):
        """Any text parses or raises DecodeError quoting the text; nothing else escapes."""
        try:
            value = parse_rfc3339(text)
        except DecodeError as error:
            assert repr(text)[:40] in str(error) or "characters" in str(error)
        else:
            assert isinstance(value, pendulum.DateTime)

    @given(st.from_regex(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", fullmatch=True))
    def test_fast_path_agrees(self, text):
        """The fast path for the API's own form agrees with the general one."""
        assert_same_as_general(text)

    @given(
        st.lists(st.tuples(st.integers(0, 23), st.characters()), max_size=4),
        st.text(max_size=3),
        st.datetimes(),
    )
    def test_fast_path_agrees_on_damaged_text(self, changes, tail, value):
        """Text of the API's shape with characters replaced or added anywhere: the fast path
        accepts exactly what the general one does, with the same value.
        """
        chars = list(f"{value.isoformat(timespec='milliseconds')}Z")
        for position, char in changes:
            chars[position] = char
        assert_same_as_general("".join(chars) + tail)

    @given(rfc3339())
    def test_generated_valid(self, text):
        """Generated valid spellings all parse, and format back to the same instant."""
        value = parse_rfc3339(text)
        assert parse_rfc3339(format_rfc3339(value)) == value


class TestFastPath:
    def test_taken_for_the_api_form(self, monkeypatch):
        """The API's own form is read without the general parser; every other form with it."""
        from wrmodel.models import _time

        general = []
        parse = _time._parse
        monkeypatch.setattr(_time, "_parse", lambda text: general.append(text) or parse(text))
        parse_rfc3339("2016-08-25T21:10:29.600Z")
        assert general == []
        others = [
            "2016-08-25t21:10:29.600Z",
            "2016-08-25T21:10:29.600z",
            "2016-08-25T21:10:29.600+00:00",
            "2016-08-25T21:10:29.6000Z",
            "2016-08-25T21:10:29Z",
        ]
        for text in others:
            assert parse_rfc3339(text) == pendulum.datetime(
                2016, 8, 25, 21, 10, 29, 600000 * ("600" in text)
            )
        assert general == others

    def test_fromisoformat_refuses_hour_24(self):
        """The fast path relies on this Python's fromisoformat refusing hour 24."""
        with pytest.raises(ValueError):
            dt.datetime.fromisoformat("2000-01-01T24:00:00.000Z")


class TestFormat:
    @pytest.mark.parametrize(
        ("text", "out"),
        [
            ("2016-08-25T21:10:29.600Z", "2016-08-25T21:10:29.600Z"),
            ("2016-08-25T21:10:29Z", "2016-08-25T21:10:29.000Z"),
            ("2016-08-25T21:10:29.000001Z", "2016-08-25T21:10:29.000001Z"),
            ("2016-08-25T21:10:29.6001Z", "2016-08-25T21:10:29.600100Z"),
            ("2016-08-25T23:10:29.6+02:00", "2016-08-25T21:10:29.600Z"),
            ("2016-08-25T01:10:29-03:30", "2016-08-25T04:40:29.000Z"),
            ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00.000Z"),
            ("9999-12-31T23:59:59.999999Z", "9999-12-31T23:59:59.999999Z"),
        ],
    )
    def test_examples(self, text, out):
        """UTC with Z, milliseconds when they suffice, microseconds otherwise."""
        assert format_rfc3339(parse_rfc3339(text)) == out

    def test_stdlib_zones(self):
        """Stdlib and zoneinfo zones are written in UTC too."""
        value = dt.datetime(2020, 6, 1, 12, tzinfo=zoneinfo.ZoneInfo("Europe/Paris"))
        assert format_rfc3339(value) == "2020-06-01T10:00:00.000Z"
        assert format_rfc3339(value.astimezone(dt.UTC)) == "2020-06-01T10:00:00.000Z"

    def test_naive(self):
        """A naive datetime cannot be written."""
        with pytest.raises(EncodeError, match="aware"):
            format_rfc3339(dt.datetime(2020, 1, 1))

    def test_not_a_datetime(self):
        """Something that is not a datetime cannot be written, and the message quotes it."""
        with pytest.raises(EncodeError, match=r"cannot write '2020-01-01' as RFC 3339"):
            format_rfc3339("2020-01-01")  # type: ignore[arg-type]

    @given(aware_datetimes())
    def test_round_trip(self, value):
        """Formatting then parsing gives the same instant, to the microsecond."""
        assert parse_rfc3339(format_rfc3339(value)) == value


class TestAsPendulum:
    def test_keeps_pendulum_values(self):
        """A pendulum value with a pendulum zone is kept as it is."""
        value = parse_rfc3339("2016-08-25T21:10:29+05:30")
        assert as_pendulum(value) is value

    def test_instants_in_utc(self):
        """Any zone becomes UTC: the same instant, held the same way."""
        for zone in (
            dt.UTC,
            dt.timezone(dt.timedelta(hours=5, minutes=30)),
            dt.timezone(dt.timedelta(seconds=-7)),
            zoneinfo.ZoneInfo("Europe/Paris"),
            pendulum.timezone("Europe/Paris"),
            FixedTimezone(3600),
        ):
            original = dt.datetime(2020, 6, 1, 12, 30, 1, 5, tzinfo=zone)
            value = as_pendulum(original)
            assert type(value) is pendulum.DateTime
            assert value.tzinfo is UTC
            assert value == original

    def test_folds_are_instants(self):
        """01:30 in New York on the night clocks go back is two instants, held apart."""
        second = pendulum.datetime(2021, 11, 7, 1, 30, tz="America/New_York")
        first = second.replace(fold=0)
        assert first == second  # the same wall clock, as Python compares one zone
        assert as_pendulum(first) != as_pendulum(second)
        assert as_pendulum(second) - as_pendulum(first) == dt.timedelta(hours=1)

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            (
                dt.datetime(2020, 1, 1),
                r"expected an aware datetime \(with a timezone\), got datetime.datetime\(2020",
            ),
            ("2020-01-01T00:00:00Z", r"expected an aware datetime, got '2020-01-01T00:00:00Z'"),
            (dt.date(2020, 1, 1), r"expected an aware datetime, got datetime.date\(2020, 1, 1\)"),
            (
                dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))),
                r"expected an instant in the years 1 to 9999 in UTC, got datetime.datetime\(1, 1",
            ),
        ],
    )
    def test_refused(self, value, message):
        """Naive values, non-datetimes and out-of-range instants are refused, quoted."""
        with pytest.raises(ValidationError, match=message):
            as_pendulum(value)

    def test_pickles(self):
        """Converted values pickle, zone included."""
        value = as_pendulum(dt.datetime(2020, 6, 1, tzinfo=dt.timezone(dt.timedelta(hours=2))))
        assert pickle.loads(pickle.dumps(value)) == value


def stamp():
    """The compiled timestamps, set up as wrmodel sets them up; a skip only where not built.

    Where ``WRMODEL_REQUIRE_COMPILED`` is set (CI), a missing module is a failure.
    """
    import importlib
    import os

    from wrmodel.models import _time

    try:
        module = importlib.import_module("wrmodel._stamp")
    except ImportError:
        if os.environ.get("WRMODEL_REQUIRE_COMPILED"):
            raise
        pytest.skip("wrmodel._stamp is not built here (no C compiler at install)")
    module.setup(UTC, _time.format_aware, pendulum.DateTime, _time._parse)
    return module


def outcome(function, value):
    """What ``function(value)`` gives: its value (with its zone), or its error and message."""
    try:
        got = function(value)
    except (DecodeError, EncodeError, TypeError, ValueError) as error:
        return type(error), str(error)
    return type(got), got, getattr(got, "tzinfo", None)


#: Text shaped like the API's form, each character from a few that matter.
SHAPED = st.text(st.sampled_from("0123456789-T:.Zz+t "), min_size=22, max_size=26) | st.builds(
    lambda y, mo, d, h, mi, s, ms: f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z",
    st.integers(0, 9999),
    st.integers(0, 13),
    st.integers(0, 32),
    st.integers(0, 25),
    st.integers(0, 61),
    st.integers(0, 61),
    st.integers(0, 999),
)


class TestCompiled:
    """The compiled timestamps give the pure-Python path's values, text and errors."""

    @given(st.text() | SHAPED)
    def test_parse_any_text(self, text):
        """Any text parses (or fails) as parse_rfc3339 does it."""
        assert outcome(stamp().parse, text) == outcome(parse_rfc3339, text)

    @pytest.mark.parametrize("text", [t for t, _, _ in VALID] + INVALID)
    def test_parse_odd_cases(self, text):
        """Every valid and invalid case of the parser, alike."""
        assert outcome(stamp().parse, text) == outcome(parse_rfc3339, text)

    @pytest.mark.parametrize("value", [b"2016-08-25T21:10:29.600Z", None, 5, ["x"]])
    def test_parse_other_types(self, value):
        """Values that are not text, and a str subclass, alike."""

        class Text(str):
            __slots__ = ()

        assert outcome(stamp().parse, value) == outcome(parse_rfc3339, value)
        text = Text("2016-08-25T21:10:29.600Z")
        assert outcome(stamp().parse, text) == outcome(parse_rfc3339, text)

    @given(aware_datetimes() | st.datetimes(timezones=st.just(UTC)))
    def test_format_any_datetime(self, value):
        """Any aware datetime is written as format_rfc3339 writes it, held in UTC or not."""
        from wrmodel.models._time import format_aware

        held = as_pendulum(value)
        assert stamp().format(held) == format_aware(held)
        assert stamp().format(value) == format_aware(value)

    def test_format_years_before_1000(self):
        """Years of fewer than four digits are written by the Python formatter, alike."""
        from wrmodel.models._time import format_aware

        for value in (pendulum.datetime(1, 1, 1), pendulum.datetime(999, 12, 31, 23, 59, 59)):
            assert (
                stamp().format(value)
                == format_aware(value)
                == f"{value.year:04d}" + (format_aware(value)[4:])
            )

    def test_in_use_where_built(self):
        """Where built (and not turned off), the codecs call the compiled functions."""
        import os

        from wrmodel.models import _time
        from wrmodel.wire import _kinds

        module = stamp()
        on = not os.environ.get("WRMODEL_PURE_PYTHON")
        assert wrmodel.COMPILED is on
        assert (_kinds.SCOPE["_parse_time"] is module.parse) is on
        assert (_time.format_fast is module.format) is on

    def test_not_built(self, monkeypatch):
        """Without the module (no compiler at install), the pure-Python path is taken."""
        import importlib

        from wrmodel.models import _time

        def missing(name):
            raise ImportError(name)

        monkeypatch.delenv("WRMODEL_PURE_PYTHON", raising=False)
        monkeypatch.setattr(importlib, "import_module", missing)
        assert _time._compiled() is None
        monkeypatch.setenv("WRMODEL_PURE_PYTHON", "1")
        assert _time._compiled() is None

    def test_set_up_when_built(self, monkeypatch):
        """Built and not refused: ``_compiled`` sets the module up (its zone, its fallbacks)."""
        from wrmodel.models import _time

        module = stamp()
        monkeypatch.delenv("WRMODEL_PURE_PYTHON", raising=False)
        assert _time._compiled() is module
        at = pendulum.datetime(2016, 8, 25, 21, 10, 29, 600000)
        parsed = module.parse("2016-08-25T21:10:29.600Z")  # in C
        assert (parsed, type(parsed), parsed.tzinfo) == (at, pendulum.DateTime, UTC)
        assert module.parse("2016-08-25T23:10:29.6+02:00") == at  # handed to Python
        with pytest.raises(wrmodel.DecodeError, match="RFC 3339"):
            module.parse("2016-08-25")
        assert module.format(at) == "2016-08-25T21:10:29.600Z"  # in C
        assert module.format(at.add(microseconds=1)) == "2016-08-25T21:10:29.600001Z"  # Python
        monkeypatch.setenv("WRMODEL_PURE_PYTHON", "1")
        assert _time._compiled() is None

    def test_setup_checks_its_class(self):
        """setup() refuses a class that is not a datetime's."""
        with pytest.raises(TypeError, match="datetime class"):
            stamp().setup(UTC, str, int, str)
        stamp()


@pytest.mark.slow
class TestCompiledFuzz:
    @settings(max_examples=20_000, deadline=None)
    @given(st.text() | SHAPED | st.binary().map(lambda b: b.decode("latin-1")))
    def test_parse(self, text):
        """Many more texts, the compiled parser against the Python one."""
        assert outcome(stamp().parse, text) == outcome(parse_rfc3339, text)

    @settings(max_examples=20_000, deadline=None)
    @given(st.datetimes(timezones=st.sampled_from([UTC, dt.UTC, FixedTimezone(3600)])))
    def test_format(self, value):
        """Many more datetimes, the compiled formatter against the Python one."""
        from wrmodel.models._time import format_aware

        assert stamp().format(value) == format_aware(value)
