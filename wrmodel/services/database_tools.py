"""``oci.database_tools``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_DATABASE_TOOLS_CONNECTION = "CREATE_DATABASE_TOOLS_CONNECTION"
    UPDATE_DATABASE_TOOLS_CONNECTION = "UPDATE_DATABASE_TOOLS_CONNECTION"
    DELETE_DATABASE_TOOLS_CONNECTION = "DELETE_DATABASE_TOOLS_CONNECTION"
    CREATE_DATABASE_TOOLS_SERVICE_INSTANCE = "CREATE_DATABASE_TOOLS_SERVICE_INSTANCE"
    UPDATE_DATABASE_TOOLS_SERVICE_INSTANCE = "UPDATE_DATABASE_TOOLS_SERVICE_INSTANCE"
    DELETE_DATABASE_TOOLS_SERVICE_INSTANCE = "DELETE_DATABASE_TOOLS_SERVICE_INSTANCE"
    CREATE_DATABASE_TOOLS_PRIVATE_ENDPOINT = "CREATE_DATABASE_TOOLS_PRIVATE_ENDPOINT"
    UPDATE_DATABASE_TOOLS_PRIVATE_ENDPOINT = "UPDATE_DATABASE_TOOLS_PRIVATE_ENDPOINT"
    DELETE_DATABASE_TOOLS_PRIVATE_ENDPOINT = "DELETE_DATABASE_TOOLS_PRIVATE_ENDPOINT"
    CREATE_DATABASE_TOOLS_IDENTITY = "CREATE_DATABASE_TOOLS_IDENTITY"
    DELETE_DATABASE_TOOLS_IDENTITY = "DELETE_DATABASE_TOOLS_IDENTITY"
    UPDATE_DATABASE_TOOLS_IDENTITY = "UPDATE_DATABASE_TOOLS_IDENTITY"
    REFRESH_DATABASE_TOOLS_IDENTITY_CREDENTIAL = "REFRESH_DATABASE_TOOLS_IDENTITY_CREDENTIAL"
    CREATE_DATABASE_TOOLS_MCP_SERVER = "CREATE_DATABASE_TOOLS_MCP_SERVER"
    DELETE_DATABASE_TOOLS_MCP_SERVER = "DELETE_DATABASE_TOOLS_MCP_SERVER"
    UPDATE_DATABASE_TOOLS_MCP_SERVER = "UPDATE_DATABASE_TOOLS_MCP_SERVER"
    CREATE_DATABASE_TOOLS_MCP_TOOLSET = "CREATE_DATABASE_TOOLS_MCP_TOOLSET"
    DELETE_DATABASE_TOOLS_MCP_TOOLSET = "DELETE_DATABASE_TOOLS_MCP_TOOLSET"
    UPDATE_DATABASE_TOOLS_MCP_TOOLSET = "UPDATE_DATABASE_TOOLS_MCP_TOOLSET"
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
    NEEDS_ATTENTION = "NEEDS_ATTENTION"
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


def _work_request_resources(
    value: Sequence[WorkRequestResource] | None,
) -> tuple[WorkRequestResource, ...] | None:
    return tuple_of(WorkRequestResource, value)


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
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.database_tools.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_RELATED = ActionType.RELATED

    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """An asynchronous work request (``oci.database_tools.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_DATABASE_TOOLS_CONNECTION = OperationType.CREATE_DATABASE_TOOLS_CONNECTION
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_CONNECTION = OperationType.UPDATE_DATABASE_TOOLS_CONNECTION
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_CONNECTION = OperationType.DELETE_DATABASE_TOOLS_CONNECTION
    OPERATION_TYPE_CREATE_DATABASE_TOOLS_SERVICE_INSTANCE = (
        OperationType.CREATE_DATABASE_TOOLS_SERVICE_INSTANCE
    )
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_SERVICE_INSTANCE = (
        OperationType.UPDATE_DATABASE_TOOLS_SERVICE_INSTANCE
    )
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_SERVICE_INSTANCE = (
        OperationType.DELETE_DATABASE_TOOLS_SERVICE_INSTANCE
    )
    OPERATION_TYPE_CREATE_DATABASE_TOOLS_PRIVATE_ENDPOINT = (
        OperationType.CREATE_DATABASE_TOOLS_PRIVATE_ENDPOINT
    )
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_PRIVATE_ENDPOINT = (
        OperationType.UPDATE_DATABASE_TOOLS_PRIVATE_ENDPOINT
    )
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_PRIVATE_ENDPOINT = (
        OperationType.DELETE_DATABASE_TOOLS_PRIVATE_ENDPOINT
    )
    OPERATION_TYPE_CREATE_DATABASE_TOOLS_IDENTITY = OperationType.CREATE_DATABASE_TOOLS_IDENTITY
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_IDENTITY = OperationType.DELETE_DATABASE_TOOLS_IDENTITY
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_IDENTITY = OperationType.UPDATE_DATABASE_TOOLS_IDENTITY
    OPERATION_TYPE_REFRESH_DATABASE_TOOLS_IDENTITY_CREDENTIAL = (
        OperationType.REFRESH_DATABASE_TOOLS_IDENTITY_CREDENTIAL
    )
    OPERATION_TYPE_CREATE_DATABASE_TOOLS_MCP_SERVER = OperationType.CREATE_DATABASE_TOOLS_MCP_SERVER
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_MCP_SERVER = OperationType.DELETE_DATABASE_TOOLS_MCP_SERVER
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_MCP_SERVER = OperationType.UPDATE_DATABASE_TOOLS_MCP_SERVER
    OPERATION_TYPE_CREATE_DATABASE_TOOLS_MCP_TOOLSET = (
        OperationType.CREATE_DATABASE_TOOLS_MCP_TOOLSET
    )
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_MCP_TOOLSET = (
        OperationType.DELETE_DATABASE_TOOLS_MCP_TOOLSET
    )
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_MCP_TOOLSET = (
        OperationType.UPDATE_DATABASE_TOOLS_MCP_TOOLSET
    )
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
    STATUS_WAITING = Status.WAITING
    STATUS_NEEDS_ATTENTION = Status.NEEDS_ATTENTION

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
    time_updated: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A summary of the status of a work request (``oci.database_tools.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_DATABASE_TOOLS_CONNECTION = OperationType.CREATE_DATABASE_TOOLS_CONNECTION
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_CONNECTION = OperationType.UPDATE_DATABASE_TOOLS_CONNECTION
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_CONNECTION = OperationType.DELETE_DATABASE_TOOLS_CONNECTION
    OPERATION_TYPE_CREATE_DATABASE_TOOLS_SERVICE_INSTANCE = (
        OperationType.CREATE_DATABASE_TOOLS_SERVICE_INSTANCE
    )
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_SERVICE_INSTANCE = (
        OperationType.UPDATE_DATABASE_TOOLS_SERVICE_INSTANCE
    )
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_SERVICE_INSTANCE = (
        OperationType.DELETE_DATABASE_TOOLS_SERVICE_INSTANCE
    )
    OPERATION_TYPE_CREATE_DATABASE_TOOLS_PRIVATE_ENDPOINT = (
        OperationType.CREATE_DATABASE_TOOLS_PRIVATE_ENDPOINT
    )
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_PRIVATE_ENDPOINT = (
        OperationType.UPDATE_DATABASE_TOOLS_PRIVATE_ENDPOINT
    )
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_PRIVATE_ENDPOINT = (
        OperationType.DELETE_DATABASE_TOOLS_PRIVATE_ENDPOINT
    )
    OPERATION_TYPE_CREATE_DATABASE_TOOLS_IDENTITY = OperationType.CREATE_DATABASE_TOOLS_IDENTITY
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_IDENTITY = OperationType.DELETE_DATABASE_TOOLS_IDENTITY
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_IDENTITY = OperationType.UPDATE_DATABASE_TOOLS_IDENTITY
    OPERATION_TYPE_REFRESH_DATABASE_TOOLS_IDENTITY_CREDENTIAL = (
        OperationType.REFRESH_DATABASE_TOOLS_IDENTITY_CREDENTIAL
    )
    OPERATION_TYPE_CREATE_DATABASE_TOOLS_MCP_SERVER = OperationType.CREATE_DATABASE_TOOLS_MCP_SERVER
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_MCP_SERVER = OperationType.DELETE_DATABASE_TOOLS_MCP_SERVER
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_MCP_SERVER = OperationType.UPDATE_DATABASE_TOOLS_MCP_SERVER
    OPERATION_TYPE_CREATE_DATABASE_TOOLS_MCP_TOOLSET = (
        OperationType.CREATE_DATABASE_TOOLS_MCP_TOOLSET
    )
    OPERATION_TYPE_DELETE_DATABASE_TOOLS_MCP_TOOLSET = (
        OperationType.DELETE_DATABASE_TOOLS_MCP_TOOLSET
    )
    OPERATION_TYPE_UPDATE_DATABASE_TOOLS_MCP_TOOLSET = (
        OperationType.UPDATE_DATABASE_TOOLS_MCP_TOOLSET
    )
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
    STATUS_WAITING = Status.WAITING
    STATUS_NEEDS_ATTENTION = Status.NEEDS_ATTENTION

    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_updated: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestCollection(Model):
    """List of `WorkRequestSummary` items (``oci.database_tools.models.WorkRequestCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.database_tools.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """List of WorkRequestError items (``oci.database_tools.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.database_tools.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """List of work request log items (``oci.database_tools.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
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
    service_family("database_tools", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.database_tools", "oci.database_tools.models", CLASSES)
