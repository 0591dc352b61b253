"""What every model is made of: the base class, the field converters, ``Unknown``.

The model classes (identity's in ``_identity``, the other families' in ``_generated*``) are
generated from ``_declarations``. Each field's converter checks and normalises what it is
given (strings for enums, lists for tuples, any aware datetime for a ``pendulum.DateTime``),
so an instance is deeply immutable and valid however it was made.

Every model ends with ``unknown``: what a newer API sent that this version does not know
(an enum value, a key), kept so that nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, overload

import attrs
import pendulum

from wrmodel._errors import expected, fail, show
from wrmodel.exceptions import Problem, ValidationError

from ._enums import KNOWN, enum_of
from ._frozen import FrozenDict, NotJSONError, freeze
from ._names import camel
from ._time import as_pendulum

_T = TypeVar("_T")
_E = TypeVar("_E", bound=enum.StrEnum)


# Converters: named functions (mypy's attrs plugin reads their argument types as those of
# ``__init__``). They raise ``ValidationError`` at ``$``; ``_model`` adds the field's name.


def to_string(value: str) -> str:
    if value.__class__ is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)  # a str subclass (an enum member, say) is held as a str
    return fail(expected("a string", value))


def to_optional_string(value: str | None) -> str | None:
    return None if value is None else to_string(value)


def to_enum(cls: type[_E], value: _E | str) -> _E:
    if not isinstance(value, str):
        fail(expected(f"a string ({cls.__name__})", value))
    return KNOWN[cls].get(value, cls["UNKNOWN_ENUM_VALUE"])  # type: ignore[return-value]


def to_timestamp(value: dt.datetime | None) -> pendulum.DateTime | None:
    return None if value is None else as_pendulum(value)


def tuple_of(cls: type[_T], value: Sequence[_T] | None) -> tuple[_T, ...] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes | bytearray) or not isinstance(value, Sequence):
        fail(expected(f"a sequence of {cls.__name__}", value))
    items = tuple(value)
    bad = [
        Problem(f"$[{i}]", expected(f"a {cls.__name__}", item))
        for i, item in enumerate(items)
        if not isinstance(item, cls)
    ]
    if bad:
        raise ValidationError(bad)
    return items


def instance_of(cls: type[_T], value: _T | None) -> _T | None:
    if value is None or isinstance(value, cls):
        return value
    return fail(expected(f"a {cls.__name__}", value))


def _strings(value: Mapping[str, str]) -> FrozenDict[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        fail(expected("a mapping of strings to strings", value))
    # In one order (they are written in the fields, not as an object), as plain strings.
    return FrozenDict(sorted((str.__str__(k), str.__str__(v)) for k, v in value.items()))


def _json_object(value: Mapping[str, Any]) -> FrozenDict[str, Any]:
    if isinstance(value, FrozenDict) and list(value) == sorted(value):  # made by freeze
        return value
    if not isinstance(value, Mapping):
        fail(expected("a mapping of keys to JSON values", value))
    try:
        frozen: FrozenDict[str, Any] = freeze(value)
    except NotJSONError as error:
        problem = Problem("$" + error.where, expected("a JSON value", error.value))
        raise ValidationError([problem]) from None
    except ValueError as error:
        fail(f"expected JSON values: {error}")
    return frozen


#: pydantic's hooks, by name (``core_schema``, ``json_schema``): registered by the layer that
#: reads and writes JSON (``io._pydantic``) when it is imported; they import pydantic only
#: when pydantic asks, so models know nothing of JSON or of pydantic.
PYDANTIC_HOOKS: dict[str, Callable[..., Any]] = {}


class Model:
    """The base of every model and event: each attrs class made from it is finished by ``_model``.

    Subclasses of the caller's (``@attrs.frozen class Mine(WorkRequest)``) are finished the
    same way, so they too report bad arguments at their paths and keep raw enum strings.
    """

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__attrs_attrs__" in cls.__dict__ and "__init__" in cls.__dict__:
            _model(cls)  # the class attrs made (a slotted class is made anew)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """The hook of pydantic: a field of this class is validated and written by wrmodel."""
        return PYDANTIC_HOOKS["core_schema"](cls)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> Any:
        """The hook of pydantic: the JSON Schema of this class is wrmodel's."""
        return PYDANTIC_HOOKS["json_schema"](cls)


