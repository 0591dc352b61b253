"""The kinds of field, as data: how each is recognised from its type and how its value is held.

A field's type (``None`` taken out) names its kind; the kind gives the field's converter
(``declare_family`` and the generated families use it) and, in the wire layer, its wire form
(``wrmodel.wire._kinds``). A type no kind recognises is refused where the class is made or
first used, never guessed.
"""

from __future__ import annotations

import enum
import functools
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs
import pendulum

from wrmodel._errors import expected, fail

from ._enums import enum_of
from ._models import (
    instance_of,
    to_enum,
    to_optional_string,
    to_string,
    to_timestamp,
    tuple_of,
)
from ._names import snake
from ._percent import to_percent
from ._values import (
    ints_of,
    json_of,
    required_ints,
    required_json,
    required_percent,
    required_string_map,
    required_strings,
    required_tags,
    required_time,
    string_map_of,
    strings_of,
    tags_of,
    to_bool,
    to_int,
    to_optional_bool,
    to_optional_int,
)

KindName = Literal[
    "str",
    "enum",
    "time",
    "percent",
    "int",
    "bool",
    "scalars",
    "map",
    "tags",
    "json",
    "list",
    "model",
]
#: The converter of a field: from what the kind needs to know, whether it is required, and
#: the field's name for errors.
Converter = Callable[[Any, bool, str], Callable[[Any], Any]]

_NOT = object()


def _is(tp: Any, target: type) -> Any:
    return True if tp is target else _NOT


def _enum_of(tp: Any) -> Any:
    of = enum_of(tp)
    return _NOT if of is None else of


def _model_of(tp: Any) -> Any:
    return tp if isinstance(tp, type) and attrs.has(tp) else _NOT


def _models_of(tp: Any) -> Any:
    """``X`` of ``tuple[X, ...]`` where ``X`` is a model."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004
        return _model_of(args[0])
    return _NOT


def _scalars_of(tp: Any) -> Any:
    """``X`` of ``tuple[X, ...]`` where ``X`` is ``str`` or ``int``."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and args in ((str, ...), (int, ...)):
        return args[0]
    return _NOT


def _mapping(tp: Any, values: Any) -> Any:
    """True for ``Mapping[str, values]``."""
    is_it = typing.get_origin(tp) is Mapping and typing.get_args(tp) == (str, values)
    return True if is_it else _NOT


def _required(convert: Callable[[Any], Any], what: str) -> Callable[[Any], Any]:
    def required(value: Any) -> Any:
        if value is None:
            fail(expected(what, value))
        return convert(value)

    return required


