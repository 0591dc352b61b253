"""What happened between two snapshots (``diff``), and a request's whole story (``history``)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import pendulum

from wrmodel._errors import show
from wrmodel.exceptions import TransitionError
from wrmodel.models import _rules as transitions
from wrmodel.models._enums import Status
from wrmodel.models._families import model_name
from wrmodel.models._identity import WorkRequest
from wrmodel.models._models import Unknown, as_sent, to_unknown
from wrmodel.models._names import camel, kebab
from wrmodel.models._rules import Snapshot
from wrmodel.wire._converter import unstructure

from ._events import (
    _TIMES,
    Accepted,
    Canceled,
    CancelRequested,
    Corrected,
    ErrorAdded,
    Event,
    Failed,
    LogAdded,
    PartiallySucceeded,
    Progressed,
    ResourceChanged,
    Started,
    StatusChanged,
    Succeeded,
    apply,
    replay,
)


def history(wr: Snapshot) -> tuple[Event, ...]:
    """The events that build ``wr`` from its acceptance: ``Accepted`` first.

    ``Accepted`` has empty lists for the collections ``wr`` reports, and what ``wr`` holds
    that this version does not know. It works for every request: what the life cycle cannot
    explain (a percent not reported, a status unknown to this version) ends the history as
    a ``Corrected`` event.

    >>> from wrmodel import transitions
    >>> done = transitions.accept("x", "DELETE_COMPARTMENT").start().succeed()
    >>> [type(e).__name__ for e in history(done)]
    ['Accepted', 'Started', 'Succeeded']
    """
    return _history(wr)


def _history(wr: Any) -> tuple[Event, ...]:  # any family's, read by the shared fields
    unknown = wr.unknown or Unknown()
    extra = _unmade(wr)
    kept: dict[str, Any] = {}
    if _ACCEPTED_KEYS.isdisjoint({*unknown.keys, *unknown.verbatim, *extra}):
        kept = {"keys": {**dict(unknown.keys), **extra}, "verbatim": unknown.verbatim}
    # else the keys clash: left to Corrected
    accepted = Accepted(
        model=None if type(wr) is WorkRequest else model_name(type(wr)),
        id=wr.id,
        operation_type=as_sent(wr, "operation_type"),
        compartment_id=wr.compartment_id,
        at=wr.time_accepted,
        **{
            name: None if getattr(wr, name, None) is None else ()
            for name in ("resources", "errors", "logs")
        },
        unknown=to_unknown(Unknown(**kept)),
    )
    return (accepted, *diff(replay([accepted], cls=type(wr)), wr))


#: The fields the life cycle makes, or ``Accepted`` carries as its own.
_MADE = frozenset(
    {
        *(f.name for f in attrs.fields(WorkRequest)),
        "at",
    }
)


def _unmade(wr: WorkRequest) -> dict[str, Any]:
    """The fields of ``wr`` no event makes (a field a class adds), as wire keys and values.

    ``Accepted`` carries them as kept keys; ``replay`` makes them fields again.
    """
    names = [f.name for f in attrs.fields(type(wr)) if f.name not in _MADE]
    names = [name for name in names if getattr(wr, name) is not None]
    if not names:
        return {}
    data = unstructure(wr)
    return {camel(name): data[camel(name)] for name in names}


#: The wire keys of ``Accepted`` in every style, which a kept key must not take.
_ACCEPTED_KEYS = frozenset(
    {"type"}
    | {key for f in attrs.fields(Accepted) for key in (f.name, camel(f.name), kebab(camel(f.name)))}
)

#: The events of status changes and progress: the rest follow only when one applies.
_STATUS_EVENTS = (
    Started,
    Progressed,
    CancelRequested,
    StatusChanged,
    Succeeded,
    Failed,
    Canceled,
    PartiallySucceeded,
)


def diff(old: Snapshot, new: Snapshot) -> tuple[Event, ...]:
    """The events that lead from snapshot ``old`` to snapshot ``new`` of the same request.

    Missed steps are filled in where the transitions' table makes them necessary: ACCEPTED
    then SUCCEEDED gives ``Started`` and ``Succeeded`` with the times ``new`` carries (none
    where it carries none); a cancel is never inferred, it needs a snapshot CANCELING or
    CANCELED. Resources are matched by identifier. Events come in time order.

    What the life cycle cannot explain (a status going back or unknown, entries removed,
    times out of order, a percent gone down or not reported, any other field changed) ends
    the events as one ``Corrected`` that says what and carries ``new``. So
    ``replay(diff(old, new), onto=old) == new`` always holds.

    Args:
        old: the earlier snapshot: any family's request or summary.
        new: the later snapshot of the same request, of the same class.

    Returns:
        The events, in time order; none when the two are equal.

    Raises:
        TransitionError: the snapshots are of two requests (their ids differ).

    >>> from wrmodel import transitions
    >>> done = transitions.accept("x", "DELETE_COMPARTMENT").start().succeed()
    >>> stale = transitions.accept("x", "DELETE_COMPARTMENT", at=done.time_accepted)
    >>> (corrected,) = diff(done, stale)
    >>> corrected.reason
    'status SUCCEEDED to ACCEPTED: the life cycle has no such move; timeStarted, timeFinished: \
not reported; percentComplete 100.0 to 0.0: it went down'
    """
    return _diff(old, new)


def _diff(old: Any, new: Any) -> tuple[Event, ...]:  # any family's, read by the shared fields
    if old.id != new.id:
        raise TransitionError(f"work request {new.id!r} cannot follow work request {old.id!r}")
    if old == new:
        return ()
    logs, errors = _added(old, new, "logs"), _added(old, new, "errors")
    candidates = [
        *_resource_events(old, new),
        *_merge(
            _status_events(old, new),
            [LogAdded(message=x.message, at=x.timestamp) for x in logs],
            [ErrorAdded(code=x.code, message=x.message, at=x.timestamp) for x in errors],
        ),
    ]
    events: list[Event] = []
    refused = None
    wr = old
    for event in candidates:
        if refused is not None and isinstance(event, _STATUS_EVENTS):
            continue  # after a refused status event, the rest of the path means nothing
        try:
            wr = apply(wr, event)
        except TransitionError as error:
            refused = str(error).removeprefix(f"work request {wr.id!r}: ")
            continue
        events.append(event)
    if wr != new:
        events.append(Corrected(reason=_reason(old, wr, new, refused), snapshot=new))
    return tuple(events)


def _reason(old: WorkRequest, reached: WorkRequest, new: WorkRequest, refused: str | None) -> str:
    """What the events from ``old`` (which reached ``reached``) do not explain of ``new``."""
    reasons = []
    differ = [
        f.name for f in attrs.fields(type(new)) if _seen(reached, f.name) != _seen(new, f.name)
    ]
    sent, kept = _kept(reached), _kept(new)
    if "status" in differ or refused is not None:
        was, now = _raw_status(old), _raw_status(new)
        # From a status this version does not know a path always leads on (the service's
        # word), so a status left unexplained is refused, unknown, or has no move.
        why = (
            refused
            if refused is not None
            else f"{now} is a status this version does not know"
            if new.status.name == "UNKNOWN_ENUM_VALUE"
            else "the life cycle has no such move"
        )
        reasons.append(f"status {was} to {now}: {why}")
    times = [f for f in _TIMES if f in differ]
    gone = [camel(f) for f in times if getattr(new, f) is None]
    if gone:
        reasons.append(f"{', '.join(gone)}: not reported")
    reasons += [
        f"{camel(f)} {_when(getattr(old, f))} to {_when(getattr(new, f))}"
        for f in times
        if getattr(new, f) is not None
    ]
    for name in ("resources", "errors", "logs"):
        if name in differ:
            reasons.append(_list_change(name, getattr(old, name), getattr(new, name)))
    if "percent_complete" in differ:
        before, after = reached.percent_complete, new.percent_complete
        change = f"percentComplete {before} to {after}"
        if after is None:
            change = "percentComplete: not reported"
        elif before is not None and after < before:
            change += ": it went down"
        elif new.status.name in _NO_PROGRESS:
            change += f": reported while {new.status}, which reports no progress"
        reasons.append(change)
    said = {"status", *_TIMES, "resources", "errors", "logs", "percent_complete", "unknown"}
    reasons += [
        f"{camel(name)} {show(_seen(old, name))} to {show(_seen(new, name))}"
        for name in differ
        if name not in said
    ]
    reasons += [  # the kept keys (the strings of unknown values are their fields')
        f"{key} {_shown(sent, key)} to {_shown(kept, key)}"
        for key in sorted(sent.keys() | kept.keys())
        if sent.get(key, _NOTHING) != kept.get(key, _NOTHING)
    ]
    return "; ".join(reasons)


#: An unknown key not sent.
_NOTHING: Any = object()


def _seen(wr: Any, name: str) -> Any:
    """Field ``name`` of ``wr`` as a person sees it: an enum's value as it came."""
    value = getattr(wr, name)
    return as_sent(wr, name) if isinstance(value, enum.Enum) else value


