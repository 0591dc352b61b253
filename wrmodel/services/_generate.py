"""Write every OCI service's work-request classes as source, from the OCI SDK's own metadata.

    python -m wrmodel.services._generate     # needs the SDK (the oci extra)

For each service package of the installed SDK whose models define classes named
``*WorkRequest*``, it reads each class's ``swagger_types`` (the fields and their types),
``attribute_map`` (the wire keys), the ``[Required]`` markers of its properties, and the
``allowed_values`` of its setters (the enums), with the classes they hold; it writes
``wrmodel/services/<service>.py`` (the SDK's class names, enums, the families and their life
cycles), the services' index ``wrmodel/services/__init__.py`` and ``docs/services.md``. The SDK
is not needed at run time; ``tests/test_services.py`` fails when what is checked in is stale.
"""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
import keyword
import pkgutil
import re
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import pendulum

from wrmodel.models._declarations import FieldSpec, many
from wrmodel.models._families import ENDS, MOVES, SPELLINGS, table_of
from wrmodel.models._generate import _doc, _Module
from wrmodel.models._names import camel
from wrmodel.models._rules import lifecycle_bases

#: The services whose classes are built in (``wrmodel.services.identity`` and
#: ``work_requests`` re-export them).
BUILT_IN = ("identity", "work_requests")
#: Times the SDK marks required on a few services' requests (the WAAS's, Log Analytics'
#: queries) that a request has not yet when accepted: optional here.
NOT_YET = ("time_started", "time_finished")

_LIST = re.compile(r"list\[(\w+)\]")


@attrs.frozen
class Cls:
    """One SDK class as read from its metadata."""

    name: str
    #: Each field: its name, its SDK type, whether it is required, its allowed values (or
    #: None), and its SDK constants (value to the constant's suffix).
    fields: tuple[tuple[str, str, bool, tuple[str, ...] | None, dict[str, str]], ...]
    doc: str


def _allowed(cls: type, field: str) -> tuple[str, ...] | None:
    """The values the setter of ``field`` allows, read from its source; None for a free value."""
    found = re.search(
        r"allowed_values = (\[.*?\])", inspect.getsource(getattr(cls, field).fset), re.DOTALL
    )
    return tuple(ast.literal_eval(found.group(1))) if found else None


def read_class(cls: type) -> Cls:
    """The metadata of one SDK model class."""
    sample = cls()
    fields = []
    for name, tp in sample.swagger_types.items():
        if sample.attribute_map[name] != camel(name):  # pragma: no cover (none in the SDK)
            raise ValueError(f"{cls.__name__}.{name}: its key is not its camelCase")
        required = "[Required]" in (getattr(cls, name).fget.__doc__ or "")
        prefix = f"{name.upper()}_"
        constants = {
            v: k.removeprefix(prefix)
            for k, v in vars(cls).items()
            if k.startswith(prefix) and isinstance(v, str)
        }
        allowed = _allowed(cls, name) if tp == "str" else None
        fields.append((name, tp, required, allowed, constants))
    summary = " ".join((cls.__doc__ or "").split("\n\n")[0].split())
    return Cls(cls.__name__, tuple(fields), summary)


def service_classes(service: str) -> list[Cls]:
    """The work-request classes of ``service`` and the classes they hold, held ones first."""
    models = importlib.import_module(f"oci.{service}.models")
    names = sorted(n for n in dir(models) if "WorkRequest" in n and _model(models, n))
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order or name in visiting:
            return
        visiting.add(name)
        for _, tp, *_ in read_class(getattr(models, name)).fields:
            held = _held(models, tp)
            if held is not None and name != held:
                visit(held)
        order.append(name)

    for name in names:
        if not _polymorphic(getattr(models, name)):
            visit(name)
    return [read_class(getattr(models, n)) for n in order]


def _model(models: Any, name: str) -> bool:
    """Whether ``name`` is a model class of the SDK's ``models`` package."""
    found = getattr(models, name, None)
    return isinstance(found, type) and found.__module__.startswith(f"{models.__name__}.")


