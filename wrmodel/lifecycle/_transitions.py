"""Where a request's life cycle starts (``accept``), and identity's transition table.

The rules and the moves are the models' (``wrmodel.models._rules``); ``wrmodel.transitions``
is both.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any, TypeVar, overload

import attrs
import pendulum

from wrmodel.models._enums import OperationType, Status
from wrmodel.models._families import IDENTITY
from wrmodel.models._identity import WorkRequest
from wrmodel.models._rules import Snapshot, family_of, held, now

_W = TypeVar("_W", bound=Snapshot)

#: Where each status of identity's work requests may go next (each family's table is its
#: ``Family.transitions``). Cancelation is best effort: work that finishes before it is
#: canceled still succeeds or fails. A status this version does not know goes nowhere.
TRANSITIONS: Mapping[Status, frozenset[Status]] = IDENTITY.transitions
#: The statuses a request ends in, and those of a request still at work (identity's).
TERMINAL = IDENTITY.terminal
ACTIVE = frozenset(s for s, nexts in TRANSITIONS.items() if nexts)


@overload
def accept(
    id: str,
    operation_type: enum.StrEnum | str,
    *,
    compartment_id: str | None = ...,
    at: dt.datetime | None = ...,
    fields: Mapping[str, Any] | None = ...,
) -> WorkRequest: ...
@overload
def accept(
    id: str,
    operation_type: enum.StrEnum | str,
    *,
    compartment_id: str | None = ...,
    at: dt.datetime | None = ...,
    cls: type[_W],
    fields: Mapping[str, Any] | None = ...,
) -> _W: ...
def accept(
    id: str,  # noqa: A002 (the SDK's name)
    operation_type: enum.StrEnum | str,
    *,
    compartment_id: str | None = None,
    at: dt.datetime | None = None,
    cls: type[Any] = WorkRequest,
    fields: Mapping[str, Any] | None = None,
) -> Any:
    """A new work request of class ``cls`` (any family's): ACCEPTED at ``at``, 0% complete.

    ``fields``: values of the fields a service's class adds (``oda``'s ``resource_id``...);
    its ``time_created`` and ``time_updated``, where it has them, are ``at`` unless given.
    """
    return accept_at(id, operation_type, compartment_id, now(at), cls, fields)


def accept_at(  # noqa: PLR0917 (the Accepted event's fields, in order)
    id: str,  # noqa: A002
    operation_type: OperationType | str | None,
    compartment_id: str | None,
    at: pendulum.DateTime | None,
    cls: type = WorkRequest,
    fields: Mapping[str, Any] | None = None,
) -> WorkRequest:
    family = family_of(cls)
    required = {a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING}
    resources = {"resources": ()} if "resources" in required else {}
    made: WorkRequest = cls(
        id=id,
        status=family.status["ACCEPTED"],
        **held(
            cls,
            operation_type=operation_type,
            compartment_id=compartment_id,
            time_accepted=at,
            percent_complete=0,  # 0.0 where the percent is a float
            time_created=at,
            time_updated=at,
            **resources,
        )
        | dict(fields or {}),
    )
    return made
