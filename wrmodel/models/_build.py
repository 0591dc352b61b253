"""The one way wrmodel makes a model object without its ``__init__``.

The decoders, the C engine's builders, the transitions and ``watch`` have values already
checked: they make the object as its class's *twin* (the same bases and slots, but no frozen
``__setattr__``), set its attributes, then make it the class itself (``obj.__class__ = cls``,
which Python allows between classes of the same layout, and checks). Three times faster than a
call of each slot's setter on the frozen class.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from wrmodel._compile import compile_function

_T = TypeVar("_T")


@functools.cache
def twin(cls: type) -> type:
    """A class with ``cls``'s bases and slots but no frozen ``__setattr__``; made once."""
    made = type(f"{cls.__name__}Twin", cls.__bases__, {"__slots__": cls.__slots__})  # type: ignore[attr-defined]
    probe: Any = object.__new__(made)
    probe.__class__ = cls  # raises TypeError now if the layouts differ
    return made


def build(cls: type[_T], values: Mapping[str, Any]) -> _T:
    """An object of ``cls`` holding ``values`` (every attribute), its converters not run."""
    obj: Any = object.__new__(twin(cls))  # type: ignore[arg-type]
    for name, value in values.items():
        setattr(obj, name, value)
    obj.__class__ = cls
    return obj  # type: ignore[no-any-return]


def build_lines(cls: type, out: str, body: list[str], scope: dict[str, Any]) -> list[str]:
    """Generated code that makes local ``out`` an object of ``cls``, ``body`` setting its slots.

    ``body`` sets every attribute (``out.name = ...``), between making the twin and making it
    ``cls``. The names the lines use (``_WorkRequest``, ``_WorkRequestTwin``, ``_new``) are
    put in ``scope``.
    """
    name = f"_{cls.__name__}"
    scope.update({name: cls, f"{name}Twin": twin(cls), "_new": object.__new__})
    return [f"{out} = _new({name}Twin)", *body, f"{out}.__class__ = {name}"]


@functools.cache
def _copier(cls: type) -> Callable[[Any, dict[str, Any]], Any]:
    """A function that copies an instance of ``cls`` with changes; made on first use."""
    body = [f"n.{f.name} = o.{f.name}" for f in attrs.fields(cls)]
    body += ["for name, value in changes.items():", "    setattr(n, name, value)"]
    scope: dict[str, Any] = {}
    lines = [
        "def copy(o, changes):",
        *(f"    {line}" for line in build_lines(cls, "n", body, scope)),
    ]
    return compile_function([*lines, "    return n"], scope, f"<wrmodel copy {cls.__name__}>")


def evolve(obj: _T, /, **changes: Any) -> _T:
    """A copy of model ``obj`` with ``changes``, built directly, without running converters.

    For callers that have already validated the changed values (the transitions); unlike
    ``attrs.evolve``, the fields that do not change are not checked again.
    """
    cls = type(obj)
    if "__wrmodel_family__" not in cls.__dict__:  # a subclass of the caller's: the general way
        return attrs.evolve(obj, **changes)  # type: ignore[misc]
    return _copier(cls)(obj, changes)  # type: ignore[arg-type,no-any-return]
