"""wrmodel.strategies: objects and documents of every family, valid by construction."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wrmodel
from wrmodel import FAMILIES
from wrmodel.strategies import documents, objects

CLASSES = [cls for family in FAMILIES for cls in family.classes]
STYLES = ["api", "sdk", "cli"]


def name(cls):
    return f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__name__}"


@pytest.mark.parametrize("cls", CLASSES, ids=name)
class TestEveryClass:
    @settings(max_examples=8)
    @given(data=st.data())
    def test_objects_round_trip(self, cls, data):
        """Every object, with unknown values and keys, reads back from every style."""
        obj = data.draw(objects(cls, unknown_values=True, unknown_keys=True))
        assert isinstance(obj, cls)
        for style in STYLES:
            assert wrmodel.loads(wrmodel.dumps(obj, style=style), cls, style=style) == obj

    @settings(max_examples=8)
    @given(data=st.data())
    def test_documents_are_read(self, cls, data):
        """Every document is read in its style, into the object it was written from."""
        style = data.draw(st.sampled_from(STYLES))
        doc = data.draw(documents(cls, style=style))
        obj = wrmodel.structure(doc, cls, style=style)
        assert wrmodel.unstructure(obj, style=style) == doc

    @settings(max_examples=8)
    @given(data=st.data())
    def test_plain_objects_are_strict(self, cls, data):
        """Without the knobs, nothing is unknown: a forbidding converter takes every one."""
        obj = data.draw(objects(cls))
        strict = wrmodel.make_converter(unknown="forbid")
        assert strict.loads(wrmodel.dumps(obj), cls) == obj
        assert getattr(obj, "unknown", None) is None


@settings(max_examples=8)
@given(objects(wrmodel.events.Corrected, unknown_values=True))
def test_events_too(event):
    """Classes that hold a model (events) are made too, and read back."""
    assert wrmodel.loads(wrmodel.dumps(event), wrmodel.events.Event) == event
