"""``oci.golden_gate``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    "WorkRequestLogEntry",
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

    GOLDENGATE_DATABASE_REGISTRATION_CREATE = "GOLDENGATE_DATABASE_REGISTRATION_CREATE"
    GOLDENGATE_DATABASE_REGISTRATION_UPDATE = "GOLDENGATE_DATABASE_REGISTRATION_UPDATE"
    GOLDENGATE_DATABASE_REGISTRATION_DELETE = "GOLDENGATE_DATABASE_REGISTRATION_DELETE"
    GOLDENGATE_DATABASE_REGISTRATION_MOVE = "GOLDENGATE_DATABASE_REGISTRATION_MOVE"
    GOLDENGATE_DEPLOYMENT_CREATE = "GOLDENGATE_DEPLOYMENT_CREATE"
    GOLDENGATE_DEPLOYMENT_UPDATE = "GOLDENGATE_DEPLOYMENT_UPDATE"
    GOLDENGATE_DEPLOYMENT_DELETE = "GOLDENGATE_DEPLOYMENT_DELETE"
    GOLDENGATE_DEPLOYMENT_MOVE = "GOLDENGATE_DEPLOYMENT_MOVE"
    GOLDENGATE_DEPLOYMENT_RESTORE = "GOLDENGATE_DEPLOYMENT_RESTORE"
    GOLDENGATE_DEPLOYMENT_START = "GOLDENGATE_DEPLOYMENT_START"
    GOLDENGATE_DEPLOYMENT_STOP = "GOLDENGATE_DEPLOYMENT_STOP"
    GOLDENGATE_DEPLOYMENT_UPGRADE = "GOLDENGATE_DEPLOYMENT_UPGRADE"
    GOLDENGATE_DEPLOYMENT_BACKUP_CREATE = "GOLDENGATE_DEPLOYMENT_BACKUP_CREATE"
    GOLDENGATE_DEPLOYMENT_BACKUP_DELETE = "GOLDENGATE_DEPLOYMENT_BACKUP_DELETE"
    GOLDENGATE_DEPLOYMENT_BACKUP_CANCEL = "GOLDENGATE_DEPLOYMENT_BACKUP_CANCEL"
    GOLDENGATE_DEPLOYMENT_BACKUP_COPY = "GOLDENGATE_DEPLOYMENT_BACKUP_COPY"
    GOLDENGATE_CONNECTION_CREATE = "GOLDENGATE_CONNECTION_CREATE"
    GOLDENGATE_CONNECTION_UPDATE = "GOLDENGATE_CONNECTION_UPDATE"
    GOLDENGATE_CONNECTION_DELETE = "GOLDENGATE_CONNECTION_DELETE"
    GOLDENGATE_CONNECTION_MOVE = "GOLDENGATE_CONNECTION_MOVE"
    GOLDENGATE_CONNECTION_REFRESH = "GOLDENGATE_CONNECTION_REFRESH"
    GOLDENGATE_CONNECTION_MIGRATE_SECRETS = "GOLDENGATE_CONNECTION_MIGRATE_SECRETS"
    GOLDENGATE_CONNECTION_ASSIGNMENT_CREATE = "GOLDENGATE_CONNECTION_ASSIGNMENT_CREATE"
    GOLDENGATE_CONNECTION_ASSIGNMENT_DELETE = "GOLDENGATE_CONNECTION_ASSIGNMENT_DELETE"
    GOLDENGATE_DEPLOYMENT_DIAGNOSTIC_COLLECT = "GOLDENGATE_DEPLOYMENT_DIAGNOSTIC_COLLECT"
    GOLDENGATE_DEPLOYMENT_WALLET_EXPORT = "GOLDENGATE_DEPLOYMENT_WALLET_EXPORT"
    GOLDENGATE_DEPLOYMENT_WALLET_IMPORT = "GOLDENGATE_DEPLOYMENT_WALLET_IMPORT"
    GOLDENGATE_DEPLOYMENT_UPGRADE_UPGRADE = "GOLDENGATE_DEPLOYMENT_UPGRADE_UPGRADE"
    GOLDENGATE_DEPLOYMENT_UPGRADE_ROLLBACK = "GOLDENGATE_DEPLOYMENT_UPGRADE_ROLLBACK"
    GOLDENGATE_DEPLOYMENT_UPGRADE_SNOOZE = "GOLDENGATE_DEPLOYMENT_UPGRADE_SNOOZE"
    GOLDENGATE_DEPLOYMENT_CERTIFICATE_CREATE = "GOLDENGATE_DEPLOYMENT_CERTIFICATE_CREATE"
    GOLDENGATE_DEPLOYMENT_CERTIFICATE_DELETE = "GOLDENGATE_DEPLOYMENT_CERTIFICATE_DELETE"
    GOLDENGATE_PIPELINE_CREATE = "GOLDENGATE_PIPELINE_CREATE"
    GOLDENGATE_PIPELINE_START = "GOLDENGATE_PIPELINE_START"
    GOLDENGATE_PIPELINE_STOP = "GOLDENGATE_PIPELINE_STOP"
    GOLDENGATE_PIPELINE_UPDATE = "GOLDENGATE_PIPELINE_UPDATE"
    GOLDENGATE_PIPELINE_DELETE = "GOLDENGATE_PIPELINE_DELETE"
    GOLDENGATE_PIPELINE_MOVE = "GOLDENGATE_PIPELINE_MOVE"
    GOLDENGATE_PIPELINE_DIAGNOSTICS_COLLECT = "GOLDENGATE_PIPELINE_DIAGNOSTICS_COLLECT"
    GOLDENGATE_SWITCHOVER_DEPLOYMENT_PEER = "GOLDENGATE_SWITCHOVER_DEPLOYMENT_PEER"
    GOLDENGATE_PIPELINE_PAUSE = "GOLDENGATE_PIPELINE_PAUSE"
    GOLDENGATE_PIPELINE_CLONE = "GOLDENGATE_PIPELINE_CLONE"
    GOLDENGATE_DEPLOYMENT_DISASTER_RECOVERY_PRECHECK = (
        "GOLDENGATE_DEPLOYMENT_DISASTER_RECOVERY_PRECHECK"
    )
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
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


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.golden_gate.models.WorkRequestResource``)."""

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
    """The API operations that create and configure GoldenGate resources do not take effect immediately. In these cases, the operation spawns an asynchronous workflow to fulfill the request. Work requests provide visibility into the status of these in-progress, long-running asynchronous workflows (``oci.golden_gate.models.WorkRequest``)."""

    OPERATION_TYPE_GOLDENGATE_DATABASE_REGISTRATION_CREATE = (
        OperationType.GOLDENGATE_DATABASE_REGISTRATION_CREATE
    )
    OPERATION_TYPE_GOLDENGATE_DATABASE_REGISTRATION_UPDATE = (
        OperationType.GOLDENGATE_DATABASE_REGISTRATION_UPDATE
    )
    OPERATION_TYPE_GOLDENGATE_DATABASE_REGISTRATION_DELETE = (
        OperationType.GOLDENGATE_DATABASE_REGISTRATION_DELETE
    )
    OPERATION_TYPE_GOLDENGATE_DATABASE_REGISTRATION_MOVE = (
        OperationType.GOLDENGATE_DATABASE_REGISTRATION_MOVE
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_CREATE = OperationType.GOLDENGATE_DEPLOYMENT_CREATE
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_UPDATE = OperationType.GOLDENGATE_DEPLOYMENT_UPDATE
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_DELETE = OperationType.GOLDENGATE_DEPLOYMENT_DELETE
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_MOVE = OperationType.GOLDENGATE_DEPLOYMENT_MOVE
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_RESTORE = OperationType.GOLDENGATE_DEPLOYMENT_RESTORE
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_START = OperationType.GOLDENGATE_DEPLOYMENT_START
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_STOP = OperationType.GOLDENGATE_DEPLOYMENT_STOP
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_UPGRADE = OperationType.GOLDENGATE_DEPLOYMENT_UPGRADE
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_BACKUP_CREATE = (
        OperationType.GOLDENGATE_DEPLOYMENT_BACKUP_CREATE
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_BACKUP_DELETE = (
        OperationType.GOLDENGATE_DEPLOYMENT_BACKUP_DELETE
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_BACKUP_CANCEL = (
        OperationType.GOLDENGATE_DEPLOYMENT_BACKUP_CANCEL
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_BACKUP_COPY = (
        OperationType.GOLDENGATE_DEPLOYMENT_BACKUP_COPY
    )
    OPERATION_TYPE_GOLDENGATE_CONNECTION_CREATE = OperationType.GOLDENGATE_CONNECTION_CREATE
    OPERATION_TYPE_GOLDENGATE_CONNECTION_UPDATE = OperationType.GOLDENGATE_CONNECTION_UPDATE
    OPERATION_TYPE_GOLDENGATE_CONNECTION_DELETE = OperationType.GOLDENGATE_CONNECTION_DELETE
    OPERATION_TYPE_GOLDENGATE_CONNECTION_MOVE = OperationType.GOLDENGATE_CONNECTION_MOVE
    OPERATION_TYPE_GOLDENGATE_CONNECTION_REFRESH = OperationType.GOLDENGATE_CONNECTION_REFRESH
    OPERATION_TYPE_GOLDENGATE_CONNECTION_MIGRATE_SECRETS = (
        OperationType.GOLDENGATE_CONNECTION_MIGRATE_SECRETS
    )
    OPERATION_TYPE_GOLDENGATE_CONNECTION_ASSIGNMENT_CREATE = (
        OperationType.GOLDENGATE_CONNECTION_ASSIGNMENT_CREATE
    )
    OPERATION_TYPE_GOLDENGATE_CONNECTION_ASSIGNMENT_DELETE = (
        OperationType.GOLDENGATE_CONNECTION_ASSIGNMENT_DELETE
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_DIAGNOSTIC_COLLECT = (
        OperationType.GOLDENGATE_DEPLOYMENT_DIAGNOSTIC_COLLECT
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_WALLET_EXPORT = (
        OperationType.GOLDENGATE_DEPLOYMENT_WALLET_EXPORT
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_WALLET_IMPORT = (
        OperationType.GOLDENGATE_DEPLOYMENT_WALLET_IMPORT
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_UPGRADE_UPGRADE = (
        OperationType.GOLDENGATE_DEPLOYMENT_UPGRADE_UPGRADE
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_UPGRADE_ROLLBACK = (
        OperationType.GOLDENGATE_DEPLOYMENT_UPGRADE_ROLLBACK
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_UPGRADE_SNOOZE = (
        OperationType.GOLDENGATE_DEPLOYMENT_UPGRADE_SNOOZE
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_CERTIFICATE_CREATE = (
        OperationType.GOLDENGATE_DEPLOYMENT_CERTIFICATE_CREATE
    )
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_CERTIFICATE_DELETE = (
        OperationType.GOLDENGATE_DEPLOYMENT_CERTIFICATE_DELETE
    )
    OPERATION_TYPE_GOLDENGATE_PIPELINE_CREATE = OperationType.GOLDENGATE_PIPELINE_CREATE
    OPERATION_TYPE_GOLDENGATE_PIPELINE_START = OperationType.GOLDENGATE_PIPELINE_START
    OPERATION_TYPE_GOLDENGATE_PIPELINE_STOP = OperationType.GOLDENGATE_PIPELINE_STOP
    OPERATION_TYPE_GOLDENGATE_PIPELINE_UPDATE = OperationType.GOLDENGATE_PIPELINE_UPDATE
    OPERATION_TYPE_GOLDENGATE_PIPELINE_DELETE = OperationType.GOLDENGATE_PIPELINE_DELETE
    OPERATION_TYPE_GOLDENGATE_PIPELINE_MOVE = OperationType.GOLDENGATE_PIPELINE_MOVE
    OPERATION_TYPE_GOLDENGATE_PIPELINE_DIAGNOSTICS_COLLECT = (
        OperationType.GOLDENGATE_PIPELINE_DIAGNOSTICS_COLLECT
    )
    OPERATION_TYPE_GOLDENGATE_SWITCHOVER_DEPLOYMENT_PEER = (
        OperationType.GOLDENGATE_SWITCHOVER_DEPLOYMENT_PEER
    )
    OPERATION_TYPE_GOLDENGATE_PIPELINE_PAUSE = OperationType.GOLDENGATE_PIPELINE_PAUSE
    OPERATION_TYPE_GOLDENGATE_PIPELINE_CLONE = OperationType.GOLDENGATE_PIPELINE_CLONE
    OPERATION_TYPE_GOLDENGATE_DEPLOYMENT_DISASTER_RECOVERY_PRECHECK = (
        OperationType.GOLDENGATE_DEPLOYMENT_DISASTER_RECOVERY_PRECHECK
    )
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
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
    """An error encountered while executing a work request (``oci.golden_gate.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.golden_gate.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("golden_gate", WorkRequest, WorkRequest, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.golden_gate", "oci.golden_gate.models", CLASSES)
