"""``oci.apigateway``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    "WorkRequestSummary",
    "WorkRequestCollection",
    "WorkRequestError",
    "WorkRequestErrorCollection",
    "WorkRequestLog",
    "WorkRequestLogCollection",
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

    CREATE_GATEWAY = "CREATE_GATEWAY"
    UPDATE_GATEWAY = "UPDATE_GATEWAY"
    DELETE_GATEWAY = "DELETE_GATEWAY"
    CREATE_DEPLOYMENT = "CREATE_DEPLOYMENT"
    UPDATE_DEPLOYMENT = "UPDATE_DEPLOYMENT"
    DELETE_DEPLOYMENT = "DELETE_DEPLOYMENT"
    CREATE_CERTIFICATE = "CREATE_CERTIFICATE"
    UPDATE_CERTIFICATE = "UPDATE_CERTIFICATE"
    DELETE_CERTIFICATE = "DELETE_CERTIFICATE"
    CREATE_API = "CREATE_API"
    UPDATE_API = "UPDATE_API"
    DELETE_API = "DELETE_API"
    VALIDATE_API = "VALIDATE_API"
    CREATE_SDK = "CREATE_SDK"
    DELETE_SDK = "DELETE_SDK"
    CREATE_USAGE_PLAN = "CREATE_USAGE_PLAN"
    UPDATE_USAGE_PLAN = "UPDATE_USAGE_PLAN"
    DELETE_USAGE_PLAN = "DELETE_USAGE_PLAN"
    CREATE_SUBSCRIBER = "CREATE_SUBSCRIBER"
    UPDATE_SUBSCRIBER = "UPDATE_SUBSCRIBER"
    DELETE_SUBSCRIBER = "DELETE_SUBSCRIBER"
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


def _required_work_request_summaries(
    value: Sequence[WorkRequestSummary],
) -> tuple[WorkRequestSummary, ...]:
    items = tuple_of(WorkRequestSummary, value)
    what = "a sequence of WorkRequestSummary"
    return fail(expected(what, value)) if items is None else items


def _required_work_request_errors(
    value: Sequence[WorkRequestError],
) -> tuple[WorkRequestError, ...]:
    items = tuple_of(WorkRequestError, value)
    what = "a sequence of WorkRequestError"
    return fail(expected(what, value)) if items is None else items


def _required_work_request_logs(value: Sequence[WorkRequestLog]) -> tuple[WorkRequestLog, ...]:
    items = tuple_of(WorkRequestLog, value)
    what = "a sequence of WorkRequestLog"
    return fail(expected(what, value)) if items is None else items


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.apigateway.models.WorkRequestResource``)."""

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
class WorkRequest(Model, RecordsResources):
    """A description of the work request status (``oci.apigateway.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_GATEWAY = OperationType.CREATE_GATEWAY
    OPERATION_TYPE_UPDATE_GATEWAY = OperationType.UPDATE_GATEWAY
    OPERATION_TYPE_DELETE_GATEWAY = OperationType.DELETE_GATEWAY
    OPERATION_TYPE_CREATE_DEPLOYMENT = OperationType.CREATE_DEPLOYMENT
    OPERATION_TYPE_UPDATE_DEPLOYMENT = OperationType.UPDATE_DEPLOYMENT
    OPERATION_TYPE_DELETE_DEPLOYMENT = OperationType.DELETE_DEPLOYMENT
    OPERATION_TYPE_CREATE_CERTIFICATE = OperationType.CREATE_CERTIFICATE
    OPERATION_TYPE_UPDATE_CERTIFICATE = OperationType.UPDATE_CERTIFICATE
    OPERATION_TYPE_DELETE_CERTIFICATE = OperationType.DELETE_CERTIFICATE
    OPERATION_TYPE_CREATE_API = OperationType.CREATE_API
    OPERATION_TYPE_UPDATE_API = OperationType.UPDATE_API
    OPERATION_TYPE_DELETE_API = OperationType.DELETE_API
    OPERATION_TYPE_VALIDATE_API = OperationType.VALIDATE_API
    OPERATION_TYPE_CREATE_SDK = OperationType.CREATE_SDK
    OPERATION_TYPE_DELETE_SDK = OperationType.DELETE_SDK
    OPERATION_TYPE_CREATE_USAGE_PLAN = OperationType.CREATE_USAGE_PLAN
    OPERATION_TYPE_UPDATE_USAGE_PLAN = OperationType.UPDATE_USAGE_PLAN
    OPERATION_TYPE_DELETE_USAGE_PLAN = OperationType.DELETE_USAGE_PLAN
    OPERATION_TYPE_CREATE_SUBSCRIBER = OperationType.CREATE_SUBSCRIBER
    OPERATION_TYPE_UPDATE_SUBSCRIBER = OperationType.UPDATE_SUBSCRIBER
    OPERATION_TYPE_DELETE_SUBSCRIBER = OperationType.DELETE_SUBSCRIBER
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
class WorkRequestSummary(Model):
    """A summary of the work request (``oci.apigateway.models.WorkRequestSummary``)."""

    operation_type: str = attrs.field(converter=to_string)
    status: str = attrs.field(converter=to_string)
    work_request_id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestCollection(Model):
    """Collection of work request summaries (``oci.apigateway.models.WorkRequestCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.apigateway.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Collection of work request errors (``oci.apigateway.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLog(Model):
    """A log message from the execution of a work request (``oci.apigateway.models.WorkRequestLog``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogCollection(Model):
    """Collection of work request logs (``oci.apigateway.models.WorkRequestLogCollection``)."""

    items: tuple[WorkRequestLog, ...] = attrs.field(converter=_required_work_request_logs)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    WorkRequest,
    WorkRequestSummary,
    WorkRequestCollection,
    WorkRequestError,
    WorkRequestErrorCollection,
    WorkRequestLog,
    WorkRequestLogCollection,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("apigateway", WorkRequest, WorkRequest, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.apigateway", "oci.apigateway.models", CLASSES)
