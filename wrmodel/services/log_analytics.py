"""``oci.log_analytics``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    Snapshot,
)
from wrmodel.models._values import (
    required_json,
    required_percent,
    required_time,
    to_optional_bool,
    to_optional_int,
)

__all__ = (
    "OperationType",
    "LifecycleState",
    "Status",
    "QueryWorkRequestOperationType",
    "Mode",
    "SubSystem",
    "DataType",
    "StorageWorkRequestOperationType",
    "KeyType",
    "ActionType",
    "WorkRequestOperationType",
    "WorkRequestStatus",
    "LogAnalyticsConfigWorkRequestPayload",
    "LogAnalyticsConfigWorkRequest",
    "LogAnalyticsConfigWorkRequestSummary",
    "LogAnalyticsConfigWorkRequestCollection",
    "TimeRange",
    "ScopeFilter",
    "QueryWorkRequest",
    "QueryWorkRequestSummary",
    "QueryWorkRequestCollection",
    "StorageWorkRequest",
    "StorageWorkRequestSummary",
    "StorageWorkRequestCollection",
    "WorkRequestResource",
    "WorkRequest",
    "WorkRequestSummary",
    "WorkRequestCollection",
    "WorkRequestError",
    "WorkRequestErrorCollection",
    "WorkRequestLog",
    "WorkRequestLogCollection",
    "CATALOG",
    "FAMILIES",
)


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_ASSOCIATIONS = "CREATE_ASSOCIATIONS"
    DELETE_ASSOCIATIONS = "DELETE_ASSOCIATIONS"
    APPEND_LOOKUP_DATA = "APPEND_LOOKUP_DATA"
    UPDATE_LOOKUP_DATA = "UPDATE_LOOKUP_DATA"
    DELETE_LOOKUP = "DELETE_LOOKUP"
    ENABLE_INGEST_TIME_RULE = "ENABLE_INGEST_TIME_RULE"
    DISABLE_INGEST_TIME_RULE = "DISABLE_INGEST_TIME_RULE"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class LifecycleState(enum.StrEnum):
    """The values of ``lifecycle_state``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    CANCELED = "CANCELED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    SUCCEEDED = "SUCCEEDED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class QueryWorkRequestOperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    EXECUTE_QUERY_JOB = "EXECUTE_QUERY_JOB"
    EXECUTE_PURGE_JOB = "EXECUTE_PURGE_JOB"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Mode(enum.StrEnum):
    """The values of ``mode``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    FOREGROUND = "FOREGROUND"
    BACKGROUND = "BACKGROUND"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class SubSystem(enum.StrEnum):
    """The values of ``sub_system``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    LOG = "LOG"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class DataType(enum.StrEnum):
    """The values of ``data_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    LOG = "LOG"
    LOOKUP = "LOOKUP"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class StorageWorkRequestOperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    OFFBOARD_TENANCY = "OFFBOARD_TENANCY"
    PURGE_STORAGE_DATA = "PURGE_STORAGE_DATA"
    RECALL_ARCHIVED_STORAGE_DATA = "RECALL_ARCHIVED_STORAGE_DATA"
    RELEASE_RECALLED_STORAGE_DATA = "RELEASE_RECALLED_STORAGE_DATA"
    PURGE_ARCHIVAL_DATA = "PURGE_ARCHIVAL_DATA"
    ARCHIVE_STORAGE_DATA = "ARCHIVE_STORAGE_DATA"
    CLEANUP_ARCHIVAL_STORAGE_DATA = "CLEANUP_ARCHIVAL_STORAGE_DATA"
    ENCRYPT_ACTIVE_DATA = "ENCRYPT_ACTIVE_DATA"
    ENCRYPT_ARCHIVAL_DATA = "ENCRYPT_ARCHIVAL_DATA"
    ENCRYPT_ALL_DATA = "ENCRYPT_ALL_DATA"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class KeyType(enum.StrEnum):
    """The values of ``key_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACTIVE_DATA = "ACTIVE_DATA"
    ARCHIVAL_DATA = "ARCHIVAL_DATA"
    ALL = "ALL"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


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
class WorkRequestOperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_LOG_ANALYTICS = "CREATE_LOG_ANALYTICS"
    DELETE_LOG_ANALYTICS = "DELETE_LOG_ANALYTICS"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class WorkRequestStatus(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    CANCELING = "CANCELING"
    CANCELED = "CANCELED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


def _optional_operation_type(value: OperationType | str | None) -> OperationType | None:
    return None if value is None else to_enum(OperationType, value)


def _log_analytics_config_work_request_payloads(
    value: Sequence[LogAnalyticsConfigWorkRequestPayload] | None,
) -> tuple[LogAnalyticsConfigWorkRequestPayload, ...] | None:
    return tuple_of(LogAnalyticsConfigWorkRequestPayload, value)


def _optional_lifecycle_state(value: LifecycleState | str | None) -> LifecycleState | None:
    return None if value is None else to_enum(LifecycleState, value)


def _log_analytics_config_work_request_summaries(
    value: Sequence[LogAnalyticsConfigWorkRequestSummary] | None,
) -> tuple[LogAnalyticsConfigWorkRequestSummary, ...] | None:
    return tuple_of(LogAnalyticsConfigWorkRequestSummary, value)


def _status(value: Status | str) -> Status:
    return to_enum(Status, value)


def _optional_query_work_request_operation_type(
    value: QueryWorkRequestOperationType | str | None,
) -> QueryWorkRequestOperationType | None:
    return None if value is None else to_enum(QueryWorkRequestOperationType, value)


def _mode(value: Mode | str) -> Mode:
    return to_enum(Mode, value)


def _optional_time_range(value: TimeRange | None) -> TimeRange | None:
    return instance_of(TimeRange, value)


def _scope_filters(value: Sequence[ScopeFilter] | None) -> tuple[ScopeFilter, ...] | None:
    return tuple_of(ScopeFilter, value)


def _sub_system(value: SubSystem | str) -> SubSystem:
    return to_enum(SubSystem, value)


def _required_query_work_request_summaries(
    value: Sequence[QueryWorkRequestSummary],
) -> tuple[QueryWorkRequestSummary, ...]:
    items = tuple_of(QueryWorkRequestSummary, value)
    what = "a sequence of QueryWorkRequestSummary"
    return fail(expected(what, value)) if items is None else items


def _optional_data_type(value: DataType | str | None) -> DataType | None:
    return None if value is None else to_enum(DataType, value)


def _storage_work_request_operation_type(
    value: StorageWorkRequestOperationType | str,
) -> StorageWorkRequestOperationType:
    return to_enum(StorageWorkRequestOperationType, value)


def _optional_key_type(value: KeyType | str | None) -> KeyType | None:
    return None if value is None else to_enum(KeyType, value)


def _required_storage_work_request_summaries(
    value: Sequence[StorageWorkRequestSummary],
) -> tuple[StorageWorkRequestSummary, ...]:
    items = tuple_of(StorageWorkRequestSummary, value)
    what = "a sequence of StorageWorkRequestSummary"
    return fail(expected(what, value)) if items is None else items


def _action_type(value: ActionType | str) -> ActionType:
    return to_enum(ActionType, value)


def _work_request_operation_type(value: WorkRequestOperationType | str) -> WorkRequestOperationType:
    return to_enum(WorkRequestOperationType, value)


def _work_request_status(value: WorkRequestStatus | str) -> WorkRequestStatus:
    return to_enum(WorkRequestStatus, value)


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


def _required_work_request_logs(value: Sequence[WorkRequestLog]) -> tuple[WorkRequestLog, ...]:
    items = tuple_of(WorkRequestLog, value)
    what = "a sequence of WorkRequestLog"
    return fail(expected(what, value)) if items is None else items


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class LogAnalyticsConfigWorkRequestPayload(Model):
    """LogAnalyticsConfigWorkRequestPayload (``oci.log_analytics.models.LogAnalyticsConfigWorkRequestPayload``)."""

    source_name: str | None = attrs.field(default=None, converter=to_optional_string)
    entity_id: str | None = attrs.field(default=None, converter=to_optional_string)
    lookup_reference: int | None = attrs.field(default=None, converter=to_optional_int)
    lookup_reference_string: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class LogAnalyticsConfigWorkRequest(Model):
    """LogAnalyticsConfigWorkRequest (``oci.log_analytics.models.LogAnalyticsConfigWorkRequest``)."""

    OPERATION_TYPE_CREATE_ASSOCIATIONS = OperationType.CREATE_ASSOCIATIONS
    OPERATION_TYPE_DELETE_ASSOCIATIONS = OperationType.DELETE_ASSOCIATIONS
    OPERATION_TYPE_APPEND_LOOKUP_DATA = OperationType.APPEND_LOOKUP_DATA
    OPERATION_TYPE_UPDATE_LOOKUP_DATA = OperationType.UPDATE_LOOKUP_DATA
    OPERATION_TYPE_DELETE_LOOKUP = OperationType.DELETE_LOOKUP
    OPERATION_TYPE_ENABLE_INGEST_TIME_RULE = OperationType.ENABLE_INGEST_TIME_RULE
    OPERATION_TYPE_DISABLE_INGEST_TIME_RULE = OperationType.DISABLE_INGEST_TIME_RULE
    LIFECYCLE_STATE_ACCEPTED = LifecycleState.ACCEPTED
    LIFECYCLE_STATE_IN_PROGRESS = LifecycleState.IN_PROGRESS
    LIFECYCLE_STATE_SUCCEEDED = LifecycleState.SUCCEEDED
    LIFECYCLE_STATE_FAILED = LifecycleState.FAILED

    id: str | None = attrs.field(default=None, converter=to_optional_string)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    operation_type: OperationType | None = attrs.field(
        default=None, converter=_optional_operation_type
    )
    payload: tuple[LogAnalyticsConfigWorkRequestPayload, ...] | None = attrs.field(
        default=None, converter=_log_analytics_config_work_request_payloads
    )
    percent_complete: int | None = attrs.field(default=None, converter=to_optional_int)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    lifecycle_state: LifecycleState | None = attrs.field(
        default=None, converter=_optional_lifecycle_state
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class LogAnalyticsConfigWorkRequestSummary(Model):
    """LogAnalyticsConfigWorkRequestSummary (``oci.log_analytics.models.LogAnalyticsConfigWorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_ASSOCIATIONS = OperationType.CREATE_ASSOCIATIONS
    OPERATION_TYPE_DELETE_ASSOCIATIONS = OperationType.DELETE_ASSOCIATIONS
    OPERATION_TYPE_APPEND_LOOKUP_DATA = OperationType.APPEND_LOOKUP_DATA
    OPERATION_TYPE_UPDATE_LOOKUP_DATA = OperationType.UPDATE_LOOKUP_DATA
    OPERATION_TYPE_DELETE_LOOKUP = OperationType.DELETE_LOOKUP
    OPERATION_TYPE_ENABLE_INGEST_TIME_RULE = OperationType.ENABLE_INGEST_TIME_RULE
    OPERATION_TYPE_DISABLE_INGEST_TIME_RULE = OperationType.DISABLE_INGEST_TIME_RULE
    LIFECYCLE_STATE_ACCEPTED = LifecycleState.ACCEPTED
    LIFECYCLE_STATE_IN_PROGRESS = LifecycleState.IN_PROGRESS
    LIFECYCLE_STATE_SUCCEEDED = LifecycleState.SUCCEEDED
    LIFECYCLE_STATE_FAILED = LifecycleState.FAILED

    id: str | None = attrs.field(default=None, converter=to_optional_string)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    operation_type: OperationType | None = attrs.field(
        default=None, converter=_optional_operation_type
    )
    percent_complete: int | None = attrs.field(default=None, converter=to_optional_int)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    lifecycle_state: LifecycleState | None = attrs.field(
        default=None, converter=_optional_lifecycle_state
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class LogAnalyticsConfigWorkRequestCollection(Model):
    """LogAnalyticsConfigWorkRequestCollection (``oci.log_analytics.models.LogAnalyticsConfigWorkRequestCollection``)."""

    items: tuple[LogAnalyticsConfigWorkRequestSummary, ...] | None = attrs.field(
        default=None, converter=_log_analytics_config_work_request_summaries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class TimeRange(Model):
    """Specify time range. This paramter can be overwritten if time criteria is specified in the query string. If no time criteria are found in query string this time range is used (``oci.log_analytics.models.TimeRange``)."""

    time_start: pendulum.DateTime = attrs.field(converter=required_time)
    time_end: pendulum.DateTime = attrs.field(converter=required_time)
    time_zone: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class ScopeFilter(Model):
    """Scope filter to reduce the scope of the query (``oci.log_analytics.models.ScopeFilter``)."""

    field_name: str = attrs.field(converter=to_string)
    values: object = attrs.field(converter=required_json)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class QueryWorkRequest(Model, Snapshot):
    """Job details outlining parameters specified when job was submitted (``oci.log_analytics.models.QueryWorkRequest``)."""

    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_CANCELED = Status.CANCELED
    STATUS_FAILED = Status.FAILED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_SUCCEEDED = Status.SUCCEEDED
    OPERATION_TYPE_EXECUTE_QUERY_JOB = QueryWorkRequestOperationType.EXECUTE_QUERY_JOB
    OPERATION_TYPE_EXECUTE_PURGE_JOB = QueryWorkRequestOperationType.EXECUTE_PURGE_JOB
    MODE_FOREGROUND = Mode.FOREGROUND
    MODE_BACKGROUND = Mode.BACKGROUND
    SUB_SYSTEM_LOG = SubSystem.LOG

    id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_expires: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    percent_complete: int | None = attrs.field(default=None, converter=to_optional_int)
    status: Status = attrs.field(converter=_status)
    operation_type: QueryWorkRequestOperationType | None = attrs.field(
        default=None, converter=_optional_query_work_request_operation_type
    )
    mode: Mode = attrs.field(converter=_mode)
    time_background_at: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_filter: TimeRange | None = attrs.field(default=None, converter=_optional_time_range)
    scope_filters: tuple[ScopeFilter, ...] | None = attrs.field(
        default=None, converter=_scope_filters
    )
    sub_system: SubSystem = attrs.field(converter=_sub_system)
    display_query_string: str = attrs.field(converter=to_string)
    internal_query_string: str = attrs.field(converter=to_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class QueryWorkRequestSummary(Model, Snapshot):
    """High level summary of query job work request (``oci.log_analytics.models.QueryWorkRequestSummary``)."""

    MODE_FOREGROUND = Mode.FOREGROUND
    MODE_BACKGROUND = Mode.BACKGROUND
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_CANCELED = Status.CANCELED
    STATUS_FAILED = Status.FAILED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_SUCCEEDED = Status.SUCCEEDED
    OPERATION_TYPE_EXECUTE_QUERY_JOB = QueryWorkRequestOperationType.EXECUTE_QUERY_JOB
    OPERATION_TYPE_EXECUTE_PURGE_JOB = QueryWorkRequestOperationType.EXECUTE_PURGE_JOB

    id: str = attrs.field(converter=to_string)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_expires: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    mode: Mode = attrs.field(converter=_mode)
    percent_complete: int | None = attrs.field(default=None, converter=to_optional_int)
    status: Status = attrs.field(converter=_status)
    operation_type: QueryWorkRequestOperationType | None = attrs.field(
        default=None, converter=_optional_query_work_request_operation_type
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class QueryWorkRequestCollection(Model):
    """Collection of query work requests (``oci.log_analytics.models.QueryWorkRequestCollection``)."""

    items: tuple[QueryWorkRequestSummary, ...] = attrs.field(
        converter=_required_query_work_request_summaries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class StorageWorkRequest(Model, Snapshot):
    """This shows the storage work request details (``oci.log_analytics.models.StorageWorkRequest``)."""

    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_CANCELED = Status.CANCELED
    STATUS_FAILED = Status.FAILED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_SUCCEEDED = Status.SUCCEEDED
    DATA_TYPE_LOG = DataType.LOG
    DATA_TYPE_LOOKUP = DataType.LOOKUP
    OPERATION_TYPE_OFFBOARD_TENANCY = StorageWorkRequestOperationType.OFFBOARD_TENANCY
    OPERATION_TYPE_PURGE_STORAGE_DATA = StorageWorkRequestOperationType.PURGE_STORAGE_DATA
    OPERATION_TYPE_RECALL_ARCHIVED_STORAGE_DATA = (
        StorageWorkRequestOperationType.RECALL_ARCHIVED_STORAGE_DATA
    )
    OPERATION_TYPE_RELEASE_RECALLED_STORAGE_DATA = (
        StorageWorkRequestOperationType.RELEASE_RECALLED_STORAGE_DATA
    )
    OPERATION_TYPE_PURGE_ARCHIVAL_DATA = StorageWorkRequestOperationType.PURGE_ARCHIVAL_DATA
    OPERATION_TYPE_ARCHIVE_STORAGE_DATA = StorageWorkRequestOperationType.ARCHIVE_STORAGE_DATA
    OPERATION_TYPE_CLEANUP_ARCHIVAL_STORAGE_DATA = (
        StorageWorkRequestOperationType.CLEANUP_ARCHIVAL_STORAGE_DATA
    )
    OPERATION_TYPE_ENCRYPT_ACTIVE_DATA = StorageWorkRequestOperationType.ENCRYPT_ACTIVE_DATA
    OPERATION_TYPE_ENCRYPT_ARCHIVAL_DATA = StorageWorkRequestOperationType.ENCRYPT_ARCHIVAL_DATA
    OPERATION_TYPE_ENCRYPT_ALL_DATA = StorageWorkRequestOperationType.ENCRYPT_ALL_DATA
    KEY_TYPE_ACTIVE_DATA = KeyType.ACTIVE_DATA
    KEY_TYPE_ARCHIVAL_DATA = KeyType.ARCHIVAL_DATA
    KEY_TYPE_ALL = KeyType.ALL

    id: str = attrs.field(converter=to_string)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_expires: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    percent_complete: int | None = attrs.field(default=None, converter=to_optional_int)
    status: Status = attrs.field(converter=_status)
    time_data_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_data_ended: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    purge_query_string: str | None = attrs.field(default=None, converter=to_optional_string)
    data_type: DataType | None = attrs.field(default=None, converter=_optional_data_type)
    status_details: str | None = attrs.field(default=None, converter=to_optional_string)
    operation_details: str | None = attrs.field(default=None, converter=to_optional_string)
    policy_name: str | None = attrs.field(default=None, converter=to_optional_string)
    policy_id: str | None = attrs.field(default=None, converter=to_optional_string)
    storage_usage_in_bytes: int | None = attrs.field(default=None, converter=to_optional_int)
    compartment_id_in_subtree: bool | None = attrs.field(default=None, converter=to_optional_bool)
    operation_type: StorageWorkRequestOperationType = attrs.field(
        converter=_storage_work_request_operation_type
    )
    key_id: str | None = attrs.field(default=None, converter=to_optional_string)
    key_type: KeyType | None = attrs.field(default=None, converter=_optional_key_type)
    log_sets: str | None = attrs.field(default=None, converter=to_optional_string)
    purpose: str | None = attrs.field(default=None, converter=to_optional_string)
    query: str | None = attrs.field(default=None, converter=to_optional_string)
    is_recall_new_data_only: bool | None = attrs.field(default=None, converter=to_optional_bool)
    is_use_recommended_data_set: bool | None = attrs.field(default=None, converter=to_optional_bool)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class StorageWorkRequestSummary(Model, Snapshot):
    """This is the summary of a storage work request (``oci.log_analytics.models.StorageWorkRequestSummary``)."""

    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_CANCELED = Status.CANCELED
    STATUS_FAILED = Status.FAILED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_SUCCEEDED = Status.SUCCEEDED
    DATA_TYPE_LOG = DataType.LOG
    DATA_TYPE_LOOKUP = DataType.LOOKUP
    OPERATION_TYPE_OFFBOARD_TENANCY = StorageWorkRequestOperationType.OFFBOARD_TENANCY
    OPERATION_TYPE_PURGE_STORAGE_DATA = StorageWorkRequestOperationType.PURGE_STORAGE_DATA
    OPERATION_TYPE_RECALL_ARCHIVED_STORAGE_DATA = (
        StorageWorkRequestOperationType.RECALL_ARCHIVED_STORAGE_DATA
    )
    OPERATION_TYPE_RELEASE_RECALLED_STORAGE_DATA = (
        StorageWorkRequestOperationType.RELEASE_RECALLED_STORAGE_DATA
    )
    OPERATION_TYPE_PURGE_ARCHIVAL_DATA = StorageWorkRequestOperationType.PURGE_ARCHIVAL_DATA
    OPERATION_TYPE_ARCHIVE_STORAGE_DATA = StorageWorkRequestOperationType.ARCHIVE_STORAGE_DATA
    OPERATION_TYPE_CLEANUP_ARCHIVAL_STORAGE_DATA = (
        StorageWorkRequestOperationType.CLEANUP_ARCHIVAL_STORAGE_DATA
    )
    OPERATION_TYPE_ENCRYPT_ACTIVE_DATA = StorageWorkRequestOperationType.ENCRYPT_ACTIVE_DATA
    OPERATION_TYPE_ENCRYPT_ARCHIVAL_DATA = StorageWorkRequestOperationType.ENCRYPT_ARCHIVAL_DATA
    OPERATION_TYPE_ENCRYPT_ALL_DATA = StorageWorkRequestOperationType.ENCRYPT_ALL_DATA
    KEY_TYPE_ACTIVE_DATA = KeyType.ACTIVE_DATA
    KEY_TYPE_ARCHIVAL_DATA = KeyType.ARCHIVAL_DATA
    KEY_TYPE_ALL = KeyType.ALL

    id: str = attrs.field(converter=to_string)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_expires: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    percent_complete: int | None = attrs.field(default=None, converter=to_optional_int)
    status: Status = attrs.field(converter=_status)
    time_data_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_data_ended: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    purge_query_string: str | None = attrs.field(default=None, converter=to_optional_string)
    data_type: DataType | None = attrs.field(default=None, converter=_optional_data_type)
    status_details: str | None = attrs.field(default=None, converter=to_optional_string)
    operation_details: str | None = attrs.field(default=None, converter=to_optional_string)
    policy_name: str | None = attrs.field(default=None, converter=to_optional_string)
    policy_id: str | None = attrs.field(default=None, converter=to_optional_string)
    storage_usage_in_bytes: int | None = attrs.field(default=None, converter=to_optional_int)
    compartment_id_in_subtree: bool | None = attrs.field(default=None, converter=to_optional_bool)
    operation_type: StorageWorkRequestOperationType = attrs.field(
        converter=_storage_work_request_operation_type
    )
    key_id: str | None = attrs.field(default=None, converter=to_optional_string)
    key_type: KeyType | None = attrs.field(default=None, converter=_optional_key_type)
    log_sets: str | None = attrs.field(default=None, converter=to_optional_string)
    purpose: str | None = attrs.field(default=None, converter=to_optional_string)
    query: str | None = attrs.field(default=None, converter=to_optional_string)
    is_recall_new_data_only: bool | None = attrs.field(default=None, converter=to_optional_bool)
    is_use_recommended_data_set: bool | None = attrs.field(default=None, converter=to_optional_bool)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class StorageWorkRequestCollection(Model):
    """This is a list of work request summaries (``oci.log_analytics.models.StorageWorkRequestCollection``)."""

    items: tuple[StorageWorkRequestSummary, ...] = attrs.field(
        converter=_required_storage_work_request_summaries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.log_analytics.models.WorkRequestResource``)."""

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
    """A description of workrequest status (``oci.log_analytics.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_LOG_ANALYTICS = WorkRequestOperationType.CREATE_LOG_ANALYTICS
    OPERATION_TYPE_DELETE_LOG_ANALYTICS = WorkRequestOperationType.DELETE_LOG_ANALYTICS
    STATUS_ACCEPTED = WorkRequestStatus.ACCEPTED
    STATUS_IN_PROGRESS = WorkRequestStatus.IN_PROGRESS
    STATUS_FAILED = WorkRequestStatus.FAILED
    STATUS_SUCCEEDED = WorkRequestStatus.SUCCEEDED
    STATUS_CANCELING = WorkRequestStatus.CANCELING
    STATUS_CANCELED = WorkRequestStatus.CANCELED

    operation_type: WorkRequestOperationType = attrs.field(converter=_work_request_operation_type)
    status: WorkRequestStatus = attrs.field(converter=_work_request_status)
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
    """High level summary of control plane job work request (``oci.log_analytics.models.WorkRequestSummary``)."""

    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_CANCELED = Status.CANCELED
    STATUS_FAILED = Status.FAILED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_SUCCEEDED = Status.SUCCEEDED

    id: str = attrs.field(converter=to_string)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    percent_complete: int | None = attrs.field(default=None, converter=to_optional_int)
    status: Status = attrs.field(converter=_status)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestCollection(Model):
    """Collection of control plane work requests (``oci.log_analytics.models.WorkRequestCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.log_analytics.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """This is a list of errors for the work request (``oci.log_analytics.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLog(Model):
    """This is a log message from the execution of a work request (``oci.log_analytics.models.WorkRequestLog``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogCollection(Model):
    """This is a list of logs for the work request (``oci.log_analytics.models.WorkRequestLogCollection``)."""

    items: tuple[WorkRequestLog, ...] = attrs.field(converter=_required_work_request_logs)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    LogAnalyticsConfigWorkRequestPayload,
    LogAnalyticsConfigWorkRequest,
    LogAnalyticsConfigWorkRequestSummary,
    LogAnalyticsConfigWorkRequestCollection,
    TimeRange,
    ScopeFilter,
    QueryWorkRequest,
    QueryWorkRequestSummary,
    QueryWorkRequestCollection,
    StorageWorkRequest,
    StorageWorkRequestSummary,
    StorageWorkRequestCollection,
    WorkRequestResource,
    WorkRequest,
    WorkRequestSummary,
    WorkRequestCollection,
    WorkRequestError,
    WorkRequestErrorCollection,
    WorkRequestLog,
    WorkRequestLogCollection,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("log_analytics", QueryWorkRequest, QueryWorkRequestSummary, Status, CLASSES),
    service_family("log_analytics", StorageWorkRequest, StorageWorkRequestSummary, Status, CLASSES),
    service_family("log_analytics", WorkRequest, WorkRequestSummary, WorkRequestStatus, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.log_analytics", "oci.log_analytics.models", CLASSES)
