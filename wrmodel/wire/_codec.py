"""Between the models and JSON-ready data: one generated decoder and one encoder per class.

Everything here is derived from the classes' attrs fields: the kind of each field comes from
its type, its key from its name and the style. For each class, code is generated once (on
first use):

- a decoder whose happy path is straight: each field's template from its kind (exact JSON
  types, nothing wrong). A template never decides that a value is bad: on a surprise, that
  field alone takes its detailed step (the kind's reading step and the field's converter,
  the definition of valid), which keeps the value (a ``str`` subclass, a ``Mapping`` that
  is not a ``dict``) or says what is wrong at its path; the other fields go on, and every
  problem is raised at once (cattrs' detailed validation, in generated code). Errors are
  the exception, so they alone pay for the detail;
- an encoder that writes the style's form directly.

Why not ``cattrs.gen``: its structuring functions always call the class's validating
``__init__`` (measured: decoding about 2.9 times slower), and they can neither keep unknown
keys nor report problems at wire paths. The generated code here builds the objects as every
model object is built without ``__init__`` (``models._build``).
"""

from __future__ import annotations

import functools
import threading
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from wrmodel._compile import compile_function
from wrmodel._errors import expected, key_path, show
from wrmodel.exceptions import DecodeError, EncodeError, Problem, ValidationError
from wrmodel.models._build import build_lines
from wrmodel.models._enums import KNOWN
from wrmodel.models._frozen import MAX_DEPTH, FrozenDict, NotJSONError, freeze, thaw
from wrmodel.models._models import Unknown, as_sent
from wrmodel.models._time import DIGITS2, MILLIS, UTC, years

from ._kinds import SCOPE, SURPRISES
from ._registry import ENCODERS, Unions, count_fallback, finished
from ._styles import STYLES, TAG, Field, StyleName, UnknownKeys, fields_of, subject


