"""``oci.generative_ai``'s work requests, as classes: generated from the OCI SDK's metadata.

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

    CREATE_MODEL = "CREATE_MODEL"
    DELETE_MODEL = "DELETE_MODEL"
    MOVE_MODEL = "MOVE_MODEL"
    CREATE_DEDICATED_AI_CLUSTER = "CREATE_DEDICATED_AI_CLUSTER"
    DELETE_DEDICATED_AI_CLUSTER = "DELETE_DEDICATED_AI_CLUSTER"
    UPDATE_DEDICATED_AI_CLUSTER = "UPDATE_DEDICATED_AI_CLUSTER"
    MOVE_DEDICATED_AI_CLUSTER = "MOVE_DEDICATED_AI_CLUSTER"
    CREATE_ENDPOINT = "CREATE_ENDPOINT"
    DELETE_ENDPOINT = "DELETE_ENDPOINT"
    UPDATE_ENDPOINT = "UPDATE_ENDPOINT"
    MOVE_ENDPOINT = "MOVE_ENDPOINT"
    CREATE_IMPORTED_MODEL = "CREATE_IMPORTED_MODEL"
    UPDATE_IMPORTED_MODEL = "UPDATE_IMPORTED_MODEL"
    DELETE_IMPORTED_MODEL = "DELETE_IMPORTED_MODEL"
    CREATE_PRIVATE_ENDPOINT = "CREATE_PRIVATE_ENDPOINT"
    DELETE_PRIVATE_ENDPOINT = "DELETE_PRIVATE_ENDPOINT"
    UPDATE_PRIVATE_ENDPOINT = "UPDATE_PRIVATE_ENDPOINT"
    MOVE_PRIVATE_ENDPOINT = "MOVE_PRIVATE_ENDPOINT"
    CREATE_SANDBOX_WARM_POOL = "CREATE_SANDBOX_WARM_POOL"
    UPDATE_SANDBOX_WARM_POOL = "UPDATE_SANDBOX_WARM_POOL"
    DELETE_SANDBOX_WARM_POOL = "DELETE_SANDBOX_WARM_POOL"
    CREATE_VECTOR_STORE_CONNECTOR = "CREATE_VECTOR_STORE_CONNECTOR"
    UPDATE_VECTOR_STORE_CONNECTOR = "UPDATE_VECTOR_STORE_CONNECTOR"
    DELETE_VECTOR_STORE_CONNECTOR = "DELETE_VECTOR_STORE_CONNECTOR"
    SCHEDULE_FILE_SYNC = "SCHEDULE_FILE_SYNC"
    TRIGGER_FILE_SYNC = "TRIGGER_FILE_SYNC"
    CREATE_SEMANTIC_STORE = "CREATE_SEMANTIC_STORE"
    DELETE_SEMANTIC_STORE = "DELETE_SEMANTIC_STORE"
    MOVE_SEMANTIC_STORE = "MOVE_SEMANTIC_STORE"
    CREATE_APPLICATION_DEPLOYMENT = "CREATE_APPLICATION_DEPLOYMENT"
    UPDATE_APPLICATION_DEPLOYMENT = "UPDATE_APPLICATION_DEPLOYMENT"
    DELETE_APPLICATION_DEPLOYMENT = "DELETE_APPLICATION_DEPLOYMENT"
    MOVE_APPLICATION_DEPLOYMENT = "MOVE_APPLICATION_DEPLOYMENT"
    CREATE_HOSTED_DEPLOYMENT = "CREATE_HOSTED_DEPLOYMENT"
    UPDATE_HOSTED_DEPLOYMENT = "UPDATE_HOSTED_DEPLOYMENT"
    MOVE_HOSTED_DEPLOYMENT = "MOVE_HOSTED_DEPLOYMENT"
    DELETE_HOSTED_DEPLOYMENT = "DELETE_HOSTED_DEPLOYMENT"
    START_LOGGING = "START_LOGGING"
    STOP_LOGGING = "STOP_LOGGING"
    CREATE_APPLICATION_STORAGE = "CREATE_APPLICATION_STORAGE"
    UPDATE_APPLICATION_STORAGE = "UPDATE_APPLICATION_STORAGE"
    MOVE_APPLICATION_STORAGE = "MOVE_APPLICATION_STORAGE"
    DELETE_APPLICATION_STORAGE = "DELETE_APPLICATION_STORAGE"
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
    """The resource created or operated on by a work request (``oci.generative_ai.models.WorkRequestResource``)."""

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
    """An asynchronous work request. When you start a long-running operation, the service creates a work request. Work requests help you monitor long-running operations (``oci.generative_ai.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_MODEL = OperationType.CREATE_MODEL
    OPERATION_TYPE_DELETE_MODEL = OperationType.DELETE_MODEL
    OPERATION_TYPE_MOVE_MODEL = OperationType.MOVE_MODEL
    OPERATION_TYPE_CREATE_DEDICATED_AI_CLUSTER = OperationType.CREATE_DEDICATED_AI_CLUSTER
    OPERATION_TYPE_DELETE_DEDICATED_AI_CLUSTER = OperationType.DELETE_DEDICATED_AI_CLUSTER
    OPERATION_TYPE_UPDATE_DEDICATED_AI_CLUSTER = OperationType.UPDATE_DEDICATED_AI_CLUSTER
    OPERATION_TYPE_MOVE_DEDICATED_AI_CLUSTER = OperationType.MOVE_DEDICATED_AI_CLUSTER
    OPERATION_TYPE_CREATE_ENDPOINT = OperationType.CREATE_ENDPOINT
    OPERATION_TYPE_DELETE_ENDPOINT = OperationType.DELETE_ENDPOINT
    OPERATION_TYPE_UPDATE_ENDPOINT = OperationType.UPDATE_ENDPOINT
    OPERATION_TYPE_MOVE_ENDPOINT = OperationType.MOVE_ENDPOINT
    OPERATION_TYPE_CREATE_IMPORTED_MODEL = OperationType.CREATE_IMPORTED_MODEL
    OPERATION_TYPE_UPDATE_IMPORTED_MODEL = OperationType.UPDATE_IMPORTED_MODEL
    OPERATION_TYPE_DELETE_IMPORTED_MODEL = OperationType.DELETE_IMPORTED_MODEL
    OPERATION_TYPE_CREATE_PRIVATE_ENDPOINT = OperationType.CREATE_PRIVATE_ENDPOINT
    OPERATION_TYPE_DELETE_PRIVATE_ENDPOINT = OperationType.DELETE_PRIVATE_ENDPOINT
    OPERATION_TYPE_UPDATE_PRIVATE_ENDPOINT = OperationType.UPDATE_PRIVATE_ENDPOINT
    OPERATION_TYPE_MOVE_PRIVATE_ENDPOINT = OperationType.MOVE_PRIVATE_ENDPOINT
    OPERATION_TYPE_CREATE_SANDBOX_WARM_POOL = OperationType.CREATE_SANDBOX_WARM_POOL
    OPERATION_TYPE_UPDATE_SANDBOX_WARM_POOL = OperationType.UPDATE_SANDBOX_WARM_POOL
    OPERATION_TYPE_DELETE_SANDBOX_WARM_POOL = OperationType.DELETE_SANDBOX_WARM_POOL
    OPERATION_TYPE_CREATE_VECTOR_STORE_CONNECTOR = OperationType.CREATE_VECTOR_STORE_CONNECTOR
    OPERATION_TYPE_UPDATE_VECTOR_STORE_CONNECTOR = OperationType.UPDATE_VECTOR_STORE_CONNECTOR
    OPERATION_TYPE_DELETE_VECTOR_STORE_CONNECTOR = OperationType.DELETE_VECTOR_STORE_CONNECTOR
    OPERATION_TYPE_SCHEDULE_FILE_SYNC = OperationType.SCHEDULE_FILE_SYNC
    OPERATION_TYPE_TRIGGER_FILE_SYNC = OperationType.TRIGGER_FILE_SYNC
    OPERATION_TYPE_CREATE_SEMANTIC_STORE = OperationType.CREATE_SEMANTIC_STORE
    OPERATION_TYPE_DELETE_SEMANTIC_STORE = OperationType.DELETE_SEMANTIC_STORE
    OPERATION_TYPE_MOVE_SEMANTIC_STORE = OperationType.MOVE_SEMANTIC_STORE
    OPERATION_TYPE_CREATE_APPLICATION_DEPLOYMENT = OperationType.CREATE_APPLICATION_DEPLOYMENT
    OPERATION_TYPE_UPDATE_APPLICATION_DEPLOYMENT = OperationType.UPDATE_APPLICATION_DEPLOYMENT
    OPERATION_TYPE_DELETE_APPLICATION_DEPLOYMENT = OperationType.DELETE_APPLICATION_DEPLOYMENT
    OPERATION_TYPE_MOVE_APPLICATION_DEPLOYMENT = OperationType.MOVE_APPLICATION_DEPLOYMENT
    OPERATION_TYPE_CREATE_HOSTED_DEPLOYMENT = OperationType.CREATE_HOSTED_DEPLOYMENT
    OPERATION_TYPE_UPDATE_HOSTED_DEPLOYMENT = OperationType.UPDATE_HOSTED_DEPLOYMENT
    OPERATION_TYPE_MOVE_HOSTED_DEPLOYMENT = OperationType.MOVE_HOSTED_DEPLOYMENT
    OPERATION_TYPE_DELETE_HOSTED_DEPLOYMENT = OperationType.DELETE_HOSTED_DEPLOYMENT
    OPERATION_TYPE_START_LOGGING = OperationType.START_LOGGING
    OPERATION_TYPE_STOP_LOGGING = OperationType.STOP_LOGGING
    OPERATION_TYPE_CREATE_APPLICATION_STORAGE = OperationType.CREATE_APPLICATION_STORAGE
    OPERATION_TYPE_UPDATE_APPLICATION_STORAGE = OperationType.UPDATE_APPLICATION_STORAGE
    OPERATION_TYPE_MOVE_APPLICATION_STORAGE = OperationType.MOVE_APPLICATION_STORAGE
    OPERATION_TYPE_DELETE_APPLICATION_STORAGE = OperationType.DELETE_APPLICATION_STORAGE
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
class WorkRequestError(Model):
    """An error encountered while performing an operation that is tracked by this work request (``oci.generative_ai.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """A list of work request errors. Can contain errors and other information such as metadata (``oci.generative_ai.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """The log message from performing an operation that is tracked by this work request (``oci.generative_ai.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """A list of work request logs. Can contain logs and other information such as metadata (``oci.generative_ai.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """Summary information about an asynchronous work request (``oci.generative_ai.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_MODEL = OperationType.CREATE_MODEL
    OPERATION_TYPE_DELETE_MODEL = OperationType.DELETE_MODEL
    OPERATION_TYPE_MOVE_MODEL = OperationType.MOVE_MODEL
    OPERATION_TYPE_CREATE_DEDICATED_AI_CLUSTER = OperationType.CREATE_DEDICATED_AI_CLUSTER
    OPERATION_TYPE_DELETE_DEDICATED_AI_CLUSTER = OperationType.DELETE_DEDICATED_AI_CLUSTER
    OPERATION_TYPE_UPDATE_DEDICATED_AI_CLUSTER = OperationType.UPDATE_DEDICATED_AI_CLUSTER
    OPERATION_TYPE_MOVE_DEDICATED_AI_CLUSTER = OperationType.MOVE_DEDICATED_AI_CLUSTER
    OPERATION_TYPE_CREATE_ENDPOINT = OperationType.CREATE_ENDPOINT
    OPERATION_TYPE_DELETE_ENDPOINT = OperationType.DELETE_ENDPOINT
    OPERATION_TYPE_UPDATE_ENDPOINT = OperationType.UPDATE_ENDPOINT
    OPERATION_TYPE_MOVE_ENDPOINT = OperationType.MOVE_ENDPOINT
    OPERATION_TYPE_CREATE_IMPORTED_MODEL = OperationType.CREATE_IMPORTED_MODEL
    OPERATION_TYPE_UPDATE_IMPORTED_MODEL = OperationType.UPDATE_IMPORTED_MODEL
    OPERATION_TYPE_DELETE_IMPORTED_MODEL = OperationType.DELETE_IMPORTED_MODEL
    OPERATION_TYPE_CREATE_PRIVATE_ENDPOINT = OperationType.CREATE_PRIVATE_ENDPOINT
    OPERATION_TYPE_DELETE_PRIVATE_ENDPOINT = OperationType.DELETE_PRIVATE_ENDPOINT
    OPERATION_TYPE_UPDATE_PRIVATE_ENDPOINT = OperationType.UPDATE_PRIVATE_ENDPOINT
    OPERATION_TYPE_MOVE_PRIVATE_ENDPOINT = OperationType.MOVE_PRIVATE_ENDPOINT
    OPERATION_TYPE_CREATE_SANDBOX_WARM_POOL = OperationType.CREATE_SANDBOX_WARM_POOL
    OPERATION_TYPE_UPDATE_SANDBOX_WARM_POOL = OperationType.UPDATE_SANDBOX_WARM_POOL
    OPERATION_TYPE_DELETE_SANDBOX_WARM_POOL = OperationType.DELETE_SANDBOX_WARM_POOL
    OPERATION_TYPE_CREATE_VECTOR_STORE_CONNECTOR = OperationType.CREATE_VECTOR_STORE_CONNECTOR
    OPERATION_TYPE_UPDATE_VECTOR_STORE_CONNECTOR = OperationType.UPDATE_VECTOR_STORE_CONNECTOR
    OPERATION_TYPE_DELETE_VECTOR_STORE_CONNECTOR = OperationType.DELETE_VECTOR_STORE_CONNECTOR
    OPERATION_TYPE_SCHEDULE_FILE_SYNC = OperationType.SCHEDULE_FILE_SYNC
    OPERATION_TYPE_TRIGGER_FILE_SYNC = OperationType.TRIGGER_FILE_SYNC
    OPERATION_TYPE_CREATE_SEMANTIC_STORE = OperationType.CREATE_SEMANTIC_STORE
    OPERATION_TYPE_DELETE_SEMANTIC_STORE = OperationType.DELETE_SEMANTIC_STORE
    OPERATION_TYPE_MOVE_SEMANTIC_STORE = OperationType.MOVE_SEMANTIC_STORE
    OPERATION_TYPE_CREATE_APPLICATION_DEPLOYMENT = OperationType.CREATE_APPLICATION_DEPLOYMENT
    OPERATION_TYPE_UPDATE_APPLICATION_DEPLOYMENT = OperationType.UPDATE_APPLICATION_DEPLOYMENT
    OPERATION_TYPE_DELETE_APPLICATION_DEPLOYMENT = OperationType.DELETE_APPLICATION_DEPLOYMENT
    OPERATION_TYPE_MOVE_APPLICATION_DEPLOYMENT = OperationType.MOVE_APPLICATION_DEPLOYMENT
    OPERATION_TYPE_CREATE_HOSTED_DEPLOYMENT = OperationType.CREATE_HOSTED_DEPLOYMENT
    OPERATION_TYPE_UPDATE_HOSTED_DEPLOYMENT = OperationType.UPDATE_HOSTED_DEPLOYMENT
    OPERATION_TYPE_MOVE_HOSTED_DEPLOYMENT = OperationType.MOVE_HOSTED_DEPLOYMENT
    OPERATION_TYPE_DELETE_HOSTED_DEPLOYMENT = OperationType.DELETE_HOSTED_DEPLOYMENT
    OPERATION_TYPE_START_LOGGING = OperationType.START_LOGGING
    OPERATION_TYPE_STOP_LOGGING = OperationType.STOP_LOGGING
    OPERATION_TYPE_CREATE_APPLICATION_STORAGE = OperationType.CREATE_APPLICATION_STORAGE
    OPERATION_TYPE_UPDATE_APPLICATION_STORAGE = OperationType.UPDATE_APPLICATION_STORAGE
    OPERATION_TYPE_MOVE_APPLICATION_STORAGE = OperationType.MOVE_APPLICATION_STORAGE
    OPERATION_TYPE_DELETE_APPLICATION_STORAGE = OperationType.DELETE_APPLICATION_STORAGE
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
class WorkRequestSummaryCollection(Model):
    """A list of work requests. Can contain work requests and other information such as metadata (``oci.generative_ai.models.WorkRequestSummaryCollection``)."""

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
    service_family("generative_ai", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.generative_ai", "oci.generative_ai.models", CLASSES)
