"""``oci.security_attribute``'s work requests, as classes: generated from the OCI SDK's metadata.

By ``python -m wrmodel.services._generate``. Do not edit (a test fails when this module is stale).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs
import pendulum

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
from wrmodel.models._percent import to_percent
from wrmodel.models._rules import (
    EndsPartially,
    RecordsResources,
)

__all__ = (
    "ActionType",
    "OperationType",
    "Status",
    "WorkRequestResource",
    "SecurityAttributeWorkRequest",
    "SecurityAttributeWorkRequestErrorSummary",
    "SecurityAttributeWorkRequestLogSummary",
    "SecurityAttributeWorkRequestSummary",
    "CATALOG",
    "FAMILIES",
)


@know
class ActionType(enum.StrEnum):
    """The values of ``action_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATED = "CREATED"
    UPDATED = "UPDATED"
    DELETED = "DELETED"
    RELATED = "RELATED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    DELETE_SECURITY_ATTRIBUTE_DEFINITION = "DELETE_SECURITY_ATTRIBUTE_DEFINITION"
    DELETE_NON_EMPTY_SECURITY_ATTRIBUTE_NAMESPACE = "DELETE_NON_EMPTY_SECURITY_ATTRIBUTE_NAMESPACE"
    BULK_DELETE_SECURITY_ATTRIBUTES = "BULK_DELETE_SECURITY_ATTRIBUTES"
    BULK_EDIT_OF_SECURITY_ATTRIBUTES = "BULK_EDIT_OF_SECURITY_ATTRIBUTES"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    PARTIALLY_SUCCEEDED = "PARTIALLY_SUCCEEDED"
    CANCELING = "CANCELING"
    CANCELED = "CANCELED"
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


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """The resource entity (``oci.security_attribute.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_FAILED = ActionType.FAILED

    identifier: str = attrs.field(converter=to_string)
    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class SecurityAttributeWorkRequest(Model, RecordsResources, EndsPartially):
    """The asynchronous API request does not take effect immediately. This request spawns an asynchronous workflow to fulfill the request. WorkRequest objects provide visibility for in-progress workflows (``oci.security_attribute.models.SecurityAttributeWorkRequest``)."""

    OPERATION_TYPE_DELETE_SECURITY_ATTRIBUTE_DEFINITION = (
        OperationType.DELETE_SECURITY_ATTRIBUTE_DEFINITION
    )
    OPERATION_TYPE_DELETE_NON_EMPTY_SECURITY_ATTRIBUTE_NAMESPACE = (
        OperationType.DELETE_NON_EMPTY_SECURITY_ATTRIBUTE_NAMESPACE
    )
    OPERATION_TYPE_BULK_DELETE_SECURITY_ATTRIBUTES = OperationType.BULK_DELETE_SECURITY_ATTRIBUTES
    OPERATION_TYPE_BULK_EDIT_OF_SECURITY_ATTRIBUTES = OperationType.BULK_EDIT_OF_SECURITY_ATTRIBUTES
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_PARTIALLY_SUCCEEDED = Status.PARTIALLY_SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    status: Status = attrs.field(converter=_status)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class SecurityAttributeWorkRequestErrorSummary(Model):
    """The error entity (``oci.security_attribute.models.SecurityAttributeWorkRequestErrorSummary``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class SecurityAttributeWorkRequestLogSummary(Model):
    """The log entity (``oci.security_attribute.models.SecurityAttributeWorkRequestLogSummary``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class SecurityAttributeWorkRequestSummary(Model, RecordsResources, EndsPartially):
    """The work request summary. Tracks the status of the asynchronous operation (``oci.security_attribute.models.SecurityAttributeWorkRequestSummary``)."""

    OPERATION_TYPE_DELETE_SECURITY_ATTRIBUTE_DEFINITION = (
        OperationType.DELETE_SECURITY_ATTRIBUTE_DEFINITION
    )
    OPERATION_TYPE_DELETE_NON_EMPTY_SECURITY_ATTRIBUTE_NAMESPACE = (
        OperationType.DELETE_NON_EMPTY_SECURITY_ATTRIBUTE_NAMESPACE
    )
    OPERATION_TYPE_BULK_DELETE_SECURITY_ATTRIBUTES = OperationType.BULK_DELETE_SECURITY_ATTRIBUTES
    OPERATION_TYPE_BULK_EDIT_OF_SECURITY_ATTRIBUTES = OperationType.BULK_EDIT_OF_SECURITY_ATTRIBUTES
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_PARTIALLY_SUCCEEDED = Status.PARTIALLY_SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    status: Status = attrs.field(converter=_status)
    resources: tuple[WorkRequestResource, ...] | None = attrs.field(
        default=None, converter=_work_request_resources
    )
    time_accepted: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    SecurityAttributeWorkRequest,
    SecurityAttributeWorkRequestErrorSummary,
    SecurityAttributeWorkRequestLogSummary,
    SecurityAttributeWorkRequestSummary,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family(
        "security_attribute",
        SecurityAttributeWorkRequest,
        SecurityAttributeWorkRequestSummary,
        Status,
        CLASSES,
    ),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.security_attribute", "oci.security_attribute.models", CLASSES)
