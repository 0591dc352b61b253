"""``oci.devops``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    FAILED = "FAILED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_PROJECT = "CREATE_PROJECT"
    UPDATE_PROJECT = "UPDATE_PROJECT"
    DELETE_PROJECT = "DELETE_PROJECT"
    MOVE_PROJECT = "MOVE_PROJECT"
    CREATE_DEPLOY_PIPELINE = "CREATE_DEPLOY_PIPELINE"
    UPDATE_DEPLOY_PIPELINE = "UPDATE_DEPLOY_PIPELINE"
    DELETE_DEPLOY_PIPELINE = "DELETE_DEPLOY_PIPELINE"
    CREATE_DEPLOY_STAGE = "CREATE_DEPLOY_STAGE"
    UPDATE_DEPLOY_STAGE = "UPDATE_DEPLOY_STAGE"
    DELETE_DEPLOY_STAGE = "DELETE_DEPLOY_STAGE"
    CREATE_DEPLOY_ARTIFACT = "CREATE_DEPLOY_ARTIFACT"
    UPDATE_DEPLOY_ARTIFACT = "UPDATE_DEPLOY_ARTIFACT"
    DELETE_DEPLOY_ARTIFACT = "DELETE_DEPLOY_ARTIFACT"
    CREATE_DEPLOY_ENVIRONMENT = "CREATE_DEPLOY_ENVIRONMENT"
    UPDATE_DEPLOY_ENVIRONMENT = "UPDATE_DEPLOY_ENVIRONMENT"
    DELETE_DEPLOY_ENVIRONMENT = "DELETE_DEPLOY_ENVIRONMENT"
    CREATE_DEPLOYMENT = "CREATE_DEPLOYMENT"
    UPDATE_DEPLOYMENT = "UPDATE_DEPLOYMENT"
    DELETE_DEPLOYMENT = "DELETE_DEPLOYMENT"
    CREATE_BUILD_PIPELINE = "CREATE_BUILD_PIPELINE"
    UPDATE_BUILD_PIPELINE = "UPDATE_BUILD_PIPELINE"
    DELETE_BUILD_PIPELINE = "DELETE_BUILD_PIPELINE"
    CREATE_BUILD_PIPELINE_STAGE = "CREATE_BUILD_PIPELINE_STAGE"
    UPDATE_BUILD_PIPELINE_STAGE = "UPDATE_BUILD_PIPELINE_STAGE"
    DELETE_BUILD_PIPELINE_STAGE = "DELETE_BUILD_PIPELINE_STAGE"
    CREATE_CONNECTION = "CREATE_CONNECTION"
    UPDATE_CONNECTION = "UPDATE_CONNECTION"
    DELETE_CONNECTION = "DELETE_CONNECTION"
    CREATE_TRIGGER = "CREATE_TRIGGER"
    UPDATE_TRIGGER = "UPDATE_TRIGGER"
    DELETE_TRIGGER = "DELETE_TRIGGER"
    EXECUTE_TRIGGER = "EXECUTE_TRIGGER"
    CREATE_REPOSITORY = "CREATE_REPOSITORY"
    UPDATE_REPOSITORY = "UPDATE_REPOSITORY"
    DELETE_REPOSITORY = "DELETE_REPOSITORY"
    MIRROR_REPOSITORY = "MIRROR_REPOSITORY"
    FORK_REPOSITORY = "FORK_REPOSITORY"
    SYNC_FORK_REPOSITORY = "SYNC_FORK_REPOSITORY"
    SCHEDULE_CASCADING_PROJECT_DELETION = "SCHEDULE_CASCADING_PROJECT_DELETION"
    CANCEL_SCHEDULED_CASCADING_PROJECT_DELETION = "CANCEL_SCHEDULED_CASCADING_PROJECT_DELETION"
    CREATE_PULL_REQUEST = "CREATE_PULL_REQUEST"
    UPDATE_PULL_REQUEST = "UPDATE_PULL_REQUEST"
    DELETE_PULL_REQUEST = "DELETE_PULL_REQUEST"
    MOVE_PULL_REQUEST = "MOVE_PULL_REQUEST"
    MERGE_PULL_REQUEST = "MERGE_PULL_REQUEST"
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
    """A resource created or operated on by a work request (``oci.devops.models.WorkRequestResource``)."""

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
    """Details of the work request status (``oci.devops.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_PROJECT = OperationType.CREATE_PROJECT
    OPERATION_TYPE_UPDATE_PROJECT = OperationType.UPDATE_PROJECT
    OPERATION_TYPE_DELETE_PROJECT = OperationType.DELETE_PROJECT
    OPERATION_TYPE_MOVE_PROJECT = OperationType.MOVE_PROJECT
    OPERATION_TYPE_CREATE_DEPLOY_PIPELINE = OperationType.CREATE_DEPLOY_PIPELINE
    OPERATION_TYPE_UPDATE_DEPLOY_PIPELINE = OperationType.UPDATE_DEPLOY_PIPELINE
    OPERATION_TYPE_DELETE_DEPLOY_PIPELINE = OperationType.DELETE_DEPLOY_PIPELINE
    OPERATION_TYPE_CREATE_DEPLOY_STAGE = OperationType.CREATE_DEPLOY_STAGE
    OPERATION_TYPE_UPDATE_DEPLOY_STAGE = OperationType.UPDATE_DEPLOY_STAGE
    OPERATION_TYPE_DELETE_DEPLOY_STAGE = OperationType.DELETE_DEPLOY_STAGE
    OPERATION_TYPE_CREATE_DEPLOY_ARTIFACT = OperationType.CREATE_DEPLOY_ARTIFACT
    OPERATION_TYPE_UPDATE_DEPLOY_ARTIFACT = OperationType.UPDATE_DEPLOY_ARTIFACT
    OPERATION_TYPE_DELETE_DEPLOY_ARTIFACT = OperationType.DELETE_DEPLOY_ARTIFACT
    OPERATION_TYPE_CREATE_DEPLOY_ENVIRONMENT = OperationType.CREATE_DEPLOY_ENVIRONMENT
    OPERATION_TYPE_UPDATE_DEPLOY_ENVIRONMENT = OperationType.UPDATE_DEPLOY_ENVIRONMENT
    OPERATION_TYPE_DELETE_DEPLOY_ENVIRONMENT = OperationType.DELETE_DEPLOY_ENVIRONMENT
    OPERATION_TYPE_CREATE_DEPLOYMENT = OperationType.CREATE_DEPLOYMENT
    OPERATION_TYPE_UPDATE_DEPLOYMENT = OperationType.UPDATE_DEPLOYMENT
    OPERATION_TYPE_DELETE_DEPLOYMENT = OperationType.DELETE_DEPLOYMENT
    OPERATION_TYPE_CREATE_BUILD_PIPELINE = OperationType.CREATE_BUILD_PIPELINE
    OPERATION_TYPE_UPDATE_BUILD_PIPELINE = OperationType.UPDATE_BUILD_PIPELINE
    OPERATION_TYPE_DELETE_BUILD_PIPELINE = OperationType.DELETE_BUILD_PIPELINE
    OPERATION_TYPE_CREATE_BUILD_PIPELINE_STAGE = OperationType.CREATE_BUILD_PIPELINE_STAGE
    OPERATION_TYPE_UPDATE_BUILD_PIPELINE_STAGE = OperationType.UPDATE_BUILD_PIPELINE_STAGE
    OPERATION_TYPE_DELETE_BUILD_PIPELINE_STAGE = OperationType.DELETE_BUILD_PIPELINE_STAGE
    OPERATION_TYPE_CREATE_CONNECTION = OperationType.CREATE_CONNECTION
    OPERATION_TYPE_UPDATE_CONNECTION = OperationType.UPDATE_CONNECTION
    OPERATION_TYPE_DELETE_CONNECTION = OperationType.DELETE_CONNECTION
    OPERATION_TYPE_CREATE_TRIGGER = OperationType.CREATE_TRIGGER
    OPERATION_TYPE_UPDATE_TRIGGER = OperationType.UPDATE_TRIGGER
    OPERATION_TYPE_DELETE_TRIGGER = OperationType.DELETE_TRIGGER
    OPERATION_TYPE_EXECUTE_TRIGGER = OperationType.EXECUTE_TRIGGER
    OPERATION_TYPE_CREATE_REPOSITORY = OperationType.CREATE_REPOSITORY
    OPERATION_TYPE_UPDATE_REPOSITORY = OperationType.UPDATE_REPOSITORY
    OPERATION_TYPE_DELETE_REPOSITORY = OperationType.DELETE_REPOSITORY
    OPERATION_TYPE_MIRROR_REPOSITORY = OperationType.MIRROR_REPOSITORY
    OPERATION_TYPE_FORK_REPOSITORY = OperationType.FORK_REPOSITORY
    OPERATION_TYPE_SYNC_FORK_REPOSITORY = OperationType.SYNC_FORK_REPOSITORY
    OPERATION_TYPE_SCHEDULE_CASCADING_PROJECT_DELETION = (
        OperationType.SCHEDULE_CASCADING_PROJECT_DELETION
    )
    OPERATION_TYPE_CANCEL_SCHEDULED_CASCADING_PROJECT_DELETION = (
        OperationType.CANCEL_SCHEDULED_CASCADING_PROJECT_DELETION
    )
    OPERATION_TYPE_CREATE_PULL_REQUEST = OperationType.CREATE_PULL_REQUEST
    OPERATION_TYPE_UPDATE_PULL_REQUEST = OperationType.UPDATE_PULL_REQUEST
    OPERATION_TYPE_DELETE_PULL_REQUEST = OperationType.DELETE_PULL_REQUEST
    OPERATION_TYPE_MOVE_PULL_REQUEST = OperationType.MOVE_PULL_REQUEST
    OPERATION_TYPE_MERGE_PULL_REQUEST = OperationType.MERGE_PULL_REQUEST
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
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """Details of the work request status (``oci.devops.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_PROJECT = OperationType.CREATE_PROJECT
    OPERATION_TYPE_UPDATE_PROJECT = OperationType.UPDATE_PROJECT
    OPERATION_TYPE_DELETE_PROJECT = OperationType.DELETE_PROJECT
    OPERATION_TYPE_MOVE_PROJECT = OperationType.MOVE_PROJECT
    OPERATION_TYPE_CREATE_DEPLOY_PIPELINE = OperationType.CREATE_DEPLOY_PIPELINE
    OPERATION_TYPE_UPDATE_DEPLOY_PIPELINE = OperationType.UPDATE_DEPLOY_PIPELINE
    OPERATION_TYPE_DELETE_DEPLOY_PIPELINE = OperationType.DELETE_DEPLOY_PIPELINE
    OPERATION_TYPE_CREATE_DEPLOY_STAGE = OperationType.CREATE_DEPLOY_STAGE
    OPERATION_TYPE_UPDATE_DEPLOY_STAGE = OperationType.UPDATE_DEPLOY_STAGE
    OPERATION_TYPE_DELETE_DEPLOY_STAGE = OperationType.DELETE_DEPLOY_STAGE
    OPERATION_TYPE_CREATE_DEPLOY_ARTIFACT = OperationType.CREATE_DEPLOY_ARTIFACT
    OPERATION_TYPE_UPDATE_DEPLOY_ARTIFACT = OperationType.UPDATE_DEPLOY_ARTIFACT
    OPERATION_TYPE_DELETE_DEPLOY_ARTIFACT = OperationType.DELETE_DEPLOY_ARTIFACT
    OPERATION_TYPE_CREATE_DEPLOY_ENVIRONMENT = OperationType.CREATE_DEPLOY_ENVIRONMENT
    OPERATION_TYPE_UPDATE_DEPLOY_ENVIRONMENT = OperationType.UPDATE_DEPLOY_ENVIRONMENT
    OPERATION_TYPE_DELETE_DEPLOY_ENVIRONMENT = OperationType.DELETE_DEPLOY_ENVIRONMENT
    OPERATION_TYPE_CREATE_DEPLOYMENT = OperationType.CREATE_DEPLOYMENT
    OPERATION_TYPE_UPDATE_DEPLOYMENT = OperationType.UPDATE_DEPLOYMENT
    OPERATION_TYPE_DELETE_DEPLOYMENT = OperationType.DELETE_DEPLOYMENT
    OPERATION_TYPE_CREATE_BUILD_PIPELINE = OperationType.CREATE_BUILD_PIPELINE
    OPERATION_TYPE_UPDATE_BUILD_PIPELINE = OperationType.UPDATE_BUILD_PIPELINE
    OPERATION_TYPE_DELETE_BUILD_PIPELINE = OperationType.DELETE_BUILD_PIPELINE
    OPERATION_TYPE_CREATE_BUILD_PIPELINE_STAGE = OperationType.CREATE_BUILD_PIPELINE_STAGE
    OPERATION_TYPE_UPDATE_BUILD_PIPELINE_STAGE = OperationType.UPDATE_BUILD_PIPELINE_STAGE
    OPERATION_TYPE_DELETE_BUILD_PIPELINE_STAGE = OperationType.DELETE_BUILD_PIPELINE_STAGE
    OPERATION_TYPE_CREATE_CONNECTION = OperationType.CREATE_CONNECTION
    OPERATION_TYPE_UPDATE_CONNECTION = OperationType.UPDATE_CONNECTION
    OPERATION_TYPE_DELETE_CONNECTION = OperationType.DELETE_CONNECTION
    OPERATION_TYPE_CREATE_TRIGGER = OperationType.CREATE_TRIGGER
    OPERATION_TYPE_UPDATE_TRIGGER = OperationType.UPDATE_TRIGGER
    OPERATION_TYPE_DELETE_TRIGGER = OperationType.DELETE_TRIGGER
    OPERATION_TYPE_EXECUTE_TRIGGER = OperationType.EXECUTE_TRIGGER
    OPERATION_TYPE_CREATE_REPOSITORY = OperationType.CREATE_REPOSITORY
    OPERATION_TYPE_UPDATE_REPOSITORY = OperationType.UPDATE_REPOSITORY
    OPERATION_TYPE_DELETE_REPOSITORY = OperationType.DELETE_REPOSITORY
    OPERATION_TYPE_MIRROR_REPOSITORY = OperationType.MIRROR_REPOSITORY
    OPERATION_TYPE_FORK_REPOSITORY = OperationType.FORK_REPOSITORY
    OPERATION_TYPE_SYNC_FORK_REPOSITORY = OperationType.SYNC_FORK_REPOSITORY
    OPERATION_TYPE_SCHEDULE_CASCADING_PROJECT_DELETION = (
        OperationType.SCHEDULE_CASCADING_PROJECT_DELETION
    )
    OPERATION_TYPE_CANCEL_SCHEDULED_CASCADING_PROJECT_DELETION = (
        OperationType.CANCEL_SCHEDULED_CASCADING_PROJECT_DELETION
    )
    OPERATION_TYPE_CREATE_PULL_REQUEST = OperationType.CREATE_PULL_REQUEST
    OPERATION_TYPE_UPDATE_PULL_REQUEST = OperationType.UPDATE_PULL_REQUEST
    OPERATION_TYPE_DELETE_PULL_REQUEST = OperationType.DELETE_PULL_REQUEST
    OPERATION_TYPE_MOVE_PULL_REQUEST = OperationType.MOVE_PULL_REQUEST
    OPERATION_TYPE_MERGE_PULL_REQUEST = OperationType.MERGE_PULL_REQUEST
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
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestCollection(Model):
    """List of work requests (``oci.devops.models.WorkRequestCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.devops.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """List of work request errors encountered while executing a work request (``oci.devops.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.devops.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """List of log messages from the execution of a work request (``oci.devops.models.WorkRequestLogEntryCollection``)."""

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
    service_family("devops", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.devops", "oci.devops.models", CLASSES)
