"""``oci.ocvp``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    FAILED = "FAILED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_SDDC = "CREATE_SDDC"
    DELETE_SDDC = "DELETE_SDDC"
    CREATE_CLUSTER = "CREATE_CLUSTER"
    DELETE_CLUSTER = "DELETE_CLUSTER"
    CREATE_ESXI_HOST = "CREATE_ESXI_HOST"
    DELETE_ESXI_HOST = "DELETE_ESXI_HOST"
    UPGRADE_HCX = "UPGRADE_HCX"
    DOWNGRADE_HCX = "DOWNGRADE_HCX"
    CANCEL_DOWNGRADE_HCX = "CANCEL_DOWNGRADE_HCX"
    REFRESH_HCX_LICENSE_STATUS = "REFRESH_HCX_LICENSE_STATUS"
    SWAP_BILLING = "SWAP_BILLING"
    REPLACE_HOST = "REPLACE_HOST"
    IN_PLACE_UPGRADE = "IN_PLACE_UPGRADE"
    CREATE_DATASTORE = "CREATE_DATASTORE"
    UPDATE_DATASTORE = "UPDATE_DATASTORE"
    ADD_BLOCK_VOLUME_TO_DATASTORE = "ADD_BLOCK_VOLUME_TO_DATASTORE"
    DELETE_DATASTORE = "DELETE_DATASTORE"
    CREATE_DATASTORE_CLUSTER = "CREATE_DATASTORE_CLUSTER"
    UPDATE_DATASTORE_CLUSTER = "UPDATE_DATASTORE_CLUSTER"
    ATTACH_DATASTORE_CLUSTER_TO_ESXI_HOST = "ATTACH_DATASTORE_CLUSTER_TO_ESXI_HOST"
    ATTACH_DATASTORE_CLUSTER_TO_CLUSTER = "ATTACH_DATASTORE_CLUSTER_TO_CLUSTER"
    DETACH_DATASTORE_CLUSTER_FROM_ESXI_HOST = "DETACH_DATASTORE_CLUSTER_FROM_ESXI_HOST"
    DETACH_DATASTORE_CLUSTER_FROM_CLUSTER = "DETACH_DATASTORE_CLUSTER_FROM_CLUSTER"
    DELETE_DATASTORE_CLUSTER = "DELETE_DATASTORE_CLUSTER"
    ADD_DATASTORE_TO_DATASTORE_CLUSTER = "ADD_DATASTORE_TO_DATASTORE_CLUSTER"
    REMOVE_DATASTORE_FROM_DATASTORE_CLUSTER = "REMOVE_DATASTORE_FROM_DATASTORE_CLUSTER"
    CREATE_MANAGEMENT_APPLIANCE = "CREATE_MANAGEMENT_APPLIANCE"
    UPDATE_MANAGEMENT_APPLIANCE = "UPDATE_MANAGEMENT_APPLIANCE"
    DELETE_MANAGEMENT_APPLIANCE = "DELETE_MANAGEMENT_APPLIANCE"
    ABANDON_MANAGEMENT_APPLIANCE_JOBS = "ABANDON_MANAGEMENT_APPLIANCE_JOBS"
    BATCH_DELETE_MANAGEMENT_APPLIANCE_JOBS = "BATCH_DELETE_MANAGEMENT_APPLIANCE_JOBS"
    MANAGEMENT_APPLIANCE_ESXI_HOST_PROVISIONING = "MANAGEMENT_APPLIANCE_ESXI_HOST_PROVISIONING"
    MANAGEMENT_APPLIANCE_ESXI_HOST_DELETION = "MANAGEMENT_APPLIANCE_ESXI_HOST_DELETION"
    MANAGEMENT_APPLIANCE_DATASTORE_PROVISIONING = "MANAGEMENT_APPLIANCE_DATASTORE_PROVISIONING"
    MANAGEMENT_APPLIANCE_DATASTORE_DELETE = "MANAGEMENT_APPLIANCE_DATASTORE_DELETE"
    CREATE_BYOL = "CREATE_BYOL"
    UPDATE_BYOL = "UPDATE_BYOL"
    DELETE_BYOL = "DELETE_BYOL"
    CREATE_BYOL_ALLOCATION = "CREATE_BYOL_ALLOCATION"
    UPDATE_BYOL_ALLOCATION = "UPDATE_BYOL_ALLOCATION"
    DELETE_BYOL_ALLOCATION = "DELETE_BYOL_ALLOCATION"
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


def _required_work_requests(value: Sequence[WorkRequest]) -> tuple[WorkRequest, ...]:
    items = tuple_of(WorkRequest, value)
    what = "a sequence of WorkRequest"
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
    """A resource that is created or operated on by an asynchronous operation that is tracked by a work request (``oci.ocvp.models.WorkRequestResource``)."""

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
    """An asynchronous work request (``oci.ocvp.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_SDDC = OperationType.CREATE_SDDC
    OPERATION_TYPE_DELETE_SDDC = OperationType.DELETE_SDDC
    OPERATION_TYPE_CREATE_CLUSTER = OperationType.CREATE_CLUSTER
    OPERATION_TYPE_DELETE_CLUSTER = OperationType.DELETE_CLUSTER
    OPERATION_TYPE_CREATE_ESXI_HOST = OperationType.CREATE_ESXI_HOST
    OPERATION_TYPE_DELETE_ESXI_HOST = OperationType.DELETE_ESXI_HOST
    OPERATION_TYPE_UPGRADE_HCX = OperationType.UPGRADE_HCX
    OPERATION_TYPE_DOWNGRADE_HCX = OperationType.DOWNGRADE_HCX
    OPERATION_TYPE_CANCEL_DOWNGRADE_HCX = OperationType.CANCEL_DOWNGRADE_HCX
    OPERATION_TYPE_REFRESH_HCX_LICENSE_STATUS = OperationType.REFRESH_HCX_LICENSE_STATUS
    OPERATION_TYPE_SWAP_BILLING = OperationType.SWAP_BILLING
    OPERATION_TYPE_REPLACE_HOST = OperationType.REPLACE_HOST
    OPERATION_TYPE_IN_PLACE_UPGRADE = OperationType.IN_PLACE_UPGRADE
    OPERATION_TYPE_CREATE_DATASTORE = OperationType.CREATE_DATASTORE
    OPERATION_TYPE_UPDATE_DATASTORE = OperationType.UPDATE_DATASTORE
    OPERATION_TYPE_ADD_BLOCK_VOLUME_TO_DATASTORE = OperationType.ADD_BLOCK_VOLUME_TO_DATASTORE
    OPERATION_TYPE_DELETE_DATASTORE = OperationType.DELETE_DATASTORE
    OPERATION_TYPE_CREATE_DATASTORE_CLUSTER = OperationType.CREATE_DATASTORE_CLUSTER
    OPERATION_TYPE_UPDATE_DATASTORE_CLUSTER = OperationType.UPDATE_DATASTORE_CLUSTER
    OPERATION_TYPE_ATTACH_DATASTORE_CLUSTER_TO_ESXI_HOST = (
        OperationType.ATTACH_DATASTORE_CLUSTER_TO_ESXI_HOST
    )
    OPERATION_TYPE_ATTACH_DATASTORE_CLUSTER_TO_CLUSTER = (
        OperationType.ATTACH_DATASTORE_CLUSTER_TO_CLUSTER
    )
    OPERATION_TYPE_DETACH_DATASTORE_CLUSTER_FROM_ESXI_HOST = (
        OperationType.DETACH_DATASTORE_CLUSTER_FROM_ESXI_HOST
    )
    OPERATION_TYPE_DETACH_DATASTORE_CLUSTER_FROM_CLUSTER = (
        OperationType.DETACH_DATASTORE_CLUSTER_FROM_CLUSTER
    )
    OPERATION_TYPE_DELETE_DATASTORE_CLUSTER = OperationType.DELETE_DATASTORE_CLUSTER
    OPERATION_TYPE_ADD_DATASTORE_TO_DATASTORE_CLUSTER = (
        OperationType.ADD_DATASTORE_TO_DATASTORE_CLUSTER
    )
    OPERATION_TYPE_REMOVE_DATASTORE_FROM_DATASTORE_CLUSTER = (
        OperationType.REMOVE_DATASTORE_FROM_DATASTORE_CLUSTER
    )
    OPERATION_TYPE_CREATE_MANAGEMENT_APPLIANCE = OperationType.CREATE_MANAGEMENT_APPLIANCE
    OPERATION_TYPE_UPDATE_MANAGEMENT_APPLIANCE = OperationType.UPDATE_MANAGEMENT_APPLIANCE
    OPERATION_TYPE_DELETE_MANAGEMENT_APPLIANCE = OperationType.DELETE_MANAGEMENT_APPLIANCE
    OPERATION_TYPE_ABANDON_MANAGEMENT_APPLIANCE_JOBS = (
        OperationType.ABANDON_MANAGEMENT_APPLIANCE_JOBS
    )
    OPERATION_TYPE_BATCH_DELETE_MANAGEMENT_APPLIANCE_JOBS = (
        OperationType.BATCH_DELETE_MANAGEMENT_APPLIANCE_JOBS
    )
    OPERATION_TYPE_MANAGEMENT_APPLIANCE_ESXI_HOST_PROVISIONING = (
        OperationType.MANAGEMENT_APPLIANCE_ESXI_HOST_PROVISIONING
    )
    OPERATION_TYPE_MANAGEMENT_APPLIANCE_ESXI_HOST_DELETION = (
        OperationType.MANAGEMENT_APPLIANCE_ESXI_HOST_DELETION
    )
    OPERATION_TYPE_MANAGEMENT_APPLIANCE_DATASTORE_PROVISIONING = (
        OperationType.MANAGEMENT_APPLIANCE_DATASTORE_PROVISIONING
    )
    OPERATION_TYPE_MANAGEMENT_APPLIANCE_DATASTORE_DELETE = (
        OperationType.MANAGEMENT_APPLIANCE_DATASTORE_DELETE
    )
    OPERATION_TYPE_CREATE_BYOL = OperationType.CREATE_BYOL
    OPERATION_TYPE_UPDATE_BYOL = OperationType.UPDATE_BYOL
    OPERATION_TYPE_DELETE_BYOL = OperationType.DELETE_BYOL
    OPERATION_TYPE_CREATE_BYOL_ALLOCATION = OperationType.CREATE_BYOL_ALLOCATION
    OPERATION_TYPE_UPDATE_BYOL_ALLOCATION = OperationType.UPDATE_BYOL_ALLOCATION
    OPERATION_TYPE_DELETE_BYOL_ALLOCATION = OperationType.DELETE_BYOL_ALLOCATION
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
    """A list of work requests (``oci.ocvp.models.WorkRequestCollection``)."""

    items: tuple[WorkRequest, ...] = attrs.field(converter=_required_work_requests)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing an operation that is tracked by a work request (``oci.ocvp.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """A list of work request errors (``oci.ocvp.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from executing an operation that is tracked by a work request (``oci.ocvp.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """A list of work request logs (``oci.ocvp.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestResource,
    WorkRequest,
    WorkRequestCollection,
    WorkRequestError,
    WorkRequestErrorCollection,
    WorkRequestLogEntry,
    WorkRequestLogEntryCollection,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (service_family("ocvp", WorkRequest, WorkRequest, Status, CLASSES),)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.ocvp", "oci.ocvp.models", CLASSES)
