"""MkDocs hooks: docstrings' doctest examples shown as Python console code.

The docstrings hold bare doctest examples (``>>> ...`` and the output, up to a blank line), as
``python -m pytest --doctest-modules`` runs them. Markdown would read ``>>>`` as quotes: each
example becomes a fenced ``pycon`` block, in the docstrings and in the pages alike (fenced
blocks are left as they are).
"""

from __future__ import annotations

from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor


class _Doctests(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fenced = example = False
        indent = ""
        for line in lines:
            stripped = line.lstrip()
            if stripped.startswith("```"):
                fenced = not fenced
            if example and not stripped:
                out.append(f"{indent}```")
                example = False
            elif not fenced and not example and stripped.startswith(">>>"):
                indent = line[: len(line) - len(stripped)]
                out += ["", f"{indent}```pycon"]
                example = True
            out.append(line)
        if example:
            out.append(f"{indent}```")
        return out


class _DoctestExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's name)
        md.preprocessors.register(_Doctests(md), "wrmodel_doctests", 40)


def on_config(config: Any) -> Any:
    """Add the extension to the site's Markdown (mkdocstrings renders docstrings with it)."""
    config.markdown_extensions.append(_DoctestExtension())
    return config
