"""``oci.distributed_database``'s work requests, as classes: generated from the OCI SDK's metadata.

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

    CREATE_DISTRIBUTED_DB = "CREATE_DISTRIBUTED_DB"
    PATCH_DISTRIBUTED_DB_INSERT_SHARDS = "PATCH_DISTRIBUTED_DB_INSERT_SHARDS"
    PATCH_DISTRIBUTED_DB_REMOVE_SHARDS = "PATCH_DISTRIBUTED_DB_REMOVE_SHARDS"
    PATCH_DISTRIBUTED_DB_MERGE_CATALOG_SHARDS = "PATCH_DISTRIBUTED_DB_MERGE_CATALOG_SHARDS"
    PATCH_DISTRIBUTED_DB_NSGIDS = "PATCH_DISTRIBUTED_DB_NSGIDS"
    DELETE_DISTRIBUTED_DB = "DELETE_DISTRIBUTED_DB"
    CHANGE_DISTRIBUTED_DB_COMPARTMENT = "CHANGE_DISTRIBUTED_DB_COMPARTMENT"
    CONFIGURE_DISTRIBUTED_DB_GSMS = "CONFIGURE_DISTRIBUTED_DB_GSMS"
    CONFIGURE_DISTRIBUTED_DB_SHARDING = "CONFIGURE_DISTRIBUTED_DB_SHARDING"
    ROTATE_DISTRIBUTED_DB_PASSWORDS = "ROTATE_DISTRIBUTED_DB_PASSWORDS"
    START_DISTRIBUTED_DB = "START_DISTRIBUTED_DB"
    STOP_DISTRIBUTED_DB = "STOP_DISTRIBUTED_DB"
    START_DISTRIBUTED_DB_SHARD = "START_DISTRIBUTED_DB_SHARD"
    START_DISTRIBUTED_DB_CATALOG = "START_DISTRIBUTED_DB_CATALOG"
    STOP_DISTRIBUTED_DB_SHARD = "STOP_DISTRIBUTED_DB_SHARD"
    STOP_DISTRIBUTED_DB_CATALOG = "STOP_DISTRIBUTED_DB_CATALOG"
    CREATE_DISTRIBUTED_DB_SHARD = "CREATE_DISTRIBUTED_DB_SHARD"
    CREATE_DISTRIBUTED_DB_CATALOG = "CREATE_DISTRIBUTED_DB_CATALOG"
    CREATE_DISTRIBUTED_DB_GSM = "CREATE_DISTRIBUTED_DB_GSM"
    UPDATE_DISTRIBUTED_DB_CATALOG_SHARDS = "UPDATE_DISTRIBUTED_DB_CATALOG_SHARDS"
    VALIDATE_NETWORK = "VALIDATE_NETWORK"
    EXECUTE_VALIDATE_NETWORK_TESTS = "EXECUTE_VALIDATE_NETWORK_TESTS"
    CREATE_PRIVATE_ENDPOINT = "CREATE_PRIVATE_ENDPOINT"
    DELETE_PRIVATE_ENDPOINT = "DELETE_PRIVATE_ENDPOINT"
    PATCH_PRIVATE_ENDPOINT = "PATCH_PRIVATE_ENDPOINT"
    CHANGE_PRIVATE_ENDPOINT_COMPARTMENT = "CHANGE_PRIVATE_ENDPOINT_COMPARTMENT"
    REINSTATE_PROXY_INSTANCE = "REINSTATE_PROXY_INSTANCE"
    DELETE_DISTRIBUTED_DB_SHARD = "DELETE_DISTRIBUTED_DB_SHARD"
    DELETE_DISTRIBUTED_DB_CATALOG = "DELETE_DISTRIBUTED_DB_CATALOG"
    DELETE_DISTRIBUTED_DB_GSM = "DELETE_DISTRIBUTED_DB_GSM"
    ADD_GDSCONTROL_NODE = "ADD_GDSCONTROL_NODE"
    CHANGE_DISTRIBUTED_DB_BACKUP_CONFIG = "CHANGE_DISTRIBUTED_DB_BACKUP_CONFIG"
    ADD_DISTRIBUTED_DB_DG_EXADB = "ADD_DISTRIBUTED_DB_DG_EXADB"
    ADD_DISTRIBUTED_DB_DG_ADB = "ADD_DISTRIBUTED_DB_DG_ADB"
    REMOVE_DISTRIBUTED_DB_DG_ADB = "REMOVE_DISTRIBUTED_DB_DG_ADB"
    REMOVE_DISTRIBUTED_DB_DG_EXADB = "REMOVE_DISTRIBUTED_DB_DG_EXADB"
    CONFIGURE_DISTRIBUTED_DB_GSMS_WALLET = "CONFIGURE_DISTRIBUTED_DB_GSMS_WALLET"
    VALIDATE_CA_BUNDLE = "VALIDATE_CA_BUNDLE"
    RECREATE_FAILED_RESOURCE = "RECREATE_FAILED_RESOURCE"
    MOVE_REPLICATION_UNITS = "MOVE_REPLICATION_UNITS"
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
    """A resource created or operated on by a work request (``oci.distributed_database.models.WorkRequestResource``)."""

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
    """A description of workrequest status (``oci.distributed_database.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_DISTRIBUTED_DB = OperationType.CREATE_DISTRIBUTED_DB
    OPERATION_TYPE_PATCH_DISTRIBUTED_DB_INSERT_SHARDS = (
        OperationType.PATCH_DISTRIBUTED_DB_INSERT_SHARDS
    )
    OPERATION_TYPE_PATCH_DISTRIBUTED_DB_REMOVE_SHARDS = (
        OperationType.PATCH_DISTRIBUTED_DB_REMOVE_SHARDS
    )
    OPERATION_TYPE_PATCH_DISTRIBUTED_DB_MERGE_CATALOG_SHARDS = (
        OperationType.PATCH_DISTRIBUTED_DB_MERGE_CATALOG_SHARDS
    )
    OPERATION_TYPE_PATCH_DISTRIBUTED_DB_NSGIDS = OperationType.PATCH_DISTRIBUTED_DB_NSGIDS
    OPERATION_TYPE_DELETE_DISTRIBUTED_DB = OperationType.DELETE_DISTRIBUTED_DB
    OPERATION_TYPE_CHANGE_DISTRIBUTED_DB_COMPARTMENT = (
        OperationType.CHANGE_DISTRIBUTED_DB_COMPARTMENT
    )
    OPERATION_TYPE_CONFIGURE_DISTRIBUTED_DB_GSMS = OperationType.CONFIGURE_DISTRIBUTED_DB_GSMS
    OPERATION_TYPE_CONFIGURE_DISTRIBUTED_DB_SHARDING = (
        OperationType.CONFIGURE_DISTRIBUTED_DB_SHARDING
    )
    OPERATION_TYPE_ROTATE_DISTRIBUTED_DB_PASSWORDS = OperationType.ROTATE_DISTRIBUTED_DB_PASSWORDS
    OPERATION_TYPE_START_DISTRIBUTED_DB = OperationType.START_DISTRIBUTED_DB
    OPERATION_TYPE_STOP_DISTRIBUTED_DB = OperationType.STOP_DISTRIBUTED_DB
    OPERATION_TYPE_START_DISTRIBUTED_DB_SHARD = OperationType.START_DISTRIBUTED_DB_SHARD
    OPERATION_TYPE_START_DISTRIBUTED_DB_CATALOG = OperationType.START_DISTRIBUTED_DB_CATALOG
    OPERATION_TYPE_STOP_DISTRIBUTED_DB_SHARD = OperationType.STOP_DISTRIBUTED_DB_SHARD
    OPERATION_TYPE_STOP_DISTRIBUTED_DB_CATALOG = OperationType.STOP_DISTRIBUTED_DB_CATALOG
    OPERATION_TYPE_CREATE_DISTRIBUTED_DB_SHARD = OperationType.CREATE_DISTRIBUTED_DB_SHARD
    OPERATION_TYPE_CREATE_DISTRIBUTED_DB_CATALOG = OperationType.CREATE_DISTRIBUTED_DB_CATALOG
    OPERATION_TYPE_CREATE_DISTRIBUTED_DB_GSM = OperationType.CREATE_DISTRIBUTED_DB_GSM
    OPERATION_TYPE_UPDATE_DISTRIBUTED_DB_CATALOG_SHARDS = (
        OperationType.UPDATE_DISTRIBUTED_DB_CATALOG_SHARDS
    )
    OPERATION_TYPE_VALIDATE_NETWORK = OperationType.VALIDATE_NETWORK
    OPERATION_TYPE_EXECUTE_VALIDATE_NETWORK_TESTS = OperationType.EXECUTE_VALIDATE_NETWORK_TESTS
    OPERATION_TYPE_CREATE_PRIVATE_ENDPOINT = OperationType.CREATE_PRIVATE_ENDPOINT
    OPERATION_TYPE_DELETE_PRIVATE_ENDPOINT = OperationType.DELETE_PRIVATE_ENDPOINT
    OPERATION_TYPE_PATCH_PRIVATE_ENDPOINT = OperationType.PATCH_PRIVATE_ENDPOINT
    OPERATION_TYPE_CHANGE_PRIVATE_ENDPOINT_COMPARTMENT = (
        OperationType.CHANGE_PRIVATE_ENDPOINT_COMPARTMENT
    )
    OPERATION_TYPE_REINSTATE_PROXY_INSTANCE = OperationType.REINSTATE_PROXY_INSTANCE
    OPERATION_TYPE_DELETE_DISTRIBUTED_DB_SHARD = OperationType.DELETE_DISTRIBUTED_DB_SHARD
    OPERATION_TYPE_DELETE_DISTRIBUTED_DB_CATALOG = OperationType.DELETE_DISTRIBUTED_DB_CATALOG
    OPERATION_TYPE_DELETE_DISTRIBUTED_DB_GSM = OperationType.DELETE_DISTRIBUTED_DB_GSM
    OPERATION_TYPE_ADD_GDSCONTROL_NODE = OperationType.ADD_GDSCONTROL_NODE
    OPERATION_TYPE_CHANGE_DISTRIBUTED_DB_BACKUP_CONFIG = (
        OperationType.CHANGE_DISTRIBUTED_DB_BACKUP_CONFIG
    )
    OPERATION_TYPE_ADD_DISTRIBUTED_DB_DG_EXADB = OperationType.ADD_DISTRIBUTED_DB_DG_EXADB
    OPERATION_TYPE_ADD_DISTRIBUTED_DB_DG_ADB = OperationType.ADD_DISTRIBUTED_DB_DG_ADB
    OPERATION_TYPE_REMOVE_DISTRIBUTED_DB_DG_ADB = OperationType.REMOVE_DISTRIBUTED_DB_DG_ADB
    OPERATION_TYPE_REMOVE_DISTRIBUTED_DB_DG_EXADB = OperationType.REMOVE_DISTRIBUTED_DB_DG_EXADB
    OPERATION_TYPE_CONFIGURE_DISTRIBUTED_DB_GSMS_WALLET = (
        OperationType.CONFIGURE_DISTRIBUTED_DB_GSMS_WALLET
    )
    OPERATION_TYPE_VALIDATE_CA_BUNDLE = OperationType.VALIDATE_CA_BUNDLE
    OPERATION_TYPE_RECREATE_FAILED_RESOURCE = OperationType.RECREATE_FAILED_RESOURCE
    OPERATION_TYPE_MOVE_REPLICATION_UNITS = OperationType.MOVE_REPLICATION_UNITS
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
    """An error encountered while executing a work request (``oci.distributed_database.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of a workRequestError search. Contains both WorkRequestError items and other information, such as metadata (``oci.distributed_database.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.distributed_database.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Results of a workRequestLog search. Contains both workRequestLog items and other information, such as metadata (``oci.distributed_database.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A summary of the status of a work request (``oci.distributed_database.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_DISTRIBUTED_DB = OperationType.CREATE_DISTRIBUTED_DB
    OPERATION_TYPE_PATCH_DISTRIBUTED_DB_INSERT_SHARDS = (
        OperationType.PATCH_DISTRIBUTED_DB_INSERT_SHARDS
    )
    OPERATION_TYPE_PATCH_DISTRIBUTED_DB_REMOVE_SHARDS = (
        OperationType.PATCH_DISTRIBUTED_DB_REMOVE_SHARDS
    )
    OPERATION_TYPE_PATCH_DISTRIBUTED_DB_MERGE_CATALOG_SHARDS = (
        OperationType.PATCH_DISTRIBUTED_DB_MERGE_CATALOG_SHARDS
    )
    OPERATION_TYPE_PATCH_DISTRIBUTED_DB_NSGIDS = OperationType.PATCH_DISTRIBUTED_DB_NSGIDS
    OPERATION_TYPE_DELETE_DISTRIBUTED_DB = OperationType.DELETE_DISTRIBUTED_DB
    OPERATION_TYPE_CHANGE_DISTRIBUTED_DB_COMPARTMENT = (
        OperationType.CHANGE_DISTRIBUTED_DB_COMPARTMENT
    )
    OPERATION_TYPE_CONFIGURE_DISTRIBUTED_DB_GSMS = OperationType.CONFIGURE_DISTRIBUTED_DB_GSMS
    OPERATION_TYPE_CONFIGURE_DISTRIBUTED_DB_SHARDING = (
        OperationType.CONFIGURE_DISTRIBUTED_DB_SHARDING
    )
    OPERATION_TYPE_ROTATE_DISTRIBUTED_DB_PASSWORDS = OperationType.ROTATE_DISTRIBUTED_DB_PASSWORDS
    OPERATION_TYPE_START_DISTRIBUTED_DB = OperationType.START_DISTRIBUTED_DB
    OPERATION_TYPE_STOP_DISTRIBUTED_DB = OperationType.STOP_DISTRIBUTED_DB
    OPERATION_TYPE_START_DISTRIBUTED_DB_SHARD = OperationType.START_DISTRIBUTED_DB_SHARD
    OPERATION_TYPE_START_DISTRIBUTED_DB_CATALOG = OperationType.START_DISTRIBUTED_DB_CATALOG
    OPERATION_TYPE_STOP_DISTRIBUTED_DB_SHARD = OperationType.STOP_DISTRIBUTED_DB_SHARD
    OPERATION_TYPE_STOP_DISTRIBUTED_DB_CATALOG = OperationType.STOP_DISTRIBUTED_DB_CATALOG
    OPERATION_TYPE_CREATE_DISTRIBUTED_DB_SHARD = OperationType.CREATE_DISTRIBUTED_DB_SHARD
    OPERATION_TYPE_CREATE_DISTRIBUTED_DB_CATALOG = OperationType.CREATE_DISTRIBUTED_DB_CATALOG
    OPERATION_TYPE_CREATE_DISTRIBUTED_DB_GSM = OperationType.CREATE_DISTRIBUTED_DB_GSM
    OPERATION_TYPE_UPDATE_DISTRIBUTED_DB_CATALOG_SHARDS = (
        OperationType.UPDATE_DISTRIBUTED_DB_CATALOG_SHARDS
    )
    OPERATION_TYPE_VALIDATE_NETWORK = OperationType.VALIDATE_NETWORK
    OPERATION_TYPE_EXECUTE_VALIDATE_NETWORK_TESTS = OperationType.EXECUTE_VALIDATE_NETWORK_TESTS
    OPERATION_TYPE_CREATE_PRIVATE_ENDPOINT = OperationType.CREATE_PRIVATE_ENDPOINT
    OPERATION_TYPE_DELETE_PRIVATE_ENDPOINT = OperationType.DELETE_PRIVATE_ENDPOINT
    OPERATION_TYPE_PATCH_PRIVATE_ENDPOINT = OperationType.PATCH_PRIVATE_ENDPOINT
    OPERATION_TYPE_CHANGE_PRIVATE_ENDPOINT_COMPARTMENT = (
        OperationType.CHANGE_PRIVATE_ENDPOINT_COMPARTMENT
    )
    OPERATION_TYPE_REINSTATE_PROXY_INSTANCE = OperationType.REINSTATE_PROXY_INSTANCE
    OPERATION_TYPE_DELETE_DISTRIBUTED_DB_SHARD = OperationType.DELETE_DISTRIBUTED_DB_SHARD
    OPERATION_TYPE_DELETE_DISTRIBUTED_DB_CATALOG = OperationType.DELETE_DISTRIBUTED_DB_CATALOG
    OPERATION_TYPE_DELETE_DISTRIBUTED_DB_GSM = OperationType.DELETE_DISTRIBUTED_DB_GSM
    OPERATION_TYPE_ADD_GDSCONTROL_NODE = OperationType.ADD_GDSCONTROL_NODE
    OPERATION_TYPE_CHANGE_DISTRIBUTED_DB_BACKUP_CONFIG = (
        OperationType.CHANGE_DISTRIBUTED_DB_BACKUP_CONFIG
    )
    OPERATION_TYPE_ADD_DISTRIBUTED_DB_DG_EXADB = OperationType.ADD_DISTRIBUTED_DB_DG_EXADB
    OPERATION_TYPE_ADD_DISTRIBUTED_DB_DG_ADB = OperationType.ADD_DISTRIBUTED_DB_DG_ADB
    OPERATION_TYPE_REMOVE_DISTRIBUTED_DB_DG_ADB = OperationType.REMOVE_DISTRIBUTED_DB_DG_ADB
    OPERATION_TYPE_REMOVE_DISTRIBUTED_DB_DG_EXADB = OperationType.REMOVE_DISTRIBUTED_DB_DG_EXADB
    OPERATION_TYPE_CONFIGURE_DISTRIBUTED_DB_GSMS_WALLET = (
        OperationType.CONFIGURE_DISTRIBUTED_DB_GSMS_WALLET
    )
    OPERATION_TYPE_VALIDATE_CA_BUNDLE = OperationType.VALIDATE_CA_BUNDLE
    OPERATION_TYPE_RECREATE_FAILED_RESOURCE = OperationType.RECREATE_FAILED_RESOURCE
    OPERATION_TYPE_MOVE_REPLICATION_UNITS = OperationType.MOVE_REPLICATION_UNITS
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
class WorkRequestSummaryCollection(Model):
    """Results of a workRequest search. Contains both WorkRequest items and other information, such as metadata (``oci.distributed_database.models.WorkRequestSummaryCollection``)."""

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
    service_family("distributed_database", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.distributed_database", "oci.distributed_database.models", CLASSES)
