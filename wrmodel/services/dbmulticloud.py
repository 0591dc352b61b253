"""``oci.dbmulticloud``'s work requests, as classes: generated from the OCI SDK's metadata.

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

    CREATING = "CREATING"
    CREATED = "CREATED"
    UPDATED = "UPDATED"
    DELETED = "DELETED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_AZURE_CONNECTOR = "CREATE_AZURE_CONNECTOR"
    DELETE_AZURE_CONNECTOR = "DELETE_AZURE_CONNECTOR"
    UPDATE_AZURE_CONNECTOR = "UPDATE_AZURE_CONNECTOR"
    MOVE_AZURE_CONNECTOR = "MOVE_AZURE_CONNECTOR"
    REFRESH_AZURE_CONNECTOR = "REFRESH_AZURE_CONNECTOR"
    CREATE_AZURE_BLOB_CONTAINER = "CREATE_AZURE_BLOB_CONTAINER"
    DELETE_AZURE_BLOB_CONTAINER = "DELETE_AZURE_BLOB_CONTAINER"
    UPDATE_AZURE_BLOB_CONTAINER = "UPDATE_AZURE_BLOB_CONTAINER"
    MOVE_AZURE_BLOB_CONTAINER = "MOVE_AZURE_BLOB_CONTAINER"
    CREATE_AZURE_BLOB_MOUNT = "CREATE_AZURE_BLOB_MOUNT"
    MOVE_AZURE_BLOB_MOUNT = "MOVE_AZURE_BLOB_MOUNT"
    UPDATE_AZURE_BLOB_MOUNT = "UPDATE_AZURE_BLOB_MOUNT"
    DELETE_AZURE_BLOB_MOUNT = "DELETE_AZURE_BLOB_MOUNT"
    CREATE_MULTICLOUD_DISCOVERY = "CREATE_MULTICLOUD_DISCOVERY"
    DELETE_MULTICLOUD_DISCOVERY = "DELETE_MULTICLOUD_DISCOVERY"
    UPDATE_MULTICLOUD_DISCOVERY = "UPDATE_MULTICLOUD_DISCOVERY"
    MOVE_MULTICLOUD_DISCOVERY = "MOVE_MULTICLOUD_DISCOVERY"
    CREATE_AZURE_VAULT = "CREATE_AZURE_VAULT"
    DELETE_AZURE_VAULT = "DELETE_AZURE_VAULT"
    UPDATE_AZURE_VAULT = "UPDATE_AZURE_VAULT"
    MOVE_AZURE_VAULT = "MOVE_AZURE_VAULT"
    REFRESH_AZURE_VAULT = "REFRESH_AZURE_VAULT"
    CREATE_AZURE_VAULT_ASSOCIATION = "CREATE_AZURE_VAULT_ASSOCIATION"
    DELETE_AZURE_VAULT_ASSOCIATION = "DELETE_AZURE_VAULT_ASSOCIATION"
    UPDATE_AZURE_VAULT_ASSOCIATION = "UPDATE_AZURE_VAULT_ASSOCIATION"
    MOVE_AZURE_VAULT_ASSOCIATION = "MOVE_AZURE_VAULT_ASSOCIATION"
    PATCH_DB_RESOURCE = "PATCH_DB_RESOURCE"
    CREATE_GCP_IDENTITY_CONFIGURATION = "CREATE_GCP_IDENTITY_CONFIGURATION"
    DELETE_GCP_IDENTITY_CONFIGURATION = "DELETE_GCP_IDENTITY_CONFIGURATION"
    CREATE_GCP_CONNECTOR = "CREATE_GCP_CONNECTOR"
    DELETE_GCP_CONNECTOR = "DELETE_GCP_CONNECTOR"
    UPDATE_GCP_CONNECTOR = "UPDATE_GCP_CONNECTOR"
    MOVE_GCP_CONNECTOR = "MOVE_GCP_CONNECTOR"
    REFRESH_GCP_CONNECTOR = "REFRESH_GCP_CONNECTOR"
    GCP_DISCOVERY = "GCP_DISCOVERY"
    CREATE_GCP_KEY_RING = "CREATE_GCP_KEY_RING"
    DELETE_GCP_KEY_RING = "DELETE_GCP_KEY_RING"
    UPDATE_GCP_KEY_RING = "UPDATE_GCP_KEY_RING"
    MOVE_GCP_KEY_RING = "MOVE_GCP_KEY_RING"
    REFRESH_GCP_KEY_RING = "REFRESH_GCP_KEY_RING"
    CREATE_AWS_CONNECTOR = "CREATE_AWS_CONNECTOR"
    DELETE_AWS_CONNECTOR = "DELETE_AWS_CONNECTOR"
    UPDATE_AWS_CONNECTOR = "UPDATE_AWS_CONNECTOR"
    MOVE_AWS_CONNECTOR = "MOVE_AWS_CONNECTOR"
    REFRESH_AWS_CONNECTOR = "REFRESH_AWS_CONNECTOR"
    CREATE_AWS_KEY = "CREATE_AWS_KEY"
    DELETE_AWS_KEY = "DELETE_AWS_KEY"
    UPDATE_AWS_KEY = "UPDATE_AWS_KEY"
    MOVE_AWS_KEY = "MOVE_AWS_KEY"
    REFRESH_AWS_KEY = "REFRESH_AWS_KEY"
    CREATE_REPLICATE_RESOURCE = "CREATE_REPLICATE_RESOURCE"
    UPDATE_REPLICATE_RESOURCE = "UPDATE_REPLICATE_RESOURCE"
    DELETE_REPLICATE_RESOURCE = "DELETE_REPLICATE_RESOURCE"
    MOVE_REPLICATE_RESOURCE = "MOVE_REPLICATE_RESOURCE"
    REFRESH_REPLICATE_RESOURCE = "REFRESH_REPLICATE_RESOURCE"
    REPLICATE = "REPLICATE"
    CREATE_AWS_KEY_POOL = "CREATE_AWS_KEY_POOL"
    DELETE_AWS_KEY_POOL = "DELETE_AWS_KEY_POOL"
    UPDATE_AWS_KEY_POOL = "UPDATE_AWS_KEY_POOL"
    MOVE_AWS_KEY_POOL = "MOVE_AWS_KEY_POOL"
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
    """A resource created or operated on by a work request (``oci.dbmulticloud.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATING = ActionType.CREATING
    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_FAILED = ActionType.FAILED

    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    metadata: Mapping[str, str] | None = attrs.field(default=None, converter=string_map_of)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """A description of work request status (``oci.dbmulticloud.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_AZURE_CONNECTOR = OperationType.CREATE_AZURE_CONNECTOR
    OPERATION_TYPE_DELETE_AZURE_CONNECTOR = OperationType.DELETE_AZURE_CONNECTOR
    OPERATION_TYPE_UPDATE_AZURE_CONNECTOR = OperationType.UPDATE_AZURE_CONNECTOR
    OPERATION_TYPE_MOVE_AZURE_CONNECTOR = OperationType.MOVE_AZURE_CONNECTOR
    OPERATION_TYPE_REFRESH_AZURE_CONNECTOR = OperationType.REFRESH_AZURE_CONNECTOR
    OPERATION_TYPE_CREATE_AZURE_BLOB_CONTAINER = OperationType.CREATE_AZURE_BLOB_CONTAINER
    OPERATION_TYPE_DELETE_AZURE_BLOB_CONTAINER = OperationType.DELETE_AZURE_BLOB_CONTAINER
    OPERATION_TYPE_UPDATE_AZURE_BLOB_CONTAINER = OperationType.UPDATE_AZURE_BLOB_CONTAINER
    OPERATION_TYPE_MOVE_AZURE_BLOB_CONTAINER = OperationType.MOVE_AZURE_BLOB_CONTAINER
    OPERATION_TYPE_CREATE_AZURE_BLOB_MOUNT = OperationType.CREATE_AZURE_BLOB_MOUNT
    OPERATION_TYPE_MOVE_AZURE_BLOB_MOUNT = OperationType.MOVE_AZURE_BLOB_MOUNT
    OPERATION_TYPE_UPDATE_AZURE_BLOB_MOUNT = OperationType.UPDATE_AZURE_BLOB_MOUNT
    OPERATION_TYPE_DELETE_AZURE_BLOB_MOUNT = OperationType.DELETE_AZURE_BLOB_MOUNT
    OPERATION_TYPE_CREATE_MULTICLOUD_DISCOVERY = OperationType.CREATE_MULTICLOUD_DISCOVERY
    OPERATION_TYPE_DELETE_MULTICLOUD_DISCOVERY = OperationType.DELETE_MULTICLOUD_DISCOVERY
    OPERATION_TYPE_UPDATE_MULTICLOUD_DISCOVERY = OperationType.UPDATE_MULTICLOUD_DISCOVERY
    OPERATION_TYPE_MOVE_MULTICLOUD_DISCOVERY = OperationType.MOVE_MULTICLOUD_DISCOVERY
    OPERATION_TYPE_CREATE_AZURE_VAULT = OperationType.CREATE_AZURE_VAULT
    OPERATION_TYPE_DELETE_AZURE_VAULT = OperationType.DELETE_AZURE_VAULT
    OPERATION_TYPE_UPDATE_AZURE_VAULT = OperationType.UPDATE_AZURE_VAULT
    OPERATION_TYPE_MOVE_AZURE_VAULT = OperationType.MOVE_AZURE_VAULT
    OPERATION_TYPE_REFRESH_AZURE_VAULT = OperationType.REFRESH_AZURE_VAULT
    OPERATION_TYPE_CREATE_AZURE_VAULT_ASSOCIATION = OperationType.CREATE_AZURE_VAULT_ASSOCIATION
    OPERATION_TYPE_DELETE_AZURE_VAULT_ASSOCIATION = OperationType.DELETE_AZURE_VAULT_ASSOCIATION
    OPERATION_TYPE_UPDATE_AZURE_VAULT_ASSOCIATION = OperationType.UPDATE_AZURE_VAULT_ASSOCIATION
    OPERATION_TYPE_MOVE_AZURE_VAULT_ASSOCIATION = OperationType.MOVE_AZURE_VAULT_ASSOCIATION
    OPERATION_TYPE_PATCH_DB_RESOURCE = OperationType.PATCH_DB_RESOURCE
    OPERATION_TYPE_CREATE_GCP_IDENTITY_CONFIGURATION = (
        OperationType.CREATE_GCP_IDENTITY_CONFIGURATION
    )
    OPERATION_TYPE_DELETE_GCP_IDENTITY_CONFIGURATION = (
        OperationType.DELETE_GCP_IDENTITY_CONFIGURATION
    )
    OPERATION_TYPE_CREATE_GCP_CONNECTOR = OperationType.CREATE_GCP_CONNECTOR
    OPERATION_TYPE_DELETE_GCP_CONNECTOR = OperationType.DELETE_GCP_CONNECTOR
    OPERATION_TYPE_UPDATE_GCP_CONNECTOR = OperationType.UPDATE_GCP_CONNECTOR
    OPERATION_TYPE_MOVE_GCP_CONNECTOR = OperationType.MOVE_GCP_CONNECTOR
    OPERATION_TYPE_REFRESH_GCP_CONNECTOR = OperationType.REFRESH_GCP_CONNECTOR
    OPERATION_TYPE_GCP_DISCOVERY = OperationType.GCP_DISCOVERY
    OPERATION_TYPE_CREATE_GCP_KEY_RING = OperationType.CREATE_GCP_KEY_RING
    OPERATION_TYPE_DELETE_GCP_KEY_RING = OperationType.DELETE_GCP_KEY_RING
    OPERATION_TYPE_UPDATE_GCP_KEY_RING = OperationType.UPDATE_GCP_KEY_RING
    OPERATION_TYPE_MOVE_GCP_KEY_RING = OperationType.MOVE_GCP_KEY_RING
    OPERATION_TYPE_REFRESH_GCP_KEY_RING = OperationType.REFRESH_GCP_KEY_RING
    OPERATION_TYPE_CREATE_AWS_CONNECTOR = OperationType.CREATE_AWS_CONNECTOR
    OPERATION_TYPE_DELETE_AWS_CONNECTOR = OperationType.DELETE_AWS_CONNECTOR
    OPERATION_TYPE_UPDATE_AWS_CONNECTOR = OperationType.UPDATE_AWS_CONNECTOR
    OPERATION_TYPE_MOVE_AWS_CONNECTOR = OperationType.MOVE_AWS_CONNECTOR
    OPERATION_TYPE_REFRESH_AWS_CONNECTOR = OperationType.REFRESH_AWS_CONNECTOR
    OPERATION_TYPE_CREATE_AWS_KEY = OperationType.CREATE_AWS_KEY
    OPERATION_TYPE_DELETE_AWS_KEY = OperationType.DELETE_AWS_KEY
    OPERATION_TYPE_UPDATE_AWS_KEY = OperationType.UPDATE_AWS_KEY
    OPERATION_TYPE_MOVE_AWS_KEY = OperationType.MOVE_AWS_KEY
    OPERATION_TYPE_REFRESH_AWS_KEY = OperationType.REFRESH_AWS_KEY
    OPERATION_TYPE_CREATE_REPLICATE_RESOURCE = OperationType.CREATE_REPLICATE_RESOURCE
    OPERATION_TYPE_UPDATE_REPLICATE_RESOURCE = OperationType.UPDATE_REPLICATE_RESOURCE
    OPERATION_TYPE_DELETE_REPLICATE_RESOURCE = OperationType.DELETE_REPLICATE_RESOURCE
    OPERATION_TYPE_MOVE_REPLICATE_RESOURCE = OperationType.MOVE_REPLICATE_RESOURCE
    OPERATION_TYPE_REFRESH_REPLICATE_RESOURCE = OperationType.REFRESH_REPLICATE_RESOURCE
    OPERATION_TYPE_REPLICATE = OperationType.REPLICATE
    OPERATION_TYPE_CREATE_AWS_KEY_POOL = OperationType.CREATE_AWS_KEY_POOL
    OPERATION_TYPE_DELETE_AWS_KEY_POOL = OperationType.DELETE_AWS_KEY_POOL
    OPERATION_TYPE_UPDATE_AWS_KEY_POOL = OperationType.UPDATE_AWS_KEY_POOL
    OPERATION_TYPE_MOVE_AWS_KEY_POOL = OperationType.MOVE_AWS_KEY_POOL
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
    """An error encountered while executing a work request (``oci.dbmulticloud.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of a workRequestError search. Contains both WorkRequestError items and other information, such as metadata (``oci.dbmulticloud.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.dbmulticloud.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Results of a workRequestLog search. Contains both workRequestLog items and other information, such as metadata (``oci.dbmulticloud.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A summary of the status of a work request (``oci.dbmulticloud.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_AZURE_CONNECTOR = OperationType.CREATE_AZURE_CONNECTOR
    OPERATION_TYPE_DELETE_AZURE_CONNECTOR = OperationType.DELETE_AZURE_CONNECTOR
    OPERATION_TYPE_UPDATE_AZURE_CONNECTOR = OperationType.UPDATE_AZURE_CONNECTOR
    OPERATION_TYPE_MOVE_AZURE_CONNECTOR = OperationType.MOVE_AZURE_CONNECTOR
    OPERATION_TYPE_REFRESH_AZURE_CONNECTOR = OperationType.REFRESH_AZURE_CONNECTOR
    OPERATION_TYPE_CREATE_AZURE_BLOB_CONTAINER = OperationType.CREATE_AZURE_BLOB_CONTAINER
    OPERATION_TYPE_DELETE_AZURE_BLOB_CONTAINER = OperationType.DELETE_AZURE_BLOB_CONTAINER
    OPERATION_TYPE_UPDATE_AZURE_BLOB_CONTAINER = OperationType.UPDATE_AZURE_BLOB_CONTAINER
    OPERATION_TYPE_MOVE_AZURE_BLOB_CONTAINER = OperationType.MOVE_AZURE_BLOB_CONTAINER
    OPERATION_TYPE_CREATE_AZURE_BLOB_MOUNT = OperationType.CREATE_AZURE_BLOB_MOUNT
    OPERATION_TYPE_MOVE_AZURE_BLOB_MOUNT = OperationType.MOVE_AZURE_BLOB_MOUNT
    OPERATION_TYPE_UPDATE_AZURE_BLOB_MOUNT = OperationType.UPDATE_AZURE_BLOB_MOUNT
    OPERATION_TYPE_DELETE_AZURE_BLOB_MOUNT = OperationType.DELETE_AZURE_BLOB_MOUNT
    OPERATION_TYPE_CREATE_MULTICLOUD_DISCOVERY = OperationType.CREATE_MULTICLOUD_DISCOVERY
    OPERATION_TYPE_DELETE_MULTICLOUD_DISCOVERY = OperationType.DELETE_MULTICLOUD_DISCOVERY
    OPERATION_TYPE_UPDATE_MULTICLOUD_DISCOVERY = OperationType.UPDATE_MULTICLOUD_DISCOVERY
    OPERATION_TYPE_MOVE_MULTICLOUD_DISCOVERY = OperationType.MOVE_MULTICLOUD_DISCOVERY
    OPERATION_TYPE_CREATE_AZURE_VAULT = OperationType.CREATE_AZURE_VAULT
    OPERATION_TYPE_DELETE_AZURE_VAULT = OperationType.DELETE_AZURE_VAULT
    OPERATION_TYPE_UPDATE_AZURE_VAULT = OperationType.UPDATE_AZURE_VAULT
    OPERATION_TYPE_MOVE_AZURE_VAULT = OperationType.MOVE_AZURE_VAULT
    OPERATION_TYPE_REFRESH_AZURE_VAULT = OperationType.REFRESH_AZURE_VAULT
    OPERATION_TYPE_CREATE_AZURE_VAULT_ASSOCIATION = OperationType.CREATE_AZURE_VAULT_ASSOCIATION
    OPERATION_TYPE_DELETE_AZURE_VAULT_ASSOCIATION = OperationType.DELETE_AZURE_VAULT_ASSOCIATION
    OPERATION_TYPE_UPDATE_AZURE_VAULT_ASSOCIATION = OperationType.UPDATE_AZURE_VAULT_ASSOCIATION
    OPERATION_TYPE_MOVE_AZURE_VAULT_ASSOCIATION = OperationType.MOVE_AZURE_VAULT_ASSOCIATION
    OPERATION_TYPE_PATCH_DB_RESOURCE = OperationType.PATCH_DB_RESOURCE
    OPERATION_TYPE_CREATE_GCP_IDENTITY_CONFIGURATION = (
        OperationType.CREATE_GCP_IDENTITY_CONFIGURATION
    )
    OPERATION_TYPE_DELETE_GCP_IDENTITY_CONFIGURATION = (
        OperationType.DELETE_GCP_IDENTITY_CONFIGURATION
    )
    OPERATION_TYPE_CREATE_GCP_CONNECTOR = OperationType.CREATE_GCP_CONNECTOR
    OPERATION_TYPE_DELETE_GCP_CONNECTOR = OperationType.DELETE_GCP_CONNECTOR
    OPERATION_TYPE_UPDATE_GCP_CONNECTOR = OperationType.UPDATE_GCP_CONNECTOR
    OPERATION_TYPE_MOVE_GCP_CONNECTOR = OperationType.MOVE_GCP_CONNECTOR
    OPERATION_TYPE_REFRESH_GCP_CONNECTOR = OperationType.REFRESH_GCP_CONNECTOR
    OPERATION_TYPE_GCP_DISCOVERY = OperationType.GCP_DISCOVERY
    OPERATION_TYPE_CREATE_GCP_KEY_RING = OperationType.CREATE_GCP_KEY_RING
    OPERATION_TYPE_DELETE_GCP_KEY_RING = OperationType.DELETE_GCP_KEY_RING
    OPERATION_TYPE_UPDATE_GCP_KEY_RING = OperationType.UPDATE_GCP_KEY_RING
    OPERATION_TYPE_MOVE_GCP_KEY_RING = OperationType.MOVE_GCP_KEY_RING
    OPERATION_TYPE_REFRESH_GCP_KEY_RING = OperationType.REFRESH_GCP_KEY_RING
    OPERATION_TYPE_CREATE_AWS_CONNECTOR = OperationType.CREATE_AWS_CONNECTOR
    OPERATION_TYPE_DELETE_AWS_CONNECTOR = OperationType.DELETE_AWS_CONNECTOR
    OPERATION_TYPE_UPDATE_AWS_CONNECTOR = OperationType.UPDATE_AWS_CONNECTOR
    OPERATION_TYPE_MOVE_AWS_CONNECTOR = OperationType.MOVE_AWS_CONNECTOR
    OPERATION_TYPE_REFRESH_AWS_CONNECTOR = OperationType.REFRESH_AWS_CONNECTOR
    OPERATION_TYPE_CREATE_AWS_KEY = OperationType.CREATE_AWS_KEY
    OPERATION_TYPE_DELETE_AWS_KEY = OperationType.DELETE_AWS_KEY
    OPERATION_TYPE_UPDATE_AWS_KEY = OperationType.UPDATE_AWS_KEY
    OPERATION_TYPE_MOVE_AWS_KEY = OperationType.MOVE_AWS_KEY
    OPERATION_TYPE_REFRESH_AWS_KEY = OperationType.REFRESH_AWS_KEY
    OPERATION_TYPE_CREATE_REPLICATE_RESOURCE = OperationType.CREATE_REPLICATE_RESOURCE
    OPERATION_TYPE_UPDATE_REPLICATE_RESOURCE = OperationType.UPDATE_REPLICATE_RESOURCE
    OPERATION_TYPE_DELETE_REPLICATE_RESOURCE = OperationType.DELETE_REPLICATE_RESOURCE
    OPERATION_TYPE_MOVE_REPLICATE_RESOURCE = OperationType.MOVE_REPLICATE_RESOURCE
    OPERATION_TYPE_REFRESH_REPLICATE_RESOURCE = OperationType.REFRESH_REPLICATE_RESOURCE
    OPERATION_TYPE_REPLICATE = OperationType.REPLICATE
    OPERATION_TYPE_CREATE_AWS_KEY_POOL = OperationType.CREATE_AWS_KEY_POOL
    OPERATION_TYPE_DELETE_AWS_KEY_POOL = OperationType.DELETE_AWS_KEY_POOL
    OPERATION_TYPE_UPDATE_AWS_KEY_POOL = OperationType.UPDATE_AWS_KEY_POOL
    OPERATION_TYPE_MOVE_AWS_KEY_POOL = OperationType.MOVE_AWS_KEY_POOL
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
class WorkRequestSummaryCollection(Model):
    """Results of a workRequest search. Contains both WorkRequest items and other information, such as metadata (``oci.dbmulticloud.models.WorkRequestSummaryCollection``)."""

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
    service_family("dbmulticloud", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.dbmulticloud", "oci.dbmulticloud.models", CLASSES)
