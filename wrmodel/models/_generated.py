"""Identity's tagging and IAM work requests, as classes: generated from ``_declarations``.

By ``python -m wrmodel.models._generate``. Do not edit: change the declarations and generate again
(a test fails when this module is stale).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import pendulum

from ._enums import (
    IamOperationType,
    ResourceActionType,
    Status,
    TaggingOperationType,
    TaggingStatus,
)
from ._identity import WorkRequestResource
from ._models import (
    Model,
    Unknown,
    to_enum,
    to_optional_string,
    to_string,
    to_timestamp,
    to_unknown,
    tuple_of,
)
from ._percent import to_percent
from ._rules import EndsPartially, RecordsResources
from ._values import (
    required_time,
)

__all__ = (
    "TaggingWorkRequestErrorSummary",
    "TaggingWorkRequestLogSummary",
    "TaggingWorkRequest",
    "TaggingWorkRequestSummary",
    "IamWorkRequestErrorSummary",
    "IamWorkRequestLogSummary",
    "IamWorkRequestResource",
    "IamWorkRequest",
    "IamWorkRequestSummary",
)


def _tagging_operation_type(value: TaggingOperationType | str) -> TaggingOperationType:
    return to_enum(TaggingOperationType, value)


def _tagging_status(value: TaggingStatus | str) -> TaggingStatus:
    return to_enum(TaggingStatus, value)


def _work_request_resources(
    value: Sequence[WorkRequestResource] | None,
) -> tuple[WorkRequestResource, ...] | None:
    return tuple_of(WorkRequestResource, value)


def _resource_action_type(value: ResourceActionType | str) -> ResourceActionType:
    return to_enum(ResourceActionType, value)


def _iam_operation_type(value: IamOperationType | str) -> IamOperationType:
    return to_enum(IamOperationType, value)


def _status(value: Status | str) -> Status:
    return to_enum(Status, value)


def _iam_work_request_resources(
    value: Sequence[IamWorkRequestResource] | None,
) -> tuple[IamWorkRequestResource, ...] | None:
    return tuple_of(IamWorkRequestResource, value)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class TaggingWorkRequestErrorSummary(Model):
    """An error of a tagging work request."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class TaggingWorkRequestLogSummary(Model):
    """A line of the log of a tagging work request."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class TaggingWorkRequest(Model, RecordsResources, EndsPartially):
    """A tagging work request (``get_tagging_work_request``).

    Resources, no embedded logs or errors; ``PARTIALLY_SUCCEEDED`` is an end, not a success.
    """

    OPERATION_TYPE_DELETE_TAG_DEFINITION = TaggingOperationType.DELETE_TAG_DEFINITION
    OPERATION_TYPE_DELETE_NON_EMPTY_TAG_NAMESPACE = (
        TaggingOperationType.DELETE_NON_EMPTY_TAG_NAMESPACE
    )
    OPERATION_TYPE_BULK_DELETE_TAG_DEFINITION = TaggingOperationType.BULK_DELETE_TAG_DEFINITION
    OPERATION_TYPE_BULK_EDIT_OF_TAGS = TaggingOperationType.BULK_EDIT_OF_TAGS
    OPERATION_TYPE_IMPORT_STANDARD_TAGS = TaggingOperationType.IMPORT_STANDARD_TAGS
    STATUS_ACCEPTED = TaggingStatus.ACCEPTED
    STATUS_IN_PROGRESS = TaggingStatus.IN_PROGRESS
    STATUS_FAILED = TaggingStatus.FAILED
    STATUS_SUCCEEDED = TaggingStatus.SUCCEEDED
    STATUS_PARTIALLY_SUCCEEDED = TaggingStatus.PARTIALLY_SUCCEEDED
    STATUS_CANCELING = TaggingStatus.CANCELING
    STATUS_CANCELED = TaggingStatus.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: TaggingOperationType = attrs.field(converter=_tagging_operation_type)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    status: TaggingStatus = attrs.field(converter=_tagging_status)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class TaggingWorkRequestSummary(Model, RecordsResources, EndsPartially):
    """A tagging work request as ``list_tagging_work_requests`` gives it."""

    OPERATION_TYPE_DELETE_TAG_DEFINITION = TaggingOperationType.DELETE_TAG_DEFINITION
    OPERATION_TYPE_DELETE_NON_EMPTY_TAG_NAMESPACE = (
        TaggingOperationType.DELETE_NON_EMPTY_TAG_NAMESPACE
    )
    OPERATION_TYPE_BULK_DELETE_TAG_DEFINITION = TaggingOperationType.BULK_DELETE_TAG_DEFINITION
    OPERATION_TYPE_BULK_EDIT_OF_TAGS = TaggingOperationType.BULK_EDIT_OF_TAGS
    OPERATION_TYPE_IMPORT_STANDARD_TAGS = TaggingOperationType.IMPORT_STANDARD_TAGS
    STATUS_ACCEPTED = TaggingStatus.ACCEPTED
    STATUS_IN_PROGRESS = TaggingStatus.IN_PROGRESS
    STATUS_FAILED = TaggingStatus.FAILED
    STATUS_SUCCEEDED = TaggingStatus.SUCCEEDED
    STATUS_PARTIALLY_SUCCEEDED = TaggingStatus.PARTIALLY_SUCCEEDED
    STATUS_CANCELING = TaggingStatus.CANCELING
    STATUS_CANCELED = TaggingStatus.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: TaggingOperationType = attrs.field(converter=_tagging_operation_type)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    status: TaggingStatus = attrs.field(converter=_tagging_status)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class IamWorkRequestErrorSummary(Model):
    """An error of an iam work request."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class IamWorkRequestLogSummary(Model):
    """A line of the log of an iam work request."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class IamWorkRequestResource(Model):
    """A resource an IAM work request affects (no ``FAILED`` action)."""

    ACTION_TYPE_CREATED = ResourceActionType.CREATED
    ACTION_TYPE_UPDATED = ResourceActionType.UPDATED
    ACTION_TYPE_DELETED = ResourceActionType.DELETED
    ACTION_TYPE_RELATED = ResourceActionType.RELATED
    ACTION_TYPE_IN_PROGRESS = ResourceActionType.IN_PROGRESS

    action_type: ResourceActionType = attrs.field(converter=_resource_action_type)
    entity_type: str = attrs.field(converter=to_string)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class IamWorkRequest(Model, RecordsResources):
    """An IAM (identity domains) work request (``get_iam_work_request``).

    No embedded logs or errors.
    """

    OPERATION_TYPE_CREATE_DOMAIN = IamOperationType.CREATE_DOMAIN
    OPERATION_TYPE_REPLICATE_DOMAIN_TO_REGION = IamOperationType.REPLICATE_DOMAIN_TO_REGION
    OPERATION_TYPE_UPDATE_DOMAIN = IamOperationType.UPDATE_DOMAIN
    OPERATION_TYPE_ACTIVATE_DOMAIN = IamOperationType.ACTIVATE_DOMAIN
    OPERATION_TYPE_DEACTIVATE_DOMAIN = IamOperationType.DEACTIVATE_DOMAIN
    OPERATION_TYPE_DELETE_DOMAIN = IamOperationType.DELETE_DOMAIN
    OPERATION_TYPE_CHANGE_COMPARTMENT_FOR_DOMAIN = IamOperationType.CHANGE_COMPARTMENT_FOR_DOMAIN
    OPERATION_TYPE_CHANGE_LICENSE_TYPE_FOR_DOMAIN = IamOperationType.CHANGE_LICENSE_TYPE_FOR_DOMAIN
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: IamOperationType = attrs.field(converter=_iam_operation_type)
    status: Status = attrs.field(converter=_status)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    resources: tuple[IamWorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_iam_work_request_resources
    )
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class IamWorkRequestSummary(Model, RecordsResources):
    """An IAM work request as ``list_iam_work_requests`` gives it."""

    OPERATION_TYPE_CREATE_DOMAIN = IamOperationType.CREATE_DOMAIN
    OPERATION_TYPE_REPLICATE_DOMAIN_TO_REGION = IamOperationType.REPLICATE_DOMAIN_TO_REGION
    OPERATION_TYPE_UPDATE_DOMAIN = IamOperationType.UPDATE_DOMAIN
    OPERATION_TYPE_ACTIVATE_DOMAIN = IamOperationType.ACTIVATE_DOMAIN
    OPERATION_TYPE_DEACTIVATE_DOMAIN = IamOperationType.DEACTIVATE_DOMAIN
    OPERATION_TYPE_DELETE_DOMAIN = IamOperationType.DELETE_DOMAIN
    OPERATION_TYPE_CHANGE_COMPARTMENT_FOR_DOMAIN = IamOperationType.CHANGE_COMPARTMENT_FOR_DOMAIN
    OPERATION_TYPE_CHANGE_LICENSE_TYPE_FOR_DOMAIN = IamOperationType.CHANGE_LICENSE_TYPE_FOR_DOMAIN
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: IamOperationType = attrs.field(converter=_iam_operation_type)
    status: Status = attrs.field(converter=_status)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    resources: tuple[IamWorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_iam_work_request_resources
    )
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)