def _kept(wr: Any) -> dict[str, Any]:
    """The unknown keys ``wr`` kept (in camelCase, but verbatim ones), with their values."""
    unknown = wr.unknown
    return {} if unknown is None else {**unknown.keys, **unknown.verbatim}


def _shown(kept: dict[str, Any], key: str) -> str:
    return show(kept[key]) if key in kept else "nothing"


def _raw_status(wr: WorkRequest) -> str:
    """The status of ``wr`` as the service sent it."""
    return as_sent(wr, "status")


def _when(at: pendulum.DateTime | None) -> str:
    return "nothing" if at is None else at.isoformat()


def _list_change(name: str, before: Sequence[Any] | None, after: Sequence[Any] | None) -> str:
    """Why the ``name`` list went from ``before`` to ``after`` with no events to say so."""
    if after is None:
        return f"{name}: not reported"
    if before is None:
        return f"{name}: reported"
    if name == "resources":
        ids = {r.identifier for r in after}
        removed = [r.identifier for r in before if r.identifier not in ids]
        if removed:
            return f"resources removed: {', '.join(show(i) for i in removed)}"
        return "resources: the same ones in another order"
    return f"{name}: not the old ones followed by new ones"


def _added(old: WorkRequest, new: WorkRequest, name: str) -> Sequence[Any]:
    """The entries of ``new.<name>`` after those of ``old``; none if they do not come first."""
    before, after = getattr(old, name, None) or (), getattr(new, name, None) or ()
    if tuple(after[: len(before)]) != tuple(before):
        return ()
    return after[len(before) :]


