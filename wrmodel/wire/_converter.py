"""The cattrs converters for the three styles, and the module-level functions that use them."""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar, overload

import attrs
import cattrs
import msgspec
import orjson
import pendulum
from cattrs.errors import AttributeValidationNote, BaseValidationError, IterableValidationNote

from wrmodel._errors import expected, key_path, show
from wrmodel._sniff import GZIP, not_text, not_utf8
from wrmodel.exceptions import DecodeError, EncodeError, Problem, ValidationError
from wrmodel.models._enums import ENUMS
from wrmodel.models._families import ALL_MODELS
from wrmodel.models._frozen import MAX_DEPTH
from wrmodel.models._identity import WorkRequest
from wrmodel.models._models import Model, to_enum
from wrmodel.models._time import parse_rfc3339

from ._codec import Codec, UnwritableError
from ._engine import Engine
from ._kinds import SURPRISES
from ._registry import ENCODERS, UNIONS, count_fallback
from ._styles import STYLES, StyleName, UnknownKeys, subject

_T = TypeVar("_T", bound="Model | Sequence[Model]")
_JSON_TEXT = (bytes, bytearray, memoryview, str)
#: The longest text ``loads`` reads, by default.
MAX_BYTES = 128 << 20
_MISSING = object()


def read_json(data: bytes | bytearray | memoryview | str) -> Any:
    """The JSON value of ``data``: read by msgspec, explained by orjson.

    msgspec reads integers of any length exactly (orjson makes those beyond 64 bits floats).
    Text msgspec does not take is read by orjson, whose errors say plainly what is wrong (a
    byte-order mark, a lone surrogate, a control character, a depth limit):
    ``orjson.JSONDecodeError``. What orjson alone reads is nested deeper than msgspec's
    recursion allows, which no model takes.
    """
    try:
        return msgspec.json.decode(data)
    except (msgspec.DecodeError, RecursionError, UnicodeError):
        pass
    return orjson.loads(data)


def _not_json(data: bytes | bytearray | memoryview | str, error: ValueError) -> str:
    """What is wrong with text no JSON reader takes, named as the command names it."""
    if not isinstance(data, str):
        raw = bytes(data)
        if raw.startswith(GZIP):
            return (
                "not JSON text: gzip-compressed data (decompress it first; iter_jsonl reads gzip)"
            )
        first = raw.lstrip(b" \t\r\n")[:1]
        begins_as_json = bool(first) and first in b'{["-0123456789tfn'
        # Text that begins as JSON is JSON text with a mistake (a raw control character,
        # say), unless it is not UTF-8; anything else may be data of another kind.
        what = not_utf8(raw) if begins_as_json else not_text(raw) or not_utf8(raw)
        if what is not None:
            return f"not JSON text: {what}"
    return f"not valid JSON: {error}"


#: The CLI's output, its values left as text: the data for the engine, the headers for the
#: reader.
_read_envelope = msgspec.json.Decoder(dict[str, msgspec.Raw]).decode


@attrs.frozen
class CliResponse(Generic[_T]):
    """What the OCI CLI printed: the ``data``, and the response ``headers`` beside it.

    ``headers`` holds every top-level key but ``data`` (``etag``, ``opc-next-page``...).
    """

    data: _T
    headers: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class ArrayText:
    """How a style writes an array of records: before, between and after their texts.

    The API's and the SDK's forms write a JSON array; the CLI's its envelope, the items
    nested as ``json.dumps(indent=2)`` nests them (and nothing for an empty list).
    """

    head: bytes
    between: bytes
    tail: bytes
    empty: bytes

    def join(self, items: Sequence[bytes]) -> bytes:
        """The text of an array of ``items`` (each an item's text)."""
        return self.head + self.between.join(items) + self.tail if items else self.empty


#: How many records ``dumps`` writes with one call of orjson. Measured with ``python -m
#: benchmarks.run --corpus full|summaries|newer`` (wrmodel ÷ pydantic, encode of an array,
#: per record 0.62/0.94/0.88): 8 records 0.62/0.67/0.82, 16 0.66/0.67/0.82, 64 0.66/0.69/0.79.
_CHUNK = 8


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    """``items`` in consecutive slices of ``size`` (the last one shorter)."""
    return (items[i : i + size] for i in range(0, len(items), size))