def _polymorphic(cls: type) -> bool:
    """Whether the SDK picks a subclass by a discriminator (held as JSON here)."""
    return "get_subtype" in vars(cls)


def _held(models: Any, tp: str) -> str | None:
    """The model class a field of SDK type ``tp`` holds (one, or a list), if modelled."""
    found = _LIST.fullmatch(tp)
    name = found.group(1) if found else tp
    if _model(models, name) and not _polymorphic(getattr(models, name)):
        return name
    return None


def services() -> list[str]:
    """Every service package of the installed SDK that defines work-request classes."""
    import oci  # type: ignore[import-untyped]  # noqa: PLC0415 (the development tool's)

    found = []
    for info in pkgutil.iter_modules(oci.__path__):
        try:
            models = importlib.import_module(f"oci.{info.name}.models")
        except ImportError:
            continue
        if any("WorkRequest" in n and _model(models, n) for n in dir(models)):
            found.append(info.name)
    return found


def _member(value: str, constants: Mapping[str, str]) -> str:
    """The enum member's name of ``value``: the SDK constant's suffix."""
    name = constants.get(value) or re.sub(r"\W", "_", value.upper())
    if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
        raise ValueError(f"no member name for {value!r}")
    return name


class _Enums:
    """The enums of one service module, each made once per field and set of values."""

    def __init__(self) -> None:
        self.made: dict[tuple[str, tuple[str, ...]], type[enum.StrEnum]] = {}
        self.names: set[str] = set()
        self.order: list[type[enum.StrEnum]] = []

    def of(
        self, owner: str, field: str, values: Sequence[str], constants: Mapping[str, str]
    ) -> type[enum.StrEnum]:
        key = (field, tuple(values))
        if key in self.made:
            return self.made[key]
        title = "".join(w.title() for w in field.split("_"))
        name = title if title not in self.names else f"{owner}{title}"
        members: list[tuple[str, str]] = []
        for value in values:
            member = _member(value, constants)
            role = SPELLINGS.get(member) if field == "status" else None
            if role is not None and role not in values:
                members.append((role, value))  # the role's name, the service's spelling
            members.append((member, value))
        placed = {*MOVES, *ENDS}
        unplaced = [
            n for n, _ in members if field == "status" and not {n, SPELLINGS.get(n)} & placed
        ]
        if unplaced:  # pragma: no cover (every status of the SDK has its place)
            raise ValueError(f"{owner}.{field}: no place in the life cycle for {unplaced}")
        made = enum.StrEnum(name, [*members, ("UNKNOWN_ENUM_VALUE", "UNKNOWN_ENUM_VALUE")])  # type: ignore[misc]
        self.made[key] = made
        self.names.add(name)
        self.order.append(made)
        return made


def _enum_source(cls: type[enum.StrEnum], field: str) -> str:
    lines = ["", "", "@know", f"class {cls.__name__}(enum.StrEnum):"]
    what = "statuses" if field == "status" else f"values of ``{field}``"
    lines.append(f'    """The {what}; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""')
    lines.append("")
    for name, member in cls.__members__.items():
        lines.append(f"    {name} = {member.value!r}")
    return "\n".join(lines)


_HEADER = '''"""{title}: generated from the OCI SDK's metadata.

By ``python -m wrmodel.services._generate``. Do not edit (a test fails when this module is stale).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import pendulum

from wrmodel._errors import expected, fail
from wrmodel.models._enums import know
from wrmodel.models._family import Catalog, Family
from wrmodel.models._families import service_family
from wrmodel.models._models import (
    Model,
    Unknown,
    instance_of,
    to_enum,
    to_optional_string,
    to_string,
    to_timestamp,
    to_unknown,
    tuple_of,
)
from wrmodel.models._percent import to_percent
from wrmodel.models._rules import (
    EndsPartially,
    RecordsErrors,
    RecordsLogs,
    RecordsResources,
    Snapshot,
)
from wrmodel.models._values import (
    ints_of,
    json_of,
    required_ints,
    required_json,
    required_percent,
    required_string_map,
    required_strings,
    required_tags,
    required_time,
    scalars_of,
    string_map_of,
    strings_of,
    tags_of,
    to_bool,
    to_int,
    to_optional_bool,
    to_optional_int,
)
'''

