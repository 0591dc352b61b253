"""``oci.waas``'s work requests, as classes: generated from the OCI SDK's metadata.

By ``python -m wrmodel.services._generate``. Do not edit (a test fails when this module is stale).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs
import pendulum

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
    RecordsErrors,
    RecordsLogs,
    RecordsResources,
)
from wrmodel.models._values import (
    required_time,
    to_optional_int,
)

__all__ = (
    "ActionType",
    "OperationType",
    "Status",
    "WorkRequestResource",
    "WorkRequestLogEntry",
    "WorkRequestError",
    "WorkRequest",
    "WorkRequestSummary",
    "CATALOG",
    "FAMILIES",
)


@know
class ActionType(enum.StrEnum):
    """The values of ``action_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    IN_PROGRESS = "IN_PROGRESS"
    CREATED = "CREATED"
    UPDATED = "UPDATED"
    DELETED = "DELETED"
    RELATED = "RELATED"
    PURGED = "PURGED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_WAAS_POLICY = "CREATE_WAAS_POLICY"
    UPDATE_WAAS_POLICY = "UPDATE_WAAS_POLICY"
    DELETE_WAAS_POLICY = "DELETE_WAAS_POLICY"
    CREATE_HTTP_REDIRECT = "CREATE_HTTP_REDIRECT"
    UPDATE_HTTP_REDIRECT = "UPDATE_HTTP_REDIRECT"
    DELETE_HTTP_REDIRECT = "DELETE_HTTP_REDIRECT"
    PURGE_WAAS_POLICY_CACHE = "PURGE_WAAS_POLICY_CACHE"
    CREATE_CUSTOM_PROTECTION_RULE = "CREATE_CUSTOM_PROTECTION_RULE"
    UPDATE_CUSTOM_PROTECTION_RULE = "UPDATE_CUSTOM_PROTECTION_RULE"
    DELETE_CUSTOM_PROTECTION_RULE = "DELETE_CUSTOM_PROTECTION_RULE"
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


def _optional_action_type(value: ActionType | str | None) -> ActionType | None:
    return None if value is None else to_enum(ActionType, value)


def _operation_type(value: OperationType | str) -> OperationType:
    return to_enum(OperationType, value)


def _status(value: Status | str) -> Status:
    return to_enum(Status, value)


def _work_request_resources(
    value: Sequence[WorkRequestResource] | None,
) -> tuple[WorkRequestResource, ...] | None:
    return tuple_of(WorkRequestResource, value)


def _work_request_log_entries(
    value: Sequence[WorkRequestLogEntry] | None,
) -> tuple[WorkRequestLogEntry, ...] | None:
    return tuple_of(WorkRequestLogEntry, value)


def _work_request_errors(
    value: Sequence[WorkRequestError] | None,
) -> tuple[WorkRequestError, ...] | None:
    return tuple_of(WorkRequestError, value)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """The resource on which the work request is operating (``oci.waas.models.WorkRequestResource``)."""

    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_PURGED = ActionType.PURGED

    action_type: ActionType | None = attrs.field(default=None, converter=_optional_action_type)
    entity_type: str | None = attrs.field(default=None, converter=to_optional_string)
    identifier: str | None = attrs.field(default=None, converter=to_optional_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message for a work request (``oci.waas.models.WorkRequestLogEntry``)."""

    message: str | None = attrs.field(default=None, converter=to_optional_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An object returned in the event of a work request error (``oci.waas.models.WorkRequestError``)."""

    code: str | None = attrs.field(default=None, converter=to_optional_string)
    message: str | None = attrs.field(default=None, converter=to_optional_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources, RecordsErrors, RecordsLogs):
    """Many of the API requests you use to create and configure WAAS policies do not take effect immediately. In these cases, the request spawns an asynchronous work flow to fulfill the request. `WorkRequest` objects provide visibility for in-progress work flows. For more information about work requests, see `Viewing the State of a Work Request`__ (``oci.waas.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_WAAS_POLICY = OperationType.CREATE_WAAS_POLICY
    OPERATION_TYPE_UPDATE_WAAS_POLICY = OperationType.UPDATE_WAAS_POLICY
    OPERATION_TYPE_DELETE_WAAS_POLICY = OperationType.DELETE_WAAS_POLICY
    OPERATION_TYPE_CREATE_HTTP_REDIRECT = OperationType.CREATE_HTTP_REDIRECT
    OPERATION_TYPE_UPDATE_HTTP_REDIRECT = OperationType.UPDATE_HTTP_REDIRECT
    OPERATION_TYPE_DELETE_HTTP_REDIRECT = OperationType.DELETE_HTTP_REDIRECT
    OPERATION_TYPE_PURGE_WAAS_POLICY_CACHE = OperationType.PURGE_WAAS_POLICY_CACHE
    OPERATION_TYPE_CREATE_CUSTOM_PROTECTION_RULE = OperationType.CREATE_CUSTOM_PROTECTION_RULE
    OPERATION_TYPE_UPDATE_CUSTOM_PROTECTION_RULE = OperationType.UPDATE_CUSTOM_PROTECTION_RULE
    OPERATION_TYPE_DELETE_CUSTOM_PROTECTION_RULE = OperationType.DELETE_CUSTOM_PROTECTION_RULE
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
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    percent_complete: int | None = attrs.field(default=None, converter=to_optional_int)
    logs: tuple[WorkRequestLogEntry, ...] | None = attrs.field(
        default=None, converter=_work_request_log_entries
    )
    errors: tuple[WorkRequestError, ...] | None = attrs.field(
        default=None, converter=_work_request_errors
    )
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """The summarized details of a work request (``oci.waas.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_WAAS_POLICY = OperationType.CREATE_WAAS_POLICY
    OPERATION_TYPE_UPDATE_WAAS_POLICY = OperationType.UPDATE_WAAS_POLICY
    OPERATION_TYPE_DELETE_WAAS_POLICY = OperationType.DELETE_WAAS_POLICY
    OPERATION_TYPE_CREATE_HTTP_REDIRECT = OperationType.CREATE_HTTP_REDIRECT
    OPERATION_TYPE_UPDATE_HTTP_REDIRECT = OperationType.UPDATE_HTTP_REDIRECT
    OPERATION_TYPE_DELETE_HTTP_REDIRECT = OperationType.DELETE_HTTP_REDIRECT
    OPERATION_TYPE_PURGE_WAAS_POLICY_CACHE = OperationType.PURGE_WAAS_POLICY_CACHE
    OPERATION_TYPE_CREATE_CUSTOM_PROTECTION_RULE = OperationType.CREATE_CUSTOM_PROTECTION_RULE
    OPERATION_TYPE_UPDATE_CUSTOM_PROTECTION_RULE = OperationType.UPDATE_CUSTOM_PROTECTION_RULE
    OPERATION_TYPE_DELETE_CUSTOM_PROTECTION_RULE = OperationType.DELETE_CUSTOM_PROTECTION_RULE
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
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    percent_complete: int | None = attrs.field(default=None, converter=to_optional_int)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    WorkRequestLogEntry,
    WorkRequestError,
    WorkRequest,
    WorkRequestSummary,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("waas", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.waas", "oci.waas.models", CLASSES)
