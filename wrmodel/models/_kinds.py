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
    to_enum,
    to_optional_string,
    to_string,
    to_timestamp,
    tuple_of,
)
from ._names import snake
from ._percent import to_percent

KindName = Literal["str", "enum", "time", "percent", "list", "model"]
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


def _model_field(_of: Any, _required: bool, where: str) -> Callable[[Any], Any]:
    msg = f"{where}: a model as a field is not declared this way"
    raise TypeError(msg)


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


def _required_source(name: str, annotation: str, convert: str, what: str) -> Source:
    """A required field's converter: the optional one, refusing None as not ``what``."""
    value = name.removeprefix("_required_")
    return Source(
        annotation,
        name,
        f"def {name}(value: {annotation.replace('pendulum.DateTime', 'dt.datetime')}) -> "
        f"{annotation}:\n"
        f"    {value} = {convert}(value)\n"
        f'    return fail(expected("{what}", value)) if {value} is None else {value}',
    )


def _enum_source(of: Any, required: bool) -> Source:
    if not required:  # pragma: no cover (no built-in family has one)
        raise TypeError(f"an optional enum field ({of.__name__}) is not generated")
    name = of.__name__
    convert = snake(name)
    helper = f"def {convert}(value: {name} | str) -> {name}:\n    return to_enum({name}, value)"
    return Source(name, convert, helper, name)


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


def _no_source(of: Any, _required: bool) -> Source:  # pragma: no cover (none is declared)
    raise TypeError(f"no source for a field of type {of!r}")


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
        Kind("model", _model_of, _model_field, _no_source),
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
