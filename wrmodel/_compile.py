"""Generated code: compiled once, and registered so that tracebacks and ``inspect`` show it."""

from __future__ import annotations

import linecache
from collections.abc import Callable
from typing import Any


def compile_function(lines: list[str], scope: dict[str, Any], filename: str) -> Callable[..., Any]:
    """Define the function whose source is ``lines`` and return it.

    The source is registered in ``linecache`` under ``filename`` (``<wrmodel api decode
    WorkRequest>``), as ``cattrs.gen`` does, so tracebacks show its lines and
    ``inspect.getsource`` finds it. Another source under the same name (a converter that
    drops unknown keys, say) gets the name with a number: ``<wrmodel api decode WorkRequest 2>``.
    """
    name = lines[0].removeprefix("def ").partition("(")[0]
    source = "\n".join(lines) + "\n"
    base, number = filename.removesuffix(">"), 1
    while filename in linecache.cache and linecache.getlines(filename) != source.splitlines(True):
        number += 1
        filename = f"{base} {number}>"
    exec(compile(source, filename, "exec"), scope)  # noqa: S102 (source generated from the classes' fields)
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    function: Callable[..., Any] = scope[name]
    return function
