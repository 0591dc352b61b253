"""What happened to a work request, as values: events, and their history.

Each event is a frozen value for one kind of change. It carries the time the work request
records for that change (``at``), or ``None`` where the request records none (progress, a
cancel request, a resource change); applying an event never invents a time.

``diff(old, new)`` gives the events that lead from one snapshot of a request to another,
even when a poll missed steps; ``replay`` builds the request back from events. Snapshots come
from a service that does not follow the textbook (stale replicas, skewed clocks, statuses a
newer API added), so ``diff`` is total: what the life cycle cannot explain comes as one
``Corrected`` event that says what it could not explain and carries the request as observed.

>>> import wrmodel, pendulum
>>> from wrmodel import events
>>> t0 = pendulum.datetime(2016, 8, 25, 21, 10, 29)
>>> old = wrmodel.transitions.accept("ocid1.workrequest.oc1..x", "DELETE_COMPARTMENT", at=t0)
>>> new = old.start(at=t0.add(seconds=2)).succeed(at=t0.add(seconds=9))
>>> [type(e).__name__ for e in events.diff(old, new)]
['Started', 'Succeeded']
>>> events.replay(events.diff(old, new), onto=old) == new
True
"""

from .lifecycle._events import (
    EVENTS,
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
from .lifecycle._history import diff, history

__all__ = (
    "EVENTS",
    "Accepted",
    "CancelRequested",
    "Canceled",
    "Corrected",
    "ErrorAdded",
    "Event",
    "Failed",
    "LogAdded",
    "PartiallySucceeded",
    "Progressed",
    "ResourceChanged",
    "Started",
    "StatusChanged",
    "Succeeded",
    "apply",
    "diff",
    "history",
    "replay",
)
