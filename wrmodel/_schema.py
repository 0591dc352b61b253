"""JSON Schema (draft 2020-12) of the wire form, derived from the same fields as the codec."""

from __future__ import annotations

import typing
from typing import Any

from ._codec import UNIONS, Field, StyleName
from ._converter import _for
from ._enums import KNOWN
from ._models import PERCENT, WorkRequest

#: RFC 3339 ``date-time``, as the decoder reads it. What the pattern cannot say: days that
#: a month does not have, and instants whose UTC form leaves the years 1 to 9999. It ends
#: with "nothing follows" rather than ``$``, which in Python also matches before a "\n".
RFC3339 = (
    r"^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3])"
    r":[0-5][0-9]:[0-5][0-9](\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])(?![\s\S])"
)


def json_schema(cls: Any = WorkRequest, style: StyleName = "api") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the wire form of ``cls`` in ``style``.

    ``cls`` is a model class, ``list[Model]``, or an event class or ``Event``. Required
    fields are required; optional ones may be null; enums list their values but take any
    string, as the decoder does; other keys are allowed (a newer API adds fields).

    >>> schema = json_schema()
    >>> schema["required"], schema["properties"]["percentComplete"]["anyOf"][0]
    (['id', 'operationType', 'status'], {'type': 'number', 'minimum': 0, 'maximum': 100})
    """
    codec = _for(style)._codec
    defs: dict[str, Any] = {}

    def ref(tp: Any) -> dict[str, Any]:
        if tp in UNIONS:
            return {"oneOf": [ref(member) for member in UNIONS[tp]]}
        if tp.__name__ not in defs:
            defs[tp.__name__] = obj(tp)
        return {"$ref": f"#/$defs/{tp.__name__}"}

    def obj(tp: type) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required = []
        if tp in codec.tags:
            properties["type"] = {"const": codec.tags[tp]}
            required.append("type")
        for f in codec.fields[tp]:
            schema = field(f)
            properties[f.key] = schema if f.required else {"anyOf": [schema, {"type": "null"}]}
            if f.required:
                required.append(f.key)
        return {
            "type": "object",
            "title": tp.__name__,
            "properties": properties,
            "required": required,
            "additionalProperties": codec.rule[tp] != "forbid",
        }

    def field(f: Field) -> dict[str, Any]:
        if f.kind == "str":
            return {"type": "string"}
        if f.kind == "enum":
            known = {"enum": list(KNOWN[f.of])}
            return {"anyOf": [known, {"type": "string"}], "description": "open: any string"}
        if f.kind == "time":
            return {"type": "string", "format": "date-time", "pattern": RFC3339}
        if f.kind == "number":
            return {"type": "number", "minimum": PERCENT[0], "maximum": PERCENT[1]}
        if f.kind == "list":
            return {"type": "array", "items": ref(f.of)}
        return ref(f.of)

    many = typing.get_origin(cls) is list
    target = typing.get_args(cls)[0] if many else cls
    if target not in codec.fields and target not in UNIONS:
        raise TypeError(f"no schema for {cls!r}: expected a model class or list[Model]")
    top: dict[str, Any]
    if many:
        top = {"type": "array", "items": ref(target)}
    else:
        top = ref(target) if target in UNIONS else obj(target)
    if style == "cli":
        top = {
            "type": "object",
            "properties": {"data": top},
            "required": [] if many else ["data"],
            "additionalProperties": True,
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{getattr(cls, '__name__', str(cls))} ({style} style)",
        **top,
        "$defs": defs,
    }
