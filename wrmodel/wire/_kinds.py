"""The wire form of each kind of field (``wrmodel.models._kinds``), as data.

Everything in the wire layer that handles fields reads this table: the codec's generated
decoders and encoders take their templates from it, the C engine its msgspec type and build
step, the decoders' detailed step its reading step, the JSON Schema its description. A new kind of
field is one record in the models' table and one here.

Templates are Python source with placeholders: ``{v}`` the local holding the value, ``{c}``
the prefix of the field's helpers in the generated function's scope (``{c}_known``,
``{c}_decode``, ``{c}_convert``...), ``{o}`` the object written and ``{a}`` its attribute,
``{on_unknown}`` what an enum value this version does not know gets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Annotated, Any, Literal

import attrs
import msgspec
import pendulum

from wrmodel.models._enums import KNOWN
from wrmodel.models._frozen import thaw
from wrmodel.models._kinds import KindName
from wrmodel.models._percent import PERCENT
from wrmodel.models._time import COMPILED, UTC, parse_fast, parse_rfc3339
from wrmodel.models._values import json_of, string_map_of

#: Makes the JSON Schema of a model class (a ``$ref``), for kinds that hold models.
Ref = Callable[[type], dict[str, Any]]

#: RFC 3339 ``date-time``, as the decoder reads it. What the pattern cannot say: days that
#: a month does not have, and instants whose UTC form leaves the years 1 to 9999. It ends
#: with "nothing follows" rather than ``$``, which in Python also matches before a "\n".
RFC3339 = (
    r"^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3])"
    r":[0-5][0-9]:[0-5][0-9](\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])(?![\s\S])"
)

#: The API's own timestamp form, checked by its separators, then read by ``fromisoformat``
#: (exact for this shape: ``_time.from_api_form``, inlined); any other goes to the full parser.
#: The engine's values are strings already (msgspec checked them); the codec's may be anything.
_API_FORM = """{v}[4:20:3] == "--T::." and {v}[23:] == "Z":
    {v} = _new_time(_DateTime, _fromisoformat({v}).__reduce__()[1][0], _UTC)
