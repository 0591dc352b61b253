"""What the layers above register with the wire, and the count of fallbacks.

Tagged unions, encoders of classes that are not models, finishers of decoded objects.
"""

from __future__ import annotations

import collections
import contextlib
import contextvars
import types
from collections.abc import Callable, Iterator, Mapping
from typing import Any

#: The fallbacks counted in the current context (``count_fallbacks``), or None: not counted.
_COUNTED: contextvars.ContextVar[collections.Counter[str] | None] = contextvars.ContextVar(
    "wrmodel_fallbacks", default=None
)


@contextlib.contextmanager
def count_fallbacks() -> Iterator[collections.Counter[str]]:
    """Count, inside the block, how often the fast paths gave way to the general ones.

    The counter's keys: ``engine`` (JSON text the C engine did not take: a document, or in
    an array one record, the others staying on the engine; it takes keys this version does
    not know at a document's top level, not deeper), ``detailed``
    (values decoded the detailed way: a field a template was not sure of, an array or an
    object of an unusual type), ``encoder`` (writing that took the general way). Valid
    documents of the API's own form take none: a way to see why a decode is slow. Counting
    costs only where a fallback happens; outside a block nothing is counted. Per thread and
    per task (a context variable).

    >>> import wrmodel
    >>> resource = b'{"identifier": "r", "entityType": "t", "actionType": "X", "color": "red"}'
    >>> with wrmodel.count_fallbacks() as seen:
    ...     _ = wrmodel.loads(resource, wrmodel.WorkRequestResource)
    >>> seen
    Counter()
    >>> wr = b'{"id": "w", "operationType": "X", "status": "ACCEPTED", "resources": [%s]}'
    >>> with wrmodel.count_fallbacks() as seen:
    ...     _ = wrmodel.loads(wr % resource)
    >>> seen
    Counter({'engine': 1})
    """
    counted: collections.Counter[str] = collections.Counter()
    token = _COUNTED.set(counted)
    try:
        yield counted
    finally:
        _COUNTED.reset(token)


def count_fallback(way: str) -> None:
    """Count a fallback of ``way`` (``engine``, ``detailed``, ``encoder``), if counting."""
    counted = _COUNTED.get()
    if counted is not None:
        counted[way] += 1


#: Tagged unions: each base class, with its member classes.
Unions = Mapping[type, tuple[type, ...]]

#: The tagged unions every converter decodes (``register_union``).
_UNIONS: dict[type, tuple[type, ...]] = {}
UNIONS: Unions = types.MappingProxyType(_UNIONS)

#: Classes other than the models that every converter writes, with their encoders.
_ENCODERS: dict[type, Callable[[Any], Any]] = {}
ENCODERS: Mapping[type, Callable[[Any], Any]] = types.MappingProxyType(_ENCODERS)

#: What decoding an object of a class ends with, by class (``register_finisher``).
_FINISHERS: dict[type, Callable[[Any], Any]] = {}


def register_finisher(cls: type, finish: Callable[[Any], Any]) -> None:
    """Pass each decoded object of ``cls`` through ``finish``, which returns the object to give.

    For the layers above (an event's snapshot made its family's class again, as its ``model``
    says); done when they are imported, before any use. Every decoder (the codec's, the C
    engine's) ends with it.
    """
    _FINISHERS[cls] = finish


def finished(cls: type, decode: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``decode``, ending with ``cls``'s finisher if it has one."""
    finish = _FINISHERS.get(cls)
    if finish is None:
        return decode

    def decode_and_finish(value: Any) -> Any:
        return finish(decode(value))

    return decode_and_finish


def register_union(base: type, members: tuple[type, ...]) -> None:
    """Decode ``base`` as a tagged union of ``members``, each tagged by its class's name.

    For the layers above (the events); done when they are imported, before any use.
    """
    _UNIONS[base] = members


def register_encoder(cls: type, encode: Callable[[Any], Any]) -> None:
    """Write objects of ``cls`` as ``encode`` makes them, in every style (the summary)."""
    _ENCODERS[cls] = encode