def _array_text(envelope: str | None) -> ArrayText:
    if envelope is None:
        return ArrayText(b"[", b",", b"]", b"[]")
    return ArrayText(f'{{\n  "{envelope}": [\n'.encode(), b",\n", b"\n  ]\n}\n", b"")


def _cli_item(data: Any) -> bytes:
    """The text of JSON-ready ``data`` as an item of the CLI's array (``UnicodeEncodeError``).

    Nested by its newlines alone: strings may hold other line breaks (U+0085, U+2028),
    which ``json.dumps`` leaves as they are and ``textwrap.indent`` would indent after.
    """
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    return ("    " + text.replace("\n", "\n    ")).encode()


def _callers(cls: Any) -> bool:
    """Whether ``cls`` is an attrs class of the caller's, not a model (nor a subclass of one).

    Such classes take cattrs' way, with the converter's hooks for the models they hold.
    """
    return isinstance(cls, type) and attrs.has(cls) and not issubclass(cls, Model)


def _check_options(*, style: Any, unknown: Any, max_bytes: Any, max_depth: Any) -> None:
    """Refuse a ``Converter`` option out of its range, with a ``ValueError`` naming it."""
    for name, value, choices in (
        ("style", style, typing.get_args(StyleName)),
        ("unknown", unknown, typing.get_args(UnknownKeys)),
    ):
        if value not in choices:
            raise ValueError(
                f"{name}: {expected('one of ' + ', '.join(map(repr, choices)), value)}"
            )
    for name, value in (("max_bytes", max_bytes), ("max_depth", max_depth)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name}: {expected('a whole number from 1', value)}")


