"""``oci.data_science``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    "WorkRequestSummary",
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
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    NOTEBOOK_SESSION_CREATE = "NOTEBOOK_SESSION_CREATE"
    NOTEBOOK_SESSION_DELETE = "NOTEBOOK_SESSION_DELETE"
    NOTEBOOK_SESSION_ACTIVATE = "NOTEBOOK_SESSION_ACTIVATE"
    NOTEBOOK_SESSION_DEACTIVATE = "NOTEBOOK_SESSION_DEACTIVATE"
    MODELVERSIONSET_DELETE = "MODELVERSIONSET_DELETE"
    EXPORT_MODEL_ARTIFACT = "EXPORT_MODEL_ARTIFACT"
    IMPORT_MODEL_ARTIFACT = "IMPORT_MODEL_ARTIFACT"
    MODEL_DEPLOYMENT_CREATE = "MODEL_DEPLOYMENT_CREATE"
    MODEL_DEPLOYMENT_DELETE = "MODEL_DEPLOYMENT_DELETE"
    MODEL_DEPLOYMENT_ACTIVATE = "MODEL_DEPLOYMENT_ACTIVATE"
    MODEL_DEPLOYMENT_DEACTIVATE = "MODEL_DEPLOYMENT_DEACTIVATE"
    MODEL_DEPLOYMENT_UPDATE = "MODEL_DEPLOYMENT_UPDATE"
    PROJECT_DELETE = "PROJECT_DELETE"
    WORKREQUEST_CANCEL = "WORKREQUEST_CANCEL"
    JOB_DELETE = "JOB_DELETE"
    PIPELINE_CREATE = "PIPELINE_CREATE"
    PIPELINE_DELETE = "PIPELINE_DELETE"
    PIPELINE_RUN_CREATE = "PIPELINE_RUN_CREATE"
    PIPELINE_RUN_CANCEL = "PIPELINE_RUN_CANCEL"
    PIPELINE_RUN_DELETE = "PIPELINE_RUN_DELETE"
    ML_APPLICATION_PACKAGE_UPLOAD = "ML_APPLICATION_PACKAGE_UPLOAD"
    ML_APPLICATION_TRIGGER_START = "ML_APPLICATION_TRIGGER_START"
    ML_APPLICATION_IMPLEMENTATION_DELETE = "ML_APPLICATION_IMPLEMENTATION_DELETE"
    ML_APPLICATION_IMPLEMENTATION_UPDATE = "ML_APPLICATION_IMPLEMENTATION_UPDATE"
    ML_APPLICATION_IMPLEMENTATION_MOVE = "ML_APPLICATION_IMPLEMENTATION_MOVE"
    ML_APPLICATION_INSTANCE_CREATE = "ML_APPLICATION_INSTANCE_CREATE"
    ML_APPLICATION_INSTANCE_UPDATE = "ML_APPLICATION_INSTANCE_UPDATE"
    ML_APPLICATION_INSTANCE_DELETE = "ML_APPLICATION_INSTANCE_DELETE"
    ML_APPLICATION_INSTANCE_MOVE = "ML_APPLICATION_INSTANCE_MOVE"
    ML_APPLICATION_INSTANCE_VIEW_CREATE = "ML_APPLICATION_INSTANCE_VIEW_CREATE"
    ML_APPLICATION_INSTANCE_VIEW_UPDATE = "ML_APPLICATION_INSTANCE_VIEW_UPDATE"
    ML_APPLICATION_INSTANCE_VIEW_DELETE = "ML_APPLICATION_INSTANCE_VIEW_DELETE"
    ML_APPLICATION_INSTANCE_VIEW_UPGRADE = "ML_APPLICATION_INSTANCE_VIEW_UPGRADE"
    ML_APPLICATION_INSTANCE_VIEW_MOVE = "ML_APPLICATION_INSTANCE_VIEW_MOVE"
    PRIVATE_ENDPOINT_CREATE = "PRIVATE_ENDPOINT_CREATE"
    PRIVATE_ENDPOINT_DELETE = "PRIVATE_ENDPOINT_DELETE"
    PRIVATE_ENDPOINT_MOVE = "PRIVATE_ENDPOINT_MOVE"
    PRIVATE_ENDPOINT_UPDATE = "PRIVATE_ENDPOINT_UPDATE"
    SCHEDULE_CREATE = "SCHEDULE_CREATE"
    SCHEDULE_UPDATE = "SCHEDULE_UPDATE"
    SCHEDULE_DELETE = "SCHEDULE_DELETE"
    SCHEDULE_MOVE = "SCHEDULE_MOVE"
    SCHEDULE_ACTIVATE = "SCHEDULE_ACTIVATE"
    SCHEDULE_DEACTIVATE = "SCHEDULE_DEACTIVATE"
    REGISTER_MODEL_ARTIFACT = "REGISTER_MODEL_ARTIFACT"
    RESTORE_ARCHIVED_MODEL = "RESTORE_ARCHIVED_MODEL"
    COMPUTE_TARGET_CREATE = "COMPUTE_TARGET_CREATE"
    COMPUTE_TARGET_UPDATE = "COMPUTE_TARGET_UPDATE"
    COMPUTE_TARGET_DELETE = "COMPUTE_TARGET_DELETE"
    MODEL_GROUP_CREATE = "MODEL_GROUP_CREATE"
    MODEL_GROUP_UPDATE = "MODEL_GROUP_UPDATE"
    MODEL_GROUP_DELETE = "MODEL_GROUP_DELETE"
    MODEL_GROUP_VERSION_HISTORY_DELETE = "MODEL_GROUP_VERSION_HISTORY_DELETE"
    CREATE_MODEL_ARTIFACT_SIGNATURE = "CREATE_MODEL_ARTIFACT_SIGNATURE"
    VERIFY_MODEL_ARTIFACT_SIGNATURE = "VERIFY_MODEL_ARTIFACT_SIGNATURE"
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


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """The properties that define a work request resource (``oci.data_science.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS

    action_type: ActionType = attrs.field(converter=_action_type)
    entity_type: str = attrs.field(converter=to_string)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """An asynchronous work request (``oci.data_science.models.WorkRequest``)."""

    OPERATION_TYPE_NOTEBOOK_SESSION_CREATE = OperationType.NOTEBOOK_SESSION_CREATE
    OPERATION_TYPE_NOTEBOOK_SESSION_DELETE = OperationType.NOTEBOOK_SESSION_DELETE
    OPERATION_TYPE_NOTEBOOK_SESSION_ACTIVATE = OperationType.NOTEBOOK_SESSION_ACTIVATE
    OPERATION_TYPE_NOTEBOOK_SESSION_DEACTIVATE = OperationType.NOTEBOOK_SESSION_DEACTIVATE
    OPERATION_TYPE_MODELVERSIONSET_DELETE = OperationType.MODELVERSIONSET_DELETE
    OPERATION_TYPE_EXPORT_MODEL_ARTIFACT = OperationType.EXPORT_MODEL_ARTIFACT
    OPERATION_TYPE_IMPORT_MODEL_ARTIFACT = OperationType.IMPORT_MODEL_ARTIFACT
    OPERATION_TYPE_MODEL_DEPLOYMENT_CREATE = OperationType.MODEL_DEPLOYMENT_CREATE
    OPERATION_TYPE_MODEL_DEPLOYMENT_DELETE = OperationType.MODEL_DEPLOYMENT_DELETE
    OPERATION_TYPE_MODEL_DEPLOYMENT_ACTIVATE = OperationType.MODEL_DEPLOYMENT_ACTIVATE
    OPERATION_TYPE_MODEL_DEPLOYMENT_DEACTIVATE = OperationType.MODEL_DEPLOYMENT_DEACTIVATE
    OPERATION_TYPE_MODEL_DEPLOYMENT_UPDATE = OperationType.MODEL_DEPLOYMENT_UPDATE
    OPERATION_TYPE_PROJECT_DELETE = OperationType.PROJECT_DELETE
    OPERATION_TYPE_WORKREQUEST_CANCEL = OperationType.WORKREQUEST_CANCEL
    OPERATION_TYPE_JOB_DELETE = OperationType.JOB_DELETE
    OPERATION_TYPE_PIPELINE_CREATE = OperationType.PIPELINE_CREATE
    OPERATION_TYPE_PIPELINE_DELETE = OperationType.PIPELINE_DELETE
    OPERATION_TYPE_PIPELINE_RUN_CREATE = OperationType.PIPELINE_RUN_CREATE
    OPERATION_TYPE_PIPELINE_RUN_CANCEL = OperationType.PIPELINE_RUN_CANCEL
    OPERATION_TYPE_PIPELINE_RUN_DELETE = OperationType.PIPELINE_RUN_DELETE
    OPERATION_TYPE_ML_APPLICATION_PACKAGE_UPLOAD = OperationType.ML_APPLICATION_PACKAGE_UPLOAD
    OPERATION_TYPE_ML_APPLICATION_TRIGGER_START = OperationType.ML_APPLICATION_TRIGGER_START
    OPERATION_TYPE_ML_APPLICATION_IMPLEMENTATION_DELETE = (
        OperationType.ML_APPLICATION_IMPLEMENTATION_DELETE
    )
    OPERATION_TYPE_ML_APPLICATION_IMPLEMENTATION_UPDATE = (
        OperationType.ML_APPLICATION_IMPLEMENTATION_UPDATE
    )
    OPERATION_TYPE_ML_APPLICATION_IMPLEMENTATION_MOVE = (
        OperationType.ML_APPLICATION_IMPLEMENTATION_MOVE
    )
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_CREATE = OperationType.ML_APPLICATION_INSTANCE_CREATE
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_UPDATE = OperationType.ML_APPLICATION_INSTANCE_UPDATE
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_DELETE = OperationType.ML_APPLICATION_INSTANCE_DELETE
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_MOVE = OperationType.ML_APPLICATION_INSTANCE_MOVE
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_VIEW_CREATE = (
        OperationType.ML_APPLICATION_INSTANCE_VIEW_CREATE
    )
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_VIEW_UPDATE = (
        OperationType.ML_APPLICATION_INSTANCE_VIEW_UPDATE
    )
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_VIEW_DELETE = (
        OperationType.ML_APPLICATION_INSTANCE_VIEW_DELETE
    )
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_VIEW_UPGRADE = (
        OperationType.ML_APPLICATION_INSTANCE_VIEW_UPGRADE
    )
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_VIEW_MOVE = (
        OperationType.ML_APPLICATION_INSTANCE_VIEW_MOVE
    )
    OPERATION_TYPE_PRIVATE_ENDPOINT_CREATE = OperationType.PRIVATE_ENDPOINT_CREATE
    OPERATION_TYPE_PRIVATE_ENDPOINT_DELETE = OperationType.PRIVATE_ENDPOINT_DELETE
    OPERATION_TYPE_PRIVATE_ENDPOINT_MOVE = OperationType.PRIVATE_ENDPOINT_MOVE
    OPERATION_TYPE_PRIVATE_ENDPOINT_UPDATE = OperationType.PRIVATE_ENDPOINT_UPDATE
    OPERATION_TYPE_SCHEDULE_CREATE = OperationType.SCHEDULE_CREATE
    OPERATION_TYPE_SCHEDULE_UPDATE = OperationType.SCHEDULE_UPDATE
    OPERATION_TYPE_SCHEDULE_DELETE = OperationType.SCHEDULE_DELETE
    OPERATION_TYPE_SCHEDULE_MOVE = OperationType.SCHEDULE_MOVE
    OPERATION_TYPE_SCHEDULE_ACTIVATE = OperationType.SCHEDULE_ACTIVATE
    OPERATION_TYPE_SCHEDULE_DEACTIVATE = OperationType.SCHEDULE_DEACTIVATE
    OPERATION_TYPE_REGISTER_MODEL_ARTIFACT = OperationType.REGISTER_MODEL_ARTIFACT
    OPERATION_TYPE_RESTORE_ARCHIVED_MODEL = OperationType.RESTORE_ARCHIVED_MODEL
    OPERATION_TYPE_COMPUTE_TARGET_CREATE = OperationType.COMPUTE_TARGET_CREATE
    OPERATION_TYPE_COMPUTE_TARGET_UPDATE = OperationType.COMPUTE_TARGET_UPDATE
    OPERATION_TYPE_COMPUTE_TARGET_DELETE = OperationType.COMPUTE_TARGET_DELETE
    OPERATION_TYPE_MODEL_GROUP_CREATE = OperationType.MODEL_GROUP_CREATE
    OPERATION_TYPE_MODEL_GROUP_UPDATE = OperationType.MODEL_GROUP_UPDATE
    OPERATION_TYPE_MODEL_GROUP_DELETE = OperationType.MODEL_GROUP_DELETE
    OPERATION_TYPE_MODEL_GROUP_VERSION_HISTORY_DELETE = (
        OperationType.MODEL_GROUP_VERSION_HISTORY_DELETE
    )
    OPERATION_TYPE_CREATE_MODEL_ARTIFACT_SIGNATURE = OperationType.CREATE_MODEL_ARTIFACT_SIGNATURE
    OPERATION_TYPE_VERIFY_MODEL_ARTIFACT_SIGNATURE = OperationType.VERIFY_MODEL_ARTIFACT_SIGNATURE
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    compartment_id: str = attrs.field(converter=to_string)
    percent_complete: float = attrs.field(converter=required_percent)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """Errors related to a specific work request (``oci.data_science.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """Log entries related to a specific work request (``oci.data_science.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """Summary information for a work request (``oci.data_science.models.WorkRequestSummary``)."""

    OPERATION_TYPE_NOTEBOOK_SESSION_CREATE = OperationType.NOTEBOOK_SESSION_CREATE
    OPERATION_TYPE_NOTEBOOK_SESSION_DELETE = OperationType.NOTEBOOK_SESSION_DELETE
    OPERATION_TYPE_NOTEBOOK_SESSION_ACTIVATE = OperationType.NOTEBOOK_SESSION_ACTIVATE
    OPERATION_TYPE_NOTEBOOK_SESSION_DEACTIVATE = OperationType.NOTEBOOK_SESSION_DEACTIVATE
    OPERATION_TYPE_MODELVERSIONSET_DELETE = OperationType.MODELVERSIONSET_DELETE
    OPERATION_TYPE_EXPORT_MODEL_ARTIFACT = OperationType.EXPORT_MODEL_ARTIFACT
    OPERATION_TYPE_IMPORT_MODEL_ARTIFACT = OperationType.IMPORT_MODEL_ARTIFACT
    OPERATION_TYPE_MODEL_DEPLOYMENT_CREATE = OperationType.MODEL_DEPLOYMENT_CREATE
    OPERATION_TYPE_MODEL_DEPLOYMENT_DELETE = OperationType.MODEL_DEPLOYMENT_DELETE
    OPERATION_TYPE_MODEL_DEPLOYMENT_ACTIVATE = OperationType.MODEL_DEPLOYMENT_ACTIVATE
    OPERATION_TYPE_MODEL_DEPLOYMENT_DEACTIVATE = OperationType.MODEL_DEPLOYMENT_DEACTIVATE
    OPERATION_TYPE_MODEL_DEPLOYMENT_UPDATE = OperationType.MODEL_DEPLOYMENT_UPDATE
    OPERATION_TYPE_PROJECT_DELETE = OperationType.PROJECT_DELETE
    OPERATION_TYPE_WORKREQUEST_CANCEL = OperationType.WORKREQUEST_CANCEL
    OPERATION_TYPE_JOB_DELETE = OperationType.JOB_DELETE
    OPERATION_TYPE_PIPELINE_CREATE = OperationType.PIPELINE_CREATE
    OPERATION_TYPE_PIPELINE_DELETE = OperationType.PIPELINE_DELETE
    OPERATION_TYPE_PIPELINE_RUN_CREATE = OperationType.PIPELINE_RUN_CREATE
    OPERATION_TYPE_PIPELINE_RUN_CANCEL = OperationType.PIPELINE_RUN_CANCEL
    OPERATION_TYPE_PIPELINE_RUN_DELETE = OperationType.PIPELINE_RUN_DELETE
    OPERATION_TYPE_ML_APPLICATION_PACKAGE_UPLOAD = OperationType.ML_APPLICATION_PACKAGE_UPLOAD
    OPERATION_TYPE_ML_APPLICATION_TRIGGER_START = OperationType.ML_APPLICATION_TRIGGER_START
    OPERATION_TYPE_ML_APPLICATION_IMPLEMENTATION_DELETE = (
        OperationType.ML_APPLICATION_IMPLEMENTATION_DELETE
    )
    OPERATION_TYPE_ML_APPLICATION_IMPLEMENTATION_UPDATE = (
        OperationType.ML_APPLICATION_IMPLEMENTATION_UPDATE
    )
    OPERATION_TYPE_ML_APPLICATION_IMPLEMENTATION_MOVE = (
        OperationType.ML_APPLICATION_IMPLEMENTATION_MOVE
    )
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_CREATE = OperationType.ML_APPLICATION_INSTANCE_CREATE
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_UPDATE = OperationType.ML_APPLICATION_INSTANCE_UPDATE
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_DELETE = OperationType.ML_APPLICATION_INSTANCE_DELETE
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_MOVE = OperationType.ML_APPLICATION_INSTANCE_MOVE
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_VIEW_CREATE = (
        OperationType.ML_APPLICATION_INSTANCE_VIEW_CREATE
    )
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_VIEW_UPDATE = (
        OperationType.ML_APPLICATION_INSTANCE_VIEW_UPDATE
    )
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_VIEW_DELETE = (
        OperationType.ML_APPLICATION_INSTANCE_VIEW_DELETE
    )
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_VIEW_UPGRADE = (
        OperationType.ML_APPLICATION_INSTANCE_VIEW_UPGRADE
    )
    OPERATION_TYPE_ML_APPLICATION_INSTANCE_VIEW_MOVE = (
        OperationType.ML_APPLICATION_INSTANCE_VIEW_MOVE
    )
    OPERATION_TYPE_PRIVATE_ENDPOINT_CREATE = OperationType.PRIVATE_ENDPOINT_CREATE
    OPERATION_TYPE_PRIVATE_ENDPOINT_DELETE = OperationType.PRIVATE_ENDPOINT_DELETE
    OPERATION_TYPE_PRIVATE_ENDPOINT_MOVE = OperationType.PRIVATE_ENDPOINT_MOVE
    OPERATION_TYPE_PRIVATE_ENDPOINT_UPDATE = OperationType.PRIVATE_ENDPOINT_UPDATE
    OPERATION_TYPE_SCHEDULE_CREATE = OperationType.SCHEDULE_CREATE
    OPERATION_TYPE_SCHEDULE_UPDATE = OperationType.SCHEDULE_UPDATE
    OPERATION_TYPE_SCHEDULE_DELETE = OperationType.SCHEDULE_DELETE
    OPERATION_TYPE_SCHEDULE_MOVE = OperationType.SCHEDULE_MOVE
    OPERATION_TYPE_SCHEDULE_ACTIVATE = OperationType.SCHEDULE_ACTIVATE
    OPERATION_TYPE_SCHEDULE_DEACTIVATE = OperationType.SCHEDULE_DEACTIVATE
    OPERATION_TYPE_REGISTER_MODEL_ARTIFACT = OperationType.REGISTER_MODEL_ARTIFACT
    OPERATION_TYPE_RESTORE_ARCHIVED_MODEL = OperationType.RESTORE_ARCHIVED_MODEL
    OPERATION_TYPE_COMPUTE_TARGET_CREATE = OperationType.COMPUTE_TARGET_CREATE
    OPERATION_TYPE_COMPUTE_TARGET_UPDATE = OperationType.COMPUTE_TARGET_UPDATE
    OPERATION_TYPE_COMPUTE_TARGET_DELETE = OperationType.COMPUTE_TARGET_DELETE
    OPERATION_TYPE_MODEL_GROUP_CREATE = OperationType.MODEL_GROUP_CREATE
    OPERATION_TYPE_MODEL_GROUP_UPDATE = OperationType.MODEL_GROUP_UPDATE
    OPERATION_TYPE_MODEL_GROUP_DELETE = OperationType.MODEL_GROUP_DELETE
    OPERATION_TYPE_MODEL_GROUP_VERSION_HISTORY_DELETE = (
        OperationType.MODEL_GROUP_VERSION_HISTORY_DELETE
    )
    OPERATION_TYPE_CREATE_MODEL_ARTIFACT_SIGNATURE = OperationType.CREATE_MODEL_ARTIFACT_SIGNATURE
    OPERATION_TYPE_VERIFY_MODEL_ARTIFACT_SIGNATURE = OperationType.VERIFY_MODEL_ARTIFACT_SIGNATURE
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    compartment_id: str = attrs.field(converter=to_string)
    percent_complete: float = attrs.field(converter=required_percent)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestSummary,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("data_science", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.data_science", "oci.data_science.models", CLASSES)
