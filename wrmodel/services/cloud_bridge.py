"""``oci.cloud_bridge``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    "OperationType",
    "Status",
    "WorkRequestResource",
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
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_ENVIRONMENT = "CREATE_ENVIRONMENT"
    UPDATE_ENVIRONMENT = "UPDATE_ENVIRONMENT"
    DELETE_ENVIRONMENT = "DELETE_ENVIRONMENT"
    MOVE_ENVIRONMENT = "MOVE_ENVIRONMENT"
    CREATE_OCB_AGENT = "CREATE_OCB_AGENT"
    UPDATE_OCB_AGENT = "UPDATE_OCB_AGENT"
    DELETE_OCB_AGENT = "DELETE_OCB_AGENT"
    MOVE_OCB_AGENT = "MOVE_OCB_AGENT"
    CREATE_AGENT_DEPENDENCY = "CREATE_AGENT_DEPENDENCY"
    UPDATE_AGENT_DEPENDENCY = "UPDATE_AGENT_DEPENDENCY"
    DELETE_AGENT_DEPENDENCY = "DELETE_AGENT_DEPENDENCY"
    MOVE_AGENT_DEPENDENCY = "MOVE_AGENT_DEPENDENCY"
    CREATE_INVENTORY = "CREATE_INVENTORY"
    DELETE_INVENTORY = "DELETE_INVENTORY"
    IMPORT_INVENTORY = "IMPORT_INVENTORY"
    DELETE_ASSET_SOURCE = "DELETE_ASSET_SOURCE"
    REFRESH_ASSET_SOURCE = "REFRESH_ASSET_SOURCE"
    CREATE_ASSET_SOURCE = "CREATE_ASSET_SOURCE"
    UPDATE_ASSET_SOURCE = "UPDATE_ASSET_SOURCE"
    UPDATE_PLUGIN_STATE = "UPDATE_PLUGIN_STATE"
    CLOUD_AWS_DISCOVERY = "CLOUD_AWS_DISCOVERY"
    COLLECT_AWS_REALTIME_METRICS = "COLLECT_AWS_REALTIME_METRICS"
    COLLECT_AWS_HISTORICAL_METRICS = "COLLECT_AWS_HISTORICAL_METRICS"
    OLVM_DISCOVERY = "OLVM_DISCOVERY"
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
    """A resource that a work request creates and operates on (``oci.cloud_bridge.models.WorkRequestResource``)."""

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
class WorkRequest(Model, RecordsResources):
    """A description of work request status (``oci.cloud_bridge.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_ENVIRONMENT = OperationType.CREATE_ENVIRONMENT
    OPERATION_TYPE_UPDATE_ENVIRONMENT = OperationType.UPDATE_ENVIRONMENT
    OPERATION_TYPE_DELETE_ENVIRONMENT = OperationType.DELETE_ENVIRONMENT
    OPERATION_TYPE_MOVE_ENVIRONMENT = OperationType.MOVE_ENVIRONMENT
    OPERATION_TYPE_CREATE_OCB_AGENT = OperationType.CREATE_OCB_AGENT
    OPERATION_TYPE_UPDATE_OCB_AGENT = OperationType.UPDATE_OCB_AGENT
    OPERATION_TYPE_DELETE_OCB_AGENT = OperationType.DELETE_OCB_AGENT
    OPERATION_TYPE_MOVE_OCB_AGENT = OperationType.MOVE_OCB_AGENT
    OPERATION_TYPE_CREATE_AGENT_DEPENDENCY = OperationType.CREATE_AGENT_DEPENDENCY
    OPERATION_TYPE_UPDATE_AGENT_DEPENDENCY = OperationType.UPDATE_AGENT_DEPENDENCY
    OPERATION_TYPE_DELETE_AGENT_DEPENDENCY = OperationType.DELETE_AGENT_DEPENDENCY
    OPERATION_TYPE_MOVE_AGENT_DEPENDENCY = OperationType.MOVE_AGENT_DEPENDENCY
    OPERATION_TYPE_CREATE_INVENTORY = OperationType.CREATE_INVENTORY
    OPERATION_TYPE_DELETE_INVENTORY = OperationType.DELETE_INVENTORY
    OPERATION_TYPE_IMPORT_INVENTORY = OperationType.IMPORT_INVENTORY
    OPERATION_TYPE_DELETE_ASSET_SOURCE = OperationType.DELETE_ASSET_SOURCE
    OPERATION_TYPE_REFRESH_ASSET_SOURCE = OperationType.REFRESH_ASSET_SOURCE
    OPERATION_TYPE_CREATE_ASSET_SOURCE = OperationType.CREATE_ASSET_SOURCE
    OPERATION_TYPE_UPDATE_ASSET_SOURCE = OperationType.UPDATE_ASSET_SOURCE
    OPERATION_TYPE_UPDATE_PLUGIN_STATE = OperationType.UPDATE_PLUGIN_STATE
    OPERATION_TYPE_CLOUD_AWS_DISCOVERY = OperationType.CLOUD_AWS_DISCOVERY
    OPERATION_TYPE_COLLECT_AWS_REALTIME_METRICS = OperationType.COLLECT_AWS_REALTIME_METRICS
    OPERATION_TYPE_COLLECT_AWS_HISTORICAL_METRICS = OperationType.COLLECT_AWS_HISTORICAL_METRICS
    OPERATION_TYPE_OLVM_DISCOVERY = OperationType.OLVM_DISCOVERY
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
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.cloud_bridge.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of a workRequestError search. Contains both WorkRequestError items and other information, such as metadata (``oci.cloud_bridge.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.cloud_bridge.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Results of a workRequestLog search. Contains both workRequestLog items and other information, such as metadata (``oci.cloud_bridge.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A summary of the status of a work request (``oci.cloud_bridge.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_ENVIRONMENT = OperationType.CREATE_ENVIRONMENT
    OPERATION_TYPE_UPDATE_ENVIRONMENT = OperationType.UPDATE_ENVIRONMENT
    OPERATION_TYPE_DELETE_ENVIRONMENT = OperationType.DELETE_ENVIRONMENT
    OPERATION_TYPE_MOVE_ENVIRONMENT = OperationType.MOVE_ENVIRONMENT
    OPERATION_TYPE_CREATE_OCB_AGENT = OperationType.CREATE_OCB_AGENT
    OPERATION_TYPE_UPDATE_OCB_AGENT = OperationType.UPDATE_OCB_AGENT
    OPERATION_TYPE_DELETE_OCB_AGENT = OperationType.DELETE_OCB_AGENT
    OPERATION_TYPE_MOVE_OCB_AGENT = OperationType.MOVE_OCB_AGENT
    OPERATION_TYPE_CREATE_AGENT_DEPENDENCY = OperationType.CREATE_AGENT_DEPENDENCY
    OPERATION_TYPE_UPDATE_AGENT_DEPENDENCY = OperationType.UPDATE_AGENT_DEPENDENCY
    OPERATION_TYPE_DELETE_AGENT_DEPENDENCY = OperationType.DELETE_AGENT_DEPENDENCY
    OPERATION_TYPE_MOVE_AGENT_DEPENDENCY = OperationType.MOVE_AGENT_DEPENDENCY
    OPERATION_TYPE_CREATE_INVENTORY = OperationType.CREATE_INVENTORY
    OPERATION_TYPE_DELETE_INVENTORY = OperationType.DELETE_INVENTORY
    OPERATION_TYPE_IMPORT_INVENTORY = OperationType.IMPORT_INVENTORY
    OPERATION_TYPE_DELETE_ASSET_SOURCE = OperationType.DELETE_ASSET_SOURCE
    OPERATION_TYPE_REFRESH_ASSET_SOURCE = OperationType.REFRESH_ASSET_SOURCE
    OPERATION_TYPE_CREATE_ASSET_SOURCE = OperationType.CREATE_ASSET_SOURCE
    OPERATION_TYPE_UPDATE_ASSET_SOURCE = OperationType.UPDATE_ASSET_SOURCE
    OPERATION_TYPE_UPDATE_PLUGIN_STATE = OperationType.UPDATE_PLUGIN_STATE
    OPERATION_TYPE_CLOUD_AWS_DISCOVERY = OperationType.CLOUD_AWS_DISCOVERY
    OPERATION_TYPE_COLLECT_AWS_REALTIME_METRICS = OperationType.COLLECT_AWS_REALTIME_METRICS
    OPERATION_TYPE_COLLECT_AWS_HISTORICAL_METRICS = OperationType.COLLECT_AWS_HISTORICAL_METRICS
    OPERATION_TYPE_OLVM_DISCOVERY = OperationType.OLVM_DISCOVERY
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
    """Results of a workRequest search. Contains both WorkRequest items and other information, such as metadata (``oci.cloud_bridge.models.WorkRequestSummaryCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
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
    service_family("cloud_bridge", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.cloud_bridge", "oci.cloud_bridge.models", CLASSES)
