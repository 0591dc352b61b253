"""``oci.disaster_recovery``'s work requests, as classes: generated from the OCI SDK's metadata.

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

    CREATE_DR_PROTECTION_GROUP = "CREATE_DR_PROTECTION_GROUP"
    UPDATE_DR_PROTECTION_GROUP = "UPDATE_DR_PROTECTION_GROUP"
    DELETE_DR_PROTECTION_GROUP = "DELETE_DR_PROTECTION_GROUP"
    MOVE_DR_PROTECTION_GROUP = "MOVE_DR_PROTECTION_GROUP"
    ASSOCIATE_DR_PROTECTION_GROUP = "ASSOCIATE_DR_PROTECTION_GROUP"
    DISASSOCIATE_DR_PROTECTION_GROUP = "DISASSOCIATE_DR_PROTECTION_GROUP"
    UPDATE_ROLE_DR_PROTECTION_GROUP = "UPDATE_ROLE_DR_PROTECTION_GROUP"
    CREATE_DR_PLAN = "CREATE_DR_PLAN"
    UPDATE_DR_PLAN = "UPDATE_DR_PLAN"
    DELETE_DR_PLAN = "DELETE_DR_PLAN"
    REFRESH_DR_PLAN = "REFRESH_DR_PLAN"
    VERIFY_DR_PLAN = "VERIFY_DR_PLAN"
    CREATE_DR_PLAN_EXECUTION = "CREATE_DR_PLAN_EXECUTION"
    UPDATE_DR_PLAN_EXECUTION = "UPDATE_DR_PLAN_EXECUTION"
    DELETE_DR_PLAN_EXECUTION = "DELETE_DR_PLAN_EXECUTION"
    RETRY_DR_PLAN_EXECUTION = "RETRY_DR_PLAN_EXECUTION"
    IGNORE_DR_PLAN_EXECUTION = "IGNORE_DR_PLAN_EXECUTION"
    CANCEL_DR_PLAN_EXECUTION = "CANCEL_DR_PLAN_EXECUTION"
    PAUSE_DR_PLAN_EXECUTION = "PAUSE_DR_PLAN_EXECUTION"
    RESUME_DR_PLAN_EXECUTION = "RESUME_DR_PLAN_EXECUTION"
    CREATE_AUTOMATIC_DR_CONFIGURATION = "CREATE_AUTOMATIC_DR_CONFIGURATION"
    DELETE_AUTOMATIC_DR_CONFIGURATION = "DELETE_AUTOMATIC_DR_CONFIGURATION"
    UPDATE_AUTOMATIC_DR_CONFIGURATION = "UPDATE_AUTOMATIC_DR_CONFIGURATION"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    WAITING = "WAITING"
    CANCELING = "CANCELING"
    CANCELED = "CANCELED"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
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
    """A resource created or operated on by a work request (``oci.disaster_recovery.models.WorkRequestResource``)."""

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
    """Information on a work request (``oci.disaster_recovery.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_DR_PROTECTION_GROUP = OperationType.CREATE_DR_PROTECTION_GROUP
    OPERATION_TYPE_UPDATE_DR_PROTECTION_GROUP = OperationType.UPDATE_DR_PROTECTION_GROUP
    OPERATION_TYPE_DELETE_DR_PROTECTION_GROUP = OperationType.DELETE_DR_PROTECTION_GROUP
    OPERATION_TYPE_MOVE_DR_PROTECTION_GROUP = OperationType.MOVE_DR_PROTECTION_GROUP
    OPERATION_TYPE_ASSOCIATE_DR_PROTECTION_GROUP = OperationType.ASSOCIATE_DR_PROTECTION_GROUP
    OPERATION_TYPE_DISASSOCIATE_DR_PROTECTION_GROUP = OperationType.DISASSOCIATE_DR_PROTECTION_GROUP
    OPERATION_TYPE_UPDATE_ROLE_DR_PROTECTION_GROUP = OperationType.UPDATE_ROLE_DR_PROTECTION_GROUP
    OPERATION_TYPE_CREATE_DR_PLAN = OperationType.CREATE_DR_PLAN
    OPERATION_TYPE_UPDATE_DR_PLAN = OperationType.UPDATE_DR_PLAN
    OPERATION_TYPE_DELETE_DR_PLAN = OperationType.DELETE_DR_PLAN
    OPERATION_TYPE_REFRESH_DR_PLAN = OperationType.REFRESH_DR_PLAN
    OPERATION_TYPE_VERIFY_DR_PLAN = OperationType.VERIFY_DR_PLAN
    OPERATION_TYPE_CREATE_DR_PLAN_EXECUTION = OperationType.CREATE_DR_PLAN_EXECUTION
    OPERATION_TYPE_UPDATE_DR_PLAN_EXECUTION = OperationType.UPDATE_DR_PLAN_EXECUTION
    OPERATION_TYPE_DELETE_DR_PLAN_EXECUTION = OperationType.DELETE_DR_PLAN_EXECUTION
    OPERATION_TYPE_RETRY_DR_PLAN_EXECUTION = OperationType.RETRY_DR_PLAN_EXECUTION
    OPERATION_TYPE_IGNORE_DR_PLAN_EXECUTION = OperationType.IGNORE_DR_PLAN_EXECUTION
    OPERATION_TYPE_CANCEL_DR_PLAN_EXECUTION = OperationType.CANCEL_DR_PLAN_EXECUTION
    OPERATION_TYPE_PAUSE_DR_PLAN_EXECUTION = OperationType.PAUSE_DR_PLAN_EXECUTION
    OPERATION_TYPE_RESUME_DR_PLAN_EXECUTION = OperationType.RESUME_DR_PLAN_EXECUTION
    OPERATION_TYPE_CREATE_AUTOMATIC_DR_CONFIGURATION = (
        OperationType.CREATE_AUTOMATIC_DR_CONFIGURATION
    )
    OPERATION_TYPE_DELETE_AUTOMATIC_DR_CONFIGURATION = (
        OperationType.DELETE_AUTOMATIC_DR_CONFIGURATION
    )
    OPERATION_TYPE_UPDATE_AUTOMATIC_DR_CONFIGURATION = (
        OperationType.UPDATE_AUTOMATIC_DR_CONFIGURATION
    )
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_WAITING = Status.WAITING
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_FAILED = Status.FAILED
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
    """An error associcated with a work request (``oci.disaster_recovery.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """The results of a workRequestError search. Contains both WorkRequestError items and other information, such as metadata (``oci.disaster_recovery.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message related to the execution of a work request (``oci.disaster_recovery.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """The results of a workRequestLog search. Contains both WorkRequestLog items and other information, such as metadata (``oci.disaster_recovery.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """The summary of a work request (``oci.disaster_recovery.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_DR_PROTECTION_GROUP = OperationType.CREATE_DR_PROTECTION_GROUP
    OPERATION_TYPE_UPDATE_DR_PROTECTION_GROUP = OperationType.UPDATE_DR_PROTECTION_GROUP
    OPERATION_TYPE_DELETE_DR_PROTECTION_GROUP = OperationType.DELETE_DR_PROTECTION_GROUP
    OPERATION_TYPE_MOVE_DR_PROTECTION_GROUP = OperationType.MOVE_DR_PROTECTION_GROUP
    OPERATION_TYPE_ASSOCIATE_DR_PROTECTION_GROUP = OperationType.ASSOCIATE_DR_PROTECTION_GROUP
    OPERATION_TYPE_DISASSOCIATE_DR_PROTECTION_GROUP = OperationType.DISASSOCIATE_DR_PROTECTION_GROUP
    OPERATION_TYPE_UPDATE_ROLE_DR_PROTECTION_GROUP = OperationType.UPDATE_ROLE_DR_PROTECTION_GROUP
    OPERATION_TYPE_CREATE_DR_PLAN = OperationType.CREATE_DR_PLAN
    OPERATION_TYPE_UPDATE_DR_PLAN = OperationType.UPDATE_DR_PLAN
    OPERATION_TYPE_DELETE_DR_PLAN = OperationType.DELETE_DR_PLAN
    OPERATION_TYPE_REFRESH_DR_PLAN = OperationType.REFRESH_DR_PLAN
    OPERATION_TYPE_VERIFY_DR_PLAN = OperationType.VERIFY_DR_PLAN
    OPERATION_TYPE_CREATE_DR_PLAN_EXECUTION = OperationType.CREATE_DR_PLAN_EXECUTION
    OPERATION_TYPE_UPDATE_DR_PLAN_EXECUTION = OperationType.UPDATE_DR_PLAN_EXECUTION
    OPERATION_TYPE_DELETE_DR_PLAN_EXECUTION = OperationType.DELETE_DR_PLAN_EXECUTION
    OPERATION_TYPE_RETRY_DR_PLAN_EXECUTION = OperationType.RETRY_DR_PLAN_EXECUTION
    OPERATION_TYPE_IGNORE_DR_PLAN_EXECUTION = OperationType.IGNORE_DR_PLAN_EXECUTION
    OPERATION_TYPE_CANCEL_DR_PLAN_EXECUTION = OperationType.CANCEL_DR_PLAN_EXECUTION
    OPERATION_TYPE_PAUSE_DR_PLAN_EXECUTION = OperationType.PAUSE_DR_PLAN_EXECUTION
    OPERATION_TYPE_RESUME_DR_PLAN_EXECUTION = OperationType.RESUME_DR_PLAN_EXECUTION
    OPERATION_TYPE_CREATE_AUTOMATIC_DR_CONFIGURATION = (
        OperationType.CREATE_AUTOMATIC_DR_CONFIGURATION
    )
    OPERATION_TYPE_DELETE_AUTOMATIC_DR_CONFIGURATION = (
        OperationType.DELETE_AUTOMATIC_DR_CONFIGURATION
    )
    OPERATION_TYPE_UPDATE_AUTOMATIC_DR_CONFIGURATION = (
        OperationType.UPDATE_AUTOMATIC_DR_CONFIGURATION
    )
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_WAITING = Status.WAITING
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_FAILED = Status.FAILED
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
    """The results of a workRequestSummary search. Contains both WorkRequestSummary items and other information, such as metadata (``oci.disaster_recovery.models.WorkRequestSummaryCollection``)."""

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
    service_family("disaster_recovery", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.disaster_recovery", "oci.disaster_recovery.models", CLASSES)
