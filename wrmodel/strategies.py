"""Hypothesis strategies for your own tests: objects and wire documents of every family.

Needs Hypothesis (``pip install 'wrmodel[strategies]'``). Every value is valid by
construction, and ``loads(dumps(x)) == x`` holds for each, in every style:

- ``objects(cls)``: instances of a model class of any family (a declared one too);
- ``documents(cls, style="api")``: the JSON-ready data of such an object in a style, what a
  service sends;

with knobs for what a newer API sends: ``unknown_values`` (enum strings this version does
not know, kept) and ``unknown_keys`` (keys it does not know, with JSON values, kept).

>>> from hypothesis import given
>>> import wrmodel
>>> @given(objects(wrmodel.TaggingWorkRequest, unknown_values=True))
... def test_round_trip(tag):
...     assert wrmodel.loads(wrmodel.dumps(tag), wrmodel.TaggingWorkRequest) == tag
>>> test_round_trip()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover (the extra is installed for the tests)
    raise ImportError("wrmodel.strategies needs Hypothesis: pip install hypothesis") from error

from .models._models import Unknown
from .models._names import snake
from .models._percent import PERCENT
from .wire._converter import unstructure
from .wire._styles import Field, StyleName, fields_of

__all__ = ("documents", "objects")

_T = TypeVar("_T")

#: Text JSON can carry (UTF-8 cannot encode lone surrogates).
_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=20)
#: Instants the wire holds: the years 1 to 9999 in UTC, to the microsecond, in any offset.
_TIMES = st.datetimes(
    min_value=dt.datetime(2, 1, 1),  # noqa: DTZ001 (made aware below)
    max_value=dt.datetime(9998, 12, 31),  # noqa: DTZ001
    timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=5, minutes=30))]),
)
#: Values a newer API may send under a key this version does not know.
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=6,
)
#: Integers the wire holds exactly (msgspec reads 64 bits).
_INTS = st.integers(-(2**63), 2**64 - 1)
#: Enum values no enum of wrmodel knows.
_NEW_VALUES = st.sampled_from(["WAITING", "NEEDS_ATTENTION", "MOVED_ELSEWHERE"])


def objects(
    cls: type[_T], *, unknown_values: bool = False, unknown_keys: bool = False
) -> st.SearchStrategy[_T]:
    """Instances of model class ``cls``, valid by construction.

    ``unknown_values``: enum fields may hold strings this version does not know (kept as
    raw strings, written back as they came); ``unknown_keys``: objects may keep keys this
    version does not know. Never the SDK's placeholder alone, which is not written.
    """
    knobs = {"unknown_values": unknown_values, "unknown_keys": unknown_keys}
    # Every field but those derived from the others (an event's model).
    given = {f.name for f in attrs.fields(cls) if f.init}  # type: ignore[arg-type]
    fields = {f.name: _value(f, knobs) for f in fields_of(cls, snake) if f.name in given}
    if unknown_keys:
        # Keys in camelCase that every style's naming converts exactly, and no field's.
        key = st.from_regex(r"[a-z]{1,6}([A-Z][a-z]{1,5})?", fullmatch=True)
        key = key.filter(lambda k: snake(k) not in fields)
        fields["unknown"] = st.builds(Unknown, keys=st.dictionaries(key, _JSON, max_size=2))
    return st.builds(cls, **fields)


def documents(
    cls: type, *, style: StyleName = "api", unknown_values: bool = False, unknown_keys: bool = False
) -> st.SearchStrategy[dict[str, Any]]:
    """JSON-ready documents of ``cls`` in ``style``, as a service sends them.

    The wire form of ``objects(cls, ...)``: ``structure(doc, cls, style=style)`` reads each.
    """
    made: st.SearchStrategy[Any] = objects(
        cls, unknown_values=unknown_values, unknown_keys=unknown_keys
    )
    return made.map(lambda obj: unstructure(obj, style=style))


def _value(f: Field, knobs: dict[str, bool]) -> st.SearchStrategy[Any]:
    """Values of field ``f``: None too when it is optional."""
    value = _KINDS[f.kind](f.of, knobs)
    return value if f.required else st.none() | value


def _enum(of: Any, knobs: dict[str, bool]) -> st.SearchStrategy[Any]:
    known = st.sampled_from([m for m in of if m.name != "UNKNOWN_ENUM_VALUE"])
    return known | _NEW_VALUES if knobs["unknown_values"] else known


#: The values of each kind of field, from what the kind needs to know and the knobs.
_KINDS: dict[str, Callable[[Any, dict[str, bool]], st.SearchStrategy[Any]]] = {
    "str": lambda _of, _knobs: _TEXT,
    "enum": _enum,
    "time": lambda _of, _knobs: _TIMES,
    "percent": lambda _of, _knobs: st.floats(*PERCENT) | st.integers(*PERCENT),
    "int": lambda _of, _knobs: _INTS,
    "bool": lambda _of, _knobs: st.booleans(),
    "scalars": lambda of, _knobs: st.lists(_TEXT if of is str else _INTS, max_size=3),
    "map": lambda _of, _knobs: st.dictionaries(_TEXT, _TEXT, max_size=3),
    "tags": lambda _of, _knobs: st.dictionaries(
        _TEXT, st.dictionaries(_TEXT, _JSON, max_size=2), max_size=2
    ),
    "json": lambda _of, _knobs: _JSON.filter(lambda v: v is not None),  # null: left out
    "model": lambda of, knobs: objects(of, **knobs),
    "list": lambda of, knobs: st.lists(objects(of, **knobs), max_size=3),
}
