"""Deeply immutable, hashable JSON values, for what a model keeps of unknown keys.

They compare as JSON does, not as Python does: ``true``, ``1`` and ``1.0`` are three values,
and so are ``0.0`` and ``-0.0``; an object's keys are held sorted (JSON gives them no order),
and compared in that order. So two kept values are equal exactly when they are written the
same.
"""

from __future__ import annotations

import functools
import math
import sys
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn, TypeVar

from wrmodel._errors import key_path, show

_K = TypeVar("_K")
_V = TypeVar("_V")


class FrozenDict(Mapping[_K, _V]):
    """A read-only, hashable mapping, equal to another holding the same JSON.

    >>> d = FrozenDict({"a": 1})
    >>> d["a"], d == {"a": 1}, d == {"a": True}, hash(d) == hash(FrozenDict(a=1))
    (1, True, False, True)
    >>> d["b"] = 2
    Traceback (most recent call last):
    ...
    TypeError: 'FrozenDict' object does not support item assignment
    """

    __slots__ = ("_data", "_json")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._data: dict[_K, _V] = dict(*args, **kwargs)
        self._json: tuple[Any, ...] | None = None

    def _as_json(self) -> tuple[Any, ...]:
        """What tells it apart, as JSON: its items, scalars with their JSON type."""
        if self._json is None:
            self._json = as_json(self._data)
        return self._json

    def __getitem__(self, key: _K) -> _V:
        return self._data[key]

    def __iter__(self) -> Iterator[_K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenDict):
            return self._as_json() == other._as_json()
        return self._as_json() == as_json(other) if isinstance(other, dict) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._as_json())

    def __repr__(self) -> str:
        return repr(self._data)

    def __setitem__(self, key: _K, value: _V) -> NoReturn:
        raise TypeError("'FrozenDict' object does not support item assignment")

    def __reduce__(self) -> tuple[type[FrozenDict[_K, _V]], tuple[dict[_K, _V]]]:
        return type(self), (self._data,)


#: How deeply kept values may nest, by default: far beyond what work requests hold, well
#: within what Python's recursion (freezing, hashing, comparing) allows.
MAX_DEPTH = 64


def as_json(value: Any) -> Any:
    """A hashable form of JSON data that two values share only if they are written the same."""
    cls = value.__class__
    if value is None or cls is str:
        return value
    if cls is float:
        return (float, value, math.copysign(1.0, value))  # -0.0 is not 0.0
    if cls in (bool, int):
        return (cls, value)
    if isinstance(value, Mapping):
        return (dict, tuple(sorted((k, as_json(v)) for k, v in value.items())))
    if isinstance(value, list | tuple):
        return (list, tuple(map(as_json, value)))
    return (cls, value)


class NotJSONError(TypeError):
    """A value JSON cannot hold; ``where`` is its place inside the value given (``[2].a``)."""

    def __init__(self, value: Any, where: str = "") -> None:
        super().__init__(value, where)
        self.value = value
        self.where = where

    def __str__(self) -> str:
        return f"not JSON data{' at ' + self.where if self.where else ''}: {show(self.value)}"


def freeze(value: Any, max_depth: int = MAX_DEPTH) -> Any:
    """``value`` (JSON-ready data) with arrays as tuples and objects as ``FrozenDict``.

    Subclasses of ``str``, ``int`` and ``float`` become the plain types. Raises
    ``NotJSONError`` (a ``TypeError``) for what JSON cannot hold, or what ``loads`` could not
    read back (NaN, infinities, integers longer than Python reads), ``ValueError`` past
    ``max_depth``.
    """
    cls = value.__class__
    if value is None or cls is str or cls is bool:
        return value
    if cls is int or cls is float:
        if not _readable(value):
            raise NotJSONError(value)
        return value
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int | float):
        return freeze(int(value) if isinstance(value, int) else float(value), max_depth)
    if max_depth <= 0:
        raise ValueError("nested too deeply")
    if isinstance(value, list | tuple):
        return tuple(_at(f"[{i}]", v, max_depth) for i, v in enumerate(value))
    if isinstance(value, Mapping) and all(isinstance(k, str) for k in value):
        items = sorted(value.items())  # JSON objects have no order: kept in one
        return FrozenDict({k: _at(key_path("", k), v, max_depth) for k, v in items})
    raise NotJSONError(value)


def _at(where: str, value: Any, max_depth: int) -> Any:
    """``freeze(value)``, saying where in the outer value what JSON cannot hold is."""
    try:
        return freeze(value, max_depth - 1)
    except NotJSONError as error:
        raise NotJSONError(error.value, where + error.where) from None


#: The longest number ``loads`` reads (msgspec's limit, whatever Python's is): 4 300
#: characters, a minus sign included.
_READ = 4300


def _readable(number: float) -> bool:
    """Whether ``loads`` reads ``number`` back as it is: finite, not too long to write or read."""
    if number.__class__ is float:
        return math.isfinite(number)
    if abs(number) < 2**63:
        return True
    written = abs(number) < _longest(sys.get_int_max_str_digits())
    return written and -_longest(_READ - 1) < number < _longest(_READ)


@functools.cache
def _longest(digits: int) -> float:
    """The first integer too long for Python to read, with ``digits`` at most (0: no limit)."""
    return math.inf if not digits else 10**digits


def thaw(value: Any) -> Any:
    """The JSON-ready data of a frozen value: tuples as lists, ``FrozenDict`` as dicts."""
    if isinstance(value, tuple):
        return [thaw(v) for v in value]
    if isinstance(value, FrozenDict):
        return {k: thaw(v) for k, v in value.items()}
    return value
