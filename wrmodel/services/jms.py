"""``oci.jms``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    instance_of,
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
    to_optional_int,
)

__all__ = (
    "ActionType",
    "OperationType",
    "Status",
    "WorkRequestResource",
    "Principal",
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
    DELETED = "DELETED"
    IN_PROGRESS = "IN_PROGRESS"
    RELATED = "RELATED"
    UPDATED = "UPDATED"
    FAILED = "FAILED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_FLEET = "CREATE_FLEET"
    DELETE_FLEET = "DELETE_FLEET"
    MOVE_FLEET = "MOVE_FLEET"
    UPDATE_FLEET = "UPDATE_FLEET"
    UPDATE_FLEET_AGENT_CONFIGURATION = "UPDATE_FLEET_AGENT_CONFIGURATION"
    DELETE_JAVA_INSTALLATION = "DELETE_JAVA_INSTALLATION"
    CREATE_JAVA_INSTALLATION = "CREATE_JAVA_INSTALLATION"
    COLLECT_JFR = "COLLECT_JFR"
    REQUEST_CRYPTO_EVENT_ANALYSIS = "REQUEST_CRYPTO_EVENT_ANALYSIS"
    REQUEST_PERFORMANCE_TUNING_ANALYSIS = "REQUEST_PERFORMANCE_TUNING_ANALYSIS"
    REQUEST_JAVA_MIGRATION_ANALYSIS = "REQUEST_JAVA_MIGRATION_ANALYSIS"
    DELETE_JMS_REPORT = "DELETE_JMS_REPORT"
    SCAN_JAVA_SERVER_USAGE = "SCAN_JAVA_SERVER_USAGE"
    SCAN_LIBRARY_USAGE = "SCAN_LIBRARY_USAGE"
    SCAN_LIBRARY_DYNAMIC_USAGE = "SCAN_LIBRARY_DYNAMIC_USAGE"
    EXPORT_DATA_CSV = "EXPORT_DATA_CSV"
    CREATE_DRS_FILE = "CREATE_DRS_FILE"
    UPDATE_DRS_FILE = "UPDATE_DRS_FILE"
    DELETE_DRS_FILE = "DELETE_DRS_FILE"
    ENABLE_DRS = "ENABLE_DRS"
    DISABLE_DRS = "DISABLE_DRS"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    CANCELED = "CANCELED"
    CANCELING = "CANCELING"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    SUCCEEDED = "SUCCEEDED"
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


def _optional_principal(value: Principal | None) -> Principal | None:
    return instance_of(Principal, value)


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
    """A resource that is created or operated on by an asynchronous operation that is tracked by a work request (``oci.jms.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_FAILED = ActionType.FAILED

    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Principal(Model):
    """An authorized principal (``oci.jms.models.Principal``)."""

    id: str = attrs.field(converter=to_string)
    display_name: str = attrs.field(converter=to_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """An asynchronous work request. See `Work Requests`__ (``oci.jms.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_FLEET = OperationType.CREATE_FLEET
    OPERATION_TYPE_DELETE_FLEET = OperationType.DELETE_FLEET
    OPERATION_TYPE_MOVE_FLEET = OperationType.MOVE_FLEET
    OPERATION_TYPE_UPDATE_FLEET = OperationType.UPDATE_FLEET
    OPERATION_TYPE_UPDATE_FLEET_AGENT_CONFIGURATION = OperationType.UPDATE_FLEET_AGENT_CONFIGURATION
    OPERATION_TYPE_DELETE_JAVA_INSTALLATION = OperationType.DELETE_JAVA_INSTALLATION
    OPERATION_TYPE_CREATE_JAVA_INSTALLATION = OperationType.CREATE_JAVA_INSTALLATION
    OPERATION_TYPE_COLLECT_JFR = OperationType.COLLECT_JFR
    OPERATION_TYPE_REQUEST_CRYPTO_EVENT_ANALYSIS = OperationType.REQUEST_CRYPTO_EVENT_ANALYSIS
    OPERATION_TYPE_REQUEST_PERFORMANCE_TUNING_ANALYSIS = (
        OperationType.REQUEST_PERFORMANCE_TUNING_ANALYSIS
    )
    OPERATION_TYPE_REQUEST_JAVA_MIGRATION_ANALYSIS = OperationType.REQUEST_JAVA_MIGRATION_ANALYSIS
    OPERATION_TYPE_DELETE_JMS_REPORT = OperationType.DELETE_JMS_REPORT
    OPERATION_TYPE_SCAN_JAVA_SERVER_USAGE = OperationType.SCAN_JAVA_SERVER_USAGE
    OPERATION_TYPE_SCAN_LIBRARY_USAGE = OperationType.SCAN_LIBRARY_USAGE
    OPERATION_TYPE_SCAN_LIBRARY_DYNAMIC_USAGE = OperationType.SCAN_LIBRARY_DYNAMIC_USAGE
    OPERATION_TYPE_EXPORT_DATA_CSV = OperationType.EXPORT_DATA_CSV
    OPERATION_TYPE_CREATE_DRS_FILE = OperationType.CREATE_DRS_FILE
    OPERATION_TYPE_UPDATE_DRS_FILE = OperationType.UPDATE_DRS_FILE
    OPERATION_TYPE_DELETE_DRS_FILE = OperationType.DELETE_DRS_FILE
    OPERATION_TYPE_ENABLE_DRS = OperationType.ENABLE_DRS
    OPERATION_TYPE_DISABLE_DRS = OperationType.DISABLE_DRS
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_CANCELED = Status.CANCELED
    STATUS_CANCELING = Status.CANCELING
    STATUS_FAILED = Status.FAILED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_SUCCEEDED = Status.SUCCEEDED

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
    created_by: Principal | None = attrs.field(default=None, converter=_optional_principal)
    time_last_updated: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    total_task_count: int | None = attrs.field(default=None, converter=to_optional_int)
    completed_task_count: int | None = attrs.field(default=None, converter=to_optional_int)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestCollection(Model):
    """Results of a work request search. Contains WorkRequest items (``oci.jms.models.WorkRequestCollection``)."""

    items: tuple[WorkRequest, ...] = attrs.field(converter=_required_work_requests)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing an operation that is tracked by a work request (``oci.jms.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of a work request error search. Contains WorkRequestError items (``oci.jms.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from executing an operation that is tracked by a work request (``oci.jms.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Results of a work request log entry search. Contains WorkRequestLogEntry items (``oci.jms.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    Principal,
    WorkRequest,
    WorkRequestCollection,
    WorkRequestError,
    WorkRequestErrorCollection,
    WorkRequestLogEntry,
    WorkRequestLogEntryCollection,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (service_family("jms", WorkRequest, WorkRequest, Status, CLASSES),)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.jms", "oci.jms.models", CLASSES)
