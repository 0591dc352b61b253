"""Between the models and JSON-ready data: fast generated paths and a detailed reference one.

Everything here is derived from the models' attrs fields: the kind of each field comes from
its type, its wire key from its name. For each model, code is generated once:

- a decoder that handles the common case (exact JSON types, nothing wrong) and gives up
  at the first surprise;
- an encoder that writes the wire form directly.

When the fast decoder gives up, the reference decoder (``_Reference``) walks the input
again, collects every problem with its path and raises them in one ``DecodeError``, or, for
input that is unusual but valid (a ``Mapping`` that is not a ``dict``, a ``str`` subclass),
builds the object. Errors are the exception, so they alone pay for the detail.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

import attrs
import pendulum

from ._enums import KNOWN
from ._errors import expected, show
from ._models import MODELS
from ._time import FAST, UTC, format_aware, parse_rfc3339
from .exceptions import DecodeError, EncodeError, Problem, ValidationError

Unknown = Literal["drop", "forbid"]

#: What a field holds, derived from its type.
Kind = Literal["str", "enum", "time", "number", "list"]


@attrs.frozen
class Field:
    """One field of a model as the codec sees it."""

    name: str
    key: str
    kind: Kind
    required: bool
    #: The enum of an ``enum`` field, the element model of a ``list`` field.
    of: Any
    convert: Callable[[Any], Any]


def camel(name: str) -> str:
    """The wire key of attribute ``name``.

    >>> camel("time_accepted")
    'timeAccepted'
    """
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def fields_of(cls: type, key: Callable[[str], str] = camel) -> tuple[Field, ...]:
    """The fields of model ``cls``, each with its wire key and kind."""
    hints = typing.get_type_hints(cls)
    result = []
    for field in attrs.fields(cls):
        tp = hints[field.name]
        required = True
        if isinstance(tp, types.UnionType):
            (tp,) = (arg for arg in typing.get_args(tp) if arg is not type(None))
            required = False
        kind: Kind
        of = None
        if tp is str:
            kind = "str"
        elif isinstance(tp, type) and issubclass(tp, enum.Enum):
            kind, of = "enum", tp
        elif tp is pendulum.DateTime:
            kind = "time"
        elif tp is float:
            kind = "number"
        else:
            kind, of = "list", typing.get_args(tp)[0]
        result.append(Field(field.name, key(field.name), kind, required, of, field.converter))
    return tuple(result)


class _GiveUp(Exception):  # noqa: N818 (not an error: a signal to take the detailed path)
    """The fast decoder met something it does not handle."""


def _path(path: str, key: object) -> str:
    """``path`` extended by ``key``: ``$.key``, or ``$['odd key']`` when not a plain name."""
    if isinstance(key, str) and _PLAIN_KEY.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{key!r}]"


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def subject(tp: Any) -> str:
    """How a message names the target type: ``WorkRequest``, ``list[WorkRequest]``."""
    if typing.get_origin(tp) is list:
        return f"list[{typing.get_args(tp)[0].__name__}]"
    return getattr(tp, "__name__", None) or show(tp)


class Codec:
    """The decoders and encoders of every model, for one set of options."""

    def __init__(self, *, unknown: Unknown = "drop", key: Callable[[str], str] = camel) -> None:
        self.unknown = unknown
        self.fields: dict[type, tuple[Field, ...]] = {cls: fields_of(cls, key) for cls in MODELS}
        self._fast: dict[Any, Callable[[Any], Any]] = {}
        self.encoders: dict[type, Callable[[Any], dict[str, Any]]] = {}
        for cls in MODELS:  # nested models first, so their functions exist when referenced
            self._fast[cls] = self._generate_decoder(cls)
            self.encoders[cls] = self._generate_encoder(cls)
            self._fast[list[cls]] = self._list_decoder(self._fast[cls])  # type: ignore[valid-type]
        self.reference = _Reference(self)

    def decode(self, value: Any, tp: Any) -> Any:
        """Build ``tp`` (a model class or ``list[Model]``) from JSON-ready ``value``."""
        try:
            fast = self._fast[tp]
        except (KeyError, TypeError):
            msg = f"cannot decode into {show(tp)}: expected a model class or list[Model]"
            raise TypeError(msg) from None
        try:
            return fast(value)
        except Exception:  # noqa: BLE001, S110 (any surprise: the reference path explains it)
            pass
        return self.reference.decode(value, tp)

    def encode(self, obj: Any) -> Any:
        """The JSON-ready form of a model, or of a list of models."""
        encode = self.encoders.get(obj.__class__)
        if encode is not None:
            return encode(obj)
        if isinstance(obj, list | tuple):
            return [self._encoder(x)(x) for x in obj]
        return self._encoder(obj)(obj)

    def _encoder(self, obj: object) -> Callable[[Any], dict[str, Any]]:
        """The encoder of ``obj``'s class or of the model it derives from."""
        for cls in type(obj).__mro__:
            if cls in self.encoders:
                return self.encoders[cls]
        msg = f"cannot encode {show(obj)}: expected a model or a list of models"
        raise EncodeError(msg)

    # Code generation. Each template is one field's worth of straight-line code; ``{v}`` is
    # the local holding the value, ``{k}`` its wire key, ``{c}`` a name bound to a helper.

    _DECODE: Mapping[tuple[Kind, bool], str] = {
        ("str", True): """
    {v} = d[{k!r}]
    if {v}.__class__ is not str:
        raise _GiveUp""",
        ("str", False): """
    {v} = d.get({k!r})
    if {v} is not None and {v}.__class__ is not str:
        raise _GiveUp""",
        ("enum", True): """
    {v} = d[{k!r}]
    {v} = {c}_known.get({v}) or ({c}_unknown if {v}.__class__ is str else _give_up())""",
        ("time", False): """
    {v} = d.get({k!r})
    if {v} is not None:
        if _FAST and {v}.__class__ is str and {v}[4:20:3] == "--T::." and {v}[23:] == "Z":
            {v} = _new_time(_DateTime, _fromisoformat({v}).__reduce__()[1][0], _UTC)
        else:
            {v} = _parse_time({v})""",
        ("number", False): """
    {v} = d.get({k!r})
    if {v} is not None:
        {v} = {c}_convert({v})""",
        ("list", False): """
    {v} = d.get({k!r})
    if {v} is not None:
        if {v}.__class__ is not list:
            raise _GiveUp
        {v} = tuple(map({c}_decode, {v}))""",
    }

    def _generate_decoder(self, cls: type) -> Callable[[Any], Any]:
        fields = self.fields[cls]
        scope: dict[str, Any] = {
            "_GiveUp": _GiveUp,
            "_give_up": _give_up,
            "_parse_time": parse_rfc3339,
            "_FAST": FAST,
            "_new_time": dt.datetime.__new__,
            "_DateTime": pendulum.DateTime,
            "_fromisoformat": dt.datetime.fromisoformat,
            "_UTC": UTC,
            "_new": object.__new__,
            "_cls": cls,
        }
        lines = [
            f"def decode_{cls.__name__}(d):",
            "    if d.__class__ is not dict:",
            "        raise _GiveUp",
        ]
        for i, f in enumerate(fields):
            c = f"_{i}"
            scope[f"{c}_set"] = getattr(cls, f.name).__set__
            scope[f"{c}_convert"] = f.convert
            if f.kind == "enum":
                scope[f"{c}_known"] = KNOWN[f.of]
                scope[f"{c}_unknown"] = f.of.UNKNOWN_ENUM_VALUE
            if f.kind == "list":
                scope[f"{c}_decode"] = self._fast[f.of]
            lines.append(self._DECODE[f.kind, f.required].format(v=f"v{i}", k=f.key, c=c))
        if self.unknown == "forbid":
            scope["_keys"] = frozenset(f.key for f in fields)
            lines.append("    if not _keys.issuperset(d):\n        raise _GiveUp")
        lines.append("    o = _new(_cls)")
        lines += [f"    _{i}_set(o, v{i})" for i in range(len(fields))]
        lines.append("    return o")
        return _compile(lines, scope)

    @staticmethod
    def _list_decoder(decode: Callable[[Any], Any]) -> Callable[[Any], list[Any]]:
        def decode_list(value: Any) -> list[Any]:
            if value.__class__ is not list:
                raise _GiveUp
            return list(map(decode, value))

        return decode_list

    _ENCODE: Mapping[Kind, str] = {
        "str": "{v}",
        "enum": "{v}._value_",
        "time": "_format_time({v})",
        "number": "{v}",
        "list": "list(map({c}_encode, {v}))",
    }

    def _generate_encoder(self, cls: type) -> Callable[[Any], dict[str, Any]]:
        scope: dict[str, Any] = {"_format_time": format_aware}
        lines = [f"def encode_{cls.__name__}(o):", "    d = {}"]
        for i, f in enumerate(self.fields[cls]):
            c = f"_{i}"
            if f.kind == "list":
                scope[f"{c}_encode"] = self.encoders[f.of]
            value = self._ENCODE[f.kind].format(v="v", c=c)
            if f.required:
                lines.append(f"    v = o.{f.name}\n    d[{f.key!r}] = {value}")
            else:
                lines.append(
                    f"    v = o.{f.name}\n    if v is not None:\n        d[{f.key!r}] = {value}"
                )
        lines.append("    return d")
        return _compile(lines, scope)


