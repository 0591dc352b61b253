"""``oci.network_load_balancer``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_NETWORK_LOAD_BALANCER = "CREATE_NETWORK_LOAD_BALANCER"
    UPDATE_NETWORK_LOAD_BALANCER = "UPDATE_NETWORK_LOAD_BALANCER"
    DELETE_NETWORK_LOAD_BALANCER = "DELETE_NETWORK_LOAD_BALANCER"
    CREATE_BACKEND = "CREATE_BACKEND"
    UPDATE_BACKEND = "UPDATE_BACKEND"
    DELETE_BACKEND = "DELETE_BACKEND"
    CREATE_LISTENER = "CREATE_LISTENER"
    UPDATE_LISTENER = "UPDATE_LISTENER"
    DELETE_LISTENER = "DELETE_LISTENER"
    CREATE_BACKENDSET = "CREATE_BACKENDSET"
    UPDATE_BACKENDSET = "UPDATE_BACKENDSET"
    DELETE_BACKENDSET = "DELETE_BACKENDSET"
    UPDATE_NSGS = "UPDATE_NSGS"
    UPDATE_HEALTH_CHECKER = "UPDATE_HEALTH_CHECKER"
    CHANGE_COMPARTMENT = "CHANGE_COMPARTMENT"
    ATTACH_NLB_TO_POD = "ATTACH_NLB_TO_POD"
    DETACH_NLB_FROM_POD = "DETACH_NLB_FROM_POD"
    LIVE_MIGRATION = "LIVE_MIGRATION"
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


def _work_request_summaries(
    value: Sequence[WorkRequestSummary] | None,
) -> tuple[WorkRequestSummary, ...] | None:
    return tuple_of(WorkRequestSummary, value)


def _work_request_errors(
    value: Sequence[WorkRequestError] | None,
) -> tuple[WorkRequestError, ...] | None:
    return tuple_of(WorkRequestError, value)


def _work_request_log_entries(
    value: Sequence[WorkRequestLogEntry] | None,
) -> tuple[WorkRequestLogEntry, ...] | None:
    return tuple_of(WorkRequestLogEntry, value)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource that a work request creates or on which the work request operates (``oci.network_load_balancer.models.WorkRequestResource``)."""

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
    """A description of work request status (``oci.network_load_balancer.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_NETWORK_LOAD_BALANCER = OperationType.CREATE_NETWORK_LOAD_BALANCER
    OPERATION_TYPE_UPDATE_NETWORK_LOAD_BALANCER = OperationType.UPDATE_NETWORK_LOAD_BALANCER
    OPERATION_TYPE_DELETE_NETWORK_LOAD_BALANCER = OperationType.DELETE_NETWORK_LOAD_BALANCER
    OPERATION_TYPE_CREATE_BACKEND = OperationType.CREATE_BACKEND
    OPERATION_TYPE_UPDATE_BACKEND = OperationType.UPDATE_BACKEND
    OPERATION_TYPE_DELETE_BACKEND = OperationType.DELETE_BACKEND
    OPERATION_TYPE_CREATE_LISTENER = OperationType.CREATE_LISTENER
    OPERATION_TYPE_UPDATE_LISTENER = OperationType.UPDATE_LISTENER
    OPERATION_TYPE_DELETE_LISTENER = OperationType.DELETE_LISTENER
    OPERATION_TYPE_CREATE_BACKENDSET = OperationType.CREATE_BACKENDSET
    OPERATION_TYPE_UPDATE_BACKENDSET = OperationType.UPDATE_BACKENDSET
    OPERATION_TYPE_DELETE_BACKENDSET = OperationType.DELETE_BACKENDSET
    OPERATION_TYPE_UPDATE_NSGS = OperationType.UPDATE_NSGS
    OPERATION_TYPE_UPDATE_HEALTH_CHECKER = OperationType.UPDATE_HEALTH_CHECKER
    OPERATION_TYPE_CHANGE_COMPARTMENT = OperationType.CHANGE_COMPARTMENT
    OPERATION_TYPE_ATTACH_NLB_TO_POD = OperationType.ATTACH_NLB_TO_POD
    OPERATION_TYPE_DETACH_NLB_FROM_POD = OperationType.DETACH_NLB_FROM_POD
    OPERATION_TYPE_LIVE_MIGRATION = OperationType.LIVE_MIGRATION
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
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
class WorkRequestSummary(Model, RecordsResources):
    """Summary of work request object (``oci.network_load_balancer.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_NETWORK_LOAD_BALANCER = OperationType.CREATE_NETWORK_LOAD_BALANCER
    OPERATION_TYPE_UPDATE_NETWORK_LOAD_BALANCER = OperationType.UPDATE_NETWORK_LOAD_BALANCER
    OPERATION_TYPE_DELETE_NETWORK_LOAD_BALANCER = OperationType.DELETE_NETWORK_LOAD_BALANCER
    OPERATION_TYPE_CREATE_BACKEND = OperationType.CREATE_BACKEND
    OPERATION_TYPE_UPDATE_BACKEND = OperationType.UPDATE_BACKEND
    OPERATION_TYPE_DELETE_BACKEND = OperationType.DELETE_BACKEND
    OPERATION_TYPE_CREATE_LISTENER = OperationType.CREATE_LISTENER
    OPERATION_TYPE_UPDATE_LISTENER = OperationType.UPDATE_LISTENER
    OPERATION_TYPE_DELETE_LISTENER = OperationType.DELETE_LISTENER
    OPERATION_TYPE_CREATE_BACKENDSET = OperationType.CREATE_BACKENDSET
    OPERATION_TYPE_UPDATE_BACKENDSET = OperationType.UPDATE_BACKENDSET
    OPERATION_TYPE_DELETE_BACKENDSET = OperationType.DELETE_BACKENDSET
    OPERATION_TYPE_UPDATE_NSGS = OperationType.UPDATE_NSGS
    OPERATION_TYPE_UPDATE_HEALTH_CHECKER = OperationType.UPDATE_HEALTH_CHECKER
    OPERATION_TYPE_CHANGE_COMPARTMENT = OperationType.CHANGE_COMPARTMENT
    OPERATION_TYPE_ATTACH_NLB_TO_POD = OperationType.ATTACH_NLB_TO_POD
    OPERATION_TYPE_DETACH_NLB_FROM_POD = OperationType.DETACH_NLB_FROM_POD
    OPERATION_TYPE_LIVE_MIGRATION = OperationType.LIVE_MIGRATION
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
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
class WorkRequestCollection(Model):
    """Wrapper object for an array of WorkRequest objects (``oci.network_load_balancer.models.WorkRequestCollection``)."""

    items: tuple[WorkRequestSummary, ...] | None = attrs.field(
        default=None, converter=_work_request_summaries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while running a work request (``oci.network_load_balancer.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Wrapper object for an array of WorkRequestErrorSummary objects (``oci.network_load_balancer.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] | None = attrs.field(
        default=None, converter=_work_request_errors
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the running of a work request (``oci.network_load_balancer.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Wrapper object for an array of WorkRequestLogEntry objects (``oci.network_load_balancer.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] | None = attrs.field(
        default=None, converter=_work_request_log_entries
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
    service_family("network_load_balancer", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.network_load_balancer", "oci.network_load_balancer.models", CLASSES)
