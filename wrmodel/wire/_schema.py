"""JSON Schema (draft 2020-12) of the wire form, derived from the same fields as the codec."""

from __future__ import annotations

import typing
from typing import Any

from wrmodel.models._identity import WorkRequest

from ._converter import codec_for
from ._kinds import RFC3339  # noqa: F401 (the timestamps' pattern, here too)
from ._styles import Field, StyleName


def json_schema(cls: Any = WorkRequest, style: StyleName = "api") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the wire form of ``cls`` in ``style``.

    ``cls`` is a model class, ``list[Model]``, or an event class or ``Event``. Required
    fields are required; optional ones may be null; enums list their values but take any
    string, as the decoder does; other keys are allowed (a newer API adds fields).

    >>> schema = json_schema()
    >>> schema["required"], schema["properties"]["percentComplete"]["anyOf"][0]
    (['id', 'operationType', 'status'], {'type': 'number', 'minimum': 0, 'maximum': 100})
    """
    codec = codec_for(style)
    defs: dict[str, Any] = {}

    def ref(tp: Any) -> dict[str, Any]:
        if tp in codec.unions:
            return {"oneOf": [ref(member) for member in codec.unions[tp]]}
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
            "additionalProperties": codec.unknown_rule[tp] != "forbid",
        }

    def field(f: Field) -> dict[str, Any]:
        return f.form.schema(f.of, ref)

    many = typing.get_origin(cls) is list
    target = typing.get_args(cls)[0] if many else cls
    if not codec.decodes(target):
        raise TypeError(f"no schema for {cls!r}: expected a model class or list[Model]")
    top: dict[str, Any]
    if many:
        top = {"type": "array", "items": ref(target)}
    else:
        top = ref(target) if target in codec.unions else obj(target)
    key = codec.style.envelope
    if key is not None:
        top = {
            "type": "object",
            "properties": {key: top},
            "required": [] if many else [key],
            "additionalProperties": True,
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{getattr(cls, '__name__', str(cls))} ({style} style)",
        **top,
        "$defs": defs,
    }
