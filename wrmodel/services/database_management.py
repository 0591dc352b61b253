"""``oci.database_management``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    to_int,
    to_optional_bool,
)

__all__ = (
    "ActionType",
    "OperationType",
    "Status",
    "WorkRequestSubResource",
    "WorkRequestResource",
    "WorkRequest",
    "WorkRequestSummary",
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
    RELATED = "RELATED"
    FAILED = "FAILED"
    ACCEPTED = "ACCEPTED"
    ENABLED = "ENABLED"
    DISABLED = "DISABLED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_DB_MANAGEMENT_PRIVATE_ENDPOINT = "CREATE_DB_MANAGEMENT_PRIVATE_ENDPOINT"
    DELETE_DB_MANAGEMENT_PRIVATE_ENDPOINT = "DELETE_DB_MANAGEMENT_PRIVATE_ENDPOINT"
    CREATE_DB_SYSTEM_DISCOVERY = "CREATE_DB_SYSTEM_DISCOVERY"
    CREATE_DB_SYSTEM = "CREATE_DB_SYSTEM"
    UPDATE_DB_SYSTEM = "UPDATE_DB_SYSTEM"
    DB_SYSTEM_ENABLE_DBMGMT = "DB_SYSTEM_ENABLE_DBMGMT"
    DB_SYSTEM_DISABLE_DBMGMT = "DB_SYSTEM_DISABLE_DBMGMT"
    DELETE_DB_SYSTEM = "DELETE_DB_SYSTEM"
    UPDATE_EXTERNAL_DB_SYSTEM_CONNECTOR = "UPDATE_EXTERNAL_DB_SYSTEM_CONNECTOR"
    CHANGE_EXTERNAL_DB_SYSTEM_COMPARTMENT = "CHANGE_EXTERNAL_DB_SYSTEM_COMPARTMENT"
    UPDATE_CLOUD_DB_SYSTEM_CONNECTOR = "UPDATE_CLOUD_DB_SYSTEM_CONNECTOR"
    CHANGE_CLOUD_DB_SYSTEM_COMPARTMENT = "CHANGE_CLOUD_DB_SYSTEM_COMPARTMENT"
    DISABLE_EXADATA_INFRASTURCTURE = "DISABLE_EXADATA_INFRASTURCTURE"
    ENABLE_EXADATA_INFRASTRUCTURE = "ENABLE_EXADATA_INFRASTRUCTURE"
    DELETE_EXADATA_INFRASTRUCTURE = "DELETE_EXADATA_INFRASTRUCTURE"
    CHANGE_EXADATA_COMPARTMENT = "CHANGE_EXADATA_COMPARTMENT"
    ENABLE_SQL_WATCH = "ENABLE_SQL_WATCH"
    DISABLE_SQL_WATCH = "DISABLE_SQL_WATCH"
    MODIFY_SQL_WATCH = "MODIFY_SQL_WATCH"
    ENABLE_DBLM = "ENABLE_DBLM"
    DISABLE_DBLM = "DISABLE_DBLM"
    MODIFY_DBLM = "MODIFY_DBLM"
    ENABLE_DBMGMT = "ENABLE_DBMGMT"
    DISABLE_DBMGMT = "DISABLE_DBMGMT"
    MODIFY_DBMGMT = "MODIFY_DBMGMT"
    CHECK_EXTERNAL_MYSQL_CONNECTION = "CHECK_EXTERNAL_MYSQL_CONNECTION"
    UPDATE_EXTERNAL_MYSQL_CREDENTIAL = "UPDATE_EXTERNAL_MYSQL_CREDENTIAL"
    CREATE_EXTERNAL_MYSQL_CONNECTOR = "CREATE_EXTERNAL_MYSQL_CONNECTOR"
    DELETE_EXTERNAL_MYSQL_CONNECTOR = "DELETE_EXTERNAL_MYSQL_CONNECTOR"
    DELETE_EXTERNAL_MYSQL_DATABASE = "DELETE_EXTERNAL_MYSQL_DATABASE"
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


def _work_request_sub_resources(
    value: Sequence[WorkRequestSubResource] | None,
) -> tuple[WorkRequestSubResource, ...] | None:
    return tuple_of(WorkRequestSubResource, value)


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


def _required_work_request_log_entries(
    value: Sequence[WorkRequestLogEntry],
) -> tuple[WorkRequestLogEntry, ...]:
    items = tuple_of(WorkRequestLogEntry, value)
    what = "a sequence of WorkRequestLogEntry"
    return fail(expected(what, value)) if items is None else items


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSubResource(Model):
    """The resource that is created or operated on by a work request (``oci.database_management.models.WorkRequestSubResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_FAILED = ActionType.FAILED
    ACTION_TYPE_ACCEPTED = ActionType.ACCEPTED
    ACTION_TYPE_ENABLED = ActionType.ENABLED
    ACTION_TYPE_DISABLED = ActionType.DISABLED

    entity_name: str = attrs.field(converter=to_string)
    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str | None = attrs.field(default=None, converter=to_optional_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    description: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """The resource that is created or operated on by a work request (``oci.database_management.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_FAILED = ActionType.FAILED
    ACTION_TYPE_ACCEPTED = ActionType.ACCEPTED
    ACTION_TYPE_ENABLED = ActionType.ENABLED
    ACTION_TYPE_DISABLED = ActionType.DISABLED

    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    entity_name: str | None = attrs.field(default=None, converter=to_optional_string)
    entity_dependencies: tuple[WorkRequestSubResource, ...] | None = attrs.field(
        default=None, converter=_work_request_sub_resources
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """A description of the work request status (``oci.database_management.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_DB_MANAGEMENT_PRIVATE_ENDPOINT = (
        OperationType.CREATE_DB_MANAGEMENT_PRIVATE_ENDPOINT
    )
    OPERATION_TYPE_DELETE_DB_MANAGEMENT_PRIVATE_ENDPOINT = (
        OperationType.DELETE_DB_MANAGEMENT_PRIVATE_ENDPOINT
    )
    OPERATION_TYPE_CREATE_DB_SYSTEM_DISCOVERY = OperationType.CREATE_DB_SYSTEM_DISCOVERY
    OPERATION_TYPE_CREATE_DB_SYSTEM = OperationType.CREATE_DB_SYSTEM
    OPERATION_TYPE_UPDATE_DB_SYSTEM = OperationType.UPDATE_DB_SYSTEM
    OPERATION_TYPE_DB_SYSTEM_ENABLE_DBMGMT = OperationType.DB_SYSTEM_ENABLE_DBMGMT
    OPERATION_TYPE_DB_SYSTEM_DISABLE_DBMGMT = OperationType.DB_SYSTEM_DISABLE_DBMGMT
    OPERATION_TYPE_DELETE_DB_SYSTEM = OperationType.DELETE_DB_SYSTEM
    OPERATION_TYPE_UPDATE_EXTERNAL_DB_SYSTEM_CONNECTOR = (
        OperationType.UPDATE_EXTERNAL_DB_SYSTEM_CONNECTOR
    )
    OPERATION_TYPE_CHANGE_EXTERNAL_DB_SYSTEM_COMPARTMENT = (
        OperationType.CHANGE_EXTERNAL_DB_SYSTEM_COMPARTMENT
    )
    OPERATION_TYPE_UPDATE_CLOUD_DB_SYSTEM_CONNECTOR = OperationType.UPDATE_CLOUD_DB_SYSTEM_CONNECTOR
    OPERATION_TYPE_CHANGE_CLOUD_DB_SYSTEM_COMPARTMENT = (
        OperationType.CHANGE_CLOUD_DB_SYSTEM_COMPARTMENT
    )
    OPERATION_TYPE_DISABLE_EXADATA_INFRASTURCTURE = OperationType.DISABLE_EXADATA_INFRASTURCTURE
    OPERATION_TYPE_ENABLE_EXADATA_INFRASTRUCTURE = OperationType.ENABLE_EXADATA_INFRASTRUCTURE
    OPERATION_TYPE_DELETE_EXADATA_INFRASTRUCTURE = OperationType.DELETE_EXADATA_INFRASTRUCTURE
    OPERATION_TYPE_CHANGE_EXADATA_COMPARTMENT = OperationType.CHANGE_EXADATA_COMPARTMENT
    OPERATION_TYPE_ENABLE_SQL_WATCH = OperationType.ENABLE_SQL_WATCH
    OPERATION_TYPE_DISABLE_SQL_WATCH = OperationType.DISABLE_SQL_WATCH
    OPERATION_TYPE_MODIFY_SQL_WATCH = OperationType.MODIFY_SQL_WATCH
    OPERATION_TYPE_ENABLE_DBLM = OperationType.ENABLE_DBLM
    OPERATION_TYPE_DISABLE_DBLM = OperationType.DISABLE_DBLM
    OPERATION_TYPE_MODIFY_DBLM = OperationType.MODIFY_DBLM
    OPERATION_TYPE_ENABLE_DBMGMT = OperationType.ENABLE_DBMGMT
    OPERATION_TYPE_DISABLE_DBMGMT = OperationType.DISABLE_DBMGMT
    OPERATION_TYPE_MODIFY_DBMGMT = OperationType.MODIFY_DBMGMT
    OPERATION_TYPE_CHECK_EXTERNAL_MYSQL_CONNECTION = OperationType.CHECK_EXTERNAL_MYSQL_CONNECTION
    OPERATION_TYPE_UPDATE_EXTERNAL_MYSQL_CREDENTIAL = OperationType.UPDATE_EXTERNAL_MYSQL_CREDENTIAL
    OPERATION_TYPE_CREATE_EXTERNAL_MYSQL_CONNECTOR = OperationType.CREATE_EXTERNAL_MYSQL_CONNECTOR
    OPERATION_TYPE_DELETE_EXTERNAL_MYSQL_CONNECTOR = OperationType.DELETE_EXTERNAL_MYSQL_CONNECTOR
    OPERATION_TYPE_DELETE_EXTERNAL_MYSQL_DATABASE = OperationType.DELETE_EXTERNAL_MYSQL_DATABASE
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A Summary of the work request (``oci.database_management.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_DB_MANAGEMENT_PRIVATE_ENDPOINT = (
        OperationType.CREATE_DB_MANAGEMENT_PRIVATE_ENDPOINT
    )
    OPERATION_TYPE_DELETE_DB_MANAGEMENT_PRIVATE_ENDPOINT = (
        OperationType.DELETE_DB_MANAGEMENT_PRIVATE_ENDPOINT
    )
    OPERATION_TYPE_CREATE_DB_SYSTEM_DISCOVERY = OperationType.CREATE_DB_SYSTEM_DISCOVERY
    OPERATION_TYPE_CREATE_DB_SYSTEM = OperationType.CREATE_DB_SYSTEM
    OPERATION_TYPE_UPDATE_DB_SYSTEM = OperationType.UPDATE_DB_SYSTEM
    OPERATION_TYPE_DB_SYSTEM_ENABLE_DBMGMT = OperationType.DB_SYSTEM_ENABLE_DBMGMT
    OPERATION_TYPE_DB_SYSTEM_DISABLE_DBMGMT = OperationType.DB_SYSTEM_DISABLE_DBMGMT
    OPERATION_TYPE_DELETE_DB_SYSTEM = OperationType.DELETE_DB_SYSTEM
    OPERATION_TYPE_UPDATE_EXTERNAL_DB_SYSTEM_CONNECTOR = (
        OperationType.UPDATE_EXTERNAL_DB_SYSTEM_CONNECTOR
    )
    OPERATION_TYPE_CHANGE_EXTERNAL_DB_SYSTEM_COMPARTMENT = (
        OperationType.CHANGE_EXTERNAL_DB_SYSTEM_COMPARTMENT
    )
    OPERATION_TYPE_UPDATE_CLOUD_DB_SYSTEM_CONNECTOR = OperationType.UPDATE_CLOUD_DB_SYSTEM_CONNECTOR
    OPERATION_TYPE_CHANGE_CLOUD_DB_SYSTEM_COMPARTMENT = (
        OperationType.CHANGE_CLOUD_DB_SYSTEM_COMPARTMENT
    )
    OPERATION_TYPE_DISABLE_EXADATA_INFRASTURCTURE = OperationType.DISABLE_EXADATA_INFRASTURCTURE
    OPERATION_TYPE_ENABLE_EXADATA_INFRASTRUCTURE = OperationType.ENABLE_EXADATA_INFRASTRUCTURE
    OPERATION_TYPE_DELETE_EXADATA_INFRASTRUCTURE = OperationType.DELETE_EXADATA_INFRASTRUCTURE
    OPERATION_TYPE_CHANGE_EXADATA_COMPARTMENT = OperationType.CHANGE_EXADATA_COMPARTMENT
    OPERATION_TYPE_ENABLE_SQL_WATCH = OperationType.ENABLE_SQL_WATCH
    OPERATION_TYPE_DISABLE_SQL_WATCH = OperationType.DISABLE_SQL_WATCH
    OPERATION_TYPE_MODIFY_SQL_WATCH = OperationType.MODIFY_SQL_WATCH
    OPERATION_TYPE_ENABLE_DBLM = OperationType.ENABLE_DBLM
    OPERATION_TYPE_DISABLE_DBLM = OperationType.DISABLE_DBLM
    OPERATION_TYPE_MODIFY_DBLM = OperationType.MODIFY_DBLM
    OPERATION_TYPE_ENABLE_DBMGMT = OperationType.ENABLE_DBMGMT
    OPERATION_TYPE_DISABLE_DBMGMT = OperationType.DISABLE_DBMGMT
    OPERATION_TYPE_MODIFY_DBMGMT = OperationType.MODIFY_DBMGMT
    OPERATION_TYPE_CHECK_EXTERNAL_MYSQL_CONNECTION = OperationType.CHECK_EXTERNAL_MYSQL_CONNECTION
    OPERATION_TYPE_UPDATE_EXTERNAL_MYSQL_CREDENTIAL = OperationType.UPDATE_EXTERNAL_MYSQL_CREDENTIAL
    OPERATION_TYPE_CREATE_EXTERNAL_MYSQL_CONNECTOR = OperationType.CREATE_EXTERNAL_MYSQL_CONNECTOR
    OPERATION_TYPE_DELETE_EXTERNAL_MYSQL_CONNECTOR = OperationType.DELETE_EXTERNAL_MYSQL_CONNECTOR
    OPERATION_TYPE_DELETE_EXTERNAL_MYSQL_DATABASE = OperationType.DELETE_EXTERNAL_MYSQL_DATABASE
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestCollection(Model):
    """Lists all work requests in a specific compartment. This contains WorkRequestSummary items (``oci.database_management.models.WorkRequestCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.database_management.models.WorkRequestError``)."""

    id: str = attrs.field(converter=to_string)
    work_request_id: str = attrs.field(converter=to_string)
    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    is_retryable: bool | None = attrs.field(default=None, converter=to_optional_bool)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """The results of a work request error search. This contains WorkRequestError items and other data (``oci.database_management.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.database_management.models.WorkRequestLogEntry``)."""

    id: int = attrs.field(converter=to_int)
    work_request_id: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """The results of a work request log search. This contains WorkRequestLog items and other data (``oci.database_management.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestSubResource,
    WorkRequestResource,
    WorkRequest,
    WorkRequestSummary,
    WorkRequestCollection,
    WorkRequestError,
    WorkRequestErrorCollection,
    WorkRequestLogEntry,
    WorkRequestLogEntryCollection,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("database_management", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.database_management", "oci.database_management.models", CLASSES)
