"""``oci.logging``'s work requests, as classes: generated from the OCI SDK's metadata.

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
from wrmodel.models._percent import to_percent
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
    "WorkRequestLog",
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

    CREATE_LOG = "CREATE_LOG"
    UPDATE_LOG = "UPDATE_LOG"
    DELETE_LOG = "DELETE_LOG"
    MOVE_LOG = "MOVE_LOG"
    CREATE_LOG_GROUP = "CREATE_LOG_GROUP"
    UPDATE_LOG_GROUP = "UPDATE_LOG_GROUP"
    DELETE_LOG_GROUP = "DELETE_LOG_GROUP"
    MOVE_LOG_GROUP = "MOVE_LOG_GROUP"
    CREATE_CONFIGURATION = "CREATE_CONFIGURATION"
    UPDATE_CONFIGURATION = "UPDATE_CONFIGURATION"
    DELETE_CONFIGURATION = "DELETE_CONFIGURATION"
    MOVE_CONFIGURATION = "MOVE_CONFIGURATION"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    CANCELING = "CANCELLING"
    CANCELLING = "CANCELLING"
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


def _optional_operation_type(value: OperationType | str | None) -> OperationType | None:
    return None if value is None else to_enum(OperationType, value)


def _work_request_resources(
    value: Sequence[WorkRequestResource] | None,
) -> tuple[WorkRequestResource, ...] | None:
    return tuple_of(WorkRequestResource, value)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.logging.models.WorkRequestResource``)."""

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
    """A work request (``oci.logging.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_LOG = OperationType.CREATE_LOG
    OPERATION_TYPE_UPDATE_LOG = OperationType.UPDATE_LOG
    OPERATION_TYPE_DELETE_LOG = OperationType.DELETE_LOG
    OPERATION_TYPE_MOVE_LOG = OperationType.MOVE_LOG
    OPERATION_TYPE_CREATE_LOG_GROUP = OperationType.CREATE_LOG_GROUP
    OPERATION_TYPE_UPDATE_LOG_GROUP = OperationType.UPDATE_LOG_GROUP
    OPERATION_TYPE_DELETE_LOG_GROUP = OperationType.DELETE_LOG_GROUP
    OPERATION_TYPE_MOVE_LOG_GROUP = OperationType.MOVE_LOG_GROUP
    OPERATION_TYPE_CREATE_CONFIGURATION = OperationType.CREATE_CONFIGURATION
    OPERATION_TYPE_UPDATE_CONFIGURATION = OperationType.UPDATE_CONFIGURATION
    OPERATION_TYPE_DELETE_CONFIGURATION = OperationType.DELETE_CONFIGURATION
    OPERATION_TYPE_MOVE_CONFIGURATION = OperationType.MOVE_CONFIGURATION
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELLING = Status.CANCELLING
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
    """An error encountered while executing a work request (``oci.logging.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLog(Model):
    """A log message from the execution of a work request (``oci.logging.models.WorkRequestLog``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A summary of a work request (``oci.logging.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_LOG = OperationType.CREATE_LOG
    OPERATION_TYPE_UPDATE_LOG = OperationType.UPDATE_LOG
    OPERATION_TYPE_DELETE_LOG = OperationType.DELETE_LOG
    OPERATION_TYPE_MOVE_LOG = OperationType.MOVE_LOG
    OPERATION_TYPE_CREATE_LOG_GROUP = OperationType.CREATE_LOG_GROUP
    OPERATION_TYPE_UPDATE_LOG_GROUP = OperationType.UPDATE_LOG_GROUP
    OPERATION_TYPE_DELETE_LOG_GROUP = OperationType.DELETE_LOG_GROUP
    OPERATION_TYPE_MOVE_LOG_GROUP = OperationType.MOVE_LOG_GROUP
    OPERATION_TYPE_CREATE_CONFIGURATION = OperationType.CREATE_CONFIGURATION
    OPERATION_TYPE_UPDATE_CONFIGURATION = OperationType.UPDATE_CONFIGURATION
    OPERATION_TYPE_DELETE_CONFIGURATION = OperationType.DELETE_CONFIGURATION
    OPERATION_TYPE_MOVE_CONFIGURATION = OperationType.MOVE_CONFIGURATION
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELLING = Status.CANCELLING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: OperationType | None = attrs.field(
        default=None, converter=_optional_operation_type
    )
    status: Status = attrs.field(converter=_status)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    WorkRequest,
    WorkRequestError,
    WorkRequestLog,
    WorkRequestSummary,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("logging", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.logging", "oci.logging.models", CLASSES)