class Invalid(ValueError):  # noqa: N818 (the generated decoders' own signal, never seen outside)
    """What a generated decoder raises: every problem of its value, at paths from ``$``."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems


class Codec:
    """The decoders and encoders of the models, for one style and one unknown-key rule.

    Built on first use, a family at a time: a class's decoder and encoder are generated the
    first time the class (or another of its family) is decoded or encoded. ``unions`` are
    the tagged unions (``register_union``): each member is written with its class's name
    under ``TAG``.
    """

    def __init__(
        self,
        unions: Unions,
        *,
        style: StyleName = "api",
        unknown: UnknownKeys = "keep",
        max_depth: int = MAX_DEPTH,
        templates: bool = True,
    ) -> None:
        self.unions = unions
        #: Whether fields take their kind's template first (False: the detailed step alone,
        #: which the tests compare the templates with).
        self.templates = templates
        self.style = STYLES[style]
        self.max_depth = max_depth
        self._unknown = unknown
        self.fields: dict[type, tuple[Field, ...]] = {}
        #: The tag of each union member built so far.
        self.tags: dict[type, str] = {}
        #: Per class, what its unknown keys get: "keep", "drop" or "forbid".
        self.unknown_rule: dict[type, UnknownKeys] = {}
        self.known_keys: dict[type, frozenset[str]] = {}
        self.decoders: dict[Any, Callable[[Any], Any]] = {}
        self.encoders: dict[type, Callable[[Any], dict[str, Any]]] = {}
        #: The encoders behind ``dumps``, whose dicts go straight to orjson (enum members).
        self.writers: dict[type, Callable[[Any], dict[str, Any]]] = {}
        #: Building is done once per family, whichever thread asks first.
        self.lock = threading.RLock()

    def learn(self, tp: Any) -> bool:
        """Build what ``tp`` (a class, a union, or ``list[...]`` of one) needs; whether it can.

        A class is learnt with its whole family (``__wrmodel_family__``), a union with its
        members: the first use of any of them builds them all.
        """
        target = typing.get_args(tp)[0] if typing.get_origin(tp) is list else tp
        if target in self.decoders:
            return True
        with self.lock:
            union = self.union_of(target)
            if union is not None:
                members = self.unions[union]
                self.tags.update((cls, cls.__name__) for cls in members)
                self.add(members)
                self.decoders[union] = self._union_decoder(union)
                self.decoders[list[union]] = self._list_decoder(self.decoders[union])  # type: ignore[valid-type]
                return True
            family = getattr(target, "__wrmodel_family__", None)
            if family is not None:  # also for a subclass of the caller's: encoded as its base
                self.add(family.classes)
            return target in self.fields

    def union_of(self, cls: Any) -> type | None:
        """The tagged union ``cls`` is, or is a member of; None if none."""
        return next((u for u, m in self.unions.items() if cls is u or cls in m), None)

    def add(self, classes: Sequence[type]) -> None:
        """Make the decoders and encoders of ``classes`` (and of the classes they hold)."""
        for cls in classes:
            if cls in self.fields:
                continue
            fields = fields_of(cls, self.style.key)
            for f in fields:  # what it holds first (its family): its functions are referenced
                if f.form.nests:
                    self.learn(f.of)
            self.fields[cls] = fields
            keeps = self._unknown == "keep" and "unknown" not in attrs.fields_dict(cls)
            self.unknown_rule[cls] = "forbid" if keeps else self._unknown
            tag = {TAG} if cls in self.tags else set()
            self.known_keys[cls] = frozenset(f.key for f in fields) | tag
            self.decoders[cls] = finished(cls, self._generate_decoder(cls))
            self.decoders[list[cls]] = self._list_decoder(self.decoders[cls])  # type: ignore[valid-type]
            self.encoders[cls] = self._generate_encoder(cls, writing=False)
            self.writers[cls] = self._generate_encoder(cls, writing=True)

    def decode(self, value: Any, tp: Any, path: str = "$") -> Any:
        """Build ``tp`` (a class, a union or ``list[...]`` of one) from JSON-ready ``value``."""
        try:
            decode = self.decoders.get(tp)
            if decode is None:
                self.learn(tp)
                decode = self.decoders[tp]
        except (KeyError, TypeError):
            msg = f"cannot decode into {show(tp)}: expected a model class or list[Model]"
            raise TypeError(msg) from None
        try:
            return decode(value)
        except Invalid as error:
            raise DecodeError(_rooted(error.problems, path), subject(tp)) from None

    def field_values(self, cls: type, doc: Mapping[str, Any]) -> dict[str, Any]:
        """The attribute values of the fields of ``cls`` whose keys ``doc`` has, checked."""
        if not doc:
            return {}
        self.learn(cls)
        problems: list[Problem] = []
        values = {
            f.name: self._field(f, doc[f.key], key_path("$", f.key), problems)
            for f in self.fields[cls]
            if f.key in doc
        }
        if problems:
            raise DecodeError(problems, cls.__name__)
        return values

    def encode(self, obj: Any) -> Any:
        """The JSON-ready form of an object, or of a list of objects."""
        try:
            encode = self.encoders.get(obj.__class__)
            if encode is not None:
                return encode(obj)
            if isinstance(obj, list | tuple):
                return [self.encoder(x)(x) for x in obj]
            return self.encoder(obj)(obj)
        except UnwritableError:
            raise self.unwritable(obj) from None

    def unwritable(self, obj: Any, root: str = "$") -> UnwritableError:
        """The error of writing ``obj``, which holds a value that cannot be written: at its path."""
        return UnwritableError(str(self._unwritable_at(obj, root)))

    def _unwritable_at(self, obj: Any, path: str) -> str | None:
        """The first value in ``obj`` that cannot be written, at its wire path with why; or None.

        A placeholder of a lost value, or a kept unknown key that this style names as a field.
        """
        if isinstance(obj, list | tuple):
            places = (self._unwritable_at(x, f"{path}[{i}]") for i, x in enumerate(obj))
            return next((p for p in places if p is not None), None)
        cls = next((c for c in type(obj).__mro__ if c in self.fields), None)
        for f in self.fields.get(cls, ()):  # type: ignore[arg-type]
            value = getattr(obj, f.name)
            at = key_path(path, f.key)
            if f.form.open and value is f.of.UNKNOWN_ENUM_VALUE:
                unknown = obj.unknown
                if unknown is None or f.name not in unknown.values:
                    return f"{at}: {LOST}"
            elif f.form.nests and value is not None:
                found = self._unwritable_at(value, at)
                if found is not None:
                    return found
        unknown = getattr(obj, "unknown", None)
        if cls is not None and unknown is not None:
            for key, value in self._kept_keys(unknown):
                if key in self.known_keys[cls]:
                    kept = f"{show(key)}: {show(thaw(value))}"
                    return (
                        f"{key_path(path, key)}: {CLASH.format(kept=kept, style=self.style.name)}"
                    )
        return None

    def decodes(self, tp: Any) -> bool:
        """Whether this codec decodes ``tp``: a model class, a union, or a list of one."""
        try:
            return self.learn(tp)
        except TypeError:  # unhashable: no class
            return False

    def encodes(self, cls: type) -> bool:
        """Whether this codec writes instances of ``cls``: a model class or a subclass of one."""
        self.learn(cls)
        return any(c in self.encoders for c in cls.__mro__)

    def encoder(self, obj: object, *, writing: bool = False) -> Callable[[Any], dict[str, Any]]:
        """The encoder of ``obj``'s class or of the class it derives from (its writer)."""
        self.learn(type(obj))
        encoders = self.writers if writing else self.encoders
        for cls in type(obj).__mro__:
            if cls in encoders:
                return encoders[cls]
            if cls in ENCODERS:
                return ENCODERS[cls]
        msg = f"cannot encode {show(obj)}: expected a model or a list of models"
        raise EncodeError(msg)

    def writer(self, obj: object) -> Callable[[Any], dict[str, Any]]:
        """The writer of ``obj``'s class or of the class it derives from (for orjson)."""
        return self.encoder(obj, writing=True)

    def _write(self, obj: Any) -> Any:
        """A held object's dict for orjson, by its own class (another family's, maybe)."""
        return (self.writers.get(obj.__class__) or self.writer(obj))(obj)

    # Code generation: each field's worth of straight-line code, from its kind's template
    # (``_kinds``); ``{count}`` counts a key that was there, when unknown keys are looked for.

    def _generate_decoder(self, cls: type) -> Callable[[Any], Any]:
        """``decode_X(d)``: the object of ``cls`` from JSON-ready ``d``, or ``Invalid``.

        Each field's happy path is its kind's template, straight: exact JSON types, nothing
        wrong. A template never decides that a value is bad: on any surprise it gives up, and
        the field's detailed step (``_detailed``: the kind's reading step and the field's
        converter, the definition of valid) takes that field, keeping its value or saying
        what is wrong at its path. The other fields go on; every problem is raised at once.
        """
        fields = self.fields[cls]
        rule = self.unknown_rule[cls]
        counting = rule != "drop"
        keeps = rule == "keep"
        scope: dict[str, Any] = {
            **SCOPE,
            "_Invalid": Invalid,
            "_Surprises": SURPRISES,
            "_as_dict": functools.partial(_as_dict, cls),
            "_unknown_of": self.kept,
            "_extra": functools.partial(_extra, cls, self.known_keys[cls]),
            "_keys": self.known_keys[cls],
            "_str": str.__str__,
        }
        required = sum(f.required for f in fields) + (cls in self.tags)
        lines = [
            f"def decode_{cls.__name__}(d):",
            "    if d.__class__ is not dict:",
            "        d = _as_dict(d)",
            "    p = None",
        ]
        if cls in self.tags:
            scope["_tag"] = functools.partial(_tag, self.tags[cls])
            lines += [
                "    try:",
                f"        if d[{TAG!r}] != {self.tags[cls]!r}:",
                "            raise _NotSure",
                "    except _Surprises:",
                "        p = _tag(d, p)",
            ]
        if keeps:
            lines.append("    raw = None")
        if counting:
            lines.append(f"    n = {required}")
        for i, f in enumerate(fields):
            c = f"_{i}"
            scope[f"{c}_convert"] = f.convert
            scope[f"{c}_detailed"] = functools.partial(self._detailed, f, rule == "forbid")
            scope.update({f"{c}_{k}": v for k, v in f.form.names(f.of, self.decoders).items()})
            # What an enum value this version does not know gets: its string kept, a problem
            # (the detailed step says which), or nothing (dropped).
            on_unknown = {
                "keep": f"\n    raw = {{**(raw or {{}}), {f.name!r}: x}}",
                "forbid": "\n    raise _NotSure",
            }.get(rule, "")
            body = f.form.decode.format(v=f"v{i}", c=c, on_unknown=on_unknown).splitlines()
            lines.append("    try:")
            if not self.templates:
                lines.append("        raise _NotSure")
            elif f.required:
                lines.append(f"        v{i} = d[{f.key!r}]")
                lines += [f"        {line}" for line in body]
            else:
                lines += [f"        v{i} = d.get({f.key!r})", f"        if v{i} is not None:"]
                lines += [f"            {line}" for line in body]
                if counting:
                    lines.append("            n += 1")
            lines += ["    except _Surprises:", f"        p, v{i} = {c}_detailed(d, p)"]
            if keeps and f.form.open:  # the string of a value this version does not know
                lines += [
                    f"        if v{i} is {c}_unknown and d[{f.key!r}] not in {c}_known:",
                    f"            raw = {{**(raw or {{}}), {f.name!r}: _str(d[{f.key!r}])}}",
                ]
        if rule == "forbid":
            lines.append(
                "    if n != len(d) and not _keys.issuperset(d):\n        p = _extra(d, p)"
            )
        lines.append("    if p:\n        raise _Invalid(p)")
        if keeps:
            lines.append("    unknown = None\n    if raw is not None or n != len(d):")
            lines.append("        unknown = _unknown_of(d, raw, _keys)")
        body = [f"o.{f.name} = v{i}" for i, f in enumerate(fields)]
        if "unknown" in attrs.fields_dict(cls):
            body.append(f"o.unknown = {'unknown' if keeps else 'None'}")
        lines += [f"    {line}" for line in build_lines(cls, "o", body, scope)]
        lines.append("    return o")
        return compile_function(lines, scope, f"<wrmodel {self.style.name} decode {cls.__name__}>")

    def _detailed(
        self, f: Field, forbid: bool, d: dict[str, Any], p: list[Problem] | None
    ) -> tuple[list[Problem] | None, Any]:
        """Field ``f`` of ``d`` the detailed way: the problems so far with its own, its value."""
        count_fallback("detailed")
        at = key_path("$", f.key)
        problems: list[Problem] = []
        value = None
        if f.key not in d:
            if f.required:
                problems.append(Problem(at, "required field is missing"))
        else:
            value = self._field(f, d[f.key], at, problems)
            if forbid and value is not None and f.form.open and d[f.key] not in KNOWN[f.of]:
                what = f"one of the {f.of.__name__} values this version knows (unknown='forbid')"
                problems.append(Problem(at, expected(what, d[f.key])))
        return ([*(p or ()), *problems] if problems else p), value

    def _field(self, f: Field, value: Any, path: str, problems: list[Problem]) -> Any:
        """The attribute value of field ``f`` from ``value``, or ``None`` with problems."""
        read = f.form.read
        if value is not None and (read is not None or f.form.nests):
            before = len(problems)
            if read is not None:
                try:
                    value = read(value)
                except DecodeError as error:
                    problems += [Problem(path, p.message) for p in error.problems]
            elif f.form.nests == "models":
                value = self._items(value, self.decoders[f.of], path, problems)
            else:
                value = _nested(self.decoders[f.of], value, path, problems)
            if len(problems) > before:
                return None
        try:
            return f.convert(value)
        except ValidationError as error:
            problems += _rooted(error.problems, path)
            return None

    @staticmethod
    def _items(
        value: Any, decode: Callable[[Any], Any], path: str, problems: list[Problem]
    ) -> tuple[Any, ...]:
        """The objects of an array ``value`` (any sequence but text and mappings)."""
        count_fallback("detailed")
        if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Sequence):
            problems.append(Problem(path, expected("an array", value)))
            return ()
        return tuple(
            _nested(decode, item, f"{path}[{i}]", problems) for i, item in enumerate(value)
        )

    def kept(
        self, d: Mapping[str, Any], raw: dict[str, str] | None, known: frozenset[str]
    ) -> Unknown | None:
        """``_unknown_of``, its failures ``Invalid``: a value JSON cannot hold, or too deep."""
        try:
            return self._unknown_of(d, raw, known)
        except NotJSONError as error:  # NaN, say, or a value of the caller's
            problem = Problem("$" + error.where, expected("a JSON value", error.value))
        except (ValueError, RecursionError):  # deeper than max_depth, or than Python allows
            what = f"an unknown key's value is nested deeper than {self.max_depth} levels"
            problem = Problem("$", what)
        raise Invalid([problem])

    def _unknown_of(
        self, d: Mapping[str, Any], raw: dict[str, str] | None, known: frozenset[str]
    ) -> Unknown | None:
        """What ``d`` holds beyond ``known`` keys, with the ``raw`` enum strings, or None.

        Nulls of known keys are not unknown; None when there is nothing to keep.
        """
        depth, style = self.max_depth, self.style
        keys, verbatim = {}, {}
        for key, value in d.items():
            if key not in known:
                try:
                    frozen = freeze(value, depth)
                except NotJSONError as error:
                    raise NotJSONError(error.value, key_path("", key) + error.where) from None
                if style.regular.fullmatch(key):
                    keys[style.from_style(key)] = frozen
                else:  # a key the namings do not convert exactly: kept as it came
                    verbatim[key] = frozen
        if not (raw or keys or verbatim):
            return None
        return Unknown(
            values=raw or {},
            keys=FrozenDict(sorted(keys.items())),
            verbatim=FrozenDict(sorted(verbatim.items())),
        )

    def _union_decoder(self, union: type) -> Callable[[Any], Any]:
        members = self.unions[union]
        by_tag = {self.tags[c]: self.decoders[c] for c in members}

        def decode_union(d: Any) -> Any:
            try:
                decode = by_tag[d[TAG]]
            except (KeyError, TypeError):  # no mapping, no tag, or another
                if not isinstance(d, Mapping):
                    what = expected(f"an object ({union.__name__})", d)
                    raise Invalid([Problem("$", what)]) from None
                one_of = f"one of {', '.join(by_tag)}"
                raise Invalid([Problem(key_path("$", TAG), expected(one_of, d.get(TAG)))]) from None
            return decode(d)

        return decode_union

    def _list_decoder(self, decode: Callable[[Any], Any]) -> Callable[[Any], list[Any]]:
        def decode_list(value: Any) -> list[Any]:
            if value.__class__ is list:
                try:
                    return list(map(decode, value))
                except Invalid:
                    pass  # each item again, every problem at its index
            problems: list[Problem] = []
            items = self._items(value, decode, "$", problems)
            if problems:
                raise Invalid(problems)
            return list(items)

        return decode_list

    def _generate_encoder(self, cls: type, *, writing: bool) -> Callable[[Any], dict[str, Any]]:
        """``encode_X(o)``: the dict of ``o`` in this style; ``writing``: for orjson alone."""
        scope: dict[str, Any] = {
            "_format_time": self.style.time,
            "_raw": _raw,
            "_thaw": thaw,
            "_put_unknown": self._put_unknown,
            "_encode": self._write if writing else self.encode,
            "_Y": years(),
            "_D2": DIGITS2,
            "_MS": MILLIS,
            "_UTC": UTC,
        }
        what = "write" if writing else "encode"
        body = [*self._encode(cls, "o", "d", 0, scope, writing=writing), "return d"]
        lines = [f"def {what}_{cls.__name__}(o):", *(f"    {line}" for line in body)]
        return compile_function(lines, scope, f"<wrmodel {self.style.name} {what} {cls.__name__}>")

    def _encode(
        self, cls: type, obj: str, out: str, level: int, scope: dict[str, Any], *, writing: bool
    ) -> list[str]:
        """The lines that write object ``obj`` of ``cls`` as the dict ``out``.

        Nested objects are written inline: a call per log entry costs more than its dict.
        """
        start = f"{{{TAG!r}: {self.tags[cls]!r}}}" if cls in self.tags else "{}"
        lines = [f"{out} = {start}"]
        v = f"v{level}"
        for f in self.fields[cls]:
            lines.append(f"{v} = {obj}.{f.name}")
            if f.form.nests == "models":  # inline: a call per log entry costs more than its dict
                item, written, items = f"x{level}", f"e{level + 1}", f"t{level}"
                value = items
                write = [
                    f"{items} = []",
                    f"for {item} in {v}:",
                    *(
                        f"    {line}"
                        for line in self._encode(
                            f.of, item, written, level + 1, scope, writing=writing
                        )
                    ),
                    f"    {items}.append({written})",
                ]
            else:
                c = f"_{cls.__name__}_{f.name}"
                scope.update({f"{c}_{k}": x for k, x in f.form.names(f.of, self.decoders).items()})
                template = (writing and f.form.write) or str(f.form.encode)
                time = self.style.time_expression.format(v=v)
                value = template.format(v=v, o=obj, c=c, a=f.name, time=time)
                write = []
            put = [*write, f"{out}[{f.key!r}] = {value}"]
            if f.required:
                lines += put
            elif self.style.nulls:
                lines += [f"if {v} is None:", f"    {out}[{f.key!r}] = None", "else:"]
                lines += [f"    {line}" for line in put]
            else:
                lines += [f"if {v} is not None:", *(f"    {line}" for line in put)]
        if "unknown" in attrs.fields_dict(cls):
            u = f"u{level}"
            scope[f"_known_{cls.__name__}"] = self.known_keys[cls]
            lines += [
                f"{u} = {obj}.unknown",
                f"if {u} is not None and ({u}.keys or {u}.verbatim):",
                f"    _put_unknown({out}, {u}, _known_{cls.__name__})",
            ]
        return lines

    def _kept_keys(self, unknown: Unknown) -> Iterator[tuple[str, Any]]:
        """The kept unknown keys, in this style's naming (but verbatim ones), with their values."""
        for key, value in unknown.keys.items():
            yield self.style.to_style(key), value
        yield from unknown.verbatim.items()

    def _put_unknown(self, d: dict[str, Any], unknown: Unknown, known: frozenset[str]) -> None:
        """Write the kept unknown keys into ``d``; one this style names as a field is an error.

        Only a verbatim key read in another style can clash so (``operationType`` in a
        snake_case document is the API's key of ``operation_type``): written, it would be read
        back as the field, and leaving it out would lose it, so it is refused.
        """
        for key, value in self._kept_keys(unknown):
            if key in known:
                raise UnwritableError
            d[key] = thaw(value)