class Converter(cattrs.Converter):
    """A ``cattrs.Converter`` for one style of the wire form, with ``loads`` and ``dumps``.

    Make one with ``make_converter``; ``wrmodel.converter`` is the default (``api``).
    """

    def __init__(
        self,
        *,
        style: StyleName = "api",
        unknown: UnknownKeys = "keep",
        max_bytes: int = MAX_BYTES,
        max_depth: int = MAX_DEPTH,
        engine: bool = True,
    ) -> None:
        _check_options(style=style, unknown=unknown, max_bytes=max_bytes, max_depth=max_depth)
        super().__init__()
        self.style = style
        self.max_bytes = max_bytes
        self._codec = Codec(UNIONS, style=style, unknown=unknown, max_depth=max_depth)
        #: The key of the data in this style's documents (the CLI's ``data``), if any.
        self.envelope = self._codec.style.envelope
        #: How this style writes an array of records (``dumps`` of a list, the streams).
        self.array = _array_text(self.envelope)
        self._engine = Engine(self._codec, self._general) if engine else None
        #: The fast decoders from JSON text (``_engine``) built so far; ``loads`` tries them
        #: first.
        self.fast = {} if self._engine is None else self._engine.decoders
        _configure(self, self._codec)

    def structure(self, obj: Any, cl: Any) -> Any:
        """Structure as cattrs does, with every problem in one ``DecodeError`` at its path.

        For classes of the caller's that hold wrmodel's: ``$.wr.id`` is the ``id`` of the
        request in the attribute ``wr``.
        """
        try:
            return super().structure(obj, cl)
        except DecodeError:
            raise
        except (BaseValidationError, ValidationError) as error:
            raise DecodeError(_problems(error, "$"), subject(cl)) from None

    @overload
    def loads(self, data: bytes | str) -> WorkRequest: ...
    @overload
    def loads(self, data: bytes | str, cls: type[_T]) -> _T: ...
    def loads(self, data: bytes | str, cls: Any = WorkRequest) -> Any:
        """Decode JSON text into ``cls``: a model class or ``list[Model]``."""
        if self.envelope:
            return self.read_cli(data, cls).data
        fast = self._fast_for(cls)
        if fast is not None:
            try:
                if len(data) <= self.max_bytes:
                    return fast(data)
            except SURPRISES:
                count_fallback("engine")  # not for the engine: the general way says why
        return self._decode_text(data, cls, self.structure_wire)

    @overload
    def read_cli(self, data: bytes | str) -> CliResponse[WorkRequest]: ...
    @overload
    def read_cli(self, data: bytes | str, cls: type[_T]) -> CliResponse[_T]: ...
    def read_cli(self, data: bytes | str, cls: Any = WorkRequest) -> CliResponse[Any]:
        """Decode what the OCI CLI printed: ``{"data": ..., "etag": ...}``."""
        fast = self._fast_for(cls)
        if fast is not None:
            try:
                if len(data) <= self.max_bytes:
                    envelope = _read_envelope(data)
                    decoded = fast(envelope.pop(self.envelope or "data"))
                    return CliResponse(decoded, {k: read_json(v) for k, v in envelope.items()})
            except SURPRISES:
                count_fallback("engine")  # not for the engine: the general way says why
        return self._decode_text(data, cls, self._from_envelope)  # type: ignore[no-any-return]

    def _fast_for(self, cls: Any) -> Callable[[Any], Any] | None:
        """The engine's decoder of ``cls``, a declared family's learnt on first use; or None."""
        try:
            fast = self.fast.get(cls)
            if fast is None and self._engine is not None:
                fast = self._engine.decoder(cls)
        except TypeError:  # unhashable, so no class: the general path says what is wrong
            return None
        return fast

    def _general(self, data: bytes, cls: Any) -> Any:
        """``cls`` from JSON text the general way, without the engine: one record of an array."""
        return self._decode_text(data, cls, self.structure_wire)

    def _decode_text(self, data: bytes | str, cls: Any, decode: Callable[[Any, Any], Any]) -> Any:
        """``decode(value, cls)`` of the JSON value of ``data``."""
        return decode(self._parse(data, cls), cls)

    def _from_envelope(self, value: Any, cls: Any) -> CliResponse[Any]:
        key = self.envelope or "data"
        if not isinstance(value, dict):
            problem = Problem("$", expected(f'the CLI\'s output, an object with "{key}"', value))
            raise self._error([problem], value, cls)
        data = value.get(key, _MISSING)
        if data is _MISSING:
            if typing.get_origin(cls) is not list:
                raise self._error([Problem(f"$.{key}", "required field is missing")], value, cls)
            data = []  # the CLI prints no "data" for an empty list
        decoded = self.structure_wire(data, cls, f"$.{key}")
        return CliResponse(decoded, {k: v for k, v in value.items() if k != key})

    def dumps(self, obj: Any, *, headers: Mapping[str, Any] | None = None) -> bytes:
        """Encode a model, or a list of models, as JSON (UTF-8 bytes).

        In the ``cli`` style, the text is what the OCI CLI prints for it, ``headers``
        beside the data; elsewhere ``headers`` is an error. An enum field holding
        ``UNKNOWN_ENUM_VALUE`` without the string that came is an ``EncodeError`` at its
        path: that value was lost before it reached wrmodel, and no service sent the
        placeholder. So is a kept unknown key that this style names as a field (a
        ``compartment_id`` kept from an API document, written in the SDK's style).
        """
        try:
            return self._dumps(obj, headers)
        except UnwritableError:
            root = f"$.{self.envelope}" if self.envelope else "$"
            raise EncodeError(str(self._codec.unwritable(obj, root))) from None

    def _dumps(self, obj: Any, headers: Mapping[str, Any] | None) -> bytes:
        if not self.envelope and headers is None:
            encode = self._codec.writers.get(obj.__class__)
            if encode is not None:  # one model: the common case of an API client
                try:
                    return orjson.dumps(encode(obj))
                except orjson.JSONEncodeError:
                    pass  # the general way below says why, or writes big integers
        if not self.envelope and headers is None and isinstance(obj, list | tuple):
            # A chunk of records at a time: one orjson call writes a few records' dicts while
            # they are fresh (a list of them all costs the garbage collector more than the
            # writing, on 10 000 full records), and orjson is called once per chunk, not per
            # record (which cost summaries a third). Each chunk's brackets are cut.
            encoders, encoder, dumps = self._codec.writers, self._codec.writer, orjson.dumps
            try:
                parts = [
                    dumps([(encoders.get(x.__class__) or encoder(x))(x) for x in chunk])[1:-1]
                    for chunk in _chunks(obj, _CHUNK)
                ]
                return self.array.join(parts)
            except orjson.JSONEncodeError:
                pass  # the general way below says why, or writes big integers
        if not self.envelope and headers is None:
            count_fallback("encoder")  # the API's and the SDK's forms have a direct way, not taken
        key = self.envelope
        if headers is not None and key is not None and key in headers:
            raise ValueError(f"headers cannot hold {key!r}: it is where the CLI writes the data")
        data = self._data(obj)
        if key is not None:
            try:
                if isinstance(data, list) and not headers:
                    return self.array.join([_cli_item(x) for x in data])
                # One object, or headers beside the data (none for an empty list, as the CLI).
                envelope = {key: data} if data or not isinstance(data, list) else {}
                envelope.update(headers or {})
                text = json.dumps(envelope, indent=2, sort_keys=True, ensure_ascii=False)
                return (text + "\n").encode()
            except UnicodeEncodeError as error:
                raise EncodeError(f"cannot encode {show(obj)}: {error}") from None
        if headers is not None:
            raise TypeError(f"headers are written only in the cli style, not {self.style!r}")
        try:
            return orjson.dumps(data)
        except orjson.JSONEncodeError as error:
            if "64-bit" not in str(error):  # a str with lone surrogates
                raise EncodeError(f"cannot encode {show(obj)}: {error}") from None
        try:  # a kept integer beyond 64 bits: the standard library writes it exactly
            return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
        except UnicodeEncodeError as error:
            raise EncodeError(f"cannot encode {show(obj)}: {error}") from None

    def structure_wire(self, value: Any, cls: Any, path: str = "$") -> Any:
        """Build ``cls`` from JSON-ready data in this converter's style."""
        if _callers(typing.get_args(cls)[0] if typing.get_origin(cls) is list else cls):
            return self.structure(value, cls)
        try:
            return self._codec.decode(value, cls, path)
        except DecodeError as error:
            raise self._error(list(error.problems), value, cls) from None

    def item_text(self, obj: Any) -> bytes:
        """The text of ``obj`` as an item of an array this converter writes (``array``)."""
        if self.envelope is None:
            return self.dumps(obj)
        try:
            return _cli_item(self.unstructure_wire(obj))
        except UnicodeEncodeError as error:
            raise EncodeError(f"cannot encode {show(obj)}: {error}") from None

    def unstructure_wire(self, obj: Any) -> Any:
        """The JSON-ready data of a model, or of a list of models, in this converter's style.

        An attrs object of the caller's (or a list of them) is unstructured by cattrs' way,
        with this converter's hooks for the models it holds.
        """
        try:
            return self._data(obj)
        except UnwritableError as error:
            raise EncodeError(str(error)) from None

    def _data(self, obj: Any) -> Any:
        first = obj[0] if isinstance(obj, list | tuple) and obj else obj
        if _callers(type(first)) and type(first) not in ENCODERS:
            return self.unstructure(obj)
        return self._codec.encode(obj)

    def _parse(self, data: bytes | str, cls: Any) -> Any:
        """The JSON value of ``data``.

        For the cli style, blank text is ``{}``: the CLI prints nothing for an empty list.
        """
        if isinstance(data, _JSON_TEXT) and len(data) > self.max_bytes:
            over = f"the input is {len(data)} bytes long, over the limit of {self.max_bytes}"
            raise DecodeError([Problem("$", f"{over} (max_bytes)")], subject(cls))
        if self.envelope and isinstance(data, str | bytes | bytearray) and not data.strip():
            return {}
        if not isinstance(data, _JSON_TEXT):
            what = expected("JSON text (bytes or str)", data)
            raise DecodeError([Problem("$", what)], subject(cls))
        try:
            return read_json(data)
        except orjson.JSONDecodeError as error:
            raise DecodeError([Problem("$", _not_json(data, error))], subject(cls)) from None

    def _error(self, problems: list[Problem], value: Any, cls: Any) -> DecodeError:
        """A DecodeError for ``problems``, first saying so if ``value`` looks like another style."""
        style = looks_like(value, cls)
        if style is not None and style != self.style:
            hint = f"this looks like the {style} style, not {self.style}: use style={style!r}"
            problems = [Problem("$", hint), *problems]
        return DecodeError(problems, subject(cls))


