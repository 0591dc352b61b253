"""``oci.datacc``'s work requests, as classes: generated from the OCI SDK's metadata.

By ``python -m wrmodel.services._generate``. Do not edit (a test fails when this module is stale).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any

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
    tags_of,
)

__all__ = (
    "ActionType",
    "OperationType",
    "Status",
    "WorkRequestResource",
    "WorkRequest",
    "WorkRequestCollection",
    "WorkRequestError",
    "WorkRequestErrorCollection",
    "WorkRequestLogEntry",
    "WorkRequestLogEntryCollection",
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
    RELATED = "RELATED"
    CANCELED_CREATE = "CANCELED_CREATE"
    CANCELED_UPDATE = "CANCELED_UPDATE"
    CANCELED_DELETE = "CANCELED_DELETE"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_INSTANCE = "CREATE_INSTANCE"
    DELETE_INSTANCE = "DELETE_INSTANCE"
    UPDATE_INSTANCE = "UPDATE_INSTANCE"
    CHANGE_INSTANCE_COMPARTMENT = "CHANGE_INSTANCE_COMPARTMENT"
    CREATE_BASE_VM_CLUSTER_NETWORK = "CREATE_BASE_VM_CLUSTER_NETWORK"
    DELETE_BASE_VM_CLUSTER_NETWORK = "DELETE_BASE_VM_CLUSTER_NETWORK"
    VALIDATE_BASE_VM_CLUSTER_NETWORK = "VALIDATE_BASE_VM_CLUSTER_NETWORK"
    UPDATE_BASE_VM_CLUSTER_NETWORK = "UPDATE_BASE_VM_CLUSTER_NETWORK"
    CHANGE_BASE_VM_CLUSTER_NETWORK_COMPARTMENT = "CHANGE_BASE_VM_CLUSTER_NETWORK_COMPARTMENT"
    START_BASE_VM = "START_BASE_VM"
    STOP_BASE_VM = "STOP_BASE_VM"
    START_INSTANCE = "START_INSTANCE"
    STOP_INSTANCE = "STOP_INSTANCE"
    SCALE_INSTANCE = "SCALE_INSTANCE"
    RESTART_INSTANCE = "RESTART_INSTANCE"
    RESTART_BASE_VM = "RESTART_BASE_VM"
    MIGRATE_INSTANCE = "MIGRATE_INSTANCE"
    SCALE_BASE_VM = "SCALE_BASE_VM"
    UPDATE_SOFTWARE_IMAGE = "UPDATE_SOFTWARE_IMAGE"
    CHANGE_SOFTWARE_IMAGE_COMPARTMENT = "CHANGE_SOFTWARE_IMAGE_COMPARTMENT"
    VALIDATE_PROXY = "VALIDATE_PROXY"
    CREATE_BASE_INFRA_CAPACITY = "CREATE_BASE_INFRA_CAPACITY"
    UPDATE_BASE_INFRA_CAPACITY = "UPDATE_BASE_INFRA_CAPACITY"
    DELETE_BASE_INFRA_CAPACITY = "DELETE_BASE_INFRA_CAPACITY"
    ACTIVATE_BASE_INFRASTRUCTURE = "ACTIVATE_BASE_INFRASTRUCTURE"
    CREATE_BASE_INFRASTRUCTURE = "CREATE_BASE_INFRASTRUCTURE"
    DELETE_BASE_INFRASTRUCTURE = "DELETE_BASE_INFRASTRUCTURE"
    UPDATE_BASE_INFRASTRUCTURE = "UPDATE_BASE_INFRASTRUCTURE"
    UPDATE_BASE_INFRASTRUCTURE_SOFTWARE = "UPDATE_BASE_INFRASTRUCTURE_SOFTWARE"
    VALIDATE_BASE_INFRASTRUCTURE = "VALIDATE_BASE_INFRASTRUCTURE"
    CHANGE_BASE_INFRASTRUCTURE_COMPARTMENT = "CHANGE_BASE_INFRASTRUCTURE_COMPARTMENT"
    ANALYZE_INFRASTRUCTURE = "ANALYZE_INFRASTRUCTURE"
    ANALYZE_BASE_INFRA_NETWORK = "ANALYZE_BASE_INFRA_NETWORK"
    INFRASTRUCTURE_SRE_VALIDATION = "INFRASTRUCTURE_SRE_VALIDATION"
    CREATE_MAINTENANCE_RUN = "CREATE_MAINTENANCE_RUN"
    UPDATE_MAINTENANCE_RUN = "UPDATE_MAINTENANCE_RUN"
    RESCHEDULE_MAINTENANCE_RUN = "RESCHEDULE_MAINTENANCE_RUN"
    INFRASTRUCTURE_SCALE_STORAGE = "INFRASTRUCTURE_SCALE_STORAGE"
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
    WAITING = "WAITING"
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


def _required_work_requests(value: Sequence[WorkRequest]) -> tuple[WorkRequest, ...]:
    items = tuple_of(WorkRequest, value)
    what = "a sequence of WorkRequest"
    return fail(expected(what, value)) if items is None else items


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


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.datacc.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_FAILED = ActionType.FAILED
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_CANCELED_CREATE = ActionType.CANCELED_CREATE
    ACTION_TYPE_CANCELED_UPDATE = ActionType.CANCELED_UPDATE
    ACTION_TYPE_CANCELED_DELETE = ActionType.CANCELED_DELETE

    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """Work request details (``oci.datacc.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_INSTANCE = OperationType.CREATE_INSTANCE
    OPERATION_TYPE_DELETE_INSTANCE = OperationType.DELETE_INSTANCE
    OPERATION_TYPE_UPDATE_INSTANCE = OperationType.UPDATE_INSTANCE
    OPERATION_TYPE_CHANGE_INSTANCE_COMPARTMENT = OperationType.CHANGE_INSTANCE_COMPARTMENT
    OPERATION_TYPE_CREATE_BASE_VM_CLUSTER_NETWORK = OperationType.CREATE_BASE_VM_CLUSTER_NETWORK
    OPERATION_TYPE_DELETE_BASE_VM_CLUSTER_NETWORK = OperationType.DELETE_BASE_VM_CLUSTER_NETWORK
    OPERATION_TYPE_VALIDATE_BASE_VM_CLUSTER_NETWORK = OperationType.VALIDATE_BASE_VM_CLUSTER_NETWORK
    OPERATION_TYPE_UPDATE_BASE_VM_CLUSTER_NETWORK = OperationType.UPDATE_BASE_VM_CLUSTER_NETWORK
    OPERATION_TYPE_CHANGE_BASE_VM_CLUSTER_NETWORK_COMPARTMENT = (
        OperationType.CHANGE_BASE_VM_CLUSTER_NETWORK_COMPARTMENT
    )
    OPERATION_TYPE_START_BASE_VM = OperationType.START_BASE_VM
    OPERATION_TYPE_STOP_BASE_VM = OperationType.STOP_BASE_VM
    OPERATION_TYPE_START_INSTANCE = OperationType.START_INSTANCE
    OPERATION_TYPE_STOP_INSTANCE = OperationType.STOP_INSTANCE
    OPERATION_TYPE_SCALE_INSTANCE = OperationType.SCALE_INSTANCE
    OPERATION_TYPE_RESTART_INSTANCE = OperationType.RESTART_INSTANCE
    OPERATION_TYPE_RESTART_BASE_VM = OperationType.RESTART_BASE_VM
    OPERATION_TYPE_MIGRATE_INSTANCE = OperationType.MIGRATE_INSTANCE
    OPERATION_TYPE_SCALE_BASE_VM = OperationType.SCALE_BASE_VM
    OPERATION_TYPE_UPDATE_SOFTWARE_IMAGE = OperationType.UPDATE_SOFTWARE_IMAGE
    OPERATION_TYPE_CHANGE_SOFTWARE_IMAGE_COMPARTMENT = (
        OperationType.CHANGE_SOFTWARE_IMAGE_COMPARTMENT
    )
    OPERATION_TYPE_VALIDATE_PROXY = OperationType.VALIDATE_PROXY
    OPERATION_TYPE_CREATE_BASE_INFRA_CAPACITY = OperationType.CREATE_BASE_INFRA_CAPACITY
    OPERATION_TYPE_UPDATE_BASE_INFRA_CAPACITY = OperationType.UPDATE_BASE_INFRA_CAPACITY
    OPERATION_TYPE_DELETE_BASE_INFRA_CAPACITY = OperationType.DELETE_BASE_INFRA_CAPACITY
    OPERATION_TYPE_ACTIVATE_BASE_INFRASTRUCTURE = OperationType.ACTIVATE_BASE_INFRASTRUCTURE
    OPERATION_TYPE_CREATE_BASE_INFRASTRUCTURE = OperationType.CREATE_BASE_INFRASTRUCTURE
    OPERATION_TYPE_DELETE_BASE_INFRASTRUCTURE = OperationType.DELETE_BASE_INFRASTRUCTURE
    OPERATION_TYPE_UPDATE_BASE_INFRASTRUCTURE = OperationType.UPDATE_BASE_INFRASTRUCTURE
    OPERATION_TYPE_UPDATE_BASE_INFRASTRUCTURE_SOFTWARE = (
        OperationType.UPDATE_BASE_INFRASTRUCTURE_SOFTWARE
    )
    OPERATION_TYPE_VALIDATE_BASE_INFRASTRUCTURE = OperationType.VALIDATE_BASE_INFRASTRUCTURE
    OPERATION_TYPE_CHANGE_BASE_INFRASTRUCTURE_COMPARTMENT = (
        OperationType.CHANGE_BASE_INFRASTRUCTURE_COMPARTMENT
    )
    OPERATION_TYPE_ANALYZE_INFRASTRUCTURE = OperationType.ANALYZE_INFRASTRUCTURE
    OPERATION_TYPE_ANALYZE_BASE_INFRA_NETWORK = OperationType.ANALYZE_BASE_INFRA_NETWORK
    OPERATION_TYPE_INFRASTRUCTURE_SRE_VALIDATION = OperationType.INFRASTRUCTURE_SRE_VALIDATION
    OPERATION_TYPE_CREATE_MAINTENANCE_RUN = OperationType.CREATE_MAINTENANCE_RUN
    OPERATION_TYPE_UPDATE_MAINTENANCE_RUN = OperationType.UPDATE_MAINTENANCE_RUN
    OPERATION_TYPE_RESCHEDULE_MAINTENANCE_RUN = OperationType.RESCHEDULE_MAINTENANCE_RUN
    OPERATION_TYPE_INFRASTRUCTURE_SCALE_STORAGE = OperationType.INFRASTRUCTURE_SCALE_STORAGE
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
    STATUS_WAITING = Status.WAITING

    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    opc_request_id: str | None = attrs.field(default=None, converter=to_optional_string)
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    freeform_tags: Mapping[str, str] | None = attrs.field(default=None, converter=string_map_of)
    defined_tags: Mapping[str, Mapping[str, Any]] | None = attrs.field(
        default=None, converter=tags_of
    )
    system_tags: Mapping[str, Mapping[str, Any]] | None = attrs.field(
        default=None, converter=tags_of
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestCollection(Model):
    """A collection of Work request resources (``oci.datacc.models.WorkRequestCollection``)."""

    items: tuple[WorkRequest, ...] = attrs.field(converter=_required_work_requests)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.datacc.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """A collection of work request error resources (``oci.datacc.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.datacc.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """A collection of work request log entry resources (``oci.datacc.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    WorkRequest,
    WorkRequestCollection,
    WorkRequestError,
    WorkRequestErrorCollection,
    WorkRequestLogEntry,
    WorkRequestLogEntryCollection,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("datacc", WorkRequest, WorkRequest, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.datacc", "oci.datacc.models", CLASSES)
