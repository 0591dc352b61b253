"""The wire's styles, and each class's plan of fields in a style.

The API's camelCase, the SDK's snake_case, the OCI CLI's kebab-case in an envelope.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from wrmodel._errors import show
from wrmodel.models._kinds import KindName, kind_of
from wrmodel.models._names import CAMEL, KEBAB, SNAKE, camel, camel_of_kebab, kebab, snake
from wrmodel.models._time import COMPILED, format_fast

from ._kinds import FORMS, Form

#: What happens to keys the classes do not know: kept on the object (for classes that can
#: hold them; refused for the others), dropped, or refused.
UnknownKeys = Literal["keep", "drop", "forbid"]

StyleName = Literal["api", "sdk", "cli"]

#: The key of the tag that names an event's class in its wire form.
TAG = "type"


def sdk_isoformat(value: dt.datetime) -> str:
    """``isoformat()``, as ``oci.util.to_dict`` writes it (the value is held in UTC)."""
    return dt.datetime.isoformat(value)


@attrs.frozen
class Style:
    """One way of writing the data: the keys, how nulls and timestamps are written."""

    name: StyleName
    #: The key of an attribute.
    key: Callable[[str], str]
    #: The key of a kept unknown key (held in camelCase), and back, for the keys this
    #: style's naming converts exactly (``regular``).
    to_style: Callable[[str], str]
    from_style: Callable[[str], str]
    regular: re.Pattern[str]
    #: Write every field, ``None`` as null (``oci.util.to_dict`` and the CLI do).
    nulls: bool
    time: Callable[[dt.datetime], str]
    #: The key a document's data sits under, with headers beside it (the CLI's ``data``),
    #: or None for a bare document. Such a style is not JSON Lines.
    envelope: str | None = None
    #: The encoders' expression of a timestamp ``{v}`` (``_format_time`` is ``time``).
    time_expression: str = "_format_time({v})"


def _as_is(key: str) -> str:
    return key


#: A timestamp in the API's form, inline: a held value is in UTC (``as_pendulum``); one with
#: microseconds beyond the millisecond, or in another zone, is formatted by the function.
_API_TIME = (
    "(f'{{_Y[{v}.year]}}-{{_D2[{v}.month]}}-{{_D2[{v}.day]}}T{{_D2[{v}.hour]}}:"
    "{{_D2[{v}.minute]}}:{{_D2[{v}.second]}}{{_MS[{v}.microsecond // 1000]}}'"
    " if {v}.tzinfo is _UTC and not {v}.microsecond % 1000 else _format_time({v}))"
)


STYLES: Mapping[StyleName, Style] = types.MappingProxyType(
    {
        "api": Style(
            "api",
            camel,
            _as_is,
            _as_is,
            CAMEL,
            nulls=False,
            time=format_fast,
            # In C where compiled (one call); else inline, the function for the rest.
            time_expression="_format_time({v})" if COMPILED else _API_TIME,
        ),
        "sdk": Style("sdk", _as_is, snake, camel, SNAKE, nulls=True, time=sdk_isoformat),
        "cli": Style(
            "cli",
            kebab,
            kebab,
            camel_of_kebab,
            KEBAB,
            nulls=True,
            time=sdk_isoformat,
            envelope="data",
        ),
    }
)


@attrs.frozen
class Field:
    """One field of a class as the codec sees it."""

    name: str
    key: str
    kind: KindName
    required: bool
    #: The enum of an ``enum`` field, the model of a ``model`` or ``list`` field.
    of: Any
    convert: Callable[[Any], Any]

    @property
    def form(self) -> Form:
        """The wire form of the field's kind (``_kinds``)."""
        return FORMS[self.kind]


def fields_of(cls: type, key: Callable[[str], str]) -> tuple[Field, ...]:
    """The fields of ``cls`` (but ``unknown``), each with its key and kind (``_kinds``).

    A field of a type no kind recognises is a ``TypeError`` naming it.
    """
    hints = typing.get_type_hints(cls)
    result = []
    for field in attrs.fields(cls):
        if field.name == "unknown":
            continue
        tp = hints[field.name]
        required = True
        if isinstance(tp, types.UnionType) and type(None) in typing.get_args(tp):
            rest = tuple(arg for arg in typing.get_args(tp) if arg is not type(None))
            tp = rest[0] if len(rest) == 1 else tp
            required = False
        kind, of = kind_of(tp, f"{cls.__name__}.{field.name}")
        of = None if of is True else of
        result.append(Field(field.name, key(field.name), kind.name, required, of, field.converter))
    return tuple(result)


def subject(tp: Any) -> str:
    """How a message names the target type: ``WorkRequest``, ``list[WorkRequest]``."""
    if typing.get_origin(tp) is list:
        return f"list[{typing.get_args(tp)[0].__name__}]"
    return getattr(tp, "__name__", None) or show(tp)