#: Why a kept unknown key that this style names as a field is not written.
CLASH = (
    "the unknown key {kept}, kept from a document of another style, is the {style} style's key"
    " of a field: written, it would be read back as that field, and left out it would be lost"
    " (write this object in the style its document came in)"
)

#: Why the placeholder of a lost value is not written.
LOST = (
    "UNKNOWN_ENUM_VALUE stands for a value lost before it reached wrmodel (the OCI SDK puts"
    " it in place of values it does not know, and objects made by hand may hold it); no"
    " service sent it, so it is not written: decode the response's JSON body with wrmodel to"
    " keep the value"
)


class UnwritableError(EncodeError):
    """A value cannot be written; ``Codec.unwritable`` finds which, and says where and why.

    An enum field holds ``UNKNOWN_ENUM_VALUE`` and the string that came was not kept, or a
    kept unknown key is the style's key of a field.
    """


def _raw(obj: Any, name: str) -> str:
    """The string an ``UNKNOWN_ENUM_VALUE`` field of ``obj`` came as; ``UnwritableError``: lost."""
    raw = as_sent(obj, name, lost=None)
    if raw is None:
        raise UnwritableError(f"{type(obj).__name__}.{name}: {LOST}")
    return raw


def _rooted(problems: Sequence[Problem], path: str) -> list[Problem]:
    """``problems`` at paths from ``$``, put under ``path``."""
    return [Problem(path + p.path[1:], p.message) for p in problems]


