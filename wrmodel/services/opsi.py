"""``oci.opsi``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    json_of,
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
    "WorkRequestCollection",
    "WorkRequestError",
    "WorkRequestErrorCollection",
    "WorkRequestLogEntry",
    "WorkRequestLogEntryCollection",
    "WorkRequests",
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

    ENABLE_DATABASE_INSIGHT = "ENABLE_DATABASE_INSIGHT"
    DISABLE_DATABASE_INSIGHT = "DISABLE_DATABASE_INSIGHT"
    UPDATE_DATABASE_INSIGHT = "UPDATE_DATABASE_INSIGHT"
    CREATE_DATABASE_INSIGHT = "CREATE_DATABASE_INSIGHT"
    MOVE_DATABASE_INSIGHT = "MOVE_DATABASE_INSIGHT"
    DELETE_DATABASE_INSIGHT = "DELETE_DATABASE_INSIGHT"
    CREATE_ENTERPRISE_MANAGER_BRIDGE = "CREATE_ENTERPRISE_MANAGER_BRIDGE"
    UDPATE_ENTERPRISE_MANAGER_BRIDGE = "UDPATE_ENTERPRISE_MANAGER_BRIDGE"
    MOVE_ENTERPRISE_MANAGER_BRIDGE = "MOVE_ENTERPRISE_MANAGER_BRIDGE"
    DELETE_ENTERPRISE_MANAGER_BRIDGE = "DELETE_ENTERPRISE_MANAGER_BRIDGE"
    ENABLE_HOST_INSIGHT = "ENABLE_HOST_INSIGHT"
    DISABLE_HOST_INSIGHT = "DISABLE_HOST_INSIGHT"
    UPDATE_HOST_INSIGHT = "UPDATE_HOST_INSIGHT"
    CREATE_HOST_INSIGHT = "CREATE_HOST_INSIGHT"
    MOVE_HOST_INSIGHT = "MOVE_HOST_INSIGHT"
    DELETE_HOST_INSIGHT = "DELETE_HOST_INSIGHT"
    CREATE_EXADATA_INSIGHT = "CREATE_EXADATA_INSIGHT"
    ENABLE_EXADATA_INSIGHT = "ENABLE_EXADATA_INSIGHT"
    DISABLE_EXADATA_INSIGHT = "DISABLE_EXADATA_INSIGHT"
    UPDATE_EXADATA_INSIGHT = "UPDATE_EXADATA_INSIGHT"
    MOVE_EXADATA_INSIGHT = "MOVE_EXADATA_INSIGHT"
    DELETE_EXADATA_INSIGHT = "DELETE_EXADATA_INSIGHT"
    ADD_EXADATA_INSIGHT_MEMBERS = "ADD_EXADATA_INSIGHT_MEMBERS"
    EXADATA_AUTO_SYNC = "EXADATA_AUTO_SYNC"
    UPDATE_OPSI_WAREHOUSE = "UPDATE_OPSI_WAREHOUSE"
    CREATE_OPSI_WAREHOUSE = "CREATE_OPSI_WAREHOUSE"
    MOVE_OPSI_WAREHOUSE = "MOVE_OPSI_WAREHOUSE"
    DELETE_OPSI_WAREHOUSE = "DELETE_OPSI_WAREHOUSE"
    ROTATE_OPSI_WAREHOUSE_WALLET = "ROTATE_OPSI_WAREHOUSE_WALLET"
    UPDATE_OPSI_WAREHOUSE_USER = "UPDATE_OPSI_WAREHOUSE_USER"
    CREATE_OPSI_WAREHOUSE_USER = "CREATE_OPSI_WAREHOUSE_USER"
    MOVE_OPSI_WAREHOUSE_USER = "MOVE_OPSI_WAREHOUSE_USER"
    DELETE_OPSI_WAREHOUSE_USER = "DELETE_OPSI_WAREHOUSE_USER"
    UPDATE_AWRHUB = "UPDATE_AWRHUB"
    CREATE_AWRHUB = "CREATE_AWRHUB"
    MOVE_AWRHUB = "MOVE_AWRHUB"
    DELETE_AWRHUB = "DELETE_AWRHUB"
    UPDATE_PRIVATE_ENDPOINT = "UPDATE_PRIVATE_ENDPOINT"
    CREATE_PRIVATE_ENDPOINT = "CREATE_PRIVATE_ENDPOINT"
    MOVE_PRIVATE_ENDPOINT = "MOVE_PRIVATE_ENDPOINT"
    DELETE_PRIVATE_ENDPOINT = "DELETE_PRIVATE_ENDPOINT"
    CHANGE_PE_COMANAGED_DATABASE_INSIGHT_DETAILS = "CHANGE_PE_COMANAGED_DATABASE_INSIGHT_DETAILS"
    UPDATE_OPSI_CONFIGURATION = "UPDATE_OPSI_CONFIGURATION"
    CREATE_OPSI_CONFIGURATION = "CREATE_OPSI_CONFIGURATION"
    MOVE_OPSI_CONFIGURATION = "MOVE_OPSI_CONFIGURATION"
    DELETE_OPSI_CONFIGURATION = "DELETE_OPSI_CONFIGURATION"
    ENABLE_ADB_ADVANCED_FEATURES = "ENABLE_ADB_ADVANCED_FEATURES"
    DISABLE_ADB_ADVANCED_FEATURES = "DISABLE_ADB_ADVANCED_FEATURES"
    UPDATE_ADB_ADVANCED_FEATURES = "UPDATE_ADB_ADVANCED_FEATURES"
    CREATE_NEWS_REPORT = "CREATE_NEWS_REPORT"
    ENABLE_NEWS_REPORT = "ENABLE_NEWS_REPORT"
    DISABLE_NEWS_REPORT = "DISABLE_NEWS_REPORT"
    UPDATE_NEWS_REPORT = "UPDATE_NEWS_REPORT"
    MOVE_NEWS_REPORT = "MOVE_NEWS_REPORT"
    DELETE_NEWS_REPORT = "DELETE_NEWS_REPORT"
    CREATE_AWRHUB_SOURCE = "CREATE_AWRHUB_SOURCE"
    DELETE_AWRHUB_SOURCE = "DELETE_AWRHUB_SOURCE"
    UPDATE_AWRHUB_SOURCE = "UPDATE_AWRHUB_SOURCE"
    MOVE_AWRHUB_SOURCE = "MOVE_AWRHUB_SOURCE"
    ENABLE_AWRHUB_SOURCE = "ENABLE_AWRHUB_SOURCE"
    DISABLE_AWRHUB_SOURCE = "DISABLE_AWRHUB_SOURCE"
    CHANGE_MACS_MANAGED_CLOUD_DATABASE_INSIGHT_CONNECTION_DETAILS = (
        "CHANGE_MACS_MANAGED_CLOUD_DATABASE_INSIGHT_CONNECTION_DETAILS"
    )
    TEST_MACS_MANAGED_CLOUD_DATABASE_INSIGHT_CONNECTION_DETAILS = (
        "TEST_MACS_MANAGED_CLOUD_DATABASE_INSIGHT_CONNECTION_DETAILS"
    )
    CHANGE_EXTERNAL_MYSQL_DATABASE_INSIGHT_CONNECTION_DETAILS = (
        "CHANGE_EXTERNAL_MYSQL_DATABASE_INSIGHT_CONNECTION_DETAILS"
    )
    CHANGE_MACS_MANAGED_ADB_CONNECTION_DETAILS = "CHANGE_MACS_MANAGED_ADB_CONNECTION_DETAILS"
    TEST_MACS_MANAGED_ADB_CONNECTION_DETAILS = "TEST_MACS_MANAGED_ADB_CONNECTION_DETAILS"
    SYNCHRONIZE_AUTONOMOUS_DATABASE_TO_EXADATA = "SYNCHRONIZE_AUTONOMOUS_DATABASE_TO_EXADATA"
    CREATE_CHARGE_BACK = "CREATE_CHARGE_BACK"
    ENABLE_CHARGE_BACK = "ENABLE_CHARGE_BACK"
    DISABLE_CHARGE_BACK = "DISABLE_CHARGE_BACK"
    UPDATE_CHARGE_BACK = "UPDATE_CHARGE_BACK"
    MOVE_CHARGE_BACK = "MOVE_CHARGE_BACK"
    DELETE_CHARGE_BACK = "DELETE_CHARGE_BACK"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    WAITING = "WAITING"
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
    """A resource created or operated on by a work request (``oci.opsi.models.WorkRequestResource``)."""

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
    """A description of workrequest status (``oci.opsi.models.WorkRequest``)."""

    OPERATION_TYPE_ENABLE_DATABASE_INSIGHT = OperationType.ENABLE_DATABASE_INSIGHT
    OPERATION_TYPE_DISABLE_DATABASE_INSIGHT = OperationType.DISABLE_DATABASE_INSIGHT
    OPERATION_TYPE_UPDATE_DATABASE_INSIGHT = OperationType.UPDATE_DATABASE_INSIGHT
    OPERATION_TYPE_CREATE_DATABASE_INSIGHT = OperationType.CREATE_DATABASE_INSIGHT
    OPERATION_TYPE_MOVE_DATABASE_INSIGHT = OperationType.MOVE_DATABASE_INSIGHT
    OPERATION_TYPE_DELETE_DATABASE_INSIGHT = OperationType.DELETE_DATABASE_INSIGHT
    OPERATION_TYPE_CREATE_ENTERPRISE_MANAGER_BRIDGE = OperationType.CREATE_ENTERPRISE_MANAGER_BRIDGE
    OPERATION_TYPE_UDPATE_ENTERPRISE_MANAGER_BRIDGE = OperationType.UDPATE_ENTERPRISE_MANAGER_BRIDGE
    OPERATION_TYPE_MOVE_ENTERPRISE_MANAGER_BRIDGE = OperationType.MOVE_ENTERPRISE_MANAGER_BRIDGE
    OPERATION_TYPE_DELETE_ENTERPRISE_MANAGER_BRIDGE = OperationType.DELETE_ENTERPRISE_MANAGER_BRIDGE
    OPERATION_TYPE_ENABLE_HOST_INSIGHT = OperationType.ENABLE_HOST_INSIGHT
    OPERATION_TYPE_DISABLE_HOST_INSIGHT = OperationType.DISABLE_HOST_INSIGHT
    OPERATION_TYPE_UPDATE_HOST_INSIGHT = OperationType.UPDATE_HOST_INSIGHT
    OPERATION_TYPE_CREATE_HOST_INSIGHT = OperationType.CREATE_HOST_INSIGHT
    OPERATION_TYPE_MOVE_HOST_INSIGHT = OperationType.MOVE_HOST_INSIGHT
    OPERATION_TYPE_DELETE_HOST_INSIGHT = OperationType.DELETE_HOST_INSIGHT
    OPERATION_TYPE_CREATE_EXADATA_INSIGHT = OperationType.CREATE_EXADATA_INSIGHT
    OPERATION_TYPE_ENABLE_EXADATA_INSIGHT = OperationType.ENABLE_EXADATA_INSIGHT
    OPERATION_TYPE_DISABLE_EXADATA_INSIGHT = OperationType.DISABLE_EXADATA_INSIGHT
    OPERATION_TYPE_UPDATE_EXADATA_INSIGHT = OperationType.UPDATE_EXADATA_INSIGHT
    OPERATION_TYPE_MOVE_EXADATA_INSIGHT = OperationType.MOVE_EXADATA_INSIGHT
    OPERATION_TYPE_DELETE_EXADATA_INSIGHT = OperationType.DELETE_EXADATA_INSIGHT
    OPERATION_TYPE_ADD_EXADATA_INSIGHT_MEMBERS = OperationType.ADD_EXADATA_INSIGHT_MEMBERS
    OPERATION_TYPE_EXADATA_AUTO_SYNC = OperationType.EXADATA_AUTO_SYNC
    OPERATION_TYPE_UPDATE_OPSI_WAREHOUSE = OperationType.UPDATE_OPSI_WAREHOUSE
    OPERATION_TYPE_CREATE_OPSI_WAREHOUSE = OperationType.CREATE_OPSI_WAREHOUSE
    OPERATION_TYPE_MOVE_OPSI_WAREHOUSE = OperationType.MOVE_OPSI_WAREHOUSE
    OPERATION_TYPE_DELETE_OPSI_WAREHOUSE = OperationType.DELETE_OPSI_WAREHOUSE
    OPERATION_TYPE_ROTATE_OPSI_WAREHOUSE_WALLET = OperationType.ROTATE_OPSI_WAREHOUSE_WALLET
    OPERATION_TYPE_UPDATE_OPSI_WAREHOUSE_USER = OperationType.UPDATE_OPSI_WAREHOUSE_USER
    OPERATION_TYPE_CREATE_OPSI_WAREHOUSE_USER = OperationType.CREATE_OPSI_WAREHOUSE_USER
    OPERATION_TYPE_MOVE_OPSI_WAREHOUSE_USER = OperationType.MOVE_OPSI_WAREHOUSE_USER
    OPERATION_TYPE_DELETE_OPSI_WAREHOUSE_USER = OperationType.DELETE_OPSI_WAREHOUSE_USER
    OPERATION_TYPE_UPDATE_AWRHUB = OperationType.UPDATE_AWRHUB
    OPERATION_TYPE_CREATE_AWRHUB = OperationType.CREATE_AWRHUB
    OPERATION_TYPE_MOVE_AWRHUB = OperationType.MOVE_AWRHUB
    OPERATION_TYPE_DELETE_AWRHUB = OperationType.DELETE_AWRHUB
    OPERATION_TYPE_UPDATE_PRIVATE_ENDPOINT = OperationType.UPDATE_PRIVATE_ENDPOINT
    OPERATION_TYPE_CREATE_PRIVATE_ENDPOINT = OperationType.CREATE_PRIVATE_ENDPOINT
    OPERATION_TYPE_MOVE_PRIVATE_ENDPOINT = OperationType.MOVE_PRIVATE_ENDPOINT
    OPERATION_TYPE_DELETE_PRIVATE_ENDPOINT = OperationType.DELETE_PRIVATE_ENDPOINT
    OPERATION_TYPE_CHANGE_PE_COMANAGED_DATABASE_INSIGHT_DETAILS = (
        OperationType.CHANGE_PE_COMANAGED_DATABASE_INSIGHT_DETAILS
    )
    OPERATION_TYPE_UPDATE_OPSI_CONFIGURATION = OperationType.UPDATE_OPSI_CONFIGURATION
    OPERATION_TYPE_CREATE_OPSI_CONFIGURATION = OperationType.CREATE_OPSI_CONFIGURATION
    OPERATION_TYPE_MOVE_OPSI_CONFIGURATION = OperationType.MOVE_OPSI_CONFIGURATION
    OPERATION_TYPE_DELETE_OPSI_CONFIGURATION = OperationType.DELETE_OPSI_CONFIGURATION
    OPERATION_TYPE_ENABLE_ADB_ADVANCED_FEATURES = OperationType.ENABLE_ADB_ADVANCED_FEATURES
    OPERATION_TYPE_DISABLE_ADB_ADVANCED_FEATURES = OperationType.DISABLE_ADB_ADVANCED_FEATURES
    OPERATION_TYPE_UPDATE_ADB_ADVANCED_FEATURES = OperationType.UPDATE_ADB_ADVANCED_FEATURES
    OPERATION_TYPE_CREATE_NEWS_REPORT = OperationType.CREATE_NEWS_REPORT
    OPERATION_TYPE_ENABLE_NEWS_REPORT = OperationType.ENABLE_NEWS_REPORT
    OPERATION_TYPE_DISABLE_NEWS_REPORT = OperationType.DISABLE_NEWS_REPORT
    OPERATION_TYPE_UPDATE_NEWS_REPORT = OperationType.UPDATE_NEWS_REPORT
    OPERATION_TYPE_MOVE_NEWS_REPORT = OperationType.MOVE_NEWS_REPORT
    OPERATION_TYPE_DELETE_NEWS_REPORT = OperationType.DELETE_NEWS_REPORT
    OPERATION_TYPE_CREATE_AWRHUB_SOURCE = OperationType.CREATE_AWRHUB_SOURCE
    OPERATION_TYPE_DELETE_AWRHUB_SOURCE = OperationType.DELETE_AWRHUB_SOURCE
    OPERATION_TYPE_UPDATE_AWRHUB_SOURCE = OperationType.UPDATE_AWRHUB_SOURCE
    OPERATION_TYPE_MOVE_AWRHUB_SOURCE = OperationType.MOVE_AWRHUB_SOURCE
    OPERATION_TYPE_ENABLE_AWRHUB_SOURCE = OperationType.ENABLE_AWRHUB_SOURCE
    OPERATION_TYPE_DISABLE_AWRHUB_SOURCE = OperationType.DISABLE_AWRHUB_SOURCE
    OPERATION_TYPE_CHANGE_MACS_MANAGED_CLOUD_DATABASE_INSIGHT_CONNECTION_DETAILS = (
        OperationType.CHANGE_MACS_MANAGED_CLOUD_DATABASE_INSIGHT_CONNECTION_DETAILS
    )
    OPERATION_TYPE_TEST_MACS_MANAGED_CLOUD_DATABASE_INSIGHT_CONNECTION_DETAILS = (
        OperationType.TEST_MACS_MANAGED_CLOUD_DATABASE_INSIGHT_CONNECTION_DETAILS
    )
    OPERATION_TYPE_CHANGE_EXTERNAL_MYSQL_DATABASE_INSIGHT_CONNECTION_DETAILS = (
        OperationType.CHANGE_EXTERNAL_MYSQL_DATABASE_INSIGHT_CONNECTION_DETAILS
    )
    OPERATION_TYPE_CHANGE_MACS_MANAGED_ADB_CONNECTION_DETAILS = (
        OperationType.CHANGE_MACS_MANAGED_ADB_CONNECTION_DETAILS
    )
    OPERATION_TYPE_TEST_MACS_MANAGED_ADB_CONNECTION_DETAILS = (
        OperationType.TEST_MACS_MANAGED_ADB_CONNECTION_DETAILS
    )
    OPERATION_TYPE_SYNCHRONIZE_AUTONOMOUS_DATABASE_TO_EXADATA = (
        OperationType.SYNCHRONIZE_AUTONOMOUS_DATABASE_TO_EXADATA
    )
    OPERATION_TYPE_CREATE_CHARGE_BACK = OperationType.CREATE_CHARGE_BACK
    OPERATION_TYPE_ENABLE_CHARGE_BACK = OperationType.ENABLE_CHARGE_BACK
    OPERATION_TYPE_DISABLE_CHARGE_BACK = OperationType.DISABLE_CHARGE_BACK
    OPERATION_TYPE_UPDATE_CHARGE_BACK = OperationType.UPDATE_CHARGE_BACK
    OPERATION_TYPE_MOVE_CHARGE_BACK = OperationType.MOVE_CHARGE_BACK
    OPERATION_TYPE_DELETE_CHARGE_BACK = OperationType.DELETE_CHARGE_BACK
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_WAITING = Status.WAITING
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
    """Results of a workRequest search. Contains both WorkRequest items and other information, such as metadata (``oci.opsi.models.WorkRequestCollection``)."""

    items: tuple[WorkRequest, ...] = attrs.field(converter=_required_work_requests)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.opsi.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of a workRequestError search. Contains both WorkRequestError items and other information, such as metadata (``oci.opsi.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.opsi.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Results of a workRequestLog search. Contains both workRequestLog items and other information, such as metadata (``oci.opsi.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequests(Model):
    """Logical grouping used for Ops Insights Work Request operations (``oci.opsi.models.WorkRequests``)."""

    work_requests: object | None = attrs.field(default=None, converter=json_of)
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
    WorkRequests,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (service_family("opsi", WorkRequest, WorkRequest, Status, CLASSES),)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.opsi", "oci.opsi.models", CLASSES)