def _model(cls: type[_T]) -> type[_T]:
    """Finish a ``frozen`` attrs class: its ``__init__``, ``__setstate__`` and ``__repr__``.

    ``__init__`` reports every bad argument, each named by its path (``$.resources[1]``),
    in one ``ValidationError``; for a class with an ``unknown`` field, it keeps there the
    string of an enum value it does not know. ``__setstate__`` gives fields a pickle lacks
    (added since it was made) their defaults. ``__repr__`` leaves out fields that are None.
    """
    init = cls.__init__
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cls)  # type: ignore[arg-type]
    keeps = any(f.name == "unknown" for f in fields)
    owner: type = cls

    @functools.wraps(init)
    def __init__(self: object, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        try:
            init(self, *args, **kwargs)
        except ValidationError:
            raise ValidationError(_problems(cls, kwargs), cls.__name__) from None
        if keeps:
            _keep_raw(self, enum_fields(owner), kwargs)

    setstate = cls.__setstate__  # type: ignore[attr-defined]
    defaults = [(f.name, f.default) for f in fields if f.default is not attrs.NOTHING]

    def __setstate__(self: object, state: Any) -> None:  # noqa: N807
        setstate(self, state)
        for name, default in defaults:  # a field added after the pickle was made
            if not hasattr(self, name):
                value: Any = default
                if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
                    value = value.factory(self) if value.takes_self else value.factory()
                object.__setattr__(self, name, value)

    eq = cls.__eq__

    def __eq__(self: object, other: object) -> bool:  # noqa: N807
        result = eq(self, other)
        if result is NotImplemented and hasattr(other, "swagger_types"):
            return False  # an OCI SDK object, whose own __eq__ would fail on ours
        return result

    cls.__init__ = __init__  # type: ignore[method-assign]
    cls.__eq__ = __eq__  # type: ignore[method-assign]
    cls.__setstate__ = __setstate__  # type: ignore[attr-defined]
    cls.__repr__ = _repr  # type: ignore[method-assign]
    return cls


@functools.cache
def enum_fields(cls: type) -> tuple[tuple[str, enum.Enum], ...]:
    """The fields of ``cls`` of the enum kind, each with its enum's ``UNKNOWN_ENUM_VALUE``.

    Read from the fields' types once per class (the models keep the strings of unknown
    values of these fields).

    >>> from wrmodel import WorkRequest
    >>> [name for name, _ in enum_fields(WorkRequest)]
    ['operation_type', 'status']
    """
    hints = typing.get_type_hints(cls)
    found = []
    for field in attrs.fields(cls):
        tp = hints[field.name]
        if isinstance(tp, types.UnionType):  # optional
            tp = next(arg for arg in typing.get_args(tp) if arg is not type(None))
        of = enum_of(tp)
        if of is not None and of in KNOWN:
            found.append((field.name, of["UNKNOWN_ENUM_VALUE"]))
    return tuple(found)


def _keep_raw(obj: Any, enums: tuple[tuple[str, enum.Enum], ...], kwargs: dict[str, Any]) -> None:
    """Check ``obj.unknown`` against the fields; keep the strings of unknown enum values.

    Each enum string given that became ``UNKNOWN_ENUM_VALUE`` is kept in ``obj.unknown``,
    but the placeholder itself: given to a constructor, it stands for a value lost (by the SDK,
    say), not for a string that came.
    """
    unknown: Unknown | None = obj.unknown
    raw = {
        name: str.__str__(kwargs[name])
        for name, missing in enums
        if getattr(obj, name) is missing and kwargs[name] != missing
    }
    if unknown is not None:
        fields = dict(enums)
        known = {camel(f.name) for f in attrs.fields(type(obj))}
        problems = [
            Problem(f"$.unknown.values.{name}", f"{show(name)} is not an enum field")
            for name in sorted(unknown.values)
            if name not in fields
        ] + [
            Problem(f"$.unknown.{where}.{key}", f"{show(key)} is a known key, not an unknown one")
            for where in ("keys", "verbatim")
            for key in sorted(known & set(getattr(unknown, where)))
        ]
        if problems:
            raise ValidationError(problems, type(obj).__name__)
        # The raw string of a field that now holds a known value is gone with the old value
        # (``attrs.evolve(wr, status="SUCCEEDED")`` of a request whose status was unknown).
        kept = {k: v for k, v in unknown.values.items() if getattr(obj, k) is fields[k]}
        if kept != unknown.values:
            object.__setattr__(obj, "unknown", to_unknown(attrs.evolve(unknown, values=kept)))
            unknown = obj.unknown
        raw = {**kept, **raw}
    if raw:
        rest = {"keys": unknown.keys, "verbatim": unknown.verbatim} if unknown is not None else {}
        object.__setattr__(obj, "unknown", Unknown(values=raw, **rest))


def _problems(cls: type, kwargs: dict[str, Any]) -> list[Problem]:
    """Every problem with the arguments ``kwargs`` of ``cls``, by attribute path."""
    problems = []
    for field in attrs.fields(cls):
        convert: Callable[[Any], object] | None = field.converter
        if convert is None:  # a field of a subclass's, with no converter of ours
            continue
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        try:
            convert(kwargs.get(field.name, default))
        except ValidationError as error:
            problems += [Problem(f"$.{field.name}{p.path[1:]}", p.message) for p in error.problems]
    return problems


def _repr(self: object) -> str:
    """``Name(field=value, ...)``, leaving out fields that are ``None`` (or empty mappings)."""
    shown = []
    for field in attrs.fields(type(self)):  # type: ignore[arg-type]
        value = getattr(self, field.name)
        if value is not None and value != FrozenDict():
            text = (
                f"{type(value).__name__}.{value.name}"
                if isinstance(value, enum.Enum)
                else repr(value)
            )
            shown.append(f"{field.name}={text}")
    return f"{type(self).__name__}({', '.join(shown)})"


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Unknown(Model):
    """What a newer API sent that this version does not know, kept so nothing is lost.

    ``values``: for each field holding ``UNKNOWN_ENUM_VALUE``, the string that came (by
    attribute name). ``keys``: each unknown key (in camelCase) with its value, arrays held as
    tuples and objects as read-only mappings; each style writes them in its own naming.
    ``verbatim``: unknown keys the namings cannot convert exactly (``a_b`` in camelCase, a
    capital in snake_case...), held and written in every style as they came. All are written
    back by ``dumps``; they take part in equality and hashing.

    >>> Unknown(values={"status": "PAUSED"})
    Unknown(values={'status': 'PAUSED'})
    """

    values: FrozenDict[str, str] = attrs.field(factory=FrozenDict, converter=_strings)
    keys: FrozenDict[str, Any] = attrs.field(factory=FrozenDict, converter=_json_object)
    verbatim: FrozenDict[str, Any] = attrs.field(factory=FrozenDict, converter=_json_object)


def to_unknown(value: Unknown | None) -> Unknown | None:
    if value is None:
        return None
    if not isinstance(value, Unknown):
        fail(expected("an Unknown or None", value))
    return value if value.values or value.keys or value.verbatim else None  # empty: None


@overload
def as_sent(obj: Any, name: str, lost: str = ...) -> str: ...
@overload
def as_sent(obj: Any, name: str, lost: None) -> str | None: ...
def as_sent(obj: Any, name: str, lost: str | None = "UNKNOWN_ENUM_VALUE") -> str | None:
    """The string field ``name`` of ``obj`` came as, whatever this version knows of it.

    A free string as it is, an enum member's value, or the string kept for
    ``UNKNOWN_ENUM_VALUE``; ``lost`` where none was kept.

    >>> from wrmodel import WorkRequest
    >>> as_sent(WorkRequest(id="x", operation_type="MOVE_IT", status="ACCEPTED"), "operation_type")
    'MOVE_IT'
    """
    value = getattr(obj, name)
    if not isinstance(value, enum.Enum):
        return value  # type: ignore[no-any-return]  # a free string (the Work Requests service)
    if value.name != "UNKNOWN_ENUM_VALUE":
        return value.value  # type: ignore[no-any-return]
    unknown = obj.unknown
    kept: str | None = None if unknown is None else unknown.values.get(name)
    return lost if kept is None else kept