def _nested(decode: Callable[[Any], Any], value: Any, path: str, problems: list[Problem]) -> Any:
    """``decode(value)``, its problems put under ``path``; None if it has any."""
    try:
        return decode(value)
    except Invalid as error:
        problems += _rooted(error.problems, path)
        return None


def _as_dict(cls: type, value: Any) -> dict[str, Any]:
    """A mapping that is not a ``dict`` as one; anything else ``Invalid``."""
    count_fallback("detailed")
    if not isinstance(value, Mapping):
        raise Invalid([Problem("$", expected(f"an object ({cls.__name__})", value))])
    try:
        return dict(value)
    except Exception as error:  # noqa: BLE001 (a broken Mapping of the caller's)
        raise Invalid([Problem("$", f"cannot read the object: {error!r}")]) from None


def _tag(tag: str, d: dict[str, Any], p: list[Problem] | None) -> list[Problem]:
    """The problems so far, with a union member's tag that is not ``tag``."""
    return [*(p or ()), Problem(key_path("$", TAG), expected(repr(tag), d.get(TAG)))]


def _extra(
    cls: type, known: frozenset[str], d: dict[str, Any], p: list[Problem] | None
) -> list[Problem] | None:
    """The problems so far, with each key of ``d`` that ``cls`` does not know (forbidden)."""
    extra = [
        Problem(key_path("$", key), f"unknown key (not a field of {cls.__name__})")
        for key in d
        if key not in known
    ]
    return [*(p or ()), *extra] if extra else p
