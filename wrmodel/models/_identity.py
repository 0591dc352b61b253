"""Identity's work requests, as classes: generated from ``_declarations``.

By ``python -m wrmodel.models._generate``. Do not edit: change the declarations and generate again
(a test fails when this module is stale).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import pendulum

from ._enums import ActionType, OperationType, Status
from ._models import (
    Model,
    Unknown,
    to_enum,
    to_optional_string,
    to_string,
    to_timestamp,
    to_unknown,
    tuple_of,
)
from ._percent import to_percent
from ._rules import RecordsErrors, RecordsLogs, RecordsResources

__all__ = (
    "WorkRequestResource",
    "WorkRequestError",
    "WorkRequestLogEntry",
    "WorkRequest",
    "WorkRequestSummary",
)


def _action_type(value: ActionType | str) -> ActionType:
    return to_enum(ActionType, value)


def _operation_type(value: OperationType | str) -> OperationType:
    return to_enum(OperationType, value)


def _status(value: Status | str) -> Status:
    return to_enum(Status, value)


def _work_request_resources(
    value: Sequence[WorkRequestResource] | None,
) -> tuple[WorkRequestResource, ...] | None:
    return tuple_of(WorkRequestResource, value)


def _work_request_errors(
    value: Sequence[WorkRequestError] | None,
) -> tuple[WorkRequestError, ...] | None:
    return tuple_of(WorkRequestError, value)


def _work_request_log_entries(
    value: Sequence[WorkRequestLogEntry] | None,
) -> tuple[WorkRequestLogEntry, ...] | None:
    return tuple_of(WorkRequestLogEntry, value)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource a work request affects, and what it does to it.

    >>> WorkRequestResource(identifier="ocid1.c", entity_type="compartment", action_type="DELETED")
    WorkRequestResource(identifier='ocid1.c', entity_type='compartment', action_type=...DELETED)
    """

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_FAILED = ActionType.FAILED

    identifier: str = attrs.field(converter=to_string)
    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error a work request met.

    >>> WorkRequestError(code="CompartmentNotEmpty", message="Compartment is not empty.")
    WorkRequestError(code='CompartmentNotEmpty', message='Compartment is not empty.')
    """

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A line of a work request's log.

    >>> WorkRequestLogEntry(message="Work request accepted.")
    WorkRequestLogEntry(message='Work request accepted.')
    """

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources, RecordsErrors, RecordsLogs):
    """An asynchronous request's progress: status, resources, errors, logs and times.

    The methods are the functions of ``wrmodel.transitions``, for fluent chains (as every
    family's request has them): each returns a new request.

    >>> wr = WorkRequest(id="ocid1.workrequest.oc1..x", operation_type="DELETE_COMPARTMENT",
    ...                  status="ACCEPTED", percent_complete=0)
    >>> wr.status is Status.ACCEPTED, wr.percent_complete
    (True, 0.0)
    >>> wr.start().progress(40).status
    <Status.IN_PROGRESS: 'IN_PROGRESS'>
    """

    OPERATION_TYPE_DELETE_COMPARTMENT = OperationType.DELETE_COMPARTMENT
    OPERATION_TYPE_DELETE_TAG_DEFINITION = OperationType.DELETE_TAG_DEFINITION
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    status: Status = attrs.field(converter=_status)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    errors: tuple[WorkRequestError, ...] | None = attrs.field(
        default=None, converter=_work_request_errors
    )
    logs: tuple[WorkRequestLogEntry, ...] | None = attrs.field(
        default=None, converter=_work_request_log_entries
    )
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources, RecordsErrors):
    """A work request as ``list_work_requests`` gives it: every field but ``logs``."""

    OPERATION_TYPE_DELETE_COMPARTMENT = OperationType.DELETE_COMPARTMENT
    OPERATION_TYPE_DELETE_TAG_DEFINITION = OperationType.DELETE_TAG_DEFINITION
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    status: Status = attrs.field(converter=_status)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    errors: tuple[WorkRequestError, ...] | None = attrs.field(
        default=None, converter=_work_request_errors
    )
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)
