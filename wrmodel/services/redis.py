"""``oci.redis``'s work requests, as classes: generated from the OCI SDK's metadata.

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

    CREATE_REDIS_CLUSTER = "CREATE_REDIS_CLUSTER"
    UPDATE_REDIS_CLUSTER = "UPDATE_REDIS_CLUSTER"
    DELETE_REDIS_CLUSTER = "DELETE_REDIS_CLUSTER"
    MOVE_REDIS_CLUSTER = "MOVE_REDIS_CLUSTER"
    FAILOVER_REDIS_CLUSTER = "FAILOVER_REDIS_CLUSTER"
    CREATE_REDIS_CONFIG_SET = "CREATE_REDIS_CONFIG_SET"
    UPDATE_REDIS_CONFIG_SET = "UPDATE_REDIS_CONFIG_SET"
    DELETE_REDIS_CONFIG_SET = "DELETE_REDIS_CONFIG_SET"
    MOVE_REDIS_CONFIG_SET = "MOVE_REDIS_CONFIG_SET"
    MIGRATE_CLUSTER = "MIGRATE_CLUSTER"
    CLUSTER_ROLLBACK = "CLUSTER_ROLLBACK"
    ATTACH_OCI_CACHE_USERS = "ATTACH_OCI_CACHE_USERS"
    DETACH_OCI_CACHE_USERS = "DETACH_OCI_CACHE_USERS"
    CREATE_OCI_CACHE_USER = "CREATE_OCI_CACHE_USER"
    UPDATE_OCI_CACHE_USER = "UPDATE_OCI_CACHE_USER"
    DELETE_OCI_CACHE_USER = "DELETE_OCI_CACHE_USER"
    CREATE_OCI_CACHE_CONFIG_SET = "CREATE_OCI_CACHE_CONFIG_SET"
    UPDATE_OCI_CACHE_CONFIG_SET = "UPDATE_OCI_CACHE_CONFIG_SET"
    DELETE_OCI_CACHE_CONFIG_SET = "DELETE_OCI_CACHE_CONFIG_SET"
    CHANGE_OCI_CACHE_CONFIG_SET_COMPARTMENT = "CHANGE_OCI_CACHE_CONFIG_SET_COMPARTMENT"
    CHANGE_OCI_CACHE_USER_COMPARTMENT = "CHANGE_OCI_CACHE_USER_COMPARTMENT"
    CREATE_OCI_CACHE_BACKUP = "CREATE_OCI_CACHE_BACKUP"
    UPDATE_OCI_CACHE_BACKUP = "UPDATE_OCI_CACHE_BACKUP"
    DELETE_OCI_CACHE_BACKUP = "DELETE_OCI_CACHE_BACKUP"
    MOVE_OCI_CACHE_BACKUP = "MOVE_OCI_CACHE_BACKUP"
    EXPORT_OCI_CACHE_BACKUP_TO_OS = "EXPORT_OCI_CACHE_BACKUP_TO_OS"
    PATCH_OCI_CACHE_CLUSTER = "PATCH_OCI_CACHE_CLUSTER"
    REPLACE_OCI_CACHE_NODE = "REPLACE_OCI_CACHE_NODE"
    CONVERT_TO_SECONDARY_CLUSTER = "CONVERT_TO_SECONDARY_CLUSTER"
    CONVERT_TO_STANDALONE_CLUSTER = "CONVERT_TO_STANDALONE_CLUSTER"
    ROLLBACK_CRR_SETUP = "ROLLBACK_CRR_SETUP"
    SWITCHOVER = "SWITCHOVER"
    SETUP_CRR = "SETUP_CRR"
    CHANGE_ROLE_TO_SECONDARY = "CHANGE_ROLE_TO_SECONDARY"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    WAITING = "WAITING"
    NEEDS_ATTENTION = "NEEDS_ATTENTION"
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
    """The resources that are affected by the work request (``oci.redis.models.WorkRequestResource``)."""

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
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """An asynchronous work request (``oci.redis.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_REDIS_CLUSTER = OperationType.CREATE_REDIS_CLUSTER
    OPERATION_TYPE_UPDATE_REDIS_CLUSTER = OperationType.UPDATE_REDIS_CLUSTER
    OPERATION_TYPE_DELETE_REDIS_CLUSTER = OperationType.DELETE_REDIS_CLUSTER
    OPERATION_TYPE_MOVE_REDIS_CLUSTER = OperationType.MOVE_REDIS_CLUSTER
    OPERATION_TYPE_FAILOVER_REDIS_CLUSTER = OperationType.FAILOVER_REDIS_CLUSTER
    OPERATION_TYPE_CREATE_REDIS_CONFIG_SET = OperationType.CREATE_REDIS_CONFIG_SET
    OPERATION_TYPE_UPDATE_REDIS_CONFIG_SET = OperationType.UPDATE_REDIS_CONFIG_SET
    OPERATION_TYPE_DELETE_REDIS_CONFIG_SET = OperationType.DELETE_REDIS_CONFIG_SET
    OPERATION_TYPE_MOVE_REDIS_CONFIG_SET = OperationType.MOVE_REDIS_CONFIG_SET
    OPERATION_TYPE_MIGRATE_CLUSTER = OperationType.MIGRATE_CLUSTER
    OPERATION_TYPE_CLUSTER_ROLLBACK = OperationType.CLUSTER_ROLLBACK
    OPERATION_TYPE_ATTACH_OCI_CACHE_USERS = OperationType.ATTACH_OCI_CACHE_USERS
    OPERATION_TYPE_DETACH_OCI_CACHE_USERS = OperationType.DETACH_OCI_CACHE_USERS
    OPERATION_TYPE_CREATE_OCI_CACHE_USER = OperationType.CREATE_OCI_CACHE_USER
    OPERATION_TYPE_UPDATE_OCI_CACHE_USER = OperationType.UPDATE_OCI_CACHE_USER
    OPERATION_TYPE_DELETE_OCI_CACHE_USER = OperationType.DELETE_OCI_CACHE_USER
    OPERATION_TYPE_CREATE_OCI_CACHE_CONFIG_SET = OperationType.CREATE_OCI_CACHE_CONFIG_SET
    OPERATION_TYPE_UPDATE_OCI_CACHE_CONFIG_SET = OperationType.UPDATE_OCI_CACHE_CONFIG_SET
    OPERATION_TYPE_DELETE_OCI_CACHE_CONFIG_SET = OperationType.DELETE_OCI_CACHE_CONFIG_SET
    OPERATION_TYPE_CHANGE_OCI_CACHE_CONFIG_SET_COMPARTMENT = (
        OperationType.CHANGE_OCI_CACHE_CONFIG_SET_COMPARTMENT
    )
    OPERATION_TYPE_CHANGE_OCI_CACHE_USER_COMPARTMENT = (
        OperationType.CHANGE_OCI_CACHE_USER_COMPARTMENT
    )
    OPERATION_TYPE_CREATE_OCI_CACHE_BACKUP = OperationType.CREATE_OCI_CACHE_BACKUP
    OPERATION_TYPE_UPDATE_OCI_CACHE_BACKUP = OperationType.UPDATE_OCI_CACHE_BACKUP
    OPERATION_TYPE_DELETE_OCI_CACHE_BACKUP = OperationType.DELETE_OCI_CACHE_BACKUP
    OPERATION_TYPE_MOVE_OCI_CACHE_BACKUP = OperationType.MOVE_OCI_CACHE_BACKUP
    OPERATION_TYPE_EXPORT_OCI_CACHE_BACKUP_TO_OS = OperationType.EXPORT_OCI_CACHE_BACKUP_TO_OS
    OPERATION_TYPE_PATCH_OCI_CACHE_CLUSTER = OperationType.PATCH_OCI_CACHE_CLUSTER
    OPERATION_TYPE_REPLACE_OCI_CACHE_NODE = OperationType.REPLACE_OCI_CACHE_NODE
    OPERATION_TYPE_CONVERT_TO_SECONDARY_CLUSTER = OperationType.CONVERT_TO_SECONDARY_CLUSTER
    OPERATION_TYPE_CONVERT_TO_STANDALONE_CLUSTER = OperationType.CONVERT_TO_STANDALONE_CLUSTER
    OPERATION_TYPE_ROLLBACK_CRR_SETUP = OperationType.ROLLBACK_CRR_SETUP
    OPERATION_TYPE_SWITCHOVER = OperationType.SWITCHOVER
    OPERATION_TYPE_SETUP_CRR = OperationType.SETUP_CRR
    OPERATION_TYPE_CHANGE_ROLE_TO_SECONDARY = OperationType.CHANGE_ROLE_TO_SECONDARY
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_WAITING = Status.WAITING
    STATUS_NEEDS_ATTENTION = Status.NEEDS_ATTENTION
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
    """An error encountered while executing an operation that is tracked by a work request (``oci.redis.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """A list of errors for a work request (``oci.redis.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from executing an operation that is tracked by a work request (``oci.redis.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """A list of logs for the specified work request (``oci.redis.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A description of the work request status (``oci.redis.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_REDIS_CLUSTER = OperationType.CREATE_REDIS_CLUSTER
    OPERATION_TYPE_UPDATE_REDIS_CLUSTER = OperationType.UPDATE_REDIS_CLUSTER
    OPERATION_TYPE_DELETE_REDIS_CLUSTER = OperationType.DELETE_REDIS_CLUSTER
    OPERATION_TYPE_MOVE_REDIS_CLUSTER = OperationType.MOVE_REDIS_CLUSTER
    OPERATION_TYPE_FAILOVER_REDIS_CLUSTER = OperationType.FAILOVER_REDIS_CLUSTER
    OPERATION_TYPE_CREATE_REDIS_CONFIG_SET = OperationType.CREATE_REDIS_CONFIG_SET
    OPERATION_TYPE_UPDATE_REDIS_CONFIG_SET = OperationType.UPDATE_REDIS_CONFIG_SET
    OPERATION_TYPE_DELETE_REDIS_CONFIG_SET = OperationType.DELETE_REDIS_CONFIG_SET
    OPERATION_TYPE_MOVE_REDIS_CONFIG_SET = OperationType.MOVE_REDIS_CONFIG_SET
    OPERATION_TYPE_MIGRATE_CLUSTER = OperationType.MIGRATE_CLUSTER
    OPERATION_TYPE_CLUSTER_ROLLBACK = OperationType.CLUSTER_ROLLBACK
    OPERATION_TYPE_ATTACH_OCI_CACHE_USERS = OperationType.ATTACH_OCI_CACHE_USERS
    OPERATION_TYPE_DETACH_OCI_CACHE_USERS = OperationType.DETACH_OCI_CACHE_USERS
    OPERATION_TYPE_CREATE_OCI_CACHE_USER = OperationType.CREATE_OCI_CACHE_USER
    OPERATION_TYPE_UPDATE_OCI_CACHE_USER = OperationType.UPDATE_OCI_CACHE_USER
    OPERATION_TYPE_DELETE_OCI_CACHE_USER = OperationType.DELETE_OCI_CACHE_USER
    OPERATION_TYPE_CREATE_OCI_CACHE_CONFIG_SET = OperationType.CREATE_OCI_CACHE_CONFIG_SET
    OPERATION_TYPE_UPDATE_OCI_CACHE_CONFIG_SET = OperationType.UPDATE_OCI_CACHE_CONFIG_SET
    OPERATION_TYPE_DELETE_OCI_CACHE_CONFIG_SET = OperationType.DELETE_OCI_CACHE_CONFIG_SET
    OPERATION_TYPE_CHANGE_OCI_CACHE_CONFIG_SET_COMPARTMENT = (
        OperationType.CHANGE_OCI_CACHE_CONFIG_SET_COMPARTMENT
    )
    OPERATION_TYPE_CHANGE_OCI_CACHE_USER_COMPARTMENT = (
        OperationType.CHANGE_OCI_CACHE_USER_COMPARTMENT
    )
    OPERATION_TYPE_CREATE_OCI_CACHE_BACKUP = OperationType.CREATE_OCI_CACHE_BACKUP
    OPERATION_TYPE_UPDATE_OCI_CACHE_BACKUP = OperationType.UPDATE_OCI_CACHE_BACKUP
    OPERATION_TYPE_DELETE_OCI_CACHE_BACKUP = OperationType.DELETE_OCI_CACHE_BACKUP
    OPERATION_TYPE_MOVE_OCI_CACHE_BACKUP = OperationType.MOVE_OCI_CACHE_BACKUP
    OPERATION_TYPE_EXPORT_OCI_CACHE_BACKUP_TO_OS = OperationType.EXPORT_OCI_CACHE_BACKUP_TO_OS
    OPERATION_TYPE_PATCH_OCI_CACHE_CLUSTER = OperationType.PATCH_OCI_CACHE_CLUSTER
    OPERATION_TYPE_REPLACE_OCI_CACHE_NODE = OperationType.REPLACE_OCI_CACHE_NODE
    OPERATION_TYPE_CONVERT_TO_SECONDARY_CLUSTER = OperationType.CONVERT_TO_SECONDARY_CLUSTER
    OPERATION_TYPE_CONVERT_TO_STANDALONE_CLUSTER = OperationType.CONVERT_TO_STANDALONE_CLUSTER
    OPERATION_TYPE_ROLLBACK_CRR_SETUP = OperationType.ROLLBACK_CRR_SETUP
    OPERATION_TYPE_SWITCHOVER = OperationType.SWITCHOVER
    OPERATION_TYPE_SETUP_CRR = OperationType.SETUP_CRR
    OPERATION_TYPE_CHANGE_ROLE_TO_SECONDARY = OperationType.CHANGE_ROLE_TO_SECONDARY
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_WAITING = Status.WAITING
    STATUS_NEEDS_ATTENTION = Status.NEEDS_ATTENTION
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
    freeform_tags: Mapping[str, str] | None = attrs.field(default=None, converter=string_map_of)
    defined_tags: Mapping[str, Mapping[str, Any]] | None = attrs.field(
        default=None, converter=tags_of
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummaryCollection(Model):
    """A list of work requests (``oci.redis.models.WorkRequestSummaryCollection``)."""

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
    service_family("redis", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.redis", "oci.redis.models", CLASSES)
