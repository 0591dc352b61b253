"""Write the built-in families' classes as source, from their declarations.

    python -m wrmodel.models._generate          # writes wrmodel/models/_generated*.py

The declarations (``_declarations``) are the one definition; the generated modules are
checked in, so that readers, editors and type checkers see real classes with annotated
fields (as the OCI SDK ships generated source). A test fails when they are stale.
"""

from __future__ import annotations

import enum
import re
import subprocess
import sys
import textwrap
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pendulum

from . import _declarations
from ._declarations import FieldSpec
from ._rules import lifecycle_bases

#: Each generated module: its file, what it says of itself, and the declarations it holds.
Declaration = Callable[[_declarations.Make], tuple[type, ...]]
MODULES: dict[str, tuple[str, list[Declaration]]] = {
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
from ._models import (
    Model,
    Unknown,
{models}    _tuple_of,
    to_enum,
    to_optional_string,
    to_string,
    to_timestamp,
    to_unknown,
)
from ._percent import to_percent
from ._rules import {rules}
'''


class _Recorded:
    """What a declaration made: a stand-in class, with its fields and documentation."""

    def __init__(self) -> None:
        self.classes: list[tuple[type, Sequence[FieldSpec], str]] = []

    def make(self, name: str, fields: Sequence[FieldSpec], doc: str) -> type:
        stand_in = type(name, (), {})
        self.classes.append((stand_in, fields, doc))
        return stand_in


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _items(tp: Any) -> type | None:
    """``X`` of ``tuple[X, ...]``, else None."""
    return typing.get_args(tp)[0] if typing.get_origin(tp) is tuple else None


class _Module:
    """The source of one generated module, built class by class."""

    def __init__(self) -> None:
        self.helpers: dict[str, str] = {}
        self.enums: set[str] = set()
        self.models: set[str] = set()

    def helper(self, name: str, source: str) -> str:
        self.helpers.setdefault(name, source)
        return name

    def field(self, spec: FieldSpec, made: set[str]) -> str:
        """A field's line: its annotation and its ``attrs.field``."""
        name, tp, required = spec
        annotation, convert = self._kind(tp, required, made)
        if required:
            return f"    {name}: {annotation} = attrs.field(converter={convert})"
        return f"    {name}: {annotation} | None = attrs.field(default=None, converter={convert})"

    def _kind(self, tp: Any, required: bool, made: set[str]) -> tuple[str, str]:  # noqa: PLR0911
        """The annotation and the converter of a field of type ``tp``."""
        items = _items(tp)
        if tp is str:
            return "str", "to_string" if required else "to_optional_string"
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            if not required:  # pragma: no cover (no built-in family has one)
                raise TypeError(f"an optional enum field ({tp.__name__}) is not generated")
            self.enums.add(tp.__name__)
            convert = f"_{_snake(tp.__name__)}"
            return tp.__name__, self.helper(
                convert,
                f"def {convert}(value: {tp.__name__} | str) -> {tp.__name__}:\n"
                f"    return to_enum({tp.__name__}, value)",
            )
        if tp is pendulum.DateTime:
            if not required:
                return "pendulum.DateTime", "to_timestamp"
            return "pendulum.DateTime", self.helper(
                "_required_timestamp",
                "def _required_timestamp(value: dt.datetime) -> pendulum.DateTime:\n"
                "    time = to_timestamp(value)\n"
                '    return fail(expected("an aware datetime", value)) if time is None else time',
            )
        if tp is float:
            if not required:
                return "float", "to_percent"
            return "float", self.helper(
                "_required_percent",
                "def _required_percent(value: float) -> float:\n"
                "    percent = to_percent(value)\n"
                '    return fail(expected("a number", value)) if percent is None else percent',
            )
        if items is not None:
            of = items.__name__
            if of not in made:
                self.models.add(of)  # one of identity's, imported
            plural = f"_{_snake(of)}s"
            if not required:
                return f"tuple[{of}, ...]", self.helper(
                    plural,
                    f"def {plural}(value: Sequence[{of}] | None) -> tuple[{of}, ...] | None:\n"
                    f"    return _tuple_of({of}, value)",
                )
            convert = f"_required{plural}"
            return f"tuple[{of}, ...]", self.helper(
                convert,
                f"def {convert}(value: Sequence[{of}]) -> tuple[{of}, ...]:\n"
                f"    items = _tuple_of({of}, value)\n"
                f'    what = "a sequence of {of}"\n'
                "    return fail(expected(what, value)) if items is None else items",
            )
        raise TypeError(f"no source for a field of type {tp!r}")  # pragma: no cover


def _doc(text: str) -> str:
    """A class docstring: its summary on one line, the rest wrapped to the line length."""
    summary, *rest = text.split("\n\n")
    if not rest:
        return f'    """{summary}"""'
    body = "\n\n".join(
        textwrap.fill(p, width=92, initial_indent="    ", subsequent_indent="    ") for p in rest
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
    models = "".join(f"    {name},\n" for name in sorted(module.models))
    enums = ", ".join(sorted(module.enums))
    helpers = "\n\n\n".join(module.helpers.values())
    names = ", ".join(f'"{stand_in.__name__}"' for stand_in, _, _ in recorded.classes)
    return (
        _HEADER.format(title=title, enums=enums, models=models, rules=", ".join(sorted(rules)))
        + f"\n__all__ = ({names})\n\n\n"
        + helpers
        + "\n"
        + "".join(classes)
        + "\n"
    )


def formatted(text: str, path: Path) -> str:
    """``text`` as ``ruff format`` writes it (ruff is among the test tools)."""
    result = subprocess.run(  # noqa: S603 (this interpreter, our arguments)
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(path), "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


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