def looks_like(value: Any, cls: Any) -> StyleName | None:
    """The style whose keys ``value`` (a document for ``cls``) shares most, if any."""
    for name, style in STYLES.items():
        if style.envelope is not None and isinstance(value, Mapping) and style.envelope in value:
            return name
    while isinstance(value, list) and value:
        value = value[0]
    target = typing.get_args(cls)[0] if typing.get_origin(cls) is list else cls
    if not isinstance(value, Mapping) or target not in ALL_MODELS:
        return None
    counts = {}
    for name in STYLES:
        codec = _CONVERTERS[name]._codec
        codec.learn(target)  # a model class: its keys are known once learnt
        counts[name] = len(codec.known_keys[target] & set(value))
    best = max(counts, key=lambda name: counts[name])
    return best if counts[best] and list(counts.values()).count(counts[best]) == 1 else None


def configure_converter(converter: cattrs.Converter, *, style: StyleName = "api") -> None:
    """Give a ``cattrs.Converter`` of the caller's wrmodel's hooks, for the wire's ``style``.

    In the manner of ``cattrs.preconf``: wrmodel's models, lists of them and events, with
    their keys in ``style``; ``pendulum.DateTime`` and ``datetime.datetime`` through the
    strict RFC 3339 parser; the enums, open to values this version does not know; and
    ``str``, ``int``, ``float`` and ``bool`` without coercion (``3`` is not ``"3"``).

    >>> import cattrs, wrmodel
    >>> mine = cattrs.Converter()
    >>> configure_converter(mine)
    >>> mine.structure({"message": "m"}, wrmodel.WorkRequestLogEntry)
    WorkRequestLogEntry(message='m')
    """
    _configure(converter, shared_converter(style)._codec)