#: The Python type of each SDK type that is no model.
_TYPES: Mapping[str, Any] = {
    "str": str,
    "datetime": pendulum.DateTime,
    "float": float,
    "int": int,
    "bool": bool,
    "list[str]": tuple[str, ...],
    "list[int]": tuple[int, ...],
    "dict(str, str)": Mapping[str, str],
    "dict(str, dict(str, object))": Mapping[str, Mapping[str, Any]],
    "object": object,
    "list[object]": object,  # an array of anything: held as JSON
}


@attrs.frozen
class Service:
    """What one service's module holds, for its source and its page."""

    name: str
    source: str
    classes: tuple[str, ...]
    #: Each family: its request, its summary, its statuses (member name, value).
    families: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]
    #: Fields held as free JSON (polymorphic classes), as ``Class.field``.
    as_json: tuple[str, ...]


def render(service: str) -> Service:
    """The source of ``wrmodel.services.<service>``."""
    classes = service_classes(service)
    enums = _Enums()
    stand_ins: dict[str, type] = {}
    module = _Module()
    made: set[str] = set()
    out: list[str] = []
    as_json: list[str] = []
    # A status the SDK leaves free (a summary's, say) is typed with the service's statuses.
    statuses = [
        (c.name, f) for c in classes for f in c.fields if f[0] == "status" and f[3] is not None
    ]
    specs: dict[str, list[FieldSpec]] = {}
    for c in classes:
        specs[c.name] = _fields(
            service, c, statuses=statuses, enums=enums, stand_ins=stand_ins, as_json=as_json
        )
        stand_ins[c.name] = attrs.make_class(c.name, {})
    for c in classes:
        fields = specs[c.name]
        bases = [b.__name__ for b in lifecycle_bases(fields)] if _snapshot(c) else []
        lines = [
            "",
            "",
            "@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)",
            f"class {c.name}({', '.join(['Model', *bases])}):",
            _doc(f"{(c.doc or c.name).rstrip('.')} (``oci.{service}.models.{c.name}``)."),
        ]
        constants = _constants(fields, c)
        lines += ["", *constants] if constants else []
        lines += ["", *(module.field(spec, made) for spec in fields)]
        lines.append(
            "    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)"
        )
        out.append("\n".join(lines))
        made.add(c.name)
    families = _families(classes, specs)
    names = [c.name for c in classes]
    title = f"``oci.{service}``'s work requests, as classes"
    enum_names = [e.__name__ for e in enums.order]
    exported = [*enum_names, *names, "CATALOG", "FAMILIES"]
    sdk = f"oci.{service}.models"
    family_lines = [
        f"    service_family({service!r}, {request}, {summary}, {status}, CLASSES),"
        for request, summary, status in families
    ]
    source = (
        _HEADER.format(title=title)
        + f"\n__all__ = ({', '.join(repr(n) for n in exported)},)\n"
        + "".join(_enum_source(e, _field_of(e, specs)) for e in enums.order)
        + "\n\n\n"
        + "\n\n\n".join(module.helpers.values())
        + "\n"
        + "".join(out)
        + "\n\n\n#: Every class of the service, held ones first.\n"
        + f"CLASSES: tuple[type[Model], ...] = ({', '.join(names)},)\n"
        + "#: The service's families: each request with its summary and its statuses.\n"
        + "FAMILIES: tuple[Family, ...] = (\n"
        + "\n".join(family_lines)
        + "\n)\n"
        + "#: Every class, the SDK's module for them (and the family of those in none).\n"
        + f"CATALOG = Catalog({'services.' + service!r}, {sdk!r}, CLASSES)\n"
    )
    statuses_of = {e.__name__: e for e in enums.order}
    return Service(
        service,
        source,
        tuple(names),
        tuple(
            (
                request,
                summary,
                tuple(
                    (m.name, m.value) for m in statuses_of[status] if m.name != "UNKNOWN_ENUM_VALUE"
                ),
            )
            for request, summary, status in families
        ),
        tuple(as_json),
    )


