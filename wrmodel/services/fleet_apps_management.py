"""``oci.fleet_apps_management``'s work requests, as classes: generated from the OCI SDK's metadata.

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

    CREATE_FLEET = "CREATE_FLEET"
    UPDATE_FLEET = "UPDATE_FLEET"
    DELETE_FLEET = "DELETE_FLEET"
    MOVE_FLEET = "MOVE_FLEET"
    CONFIRM_TARGET = "CONFIRM_TARGET"
    GENERATE_COMPLIANCE = "GENERATE_COMPLIANCE"
    REQUEST_TARGET_DISCOVERY = "REQUEST_TARGET_DISCOVERY"
    VALIDATE_RESOURCE = "VALIDATE_RESOURCE"
    CREATE_CREDENTIAL = "CREATE_CREDENTIAL"
    UPDATE_CREDENTIAL = "UPDATE_CREDENTIAL"
    DELETE_CREDENTIAL = "DELETE_CREDENTIAL"
    CREATE_SCHEDULE = "CREATE_SCHEDULE"
    UPDATE_SCHEDULE = "UPDATE_SCHEDULE"
    UPDATE_MAINTENANCE_WINDOW = "UPDATE_MAINTENANCE_WINDOW"
    DELETE_MAINTENANCE_WINDOW = "DELETE_MAINTENANCE_WINDOW"
    CREATE_FLEET_RESOURCE = "CREATE_FLEET_RESOURCE"
    UPDATE_FLEET_RESOURCE = "UPDATE_FLEET_RESOURCE"
    DELETE_FLEET_RESOURCE = "DELETE_FLEET_RESOURCE"
    CREATE_FAMS_ONBOARDING = "CREATE_FAMS_ONBOARDING"
    CREATE_RUNBOOK = "CREATE_RUNBOOK"
    UPDATE_RUNBOOK = "UPDATE_RUNBOOK"
    DELETE_RUNBOOK = "DELETE_RUNBOOK"
    PUBLISH_RUNBOOK = "PUBLISH_RUNBOOK"
    MOVE_RUNBOOK = "MOVE_RUNBOOK"
    CREATE_RUNBOOK_VERSION = "CREATE_RUNBOOK_VERSION"
    UPDATE_RUNBOOK_VERSION = "UPDATE_RUNBOOK_VERSION"
    DELETE_RUNBOOK_VERSION = "DELETE_RUNBOOK_VERSION"
    PUBLISH_RUNBOOK_VERSION = "PUBLISH_RUNBOOK_VERSION"
    MOVE_TASK = "MOVE_TASK"
    EXPORT_RUNBOOK = "EXPORT_RUNBOOK"
    IMPORT_RUNBOOK = "IMPORT_RUNBOOK"
    EXPORT_RUNBOOK_VERSION = "EXPORT_RUNBOOK_VERSION"
    IMPORT_RUNBOOK_VERSION = "IMPORT_RUNBOOK_VERSION"
    UPDATE_TASK = "UPDATE_TASK"
    DELETE_TASK = "DELETE_TASK"
    UPDATE_FAMS_ONBOARDING = "UPDATE_FAMS_ONBOARDING"
    DELETE_FAMS_ONBOARDING = "DELETE_FAMS_ONBOARDING"
    CREATE_COMPLIANCE_POLICY_RULE = "CREATE_COMPLIANCE_POLICY_RULE"
    UPDATE_COMPLIANCE_POLICY_RULE = "UPDATE_COMPLIANCE_POLICY_RULE"
    DELETE_COMPLIANCE_POLICY_RULE = "DELETE_COMPLIANCE_POLICY_RULE"
    UPDATE_PATCH = "UPDATE_PATCH"
    DELETE_PATCH = "DELETE_PATCH"
    MOVE_PATCH = "MOVE_PATCH"
    MANAGE_JOB_EXECUTION = "MANAGE_JOB_EXECUTION"
    DELETE_PLATFORM_CONFIGURATION = "DELETE_PLATFORM_CONFIGURATION"
    UPDATE_PLATFORM_CONFIGURATION = "UPDATE_PLATFORM_CONFIGURATION"
    MOVE_PLATFORM_CONFIGURATION = "MOVE_PLATFORM_CONFIGURATION"
    CREATE_PLATFORM_CONFIGURATION = "CREATE_PLATFORM_CONFIGURATION"
    MOVE_PROPERTY = "MOVE_PROPERTY"
    CREATE_CATALOG_ITEM = "CREATE_CATALOG_ITEM"
    UPDATE_CATALOG_ITEM = "UPDATE_CATALOG_ITEM"
    DELETE_CATALOG_ITEM = "DELETE_CATALOG_ITEM"
    MOVE_CATALOG_ITEM = "MOVE_CATALOG_ITEM"
    CLONE_CATALOG_ITEM = "CLONE_CATALOG_ITEM"
    CREATE_PROVISION = "CREATE_PROVISION"
    UPDATE_PROVISION = "UPDATE_PROVISION"
    DELETE_PROVISION = "DELETE_PROVISION"
    MOVE_PROVISION = "MOVE_PROVISION"
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
    """A resource created or operated on by a work request (``oci.fleet_apps_management.models.WorkRequestResource``)."""

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
    """A description of workrequest status (``oci.fleet_apps_management.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_FLEET = OperationType.CREATE_FLEET
    OPERATION_TYPE_UPDATE_FLEET = OperationType.UPDATE_FLEET
    OPERATION_TYPE_DELETE_FLEET = OperationType.DELETE_FLEET
    OPERATION_TYPE_MOVE_FLEET = OperationType.MOVE_FLEET
    OPERATION_TYPE_CONFIRM_TARGET = OperationType.CONFIRM_TARGET
    OPERATION_TYPE_GENERATE_COMPLIANCE = OperationType.GENERATE_COMPLIANCE
    OPERATION_TYPE_REQUEST_TARGET_DISCOVERY = OperationType.REQUEST_TARGET_DISCOVERY
    OPERATION_TYPE_VALIDATE_RESOURCE = OperationType.VALIDATE_RESOURCE
    OPERATION_TYPE_CREATE_CREDENTIAL = OperationType.CREATE_CREDENTIAL
    OPERATION_TYPE_UPDATE_CREDENTIAL = OperationType.UPDATE_CREDENTIAL
    OPERATION_TYPE_DELETE_CREDENTIAL = OperationType.DELETE_CREDENTIAL
    OPERATION_TYPE_CREATE_SCHEDULE = OperationType.CREATE_SCHEDULE
    OPERATION_TYPE_UPDATE_SCHEDULE = OperationType.UPDATE_SCHEDULE
    OPERATION_TYPE_UPDATE_MAINTENANCE_WINDOW = OperationType.UPDATE_MAINTENANCE_WINDOW
    OPERATION_TYPE_DELETE_MAINTENANCE_WINDOW = OperationType.DELETE_MAINTENANCE_WINDOW
    OPERATION_TYPE_CREATE_FLEET_RESOURCE = OperationType.CREATE_FLEET_RESOURCE
    OPERATION_TYPE_UPDATE_FLEET_RESOURCE = OperationType.UPDATE_FLEET_RESOURCE
    OPERATION_TYPE_DELETE_FLEET_RESOURCE = OperationType.DELETE_FLEET_RESOURCE
    OPERATION_TYPE_CREATE_FAMS_ONBOARDING = OperationType.CREATE_FAMS_ONBOARDING
    OPERATION_TYPE_CREATE_RUNBOOK = OperationType.CREATE_RUNBOOK
    OPERATION_TYPE_UPDATE_RUNBOOK = OperationType.UPDATE_RUNBOOK
    OPERATION_TYPE_DELETE_RUNBOOK = OperationType.DELETE_RUNBOOK
    OPERATION_TYPE_PUBLISH_RUNBOOK = OperationType.PUBLISH_RUNBOOK
    OPERATION_TYPE_MOVE_RUNBOOK = OperationType.MOVE_RUNBOOK
    OPERATION_TYPE_CREATE_RUNBOOK_VERSION = OperationType.CREATE_RUNBOOK_VERSION
    OPERATION_TYPE_UPDATE_RUNBOOK_VERSION = OperationType.UPDATE_RUNBOOK_VERSION
    OPERATION_TYPE_DELETE_RUNBOOK_VERSION = OperationType.DELETE_RUNBOOK_VERSION
    OPERATION_TYPE_PUBLISH_RUNBOOK_VERSION = OperationType.PUBLISH_RUNBOOK_VERSION
    OPERATION_TYPE_MOVE_TASK = OperationType.MOVE_TASK
    OPERATION_TYPE_EXPORT_RUNBOOK = OperationType.EXPORT_RUNBOOK
    OPERATION_TYPE_IMPORT_RUNBOOK = OperationType.IMPORT_RUNBOOK
    OPERATION_TYPE_EXPORT_RUNBOOK_VERSION = OperationType.EXPORT_RUNBOOK_VERSION
    OPERATION_TYPE_IMPORT_RUNBOOK_VERSION = OperationType.IMPORT_RUNBOOK_VERSION
    OPERATION_TYPE_UPDATE_TASK = OperationType.UPDATE_TASK
    OPERATION_TYPE_DELETE_TASK = OperationType.DELETE_TASK
    OPERATION_TYPE_UPDATE_FAMS_ONBOARDING = OperationType.UPDATE_FAMS_ONBOARDING
    OPERATION_TYPE_DELETE_FAMS_ONBOARDING = OperationType.DELETE_FAMS_ONBOARDING
    OPERATION_TYPE_CREATE_COMPLIANCE_POLICY_RULE = OperationType.CREATE_COMPLIANCE_POLICY_RULE
    OPERATION_TYPE_UPDATE_COMPLIANCE_POLICY_RULE = OperationType.UPDATE_COMPLIANCE_POLICY_RULE
    OPERATION_TYPE_DELETE_COMPLIANCE_POLICY_RULE = OperationType.DELETE_COMPLIANCE_POLICY_RULE
    OPERATION_TYPE_UPDATE_PATCH = OperationType.UPDATE_PATCH
    OPERATION_TYPE_DELETE_PATCH = OperationType.DELETE_PATCH
    OPERATION_TYPE_MOVE_PATCH = OperationType.MOVE_PATCH
    OPERATION_TYPE_MANAGE_JOB_EXECUTION = OperationType.MANAGE_JOB_EXECUTION
    OPERATION_TYPE_DELETE_PLATFORM_CONFIGURATION = OperationType.DELETE_PLATFORM_CONFIGURATION
    OPERATION_TYPE_UPDATE_PLATFORM_CONFIGURATION = OperationType.UPDATE_PLATFORM_CONFIGURATION
    OPERATION_TYPE_MOVE_PLATFORM_CONFIGURATION = OperationType.MOVE_PLATFORM_CONFIGURATION
    OPERATION_TYPE_CREATE_PLATFORM_CONFIGURATION = OperationType.CREATE_PLATFORM_CONFIGURATION
    OPERATION_TYPE_MOVE_PROPERTY = OperationType.MOVE_PROPERTY
    OPERATION_TYPE_CREATE_CATALOG_ITEM = OperationType.CREATE_CATALOG_ITEM
    OPERATION_TYPE_UPDATE_CATALOG_ITEM = OperationType.UPDATE_CATALOG_ITEM
    OPERATION_TYPE_DELETE_CATALOG_ITEM = OperationType.DELETE_CATALOG_ITEM
    OPERATION_TYPE_MOVE_CATALOG_ITEM = OperationType.MOVE_CATALOG_ITEM
    OPERATION_TYPE_CLONE_CATALOG_ITEM = OperationType.CLONE_CATALOG_ITEM
    OPERATION_TYPE_CREATE_PROVISION = OperationType.CREATE_PROVISION
    OPERATION_TYPE_UPDATE_PROVISION = OperationType.UPDATE_PROVISION
    OPERATION_TYPE_DELETE_PROVISION = OperationType.DELETE_PROVISION
    OPERATION_TYPE_MOVE_PROVISION = OperationType.MOVE_PROVISION
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
    time_updated: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.fleet_apps_management.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of a workRequestError search. Contains both WorkRequestError items and other information, such as metadata (``oci.fleet_apps_management.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.fleet_apps_management.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Results of a workRequestLog search. Contains both workRequestLog items and other information, such as metadata (``oci.fleet_apps_management.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A summary of the status of a work request (``oci.fleet_apps_management.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_FLEET = OperationType.CREATE_FLEET
    OPERATION_TYPE_UPDATE_FLEET = OperationType.UPDATE_FLEET
    OPERATION_TYPE_DELETE_FLEET = OperationType.DELETE_FLEET
    OPERATION_TYPE_MOVE_FLEET = OperationType.MOVE_FLEET
    OPERATION_TYPE_CONFIRM_TARGET = OperationType.CONFIRM_TARGET
    OPERATION_TYPE_GENERATE_COMPLIANCE = OperationType.GENERATE_COMPLIANCE
    OPERATION_TYPE_REQUEST_TARGET_DISCOVERY = OperationType.REQUEST_TARGET_DISCOVERY
    OPERATION_TYPE_VALIDATE_RESOURCE = OperationType.VALIDATE_RESOURCE
    OPERATION_TYPE_CREATE_CREDENTIAL = OperationType.CREATE_CREDENTIAL
    OPERATION_TYPE_UPDATE_CREDENTIAL = OperationType.UPDATE_CREDENTIAL
    OPERATION_TYPE_DELETE_CREDENTIAL = OperationType.DELETE_CREDENTIAL
    OPERATION_TYPE_CREATE_SCHEDULE = OperationType.CREATE_SCHEDULE
    OPERATION_TYPE_UPDATE_SCHEDULE = OperationType.UPDATE_SCHEDULE
    OPERATION_TYPE_UPDATE_MAINTENANCE_WINDOW = OperationType.UPDATE_MAINTENANCE_WINDOW
    OPERATION_TYPE_DELETE_MAINTENANCE_WINDOW = OperationType.DELETE_MAINTENANCE_WINDOW
    OPERATION_TYPE_CREATE_FLEET_RESOURCE = OperationType.CREATE_FLEET_RESOURCE
    OPERATION_TYPE_UPDATE_FLEET_RESOURCE = OperationType.UPDATE_FLEET_RESOURCE
    OPERATION_TYPE_DELETE_FLEET_RESOURCE = OperationType.DELETE_FLEET_RESOURCE
    OPERATION_TYPE_CREATE_FAMS_ONBOARDING = OperationType.CREATE_FAMS_ONBOARDING
    OPERATION_TYPE_CREATE_RUNBOOK = OperationType.CREATE_RUNBOOK
    OPERATION_TYPE_UPDATE_RUNBOOK = OperationType.UPDATE_RUNBOOK
    OPERATION_TYPE_DELETE_RUNBOOK = OperationType.DELETE_RUNBOOK
    OPERATION_TYPE_PUBLISH_RUNBOOK = OperationType.PUBLISH_RUNBOOK
    OPERATION_TYPE_MOVE_RUNBOOK = OperationType.MOVE_RUNBOOK
    OPERATION_TYPE_CREATE_RUNBOOK_VERSION = OperationType.CREATE_RUNBOOK_VERSION
    OPERATION_TYPE_UPDATE_RUNBOOK_VERSION = OperationType.UPDATE_RUNBOOK_VERSION
    OPERATION_TYPE_DELETE_RUNBOOK_VERSION = OperationType.DELETE_RUNBOOK_VERSION
    OPERATION_TYPE_PUBLISH_RUNBOOK_VERSION = OperationType.PUBLISH_RUNBOOK_VERSION
    OPERATION_TYPE_MOVE_TASK = OperationType.MOVE_TASK
    OPERATION_TYPE_EXPORT_RUNBOOK = OperationType.EXPORT_RUNBOOK
    OPERATION_TYPE_IMPORT_RUNBOOK = OperationType.IMPORT_RUNBOOK
    OPERATION_TYPE_EXPORT_RUNBOOK_VERSION = OperationType.EXPORT_RUNBOOK_VERSION
    OPERATION_TYPE_IMPORT_RUNBOOK_VERSION = OperationType.IMPORT_RUNBOOK_VERSION
    OPERATION_TYPE_UPDATE_TASK = OperationType.UPDATE_TASK
    OPERATION_TYPE_DELETE_TASK = OperationType.DELETE_TASK
    OPERATION_TYPE_UPDATE_FAMS_ONBOARDING = OperationType.UPDATE_FAMS_ONBOARDING
    OPERATION_TYPE_DELETE_FAMS_ONBOARDING = OperationType.DELETE_FAMS_ONBOARDING
    OPERATION_TYPE_CREATE_COMPLIANCE_POLICY_RULE = OperationType.CREATE_COMPLIANCE_POLICY_RULE
    OPERATION_TYPE_UPDATE_COMPLIANCE_POLICY_RULE = OperationType.UPDATE_COMPLIANCE_POLICY_RULE
    OPERATION_TYPE_DELETE_COMPLIANCE_POLICY_RULE = OperationType.DELETE_COMPLIANCE_POLICY_RULE
    OPERATION_TYPE_UPDATE_PATCH = OperationType.UPDATE_PATCH
    OPERATION_TYPE_DELETE_PATCH = OperationType.DELETE_PATCH
    OPERATION_TYPE_MOVE_PATCH = OperationType.MOVE_PATCH
    OPERATION_TYPE_MANAGE_JOB_EXECUTION = OperationType.MANAGE_JOB_EXECUTION
    OPERATION_TYPE_DELETE_PLATFORM_CONFIGURATION = OperationType.DELETE_PLATFORM_CONFIGURATION
    OPERATION_TYPE_UPDATE_PLATFORM_CONFIGURATION = OperationType.UPDATE_PLATFORM_CONFIGURATION
    OPERATION_TYPE_MOVE_PLATFORM_CONFIGURATION = OperationType.MOVE_PLATFORM_CONFIGURATION
    OPERATION_TYPE_CREATE_PLATFORM_CONFIGURATION = OperationType.CREATE_PLATFORM_CONFIGURATION
    OPERATION_TYPE_MOVE_PROPERTY = OperationType.MOVE_PROPERTY
    OPERATION_TYPE_CREATE_CATALOG_ITEM = OperationType.CREATE_CATALOG_ITEM
    OPERATION_TYPE_UPDATE_CATALOG_ITEM = OperationType.UPDATE_CATALOG_ITEM
    OPERATION_TYPE_DELETE_CATALOG_ITEM = OperationType.DELETE_CATALOG_ITEM
    OPERATION_TYPE_MOVE_CATALOG_ITEM = OperationType.MOVE_CATALOG_ITEM
    OPERATION_TYPE_CLONE_CATALOG_ITEM = OperationType.CLONE_CATALOG_ITEM
    OPERATION_TYPE_CREATE_PROVISION = OperationType.CREATE_PROVISION
    OPERATION_TYPE_UPDATE_PROVISION = OperationType.UPDATE_PROVISION
    OPERATION_TYPE_DELETE_PROVISION = OperationType.DELETE_PROVISION
    OPERATION_TYPE_MOVE_PROVISION = OperationType.MOVE_PROVISION
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
    time_updated: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummaryCollection(Model):
    """Results of a workRequest search. Contains both WorkRequest items and other information, such as metadata (``oci.fleet_apps_management.models.WorkRequestSummaryCollection``)."""

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
    service_family("fleet_apps_management", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.fleet_apps_management", "oci.fleet_apps_management.models", CLASSES)
