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

from .lifecycle._transitions import ACTIVE, TERMINAL, TRANSITIONS, accept
from .models._rules import (
    EndsPartially,
    RecordsErrors,
    RecordsLogs,
    RecordsResources,
    Snapshot,
    add_error,
    add_log,
    add_resource,
    cancel,
    fail,
    family_of,
    is_active,
    is_snapshot,
    is_successful,
    is_terminal,
    latest_time,
    move,
    partially_succeed,
    progress,
    request_cancel,
    start,
    succeed,
)

__all__ = (
    "ACTIVE",
    "TERMINAL",
    "TRANSITIONS",
    # The bases of every family's request and summary, which give them these as methods
    "Snapshot",
    "RecordsResources",
    "RecordsErrors",
    "RecordsLogs",
    "EndsPartially",
    # The moves and what they read
    "accept",
    "add_error",
    "add_log",
    "add_resource",
    "cancel",
    "fail",
    "is_active",
    "is_successful",
    "is_terminal",
    "family_of",
    "is_snapshot",
    "latest_time",
    "move",
    "partially_succeed",
    "progress",
    "request_cancel",
    "start",
    "succeed",
)
