"""The package's layers: which module may import which, function-level imports included."""

import ast
import functools
import pathlib
import subprocess
import sys

import pytest

import wrmodel

PACKAGE = pathlib.Path(wrmodel.__file__).parent
#: The layers, lowest first: a module may import from its own layer and those below it.
#: Every service's classes (``wrmodel.services``) are models: of the lowest layer.
LAYERS = ("models", "wire", "lifecycle", "io")
SAME_LAYER = {"services": "models"}


def module_name(path: pathlib.Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def imports() -> dict[str, set[str]]:
    """Each of wrmodel's modules, with the modules of wrmodel it imports anywhere in it."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                found |= {f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in modules}
                found.add(base)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def private_names() -> list[tuple[str, str, str]]:
    """Each private name (not a module) a module imports from a module of another layer."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    found = []
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.ImportFrom):
                continue
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found += [
                (name, base, a.name)
                for a in node.names
                if a.name.startswith("_")
                and not a.name.startswith("__")
                and f"{base}.{a.name}" not in modules  # a private module: the layout's rooms
                and layer(base) != layer(name)
            ]
    return found


def layer(module: str) -> int | None:
    parts = module.split(".")
    name = SAME_LAYER.get(parts[1], parts[1]) if len(parts) > 1 else ""
    return LAYERS.index(name) if len(parts) > 2 and name in LAYERS else None


class TestLayout:
    def test_no_import_cycle(self):
        """No module imports, even inside a function, one that imports it back."""
        graph = imports()
        # Importing a module runs its packages' __init__ first: not an edge of the code.
        packages = {m for m in graph if (PACKAGE.parent / m.replace(".", "/")).is_dir()}
        graph = {m: {d for d in deps if d not in packages} for m, deps in graph.items()}
        state: dict[str, int] = {}

        def visit(module: str, path: tuple[str, ...]) -> None:
            state[module] = 1
            for dep in sorted(graph[module]):
                if state.get(dep) == 1:
                    pytest.fail(" -> ".join([*path[path.index(dep) :], dep]))
                if dep not in state:
                    visit(dep, (*path, dep))
            state[module] = 2

        for module in sorted(graph):
            if module not in state:
                visit(module, (module,))

    @pytest.mark.parametrize("module", sorted(m for m in imports() if layer(m) is not None))
    def test_layers_import_downwards(self, module):
        """A layer's module imports nothing from a layer above it."""
        above = sorted(d for d in imports()[module] if (layer(d) or -1) > layer(module))
        assert above == []

    def test_no_private_name_crosses_a_layer(self):
        """What one layer offers another is a public name of its modules, never a private one."""
        assert private_names() == []

    def test_private_names_found(self, tmp_path, monkeypatch):
        """The check sees a private name imported across layers (it can fail)."""
        package = tmp_path / "wrmodel"
        for sub in ("models", "lifecycle"):
            (package / sub).mkdir(parents=True)
            (package / sub / "__init__.py").write_text("")
        (package / "__init__.py").write_text("")
        (package / "models" / "_models.py").write_text("_string = str\n")
        (package / "lifecycle" / "_events.py").write_text(
            "from wrmodel.models._models import _string\nfrom wrmodel.models import _models\n"
        )
        monkeypatch.setattr(sys.modules[__name__], "PACKAGE", package)
        assert private_names() == [
            ("wrmodel.lifecycle._events", "wrmodel.models._models", "_string")
        ]

    def test_import_builds_no_codec(self):
        """``import wrmodel`` generates no decoder or encoder: they are made on first use."""
        code = (
            "import wrmodel\n"
            "from wrmodel.wire._converter import _CONVERTERS\n"
            "built = [len(c._codec.decoders) + len(c._codec.encoders) + len(c.fast)"
            " for c in _CONVERTERS.values()]\n"
            'wrmodel.loads(b\'{"message": "m"}\', wrmodel.WorkRequestLogEntry)\n'
            "print(built, len(wrmodel.converter.fast) > 0)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.split("\n")[0] == "[0, 0, 0] True"

    def test_events_made_when_first_used(self):
        """``import wrmodel`` makes no event class; ``wrmodel.events`` is there when asked for."""
        code = (
            "import sys, wrmodel\n"
            "print('wrmodel.lifecycle._events' in sys.modules)\n"
            "print(wrmodel.events.Started.__name__, 'wrmodel.lifecycle._events' in sys.modules)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.split("\n")[:2] == ["False", "Started True"]