else:
    {v} = _parse_time({v})"""
_TIME = "if {v}.__class__ is str and " + _API_FORM
_TIME_OF_STR = "if " + _API_FORM
if COMPILED:  # the API's form in C, anything else handed to parse_rfc3339
    _TIME = _TIME_OF_STR = "{v} = _parse_time({v})"


class NotSure(Exception):  # noqa: N818 (not an error: a signal to take the detailed path)
    """A template (or the C engine) met a value it is not sure of: the detailed step decides."""


#: What a fast path (a field's template, the C engine) raises on input it does not take, for
#: the detailed way to decide: its own signal, a missing key, a value of another type
#: (msgspec's errors, ``DecodeError``, ``ValidationError`` and the decoders' ``Invalid`` are
#: ``ValueError``s), nesting too deep. Anything else is a defect and propagates.
SURPRISES = (NotSure, KeyError, TypeError, ValueError, RecursionError)


#: The names the templates use, for the scope of every generated function.
SCOPE: Mapping[str, Any] = {
    "_NotSure": NotSure,
    "_parse_time": parse_fast,
    "_new_time": dt.datetime.__new__,
    "_DateTime": pendulum.DateTime,
    "_fromisoformat": dt.datetime.fromisoformat,
    "_UTC": UTC,
    "_new": object.__new__,
    "_string_map_of": string_map_of,
    "_json_of": json_of,
    "_thaw": thaw,
}


@attrs.frozen
class Form:
    """The wire form of one kind of field."""

    name: KindName
    #: The codec's fast decoder: the value ``{v}`` (null only for a required field) checked and
    #: made the attribute's value, or ``_NotSure`` raised.
    decode: str
    #: The codec's encoder: the expression of the value ``{v}`` of ``{o}.{a}``; None for the
    #: kinds that hold models many (the encoder writes them inline). ``{time}`` is the style's
    #: expression of a timestamp.
    encode: str | None
    #: The C engine: the type msgspec checks the JSON value against, given the Structs of
    #: the models already made, and the step that makes ``{v}`` the attribute's value
    #: (None: msgspec's value as it is, or a model built inline).
    struct: Callable[[Any, Mapping[type, type]], Any]
    build: str | None
    #: The detailed step: what reads the JSON value before the field's converter, if
    #: anything (the kinds holding models are walked by the decoder itself).
    read: Callable[[Any], Any] | None
    #: The JSON Schema of the value.
    schema: Callable[[Any, Ref], dict[str, Any]]
    #: Whether the kind nests one model, a tuple of models, or none. The nested class's code
    #: (decoder, Struct, encoder) is made first, and nested in the holder's.
    nests: Literal["model", "models"] | None = None
    #: Whether its values may be ones this version does not know (an open enum): kept,
    #: dropped or refused as the ``unknown`` rule says; the placeholder is never written.
    open: bool = False
    #: The expression for a dict that goes straight to orjson (``dumps``), where it differs
    #: from ``encode`` (whose dicts hold only plain JSON types): orjson writes enum members.
    write: str | None = None

    def names(self, of: Any, decoders: Mapping[Any, Any]) -> dict[str, Any]:
        """What the templates of a field of this kind name (``{c}_known``...), by suffix."""
        if self.open:
            return {"known": KNOWN[of], "unknown": of.UNKNOWN_ENUM_VALUE}
        if self.nests:
            return {"decode": decoders[of]}
        return {}


def _enum_schema(of: Any, _: Ref) -> dict[str, Any]:
    known = {"enum": list(KNOWN[of])}
    return {"anyOf": [known, {"type": "string"}], "description": "open: any string"}


#: The wire form of every kind.
FORMS: Mapping[KindName, Form] = {
    form.name: form
    for form in (
        Form(
            "str",
            decode="if {v}.__class__ is not str:\n    raise _NotSure",
            encode="{v}",
            struct=lambda _of, _structs: str,
            build=None,
            read=None,
            schema=lambda _of, _ref: {"type": "string"},
        ),
        Form(
            "enum",
            decode="""x = {v}
{v} = {c}_known.get(x)
if {v} is None:
    if x.__class__ is not str:
        raise _NotSure
    {v} = {c}_unknown{on_unknown}""",
            encode="{v}._value_ if {v} is not {c}_unknown else _raw({o}, {a!r})",
            write="{v} if {v} is not {c}_unknown else _raw({o}, {a!r})",
            struct=lambda of, _structs: of,  # its values exactly: any other is refused
            build=None,
            read=None,
            schema=_enum_schema,
            open=True,
        ),
        Form(
            "time",
            decode=_TIME,
            encode="{time}",
            struct=lambda _of, _structs: str,  # msgspec's own datetimes are read more loosely
            build=_TIME_OF_STR,
            read=parse_rfc3339,
            schema=lambda _of, _ref: {"type": "string", "format": "date-time", "pattern": RFC3339},
        ),
        Form(
            "percent",
            decode="{v} = {c}_convert({v})",
            encode="{v}",
            struct=lambda _of, _structs: Annotated[
                float, msgspec.Meta(ge=PERCENT[0], le=PERCENT[1])
            ],
            build="{v} += 0.0",  # -0.0 is 0.0, as the converter holds it
            read=None,
            schema=lambda _of, _ref: {
                "type": "number",
                "minimum": PERCENT[0],
                "maximum": PERCENT[1],
            },
        ),
        Form(
            "int",
            decode="if {v}.__class__ is not int:\n    raise _NotSure",
            encode="{v}",
            struct=lambda _of, _structs: int,
            build=None,
            read=None,
            schema=lambda _of, _ref: {"type": "integer"},
        ),
        Form(
            "bool",
            decode="if {v}.__class__ is not bool:\n    raise _NotSure",
            encode="{v}",
            struct=lambda _of, _structs: bool,
            build=None,
            read=None,
            schema=lambda _of, _ref: {"type": "boolean"},
        ),
        Form(
            "scalars",
            decode="{v} = {c}_convert({v})",
            encode="list({v})",
            struct=lambda of, _structs: list.__class_getitem__(of),
            build="{v} = tuple({v})",
            read=None,
            schema=lambda of, _ref: {
                "type": "array",
                "items": {"type": "string" if of is str else "integer"},
            },
        ),
        Form(
            "map",
            decode="{v} = {c}_convert({v})",
            encode="_thaw({v})",
            struct=lambda _of, _structs: dict[str, str],
            build="{v} = _string_map_of({v})",
            read=None,
            schema=lambda _of, _ref: {"type": "object", "additionalProperties": {"type": "string"}},
        ),
        Form(
            "tags",
            decode="{v} = {c}_convert({v})",
            encode="_thaw({v})",
            struct=lambda _of, _structs: dict[str, dict[str, Any]],
            build="{v} = _json_of({v})",
            read=None,
            schema=lambda _of, _ref: {"type": "object", "additionalProperties": {"type": "object"}},
        ),
        Form(
            "json",
            decode="{v} = {c}_convert({v})",
            encode="_thaw({v})",
            struct=lambda _of, _structs: Any,
            build="{v} = _json_of({v})",
            read=None,
            schema=lambda _of, _ref: {},
        ),
        Form(
            "model",
            decode="{v} = {c}_decode({v})",
            encode="_encode({v})",  # by the value's own class: another family's, maybe
            struct=lambda of, structs: structs[of],
            build=None,
            read=None,
            schema=lambda of, ref: ref(of),
            nests="model",
        ),
        Form(
            "list",
            decode="""if {v}.__class__ is not list:
    raise _NotSure
{v} = tuple(map({c}_decode, {v}))""",
            encode=None,
            struct=lambda of, structs: list.__class_getitem__(structs[of]),
            build=None,
            read=None,
            schema=lambda of, ref: {"type": "array", "items": ref(of)},
            nests="models",
        ),
    )
}