def _configure(converter: cattrs.Converter, codec: Codec) -> None:
    # Leaf hooks first, so that classes of the caller's own that hold wrmodel's timestamps
    # or enums get them.
    for scalar, check in _SCALARS.items():
        converter.register_structure_hook(scalar, check)
    for time_type in (pendulum.DateTime, dt.datetime):
        converter.register_structure_hook(time_type, _structure_time)
        converter.register_unstructure_hook(time_type, codec.style.time)
    for enum_cls in ENUMS:
        converter.register_structure_hook(enum_cls, _structure_enum)
        converter.register_unstructure_hook(enum_cls, _unstructure_enum)
    # The models, the unions and lists of them, by what the codec learns on first use.
    converter.register_structure_hook_func(codec.decodes, codec.decode)
    converter.register_unstructure_hook_func(codec.encodes, codec.encode)


def _scalar(what: str, ok: Callable[[Any], bool], make: Callable[[Any], Any]) -> Any:
    def structure(value: Any, _: Any) -> Any:
        if not ok(value):
            raise DecodeError([Problem("$", expected(what, value))])
        return make(value)

    return structure


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


#: What each scalar takes, without coercion; subclasses become the plain type.
_SCALARS = {
    str: _scalar("a string", lambda v: isinstance(v, str), str.__str__),
    int: _scalar("an integer", lambda v: _number(v) and isinstance(v, int), int),
    float: _scalar("a number", _number, float),
    bool: _scalar("true or false", lambda v: isinstance(v, bool), bool),
}


def _structure_time(value: Any, _: Any) -> pendulum.DateTime:
    return parse_rfc3339(value)


def _problems(error: BaseException, path: str) -> list[Problem]:
    """The problems of a cattrs error (an exception group) or a wrmodel error, at ``path``."""
    if isinstance(error, ValidationError):
        return [Problem(path + p.path[1:], p.message) for p in error.problems]
    if not isinstance(error, BaseValidationError):
        if isinstance(error, KeyError):
            return [Problem(path, "required field is missing")]
        return [Problem(path, f"{type(error).__name__}: {error}")]
    problems = []
    for sub in error.exceptions:
        where = path
        for note in getattr(sub, "__notes__", ()):
            if isinstance(note, AttributeValidationNote):
                where = key_path(where, note.name)
            elif isinstance(note, IterableValidationNote):
                where = f"{where}[{note.index}]"
        problems += _problems(sub, where)
    return problems


