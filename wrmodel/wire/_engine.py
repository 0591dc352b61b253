"""The fast decoder: msgspec parses and checks JSON text in C, generated code builds the objects.

For each class and style, the codec's field plan becomes a ``msgspec.Struct``: the style's
keys, every field's JSON type, the percent's bounds, a union's tag, and no other key.
``msgspec.json.Decoder`` reads the text into those Structs and checks it, all in C; generated
code (one function per class, registered in ``linecache``) then builds the frozen attrs
objects from the Structs as every model object is made (``models._build``), parsing timestamps
as the codec's fast path does (what msgspec would read as a datetime it reads more loosely
than RFC 3339, so timestamps come to Python as strings) and looking up enum strings (one dict
lookup each, keeping the strings this version does not know as the general path does: a
newer API's values cost what known ones cost).

A document with keys this version does not know (a newer API's) fails the strict Struct; a
class's decoder then reads it again with a Struct that passes over unknown keys at the top
level (its nested ones stay strict) and keeps those keys as the general path does (their
values read from the text's top-level object, split in C). Under ``unknown="drop"`` every
Struct passes over unknown keys.

The engine answers only for documents the general way (orjson, then the codec) accepts as
they are: what it raises of ``SURPRISES`` (msgspec's errors, a builder's ``NotSure``, a
missing key, a value of another type) means "not here", and the caller decodes the text again
the general way (anything else is a bug, and is raised), which keeps unknown keys nested
deeper and explains every problem at its path. So the engine changes no result, only how fast
the common one comes (``tests/test_engine.py`` compares both ways on generated documents).
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any

import attrs
import msgspec

from wrmodel._compile import compile_function
from wrmodel.exceptions import DecodeError
from wrmodel.models._build import build, build_lines
from wrmodel.models._enums import KNOWN
from wrmodel.models._frozen import FrozenDict
from wrmodel.models._models import Unknown

from ._codec import Codec
from ._kinds import SCOPE, SURPRISES, NotSure
from ._registry import count_fallback, finished
from ._styles import TAG

#: A decoder of JSON text into a class, a union or ``list[...]`` of one; raises anything
#: when the text is not for it.
Fast = Callable[[Any], Any]


#: The items of a JSON array, each as its text: checked in C, not built (the streams' batches
#: use it too).
ITEMS = msgspec.json.Decoder(list[msgspec.Raw])

#: The keys of a JSON object, each value as its text: checked in C, not built.
_KEYS = msgspec.json.Decoder(dict[str, msgspec.Raw])


class Engine:
    """The fast decoders of a codec's classes from JSON text, each built on first use.

    ``general(text, tp)`` decodes one record the general way (a ``DecodeError`` if it is
    bad): in an array, a record the engine cannot take goes there alone, not the whole text.
    """

    def __init__(self, codec: Codec, general: Callable[[bytes, Any], Any]) -> None:
        self._codec = codec
        self._general = general
        self.structs: dict[type, type[msgspec.Struct]] = {}
        self.builders: dict[type, Callable[[Any], Any]] = {}
        self.decoders: dict[Any, Fast] = {}

    def decoder(self, tp: Any) -> Fast | None:
        """The fast decoder of ``tp`` (a class, a union, ``list[...]`` of one); None if none."""
        fast = self.decoders.get(tp)
        if fast is None and self._codec.learn(tp):
            target = typing.get_args(tp)[0] if typing.get_origin(tp) is list else tp
            with self._codec.lock:
                union = self._codec.union_of(target)
                if union is not None:
                    self._add_union(union)
                else:
                    self._add_class(target)
            fast = self.decoders.get(tp)
        return fast

    def _struct_of(self, cls: type) -> type[msgspec.Struct]:
        """The Struct of ``cls`` (and its builder), those of the classes it holds first."""
        struct = self.structs.get(cls)
        if struct is None:
            for f in self._codec.fields[cls]:
                if f.form.nests:
                    self._struct_of(f.of)
            struct = self.structs[cls] = self._struct(cls, tagged=cls in self._codec.tags)
            self.builders[cls] = finished(cls, self._builder(cls))
        return struct

    # Under the codec's lock: a thread that waited for it may build again what another just
    # built, the same functions, which replace those in the dict at once.

    def _add_class(self, cls: type) -> None:
        struct = self._struct_of(cls)
        read = self.decoders[cls] = self._builder(cls, msgspec.json.Decoder(struct))
        self._add_list(cls, struct, self.builders[cls], read)

    def _add_union(self, union: type) -> None:
        classes = self._codec.unions[union]
        by_struct = {self._struct_of(c): self.builders[c] for c in classes}
        either: Any = typing.Union[tuple(self.structs[c] for c in classes)]  # noqa: UP007
        for cls in classes:  # a member alone: its union, then the member checked
            self._add(cls, either, _member_builder(self.structs[cls], self.builders[cls]))
        self._add(union, either, _union_builder(by_struct))

    def _add(self, tp: Any, struct: Any, build: Callable[[Any], Any]) -> None:
        read = msgspec.json.Decoder(struct).decode

        def decode(data: Any) -> Any:
            return build(read(data))

        self.decoders[tp] = decode
        self._add_list(tp, struct, build, decode)

    def _add_list(self, tp: Any, struct: Any, build: Callable[[Any], Any], one: Fast) -> None:
        """``list[tp]``'s decoder: ``build`` on each Struct, or ``one`` on each record's text."""
        read = msgspec.json.Decoder(list[struct]).decode
        general = self._general

        def decode_item(raw: msgspec.Raw) -> Any:
            try:
                return one(raw)
            except SURPRISES:
                count_fallback("engine")  # this record alone, the general way
            try:
                return general(bytes(raw), tp)
            except DecodeError:  # a bad record: the whole text the general way, which
                raise NotSure from None  # says every problem at its index

        def decode_list(data: Any) -> list[Any]:
            try:
                return list(map(build, read(data)))
            except SURPRISES:  # a value or key it does not take: a record at a time
                return list(map(decode_item, ITEMS.decode(data)))

        self.decoders[list[tp]] = decode_list

    def _struct(self, cls: type, *, tagged: bool, lenient: bool = False) -> type[msgspec.Struct]:
        """The Struct of ``cls``; ``lenient``: one that passes over unknown keys.

        The classes it holds have their own Structs, as they are.
        """
        fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
        for f in self._codec.fields[cls]:
            # An enum's values are read as strings and looked up by the builder, which keeps
            # (or drops) those this version does not know, as the general path does.
            tp = str if f.form.open else f.form.struct(f.of, self.structs)
            fields.append((f.name, tp) if f.required else (f.name, tp | None, None))
        return msgspec.defstruct(
            f"{cls.__name__}{'Lenient' if lenient else ''}Struct",
            fields,
            kw_only=True,
            rename={f.name: f.key for f in self._codec.fields[cls]},
            forbid_unknown_fields=not lenient and self._codec.unknown_rule[cls] != "drop",
            tag_field=TAG if tagged else None,
            tag=self._codec.tags[cls] if tagged else None,
            gc=False,  # short-lived and without cycles: the collector need not track them
        )

    # Building the objects: one function per class, nested objects built inline (a call per
    # log entry costs more than its building), each field by its kind's build step
    # (``_kinds``); an enum's string looked up in its table, as the general path reads it.

    def _builder(self, cls: type, read: msgspec.json.Decoder[Any] | None = None) -> Fast:
        """``build_X(struct)``, or with ``read``, ``read_X(text)``: the object of ``cls``.

        ``read_X`` of a class that keeps unknown keys reads a document with keys it does not
        know again, passing over them, and keeps them (``_keeper``).
        """
        scope: dict[str, Any] = {**SCOPE, "_read": read and read.decode, "_unknown": _unknown}
        what = "build" if read is None else "read"
        first = ["s = _read(data)"] if read else []
        keeps = read is not None and self._keeps_keys(cls)
        if keeps:
            tagged = cls in self._codec.tags
            lenient = msgspec.json.Decoder(self._struct(cls, tagged=tagged, lenient=True))
            scope.update(_Surprises=SURPRISES, _lenient=lenient.decode, _kept=self._keeper(cls))
            first = [
                "try:",
                "    s = _read(data)",
                "    kept = None",
                "except _Surprises:  # keys it does not know, maybe: passed over, then kept",
                "    s = _lenient(data)",
                "    kept = _kept(data)",
            ]
        body = [*first, *self._build(cls, "s", "o", 0, scope, kept=keeps), "return o"]
        source = [f"def {what}_{cls.__name__}({'s' if read is None else 'data'}):"]
        source += [f"    {line}" for line in body]
        filename = f"<wrmodel {self._codec.style.name} {what} {cls.__name__}>"
        return compile_function(source, scope, filename)

    def _keeps_keys(self, cls: type) -> bool:
        """Whether ``cls`` keeps the unknown keys of a document (in its ``unknown``)."""
        return self._codec.unknown_rule[cls] == "keep" and "unknown" in attrs.fields_dict(cls)

    def _keeper(self, cls: type) -> Callable[[Any], Unknown | None]:
        """``kept(text)``: the unknown keys of a document of ``cls``, or None.

        Kept as the general path keeps them (``Codec.kept``: ``Invalid`` if one cannot be),
        each value read from its own text.
        """
        known, kept_of, read = self._codec.known_keys[cls], self._codec.kept, msgspec.json.decode

        def kept(data: Any) -> Unknown | None:
            extra = {k: read(v) for k, v in _KEYS.decode(data).items() if k not in known}
            return kept_of(extra, None, known)

        return kept

    def _build(
        self,
        cls: type,
        struct: str,
        out: str,
        level: int,
        scope: dict[str, Any],
        *,
        kept: bool = False,
    ) -> list[str]:
        """The lines that build ``cls`` from the Struct in local ``struct`` into local ``out``.

        Made as every model object is without its ``__init__`` (``models._build``). ``kept``:
        local ``kept`` holds the unknown keys read beside the Struct (an ``Unknown``), or None.
        """
        lines: list[str] = []
        rule = self._codec.unknown_rule[cls]
        raw = f"raw{level}"  # the strings of enum values this version does not know
        keeps = rule == "keep" and any(f.form.open for f in self._codec.fields[cls])
        if keeps:
            lines.append(f"{raw} = None")
        for f in self._codec.fields[cls]:
            v = f"v{level}"
            form = f.form
            if form.open:
                c = f"_{f.of.__name__}_{id(f.of)}"
                scope[f"{c}_known"] = dict(KNOWN[f.of])
                scope[f"{c}_unknown"] = f.of.UNKNOWN_ENUM_VALUE
                on_unknown = {
                    "keep": [f"{raw} = {{**({raw} or {{}}), {f.name!r}: {struct}.{f.name}}}"],
                    "forbid": ["raise _NotSure"],  # the general path says where and what
                }.get(rule, [])
                lines += [
                    f"{v} = {struct}.{f.name}",
                    f"if {v} is not None:",
                    f"    {v} = {c}_known.get({v}, {c}_unknown)",
                    *([f"    if {v} is {c}_unknown:"] if on_unknown else []),
                    *(f"        {line}" for line in on_unknown),
                    f"{out}.{f.name} = {v}",
                ]
                continue
            if form.build is None and not form.nests:  # the value as msgspec read it
                lines.append(f"{out}.{f.name} = {struct}.{f.name}")
                continue
            if form.nests == "model":
                inner = self._build(f.of, f"{struct}.{f.name}", v, level + 1, scope)
                if not f.required:  # null, or left out
                    inner = [f"{v} = None", f"if {struct}.{f.name} is not None:"] + [
                        f"    {line}" for line in inner
                    ]
                lines += inner
            elif form.nests == "models":
                item, built = f"x{level}", f"o{level + 1}"
                lines += [
                    f"{v} = {struct}.{f.name}",
                    f"if {v} is not None:",
                    f"    t{level} = []",
                    f"    for {item} in {v}:",
                    *(
                        f"        {line}"
                        for line in self._build(f.of, item, built, level + 1, scope)
                    ),
                    f"        t{level}.append({built})",
                    f"    {v} = tuple(t{level})",
                ]
            else:
                lines += [f"{v} = {struct}.{f.name}", f"if {v} is not None:"]
                lines += [f"    {line}" for line in str(form.build).format(v=v).splitlines()]
            lines.append(f"{out}.{f.name} = {v}")
        if "unknown" in attrs.fields_dict(cls):
            values = f"_unknown({raw}) if {raw} is not None else None" if keeps else "None"
            if kept and keeps:  # the enum strings it does not know, with the keys
                values = f"_unknown({raw}, kept) if kept is not None else ({values})"
            elif kept:
                values = "kept"
            lines.append(f"{out}.unknown = {values}")
        return build_lines(cls, out, lines, scope)


#: What an Unknown without keys holds.
_EMPTY: FrozenDict[str, Any] = FrozenDict()


def _unknown(values: dict[str, str] | None, kept: Unknown | None = None) -> Unknown | None:
    """What a record kept: the ``kept`` unknown keys with ``values``, the enum strings.

    ``values``: the strings of the enum values this version does not know, as msgspec read
    them (plain ``str``). Made as ``Unknown``'s converters make it, without running them.
    """
    if values is None:
        return kept
    return build(
        Unknown,
        {
            "values": FrozenDict(sorted(values.items())),
            "keys": _EMPTY if kept is None else kept.keys,
            "verbatim": _EMPTY if kept is None else kept.verbatim,
        },
    )


def _union_builder(by_struct: dict[type, Callable[[Any], Any]]) -> Callable[[Any], Any]:
    def build_union(s: Any) -> Any:
        return by_struct[s.__class__](s)

    return build_union


def _member_builder(struct: type, build: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def build_member(s: Any) -> Any:
        if s.__class__ is not struct:
            raise NotSure
        return build(s)

    return build_member
