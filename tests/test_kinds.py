"""The kinds of field: each field's kind comes from its type, and unknown types are refused."""

import importlib
from collections.abc import Mapping
from typing import Any

import attrs
import pendulum
import pytest

from wrmodel import ActionType, ValidationError, WorkRequest, WorkRequestLogEntry
from wrmodel.models._kinds import KINDS, kind_of
from wrmodel.models._names import camel
from wrmodel.services import SERVICES
from wrmodel.wire._kinds import FORMS
from wrmodel.wire._styles import fields_of


@attrs.frozen
class Everything:
    text: str
    action: ActionType
    at: pendulum.DateTime | None
    percent: float | None
    entry: WorkRequestLogEntry
    entries: tuple[WorkRequestLogEntry, ...] | None
    count: int
    flag: bool | None
    names: tuple[str, ...]
    numbers: tuple[int, ...] | None
    tags: Mapping[str, str]
    defined: Mapping[str, Mapping[str, Any]] | None
    payload: object


class TestFieldsOf:
    def test_each_kind(self):
        """Each field's kind, requiredness and what the kind needs, from its type."""
        got = {f.name: (f.kind, f.required, f.of) for f in fields_of(Everything, camel)}
        assert got == {
            "text": ("str", True, None),
            "action": ("enum", True, ActionType),
            "at": ("time", False, None),
            "percent": ("percent", False, None),
            "entry": ("model", True, WorkRequestLogEntry),
            "entries": ("list", False, WorkRequestLogEntry),
            "count": ("int", True, None),
            "flag": ("bool", False, None),
            "names": ("scalars", True, str),
            "numbers": ("scalars", False, int),
            "tags": ("map", True, None),
            "defined": ("tags", False, None),
            "payload": ("json", True, None),
        }

    def test_every_kind_is_used(self):
        """The services' models use every kind of the table (none is dead)."""
        used = {
            f.kind
            for service in SERVICES
            for cls in importlib.import_module(f"wrmodel.services.{service}").CLASSES
            for f in fields_of(cls, camel)
        }
        assert used == set(KINDS)

    def test_every_kind_has_a_wire_form(self):
        """The wire layer's table has a form for each kind of the models' table, in order."""
        assert list(FORMS) == list(KINDS)

    @pytest.mark.parametrize(
        "tp",
        [
            float | int,
            dict,
            list[str],
            tuple[float, ...],
            tuple[WorkRequest, int],
            Mapping[str, int],
            str | int,
            bytes,
        ],
    )
    def test_unsupported(self, tp):
        """A type no kind recognises is a TypeError naming the field, never a guess."""

        @attrs.frozen
        class Odd:
            value: tp  # type: ignore[valid-type]

        with pytest.raises(TypeError, match=r"unsupported field type .* of Odd\.value"):
            fields_of(Odd, camel)

    def test_a_model_field_takes_its_class(self):
        """A field holding one model takes an instance of its class, None where optional."""
        required = KINDS["model"].converter(WorkRequestLogEntry, True, "X.entry")
        optional = KINDS["model"].converter(WorkRequestLogEntry, False, "X.entry")
        entry = WorkRequestLogEntry(message="m")
        assert required(entry) is entry
        assert optional(None) is None
        for convert, bad in ((required, None), (optional, {"message": "m"})):
            with pytest.raises(ValidationError, match="expected a WorkRequestLogEntry, got"):
                convert(bad)

    def test_kind_of_names_the_kinds(self):
        """The error lists the kinds there are."""
        with pytest.raises(TypeError, match="str, enum, time, percent, int, bool, scalars"):
            kind_of(bytes, "X.n")


class TestNewKinds:
    """The kinds other services add: strict, immutable, and named by path when refused."""

    @staticmethod
    def made(required: bool) -> type:
        from wrmodel.models._families import model

        fields = [
            ("count", int, required),
            ("flag", bool, required),
            ("names", tuple[str, ...], required),
            ("numbers", tuple[int, ...], required),
            ("tags", Mapping[str, str], required),
            ("defined", Mapping[str, Mapping[str, Any]], required),
            ("payload", object, required),
            ("entry", WorkRequestLogEntry, required),
        ]
        return model("Kinds", fields, "Every new kind.", module=__name__)

    def test_values_held_immutable(self):
        """Arrays as tuples, objects as read-only mappings, int subclasses as plain ints."""
        import enum

        class Code(enum.IntEnum):
            ONE = 1

        kinds = self.made(required=True)
        obj = kinds(
            count=Code.ONE,
            flag=False,
            names=["a"],
            numbers=(1, 2),
            tags={"b": "2", "a": "1"},
            defined={"ns": {"k": [1]}},
            payload=[{"x": None}],
            entry=WorkRequestLogEntry(message="m"),
        )
        assert type(obj.count) is int
        assert (obj.names, obj.numbers, list(obj.tags)) == (("a",), (1, 2), ["a", "b"])
        assert obj.defined["ns"]["k"] == (1,)
        assert obj.payload == ({"x": None},)
        assert hash(obj) == hash(
            kinds(**{f.name: getattr(obj, f.name) for f in attrs.fields(kinds)})
        )

    @pytest.mark.parametrize(
        ("field", "bad", "message"),
        [
            ("count", True, r"\$\.count: expected an integer, got True"),
            ("count", 1.0, r"\$\.count: expected an integer, got 1\.0"),
            ("flag", 1, r"\$\.flag: expected a boolean, got 1"),
            ("names", "ab", r"\$\.names: expected an array of strings, got 'ab'"),
            ("names", ["a", 1], r"\$\.names\[1\]: expected a string, got 1"),
            ("numbers", [1, True], r"\$\.numbers\[1\]: expected an integer, got True"),
            ("tags", ["a"], r"\$\.tags: expected an object of strings"),
            ("tags", {"a": 1}, r"\$\.tags\.a: expected a string, got 1"),
            ("tags", {1: "a"}, r"\$\.tags: expected an object of strings"),
            ("defined", "x", r"\$\.defined: expected an object of objects, got 'x'"),
            ("defined", {"ns": 1}, r"\$\.defined\.ns: expected an object, got 1"),
            ("payload", {"a": {1, 2}}, r"\$\.payload\.a: expected JSON data, got \{1, 2\}"),
            ("entry", {"message": "m"}, r"\$\.entry: expected a WorkRequestLogEntry"),
        ],
    )
    def test_refused_by_path(self, field, bad, message):
        """A value of another type is refused at its path, never coerced."""
        kinds = self.made(required=False)
        with pytest.raises(ValidationError, match=message):
            kinds(**{field: bad})

    def test_strings_of_subclasses_and_too_deep(self):
        """String subclasses are held as plain strings; JSON nested too deeply is refused."""
        kinds = self.made(required=False)

        class Text(str):
            __slots__ = ()

        assert type(kinds(names=[Text("a")]).names[0]) is str
        deep: Any = []
        for _ in range(100):
            deep = [deep]
        with pytest.raises(ValidationError, match=r"\$\.payload: expected JSON data: nested"):
            kinds(payload=deep)

    def test_required_refuses_none(self):
        """Each required field of a new kind refuses None, naming what it expects."""
        kinds = self.made(required=True)
        with pytest.raises(ValidationError) as caught:
            kinds(**dict.fromkeys(attrs.fields_dict(kinds).keys() - {"unknown"}))
        messages = {p.path: p.message for p in caught.value.problems}
        assert messages["$.names"] == "expected an array of strings, got None"
        assert messages["$.entry"] == "expected a WorkRequestLogEntry, got None"
        assert messages["$.payload"] == "expected JSON data, got None"