def _structure_enum(value: Any, cls: type[enum.StrEnum]) -> enum.StrEnum:
    try:
        return to_enum(cls, value)
    except ValidationError as error:
        raise DecodeError(error.problems) from None


def _unstructure_enum(member: enum.StrEnum) -> str:
    return member._value_


def make_converter(
    *,
    style: StyleName = "api",
    unknown: UnknownKeys = "keep",
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    engine: bool = True,
) -> Converter:
    """Make a converter for one style of the wire form.

    ``style``: ``"api"`` (camelCase, the API's own), ``"sdk"`` (snake_case with every field,
    as ``oci.util.to_dict`` gives) or ``"cli"`` (kebab-case in ``{"data": ...}``, as the OCI
    CLI prints). ``unknown`` says what happens to keys the models do not know: ``"keep"``
    them on the object (and write them back), ``"drop"`` them (and the strings of unknown
    enum values), or ``"forbid"`` them: each unknown key and each enum value this version
    does not know is a problem at its path, so nothing is lost silently.

    Limits: ``max_bytes``, the longest text ``loads`` reads (128 MiB); ``max_depth``, how
    deeply a kept unknown value may nest (64, at most 256). JSON itself may nest 1024 levels
    (orjson's limit).

    ``engine=False`` leaves out the C engine (msgspec) that ``loads`` tries first: JSON text
    is then always read by the general path, to the same result (to compare, or to debug).

    >>> strict = make_converter(unknown="forbid")
    >>> strict.loads(b'{"id": "x", "operationType": "DELETE_COMPARTMENT",'
    ...              b' "status": "ACCEPTED", "color": "red"}')
    Traceback (most recent call last):
    ...
    wrmodel.exceptions.DecodeError: $.color: unknown key (not a field of WorkRequest) (decoding ...)
    """
    if style not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, not {style!r}")
    if unknown not in ("keep", "drop", "forbid"):
        raise ValueError(f"unknown must be one of keep, drop, forbid, not {unknown!r}")
    for name, limit, most in (("max_bytes", max_bytes, None), ("max_depth", max_depth, 256)):
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"{name} must be a positive integer, not {limit!r}")
        if most is not None and limit > most:  # kept values are frozen and hashed recursively
            raise ValueError(f"{name} must be at most {most}, not {limit!r}")
    return Converter(
        style=style, unknown=unknown, max_bytes=max_bytes, max_depth=max_depth, engine=engine
    )


#: The default converter of each style, used by the module-level functions.
_CONVERTERS: Mapping[str, Converter] = types.MappingProxyType(
    {name: make_converter(style=name) for name in STYLES}
)

#: The default converter (the ``api`` style).
converter = _CONVERTERS["api"]
#: Its writers, which the module-level ``dumps`` calls directly for one model.
_API_WRITERS = converter._codec.writers


def codec_for(style: StyleName) -> Codec:
    """The codec of the shared converter of ``style`` (for the JSON Schema)."""
    return shared_converter(style)._codec


def field_values(cls: type, doc: Mapping[str, Any]) -> dict[str, Any]:
    """The values of the fields of ``cls`` that ``doc`` (the API's form) holds, checked.

    A ``DecodeError`` names each bad one by its path.
    """
    return converter._codec.field_values(cls, doc)


def shared_converter(style: StyleName) -> Converter:
    """The shared converter of ``style`` (what ``loads(..., style=)`` uses); checked."""
    try:
        return _CONVERTERS[style]
    except (KeyError, TypeError):
        raise ValueError(f"style must be one of {', '.join(STYLES)}, not {style!r}") from None


