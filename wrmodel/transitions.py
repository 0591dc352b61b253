"""Move a work request through its life cycle without mutating anything.

Each function takes the work request first and returns a new one; the input is never
changed. ``at`` is the time of the change: the current time in UTC when not given, which is
the only thing that makes a function impure. Time never runs backwards: an ``at`` earlier
than the request's latest timestamp (of its own three times, its logs and its errors) is
refused. Every broken rule raises ``TransitionError``.

>>> import pendulum
>>> from wrmodel import transitions as t
>>> t0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)
>>> wr = t.accept("ocid1.workrequest.oc1..x", "DELETE_COMPARTMENT", at=t0)
>>> wr = t.progress(t.start(wr, at=t0.add(seconds=1)), 50.0, at=t0.add(seconds=2))
>>> wr.status, wr.percent_complete
(<Status.IN_PROGRESS: 'IN_PROGRESS'>, 50.0)
>>> t.succeed(wr, at=t0.add(seconds=3)).percent_complete
100.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import pendulum

from ._enums import OperationType, Status
from ._models import (
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
    _percent,
    evolve,
)
from ._time import UTC, as_pendulum
from .exceptions import TransitionError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = (
    "ACTIVE",
    "TERMINAL",
    "TRANSITIONS",
    "accept",
    "add_error",
    "add_log",
    "add_resource",
    "cancel",
    "fail",
    "is_active",
    "is_successful",
    "is_terminal",
    "latest_time",
    "progress",
    "request_cancel",
    "start",
    "succeed",
)

S = Status

#: Where each status may go next. Cancelation is best effort: work that finishes before it
#: is canceled still succeeds or fails. A status this version does not know goes nowhere.
TRANSITIONS: Mapping[Status, frozenset[Status]] = MappingProxyType(
    {
        S.ACCEPTED: frozenset({S.IN_PROGRESS, S.CANCELING, S.CANCELED, S.FAILED}),
        S.IN_PROGRESS: frozenset({S.SUCCEEDED, S.FAILED, S.CANCELING}),
        S.CANCELING: frozenset({S.CANCELED, S.SUCCEEDED, S.FAILED}),
        S.SUCCEEDED: frozenset(),
        S.FAILED: frozenset(),
        S.CANCELED: frozenset(),
        S.UNKNOWN_ENUM_VALUE: frozenset(),
    }
)
#: The statuses a request ends in, and those of a request still at work.
TERMINAL = frozenset({S.SUCCEEDED, S.FAILED, S.CANCELED})
ACTIVE = frozenset({S.ACCEPTED, S.IN_PROGRESS, S.CANCELING})
#: The statuses in which progress may be reported.
_PROGRESSING = frozenset({S.IN_PROGRESS, S.CANCELING})


def _status(x: WorkRequest | WorkRequestSummary | Status) -> Status:
    return x if isinstance(x, Status) else x.status


def is_terminal(x: WorkRequest | WorkRequestSummary | Status) -> bool:
    """Whether the request has ended: SUCCEEDED, FAILED or CANCELED.

    >>> is_terminal(Status.CANCELED), is_terminal(Status.UNKNOWN_ENUM_VALUE)
    (True, False)
    """
    return _status(x) in TERMINAL


def is_active(x: WorkRequest | WorkRequestSummary | Status) -> bool:
    """Whether the request is still at work: ACCEPTED, IN_PROGRESS or CANCELING.

    >>> is_active(Status.CANCELING), is_active(Status.UNKNOWN_ENUM_VALUE)
    (True, False)
    """
    return _status(x) in ACTIVE


def is_successful(x: WorkRequest | WorkRequestSummary | Status) -> bool:
    """Whether the request SUCCEEDED."""
    return _status(x) is S.SUCCEEDED


def latest_time(wr: WorkRequest) -> pendulum.DateTime | None:
    """The latest timestamp a request holds: of its three times, its logs and its errors."""
    times = [
        t
        for t in (
            wr.time_accepted,
            wr.time_started,
            wr.time_finished,
            *[x.timestamp for x in wr.logs or ()],
            *[x.timestamp for x in wr.errors or ()],
        )
        if t is not None
    ]
    return max(times) if times else None


# Each public function resolves ``at`` (now when not given) and calls its twin below, where
# ``at`` may be None: the events apply through these twins, which never invent a time.


def _now(at: dt.datetime | None) -> pendulum.DateTime:
    return pendulum.now(UTC) if at is None else as_pendulum(at)


def _refuse(wr: WorkRequest, why: str) -> TransitionError:
    return TransitionError(f"work request {wr.id!r}: {why}")


def _check_time(wr: WorkRequest, at: pendulum.DateTime | None) -> None:
    latest = latest_time(wr)
    if at is not None and latest is not None and at < latest:
        raise _refuse(
            wr,
            f"time cannot run backwards: {at.isoformat()} is before its latest time "
            f"{latest.isoformat()}",
        )


def _check_known(wr: WorkRequest) -> None:
    if wr.status is S.UNKNOWN_ENUM_VALUE:
        raise _refuse(wr, "its status is unknown to this version, so it cannot be changed")


def _move(wr: WorkRequest, to: Status, at: pendulum.DateTime | None) -> None:
    """Check that ``wr`` may move to status ``to`` at time ``at``."""
    _check_known(wr)
    allowed = TRANSITIONS[wr.status]
    if to not in allowed:
        may = ", ".join(sorted(allowed)) or "none, it has ended"
        raise _refuse(wr, f"cannot move from {wr.status} to {to}; allowed from {wr.status}: {may}")
    _check_time(wr, at)


def accept(
    id: str,  # noqa: A002 (the SDK's name)
    operation_type: OperationType | str,
    *,
    compartment_id: str | None = None,
    at: dt.datetime | None = None,
) -> WorkRequest:
    """A new work request: ACCEPTED at ``at``, 0% complete."""
    return _accept(id, operation_type, compartment_id, _now(at))


def _accept(
    id: str,  # noqa: A002
    operation_type: OperationType | str,
    compartment_id: str | None,
    at: pendulum.DateTime | None,
) -> WorkRequest:
    return WorkRequest(
        id=id,
        operation_type=operation_type,
        compartment_id=compartment_id,
        status=S.ACCEPTED,
        time_accepted=at,
        percent_complete=0.0,
    )


def start(wr: WorkRequest, *, at: dt.datetime | None = None) -> WorkRequest:
    """IN_PROGRESS from ``at`` (its ``time_started``)."""
    return _start(wr, _now(at))


def _start(wr: WorkRequest, at: pendulum.DateTime | None) -> WorkRequest:
    _move(wr, S.IN_PROGRESS, at)
    return evolve(wr, status=S.IN_PROGRESS, time_started=at)


def progress(wr: WorkRequest, percent: float, *, at: dt.datetime | None = None) -> WorkRequest:
    """A new ``percent_complete``: never lower than before, at most 100.

    Only while IN_PROGRESS or CANCELING. The request does not timestamp progress; ``at``
    only serves to check that time does not run backwards.
    """
    return _progress(wr, percent, _now(at))


def _progress(wr: WorkRequest, percent: float, at: pendulum.DateTime | None) -> WorkRequest:
    _check_known(wr)
    if wr.status not in _PROGRESSING:
        raise _refuse(wr, f"progress is only reported IN_PROGRESS or CANCELING, not {wr.status}")
    try:
        value = _percent(percent)
    except ValidationError as error:
        raise _refuse(wr, f"percent {error.problems[0].message}") from None
    assert value is not None  # noqa: S101 (None is not a number: refused above)
    if value < (wr.percent_complete or 0.0):
        raise _refuse(wr, f"percent cannot go down, from {wr.percent_complete} to {value}")
    _check_time(wr, at)
    return evolve(wr, percent_complete=value)


def add_log(wr: WorkRequest, message: str, *, at: dt.datetime | None = None) -> WorkRequest:
    """Append a log entry timestamped ``at``; in any known status."""
    return _add_log(wr, WorkRequestLogEntry(message=message, timestamp=_now(at)))


def _add_log(wr: WorkRequest, entry: WorkRequestLogEntry) -> WorkRequest:
    _check_known(wr)
    _check_time(wr, entry.timestamp)
    return evolve(wr, logs=(*(wr.logs or ()), entry))


def add_error(
    wr: WorkRequest, code: str, message: str, *, at: dt.datetime | None = None
) -> WorkRequest:
    """Append an error timestamped ``at``; in any known status.

    A request can record errors before it fails.
    """
    return _add_errors(wr, (WorkRequestError(code=code, message=message, timestamp=_now(at)),))


def _add_errors(wr: WorkRequest, errors: Iterable[WorkRequestError]) -> WorkRequest:
    _check_known(wr)
    for error in errors:
        if not isinstance(error, WorkRequestError):
            raise TypeError(f"expected a WorkRequestError, got {error!r}")
        _check_time(wr, error.timestamp)
        wr = evolve(wr, errors=(*(wr.errors or ()), error))
    return wr


def add_resource(wr: WorkRequest, resource: WorkRequestResource) -> WorkRequest:
    """Append ``resource``, or replace the one with the same identifier; in any known status."""
    if not isinstance(resource, WorkRequestResource):
        raise TypeError(f"expected a WorkRequestResource, got {resource!r}")
    _check_known(wr)
    return _put_resource(wr, resource)


def _put_resource(wr: WorkRequest, resource: WorkRequestResource) -> WorkRequest:
    resources = list(wr.resources or ())
    for i, old in enumerate(resources):
        if old.identifier == resource.identifier:
            resources[i] = resource
            break
    else:
        resources.append(resource)
    return evolve(wr, resources=tuple(resources))


def succeed(wr: WorkRequest, *, at: dt.datetime | None = None) -> WorkRequest:
    """SUCCEEDED at ``at`` (its ``time_finished``), 100% complete."""
    return _finish(wr, S.SUCCEEDED, _now(at))


def fail(wr: WorkRequest, *errors: WorkRequestError, at: dt.datetime | None = None) -> WorkRequest:
    """FAILED at ``at`` (its ``time_finished``), with ``errors`` appended."""
    return _finish(wr, S.FAILED, _now(at), errors)


def request_cancel(wr: WorkRequest, *, at: dt.datetime | None = None) -> WorkRequest:
    """CANCELING. The request does not timestamp it; ``at`` only serves the time check."""
    return _request_cancel(wr, _now(at))


def _request_cancel(wr: WorkRequest, at: pendulum.DateTime | None) -> WorkRequest:
    _move(wr, S.CANCELING, at)
    return evolve(wr, status=S.CANCELING)


def cancel(wr: WorkRequest, *, at: dt.datetime | None = None) -> WorkRequest:
    """CANCELED at ``at`` (its ``time_finished``)."""
    return _finish(wr, S.CANCELED, _now(at))


def _finish(
    wr: WorkRequest,
    to: Status,
    at: pendulum.DateTime | None,
    errors: tuple[WorkRequestError, ...] = (),
) -> WorkRequest:
    _move(wr, to, at)
    wr = _add_errors(wr, errors)
    _check_time(wr, at)
    changes = {"percent_complete": 100.0} if to is S.SUCCEEDED else {}
    return evolve(wr, status=to, time_finished=at, **changes)
