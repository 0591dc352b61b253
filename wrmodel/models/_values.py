"""Converters of the kinds other services' work requests add.

Integers, booleans, arrays of strings or integers, string maps (freeform tags), defined tags
and free JSON.

Each checks exactly (``True`` is no integer, ``1.0`` no integer, ``"1"`` no number) and holds
the value deeply immutable: arrays as tuples, objects as ``FrozenDict``. The ``*_of``
converters take ``None`` (an optional field left out); a required field's refuses it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import pendulum

from wrmodel._errors import expected, fail, key_path
from wrmodel.exceptions import Problem, ValidationError

from ._frozen import FrozenDict, NotJSONError, freeze
from ._models import to_timestamp
from ._percent import to_percent

_S = TypeVar("_S", str, int)


def to_int(value: int) -> int:
    if value.__class__ is int:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)  # a subclass (an IntEnum...) held as a plain int
    return fail(expected("an integer", value))


def to_optional_int(value: int | None) -> int | None:
    return None if value is None else to_int(value)


def to_bool(value: bool) -> bool:
    if value is True or value is False:
        return value
    return fail(expected("a boolean", value))


def to_optional_bool(value: bool | None) -> bool | None:
    return None if value is None else to_bool(value)


def scalars_of(cls: type[_S], value: Sequence[_S] | None) -> tuple[_S, ...] | None:
    """The items of an array of strings or of integers, as a tuple of plain values."""
    if value is None:
        return None
    what = "strings" if cls is str else "integers"
    if isinstance(value, str | bytes | bytearray) or not isinstance(value, Sequence):
        fail(expected(f"an array of {what}", value))
    convert: Any = to_string_item if cls is str else to_int
    items, bad = [], []
    for i, item in enumerate(value):
        try:
            items.append(convert(item))
        except ValidationError as error:
            bad.append(Problem(f"$[{i}]", error.problems[0].message))
    if bad:
        raise ValidationError(bad)
    return tuple(items)


def to_string_item(value: str) -> str:
    if value.__class__ is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    return fail(expected("a string", value))


def string_map_of(value: Mapping[str, str] | None) -> FrozenDict[str, str] | None:
    """A map of strings to strings (freeform tags), its keys in one order."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        fail(expected("an object of strings", value))
    bad = [
        Problem(key_path("$", k), expected("a string", v))
        for k, v in value.items()
        if not isinstance(v, str)
    ]
    if bad or not all(isinstance(k, str) for k in value):
        raise ValidationError(bad or [Problem("$", expected("an object of strings", value))])
    return FrozenDict(sorted((str.__str__(k), str.__str__(v)) for k, v in value.items()))


def json_of(value: Any) -> Any:
    """Any JSON value, frozen (``None`` is a field left out)."""
    try:
        return freeze(value)
    except NotJSONError as error:
        problem = Problem("$" + error.where, expected("JSON data", error.value))
        raise ValidationError([problem]) from None
    except ValueError as error:
        return fail(f"expected JSON data: {error}")


def tags_of(
    value: Mapping[str, Mapping[str, Any]] | None,
) -> FrozenDict[str, FrozenDict[str, Any]] | None:
    """Defined tags: an object of namespaces, each an object of keys to JSON values."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        fail(expected("an object of objects", value))
    bad = [
        Problem(key_path("$", k), expected("an object", v))
        for k, v in value.items()
        if not isinstance(v, Mapping)
    ]
    if bad:
        raise ValidationError(bad)
    frozen: FrozenDict[str, FrozenDict[str, Any]] = json_of(value)
    return frozen


# A required field's converters: the optional one, refusing None as not what it expects.
# Named functions, for the generated modules to name (``converter=required_time``).


def required_time(value: dt.datetime) -> pendulum.DateTime:
    time = to_timestamp(value)
    return fail(expected("an aware datetime", value)) if time is None else time


def required_percent(value: float) -> float:
    percent = to_percent(value)
    return fail(expected("a number", value)) if percent is None else percent


def strings_of(value: Sequence[str] | None) -> tuple[str, ...] | None:
    return scalars_of(str, value)


def ints_of(value: Sequence[int] | None) -> tuple[int, ...] | None:
    return scalars_of(int, value)


def required_strings(value: Sequence[str]) -> tuple[str, ...]:
    items = scalars_of(str, value)
    return fail(expected("an array of strings", value)) if items is None else items


def required_ints(value: Sequence[int]) -> tuple[int, ...]:
    items = scalars_of(int, value)
    return fail(expected("an array of integers", value)) if items is None else items


def required_string_map(value: Mapping[str, str]) -> Mapping[str, str]:
    held = string_map_of(value)
    return fail(expected("an object of strings", value)) if held is None else held


def required_tags(value: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Mapping[str, Any]]:
    held = tags_of(value)
    return fail(expected("an object of objects", value)) if held is None else held


def required_json(value: object) -> object:
    held = json_of(value)
    return fail(expected("JSON data", value)) if held is None else held
