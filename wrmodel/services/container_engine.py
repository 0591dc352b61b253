"""``oci.container_engine``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    RecordsResources,
)
from wrmodel.models._values import (
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
    RELATED = "RELATED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    CANCELED_CREATE = "CANCELED_CREATE"
    CANCELED_UPDATE = "CANCELED_UPDATE"
    CANCELED_DELETE = "CANCELED_DELETE"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CLUSTER_CREATE = "CLUSTER_CREATE"
    CLUSTER_UPDATE = "CLUSTER_UPDATE"
    CLUSTER_DELETE = "CLUSTER_DELETE"
    CREATE_NAMESPACE = "CREATE_NAMESPACE"
    NODEPOOL_CREATE = "NODEPOOL_CREATE"
    NODEPOOL_UPDATE = "NODEPOOL_UPDATE"
    NODEPOOL_DELETE = "NODEPOOL_DELETE"
    NODEPOOL_RECONCILE = "NODEPOOL_RECONCILE"
    NODEPOOL_CYCLING = "NODEPOOL_CYCLING"
    WORKREQUEST_CANCEL = "WORKREQUEST_CANCEL"
    VIRTUALNODEPOOL_CREATE = "VIRTUALNODEPOOL_CREATE"
    VIRTUALNODEPOOL_UPDATE = "VIRTUALNODEPOOL_UPDATE"
    VIRTUALNODEPOOL_DELETE = "VIRTUALNODEPOOL_DELETE"
    VIRTUALNODE_DELETE = "VIRTUALNODE_DELETE"
    VIRTUALNODEPOOL_CYCLING = "VIRTUALNODEPOOL_CYCLING"
    ENABLE_ADDON = "ENABLE_ADDON"
    UPDATE_ADDON = "UPDATE_ADDON"
    DISABLE_ADDON = "DISABLE_ADDON"
    RECONCILE_ADDON = "RECONCILE_ADDON"
    CLUSTER_NODE_REBOOT = "CLUSTER_NODE_REBOOT"
    CLUSTER_NODE_REPLACE_BOOT_VOLUME = "CLUSTER_NODE_REPLACE_BOOT_VOLUME"
    START_PUBLIC_API_ENDPOINT_DECOMMISSION = "START_PUBLIC_API_ENDPOINT_DECOMMISSION"
    ROLLBACK_PUBLIC_API_ENDPOINT_DECOMMISSION = "ROLLBACK_PUBLIC_API_ENDPOINT_DECOMMISSION"
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
    """The properties that define a work request resource (``oci.container_engine.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_FAILED = ActionType.FAILED
    ACTION_TYPE_CANCELED_CREATE = ActionType.CANCELED_CREATE
    ACTION_TYPE_CANCELED_UPDATE = ActionType.CANCELED_UPDATE
    ACTION_TYPE_CANCELED_DELETE = ActionType.CANCELED_DELETE

    action_type: ActionType | None = attrs.field(default=None, converter=_optional_action_type)
    entity_type: str | None = attrs.field(default=None, converter=to_optional_string)
    identifier: str | None = attrs.field(default=None, converter=to_optional_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """An asynchronous work request (``oci.container_engine.models.WorkRequest``)."""

    OPERATION_TYPE_CLUSTER_CREATE = OperationType.CLUSTER_CREATE
    OPERATION_TYPE_CLUSTER_UPDATE = OperationType.CLUSTER_UPDATE
    OPERATION_TYPE_CLUSTER_DELETE = OperationType.CLUSTER_DELETE
    OPERATION_TYPE_CREATE_NAMESPACE = OperationType.CREATE_NAMESPACE
    OPERATION_TYPE_NODEPOOL_CREATE = OperationType.NODEPOOL_CREATE
    OPERATION_TYPE_NODEPOOL_UPDATE = OperationType.NODEPOOL_UPDATE
    OPERATION_TYPE_NODEPOOL_DELETE = OperationType.NODEPOOL_DELETE
    OPERATION_TYPE_NODEPOOL_RECONCILE = OperationType.NODEPOOL_RECONCILE
    OPERATION_TYPE_NODEPOOL_CYCLING = OperationType.NODEPOOL_CYCLING
    OPERATION_TYPE_WORKREQUEST_CANCEL = OperationType.WORKREQUEST_CANCEL
    OPERATION_TYPE_VIRTUALNODEPOOL_CREATE = OperationType.VIRTUALNODEPOOL_CREATE
    OPERATION_TYPE_VIRTUALNODEPOOL_UPDATE = OperationType.VIRTUALNODEPOOL_UPDATE
    OPERATION_TYPE_VIRTUALNODEPOOL_DELETE = OperationType.VIRTUALNODEPOOL_DELETE
    OPERATION_TYPE_VIRTUALNODE_DELETE = OperationType.VIRTUALNODE_DELETE
    OPERATION_TYPE_VIRTUALNODEPOOL_CYCLING = OperationType.VIRTUALNODEPOOL_CYCLING
    OPERATION_TYPE_ENABLE_ADDON = OperationType.ENABLE_ADDON
    OPERATION_TYPE_UPDATE_ADDON = OperationType.UPDATE_ADDON
    OPERATION_TYPE_DISABLE_ADDON = OperationType.DISABLE_ADDON
    OPERATION_TYPE_RECONCILE_ADDON = OperationType.RECONCILE_ADDON
    OPERATION_TYPE_CLUSTER_NODE_REBOOT = OperationType.CLUSTER_NODE_REBOOT
    OPERATION_TYPE_CLUSTER_NODE_REPLACE_BOOT_VOLUME = OperationType.CLUSTER_NODE_REPLACE_BOOT_VOLUME
    OPERATION_TYPE_START_PUBLIC_API_ENDPOINT_DECOMMISSION = (
        OperationType.START_PUBLIC_API_ENDPOINT_DECOMMISSION
    )
    OPERATION_TYPE_ROLLBACK_PUBLIC_API_ENDPOINT_DECOMMISSION = (
        OperationType.ROLLBACK_PUBLIC_API_ENDPOINT_DECOMMISSION
    )
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
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
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """Errors related to a specific work request (``oci.container_engine.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """Log entries related to a specific work request (``oci.container_engine.models.WorkRequestLogEntry``)."""

    message: str | None = attrs.field(default=None, converter=to_optional_string)
    timestamp: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """The properties that define a work request summary (``oci.container_engine.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CLUSTER_CREATE = OperationType.CLUSTER_CREATE
    OPERATION_TYPE_CLUSTER_UPDATE = OperationType.CLUSTER_UPDATE
    OPERATION_TYPE_CLUSTER_DELETE = OperationType.CLUSTER_DELETE
    OPERATION_TYPE_CREATE_NAMESPACE = OperationType.CREATE_NAMESPACE
    OPERATION_TYPE_NODEPOOL_CREATE = OperationType.NODEPOOL_CREATE
    OPERATION_TYPE_NODEPOOL_UPDATE = OperationType.NODEPOOL_UPDATE
    OPERATION_TYPE_NODEPOOL_DELETE = OperationType.NODEPOOL_DELETE
    OPERATION_TYPE_NODEPOOL_RECONCILE = OperationType.NODEPOOL_RECONCILE
    OPERATION_TYPE_NODEPOOL_CYCLING = OperationType.NODEPOOL_CYCLING
    OPERATION_TYPE_WORKREQUEST_CANCEL = OperationType.WORKREQUEST_CANCEL
    OPERATION_TYPE_VIRTUALNODEPOOL_CREATE = OperationType.VIRTUALNODEPOOL_CREATE
    OPERATION_TYPE_VIRTUALNODEPOOL_UPDATE = OperationType.VIRTUALNODEPOOL_UPDATE
    OPERATION_TYPE_VIRTUALNODEPOOL_DELETE = OperationType.VIRTUALNODEPOOL_DELETE
    OPERATION_TYPE_VIRTUALNODE_DELETE = OperationType.VIRTUALNODE_DELETE
    OPERATION_TYPE_VIRTUALNODEPOOL_CYCLING = OperationType.VIRTUALNODEPOOL_CYCLING
    OPERATION_TYPE_ENABLE_ADDON = OperationType.ENABLE_ADDON
    OPERATION_TYPE_UPDATE_ADDON = OperationType.UPDATE_ADDON
    OPERATION_TYPE_DISABLE_ADDON = OperationType.DISABLE_ADDON
    OPERATION_TYPE_RECONCILE_ADDON = OperationType.RECONCILE_ADDON
    OPERATION_TYPE_CLUSTER_NODE_REBOOT = OperationType.CLUSTER_NODE_REBOOT
    OPERATION_TYPE_CLUSTER_NODE_REPLACE_BOOT_VOLUME = OperationType.CLUSTER_NODE_REPLACE_BOOT_VOLUME
    OPERATION_TYPE_START_PUBLIC_API_ENDPOINT_DECOMMISSION = (
        OperationType.START_PUBLIC_API_ENDPOINT_DECOMMISSION
    )
    OPERATION_TYPE_ROLLBACK_PUBLIC_API_ENDPOINT_DECOMMISSION = (
        OperationType.ROLLBACK_PUBLIC_API_ENDPOINT_DECOMMISSION
    )
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
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
    service_family("container_engine", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.container_engine", "oci.container_engine.models", CLASSES)
