"""``oci.marketplace_publisher``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    "AdminWorkRequestSummary",
    "AdminWorkRequestSummaryCollection",
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

    CREATE_OFFER = "CREATE_OFFER"
    UPDATE_OFFER = "UPDATE_OFFER"
    DELETE_OFFER = "DELETE_OFFER"
    MOVE_OFFER = "MOVE_OFFER"
    DELETE_OFFER_ATTACHMENT = "DELETE_OFFER_ATTACHMENT"
    UPDATE_OFFER_QUOTE = "UPDATE_OFFER_QUOTE"
    CREATE_OFFER_QUOTE = "CREATE_OFFER_QUOTE"
    CREATE_OFFER_QUOTE_ATTACHMENT = "CREATE_OFFER_QUOTE_ATTACHMENT"
    CREATE_CUSTOMER_INSTANCE_REPORT_EXPORT = "CREATE_CUSTOMER_INSTANCE_REPORT_EXPORT"
    PUBLISH_LISTING_REVISION_PACKAGE = "PUBLISH_LISTING_REVISION_PACKAGE"
    UNPUBLISH_LISTING_REVISION_PACKAGE = "UNPUBLISH_LISTING_REVISION_PACKAGE"
    PUBLISH_LISTING_REVISION = "PUBLISH_LISTING_REVISION"
    PUBLISH_LISTING_REVISION_AS_PRIVATE = "PUBLISH_LISTING_REVISION_AS_PRIVATE"
    WITHDRAW_LISTING_REVISION = "WITHDRAW_LISTING_REVISION"
    CLONE_LISTING_REVISION = "CLONE_LISTING_REVISION"
    CASCADING_DELETE_LISTING = "CASCADING_DELETE_LISTING"
    CASCADING_DELETE_LISTING_REVISION = "CASCADING_DELETE_LISTING_REVISION"
    MARK_AS_DEFAULT_LISTING_REVISION_PACKAGE = "MARK_AS_DEFAULT_LISTING_REVISION_PACKAGE"
    CHANGE_LISTING_COMPARTMENT = "CHANGE_LISTING_COMPARTMENT"
    CREATE_ARTIFACT = "CREATE_ARTIFACT"
    VALIDATE_AND_PUBLISH_ARTIFACT = "VALIDATE_AND_PUBLISH_ARTIFACT"
    CHANGE_ARTIFACT_COMPARTMENT = "CHANGE_ARTIFACT_COMPARTMENT"
    CHANGE_TERM_COMPARTMENT = "CHANGE_TERM_COMPARTMENT"
    DELETE_ARTIFACT = "DELETE_ARTIFACT"
    UPDATE_ARTIFACT = "UPDATE_ARTIFACT"
    REALM_BUILD = "REALM_BUILD"
    UPDATE_LISTING_REVISION_METADATA = "UPDATE_LISTING_REVISION_METADATA"
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


def _required_admin_work_request_summaries(
    value: Sequence[AdminWorkRequestSummary],
) -> tuple[AdminWorkRequestSummary, ...]:
    items = tuple_of(AdminWorkRequestSummary, value)
    what = "a sequence of AdminWorkRequestSummary"
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
    """A resource created or operated on by a work request (``oci.marketplace_publisher.models.WorkRequestResource``)."""

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
class AdminWorkRequestSummary(Model, RecordsResources):
    """A summary of the status of a work request (``oci.marketplace_publisher.models.AdminWorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_OFFER = OperationType.CREATE_OFFER
    OPERATION_TYPE_UPDATE_OFFER = OperationType.UPDATE_OFFER
    OPERATION_TYPE_DELETE_OFFER = OperationType.DELETE_OFFER
    OPERATION_TYPE_MOVE_OFFER = OperationType.MOVE_OFFER
    OPERATION_TYPE_DELETE_OFFER_ATTACHMENT = OperationType.DELETE_OFFER_ATTACHMENT
    OPERATION_TYPE_UPDATE_OFFER_QUOTE = OperationType.UPDATE_OFFER_QUOTE
    OPERATION_TYPE_CREATE_OFFER_QUOTE = OperationType.CREATE_OFFER_QUOTE
    OPERATION_TYPE_CREATE_OFFER_QUOTE_ATTACHMENT = OperationType.CREATE_OFFER_QUOTE_ATTACHMENT
    OPERATION_TYPE_CREATE_CUSTOMER_INSTANCE_REPORT_EXPORT = (
        OperationType.CREATE_CUSTOMER_INSTANCE_REPORT_EXPORT
    )
    OPERATION_TYPE_PUBLISH_LISTING_REVISION_PACKAGE = OperationType.PUBLISH_LISTING_REVISION_PACKAGE
    OPERATION_TYPE_UNPUBLISH_LISTING_REVISION_PACKAGE = (
        OperationType.UNPUBLISH_LISTING_REVISION_PACKAGE
    )
    OPERATION_TYPE_PUBLISH_LISTING_REVISION = OperationType.PUBLISH_LISTING_REVISION
    OPERATION_TYPE_PUBLISH_LISTING_REVISION_AS_PRIVATE = (
        OperationType.PUBLISH_LISTING_REVISION_AS_PRIVATE
    )
    OPERATION_TYPE_WITHDRAW_LISTING_REVISION = OperationType.WITHDRAW_LISTING_REVISION
    OPERATION_TYPE_CLONE_LISTING_REVISION = OperationType.CLONE_LISTING_REVISION
    OPERATION_TYPE_CASCADING_DELETE_LISTING = OperationType.CASCADING_DELETE_LISTING
    OPERATION_TYPE_CASCADING_DELETE_LISTING_REVISION = (
        OperationType.CASCADING_DELETE_LISTING_REVISION
    )
    OPERATION_TYPE_MARK_AS_DEFAULT_LISTING_REVISION_PACKAGE = (
        OperationType.MARK_AS_DEFAULT_LISTING_REVISION_PACKAGE
    )
    OPERATION_TYPE_CHANGE_LISTING_COMPARTMENT = OperationType.CHANGE_LISTING_COMPARTMENT
    OPERATION_TYPE_CREATE_ARTIFACT = OperationType.CREATE_ARTIFACT
    OPERATION_TYPE_VALIDATE_AND_PUBLISH_ARTIFACT = OperationType.VALIDATE_AND_PUBLISH_ARTIFACT
    OPERATION_TYPE_CHANGE_ARTIFACT_COMPARTMENT = OperationType.CHANGE_ARTIFACT_COMPARTMENT
    OPERATION_TYPE_CHANGE_TERM_COMPARTMENT = OperationType.CHANGE_TERM_COMPARTMENT
    OPERATION_TYPE_DELETE_ARTIFACT = OperationType.DELETE_ARTIFACT
    OPERATION_TYPE_UPDATE_ARTIFACT = OperationType.UPDATE_ARTIFACT
    OPERATION_TYPE_REALM_BUILD = OperationType.REALM_BUILD
    OPERATION_TYPE_UPDATE_LISTING_REVISION_METADATA = OperationType.UPDATE_LISTING_REVISION_METADATA
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
class AdminWorkRequestSummaryCollection(Model):
    """Results of a workRequest search. Contains both WorkRequest items and other information, such as metadata (``oci.marketplace_publisher.models.AdminWorkRequestSummaryCollection``)."""

    items: tuple[AdminWorkRequestSummary, ...] = attrs.field(
        converter=_required_admin_work_request_summaries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """A description of workrequest status (``oci.marketplace_publisher.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_OFFER = OperationType.CREATE_OFFER
    OPERATION_TYPE_UPDATE_OFFER = OperationType.UPDATE_OFFER
    OPERATION_TYPE_DELETE_OFFER = OperationType.DELETE_OFFER
    OPERATION_TYPE_MOVE_OFFER = OperationType.MOVE_OFFER
    OPERATION_TYPE_DELETE_OFFER_ATTACHMENT = OperationType.DELETE_OFFER_ATTACHMENT
    OPERATION_TYPE_UPDATE_OFFER_QUOTE = OperationType.UPDATE_OFFER_QUOTE
    OPERATION_TYPE_CREATE_OFFER_QUOTE = OperationType.CREATE_OFFER_QUOTE
    OPERATION_TYPE_CREATE_OFFER_QUOTE_ATTACHMENT = OperationType.CREATE_OFFER_QUOTE_ATTACHMENT
    OPERATION_TYPE_CREATE_CUSTOMER_INSTANCE_REPORT_EXPORT = (
        OperationType.CREATE_CUSTOMER_INSTANCE_REPORT_EXPORT
    )
    OPERATION_TYPE_PUBLISH_LISTING_REVISION_PACKAGE = OperationType.PUBLISH_LISTING_REVISION_PACKAGE
    OPERATION_TYPE_UNPUBLISH_LISTING_REVISION_PACKAGE = (
        OperationType.UNPUBLISH_LISTING_REVISION_PACKAGE
    )
    OPERATION_TYPE_PUBLISH_LISTING_REVISION = OperationType.PUBLISH_LISTING_REVISION
    OPERATION_TYPE_PUBLISH_LISTING_REVISION_AS_PRIVATE = (
        OperationType.PUBLISH_LISTING_REVISION_AS_PRIVATE
    )
    OPERATION_TYPE_WITHDRAW_LISTING_REVISION = OperationType.WITHDRAW_LISTING_REVISION
    OPERATION_TYPE_CLONE_LISTING_REVISION = OperationType.CLONE_LISTING_REVISION
    OPERATION_TYPE_CASCADING_DELETE_LISTING = OperationType.CASCADING_DELETE_LISTING
    OPERATION_TYPE_CASCADING_DELETE_LISTING_REVISION = (
        OperationType.CASCADING_DELETE_LISTING_REVISION
    )
    OPERATION_TYPE_MARK_AS_DEFAULT_LISTING_REVISION_PACKAGE = (
        OperationType.MARK_AS_DEFAULT_LISTING_REVISION_PACKAGE
    )
    OPERATION_TYPE_CHANGE_LISTING_COMPARTMENT = OperationType.CHANGE_LISTING_COMPARTMENT
    OPERATION_TYPE_CREATE_ARTIFACT = OperationType.CREATE_ARTIFACT
    OPERATION_TYPE_VALIDATE_AND_PUBLISH_ARTIFACT = OperationType.VALIDATE_AND_PUBLISH_ARTIFACT
    OPERATION_TYPE_CHANGE_ARTIFACT_COMPARTMENT = OperationType.CHANGE_ARTIFACT_COMPARTMENT
    OPERATION_TYPE_CHANGE_TERM_COMPARTMENT = OperationType.CHANGE_TERM_COMPARTMENT
    OPERATION_TYPE_DELETE_ARTIFACT = OperationType.DELETE_ARTIFACT
    OPERATION_TYPE_UPDATE_ARTIFACT = OperationType.UPDATE_ARTIFACT
    OPERATION_TYPE_REALM_BUILD = OperationType.REALM_BUILD
    OPERATION_TYPE_UPDATE_LISTING_REVISION_METADATA = OperationType.UPDATE_LISTING_REVISION_METADATA
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
    """An error encountered while executing a work request (``oci.marketplace_publisher.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of a workRequestError search. Contains both WorkRequestError items and other information, such as metadata (``oci.marketplace_publisher.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.marketplace_publisher.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Results of a workRequestLog search. Contains both workRequestLog items and other information, such as metadata (``oci.marketplace_publisher.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A summary of the status of a work request (``oci.marketplace_publisher.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_OFFER = OperationType.CREATE_OFFER
    OPERATION_TYPE_UPDATE_OFFER = OperationType.UPDATE_OFFER
    OPERATION_TYPE_DELETE_OFFER = OperationType.DELETE_OFFER
    OPERATION_TYPE_MOVE_OFFER = OperationType.MOVE_OFFER
    OPERATION_TYPE_DELETE_OFFER_ATTACHMENT = OperationType.DELETE_OFFER_ATTACHMENT
    OPERATION_TYPE_UPDATE_OFFER_QUOTE = OperationType.UPDATE_OFFER_QUOTE
    OPERATION_TYPE_CREATE_OFFER_QUOTE = OperationType.CREATE_OFFER_QUOTE
    OPERATION_TYPE_CREATE_OFFER_QUOTE_ATTACHMENT = OperationType.CREATE_OFFER_QUOTE_ATTACHMENT
    OPERATION_TYPE_CREATE_CUSTOMER_INSTANCE_REPORT_EXPORT = (
        OperationType.CREATE_CUSTOMER_INSTANCE_REPORT_EXPORT
    )
    OPERATION_TYPE_PUBLISH_LISTING_REVISION_PACKAGE = OperationType.PUBLISH_LISTING_REVISION_PACKAGE
    OPERATION_TYPE_UNPUBLISH_LISTING_REVISION_PACKAGE = (
        OperationType.UNPUBLISH_LISTING_REVISION_PACKAGE
    )
    OPERATION_TYPE_PUBLISH_LISTING_REVISION = OperationType.PUBLISH_LISTING_REVISION
    OPERATION_TYPE_PUBLISH_LISTING_REVISION_AS_PRIVATE = (
        OperationType.PUBLISH_LISTING_REVISION_AS_PRIVATE
    )
    OPERATION_TYPE_WITHDRAW_LISTING_REVISION = OperationType.WITHDRAW_LISTING_REVISION
    OPERATION_TYPE_CLONE_LISTING_REVISION = OperationType.CLONE_LISTING_REVISION
    OPERATION_TYPE_CASCADING_DELETE_LISTING = OperationType.CASCADING_DELETE_LISTING
    OPERATION_TYPE_CASCADING_DELETE_LISTING_REVISION = (
        OperationType.CASCADING_DELETE_LISTING_REVISION
    )
    OPERATION_TYPE_MARK_AS_DEFAULT_LISTING_REVISION_PACKAGE = (
        OperationType.MARK_AS_DEFAULT_LISTING_REVISION_PACKAGE
    )
    OPERATION_TYPE_CHANGE_LISTING_COMPARTMENT = OperationType.CHANGE_LISTING_COMPARTMENT
    OPERATION_TYPE_CREATE_ARTIFACT = OperationType.CREATE_ARTIFACT
    OPERATION_TYPE_VALIDATE_AND_PUBLISH_ARTIFACT = OperationType.VALIDATE_AND_PUBLISH_ARTIFACT
    OPERATION_TYPE_CHANGE_ARTIFACT_COMPARTMENT = OperationType.CHANGE_ARTIFACT_COMPARTMENT
    OPERATION_TYPE_CHANGE_TERM_COMPARTMENT = OperationType.CHANGE_TERM_COMPARTMENT
    OPERATION_TYPE_DELETE_ARTIFACT = OperationType.DELETE_ARTIFACT
    OPERATION_TYPE_UPDATE_ARTIFACT = OperationType.UPDATE_ARTIFACT
    OPERATION_TYPE_REALM_BUILD = OperationType.REALM_BUILD
    OPERATION_TYPE_UPDATE_LISTING_REVISION_METADATA = OperationType.UPDATE_LISTING_REVISION_METADATA
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
    """Results of a workRequest search. Contains both WorkRequest items and other information, such as metadata (``oci.marketplace_publisher.models.WorkRequestSummaryCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    AdminWorkRequestSummary,
    AdminWorkRequestSummaryCollection,
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
    service_family(
        "marketplace_publisher", AdminWorkRequestSummary, AdminWorkRequestSummary, Status, CLASSES
    ),
    service_family("marketplace_publisher", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.marketplace_publisher", "oci.marketplace_publisher.models", CLASSES)
