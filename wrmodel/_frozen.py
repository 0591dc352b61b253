"""Deeply immutable, hashable JSON values, for what a model keeps of unknown keys."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NoReturn, TypeVar

from ._errors import show

_K = TypeVar("_K")
_V = TypeVar("_V")


class FrozenDict(Mapping[_K, _V]):
    """A read-only, hashable mapping.

    >>> d = FrozenDict({"a": 1})
    >>> d["a"], d == {"a": 1}, hash(d) == hash(FrozenDict(a=1))
    (1, True, True)
    >>> d["b"] = 2
    Traceback (most recent call last):
    ...
    TypeError: 'FrozenDict' object does not support item assignment
    """

    __slots__ = ("_data", "_hash")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._data: dict[_K, _V] = dict(*args, **kwargs)
        self._hash: int | None = None

    def __getitem__(self, key: _K) -> _V:
        return self._data[key]

    def __iter__(self) -> Iterator[_K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenDict):
            return self._data == other._data
        return self._data == other if isinstance(other, dict) else NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __repr__(self) -> str:
        return repr(self._data)

    def __setitem__(self, key: _K, value: _V) -> NoReturn:
        raise TypeError("'FrozenDict' object does not support item assignment")

    def __reduce__(self) -> tuple[type[FrozenDict[_K, _V]], tuple[dict[_K, _V]]]:
        return type(self), (self._data,)


#: How deeply kept values may nest, by default: far beyond what work requests hold, well
#: within what Python's recursion (freezing, hashing, comparing) allows.
MAX_DEPTH = 64


def freeze(value: Any, max_depth: int = MAX_DEPTH) -> Any:
    """``value`` (JSON-ready data) with arrays as tuples and objects as ``FrozenDict``.

    Raises ``TypeError`` for what JSON cannot hold, ``ValueError`` past ``max_depth``.
    """
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if max_depth <= 0:
        raise ValueError("nested too deeply")
    if isinstance(value, list | tuple):
        return tuple(freeze(v, max_depth - 1) for v in value)
    if isinstance(value, Mapping) and all(isinstance(k, str) for k in value):
        return FrozenDict({k: freeze(v, max_depth - 1) for k, v in value.items()})
    raise TypeError(f"not JSON data: {show(value)}")


def thaw(value: Any) -> Any:
    """The JSON-ready data of a frozen value: tuples as lists, ``FrozenDict`` as dicts."""
    if isinstance(value, tuple):
        return [thaw(v) for v in value]
    if isinstance(value, FrozenDict):
        return {k: thaw(v) for k, v in value.items()}
    return value