def _resource_events(old: WorkRequest, new: WorkRequest) -> list[Event]:
    """A ``ResourceChanged`` for each resource of ``new`` that ``old`` lacks or has otherwise.

    Matched by identifier: the API promises no order.
    """
    before = {r.identifier: r for r in getattr(old, "resources", None) or ()}
    return [
        ResourceChanged(resource=r)
        for r in getattr(new, "resources", None) or ()
        if before.get(r.identifier) != r
    ]


def _status_events(old: WorkRequest, new: WorkRequest) -> list[Event]:
    """The status changes from ``old`` to ``new``, missed steps included.

    The new percent, if any, is reported before the request ends, where a status on the
    way reports progress.
    """
    progressed = _progressed(old, new)
    path = _path(old, new, progressed=progressed)
    events: list[Event] = []
    for status in path:
        if status.name == "IN_PROGRESS":
            events.append(Started(at=new.time_started))
        elif status.name == "CANCELING":
            events.append(CancelRequested())
        elif status.name in _ENDS:
            events.append(_ENDS[status.name](at=new.time_finished))
        else:
            events.append(StatusChanged(status=status.name))
    if progressed and _reporting(old, path).name in transitions.PROGRESSING:
        at_end = bool(path) and path[-1] in transitions.family_of(old).terminal
        events.insert(len(events) - at_end, Progressed(percent=new.percent_complete))
    return events


