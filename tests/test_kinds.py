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