def _fields(
    service: str,
    c: Cls,
    *,
    statuses: Sequence[tuple[str, Any]],
    enums: _Enums,
    stand_ins: Mapping[str, type],
    as_json: list[str],
) -> list[FieldSpec]:
    """The fields of class ``c``, typed: enums made, held classes given by their stand-ins."""
    fields: list[FieldSpec] = []
    for name, tp, marked, allowed, constants in c.fields:
        values, names = allowed, constants
        if name == "status" and values is None and statuses and _snapshot(c):
            _, (_, _, _, values, names) = statuses[0]  # typed with the service's statuses
        python: Any
        if values is not None:
            python = enums.of(c.name, name, values, names)
        elif tp in _TYPES:
            python = _TYPES[tp]
            if tp == "float" and name != "percent_complete":  # pragma: no cover
                raise ValueError(f"{service}.{c.name}.{name}: a float that is no percent")
        else:
            found = _LIST.fullmatch(tp)
            held = stand_ins.get(found.group(1) if found else tp)
            if held is None:  # a polymorphic class: kept as JSON
                as_json.append(f"{c.name}.{name}")
                python = object
            else:
                python = many(held) if found else held
        # A snapshot's id and status are what its life cycle reads: required, where the
        # SDK does not say so too; the times it has not yet are not.
        snapshot = _snapshot(c)
        required = (marked and not (snapshot and name in NOT_YET)) or (
            snapshot and name in ("id", "status")
        )
        fields.append((name, python, required))
    return fields


def _constants(fields: Sequence[FieldSpec], c: Cls) -> list[str]:
    """The SDK's class constants of ``c``: ``STATUS_CANCELLING = Status.CANCELLING``."""
    lines = []
    for (name, tp, _), (_, _, _, _, constants) in zip(fields, c.fields, strict=True):
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            members: list[enum.Enum] = [m for m in tp if m.name != "UNKNOWN_ENUM_VALUE"]
            for m in members:
                if m.value in constants:  # as the SDK has them (none for a free string)
                    member = constants[m.value]
                    lines.append(f"    {name.upper()}_{member} = {tp.__name__}.{member}")
    return lines


def _field_of(cls: type[enum.StrEnum], specs: Mapping[str, list[FieldSpec]]) -> str:
    return next(name for fields in specs.values() for name, tp, _ in fields if tp is cls)


def _snapshot(c: Cls) -> bool:
    names = {f[0] for f in c.fields}
    return {"id", "status"} <= names


def _families(
    classes: Sequence[Cls], specs: Mapping[str, list[FieldSpec]]
) -> list[tuple[str, str, str]]:
    """Each family: its request, its summary (the request's name and ``Summary``), its statuses."""
    snapshots = {c.name for c in classes if _snapshot(c)}
    found = []
    for name in sorted(snapshots):
        summary = f"{name}Summary"
        if name.endswith("Summary") and name.removesuffix("Summary") in snapshots:
            continue
        status = {f: tp for f, tp, _ in specs[name]}["status"]
        found.append((name, summary if summary in snapshots else name, status.__name__))
    return found


