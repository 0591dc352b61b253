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
    json_of,
    scalars_of,
    string_map_of,
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


def _scalars_field(of: Any, required: bool, _: str) -> Callable[[Any], Any]:
    items = functools.partial(scalars_of, of)
    return _required(items, f"an array of {_plural(of)}") if required else items


def _plural(of: Any) -> str:
    return "strings" if of is str else "integers"


def _plain(convert: Callable[[Any], Any], what: str) -> Converter:
    """The converter of a kind whose optional converter is ``convert``."""

    def converter(_of: Any, required: bool, _: str) -> Callable[[Any], Any]:
        return _required(convert, what) if required else convert

    return converter


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


def _required_source(
    name: str,
    annotation: str,
    convert: str,
    what: str,
    *,
    given: str | None = None,
    names: str | None = None,
) -> Source:
    """A required field's converter: the optional one, refusing None as not ``what``.

    ``convert`` is the optional converter, or the expression of its call on ``value``.
    """
    value = name.removeprefix("_required").strip("_")
    given = given or annotation.replace("pendulum.DateTime", "dt.datetime")
    call = convert if "(" in convert else f"{convert}(value)"
    return Source(
        annotation,
        name,
        f"def {name}(value: {given}) -> "
        f"{annotation}:\n"
        f"    {value} = {call}\n"
        f'    return fail(expected("{what}", value)) if {value} is None else {value}',
        names,
    )


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
        return _required_source(
            f"_required{convert}", name, f"instance_of({name}, value)", f"a {name}", names=name
        )
    helper = (
        f"def _optional{convert}(value: {name} | None) -> {name} | None:\n"
        f"    return instance_of({name}, value)"
    )
    return Source(name, f"_optional{convert}", helper, name)


def _scalars_source(of: Any, required: bool) -> Source:
    name = of.__name__
    annotation = f"tuple[{name}, ...]"
    convert = f"_{name}s"
    if required:
        return _required_source(
            f"_required{convert}",
            annotation,
            f"scalars_of({name}, value)",
            f"an array of {_plural(of)}",
            given=f"Sequence[{name}]",
        )
    helper = (
        f"def {convert}(value: Sequence[{name}] | None) -> {annotation} | None:\n"
        f"    return scalars_of({name}, value)"
    )
    return Source(annotation, convert, helper)


def _optional_source(
    name: str, annotation: str, convert: str, what: str
) -> Callable[[Any, bool], Source]:
    """The source of a kind whose optional converter is ``convert`` (a ``_values`` function)."""

    def source(_of: Any, required: bool) -> Source:
        if required:
            return _required_source(f"_required_{name}", annotation, convert, what)
        return Source(annotation, convert)

    return source


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


#: Every kind, in the order they are tried.
KINDS: Mapping[KindName, Kind] = {
    kind.name: kind
    for kind in (
        Kind(
            "str",
            lambda tp: _is(tp, str),
            lambda _of, required, _: to_string if required else to_optional_string,
            lambda _of, required: Source("str", "to_string" if required else "to_optional_string"),
        ),
        Kind("enum", _enum_of, _enum_field, _enum_source),
        Kind(
            "time",
            lambda tp: _is(tp, pendulum.DateTime),
            lambda _of, required, _: (
                _required(to_timestamp, "an aware datetime") if required else to_timestamp
            ),
            lambda _of, required: (
                _required_source(
                    "_required_time", "pendulum.DateTime", "to_timestamp", "an aware datetime"
                )
                if required
                else Source("pendulum.DateTime", "to_timestamp")
            ),
        ),
        Kind(
            "percent",
            lambda tp: _is(tp, float),
            lambda _of, required, _: _required(to_percent, "a number") if required else to_percent,
            lambda _of, required: (
                _required_source("_required_percent", "float", "to_percent", "a number")
                if required
                else Source("float", "to_percent")
            ),
        ),
        Kind(
            "int",
            lambda tp: _is(tp, int),
            lambda _of, required, _: to_int if required else to_optional_int,
            lambda _of, required: Source("int", "to_int" if required else "to_optional_int"),
        ),
        Kind(
            "bool",
            lambda tp: _is(tp, bool),
            lambda _of, required, _: to_bool if required else to_optional_bool,
            lambda _of, required: Source("bool", "to_bool" if required else "to_optional_bool"),
        ),
        Kind("scalars", _scalars_of, _scalars_field, _scalars_source),
        Kind(
            "map",
            lambda tp: _mapping(tp, str),
            _plain(string_map_of, "an object of strings"),
            _optional_source(
                "string_map", "Mapping[str, str]", "string_map_of", "an object of strings"
            ),
        ),
        Kind(
            "tags",
            lambda tp: _mapping(tp, Mapping[str, Any]),
            _plain(tags_of, "an object of objects"),
            _optional_source(
                "tags", "Mapping[str, Mapping[str, Any]]", "tags_of", "an object of objects"
            ),
        ),
        Kind(
            "json",
            lambda tp: _is(tp, object),
            _plain(json_of, "JSON data"),
            _optional_source("json", "object", "json_of", "JSON data"),
        ),
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