def _give_up() -> typing.NoReturn:
    raise _GiveUp


def _compile(lines: list[str], scope: dict[str, Any]) -> Callable[[Any], Any]:
    """Define the function whose source is ``lines`` and return it."""
    name = lines[0].removeprefix("def ").partition("(")[0]
    exec(compile("\n".join(lines), f"<wrmodel {name}>", "exec"), scope)  # noqa: S102 (source generated from the models' fields)
    function: Callable[[Any], Any] = scope[name]
    return function


class _Reference:
    """The detailed decoder: every problem, with its wire path; the definition of valid."""

    def __init__(self, codec: Codec) -> None:
        self._codec = codec

    def decode(self, value: Any, tp: Any) -> Any:
        problems: list[Problem] = []
        if typing.get_origin(tp) is list:
            result: Any = self._list(value, typing.get_args(tp)[0], "$", problems)
        else:
            result = self._model(value, tp, "$", problems)
        if problems:
            raise DecodeError(problems, subject(tp))
        return result if typing.get_origin(tp) is not list else list(result)

    def _list(self, value: Any, cls: type, path: str, problems: list[Problem]) -> tuple[Any, ...]:
        if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Sequence):
            problems.append(Problem(path, expected("an array", value)))
            return ()
        return tuple(
            self._model(item, cls, f"{path}[{i}]", problems) for i, item in enumerate(value)
        )

    def _model(self, value: Any, cls: type, path: str, problems: list[Problem]) -> Any:
        if not isinstance(value, Mapping):
            problems.append(Problem(path, expected(f"an object ({cls.__name__})", value)))
            return None
        try:
            value = dict(value)
        except Exception as error:  # noqa: BLE001 (a broken Mapping of the caller's)
            problems.append(Problem(path, f"cannot read the object: {error!r}"))
            return None
        fields = self._codec.fields[cls]
        before = len(problems)
        values = {}
        for f in fields:
            at = _path(path, f.key)
            if f.key not in value:
                if f.required:
                    problems.append(Problem(at, "required field is missing"))
                continue
            values[f.name] = self._field(f, value[f.key], at, problems)
        if self._codec.unknown == "forbid":
            known = {f.key for f in fields}
            problems += [
                Problem(_path(path, key), f"unknown key (not a field of {cls.__name__})")
                for key in value
                if key not in known
            ]
        if len(problems) > before:
            return None
        obj: Any = object.__new__(cls)
        for f in fields:
            object.__setattr__(obj, f.name, values.get(f.name))
        return obj

    def _field(self, f: Field, value: Any, path: str, problems: list[Problem]) -> Any:
        """The attribute value of field ``f`` from wire ``value``, or ``None`` with problems."""
        if f.kind == "time" and value is not None:
            try:
                value = parse_rfc3339(value)
            except DecodeError as error:
                problems += [Problem(path, p.message) for p in error.problems]
                return None
        elif f.kind == "list" and value is not None:
            before = len(problems)
            value = self._list(value, f.of, path, problems)
            if len(problems) > before:
                return None
        try:
            return f.convert(value)
        except ValidationError as error:
            problems += [Problem(path + p.path[1:], p.message) for p in error.problems]
            return None
