"""pydantic v2 and FastAPI: every model class as a field type, request body and response model.

The hooks on every model (``Model.__get_pydantic_core_schema__``) call these functions, which
import pydantic only then: ``import wrmodel`` imports neither pydantic nor FastAPI.

- Validation is wrmodel's: an object of the class passes as it is; anything else is read as
  the API's JSON form by ``structure`` (strict), and each problem becomes an error of
  pydantic's ``ValidationError`` at its location (``("wr", "resources", 1, "actionType")``),
  so FastAPI answers 422 naming it.
- Serialization to JSON is the API's form (``unstructure``): camelCase keys, timestamps as
  ``2016-08-25T21:10:29.600Z``, what a newer API sent kept. In Python mode
  (``model_dump()``) the object stays itself, as a ``datetime`` does.
- The JSON Schema is wrmodel's (``json_schema``), the nested classes' inline, the class
  itself one definition of pydantic's (a component of FastAPI's OpenAPI document).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from typing import Any

from wrmodel.exceptions import DecodeError, Problem
from wrmodel.models._models import PYDANTIC_HOOKS
from wrmodel.wire._converter import structure, unstructure
from wrmodel.wire._schema import json_schema as wire_schema


def core_schema(cls: type) -> Any:
    """The pydantic-core schema of model class ``cls``: validated and written by wrmodel."""
    from pydantic_core import core_schema as cs  # noqa: PLC0415 (when pydantic asks)

    def validate(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        try:
            return structure(value, cls)
        except DecodeError as error:
            raise _validation_error(cls, value, error.problems) from None

    return cs.no_info_plain_validator_function(
        validate,
        ref=f"{cls.__module__}.{cls.__qualname__}:{id(cls)}",
        serialization=cs.plain_serializer_function_ser_schema(unstructure, when_used="json"),
    )


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema of ``cls`` for pydantic (wrmodel's), its nested classes' inline."""
    schema = wire_schema(cls)
    defs = schema.pop("$defs")
    del schema["$schema"]
    schema["title"] = cls.__name__

    def inline(value: Any) -> Any:
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return inline(defs[ref.removeprefix("#/$defs/")])
            return {k: inline(v) for k, v in value.items()}
        if isinstance(value, list):
            return [inline(v) for v in value]
        return value

    return inline(schema)  # type: ignore[no-any-return]


def _validation_error(cls: type, value: Any, problems: Sequence[Problem]) -> Exception:
    """The ``ValidationError`` of pydantic holding each problem at its location."""
    from pydantic_core import PydanticCustomError, ValidationError  # noqa: PLC0415

    errors: list[Any] = [
        {
            "type": PydanticCustomError("wrmodel", "{message}", {"message": p.message}),
            "loc": location(p.path),
            "input": value,
        }
        for p in problems
    ]
    return ValidationError.from_exception_data(cls.__name__, errors)


#: A step of a wire path: ``.name``, ``[3]`` or ``['odd key']``.
_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]|\[('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]")


def location(path: str) -> tuple[str | int, ...]:
    """The location pydantic gives a wire path: ``("resources", 1, "actionType")``.

    >>> location("$.resources[1].actionType")
    ('resources', 1, 'actionType')
    >>> location("$['odd key'][0].id")
    ('odd key', 0, 'id')
    """
    steps: list[str | int] = []
    for name, index, quoted in _STEP.findall(path.removeprefix("$")):
        steps.append(name or (int(index) if index else ast.literal_eval(quoted)))
    return tuple(steps)


PYDANTIC_HOOKS.update(core_schema=core_schema, json_schema=json_schema)
