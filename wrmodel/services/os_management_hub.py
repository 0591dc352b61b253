"""``oci.os_management_hub``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    instance_of,
    to_enum,
    to_optional_string,
    to_string,
    to_timestamp,
    to_unknown,
    tuple_of,
)
from wrmodel.models._percent import to_percent
from wrmodel.models._rules import (
    RecordsResources,
    Snapshot,
)
from wrmodel.models._values import (
    ints_of,
    required_percent,
    required_time,
    string_map_of,
    strings_of,
    to_optional_bool,
    to_optional_int,
)

__all__ = (
    "Status",
    "EntityType",
    "ActionType",
    "Mode",
    "OperationType",
    "WorkRequestDetails",
    "RerunWorkRequestDetails",
    "UpdateWorkRequestDetails",
    "WorkRequestResource",
    "ModuleSpecDetails",
    "WorkRequestManagementStationDetails",
    "SnapSpecDetails",
    "WorkRequest",
    "WorkRequestError",
    "WorkRequestErrorCollection",
    "WorkRequestEventDataAdditionalDetails",
    "WorkRequestLogEntry",
    "WorkRequestLogEntryCollection",
    "WorkRequestSummary",
    "WorkRequestSummaryCollection",
    "CATALOG",
    "FAMILIES",
)


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    WAITING = "WAITING"
    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    CANCELING = "CANCELING"
    CANCELED = "CANCELED"
    SKIPPED = "SKIPPED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class EntityType(enum.StrEnum):
    """The values of ``entity_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    INSTANCE = "INSTANCE"
    GROUP = "GROUP"
    COMPARTMENT = "COMPARTMENT"
    LIFECYCLE_ENVIRONMENT = "LIFECYCLE_ENVIRONMENT"
    SOFTWARE_SOURCE = "SOFTWARE_SOURCE"
    DYNAMIC_SET = "DYNAMIC_SET"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


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
class Mode(enum.StrEnum):
    """The values of ``mode``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    DEFAULT = "DEFAULT"
    CLASSIC = "CLASSIC"
    JAIL_MODE = "JAIL_MODE"
    DEV_MODE = "DEV_MODE"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    INSTALL_PACKAGES = "INSTALL_PACKAGES"
    REMOVE_PACKAGES = "REMOVE_PACKAGES"
    UPDATE_PACKAGES = "UPDATE_PACKAGES"
    UPDATE_ALL_PACKAGES = "UPDATE_ALL_PACKAGES"
    UPDATE_SECURITY = "UPDATE_SECURITY"
    UPDATE_BUGFIX = "UPDATE_BUGFIX"
    UPDATE_ENHANCEMENT = "UPDATE_ENHANCEMENT"
    UPDATE_OTHER = "UPDATE_OTHER"
    UPDATE_KSPLICE_KERNEL = "UPDATE_KSPLICE_KERNEL"
    UPDATE_KSPLICE_USERSPACE = "UPDATE_KSPLICE_USERSPACE"
    ENABLE_MODULE_STREAMS = "ENABLE_MODULE_STREAMS"
    DISABLE_MODULE_STREAMS = "DISABLE_MODULE_STREAMS"
    SWITCH_MODULE_STREAM = "SWITCH_MODULE_STREAM"
    INSTALL_MODULE_PROFILES = "INSTALL_MODULE_PROFILES"
    REMOVE_MODULE_PROFILES = "REMOVE_MODULE_PROFILES"
    SET_SOFTWARE_SOURCES = "SET_SOFTWARE_SOURCES"
    LIST_PACKAGES = "LIST_PACKAGES"
    SET_MANAGEMENT_STATION_CONFIG = "SET_MANAGEMENT_STATION_CONFIG"
    SYNC_MANAGEMENT_STATION_MIRROR = "SYNC_MANAGEMENT_STATION_MIRROR"
    UPDATE_MANAGEMENT_STATION_SOFTWARE = "UPDATE_MANAGEMENT_STATION_SOFTWARE"
    UPDATE = "UPDATE"
    MODULE_ACTIONS = "MODULE_ACTIONS"
    LIFECYCLE_PROMOTION = "LIFECYCLE_PROMOTION"
    CREATE_SOFTWARE_SOURCE = "CREATE_SOFTWARE_SOURCE"
    UPDATE_SOFTWARE_SOURCE = "UPDATE_SOFTWARE_SOURCE"
    IMPORT_CONTENT = "IMPORT_CONTENT"
    SYNC_AGENT_CONFIG = "SYNC_AGENT_CONFIG"
    INSTALL_WINDOWS_UPDATES = "INSTALL_WINDOWS_UPDATES"
    LIST_WINDOWS_UPDATE = "LIST_WINDOWS_UPDATE"
    GET_WINDOWS_UPDATE_DETAILS = "GET_WINDOWS_UPDATE_DETAILS"
    INSTALL_ALL_WINDOWS_UPDATES = "INSTALL_ALL_WINDOWS_UPDATES"
    INSTALL_SECURITY_WINDOWS_UPDATES = "INSTALL_SECURITY_WINDOWS_UPDATES"
    INSTALL_BUGFIX_WINDOWS_UPDATES = "INSTALL_BUGFIX_WINDOWS_UPDATES"
    INSTALL_ENHANCEMENT_WINDOWS_UPDATES = "INSTALL_ENHANCEMENT_WINDOWS_UPDATES"
    INSTALL_OTHER_WINDOWS_UPDATES = "INSTALL_OTHER_WINDOWS_UPDATES"
    REMOVE_CONTENT = "REMOVE_CONTENT"
    UNREGISTER_MANAGED_INSTANCE = "UNREGISTER_MANAGED_INSTANCE"
    REBOOT = "REBOOT"
    REGISTER_MANAGED_INSTANCE = "REGISTER_MANAGED_INSTANCE"
    LIST_SNAPS = "LIST_SNAPS"
    INSTALL_SNAPS = "INSTALL_SNAPS"
    REMOVE_SNAPS = "REMOVE_SNAPS"
    SWITCH_SNAP_CHANNEL = "SWITCH_SNAP_CHANNEL"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


def _optional_work_request_details(value: WorkRequestDetails | None) -> WorkRequestDetails | None:
    return instance_of(WorkRequestDetails, value)


def _status(value: Status | str) -> Status:
    return to_enum(Status, value)


def _entity_type(value: EntityType | str) -> EntityType:
    return to_enum(EntityType, value)


def _action_type(value: ActionType | str) -> ActionType:
    return to_enum(ActionType, value)


def _optional_mode(value: Mode | str | None) -> Mode | None:
    return None if value is None else to_enum(Mode, value)


def _operation_type(value: OperationType | str) -> OperationType:
    return to_enum(OperationType, value)


def _required_work_request_resources(
    value: Sequence[WorkRequestResource],
) -> tuple[WorkRequestResource, ...]:
    items = tuple_of(WorkRequestResource, value)
    what = "a sequence of WorkRequestResource"
    return fail(expected(what, value)) if items is None else items


def _module_spec_detailss(
    value: Sequence[ModuleSpecDetails] | None,
) -> tuple[ModuleSpecDetails, ...] | None:
    return tuple_of(ModuleSpecDetails, value)


def _optional_work_request_management_station_details(
    value: WorkRequestManagementStationDetails | None,
) -> WorkRequestManagementStationDetails | None:
    return instance_of(WorkRequestManagementStationDetails, value)


def _snap_spec_detailss(
    value: Sequence[SnapSpecDetails] | None,
) -> tuple[SnapSpecDetails, ...] | None:
    return tuple_of(SnapSpecDetails, value)


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
class WorkRequestDetails(Model):
    """Provides the name and description of the job (``oci.os_management_hub.models.WorkRequestDetails``)."""

    display_name: str | None = attrs.field(default=None, converter=to_optional_string)
    description: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class RerunWorkRequestDetails(Model):
    """Provides the information used to target specific resources for the rerun of a work request (``oci.os_management_hub.models.RerunWorkRequestDetails``)."""

    managed_instances: tuple[str, ...] | None = attrs.field(default=None, converter=strings_of)
    work_request_details: WorkRequestDetails | None = attrs.field(
        default=None, converter=_optional_work_request_details
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class UpdateWorkRequestDetails(Model):
    """Provides the information used to update a work request (``oci.os_management_hub.models.UpdateWorkRequestDetails``)."""

    STATUS_WAITING = Status.WAITING
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
    STATUS_SKIPPED = Status.SKIPPED

    status: Status = attrs.field(converter=_status)
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    description: str | None = attrs.field(default=None, converter=to_optional_string)
    display_name: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.os_management_hub.models.WorkRequestResource``)."""

    ENTITY_TYPE_INSTANCE = EntityType.INSTANCE
    ENTITY_TYPE_GROUP = EntityType.GROUP
    ENTITY_TYPE_COMPARTMENT = EntityType.COMPARTMENT
    ENTITY_TYPE_LIFECYCLE_ENVIRONMENT = EntityType.LIFECYCLE_ENVIRONMENT
    ENTITY_TYPE_SOFTWARE_SOURCE = EntityType.SOFTWARE_SOURCE
    ENTITY_TYPE_DYNAMIC_SET = EntityType.DYNAMIC_SET
    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_RELATED = ActionType.RELATED
    ACTION_TYPE_FAILED = ActionType.FAILED

    entity_type: EntityType = attrs.field(converter=_entity_type)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    name: str | None = attrs.field(default=None, converter=to_optional_string)
    metadata: Mapping[str, str] | None = attrs.field(default=None, converter=string_map_of)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class ModuleSpecDetails(Model):
    """Details about a specific appstream module (``oci.os_management_hub.models.ModuleSpecDetails``)."""

    name: str = attrs.field(converter=to_string)
    stream: str | None = attrs.field(default=None, converter=to_optional_string)
    profile: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestManagementStationDetails(Model):
    """Details about management station actions (``oci.os_management_hub.models.WorkRequestManagementStationDetails``)."""

    management_station_version: str | None = attrs.field(default=None, converter=to_optional_string)
    config: str | None = attrs.field(default=None, converter=to_optional_string)
    software_source_ids: tuple[str, ...] | None = attrs.field(default=None, converter=strings_of)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class SnapSpecDetails(Model):
    """Details about a specific snap (``oci.os_management_hub.models.SnapSpecDetails``)."""

    MODE_DEFAULT = Mode.DEFAULT
    MODE_CLASSIC = Mode.CLASSIC
    MODE_JAIL_MODE = Mode.JAIL_MODE
    MODE_DEV_MODE = Mode.DEV_MODE

    channel: str | None = attrs.field(default=None, converter=to_optional_string)
    is_signed: bool | None = attrs.field(default=None, converter=to_optional_bool)
    mode: Mode | None = attrs.field(default=None, converter=_optional_mode)
    name: str = attrs.field(converter=to_string)
    version: str | None = attrs.field(default=None, converter=to_optional_string)
    revision: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """An object that defines a work request (``oci.os_management_hub.models.WorkRequest``)."""

    OPERATION_TYPE_INSTALL_PACKAGES = OperationType.INSTALL_PACKAGES
    OPERATION_TYPE_REMOVE_PACKAGES = OperationType.REMOVE_PACKAGES
    OPERATION_TYPE_UPDATE_PACKAGES = OperationType.UPDATE_PACKAGES
    OPERATION_TYPE_UPDATE_ALL_PACKAGES = OperationType.UPDATE_ALL_PACKAGES
    OPERATION_TYPE_UPDATE_SECURITY = OperationType.UPDATE_SECURITY
    OPERATION_TYPE_UPDATE_BUGFIX = OperationType.UPDATE_BUGFIX
    OPERATION_TYPE_UPDATE_ENHANCEMENT = OperationType.UPDATE_ENHANCEMENT
    OPERATION_TYPE_UPDATE_OTHER = OperationType.UPDATE_OTHER
    OPERATION_TYPE_UPDATE_KSPLICE_KERNEL = OperationType.UPDATE_KSPLICE_KERNEL
    OPERATION_TYPE_UPDATE_KSPLICE_USERSPACE = OperationType.UPDATE_KSPLICE_USERSPACE
    OPERATION_TYPE_ENABLE_MODULE_STREAMS = OperationType.ENABLE_MODULE_STREAMS
    OPERATION_TYPE_DISABLE_MODULE_STREAMS = OperationType.DISABLE_MODULE_STREAMS
    OPERATION_TYPE_SWITCH_MODULE_STREAM = OperationType.SWITCH_MODULE_STREAM
    OPERATION_TYPE_INSTALL_MODULE_PROFILES = OperationType.INSTALL_MODULE_PROFILES
    OPERATION_TYPE_REMOVE_MODULE_PROFILES = OperationType.REMOVE_MODULE_PROFILES
    OPERATION_TYPE_SET_SOFTWARE_SOURCES = OperationType.SET_SOFTWARE_SOURCES
    OPERATION_TYPE_LIST_PACKAGES = OperationType.LIST_PACKAGES
    OPERATION_TYPE_SET_MANAGEMENT_STATION_CONFIG = OperationType.SET_MANAGEMENT_STATION_CONFIG
    OPERATION_TYPE_SYNC_MANAGEMENT_STATION_MIRROR = OperationType.SYNC_MANAGEMENT_STATION_MIRROR
    OPERATION_TYPE_UPDATE_MANAGEMENT_STATION_SOFTWARE = (
        OperationType.UPDATE_MANAGEMENT_STATION_SOFTWARE
    )
    OPERATION_TYPE_UPDATE = OperationType.UPDATE
    OPERATION_TYPE_MODULE_ACTIONS = OperationType.MODULE_ACTIONS
    OPERATION_TYPE_LIFECYCLE_PROMOTION = OperationType.LIFECYCLE_PROMOTION
    OPERATION_TYPE_CREATE_SOFTWARE_SOURCE = OperationType.CREATE_SOFTWARE_SOURCE
    OPERATION_TYPE_UPDATE_SOFTWARE_SOURCE = OperationType.UPDATE_SOFTWARE_SOURCE
    OPERATION_TYPE_IMPORT_CONTENT = OperationType.IMPORT_CONTENT
    OPERATION_TYPE_SYNC_AGENT_CONFIG = OperationType.SYNC_AGENT_CONFIG
    OPERATION_TYPE_INSTALL_WINDOWS_UPDATES = OperationType.INSTALL_WINDOWS_UPDATES
    OPERATION_TYPE_LIST_WINDOWS_UPDATE = OperationType.LIST_WINDOWS_UPDATE
    OPERATION_TYPE_GET_WINDOWS_UPDATE_DETAILS = OperationType.GET_WINDOWS_UPDATE_DETAILS
    OPERATION_TYPE_INSTALL_ALL_WINDOWS_UPDATES = OperationType.INSTALL_ALL_WINDOWS_UPDATES
    OPERATION_TYPE_INSTALL_SECURITY_WINDOWS_UPDATES = OperationType.INSTALL_SECURITY_WINDOWS_UPDATES
    OPERATION_TYPE_INSTALL_BUGFIX_WINDOWS_UPDATES = OperationType.INSTALL_BUGFIX_WINDOWS_UPDATES
    OPERATION_TYPE_INSTALL_ENHANCEMENT_WINDOWS_UPDATES = (
        OperationType.INSTALL_ENHANCEMENT_WINDOWS_UPDATES
    )
    OPERATION_TYPE_INSTALL_OTHER_WINDOWS_UPDATES = OperationType.INSTALL_OTHER_WINDOWS_UPDATES
    OPERATION_TYPE_REMOVE_CONTENT = OperationType.REMOVE_CONTENT
    OPERATION_TYPE_UNREGISTER_MANAGED_INSTANCE = OperationType.UNREGISTER_MANAGED_INSTANCE
    OPERATION_TYPE_REBOOT = OperationType.REBOOT
    OPERATION_TYPE_REGISTER_MANAGED_INSTANCE = OperationType.REGISTER_MANAGED_INSTANCE
    OPERATION_TYPE_LIST_SNAPS = OperationType.LIST_SNAPS
    OPERATION_TYPE_INSTALL_SNAPS = OperationType.INSTALL_SNAPS
    OPERATION_TYPE_REMOVE_SNAPS = OperationType.REMOVE_SNAPS
    OPERATION_TYPE_SWITCH_SNAP_CHANNEL = OperationType.SWITCH_SNAP_CHANNEL
    STATUS_WAITING = Status.WAITING
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
    STATUS_SKIPPED = Status.SKIPPED

    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    id: str = attrs.field(converter=to_string)
    description: str | None = attrs.field(default=None, converter=to_optional_string)
    display_name: str | None = attrs.field(default=None, converter=to_optional_string)
    message: str | None = attrs.field(default=None, converter=to_optional_string)
    parent_id: str | None = attrs.field(default=None, converter=to_optional_string)
    children_id: tuple[str, ...] | None = attrs.field(default=None, converter=strings_of)
    compartment_id: str = attrs.field(converter=to_string)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    package_names: tuple[str, ...] | None = attrs.field(default=None, converter=strings_of)
    windows_update_names: tuple[str, ...] | None = attrs.field(default=None, converter=strings_of)
    module_specs: tuple[ModuleSpecDetails, ...] | None = attrs.field(
        default=None, converter=_module_spec_detailss
    )
    percent_complete: float = attrs.field(converter=required_percent)
    time_created: pendulum.DateTime = attrs.field(converter=required_time)
    time_updated: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    initiator_id: str | None = attrs.field(default=None, converter=to_optional_string)
    management_station: WorkRequestManagementStationDetails | None = attrs.field(
        default=None, converter=_optional_work_request_management_station_details
    )
    time_scheduled: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    content_location: str | None = attrs.field(default=None, converter=to_optional_string)
    event_id: str | None = attrs.field(default=None, converter=to_optional_string)
    content_checksum: str | None = attrs.field(default=None, converter=to_optional_string)
    retry_of_id: str | None = attrs.field(default=None, converter=to_optional_string)
    rerun_of_id: str | None = attrs.field(default=None, converter=to_optional_string)
    retry_intervals: tuple[int, ...] | None = attrs.field(default=None, converter=ints_of)
    is_managed_by_autonomous_linux: bool | None = attrs.field(
        default=None, converter=to_optional_bool
    )
    reboot_timeout_in_mins: int | None = attrs.field(default=None, converter=to_optional_int)
    snap_specs: tuple[SnapSpecDetails, ...] | None = attrs.field(
        default=None, converter=_snap_spec_detailss
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing a work request (``oci.os_management_hub.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """The set of work request errors returned for the :func:`list_work_request_errors` operation (``oci.os_management_hub.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestEventDataAdditionalDetails(Model):
    """Provides additional information for the work request associated with an event (``oci.os_management_hub.models.WorkRequestEventDataAdditionalDetails``)."""

    initiator_id: str = attrs.field(converter=to_string)
    work_request_ids: tuple[str, ...] | None = attrs.field(default=None, converter=strings_of)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.os_management_hub.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """The set of work request logs returned for the :func:`list_work_request_logs` operation (``oci.os_management_hub.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, Snapshot):
    """The summary of a work request (``oci.os_management_hub.models.WorkRequestSummary``)."""

    OPERATION_TYPE_INSTALL_PACKAGES = OperationType.INSTALL_PACKAGES
    OPERATION_TYPE_REMOVE_PACKAGES = OperationType.REMOVE_PACKAGES
    OPERATION_TYPE_UPDATE_PACKAGES = OperationType.UPDATE_PACKAGES
    OPERATION_TYPE_UPDATE_ALL_PACKAGES = OperationType.UPDATE_ALL_PACKAGES
    OPERATION_TYPE_UPDATE_SECURITY = OperationType.UPDATE_SECURITY
    OPERATION_TYPE_UPDATE_BUGFIX = OperationType.UPDATE_BUGFIX
    OPERATION_TYPE_UPDATE_ENHANCEMENT = OperationType.UPDATE_ENHANCEMENT
    OPERATION_TYPE_UPDATE_OTHER = OperationType.UPDATE_OTHER
    OPERATION_TYPE_UPDATE_KSPLICE_KERNEL = OperationType.UPDATE_KSPLICE_KERNEL
    OPERATION_TYPE_UPDATE_KSPLICE_USERSPACE = OperationType.UPDATE_KSPLICE_USERSPACE
    OPERATION_TYPE_ENABLE_MODULE_STREAMS = OperationType.ENABLE_MODULE_STREAMS
    OPERATION_TYPE_DISABLE_MODULE_STREAMS = OperationType.DISABLE_MODULE_STREAMS
    OPERATION_TYPE_SWITCH_MODULE_STREAM = OperationType.SWITCH_MODULE_STREAM
    OPERATION_TYPE_INSTALL_MODULE_PROFILES = OperationType.INSTALL_MODULE_PROFILES
    OPERATION_TYPE_REMOVE_MODULE_PROFILES = OperationType.REMOVE_MODULE_PROFILES
    OPERATION_TYPE_SET_SOFTWARE_SOURCES = OperationType.SET_SOFTWARE_SOURCES
    OPERATION_TYPE_LIST_PACKAGES = OperationType.LIST_PACKAGES
    OPERATION_TYPE_SET_MANAGEMENT_STATION_CONFIG = OperationType.SET_MANAGEMENT_STATION_CONFIG
    OPERATION_TYPE_SYNC_MANAGEMENT_STATION_MIRROR = OperationType.SYNC_MANAGEMENT_STATION_MIRROR
    OPERATION_TYPE_UPDATE_MANAGEMENT_STATION_SOFTWARE = (
        OperationType.UPDATE_MANAGEMENT_STATION_SOFTWARE
    )
    OPERATION_TYPE_UPDATE = OperationType.UPDATE
    OPERATION_TYPE_MODULE_ACTIONS = OperationType.MODULE_ACTIONS
    OPERATION_TYPE_LIFECYCLE_PROMOTION = OperationType.LIFECYCLE_PROMOTION
    OPERATION_TYPE_CREATE_SOFTWARE_SOURCE = OperationType.CREATE_SOFTWARE_SOURCE
    OPERATION_TYPE_UPDATE_SOFTWARE_SOURCE = OperationType.UPDATE_SOFTWARE_SOURCE
    OPERATION_TYPE_IMPORT_CONTENT = OperationType.IMPORT_CONTENT
    OPERATION_TYPE_SYNC_AGENT_CONFIG = OperationType.SYNC_AGENT_CONFIG
    OPERATION_TYPE_INSTALL_WINDOWS_UPDATES = OperationType.INSTALL_WINDOWS_UPDATES
    OPERATION_TYPE_LIST_WINDOWS_UPDATE = OperationType.LIST_WINDOWS_UPDATE
    OPERATION_TYPE_GET_WINDOWS_UPDATE_DETAILS = OperationType.GET_WINDOWS_UPDATE_DETAILS
    OPERATION_TYPE_INSTALL_ALL_WINDOWS_UPDATES = OperationType.INSTALL_ALL_WINDOWS_UPDATES
    OPERATION_TYPE_INSTALL_SECURITY_WINDOWS_UPDATES = OperationType.INSTALL_SECURITY_WINDOWS_UPDATES
    OPERATION_TYPE_INSTALL_BUGFIX_WINDOWS_UPDATES = OperationType.INSTALL_BUGFIX_WINDOWS_UPDATES
    OPERATION_TYPE_INSTALL_ENHANCEMENT_WINDOWS_UPDATES = (
        OperationType.INSTALL_ENHANCEMENT_WINDOWS_UPDATES
    )
    OPERATION_TYPE_INSTALL_OTHER_WINDOWS_UPDATES = OperationType.INSTALL_OTHER_WINDOWS_UPDATES
    OPERATION_TYPE_REMOVE_CONTENT = OperationType.REMOVE_CONTENT
    OPERATION_TYPE_UNREGISTER_MANAGED_INSTANCE = OperationType.UNREGISTER_MANAGED_INSTANCE
    OPERATION_TYPE_REBOOT = OperationType.REBOOT
    OPERATION_TYPE_REGISTER_MANAGED_INSTANCE = OperationType.REGISTER_MANAGED_INSTANCE
    OPERATION_TYPE_LIST_SNAPS = OperationType.LIST_SNAPS
    OPERATION_TYPE_INSTALL_SNAPS = OperationType.INSTALL_SNAPS
    OPERATION_TYPE_REMOVE_SNAPS = OperationType.REMOVE_SNAPS
    OPERATION_TYPE_SWITCH_SNAP_CHANNEL = OperationType.SWITCH_SNAP_CHANNEL
    STATUS_WAITING = Status.WAITING
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED
    STATUS_SKIPPED = Status.SKIPPED

    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
    id: str = attrs.field(converter=to_string)
    description: str | None = attrs.field(default=None, converter=to_optional_string)
    display_name: str | None = attrs.field(default=None, converter=to_optional_string)
    message: str | None = attrs.field(default=None, converter=to_optional_string)
    parent_id: str | None = attrs.field(default=None, converter=to_optional_string)
    children_id: tuple[str, ...] | None = attrs.field(default=None, converter=strings_of)
    compartment_id: str = attrs.field(converter=to_string)
    percent_complete: float | None = attrs.field(default=None, converter=to_percent)
    time_created: pendulum.DateTime = attrs.field(converter=required_time)
    time_scheduled: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    is_managed_by_autonomous_linux: bool | None = attrs.field(
        default=None, converter=to_optional_bool
    )
    reboot_timeout_in_mins: int | None = attrs.field(default=None, converter=to_optional_int)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummaryCollection(Model):
    """The set of work requests returned for the :func:`list_work_requests` operation (``oci.os_management_hub.models.WorkRequestSummaryCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestDetails,
    RerunWorkRequestDetails,
    UpdateWorkRequestDetails,
    WorkRequestResource,
    ModuleSpecDetails,
    WorkRequestManagementStationDetails,
    SnapSpecDetails,
    WorkRequest,
    WorkRequestError,
    WorkRequestErrorCollection,
    WorkRequestEventDataAdditionalDetails,
    WorkRequestLogEntry,
    WorkRequestLogEntryCollection,
    WorkRequestSummary,
    WorkRequestSummaryCollection,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("os_management_hub", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.os_management_hub", "oci.os_management_hub.models", CLASSES)
