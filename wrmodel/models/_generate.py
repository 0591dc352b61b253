"""Write the built-in families' classes as source, from their declarations.

    python -m wrmodel.models._generate          # writes wrmodel/models/_generated*.py

The declarations (``_declarations``) are the one definition; the generated modules are
checked in, so that readers, editors and type checkers see real classes with annotated
fields (as the OCI SDK ships generated source). A test fails when they are stale.
"""

from __future__ import annotations

import enum
import subprocess
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

from . import _declarations
from ._declarations import FieldSpec
from ._kinds import kind_of
from ._rules import lifecycle_bases

#: Each generated module: its file, what it says of itself, and the declarations it holds.
Declaration = Callable[[_declarations.Make], tuple[type, ...]]
MODULES: dict[str, tuple[str, list[Declaration]]] = {
    "_identity.py": ("Identity's work requests", [_declarations.identity]),
    "_generated.py": (
        "Identity's tagging and IAM work requests",
        [_declarations.tagging, _declarations.iam],
    ),
    "_generated_work_requests.py": (
        "The Work Requests service's work requests",
        [_declarations.work_requests],
    ),
}

_HEADER = '''"""{title}, as classes: generated from ``_declarations``.

By ``python -m wrmodel.models._generate``. Do not edit: change the declarations and generate again
(a test fails when this module is stale).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
import pendulum

from wrmodel._errors import expected, fail

from ._enums import {enums}
{identity}from ._models import (
    Model,
    Unknown,
    tuple_of,
    to_enum,
    to_optional_string,
    to_string,
    to_timestamp,
    to_unknown,
)
from ._percent import to_percent
from ._rules import {rules}
from ._values import (
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


class _Recorded:
    """What a declaration made: a stand-in class, with its fields and documentation."""

    def __init__(self) -> None:
        self.classes: list[tuple[type, Sequence[FieldSpec], str]] = []

    def make(self, name: str, fields: Sequence[FieldSpec], doc: str) -> type:
        stand_in = attrs.make_class(name, {})  # an attrs class: of the model kind
        self.classes.append((stand_in, fields, doc))
        return stand_in


class _Module:
    """The source of one generated module, built class by class."""

    def __init__(self) -> None:
        self.helpers: dict[str, str] = {}
        self.enums: set[str] = set()
        self.models: set[str] = set()

    def field(self, spec: FieldSpec, made: set[str]) -> str:
        """A field's line: its annotation and its ``attrs.field``, as its kind writes them."""
        name, tp, required = spec
        kind, of = kind_of(tp, name)
        source = kind.source(of, required)
        if source.helper is not None:
            self.helpers.setdefault(source.converter, source.helper)
        if source.names is not None and source.names not in made:  # imported: an enum, or
            (self.enums if kind.name == "enum" else self.models).add(source.names)  # identity's
        annotation, convert = source.annotation, source.converter
        if required:
            return f"    {name}: {annotation} = attrs.field(converter={convert})"
        return f"    {name}: {annotation} | None = attrs.field(default=None, converter={convert})"


def _doc(text: str) -> str:
    """A class docstring: its summary on one line, the rest wrapped to the line length.

    Examples (paragraphs of ``>>>`` lines) are kept line for line.
    """
    summary, *rest = text.split("\n\n")
    if not rest:
        return f'    """{summary}"""'
    body = "\n\n".join(
        textwrap.indent(p, "    ")
        if p.startswith(">>>")
        else textwrap.fill(p, width=92, initial_indent="    ", subsequent_indent="    ")
        for p in rest
    )
    return f'    """{summary}\n\n{body}\n    """'


def _constants(fields: Sequence[FieldSpec]) -> list[str]:
    """The SDK's class constants: ``STATUS_ACCEPTED = TaggingStatus.ACCEPTED``."""
    return [
        f"    {field.upper()}_{member.name} = {tp.__name__}.{member.name}"
        for field, tp, _ in fields
        if isinstance(tp, type) and issubclass(tp, enum.Enum)
        for member in tp
        if member.name != "UNKNOWN_ENUM_VALUE"
    ]


def render(title: str, declarations: list[Declaration]) -> str:
    """The source of a module holding the classes of ``declarations``."""
    recorded = _Recorded()
    for declare in declarations:
        declare(recorded.make)
    module = _Module()
    made: set[str] = set()
    classes = []
    rules: set[str] = set()
    for stand_in, fields, doc in recorded.classes:
        bases = [b.__name__ for b in lifecycle_bases(fields)]
        rules.update(bases)
        lines = [
            "",
            "",
            "@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)",
            f"class {stand_in.__name__}({', '.join(['Model', *bases])}):",
            _doc(doc),
        ]
        constants = _constants(fields)
        lines += ["", *constants] if constants else []
        lines += ["", *(module.field(spec, made) for spec in fields)]
        lines.append(
            "    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)"
        )
        classes.append("\n".join(lines))
        made.add(stand_in.__name__)
    models = module.models
    identity = f"from ._identity import {', '.join(sorted(models))}\n" if models else ""
    enums = ", ".join(sorted(module.enums))
    helpers = "\n\n\n".join(module.helpers.values())
    names = ", ".join(f'"{stand_in.__name__}"' for stand_in, _, _ in recorded.classes)
    return (
        _HEADER.format(title=title, enums=enums, identity=identity, rules=", ".join(sorted(rules)))
        + f"\n__all__ = ({names})\n\n\n"
        + helpers
        + "\n"
        + "".join(classes)
        + "\n"
    )


def formatted(text: str, path: Path) -> str:
    """``text`` as ruff leaves it: imports a module does not use removed, then formatted.

    (ruff is among the test tools.)
    """
    for command in (
        ["check", "--fix", "--select", "F401,I001", "--exit-zero", "--quiet"],
        ["format"],
    ):
        text = subprocess.run(  # noqa: S603 (this interpreter, our arguments)
            [sys.executable, "-m", "ruff", *command, "--stdin-filename", str(path), "-"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return text


def sources(here: Path = Path(__file__).parent) -> dict[Path, str]:
    """Every generated module's path (in ``here``) and source, formatted."""
    return {
        here / name: formatted(render(title, declared), here / name)
        for name, (title, declared) in MODULES.items()
    }


def main(here: Path = Path(__file__).parent) -> int:
    """Write the generated modules (in ``here``); say which changed."""
    for path, text in sources(here).items():
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
            print(f"wrote {path}")  # noqa: T201 (a command)
    return 0


if __name__ == "__main__":  # pragma: no cover (run by hand)
    sys.exit(main())
