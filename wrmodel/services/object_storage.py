"""``oci.object_storage``'s work requests, as classes: generated from the OCI SDK's metadata.

By ``python -m wrmodel.services._generate``. Do not edit (a test fails when this module is stale).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence

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
from wrmodel.models._percent import to_percent
from wrmodel.models._rules import (
    RecordsResources,
)
from wrmodel.models._values import (
    string_map_of,
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
    RELATED = "RELATED"
    IN_PROGRESS = "IN_PROGRESS"
    READ = "READ"
    WRITTEN = "WRITTEN"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    COPY_OBJECT = "COPY_OBJECT"
    REENCRYPT = "REENCRYPT"
    PRIVATE_ENDPOINT_CREATE = "PRIVATE_ENDPOINT_CREATE"
    PRIVATE_ENDPOINT_UPDATE = "PRIVATE_ENDPOINT_UPDATE"
    PRIVATE_ENDPOINT_DELETE = "PRIVATE_ENDPOINT_DELETE"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "COMPLETED"
    COMPLETED = "COMPLETED"
    CANCELING = "CANCELING"
    CANCELED = "CANCELED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


def _optional_action_type(value: ActionType | str | None) -> ActionType | None:
    return None if value is None else to_enum(ActionType, value)


def _optional_operation_type(value: OperationType | str | None) -> OperationType | None:
    return None if value is None else to_enum(OperationType, value)


def _status(value: Status | str) -> Status:
    return to_enum(Status, value)


def _work_request_resources(
    value: Sequence[WorkRequestResource] | None,
) -> tuple[WorkRequestResource, ...] | None:
    return tuple_of(WorkRequestResource, value)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """WorkRequestResource model (``oci.object_storage.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_READ = ActionType.READ
    ACTION_TYPE_WRITTEN = ActionType.WRITTEN

    action_type: ActionType | None = attrs.field(default=None, converter=_optional_action_type)
    entity_type: str | None = attrs.field(default=None, converter=to_optional_string)
    identifier: str | None = attrs.field(default=None, converter=to_optional_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    metadata: Mapping[str, str] | None = attrs.field(default=None, converter=string_map_of)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """A description of workRequest status (``oci.object_storage.models.WorkRequest``)."""

    OPERATION_TYPE_COPY_OBJECT = OperationType.COPY_OBJECT
    OPERATION_TYPE_REENCRYPT = OperationType.REENCRYPT
    OPERATION_TYPE_PRIVATE_ENDPOINT_CREATE = OperationType.PRIVATE_ENDPOINT_CREATE
    OPERATION_TYPE_PRIVATE_ENDPOINT_UPDATE = OperationType.PRIVATE_ENDPOINT_UPDATE
    OPERATION_TYPE_PRIVATE_ENDPOINT_DELETE = OperationType.PRIVATE_ENDPOINT_DELETE
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_COMPLETED = Status.COMPLETED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    operation_type: OperationType | None = attrs.field(
        default=None, converter=_optional_operation_type
    )
    status: Status = attrs.field(converter=_status)
    id: str = attrs.field(converter=to_string)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """WorkRequestError model (``oci.object_storage.models.WorkRequestError``)."""

    code: str | None = attrs.field(default=None, converter=to_optional_string)
    message: str | None = attrs.field(default=None, converter=to_optional_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """WorkRequestLogEntry model (``oci.object_storage.models.WorkRequestLogEntry``)."""

    message: str | None = attrs.field(default=None, converter=to_optional_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A summary of the status of a work request (``oci.object_storage.models.WorkRequestSummary``)."""

    OPERATION_TYPE_COPY_OBJECT = OperationType.COPY_OBJECT
    OPERATION_TYPE_REENCRYPT = OperationType.REENCRYPT
    OPERATION_TYPE_PRIVATE_ENDPOINT_CREATE = OperationType.PRIVATE_ENDPOINT_CREATE
    OPERATION_TYPE_PRIVATE_ENDPOINT_UPDATE = OperationType.PRIVATE_ENDPOINT_UPDATE
    OPERATION_TYPE_PRIVATE_ENDPOINT_DELETE = OperationType.PRIVATE_ENDPOINT_DELETE
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_COMPLETED = Status.COMPLETED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    operation_type: OperationType | None = attrs.field(
        default=None, converter=_optional_operation_type
    )
    status: Status = attrs.field(converter=_status)
    id: str = attrs.field(converter=to_string)
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
    WorkRequestLogEntry,
    WorkRequestSummary,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("object_storage", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.object_storage", "oci.object_storage.models", CLASSES)
