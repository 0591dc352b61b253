"""``oci.data_flow``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    to_optional_int,
)

__all__ = (
    "ActionType",
    "Operation",
    "Status",
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
class ActionType(enum.StrEnum):
    """The values of ``action_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATED = "CREATED"
    UPDATED = "UPDATED"
    DELETED = "DELETED"
    INPROGRESS = "INPROGRESS"
    RELATED = "RELATED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Operation(enum.StrEnum):
    """The values of ``operation``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_PRIVATE_ENDPOINT = "CREATE_PRIVATE_ENDPOINT"
    UPDATE_PRIVATE_ENDPOINT = "UPDATE_PRIVATE_ENDPOINT"
    DELETE_PRIVATE_ENDPOINT = "DELETE_PRIVATE_ENDPOINT"
    MOVE_PRIVATE_ENDPOINT = "MOVE_PRIVATE_ENDPOINT"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    CANCELED = "CANCELLED"
    CANCELLED = "CANCELLED"
    CANCELING = "CANCELLING"
    CANCELLING = "CANCELLING"
    FAILED = "FAILED"
    IN_PROGRESS = "INPROGRESS"
    INPROGRESS = "INPROGRESS"
    SUCCEEDED = "SUCCEEDED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


def _action_type(value: ActionType | str) -> ActionType:
    return to_enum(ActionType, value)


def _operation(value: Operation | str) -> Operation:
    return to_enum(Operation, value)


def _required_work_request_resources(
    value: Sequence[WorkRequestResource],
) -> tuple[WorkRequestResource, ...]:
    items = tuple_of(WorkRequestResource, value)
    what = "a sequence of WorkRequestResource"
    return fail(expected(what, value)) if items is None else items


def _status(value: Status | str) -> Status:
    return to_enum(Status, value)


def _work_request_resources(
    value: Sequence[WorkRequestResource] | None,
) -> tuple[WorkRequestResource, ...] | None:
    return tuple_of(WorkRequestResource, value)


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
class WorkRequestResource(Model):
    """A resource related to a Data Flow work request (``oci.data_flow.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_INPROGRESS = ActionType.INPROGRESS
    ACTION_TYPE_RELATED = ActionType.RELATED

    action_type: ActionType = attrs.field(converter=_action_type)
    id: int | None = attrs.field(default=None, converter=to_optional_int)
    resource_id: str = attrs.field(converter=to_string)
    resource_type: str = attrs.field(converter=to_string)
    resource_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    work_requestid: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """A Data Flow work request object (``oci.data_flow.models.WorkRequest``)."""

    OPERATION_CREATE_PRIVATE_ENDPOINT = Operation.CREATE_PRIVATE_ENDPOINT
    OPERATION_UPDATE_PRIVATE_ENDPOINT = Operation.UPDATE_PRIVATE_ENDPOINT
    OPERATION_DELETE_PRIVATE_ENDPOINT = Operation.DELETE_PRIVATE_ENDPOINT
    OPERATION_MOVE_PRIVATE_ENDPOINT = Operation.MOVE_PRIVATE_ENDPOINT
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_CANCELLED = Status.CANCELLED
    STATUS_CANCELLING = Status.CANCELLING
    STATUS_FAILED = Status.FAILED
    STATUS_INPROGRESS = Status.INPROGRESS
    STATUS_SUCCEEDED = Status.SUCCEEDED

    compartment_id: str = attrs.field(converter=to_string)
    id: str = attrs.field(converter=to_string)
    operation: Operation = attrs.field(converter=_operation)
    percent_complete: float = attrs.field(converter=required_percent)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    status: Status = attrs.field(converter=_status)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A Data Flow work request summary object (``oci.data_flow.models.WorkRequestSummary``)."""

    OPERATION_CREATE_PRIVATE_ENDPOINT = Operation.CREATE_PRIVATE_ENDPOINT
    OPERATION_UPDATE_PRIVATE_ENDPOINT = Operation.UPDATE_PRIVATE_ENDPOINT
    OPERATION_DELETE_PRIVATE_ENDPOINT = Operation.DELETE_PRIVATE_ENDPOINT
    OPERATION_MOVE_PRIVATE_ENDPOINT = Operation.MOVE_PRIVATE_ENDPOINT
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_CANCELLED = Status.CANCELLED
    STATUS_CANCELLING = Status.CANCELLING
    STATUS_FAILED = Status.FAILED
    STATUS_INPROGRESS = Status.INPROGRESS
    STATUS_SUCCEEDED = Status.SUCCEEDED

    compartment_id: str = attrs.field(converter=to_string)
    id: str = attrs.field(converter=to_string)
    operation: Operation = attrs.field(converter=_operation)
    percent_complete: float = attrs.field(converter=required_percent)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    status: Status = attrs.field(converter=_status)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestCollection(Model):
    """Results of a query for a list of work requests. Contains WorkRequestSummary items (``oci.data_flow.models.WorkRequestCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """A Data Flow work request error object (``oci.data_flow.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    id: int | None = attrs.field(default=None, converter=to_optional_int)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    work_requestid: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of a query for a list of work request errors. Contains WorkRequestError items (``oci.data_flow.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLog(Model):
    """A Data Flow work request log object (``oci.data_flow.models.WorkRequestLog``)."""

    id: int | None = attrs.field(default=None, converter=to_optional_int)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    work_requestid: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogCollection(Model):
    """Results of a query for a list of work request logs. Contains WorkRequestLog items (``oci.data_flow.models.WorkRequestLogCollection``)."""

    items: tuple[WorkRequestLog, ...] = attrs.field(converter=_required_work_request_logs)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
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
    service_family("data_flow", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.data_flow", "oci.data_flow.models", CLASSES)
