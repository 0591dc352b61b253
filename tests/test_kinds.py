"""The kinds of field: each field's kind comes from its type, and unknown types are refused."""

import attrs
import pendulum
import pytest

from wrmodel import ActionType, WorkRequest, WorkRequestLogEntry
from wrmodel.models._kinds import KINDS, kind_of
from wrmodel.models._names import camel
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
        }

    def test_every_kind_is_used(self):
        """The models use every kind of the table (none is dead)."""
        used = {f.kind for cls in (WorkRequest, Everything) for f in fields_of(cls, camel)}
        assert used == set(KINDS)

    def test_every_kind_has_a_wire_form(self):
        """The wire layer's table has a form for each kind of the models' table, in order."""
        assert list(FORMS) == list(KINDS)

    @pytest.mark.parametrize(
        "tp",
        [int, bool, dict, list[str], tuple[str, ...], tuple[WorkRequest, int], str | int, bytes],
    )
    def test_unsupported(self, tp):
        """A type no kind recognises is a TypeError naming the field, never a guess."""

        @attrs.frozen
        class Odd:
            value: tp  # type: ignore[valid-type]

        with pytest.raises(TypeError, match=r"unsupported field type .* of Odd\.value"):
            fields_of(Odd, camel)

    def test_a_declared_model_field_is_refused(self):
        """A family's field of a model class is not declared as a field (but as a class)."""
        model = KINDS["model"]
        with pytest.raises(TypeError, match=r"X\.entry: a model as a field is not declared"):
            model.converter(WorkRequestLogEntry, True, "X.entry")

    def test_kind_of_names_the_kinds(self):
        """The error lists the kinds there are."""
        with pytest.raises(TypeError, match="str, enum, time, percent, model, list"):
            kind_of(int, "X.n")