#: The event of each status that ends a request, by name.
_ENDS: dict[str, Callable[..., Event]] = {
    "SUCCEEDED": Succeeded,
    "FAILED": Failed,
    "CANCELED": Canceled,
    "PARTIALLY_SUCCEEDED": PartiallySucceeded,
}
#: The statuses that report no progress, by name (beyond ``transitions.PROGRESSING`` and success).
_NO_PROGRESS = frozenset({"ACCEPTED", "FAILED", "CANCELED", "PARTIALLY_SUCCEEDED"})


def _progressed(old: WorkRequest, new: WorkRequest) -> bool:
    """Whether ``new`` reports a higher percent that needs a ``Progressed`` event."""
    return (
        new.percent_complete is not None
        and new.percent_complete > (old.percent_complete or 0.0)
        and new.status is not transitions.family_of(new).succeeded
    )


def _path(old: WorkRequest, new: WorkRequest, *, progressed: bool) -> list[Status]:
    """The statuses after ``old``'s on the way to ``new``'s: the shortest legal path.

    It goes through CANCELING only when ``new`` shows a cancel. Among the others, it
    prefers one where the progress made can be reported (before the last move, if that ends
    the request), then one through IN_PROGRESS exactly when ``new`` shows a start that
    ``old`` did not. From a status this version does not know, any status may be next.
    Empty when there is no such path (a status going back, or to one unknown).
    """
    if old.status is new.status:  # no path leads to a status this version does not know
        return []
    started = old.time_started is None and new.time_started is not None
    canceled = new.status.name in ("CANCELING", "CANCELED")
    table = transitions.family_of(old).transitions

    def cost(path: list[Status]) -> tuple[bool, bool, int]:
        """Unreported progress first, then a start ``new`` does not show, then length."""
        return (
            progressed and _reporting(old, path).name not in transitions.PROGRESSING,
            any(s.name == "IN_PROGRESS" for s in path) != started,
            len(path),
        )

    if old.status.name == "UNKNOWN_ENUM_VALUE":
        # From a status this version does not know: straight to the new one (the service's
        # word), or through IN_PROGRESS and on by the table.
        progressing = new.status.__class__["IN_PROGRESS"]
        found = [[new.status]]
        if new.status is not progressing:
            found += [[progressing, *p] for p in _paths(table, progressing, new.status)]
    else:
        found = _paths(table, old.status, new.status)
    paths = [p for p in found if canceled or all(s.name != "CANCELING" for s in p)]
    return min(paths, key=cost, default=[])


def _reporting(old: WorkRequest, path: list[Status]) -> Status:
    """The status in which a path from ``old``'s status reports progress.

    The one before its last move if that ends the request, else the last.
    """
    statuses = [old.status, *path]
    return (
        statuses[-2] if path and path[-1] in transitions.family_of(old).terminal else statuses[-1]
    )


def _paths(
    table: Any, start: Status, end: Status, seen: frozenset[Status] = frozenset()
) -> list[list[Status]]:
    """Every legal path of statuses from ``start`` to ``end`` (``start`` excluded).

    None goes through a status twice: a family's table may have cycles (devops' ``WAITING``).
    """
    if start is end:
        return [[]]
    seen |= {start}
    return [
        [nxt, *rest]
        for nxt in sorted(table[start] - seen)
        for rest in _paths(table, nxt, end, seen)
    ]


def _merge(*streams: Sequence[Event]) -> list[Event]:
    """The events of ``streams`` in time order, each stream's own order kept.

    An event without a time is taken as soon as it heads its stream; among timed heads the
    earliest goes first, ties to the earlier stream.
    """
    streams_ = [list(s) for s in streams]
    merged = []
    while any(streams_):
        heads = [s for s in streams_ if s]
        untimed = [s for s in heads if s[0].at is None]
        stream = untimed[0] if untimed else min(heads, key=lambda s: s[0].at)  # type: ignore[arg-type,return-value]
        merged.append(stream.pop(0))
    return merged
