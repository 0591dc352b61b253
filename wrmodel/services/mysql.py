"""``oci.mysql``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    to_enum,
    to_optional_string,
    to_string,
    to_timestamp,
    to_unknown,
    tuple_of,
)
from wrmodel.models._rules import (
    RecordsResources,
    Snapshot,
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
    "WorkRequest",
    "WorkRequestError",
    "WorkRequestLogEntry",
    "WorkRequestSummary",
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
    RELATED = "RELATED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_DBSYSTEM = "CREATE_DBSYSTEM"
    UPDATE_DBSYSTEM = "UPDATE_DBSYSTEM"
    DELETE_DBSYSTEM = "DELETE_DBSYSTEM"
    START_DBSYSTEM = "START_DBSYSTEM"
    STOP_DBSYSTEM = "STOP_DBSYSTEM"
    RESTART_DBSYSTEM = "RESTART_DBSYSTEM"
    ADD_HEATWAVE_CLUSTER = "ADD_HEATWAVE_CLUSTER"
    UPDATE_HEATWAVE_CLUSTER = "UPDATE_HEATWAVE_CLUSTER"
    DELETE_HEATWAVE_CLUSTER = "DELETE_HEATWAVE_CLUSTER"
    START_HEATWAVE_CLUSTER = "START_HEATWAVE_CLUSTER"
    STOP_HEATWAVE_CLUSTER = "STOP_HEATWAVE_CLUSTER"
    RESTART_HEATWAVE_CLUSTER = "RESTART_HEATWAVE_CLUSTER"
    GENERATE_HEATWAVE_CLUSTER_MEMORY_ESTIMATE = "GENERATE_HEATWAVE_CLUSTER_MEMORY_ESTIMATE"
    GENERATE_DBSYSTEM_STATUS = "GENERATE_DBSYSTEM_STATUS"
    GENERATE_CHANNEL_STATUS = "GENERATE_CHANNEL_STATUS"
    CREATE_REPLICA = "CREATE_REPLICA"
    UPDATE_REPLICA = "UPDATE_REPLICA"
    DELETE_REPLICA = "DELETE_REPLICA"
    CREATE_CHANNEL = "CREATE_CHANNEL"
    UPDATE_CHANNEL = "UPDATE_CHANNEL"
    RESUME_CHANNEL = "RESUME_CHANNEL"
    RESET_CHANNEL = "RESET_CHANNEL"
    DELETE_CHANNEL = "DELETE_CHANNEL"
    COPY_BACKUP = "COPY_BACKUP"
    CREATE_BACKUP = "CREATE_BACKUP"
    DELETE_BACKUP = "DELETE_BACKUP"
    UPDATE_BACKUP = "UPDATE_BACKUP"
    EXPORT_BACKUP = "EXPORT_BACKUP"
    CREATE_BLUE_GREEN_DEPLOYMENT = "CREATE_BLUE_GREEN_DEPLOYMENT"
    UPDATE_BLUE_GREEN_DEPLOYMENT = "UPDATE_BLUE_GREEN_DEPLOYMENT"
    DELETE_BLUE_GREEN_DEPLOYMENT = "DELETE_BLUE_GREEN_DEPLOYMENT"
    CHANGE_BLUE_GREEN_DEPLOYMENT_COMPARTMENT = "CHANGE_BLUE_GREEN_DEPLOYMENT_COMPARTMENT"
    SWITCHOVER_BLUE_GREEN_DEPLOYMENT = "SWITCHOVER_BLUE_GREEN_DEPLOYMENT"
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


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.mysql.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_RELATED = ActionType.RELATED

    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """The status of an asynchronous task in the system (``oci.mysql.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_DBSYSTEM = OperationType.CREATE_DBSYSTEM
    OPERATION_TYPE_UPDATE_DBSYSTEM = OperationType.UPDATE_DBSYSTEM
    OPERATION_TYPE_DELETE_DBSYSTEM = OperationType.DELETE_DBSYSTEM
    OPERATION_TYPE_START_DBSYSTEM = OperationType.START_DBSYSTEM
    OPERATION_TYPE_STOP_DBSYSTEM = OperationType.STOP_DBSYSTEM
    OPERATION_TYPE_RESTART_DBSYSTEM = OperationType.RESTART_DBSYSTEM
    OPERATION_TYPE_ADD_HEATWAVE_CLUSTER = OperationType.ADD_HEATWAVE_CLUSTER
    OPERATION_TYPE_UPDATE_HEATWAVE_CLUSTER = OperationType.UPDATE_HEATWAVE_CLUSTER
    OPERATION_TYPE_DELETE_HEATWAVE_CLUSTER = OperationType.DELETE_HEATWAVE_CLUSTER
    OPERATION_TYPE_START_HEATWAVE_CLUSTER = OperationType.START_HEATWAVE_CLUSTER
    OPERATION_TYPE_STOP_HEATWAVE_CLUSTER = OperationType.STOP_HEATWAVE_CLUSTER
    OPERATION_TYPE_RESTART_HEATWAVE_CLUSTER = OperationType.RESTART_HEATWAVE_CLUSTER
    OPERATION_TYPE_GENERATE_HEATWAVE_CLUSTER_MEMORY_ESTIMATE = (
        OperationType.GENERATE_HEATWAVE_CLUSTER_MEMORY_ESTIMATE
    )
    OPERATION_TYPE_GENERATE_DBSYSTEM_STATUS = OperationType.GENERATE_DBSYSTEM_STATUS
    OPERATION_TYPE_GENERATE_CHANNEL_STATUS = OperationType.GENERATE_CHANNEL_STATUS
    OPERATION_TYPE_CREATE_REPLICA = OperationType.CREATE_REPLICA
    OPERATION_TYPE_UPDATE_REPLICA = OperationType.UPDATE_REPLICA
    OPERATION_TYPE_DELETE_REPLICA = OperationType.DELETE_REPLICA
    OPERATION_TYPE_CREATE_CHANNEL = OperationType.CREATE_CHANNEL
    OPERATION_TYPE_UPDATE_CHANNEL = OperationType.UPDATE_CHANNEL
    OPERATION_TYPE_RESUME_CHANNEL = OperationType.RESUME_CHANNEL
    OPERATION_TYPE_RESET_CHANNEL = OperationType.RESET_CHANNEL
    OPERATION_TYPE_DELETE_CHANNEL = OperationType.DELETE_CHANNEL
    OPERATION_TYPE_COPY_BACKUP = OperationType.COPY_BACKUP
    OPERATION_TYPE_CREATE_BACKUP = OperationType.CREATE_BACKUP
    OPERATION_TYPE_DELETE_BACKUP = OperationType.DELETE_BACKUP
    OPERATION_TYPE_UPDATE_BACKUP = OperationType.UPDATE_BACKUP
    OPERATION_TYPE_EXPORT_BACKUP = OperationType.EXPORT_BACKUP
    OPERATION_TYPE_CREATE_BLUE_GREEN_DEPLOYMENT = OperationType.CREATE_BLUE_GREEN_DEPLOYMENT
    OPERATION_TYPE_UPDATE_BLUE_GREEN_DEPLOYMENT = OperationType.UPDATE_BLUE_GREEN_DEPLOYMENT
    OPERATION_TYPE_DELETE_BLUE_GREEN_DEPLOYMENT = OperationType.DELETE_BLUE_GREEN_DEPLOYMENT
    OPERATION_TYPE_CHANGE_BLUE_GREEN_DEPLOYMENT_COMPARTMENT = (
        OperationType.CHANGE_BLUE_GREEN_DEPLOYMENT_COMPARTMENT
    )
    OPERATION_TYPE_SWITCHOVER_BLUE_GREEN_DEPLOYMENT = OperationType.SWITCHOVER_BLUE_GREEN_DEPLOYMENT
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    compartment_id: str = attrs.field(converter=to_string)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.mysql.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.mysql.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, Snapshot):
    """The status of an asynchronous task in the system (``oci.mysql.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_DBSYSTEM = OperationType.CREATE_DBSYSTEM
    OPERATION_TYPE_UPDATE_DBSYSTEM = OperationType.UPDATE_DBSYSTEM
    OPERATION_TYPE_DELETE_DBSYSTEM = OperationType.DELETE_DBSYSTEM
    OPERATION_TYPE_START_DBSYSTEM = OperationType.START_DBSYSTEM
    OPERATION_TYPE_STOP_DBSYSTEM = OperationType.STOP_DBSYSTEM
    OPERATION_TYPE_RESTART_DBSYSTEM = OperationType.RESTART_DBSYSTEM
    OPERATION_TYPE_ADD_HEATWAVE_CLUSTER = OperationType.ADD_HEATWAVE_CLUSTER
    OPERATION_TYPE_UPDATE_HEATWAVE_CLUSTER = OperationType.UPDATE_HEATWAVE_CLUSTER
    OPERATION_TYPE_DELETE_HEATWAVE_CLUSTER = OperationType.DELETE_HEATWAVE_CLUSTER
    OPERATION_TYPE_START_HEATWAVE_CLUSTER = OperationType.START_HEATWAVE_CLUSTER
    OPERATION_TYPE_STOP_HEATWAVE_CLUSTER = OperationType.STOP_HEATWAVE_CLUSTER
    OPERATION_TYPE_RESTART_HEATWAVE_CLUSTER = OperationType.RESTART_HEATWAVE_CLUSTER
    OPERATION_TYPE_GENERATE_HEATWAVE_CLUSTER_MEMORY_ESTIMATE = (
        OperationType.GENERATE_HEATWAVE_CLUSTER_MEMORY_ESTIMATE
    )
    OPERATION_TYPE_GENERATE_DBSYSTEM_STATUS = OperationType.GENERATE_DBSYSTEM_STATUS
    OPERATION_TYPE_GENERATE_CHANNEL_STATUS = OperationType.GENERATE_CHANNEL_STATUS
    OPERATION_TYPE_CREATE_REPLICA = OperationType.CREATE_REPLICA
    OPERATION_TYPE_UPDATE_REPLICA = OperationType.UPDATE_REPLICA
    OPERATION_TYPE_DELETE_REPLICA = OperationType.DELETE_REPLICA
    OPERATION_TYPE_CREATE_CHANNEL = OperationType.CREATE_CHANNEL
    OPERATION_TYPE_UPDATE_CHANNEL = OperationType.UPDATE_CHANNEL
    OPERATION_TYPE_RESUME_CHANNEL = OperationType.RESUME_CHANNEL
    OPERATION_TYPE_RESET_CHANNEL = OperationType.RESET_CHANNEL
    OPERATION_TYPE_DELETE_CHANNEL = OperationType.DELETE_CHANNEL
    OPERATION_TYPE_COPY_BACKUP = OperationType.COPY_BACKUP
    OPERATION_TYPE_CREATE_BACKUP = OperationType.CREATE_BACKUP
    OPERATION_TYPE_DELETE_BACKUP = OperationType.DELETE_BACKUP
    OPERATION_TYPE_UPDATE_BACKUP = OperationType.UPDATE_BACKUP
    OPERATION_TYPE_EXPORT_BACKUP = OperationType.EXPORT_BACKUP
    OPERATION_TYPE_CREATE_BLUE_GREEN_DEPLOYMENT = OperationType.CREATE_BLUE_GREEN_DEPLOYMENT
    OPERATION_TYPE_UPDATE_BLUE_GREEN_DEPLOYMENT = OperationType.UPDATE_BLUE_GREEN_DEPLOYMENT
    OPERATION_TYPE_DELETE_BLUE_GREEN_DEPLOYMENT = OperationType.DELETE_BLUE_GREEN_DEPLOYMENT
    OPERATION_TYPE_CHANGE_BLUE_GREEN_DEPLOYMENT_COMPARTMENT = (
        OperationType.CHANGE_BLUE_GREEN_DEPLOYMENT_COMPARTMENT
    )
    OPERATION_TYPE_SWITCHOVER_BLUE_GREEN_DEPLOYMENT = OperationType.SWITCHOVER_BLUE_GREEN_DEPLOYMENT
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    compartment_id: str = attrs.field(converter=to_string)
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestSummary,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("mysql", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.mysql", "oci.mysql.models", CLASSES)