@functools.cache
def _enum_converter(cls: type[enum.StrEnum]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        return to_enum(cls, value)

    return convert


def _enum_field(of: Any, required: bool, _: str) -> Callable[[Any], Any]:
    convert = _enum_converter(of)
    return convert if required else lambda v: None if v is None else convert(v)


def _list_field(of: Any, required: bool, _: str) -> Callable[[Any], Any]:
    items = functools.partial(tuple_of, of)
    return _required(items, f"a sequence of {of.__name__}") if required else items


def _model_field(of: Any, required: bool, _: str) -> Callable[[Any], Any]:
    instance = functools.partial(instance_of, of)
    return _required(instance, f"a {of.__name__}") if required else instance


#: The converters of an array of strings, of integers: required, optional.
_SCALARS: Mapping[type, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    str: (required_strings, strings_of),
    int: (required_ints, ints_of),
}


def _scalars_field(of: Any, required: bool, _: str) -> Callable[[Any], Any]:
    return _SCALARS[of][0 if required else 1]


@attrs.frozen
class Source:
    """How the generated source of a built-in family writes a field of a kind."""

    #: The field's annotation, ``None`` left out.
    annotation: str
    #: The name of its converter.
    converter: str
    #: The converter's definition, where the generated module defines it.
    helper: str | None = None
    #: The enum or model class the annotation names, which the module imports.
    names: str | None = None


def _enum_source(of: Any, required: bool) -> Source:
    name = of.__name__
    convert = snake(name)
    if not required:
        convert = f"_optional{convert}"
        helper = (
            f"def {convert}(value: {name} | str | None) -> {name} | None:\n"
            f"    return None if value is None else to_enum({name}, value)"
        )
        return Source(name, convert, helper, name)
    helper = f"def {convert}(value: {name} | str) -> {name}:\n    return to_enum({name}, value)"
    return Source(name, convert, helper, name)


def _model_source(of: Any, required: bool) -> Source:
    name = of.__name__
    convert = snake(name)
    if required:
        value = convert.strip("_")
        helper = (
            f"def _required{convert}(value: {name}) -> {name}:\n"
            f"    {value} = instance_of({name}, value)\n"
            f'    return fail(expected("a {name}", value)) if {value} is None else {value}'
        )
        return Source(name, f"_required{convert}", helper, name)
    helper = (
        f"def _optional{convert}(value: {name} | None) -> {name} | None:\n"
        f"    return instance_of({name}, value)"
    )
    return Source(name, f"_optional{convert}", helper, name)


def _scalars_source(of: Any, required: bool) -> Source:
    return Source(f"tuple[{of.__name__}, ...]", _scalars_field(of, required, "").__name__)


def _list_source(of: Any, required: bool) -> Source:
    name = of.__name__
    plural = re.sub(r"y$", "ie", snake(name)) + "s"  # _work_request_log_entries
    annotation = f"tuple[{name}, ...]"
    if not required:
        helper = (
            f"def {plural}(value: Sequence[{name}] | None) -> {annotation} | None:\n"
            f"    return tuple_of({name}, value)"
        )
        return Source(annotation, plural, helper, name)
    convert = f"_required{plural}"
    helper = (
        f"def {convert}(value: Sequence[{name}]) -> {annotation}:\n"
        f"    items = tuple_of({name}, value)\n"
        f'    what = "a sequence of {name}"\n'
        "    return fail(expected(what, value)) if items is None else items"
    )
    return Source(annotation, convert, helper, name)


@attrs.frozen
class Kind:
    """One kind of field."""

    name: KindName
    #: From a field's type (``None`` taken out of it): what the kind needs to know (the enum
    #: class, the model class; ``True`` when nothing), or ``_NOT`` for a type of another kind.
    recognise: Callable[[Any], Any]
    #: The converter of a declared field of this kind.
    converter: Converter
    #: How generated source writes a declared field of this kind: from what the kind needs
    #: to know and whether it is required.
    source: Callable[[Any, bool], Source]


def _named(
    name: KindName,
    recognise: Callable[[Any], Any],
    annotation: str,
    required: Callable[[Any], Any],
    optional: Callable[[Any], Any],
) -> Kind:
    """A kind whose converters are named functions.

    The same objects at run time and in generated source, which names them.
    """

    def source(_of: Any, is_required: bool) -> Source:
        return Source(annotation, (required if is_required else optional).__name__)

    return Kind(
        name, recognise, lambda _of, is_required, _: required if is_required else optional, source
    )


#: Every kind, in the order they are tried.
KINDS: Mapping[KindName, Kind] = {
    kind.name: kind
    for kind in (
        _named("str", lambda tp: _is(tp, str), "str", to_string, to_optional_string),
        Kind("enum", _enum_of, _enum_field, _enum_source),
        _named(
            "time",
            lambda tp: _is(tp, pendulum.DateTime),
            "pendulum.DateTime",
            required_time,
            to_timestamp,
        ),
        _named("percent", lambda tp: _is(tp, float), "float", required_percent, to_percent),
        _named("int", lambda tp: _is(tp, int), "int", to_int, to_optional_int),
        _named("bool", lambda tp: _is(tp, bool), "bool", to_bool, to_optional_bool),
        Kind("scalars", _scalars_of, _scalars_field, _scalars_source),
        _named(
            "map",
            lambda tp: _mapping(tp, str),
            "Mapping[str, str]",
            required_string_map,
            string_map_of,
        ),
        _named(
            "tags",
            lambda tp: _mapping(tp, Mapping[str, Any]),
            "Mapping[str, Mapping[str, Any]]",
            required_tags,
            tags_of,
        ),
        _named("json", lambda tp: _is(tp, object), "object", required_json, json_of),
        Kind("model", _model_of, _model_field, _model_source),
        Kind("list", _models_of, _list_field, _list_source),
    )
}


def kind_of(tp: Any, where: str) -> tuple[Kind, Any]:
    """The kind of a field of type ``tp`` (``None`` taken out), and what it needs to know.

    ``where`` names the field in the error: ``TypeError("unsupported field type ...")``.

    >>> kind_of(float, "WorkRequest.percent_complete")[0].name
    'percent'
    """
    for kind in KINDS.values():
        of = kind.recognise(tp)
        if of is not _NOT:
            return kind, of
    kinds = ", ".join(KINDS)
    msg = f"unsupported field type {tp!r} of {where}: wrmodel knows the kinds {kinds}"
    raise TypeError(msg)
