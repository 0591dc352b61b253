"""``oci.cloud_guard``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    string_map_of,
)

__all__ = (
    "ActionType",
    "Type",
    "OperationType",
    "Status",
    "WorkRequestResource",
    "ResourceLock",
    "WorkRequest",
    "WorkRequestError",
    "WorkRequestErrorCollection",
    "WorkRequestLogEntry",
    "WorkRequestLogEntryCollection",
    "WorkRequestSummary",
    "WorkRequestSummaryCollection",
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
    FAILED = "FAILED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Type(enum.StrEnum):
    """The values of ``type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    FULL = "FULL"
    DELETE = "DELETE"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE = "CREATE"
    UPDATE = "UPDATE"
    DELETE = "DELETE"
    MOVE = "MOVE"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    WAITING = "WAITING"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    CANCELING = "CANCELING"
    CANCELED = "CANCELED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


def _action_type(value: ActionType | str) -> ActionType:
    return to_enum(ActionType, value)


def _type(value: Type | str) -> Type:
    return to_enum(Type, value)


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


def _resource_locks(value: Sequence[ResourceLock] | None) -> tuple[ResourceLock, ...] | None:
    return tuple_of(ResourceLock, value)


def _required_work_request_errors(
    value: Sequence[WorkRequestError],
) -> tuple[WorkRequestError, ...]:
    items = tuple_of(WorkRequestError, value)
    what = "a sequence of WorkRequestError"
    return fail(expected(what, value)) if items is None else items


def _required_work_request_log_entries(
    value: Sequence[WorkRequestLogEntry],
) -> tuple[WorkRequestLogEntry, ...]:
    items = tuple_of(WorkRequestLogEntry, value)
    what = "a sequence of WorkRequestLogEntry"
    return fail(expected(what, value)) if items is None else items


def _required_work_request_summaries(
    value: Sequence[WorkRequestSummary],
) -> tuple[WorkRequestSummary, ...]:
    items = tuple_of(WorkRequestSummary, value)
    what = "a sequence of WorkRequestSummary"
    return fail(expected(what, value)) if items is None else items


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """Parameters of a work request resource, which is created or operated on by a work request (``oci.cloud_guard.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_FAILED = ActionType.FAILED

    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    metadata: Mapping[str, str] | None = attrs.field(default=None, converter=string_map_of)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class ResourceLock(Model):
    """Resource locks are used to prevent certain APIs from being called for the resource. A full lock prevents both updating the resource and deleting the resource. A delete lock prevents deleting the resource (``oci.cloud_guard.models.ResourceLock``)."""

    TYPE_FULL = Type.FULL
    TYPE_DELETE = Type.DELETE

    type: Type = attrs.field(converter=_type)
    related_resource_id: str | None = attrs.field(default=None, converter=to_optional_string)
    message: str | None = attrs.field(default=None, converter=to_optional_string)
    time_created: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """Detailed information about a work request (WorkRequest resource) (``oci.cloud_guard.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE = OperationType.CREATE
    OPERATION_TYPE_UPDATE = OperationType.UPDATE
    OPERATION_TYPE_DELETE = OperationType.DELETE
    OPERATION_TYPE_MOVE = OperationType.MOVE
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_WAITING = Status.WAITING
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    locks: tuple[ResourceLock, ...] | None = attrs.field(default=None, converter=_resource_locks)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """Summary information for an error (WorkRequestError resource) encountered while executing a work request (``oci.cloud_guard.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """The collection of work request error resources. These result from a workRequestError search. Contains WorkRequestError items and other information, such as metadata (``oci.cloud_guard.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.cloud_guard.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """The collection of work request log entries. These result from a workRequestLog search. Contains both workRequestLog items and other information, such as metadata (``oci.cloud_guard.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    locks: tuple[ResourceLock, ...] | None = attrs.field(default=None, converter=_resource_locks)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """Summary information about a work request (``oci.cloud_guard.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE = OperationType.CREATE
    OPERATION_TYPE_UPDATE = OperationType.UPDATE
    OPERATION_TYPE_DELETE = OperationType.DELETE
    OPERATION_TYPE_MOVE = OperationType.MOVE
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_WAITING = Status.WAITING
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
class WorkRequestSummaryCollection(Model):
    """Collection of work request summaries (``oci.cloud_guard.models.WorkRequestSummaryCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    locks: tuple[ResourceLock, ...] | None = attrs.field(default=None, converter=_resource_locks)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    ResourceLock,
    WorkRequest,
    WorkRequestError,
    WorkRequestErrorCollection,
    WorkRequestLogEntry,
    WorkRequestLogEntryCollection,
    WorkRequestSummary,
    WorkRequestSummaryCollection,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("cloud_guard", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.cloud_guard", "oci.cloud_guard.models", CLASSES)
