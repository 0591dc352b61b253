"""The cattrs converter for the wire form, and the module-level functions that use it."""

from __future__ import annotations

import enum
from typing import Any, TypeVar, overload

import cattrs
import orjson
import pendulum

from ._codec import Codec, Unknown, subject
from ._enums import ENUMS
from ._errors import expected, show
from ._models import MODELS, WorkRequest, _enum
from ._time import format_rfc3339, parse_rfc3339
from .exceptions import DecodeError, EncodeError, Problem, ValidationError

_T = TypeVar("_T")
_JSON_TEXT = (bytes, bytearray, memoryview, str)


class Converter(cattrs.Converter):
    """A ``cattrs.Converter`` for the OCI wire form, with ``loads`` and ``dumps``.

    Make one with ``make_converter``; ``wrmodel.converter`` is the default.
    """

    def __init__(self, *, unknown: Unknown = "drop") -> None:
        super().__init__()
        self._codec = codec = Codec(unknown=unknown)
        # Leaf hooks first, so that classes of the caller's own that hold wrmodel's
        # timestamps or enums get them.
        self.register_structure_hook(pendulum.DateTime, lambda v, _: _parse_leaf(v))
        self.register_unstructure_hook(pendulum.DateTime, format_rfc3339)
        for enum_cls in ENUMS:
            self.register_structure_hook(enum_cls, _structure_enum)
            self.register_unstructure_hook(enum_cls, _unstructure_enum)
        lists = {list[cls] for cls in MODELS}  # type: ignore[valid-type]
        self.register_structure_hook_func(lists.__contains__, codec.decode)
        for cls in MODELS:
            self.register_structure_hook(cls, codec.decode)
            self.register_unstructure_hook(cls, codec.encoders[cls])

    @overload
    def loads(self, data: bytes | str) -> WorkRequest: ...
    @overload
    def loads(self, data: bytes | str, cls: type[_T]) -> _T: ...
    def loads(self, data: bytes | str, cls: Any = WorkRequest) -> Any:
        """Decode JSON text into ``cls``: a model class or ``list[Model]``."""
        try:
            value = orjson.loads(data)
        except orjson.JSONDecodeError as error:
            what = (
                f"not valid JSON: {error}"
                if isinstance(data, _JSON_TEXT)
                else expected("JSON text (bytes or str)", data)
            )
            raise DecodeError([Problem("$", what)], subject(cls)) from None
        return self._codec.decode(value, cls)

    def dumps(self, obj: Any) -> bytes:
        """Encode a model, or a list of models, as JSON (UTF-8 bytes)."""
        data = self._codec.encode(obj)
        try:
            return orjson.dumps(data)
        except orjson.JSONEncodeError as error:  # a str with lone surrogates
            raise EncodeError(f"cannot encode {show(obj)}: {error}") from None

    def structure_wire(self, value: Any, cls: Any) -> Any:
        """Build ``cls`` from JSON-ready data (the wire form: camelCase keys, strings)."""
        return self._codec.decode(value, cls)

    def unstructure_wire(self, obj: Any) -> Any:
        """The wire form of a model, or of a list of models, as JSON-ready data."""
        return self._codec.encode(obj)


def _parse_leaf(value: Any) -> pendulum.DateTime:
    return parse_rfc3339(value)


def _structure_enum(value: Any, cls: type[enum.StrEnum]) -> enum.StrEnum:
    try:
        return _enum(cls, value)  # type: ignore[type-var]
    except ValidationError as error:
        raise DecodeError(error.problems) from None


def _unstructure_enum(member: enum.StrEnum) -> str:
    return member._value_


def make_converter(*, unknown: Unknown = "drop") -> Converter:
    """Make a converter for the wire form.

    ``unknown`` says what happens to keys the models do not know: ``"drop"`` ignores them,
    ``"forbid"`` makes each one a problem.

    >>> strict = make_converter(unknown="forbid")
    >>> strict.loads(b'{"id": "x", "operationType": "DELETE_COMPARTMENT",'
    ...              b' "status": "ACCEPTED", "color": "red"}')
    Traceback (most recent call last):
    ...
    wrmodel.exceptions.DecodeError: $.color: unknown key (not a field of WorkRequest) (decoding ...)
    """
    return Converter(unknown=unknown)


#: The default converter, used by ``loads``, ``dumps``, ``structure`` and ``unstructure``.
converter = make_converter()


@overload
def loads(data: bytes | str) -> WorkRequest: ...
@overload
def loads(data: bytes | str, cls: type[_T]) -> _T: ...
def loads(data: bytes | str, cls: Any = WorkRequest) -> Any:
    """Decode JSON text into ``cls``: a model class or ``list[Model]``.

    ``cls`` is ``WorkRequest`` by default. Raises ``DecodeError`` listing every problem,
    each with its wire path.

    >>> loads(b'{"id": "ocid1.workrequest.oc1..x", "operationType": "DELETE_COMPARTMENT",'
    ...       b' "status": "ACCEPTED", "timeAccepted": "2016-08-25T21:10:29.600Z"}').status
    <Status.ACCEPTED: 'ACCEPTED'>
    """
    return converter.loads(data, cls)


def dumps(obj: Any) -> bytes:
    """Encode a model, or a list of models, as the wire's JSON (UTF-8 bytes).

    Keys in camelCase and in the SDK's order; ``None`` fields left out; timestamps in UTC
    as ``2016-08-25T21:10:29.600Z``.

    >>> from wrmodel import WorkRequestLogEntry
    >>> dumps(WorkRequestLogEntry(message="Work request accepted."))
    b'{"message":"Work request accepted."}'
    """
    return converter.dumps(obj)


def structure(value: Any, cls: type[_T]) -> _T:
    """Build ``cls`` (a model class or ``list[Model]``) from JSON-ready data.

    ``value`` is a ``Mapping`` in the wire form, or a sequence of them for ``list[Model]``.
    Raises ``DecodeError`` as ``loads`` does.
    """
    return converter.structure_wire(value, cls)  # type: ignore[no-any-return]


def unstructure(obj: Any) -> Any:
    """The wire form of a model (a dict) or of a list of models (a list of dicts).

    The result holds only dicts, lists, strings, numbers, booleans and ``None``.
    """
    return converter.unstructure_wire(obj)
