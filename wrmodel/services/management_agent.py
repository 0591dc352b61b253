"""``oci.management_agent``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    json_of,
    required_percent,
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
    IN_PROGRESS = "IN_PROGRESS"
    RELATED = "RELATED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    DEPLOY_PLUGIN = "DEPLOY_PLUGIN"
    UPGRADE_PLUGIN = "UPGRADE_PLUGIN"
    CREATE_PLUGIN = "CREATE_PLUGIN"
    CREATE_UPGRADE_PLUGINS = "CREATE_UPGRADE_PLUGINS"
    AGENTIMAGE_UPGRADE = "AGENTIMAGE_UPGRADE"
    CREATE_DATA_SOURCE = "CREATE_DATA_SOURCE"
    UPDATE_DATA_SOURCE = "UPDATE_DATA_SOURCE"
    DELETE_DATA_SOURCE = "DELETE_DATA_SOURCE"
    CREATE_NAMEDCREDENTIALS = "CREATE_NAMEDCREDENTIALS"
    UPDATE_NAMEDCREDENTIALS = "UPDATE_NAMEDCREDENTIALS"
    DELETE_NAMEDCREDENTIALS = "DELETE_NAMEDCREDENTIALS"
    AGENT_UPGRADE = "AGENT_UPGRADE"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATED = "CREATED"
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


def _work_request_resources(
    value: Sequence[WorkRequestResource] | None,
) -> tuple[WorkRequestResource, ...] | None:
    return tuple_of(WorkRequestResource, value)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.management_agent.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_RELATED = ActionType.RELATED

    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    source_id: str | None = attrs.field(default=None, converter=to_optional_string)
    source_name: str | None = attrs.field(default=None, converter=to_optional_string)
    source_version: str | None = attrs.field(default=None, converter=to_optional_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    metadata: object | None = attrs.field(default=None, converter=json_of)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """A description of workrequest status (``oci.management_agent.models.WorkRequest``)."""

    OPERATION_TYPE_DEPLOY_PLUGIN = OperationType.DEPLOY_PLUGIN
    OPERATION_TYPE_UPGRADE_PLUGIN = OperationType.UPGRADE_PLUGIN
    OPERATION_TYPE_CREATE_PLUGIN = OperationType.CREATE_PLUGIN
    OPERATION_TYPE_CREATE_UPGRADE_PLUGINS = OperationType.CREATE_UPGRADE_PLUGINS
    OPERATION_TYPE_AGENTIMAGE_UPGRADE = OperationType.AGENTIMAGE_UPGRADE
    OPERATION_TYPE_CREATE_DATA_SOURCE = OperationType.CREATE_DATA_SOURCE
    OPERATION_TYPE_UPDATE_DATA_SOURCE = OperationType.UPDATE_DATA_SOURCE
    OPERATION_TYPE_DELETE_DATA_SOURCE = OperationType.DELETE_DATA_SOURCE
    OPERATION_TYPE_CREATE_NAMEDCREDENTIALS = OperationType.CREATE_NAMEDCREDENTIALS
    OPERATION_TYPE_UPDATE_NAMEDCREDENTIALS = OperationType.UPDATE_NAMEDCREDENTIALS
    OPERATION_TYPE_DELETE_NAMEDCREDENTIALS = OperationType.DELETE_NAMEDCREDENTIALS
    OPERATION_TYPE_AGENT_UPGRADE = OperationType.AGENT_UPGRADE
    STATUS_CREATED = Status.CREATED
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
    """An error encountered while executing a work request (``oci.management_agent.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.management_agent.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A description of workrequest status (``oci.management_agent.models.WorkRequestSummary``)."""

    OPERATION_TYPE_DEPLOY_PLUGIN = OperationType.DEPLOY_PLUGIN
    OPERATION_TYPE_UPGRADE_PLUGIN = OperationType.UPGRADE_PLUGIN
    OPERATION_TYPE_CREATE_PLUGIN = OperationType.CREATE_PLUGIN
    OPERATION_TYPE_CREATE_UPGRADE_PLUGINS = OperationType.CREATE_UPGRADE_PLUGINS
    OPERATION_TYPE_AGENTIMAGE_UPGRADE = OperationType.AGENTIMAGE_UPGRADE
    OPERATION_TYPE_CREATE_DATA_SOURCE = OperationType.CREATE_DATA_SOURCE
    OPERATION_TYPE_UPDATE_DATA_SOURCE = OperationType.UPDATE_DATA_SOURCE
    OPERATION_TYPE_DELETE_DATA_SOURCE = OperationType.DELETE_DATA_SOURCE
    OPERATION_TYPE_CREATE_NAMEDCREDENTIALS = OperationType.CREATE_NAMEDCREDENTIALS
    OPERATION_TYPE_UPDATE_NAMEDCREDENTIALS = OperationType.UPDATE_NAMEDCREDENTIALS
    OPERATION_TYPE_DELETE_NAMEDCREDENTIALS = OperationType.DELETE_NAMEDCREDENTIALS
    OPERATION_TYPE_AGENT_UPGRADE = OperationType.AGENT_UPGRADE
    STATUS_CREATED = Status.CREATED
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
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
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
    service_family("management_agent", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.management_agent", "oci.management_agent.models", CLASSES)
