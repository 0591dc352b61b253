"""``oci.analytics``'s work requests, as classes: generated from the OCI SDK's metadata.

By ``python -m wrmodel.services._generate``. Do not edit (a test fails when this module is stale).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence

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
    string_map_of,
)

__all__ = (
    "ActionResult",
    "ResourceType",
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
class ActionResult(enum.StrEnum):
    """The values of ``action_result``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    COMPARTMENT_CHANGED = "COMPARTMENT_CHANGED"
    CREATED = "CREATED"
    DELETED = "DELETED"
    STARTED = "STARTED"
    STOPPED = "STOPPED"
    SCALED = "SCALED"
    NETWORK_ENDPOINT_CHANGED = "NETWORK_ENDPOINT_CHANGED"
    VANITY_URL_CREATED = "VANITY_URL_CREATED"
    VANITY_URL_UPDATED = "VANITY_URL_UPDATED"
    VANITY_URL_DELETED = "VANITY_URL_DELETED"
    PRIVATE_ACCESS_CHANNEL_CREATED = "PRIVATE_ACCESS_CHANNEL_CREATED"
    PRIVATE_ACCESS_CHANNEL_UPDATED = "PRIVATE_ACCESS_CHANNEL_UPDATED"
    PRIVATE_ACCESS_CHANNEL_DELETED = "PRIVATE_ACCESS_CHANNEL_DELETED"
    NONE = "NONE"
    RESOURCE_GROUP_CREATED = "RESOURCE_GROUP_CREATED"
    RESOURCE_GROUP_UPDATED = "RESOURCE_GROUP_UPDATED"
    RESOURCE_GROUP_DELETED = "RESOURCE_GROUP_DELETED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class ResourceType(enum.StrEnum):
    """The values of ``resource_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ANALYTICS_INSTANCE = "ANALYTICS_INSTANCE"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_ANALYTICS_INSTANCE = "CREATE_ANALYTICS_INSTANCE"
    DELETE_ANALYTICS_INSTANCE = "DELETE_ANALYTICS_INSTANCE"
    START_ANALYTICS_INSTANCE = "START_ANALYTICS_INSTANCE"
    STOP_ANALYTICS_INSTANCE = "STOP_ANALYTICS_INSTANCE"
    SCALE_ANALYTICS_INSTANCE = "SCALE_ANALYTICS_INSTANCE"
    CHANGE_ANALYTICS_INSTANCE_COMPARTMENT = "CHANGE_ANALYTICS_INSTANCE_COMPARTMENT"
    CHANGE_ANALYTICS_INSTANCE_NETWORK_ENDPOINT = "CHANGE_ANALYTICS_INSTANCE_NETWORK_ENDPOINT"
    CREATE_VANITY_URL = "CREATE_VANITY_URL"
    UPDATE_VANITY_URL = "UPDATE_VANITY_URL"
    DELETE_VANITY_URL = "DELETE_VANITY_URL"
    CREATE_PRIVATE_ACCESS_CHANNEL = "CREATE_PRIVATE_ACCESS_CHANNEL"
    UPDATE_PRIVATE_ACCESS_CHANNEL = "UPDATE_PRIVATE_ACCESS_CHANNEL"
    DELETE_PRIVATE_ACCESS_CHANNEL = "DELETE_PRIVATE_ACCESS_CHANNEL"
    UPDATE_INSTANCE_ENCRYPTION_KEY = "UPDATE_INSTANCE_ENCRYPTION_KEY"
    CREATE_RESOURCE_GROUP = "CREATE_RESOURCE_GROUP"
    UPDATE_RESOURCE_GROUP = "UPDATE_RESOURCE_GROUP"
    DELETE_RESOURCE_GROUP = "DELETE_RESOURCE_GROUP"
    SET_FEATURE_SET = "SET_FEATURE_SET"
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


def _action_result(value: ActionResult | str) -> ActionResult:
    return to_enum(ActionResult, value)


def _resource_type(value: ResourceType | str) -> ResourceType:
    return to_enum(ResourceType, value)


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
    """WorkRequestResource model (``oci.analytics.models.WorkRequestResource``)."""

    ACTION_RESULT_COMPARTMENT_CHANGED = ActionResult.COMPARTMENT_CHANGED
    ACTION_RESULT_CREATED = ActionResult.CREATED
    ACTION_RESULT_DELETED = ActionResult.DELETED
    ACTION_RESULT_STARTED = ActionResult.STARTED
    ACTION_RESULT_STOPPED = ActionResult.STOPPED
    ACTION_RESULT_SCALED = ActionResult.SCALED
    ACTION_RESULT_NETWORK_ENDPOINT_CHANGED = ActionResult.NETWORK_ENDPOINT_CHANGED
    ACTION_RESULT_VANITY_URL_CREATED = ActionResult.VANITY_URL_CREATED
    ACTION_RESULT_VANITY_URL_UPDATED = ActionResult.VANITY_URL_UPDATED
    ACTION_RESULT_VANITY_URL_DELETED = ActionResult.VANITY_URL_DELETED
    ACTION_RESULT_PRIVATE_ACCESS_CHANNEL_CREATED = ActionResult.PRIVATE_ACCESS_CHANNEL_CREATED
    ACTION_RESULT_PRIVATE_ACCESS_CHANNEL_UPDATED = ActionResult.PRIVATE_ACCESS_CHANNEL_UPDATED
    ACTION_RESULT_PRIVATE_ACCESS_CHANNEL_DELETED = ActionResult.PRIVATE_ACCESS_CHANNEL_DELETED
    ACTION_RESULT_NONE = ActionResult.NONE
    ACTION_RESULT_RESOURCE_GROUP_CREATED = ActionResult.RESOURCE_GROUP_CREATED
    ACTION_RESULT_RESOURCE_GROUP_UPDATED = ActionResult.RESOURCE_GROUP_UPDATED
    ACTION_RESULT_RESOURCE_GROUP_DELETED = ActionResult.RESOURCE_GROUP_DELETED
    RESOURCE_TYPE_ANALYTICS_INSTANCE = ResourceType.ANALYTICS_INSTANCE

    action_result: ActionResult = attrs.field(converter=_action_result)
    resource_type: ResourceType = attrs.field(converter=_resource_type)
    identifier: str = attrs.field(converter=to_string)
    resource_uri: str = attrs.field(converter=to_string)
    metadata: Mapping[str, str] | None = attrs.field(default=None, converter=string_map_of)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """An asynchronous work request (``oci.analytics.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_ANALYTICS_INSTANCE = OperationType.CREATE_ANALYTICS_INSTANCE
    OPERATION_TYPE_DELETE_ANALYTICS_INSTANCE = OperationType.DELETE_ANALYTICS_INSTANCE
    OPERATION_TYPE_START_ANALYTICS_INSTANCE = OperationType.START_ANALYTICS_INSTANCE
    OPERATION_TYPE_STOP_ANALYTICS_INSTANCE = OperationType.STOP_ANALYTICS_INSTANCE
    OPERATION_TYPE_SCALE_ANALYTICS_INSTANCE = OperationType.SCALE_ANALYTICS_INSTANCE
    OPERATION_TYPE_CHANGE_ANALYTICS_INSTANCE_COMPARTMENT = (
        OperationType.CHANGE_ANALYTICS_INSTANCE_COMPARTMENT
    )
    OPERATION_TYPE_CHANGE_ANALYTICS_INSTANCE_NETWORK_ENDPOINT = (
        OperationType.CHANGE_ANALYTICS_INSTANCE_NETWORK_ENDPOINT
    )
    OPERATION_TYPE_CREATE_VANITY_URL = OperationType.CREATE_VANITY_URL
    OPERATION_TYPE_UPDATE_VANITY_URL = OperationType.UPDATE_VANITY_URL
    OPERATION_TYPE_DELETE_VANITY_URL = OperationType.DELETE_VANITY_URL
    OPERATION_TYPE_CREATE_PRIVATE_ACCESS_CHANNEL = OperationType.CREATE_PRIVATE_ACCESS_CHANNEL
    OPERATION_TYPE_UPDATE_PRIVATE_ACCESS_CHANNEL = OperationType.UPDATE_PRIVATE_ACCESS_CHANNEL
    OPERATION_TYPE_DELETE_PRIVATE_ACCESS_CHANNEL = OperationType.DELETE_PRIVATE_ACCESS_CHANNEL
    OPERATION_TYPE_UPDATE_INSTANCE_ENCRYPTION_KEY = OperationType.UPDATE_INSTANCE_ENCRYPTION_KEY
    OPERATION_TYPE_CREATE_RESOURCE_GROUP = OperationType.CREATE_RESOURCE_GROUP
    OPERATION_TYPE_UPDATE_RESOURCE_GROUP = OperationType.UPDATE_RESOURCE_GROUP
    OPERATION_TYPE_DELETE_RESOURCE_GROUP = OperationType.DELETE_RESOURCE_GROUP
    OPERATION_TYPE_SET_FEATURE_SET = OperationType.SET_FEATURE_SET
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
    """Error encountered during the execution of a work request (``oci.analytics.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLog(Model):
    """Log entries related to a specific work request (``oci.analytics.models.WorkRequestLog``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """An asynchronous work request (``oci.analytics.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_ANALYTICS_INSTANCE = OperationType.CREATE_ANALYTICS_INSTANCE
    OPERATION_TYPE_DELETE_ANALYTICS_INSTANCE = OperationType.DELETE_ANALYTICS_INSTANCE
    OPERATION_TYPE_START_ANALYTICS_INSTANCE = OperationType.START_ANALYTICS_INSTANCE
    OPERATION_TYPE_STOP_ANALYTICS_INSTANCE = OperationType.STOP_ANALYTICS_INSTANCE
    OPERATION_TYPE_SCALE_ANALYTICS_INSTANCE = OperationType.SCALE_ANALYTICS_INSTANCE
    OPERATION_TYPE_CHANGE_ANALYTICS_INSTANCE_COMPARTMENT = (
        OperationType.CHANGE_ANALYTICS_INSTANCE_COMPARTMENT
    )
    OPERATION_TYPE_CHANGE_ANALYTICS_INSTANCE_NETWORK_ENDPOINT = (
        OperationType.CHANGE_ANALYTICS_INSTANCE_NETWORK_ENDPOINT
    )
    OPERATION_TYPE_CREATE_VANITY_URL = OperationType.CREATE_VANITY_URL
    OPERATION_TYPE_UPDATE_VANITY_URL = OperationType.UPDATE_VANITY_URL
    OPERATION_TYPE_DELETE_VANITY_URL = OperationType.DELETE_VANITY_URL
    OPERATION_TYPE_CREATE_PRIVATE_ACCESS_CHANNEL = OperationType.CREATE_PRIVATE_ACCESS_CHANNEL
    OPERATION_TYPE_UPDATE_PRIVATE_ACCESS_CHANNEL = OperationType.UPDATE_PRIVATE_ACCESS_CHANNEL
    OPERATION_TYPE_DELETE_PRIVATE_ACCESS_CHANNEL = OperationType.DELETE_PRIVATE_ACCESS_CHANNEL
    OPERATION_TYPE_UPDATE_INSTANCE_ENCRYPTION_KEY = OperationType.UPDATE_INSTANCE_ENCRYPTION_KEY
    OPERATION_TYPE_CREATE_RESOURCE_GROUP = OperationType.CREATE_RESOURCE_GROUP
    OPERATION_TYPE_UPDATE_RESOURCE_GROUP = OperationType.UPDATE_RESOURCE_GROUP
    OPERATION_TYPE_DELETE_RESOURCE_GROUP = OperationType.DELETE_RESOURCE_GROUP
    OPERATION_TYPE_SET_FEATURE_SET = OperationType.SET_FEATURE_SET
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
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
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
    service_family("analytics", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.analytics", "oci.analytics.models", CLASSES)