def page(built: Sequence[Service]) -> str:
    """The docs page of every service: its classes, its families and their statuses."""
    lines = [
        "# Every service's work requests",
        "",
        "<!-- Generated with the services' source by `python -m wrmodel.services._generate`. -->",
        "",
        "Every OCI service whose SDK package defines work requests has a module here:",
        f"{len(built)} generated from the SDK's metadata, beside identity's and the Work",
        "Requests service's (`wrmodel.services.identity`, `wrmodel.services.work_requests`):",
        f"{len(built) + 2} modules. Each, `wrmodel.services.<service>` (the SDK's package",
        "name), is imported on first use and holds the SDK's classes of that service by their",
        "names, their enums (`Status`, `OperationType`...), `CLASSES` and `FAMILIES`.",
        "",
        "```python",
        "from wrmodel.services import container_engine",
        "",
        "wr = wrmodel.loads(body, container_engine.WorkRequest)  # OKE's",
        "```",
        "",
        "`wrmodel check --model container_engine.WorkRequest`, `convert` and `summary` take any",
        "service's class; `call_sdk` on any service's client picks the class from the method's",
        "response type; `from_sdk`, `to_sdk` and `wrmodel.strategies` take them all.",
        "",
        "## What the statuses mean",
        "",
        "One table, by role, holds every service's moves (`wrmodel.models._families.MOVES`);",
        "a family's table is that one restricted to its statuses. What the rare ones are:",
        "",
        "- `WAITING` (a request waits before it starts, or pauses while it runs) and",
        "  `NEEDS_ATTENTION` (it waits for a person): active, neither ends a request.",
        "- `CREATED` comes before `ACCEPTED`; `SUSPENDING` and `SUSPENDED` (Data Safe) are",
        "  active: a suspended request resumes (`start`), is canceled or fails.",
        "- `SKIPPED` (OS Management Hub) ends a request that never ran: terminal, no success",
        "  (`raise_for_status` raises for it: the work was not done).",
        "- `PARTIALLY_SUCCEEDED` ends a request, and is no success (`raise_for_status` raises).",
        "- A service's own spelling plays its role: `CANCELLING` is `CANCELING`, `CANCELLED`",
        "  `CANCELED`, `INPROGRESS` (Data Flow) `IN_PROGRESS`, `COMPLETED` (Object Storage, which",
        "  has no `SUCCEEDED`) the success. The enum member has the role's name and the service's",
        "  value, with the service's spelling as an alias (`Status.CANCELLING is",
        "  Status.CANCELING`), and is written as the service spells it.",
        "- A family without `IN_PROGRESS` (the Service Catalog's: `ACCEPTED`, `FAILED`,",
        "  `SUCCEEDED`) goes where `IN_PROGRESS` would; one without `CANCELING` is canceled at",
        "  once.",
        "- A status the SDK leaves a free string (a few summaries) takes the service's statuses:",
        "  an open enum, so any other string is kept as it came.",
        "",
        "What a family's classes must have: a request's `id` and `status` are required (the life",
        "cycle reads them) where the SDK does not mark them; `time_started` and `time_finished`,",
        "which the SDK marks required on a few (the WAAS's), are not, as an accepted request has",
        "neither. A class that lacks a field of the life cycle (OKE's requests send no percent)",
        "reads it as None; `progress` refuses it. `accept(..., fields=...)` takes the fields a",
        "service adds and requires. The moves do not touch a `time_updated`.",
        "",
        "Active statuses go somewhere (`is_active`), terminal ones end a request (`is_terminal`),",
        "and the one marked *success* is what `is_successful` and `raise_for_status` accept. A",
        "name in brackets is the role a service's own spelling plays.",
        "",
        "| service | family (request / summary) | active | terminal | classes |",
        "|---|---|---|---|---|",
    ]
    for service in [*_built_in(), *built]:
        for request, summary, members in service.families:
            table = table_of([n for n, _ in members])
            active = [_shown(n, v) for n, v in members if table.get(n)]
            ends = [
                _shown(n, v) + (" *success*" if n == "SUCCEEDED" else "")
                for n, v in members
                if n in table and not table[n]
            ]
            lines.append(
                f"| `{service.name}` | {request} / {summary} | {', '.join(active)} | "
                f"{', '.join(ends)} | {len(service.classes)} |"
            )
    held = [f"`{s.name}.{f}`" for s in built for f in s.as_json]
    lines += [
        "",
        "## What is not modelled",
        "",
        "Fields held as free JSON, kept losslessly (their classes are polymorphic in the SDK,",
        f"which picks a subclass by a discriminator): {', '.join(held) or 'none'}. A",
        "polymorphic class itself is not generated (`vn_monitoring.WorkRequestResult`); its",
        "subclasses are. The load balancer's `WorkRequest` has a `lifecycle_state` and no",
        "`status`: its classes decode, encode and convert, but have no life cycle.",
        "",
    ]
    return "\n".join(lines)


