"""``oci.ai_language``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    "WorkRequestError",
    "WorkRequestErrorCollection",
    "WorkRequestLog",
    "WorkRequestLogCollection",
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
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_MODEL = "CREATE_MODEL"
    UPDATE_MODEL = "UPDATE_MODEL"
    DELETE_MODEL = "DELETE_MODEL"
    CREATE_PROJECT = "CREATE_PROJECT"
    UPDATE_PROJECT = "UPDATE_PROJECT"
    DELETE_PROJECT = "DELETE_PROJECT"
    CREATE_ENDPOINT = "CREATE_ENDPOINT"
    UPDATE_ENDPOINT = "UPDATE_ENDPOINT"
    DELETE_ENDPOINT = "DELETE_ENDPOINT"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    WAITING = "WAITING"
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


def _work_request_resources(
    value: Sequence[WorkRequestResource] | None,
) -> tuple[WorkRequestResource, ...] | None:
    return tuple_of(WorkRequestResource, value)


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


def _required_work_request_summaries(
    value: Sequence[WorkRequestSummary],
) -> tuple[WorkRequestSummary, ...]:
    items = tuple_of(WorkRequestSummary, value)
    what = "a sequence of WorkRequestSummary"
    return fail(expected(what, value)) if items is None else items


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.ai_language.models.WorkRequestResource``)."""

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
    """A description of workrequest status (``oci.ai_language.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_MODEL = OperationType.CREATE_MODEL
    OPERATION_TYPE_UPDATE_MODEL = OperationType.UPDATE_MODEL
    OPERATION_TYPE_DELETE_MODEL = OperationType.DELETE_MODEL
    OPERATION_TYPE_CREATE_PROJECT = OperationType.CREATE_PROJECT
    OPERATION_TYPE_UPDATE_PROJECT = OperationType.UPDATE_PROJECT
    OPERATION_TYPE_DELETE_PROJECT = OperationType.DELETE_PROJECT
    OPERATION_TYPE_CREATE_ENDPOINT = OperationType.CREATE_ENDPOINT
    OPERATION_TYPE_UPDATE_ENDPOINT = OperationType.UPDATE_ENDPOINT
    OPERATION_TYPE_DELETE_ENDPOINT = OperationType.DELETE_ENDPOINT
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_WAITING = Status.WAITING
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
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
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.ai_language.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of a workRequestError search. Contains both WorkRequestError items and other information, such as metadata (``oci.ai_language.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLog(Model):
    """A log message from the execution of a work request (``oci.ai_language.models.WorkRequestLog``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogCollection(Model):
    """Results of a workRequestLog search. Contains both workRequestLog items and other information, such as metadata (``oci.ai_language.models.WorkRequestLogCollection``)."""

    items: tuple[WorkRequestLog, ...] = attrs.field(converter=_required_work_request_logs)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A summary of the status of a work request (``oci.ai_language.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_MODEL = OperationType.CREATE_MODEL
    OPERATION_TYPE_UPDATE_MODEL = OperationType.UPDATE_MODEL
    OPERATION_TYPE_DELETE_MODEL = OperationType.DELETE_MODEL
    OPERATION_TYPE_CREATE_PROJECT = OperationType.CREATE_PROJECT
    OPERATION_TYPE_UPDATE_PROJECT = OperationType.UPDATE_PROJECT
    OPERATION_TYPE_DELETE_PROJECT = OperationType.DELETE_PROJECT
    OPERATION_TYPE_CREATE_ENDPOINT = OperationType.CREATE_ENDPOINT
    OPERATION_TYPE_UPDATE_ENDPOINT = OperationType.UPDATE_ENDPOINT
    OPERATION_TYPE_DELETE_ENDPOINT = OperationType.DELETE_ENDPOINT
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_WAITING = Status.WAITING
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
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
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummaryCollection(Model):
    """Results of a workRequest search. Contains both WorkRequest items and other information, such as metadata (``oci.ai_language.models.WorkRequestSummaryCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    WorkRequest,
    WorkRequestError,
    WorkRequestErrorCollection,
    WorkRequestLog,
    WorkRequestLogCollection,
    WorkRequestSummary,
    WorkRequestSummaryCollection,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("ai_language", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.ai_language", "oci.ai_language.models", CLASSES)