@overload
def loads(data: bytes | str, *, style: StyleName = ...) -> WorkRequest: ...
@overload
def loads(data: bytes | str, cls: type[_T], *, style: StyleName = ...) -> _T: ...
def loads(data: bytes | str, cls: Any = WorkRequest, *, style: StyleName = "api") -> Any:
    """Decode JSON text into ``cls``: a model class or ``list[Model]``.

    ``cls`` is ``WorkRequest`` by default; ``style`` is ``"api"`` (camelCase), ``"sdk"``
    (snake_case) or ``"cli"`` (the CLI's output; the data is returned, see ``read_cli`` for
    the headers too).

    Args:
        data: JSON text, as bytes (UTF-8) or str.
        cls: what the text holds: a model class, or ``list[Model]``.
        style: the form of the text: ``"api"``, ``"sdk"`` or ``"cli"``.

    Returns:
        An object of ``cls``, validated, with what a newer API sent kept in ``unknown``.

    Raises:
        DecodeError: every problem of the text at once, each at its wire path.

    >>> loads(b'{"id": "ocid1.workrequest.oc1..x", "operationType": "DELETE_COMPARTMENT",'
    ...       b' "status": "ACCEPTED", "timeAccepted": "2016-08-25T21:10:29.600Z"}').status
    <Status.ACCEPTED: 'ACCEPTED'>
    """
    try:
        converter = _CONVERTERS[style]
    except (KeyError, TypeError):
        converter = shared_converter(style)  # says what is wrong
    return converter.loads(data, cls)


def dumps(obj: Any, *, style: StyleName = "api", headers: Mapping[str, Any] | None = None) -> bytes:
    """Encode a model, or a list of models, as JSON (UTF-8 bytes) in ``style``.

    ``api``: keys in camelCase and in the SDK's order, ``None`` fields left out, timestamps
    in UTC as ``2016-08-25T21:10:29.600Z``. ``sdk``: ``oci.util.to_dict``'s form.
    ``cli``: the text the OCI CLI prints, with ``headers`` beside the data.

    Args:
        obj: a model, or a list of models.
        style: the form to write: ``"api"``, ``"sdk"`` or ``"cli"``.
        headers: for the ``cli`` style, the response headers to write beside the data.

    Returns:
        The JSON text, UTF-8 encoded.

    Raises:
        EncodeError: a value cannot be written (a placeholder that stands for a lost value,
            a kept unknown key that the style names as a field, a string UTF-8 cannot
            hold), said at its wire path.

    >>> from wrmodel import WorkRequestLogEntry
    >>> dumps(WorkRequestLogEntry(message="Work request accepted."))
    b'{"message":"Work request accepted."}'
    """
    if headers is None and style == "api":  # the common case: straight to the writer
        write = _API_WRITERS.get(obj.__class__)
        if write is not None:
            try:
                return orjson.dumps(write(obj))
            except (orjson.JSONEncodeError, EncodeError):
                pass  # the converter says why, or writes big integers
    try:
        converter = _CONVERTERS[style]
    except (KeyError, TypeError):
        converter = shared_converter(style)  # says what is wrong
    return converter.dumps(obj, headers=headers)


@overload
def read_cli(data: bytes | str) -> CliResponse[WorkRequest]: ...
@overload
def read_cli(data: bytes | str, cls: type[_T]) -> CliResponse[_T]: ...
def read_cli(data: bytes | str, cls: Any = WorkRequest) -> CliResponse[Any]:
    """Decode what the OCI CLI printed into a ``CliResponse``: the data and the headers.

    ``read_cli(text, list[WorkRequestSummary])`` is a ``CliResponse[list[...]]``.
    """
    return _CONVERTERS["cli"].read_cli(data, cls)


def structure(value: Any, cls: type[_T], *, style: StyleName = "api") -> _T:
    """Build ``cls`` (a model class or ``list[Model]``) from JSON-ready data.

    Args:
        value: a ``Mapping`` in the style's form, or a sequence of them for ``list[Model]``.
        cls: a model class, or ``list[Model]``.
        style: the form of ``value``: ``"api"``, ``"sdk"`` or ``"cli"``.

    Returns:
        An object of ``cls``, validated.

    Raises:
        DecodeError: as ``loads`` raises it, every problem at its wire path.
    """
    return shared_converter(style).structure_wire(value, cls)  # type: ignore[no-any-return]


def unstructure(obj: Any, *, style: StyleName = "api") -> Any:
    """The data of a model (a dict) or of a list of models (a list of dicts), in ``style``.

    Args:
        obj: a model, or a list of models.
        style: the form to make: ``"api"``, ``"sdk"`` or ``"cli"``.

    Returns:
        Only dicts, lists, strings, numbers, booleans and ``None``: ready for any JSON writer.
    """
    return shared_converter(style).unstructure_wire(obj)
