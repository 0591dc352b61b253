"""``oci.cloud_migrations``'s work requests, as classes: generated from the OCI SDK's metadata.

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

    CREATE_MIGRATION = "CREATE_MIGRATION"
    UPDATE_MIGRATION = "UPDATE_MIGRATION"
    REFRESH_MIGRATION = "REFRESH_MIGRATION"
    DELETE_MIGRATION = "DELETE_MIGRATION"
    MOVE_MIGRATION = "MOVE_MIGRATION"
    START_ASSET_REPLICATION = "START_ASSET_REPLICATION"
    START_MIGRATION_REPLICATION = "START_MIGRATION_REPLICATION"
    CREATE_REPLICATION_SCHEDULE = "CREATE_REPLICATION_SCHEDULE"
    UPDATE_REPLICATION_SCHEDULE = "UPDATE_REPLICATION_SCHEDULE"
    DELETE_REPLICATION_SCHEDULE = "DELETE_REPLICATION_SCHEDULE"
    MOVE_REPLICATION_SCHEDULE = "MOVE_REPLICATION_SCHEDULE"
    CREATE_MIGRATION_PLAN = "CREATE_MIGRATION_PLAN"
    UPDATE_MIGRATION_PLAN = "UPDATE_MIGRATION_PLAN"
    DELETE_MIGRATION_PLAN = "DELETE_MIGRATION_PLAN"
    MOVE_MIGRATION_PLAN = "MOVE_MIGRATION_PLAN"
    REFRESH_MIGRATION_PLAN = "REFRESH_MIGRATION_PLAN"
    EXECUTE_MIGRATION_PLAN = "EXECUTE_MIGRATION_PLAN"
    REFRESH_MIGRATION_ASSET = "REFRESH_MIGRATION_ASSET"
    CREATE_MIGRATION_ASSET = "CREATE_MIGRATION_ASSET"
    DELETE_MIGRATION_ASSET = "DELETE_MIGRATION_ASSET"
    CREATE_TARGET_ASSET = "CREATE_TARGET_ASSET"
    UPDATE_TARGET_ASSET = "UPDATE_TARGET_ASSET"
    DELETE_TARGET_ASSET = "DELETE_TARGET_ASSET"
    PREPARE_TARGET_ASSET = "PREPARE_TARGET_ASSET"
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
    """A resource that is created and operated by a work request (``oci.cloud_migrations.models.WorkRequestResource``)."""

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
    """A description of a work request status (``oci.cloud_migrations.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_MIGRATION = OperationType.CREATE_MIGRATION
    OPERATION_TYPE_UPDATE_MIGRATION = OperationType.UPDATE_MIGRATION
    OPERATION_TYPE_REFRESH_MIGRATION = OperationType.REFRESH_MIGRATION
    OPERATION_TYPE_DELETE_MIGRATION = OperationType.DELETE_MIGRATION
    OPERATION_TYPE_MOVE_MIGRATION = OperationType.MOVE_MIGRATION
    OPERATION_TYPE_START_ASSET_REPLICATION = OperationType.START_ASSET_REPLICATION
    OPERATION_TYPE_START_MIGRATION_REPLICATION = OperationType.START_MIGRATION_REPLICATION
    OPERATION_TYPE_CREATE_REPLICATION_SCHEDULE = OperationType.CREATE_REPLICATION_SCHEDULE
    OPERATION_TYPE_UPDATE_REPLICATION_SCHEDULE = OperationType.UPDATE_REPLICATION_SCHEDULE
    OPERATION_TYPE_DELETE_REPLICATION_SCHEDULE = OperationType.DELETE_REPLICATION_SCHEDULE
    OPERATION_TYPE_MOVE_REPLICATION_SCHEDULE = OperationType.MOVE_REPLICATION_SCHEDULE
    OPERATION_TYPE_CREATE_MIGRATION_PLAN = OperationType.CREATE_MIGRATION_PLAN
    OPERATION_TYPE_UPDATE_MIGRATION_PLAN = OperationType.UPDATE_MIGRATION_PLAN
    OPERATION_TYPE_DELETE_MIGRATION_PLAN = OperationType.DELETE_MIGRATION_PLAN
    OPERATION_TYPE_MOVE_MIGRATION_PLAN = OperationType.MOVE_MIGRATION_PLAN
    OPERATION_TYPE_REFRESH_MIGRATION_PLAN = OperationType.REFRESH_MIGRATION_PLAN
    OPERATION_TYPE_EXECUTE_MIGRATION_PLAN = OperationType.EXECUTE_MIGRATION_PLAN
    OPERATION_TYPE_REFRESH_MIGRATION_ASSET = OperationType.REFRESH_MIGRATION_ASSET
    OPERATION_TYPE_CREATE_MIGRATION_ASSET = OperationType.CREATE_MIGRATION_ASSET
    OPERATION_TYPE_DELETE_MIGRATION_ASSET = OperationType.DELETE_MIGRATION_ASSET
    OPERATION_TYPE_CREATE_TARGET_ASSET = OperationType.CREATE_TARGET_ASSET
    OPERATION_TYPE_UPDATE_TARGET_ASSET = OperationType.UPDATE_TARGET_ASSET
    OPERATION_TYPE_DELETE_TARGET_ASSET = OperationType.DELETE_TARGET_ASSET
    OPERATION_TYPE_PREPARE_TARGET_ASSET = OperationType.PREPARE_TARGET_ASSET
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_WAITING = Status.WAITING
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
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
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.cloud_migrations.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of the work request error search. Contains both work request error items and other information, such as metadata (``oci.cloud_migrations.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.cloud_migrations.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Results of the work request log search. Contains both work request log items and other information, such as metadata (``oci.cloud_migrations.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A summary of the status of a work request (``oci.cloud_migrations.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_MIGRATION = OperationType.CREATE_MIGRATION
    OPERATION_TYPE_UPDATE_MIGRATION = OperationType.UPDATE_MIGRATION
    OPERATION_TYPE_REFRESH_MIGRATION = OperationType.REFRESH_MIGRATION
    OPERATION_TYPE_DELETE_MIGRATION = OperationType.DELETE_MIGRATION
    OPERATION_TYPE_MOVE_MIGRATION = OperationType.MOVE_MIGRATION
    OPERATION_TYPE_START_ASSET_REPLICATION = OperationType.START_ASSET_REPLICATION
    OPERATION_TYPE_START_MIGRATION_REPLICATION = OperationType.START_MIGRATION_REPLICATION
    OPERATION_TYPE_CREATE_REPLICATION_SCHEDULE = OperationType.CREATE_REPLICATION_SCHEDULE
    OPERATION_TYPE_UPDATE_REPLICATION_SCHEDULE = OperationType.UPDATE_REPLICATION_SCHEDULE
    OPERATION_TYPE_DELETE_REPLICATION_SCHEDULE = OperationType.DELETE_REPLICATION_SCHEDULE
    OPERATION_TYPE_MOVE_REPLICATION_SCHEDULE = OperationType.MOVE_REPLICATION_SCHEDULE
    OPERATION_TYPE_CREATE_MIGRATION_PLAN = OperationType.CREATE_MIGRATION_PLAN
    OPERATION_TYPE_UPDATE_MIGRATION_PLAN = OperationType.UPDATE_MIGRATION_PLAN
    OPERATION_TYPE_DELETE_MIGRATION_PLAN = OperationType.DELETE_MIGRATION_PLAN
    OPERATION_TYPE_MOVE_MIGRATION_PLAN = OperationType.MOVE_MIGRATION_PLAN
    OPERATION_TYPE_REFRESH_MIGRATION_PLAN = OperationType.REFRESH_MIGRATION_PLAN
    OPERATION_TYPE_EXECUTE_MIGRATION_PLAN = OperationType.EXECUTE_MIGRATION_PLAN
    OPERATION_TYPE_REFRESH_MIGRATION_ASSET = OperationType.REFRESH_MIGRATION_ASSET
    OPERATION_TYPE_CREATE_MIGRATION_ASSET = OperationType.CREATE_MIGRATION_ASSET
    OPERATION_TYPE_DELETE_MIGRATION_ASSET = OperationType.DELETE_MIGRATION_ASSET
    OPERATION_TYPE_CREATE_TARGET_ASSET = OperationType.CREATE_TARGET_ASSET
    OPERATION_TYPE_UPDATE_TARGET_ASSET = OperationType.UPDATE_TARGET_ASSET
    OPERATION_TYPE_DELETE_TARGET_ASSET = OperationType.DELETE_TARGET_ASSET
    OPERATION_TYPE_PREPARE_TARGET_ASSET = OperationType.PREPARE_TARGET_ASSET
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_WAITING = Status.WAITING
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
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
    freeform_tags: Mapping[str, str] | None = attrs.field(default=None, converter=string_map_of)
    defined_tags: Mapping[str, Mapping[str, Any]] | None = attrs.field(
        default=None, converter=tags_of
    )
    system_tags: Mapping[str, Mapping[str, Any]] | None = attrs.field(
        default=None, converter=tags_of
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummaryCollection(Model):
    """Results of the work request search. Contains both work request items and other information, such as metadata (``oci.cloud_migrations.models.WorkRequestSummaryCollection``)."""

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
    service_family("cloud_migrations", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.cloud_migrations", "oci.cloud_migrations.models", CLASSES)
