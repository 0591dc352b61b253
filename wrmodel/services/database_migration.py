"""``oci.database_migration``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    Snapshot,
)
from wrmodel.models._values import (
    required_percent,
    required_time,
)

__all__ = (
    "ActionType",
    "OperationType",
    "Status",
    "WorkRequestSummaryStatus",
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
    RELATED = "RELATED"
    IN_PROGRESS = "IN_PROGRESS"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_MIGRATION = "CREATE_MIGRATION"
    CLONE_MIGRATION = "CLONE_MIGRATION"
    DELETE_MIGRATION = "DELETE_MIGRATION"
    UPDATE_MIGRATION = "UPDATE_MIGRATION"
    START_MIGRATION = "START_MIGRATION"
    VALIDATE_MIGRATION = "VALIDATE_MIGRATION"
    CREATE_CONNECTION = "CREATE_CONNECTION"
    DELETE_CONNECTION = "DELETE_CONNECTION"
    UPDATE_CONNECTION = "UPDATE_CONNECTION"
    CREATE_ASSESSMENT = "CREATE_ASSESSMENT"
    DELETE_ASSESSMENT = "DELETE_ASSESSMENT"
    UPDATE_ASSESSMENT = "UPDATE_ASSESSMENT"
    RUN_ASSESSOR_ACTION = "RUN_ASSESSOR_ACTION"
    RUN_MIGRATE_TABLE_ASSESSOR = "RUN_MIGRATE_TABLE_ASSESSOR"
    RUN_COMPATIBILITY_ASSESSOR = "RUN_COMPATIBILITY_ASSESSOR"
    RUN_VIABILITY_ASSESSOR = "RUN_VIABILITY_ASSESSOR"
    CONFIGURE_MIGRATION_ASSESSOR = "CONFIGURE_MIGRATION_ASSESSOR"
    CREATE_MIGRATION_ASSESSOR = "CREATE_MIGRATION_ASSESSOR"
    PREPARE_SOURCE_ASSESSOR = "PREPARE_SOURCE_ASSESSOR"
    PREPARE_TARGET_ASSESSOR = "PREPARE_TARGET_ASSESSOR"
    CONFIRM_VIABILITY_ASSESSOR = "CONFIRM_VIABILITY_ASSESSOR"
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


@know
class WorkRequestSummaryStatus(enum.StrEnum):
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


def _work_request_summary_status(value: WorkRequestSummaryStatus | str) -> WorkRequestSummaryStatus:
    return to_enum(WorkRequestSummaryStatus, value)


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
    """A resource that is created or operated on by an asynchronous operation that is tracked by a work request (``oci.database_migration.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS

    action_type: ActionType = attrs.field(converter=_action_type)
    entity_type: str = attrs.field(converter=to_string)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """An asynchronous work request (``oci.database_migration.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_MIGRATION = OperationType.CREATE_MIGRATION
    OPERATION_TYPE_CLONE_MIGRATION = OperationType.CLONE_MIGRATION
    OPERATION_TYPE_DELETE_MIGRATION = OperationType.DELETE_MIGRATION
    OPERATION_TYPE_UPDATE_MIGRATION = OperationType.UPDATE_MIGRATION
    OPERATION_TYPE_START_MIGRATION = OperationType.START_MIGRATION
    OPERATION_TYPE_VALIDATE_MIGRATION = OperationType.VALIDATE_MIGRATION
    OPERATION_TYPE_CREATE_CONNECTION = OperationType.CREATE_CONNECTION
    OPERATION_TYPE_DELETE_CONNECTION = OperationType.DELETE_CONNECTION
    OPERATION_TYPE_UPDATE_CONNECTION = OperationType.UPDATE_CONNECTION
    OPERATION_TYPE_CREATE_ASSESSMENT = OperationType.CREATE_ASSESSMENT
    OPERATION_TYPE_DELETE_ASSESSMENT = OperationType.DELETE_ASSESSMENT
    OPERATION_TYPE_UPDATE_ASSESSMENT = OperationType.UPDATE_ASSESSMENT
    OPERATION_TYPE_RUN_ASSESSOR_ACTION = OperationType.RUN_ASSESSOR_ACTION
    OPERATION_TYPE_RUN_MIGRATE_TABLE_ASSESSOR = OperationType.RUN_MIGRATE_TABLE_ASSESSOR
    OPERATION_TYPE_RUN_COMPATIBILITY_ASSESSOR = OperationType.RUN_COMPATIBILITY_ASSESSOR
    OPERATION_TYPE_RUN_VIABILITY_ASSESSOR = OperationType.RUN_VIABILITY_ASSESSOR
    OPERATION_TYPE_CONFIGURE_MIGRATION_ASSESSOR = OperationType.CONFIGURE_MIGRATION_ASSESSOR
    OPERATION_TYPE_CREATE_MIGRATION_ASSESSOR = OperationType.CREATE_MIGRATION_ASSESSOR
    OPERATION_TYPE_PREPARE_SOURCE_ASSESSOR = OperationType.PREPARE_SOURCE_ASSESSOR
    OPERATION_TYPE_PREPARE_TARGET_ASSESSOR = OperationType.PREPARE_TARGET_ASSESSOR
    OPERATION_TYPE_CONFIRM_VIABILITY_ASSESSOR = OperationType.CONFIRM_VIABILITY_ASSESSOR
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
class WorkRequestSummary(Model, Snapshot):
    """A summary of the status of a work request (``oci.database_migration.models.WorkRequestSummary``)."""

    STATUS_ACCEPTED = WorkRequestSummaryStatus.ACCEPTED
    STATUS_IN_PROGRESS = WorkRequestSummaryStatus.IN_PROGRESS
    STATUS_FAILED = WorkRequestSummaryStatus.FAILED
    STATUS_SUCCEEDED = WorkRequestSummaryStatus.SUCCEEDED
    STATUS_CANCELING = WorkRequestSummaryStatus.CANCELING
    STATUS_CANCELED = WorkRequestSummaryStatus.CANCELED

    operation_type: str = attrs.field(converter=to_string)
    status: WorkRequestSummaryStatus = attrs.field(converter=_work_request_summary_status)
    id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    percent_complete: float = attrs.field(converter=required_percent)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestCollection(Model):
    """Results of a Work Request search. Contains WorkRequestSummary items (``oci.database_migration.models.WorkRequestCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing an operation that is tracked by a work request (``oci.database_migration.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of a Work Request search. Contains WorkRequestError items (``oci.database_migration.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from executing an operation that is tracked by a work request (``oci.database_migration.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Results of a Work Request search. Contains WorkRequestLogEntry items (``oci.database_migration.models.WorkRequestLogEntryCollection``)."""

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
    service_family("database_migration", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.database_migration", "oci.database_migration.models", CLASSES)
