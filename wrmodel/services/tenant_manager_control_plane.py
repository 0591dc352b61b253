"""``oci.tenant_manager_control_plane``'s work requests, as classes: generated from the OCI SDK's metadata.

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

    CREATE_SENDER_INVITATION = "CREATE_SENDER_INVITATION"
    ACCEPT_RECIPIENT_INVITATION = "ACCEPT_RECIPIENT_INVITATION"
    CANCEL_SENDER_INVITATION = "CANCEL_SENDER_INVITATION"
    COMPLETE_ORDER_ACTIVATION = "COMPLETE_ORDER_ACTIVATION"
    ACTIVATE_ORDER_EXISTING_TENANCY = "ACTIVATE_ORDER_EXISTING_TENANCY"
    REGISTER_DOMAIN = "REGISTER_DOMAIN"
    RELEASE_DOMAIN = "RELEASE_DOMAIN"
    CREATE_CHILD_TENANCY = "CREATE_CHILD_TENANCY"
    ASSIGN_DEFAULT_SUBSCRIPTION = "ASSIGN_DEFAULT_SUBSCRIPTION"
    MANUAL_LINK_CREATION = "MANUAL_LINK_CREATION"
    TERMINATE_ORGANIZATION_TENANCY = "TERMINATE_ORGANIZATION_TENANCY"
    UPDATE_SAAS_CAPABILITY = "UPDATE_SAAS_CAPABILITY"
    SOFT_TERMINATE_TENANCY = "SOFT_TERMINATE_TENANCY"
    HARD_TERMINATE_TENANCY = "HARD_TERMINATE_TENANCY"
    RESTORE_TENANCY = "RESTORE_TENANCY"
    LOG_TENANCY_TERMINATION_REQUEST = "LOG_TENANCY_TERMINATION_REQUEST"
    STANDALONE_TENANCY_TERMINATION_REQUEST = "STANDALONE_TENANCY_TERMINATION_REQUEST"
    SELF_OPT_IN = "SELF_OPT_IN"
    SELF_OPT_OUT = "SELF_OPT_OUT"
    ORDER_PAYLOADS_BACKFILL_ETL = "ORDER_PAYLOADS_BACKFILL_ETL"
    PUBLISH_TO_TOPIC = "PUBLISH_TO_TOPIC"
    TERMINATE_LINK = "TERMINATE_LINK"
    TRANSFER_SUBSCRIPTION = "TRANSFER_SUBSCRIPTION"
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
    """A resource created or operated on by a work request (``oci.tenant_manager_control_plane.models.WorkRequestResource``)."""

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
    """A description of the work request status (``oci.tenant_manager_control_plane.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_SENDER_INVITATION = OperationType.CREATE_SENDER_INVITATION
    OPERATION_TYPE_ACCEPT_RECIPIENT_INVITATION = OperationType.ACCEPT_RECIPIENT_INVITATION
    OPERATION_TYPE_CANCEL_SENDER_INVITATION = OperationType.CANCEL_SENDER_INVITATION
    OPERATION_TYPE_COMPLETE_ORDER_ACTIVATION = OperationType.COMPLETE_ORDER_ACTIVATION
    OPERATION_TYPE_ACTIVATE_ORDER_EXISTING_TENANCY = OperationType.ACTIVATE_ORDER_EXISTING_TENANCY
    OPERATION_TYPE_REGISTER_DOMAIN = OperationType.REGISTER_DOMAIN
    OPERATION_TYPE_RELEASE_DOMAIN = OperationType.RELEASE_DOMAIN
    OPERATION_TYPE_CREATE_CHILD_TENANCY = OperationType.CREATE_CHILD_TENANCY
    OPERATION_TYPE_ASSIGN_DEFAULT_SUBSCRIPTION = OperationType.ASSIGN_DEFAULT_SUBSCRIPTION
    OPERATION_TYPE_MANUAL_LINK_CREATION = OperationType.MANUAL_LINK_CREATION
    OPERATION_TYPE_TERMINATE_ORGANIZATION_TENANCY = OperationType.TERMINATE_ORGANIZATION_TENANCY
    OPERATION_TYPE_UPDATE_SAAS_CAPABILITY = OperationType.UPDATE_SAAS_CAPABILITY
    OPERATION_TYPE_SOFT_TERMINATE_TENANCY = OperationType.SOFT_TERMINATE_TENANCY
    OPERATION_TYPE_HARD_TERMINATE_TENANCY = OperationType.HARD_TERMINATE_TENANCY
    OPERATION_TYPE_RESTORE_TENANCY = OperationType.RESTORE_TENANCY
    OPERATION_TYPE_LOG_TENANCY_TERMINATION_REQUEST = OperationType.LOG_TENANCY_TERMINATION_REQUEST
    OPERATION_TYPE_STANDALONE_TENANCY_TERMINATION_REQUEST = (
        OperationType.STANDALONE_TENANCY_TERMINATION_REQUEST
    )
    OPERATION_TYPE_SELF_OPT_IN = OperationType.SELF_OPT_IN
    OPERATION_TYPE_SELF_OPT_OUT = OperationType.SELF_OPT_OUT
    OPERATION_TYPE_ORDER_PAYLOADS_BACKFILL_ETL = OperationType.ORDER_PAYLOADS_BACKFILL_ETL
    OPERATION_TYPE_PUBLISH_TO_TOPIC = OperationType.PUBLISH_TO_TOPIC
    OPERATION_TYPE_TERMINATE_LINK = OperationType.TERMINATE_LINK
    OPERATION_TYPE_TRANSFER_SUBSCRIPTION = OperationType.TRANSFER_SUBSCRIPTION
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
    """A summary of work request status (``oci.tenant_manager_control_plane.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_SENDER_INVITATION = OperationType.CREATE_SENDER_INVITATION
    OPERATION_TYPE_ACCEPT_RECIPIENT_INVITATION = OperationType.ACCEPT_RECIPIENT_INVITATION
    OPERATION_TYPE_CANCEL_SENDER_INVITATION = OperationType.CANCEL_SENDER_INVITATION
    OPERATION_TYPE_COMPLETE_ORDER_ACTIVATION = OperationType.COMPLETE_ORDER_ACTIVATION
    OPERATION_TYPE_ACTIVATE_ORDER_EXISTING_TENANCY = OperationType.ACTIVATE_ORDER_EXISTING_TENANCY
    OPERATION_TYPE_REGISTER_DOMAIN = OperationType.REGISTER_DOMAIN
    OPERATION_TYPE_RELEASE_DOMAIN = OperationType.RELEASE_DOMAIN
    OPERATION_TYPE_CREATE_CHILD_TENANCY = OperationType.CREATE_CHILD_TENANCY
    OPERATION_TYPE_ASSIGN_DEFAULT_SUBSCRIPTION = OperationType.ASSIGN_DEFAULT_SUBSCRIPTION
    OPERATION_TYPE_MANUAL_LINK_CREATION = OperationType.MANUAL_LINK_CREATION
    OPERATION_TYPE_TERMINATE_ORGANIZATION_TENANCY = OperationType.TERMINATE_ORGANIZATION_TENANCY
    OPERATION_TYPE_UPDATE_SAAS_CAPABILITY = OperationType.UPDATE_SAAS_CAPABILITY
    OPERATION_TYPE_SOFT_TERMINATE_TENANCY = OperationType.SOFT_TERMINATE_TENANCY
    OPERATION_TYPE_HARD_TERMINATE_TENANCY = OperationType.HARD_TERMINATE_TENANCY
    OPERATION_TYPE_RESTORE_TENANCY = OperationType.RESTORE_TENANCY
    OPERATION_TYPE_LOG_TENANCY_TERMINATION_REQUEST = OperationType.LOG_TENANCY_TERMINATION_REQUEST
    OPERATION_TYPE_STANDALONE_TENANCY_TERMINATION_REQUEST = (
        OperationType.STANDALONE_TENANCY_TERMINATION_REQUEST
    )
    OPERATION_TYPE_SELF_OPT_IN = OperationType.SELF_OPT_IN
    OPERATION_TYPE_SELF_OPT_OUT = OperationType.SELF_OPT_OUT
    OPERATION_TYPE_ORDER_PAYLOADS_BACKFILL_ETL = OperationType.ORDER_PAYLOADS_BACKFILL_ETL
    OPERATION_TYPE_PUBLISH_TO_TOPIC = OperationType.PUBLISH_TO_TOPIC
    OPERATION_TYPE_TERMINATE_LINK = OperationType.TERMINATE_LINK
    OPERATION_TYPE_TRANSFER_SUBSCRIPTION = OperationType.TRANSFER_SUBSCRIPTION
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
    """Result of a query request for a list of work requests. Contains WorkRequestSummary items (``oci.tenant_manager_control_plane.models.WorkRequestCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.tenant_manager_control_plane.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Result of a query request for a list of work request errors. Contains WorkRequestError items (``oci.tenant_manager_control_plane.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.tenant_manager_control_plane.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Result of a query request for a list of work request log entries. Contains WorkRequestLogEntry items (``oci.tenant_manager_control_plane.models.WorkRequestLogEntryCollection``)."""

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
    service_family(
        "tenant_manager_control_plane", WorkRequest, WorkRequestSummary, Status, CLASSES
    ),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog(
    "services.tenant_manager_control_plane", "oci.tenant_manager_control_plane.models", CLASSES
)
