"""``oci.oce``'s work requests, as classes: generated from the OCI SDK's metadata.

By ``python -m wrmodel.services._generate``. Do not edit (a test fails when this module is stale).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs
import pendulum

from wrmodel._errors import expected, fail
from wrmodel.models._enums import know
from wrmodel.models._families import service_family
from wrmodel.models._family import Catalog, Family
from wrmodel.models._models import (
    Model,
    Unknown,
    instance_of,
    to_enum,
    to_optional_string,
    to_string,
    to_timestamp,
    to_unknown,
    tuple_of,
)
from wrmodel.models._rules import (
    RecordsResources,
)
from wrmodel.models._values import (
    required_percent,
    required_time,
)

__all__ = (
    "ActionType",
    "OperationType",
    "Status",
    "WorkRequestResource",
    "WorkflowStep",
    "WorkflowMonitor",
    "WorkRequest",
    "WorkRequestError",
    "WorkRequestLogEntry",
    "CATALOG",
    "FAMILIES",
)


@know
class ActionType(enum.StrEnum):
    """The values of ``action_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATED = "CREATED"
    UPDATED = "UPDATED"
    DELETED = "DELETED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_OCE_INSTANCE = "CREATE_OCE_INSTANCE"
    UPDATE_OCE_INSTANCE = "UPDATE_OCE_INSTANCE"
    DELETE_OCE_INSTANCE = "DELETE_OCE_INSTANCE"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    CANCELING = "CANCELING"
    CANCELED = "CANCELED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


def _action_type(value: ActionType | str) -> ActionType:
    return to_enum(ActionType, value)


def _workflow_steps(value: Sequence[WorkflowStep] | None) -> tuple[WorkflowStep, ...] | None:
    return tuple_of(WorkflowStep, value)


def _operation_type(value: OperationType | str) -> OperationType:
    return to_enum(OperationType, value)


def _status(value: Status | str) -> Status:
    return to_enum(Status, value)


def _required_work_request_resources(
    value: Sequence[WorkRequestResource],
) -> tuple[WorkRequestResource, ...]:
    items = tuple_of(WorkRequestResource, value)
    what = "a sequence of WorkRequestResource"
    return fail(expected(what, value)) if items is None else items


def _optional_workflow_monitor(value: WorkflowMonitor | None) -> WorkflowMonitor | None:
    return instance_of(WorkflowMonitor, value)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.oce.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_FAILED = ActionType.FAILED

    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkflowStep(Model):
    """Workflow step of workflow monitor (``oci.oce.models.WorkflowStep``)."""

    step_name: str | None = attrs.field(default=None, converter=to_optional_string)
    status: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkflowMonitor(Model):
    """The workflow monitor for this work request (``oci.oce.models.WorkflowMonitor``)."""

    workflow_name: str | None = attrs.field(default=None, converter=to_optional_string)
    resource_name: str | None = attrs.field(default=None, converter=to_optional_string)
    workflow_steps: tuple[WorkflowStep, ...] | None = attrs.field(
        default=None, converter=_workflow_steps
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """A description of workrequest status (``oci.oce.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_OCE_INSTANCE = OperationType.CREATE_OCE_INSTANCE
    OPERATION_TYPE_UPDATE_OCE_INSTANCE = OperationType.UPDATE_OCE_INSTANCE
    OPERATION_TYPE_DELETE_OCE_INSTANCE = OperationType.DELETE_OCE_INSTANCE
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    workflow_monitor: WorkflowMonitor | None = attrs.field(
        default=None, converter=_optional_workflow_monitor
    )
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.oce.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.oce.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    WorkflowStep,
    WorkflowMonitor,
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (service_family("oce", WorkRequest, WorkRequest, Status, CLASSES),)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.oce", "oci.oce.models", CLASSES)