def _built_in() -> list[Service]:
    """Identity's and the Work Requests service's families, for the page."""
    found = []
    for name in BUILT_IN:
        families = importlib.import_module(f"wrmodel.services.{name}").FAMILIES
        rows = tuple(
            (
                f.request.__name__,
                f.summary.__name__,
                tuple((m.name, m.value) for m in f.status if m.name != "UNKNOWN_ENUM_VALUE"),
            )
            for f in families
        )
        classes = tuple(c.__name__ for f in families for c in f.classes)
        found.append(Service(name, "", classes, rows, ()))
    return found


def _shown(name: str, value: str) -> str:
    return value if name == value else f"{value} [{name}]"


def index(built: Sequence[Service]) -> str:
    names = ", ".join(repr(name) for name in sorted([*BUILT_IN, *(s.name for s in built)]))
    return f'''"""Every OCI service's work requests: a module per service, imported on first use.

``wrmodel.services.container_engine.WorkRequest`` is OKE's work request; each module holds the
SDK's classes of that service (``oci.<service>.models``), its enums and ``FAMILIES``, and is
generated from the SDK's metadata (``python -m wrmodel.services._generate``). ``identity`` and
``work_requests`` hold the classes built in.

>>> from wrmodel.services import container_engine
>>> container_engine.WorkRequest.__name__
'WorkRequest'
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: Every service with a module here, the SDK's package names (generated).
SERVICES: tuple[str, ...] = ({names},)

__all__ = ("SERVICES",)


def __getattr__(name: str) -> ModuleType:
    """``wrmodel.services.<service>``, imported on first use."""
    if name in SERVICES:
        return importlib.import_module(f"{{__name__}}.{{name}}")
    raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
'''


def sources(root: Path = Path(__file__).parents[2]) -> dict[Path, str]:
    """Every generated file's path (under ``root``) and text."""
    here = root / "wrmodel" / "services"
    built = [render(s) for s in services() if s not in BUILT_IN]
    texts = {f"{s.name}.py": s.source for s in built} | {"__init__.py": index(built)}
    files = {here / name: text for name, text in _formatted(texts, root).items()}
    files[root / "docs" / "services.md"] = page(built)
    return files


def _formatted(texts: Mapping[str, str], root: Path) -> dict[str, str]:
    """Each module's text as ruff leaves it (imports it does not use removed, formatted).

    As ``wrmodel.models._generate.formatted`` does for one, in one run of ruff for all.
    """
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder) / "services"
        where.mkdir()
        for name, text in texts.items():
            (where / name).write_text(text)
        config = ["--config", str(root / "pyproject.toml"), "--quiet"]
        for command in (["check", "--fix", "--select", "F401,I001", "--exit-zero"], ["format"]):
            subprocess.run(  # noqa: S603 (this interpreter, our arguments)
                [sys.executable, "-m", "ruff", *command, *config, str(where)], check=True
            )
        return {name: (where / name).read_text() for name in texts}


def stale(files: Mapping[Path, str]) -> list[Path]:
    """The files whose text on disk is not what ``files`` says (or that do not exist)."""
    return [path for path, text in files.items() if not path.exists() or path.read_text() != text]


def write(files: Mapping[Path, str]) -> list[Path]:
    """Write the stale files of ``files``; which they were."""
    changed = stale(files)
    for path in changed:
        path.write_text(files[path])
    return changed


if __name__ == "__main__":  # pragma: no cover (run by hand)
    for written in write(sources()):
        print(f"wrote {written}")  # noqa: T201 (a command)
