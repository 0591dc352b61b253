"""``oci.integration``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    STOPPED = "STOPPED"
    STARTED = "STARTED"
    DELETED = "DELETED"
    IN_PROGRESS = "IN_PROGRESS"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_INTEGRATION_INSTANCE = "CREATE_INTEGRATION_INSTANCE"
    UPDATE_INTEGRATION_INSTANCE = "UPDATE_INTEGRATION_INSTANCE"
    STOP_INTEGRATION_INSTANCE = "STOP_INTEGRATION_INSTANCE"
    START_INTEGRATION_INSTANCE = "START_INTEGRATION_INSTANCE"
    DELETE_INTEGRATION_INSTANCE = "DELETE_INTEGRATION_INSTANCE"
    CHANGE_PRIVATE_ENDPOINT_OUTBOUND_CONNECTION = "CHANGE_PRIVATE_ENDPOINT_OUTBOUND_CONNECTION"
    ENABLE_PROCESS_AUTOMATION = "ENABLE_PROCESS_AUTOMATION"
    DISABLE_PROCESS_AUTOMATION = "DISABLE_PROCESS_AUTOMATION"
    ADD_LOG_ANALYTICS_LOG_GROUP = "ADD_LOG_ANALYTICS_LOG_GROUP"
    DELETE_LOG_ANALYTICS_LOG_GROUP = "DELETE_LOG_ANALYTICS_LOG_GROUP"
    CONVERT_INSTANCE = "CONVERT_INSTANCE"
    ADD_OPA_LOG_ANALYTICS_LOG_GROUP = "ADD_OPA_LOG_ANALYTICS_LOG_GROUP"
    DELETE_OPA_LOG_ANALYTICS_LOG_GROUP = "DELETE_OPA_LOG_ANALYTICS_LOG_GROUP"
    BEGIN_MIGRATION = "BEGIN_MIGRATION"
    COMPLETE_MIGRATION = "COMPLETE_MIGRATION"
    ROLLBACK_MIGRATION = "ROLLBACK_MIGRATION"
    EXTEND_DATA_RETENTION = "EXTEND_DATA_RETENTION"
    DISASTER_RECOVERY_FAILOVER = "DISASTER_RECOVERY_FAILOVER"
    CREATE_CUSTOM_ENDPOINT = "CREATE_CUSTOM_ENDPOINT"
    DELETE_CUSTOM_ENDPOINT = "DELETE_CUSTOM_ENDPOINT"
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
    """A resource created or operated on by a work request (``oci.integration.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_STOPPED = ActionType.STOPPED
    ACTION_TYPE_STARTED = ActionType.STARTED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS

    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """A description of work request status (``oci.integration.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_INTEGRATION_INSTANCE = OperationType.CREATE_INTEGRATION_INSTANCE
    OPERATION_TYPE_UPDATE_INTEGRATION_INSTANCE = OperationType.UPDATE_INTEGRATION_INSTANCE
    OPERATION_TYPE_STOP_INTEGRATION_INSTANCE = OperationType.STOP_INTEGRATION_INSTANCE
    OPERATION_TYPE_START_INTEGRATION_INSTANCE = OperationType.START_INTEGRATION_INSTANCE
    OPERATION_TYPE_DELETE_INTEGRATION_INSTANCE = OperationType.DELETE_INTEGRATION_INSTANCE
    OPERATION_TYPE_CHANGE_PRIVATE_ENDPOINT_OUTBOUND_CONNECTION = (
        OperationType.CHANGE_PRIVATE_ENDPOINT_OUTBOUND_CONNECTION
    )
    OPERATION_TYPE_ENABLE_PROCESS_AUTOMATION = OperationType.ENABLE_PROCESS_AUTOMATION
    OPERATION_TYPE_DISABLE_PROCESS_AUTOMATION = OperationType.DISABLE_PROCESS_AUTOMATION
    OPERATION_TYPE_ADD_LOG_ANALYTICS_LOG_GROUP = OperationType.ADD_LOG_ANALYTICS_LOG_GROUP
    OPERATION_TYPE_DELETE_LOG_ANALYTICS_LOG_GROUP = OperationType.DELETE_LOG_ANALYTICS_LOG_GROUP
    OPERATION_TYPE_CONVERT_INSTANCE = OperationType.CONVERT_INSTANCE
    OPERATION_TYPE_ADD_OPA_LOG_ANALYTICS_LOG_GROUP = OperationType.ADD_OPA_LOG_ANALYTICS_LOG_GROUP
    OPERATION_TYPE_DELETE_OPA_LOG_ANALYTICS_LOG_GROUP = (
        OperationType.DELETE_OPA_LOG_ANALYTICS_LOG_GROUP
    )
    OPERATION_TYPE_BEGIN_MIGRATION = OperationType.BEGIN_MIGRATION
    OPERATION_TYPE_COMPLETE_MIGRATION = OperationType.COMPLETE_MIGRATION
    OPERATION_TYPE_ROLLBACK_MIGRATION = OperationType.ROLLBACK_MIGRATION
    OPERATION_TYPE_EXTEND_DATA_RETENTION = OperationType.EXTEND_DATA_RETENTION
    OPERATION_TYPE_DISASTER_RECOVERY_FAILOVER = OperationType.DISASTER_RECOVERY_FAILOVER
    OPERATION_TYPE_CREATE_CUSTOM_ENDPOINT = OperationType.CREATE_CUSTOM_ENDPOINT
    OPERATION_TYPE_DELETE_CUSTOM_ENDPOINT = OperationType.DELETE_CUSTOM_ENDPOINT
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
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """Errors related to a specific work request (``oci.integration.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """Log entries related to a specific work request (``oci.integration.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A description of work request status (``oci.integration.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_INTEGRATION_INSTANCE = OperationType.CREATE_INTEGRATION_INSTANCE
    OPERATION_TYPE_UPDATE_INTEGRATION_INSTANCE = OperationType.UPDATE_INTEGRATION_INSTANCE
    OPERATION_TYPE_STOP_INTEGRATION_INSTANCE = OperationType.STOP_INTEGRATION_INSTANCE
    OPERATION_TYPE_START_INTEGRATION_INSTANCE = OperationType.START_INTEGRATION_INSTANCE
    OPERATION_TYPE_DELETE_INTEGRATION_INSTANCE = OperationType.DELETE_INTEGRATION_INSTANCE
    OPERATION_TYPE_CHANGE_PRIVATE_ENDPOINT_OUTBOUND_CONNECTION = (
        OperationType.CHANGE_PRIVATE_ENDPOINT_OUTBOUND_CONNECTION
    )
    OPERATION_TYPE_ENABLE_PROCESS_AUTOMATION = OperationType.ENABLE_PROCESS_AUTOMATION
    OPERATION_TYPE_DISABLE_PROCESS_AUTOMATION = OperationType.DISABLE_PROCESS_AUTOMATION
    OPERATION_TYPE_ADD_LOG_ANALYTICS_LOG_GROUP = OperationType.ADD_LOG_ANALYTICS_LOG_GROUP
    OPERATION_TYPE_DELETE_LOG_ANALYTICS_LOG_GROUP = OperationType.DELETE_LOG_ANALYTICS_LOG_GROUP
    OPERATION_TYPE_CONVERT_INSTANCE = OperationType.CONVERT_INSTANCE
    OPERATION_TYPE_ADD_OPA_LOG_ANALYTICS_LOG_GROUP = OperationType.ADD_OPA_LOG_ANALYTICS_LOG_GROUP
    OPERATION_TYPE_DELETE_OPA_LOG_ANALYTICS_LOG_GROUP = (
        OperationType.DELETE_OPA_LOG_ANALYTICS_LOG_GROUP
    )
    OPERATION_TYPE_BEGIN_MIGRATION = OperationType.BEGIN_MIGRATION
    OPERATION_TYPE_COMPLETE_MIGRATION = OperationType.COMPLETE_MIGRATION
    OPERATION_TYPE_ROLLBACK_MIGRATION = OperationType.ROLLBACK_MIGRATION
    OPERATION_TYPE_EXTEND_DATA_RETENTION = OperationType.EXTEND_DATA_RETENTION
    OPERATION_TYPE_DISASTER_RECOVERY_FAILOVER = OperationType.DISASTER_RECOVERY_FAILOVER
    OPERATION_TYPE_CREATE_CUSTOM_ENDPOINT = OperationType.CREATE_CUSTOM_ENDPOINT
    OPERATION_TYPE_DELETE_CUSTOM_ENDPOINT = OperationType.DELETE_CUSTOM_ENDPOINT
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
    service_family("integration", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.integration", "oci.integration.models", CLASSES)
