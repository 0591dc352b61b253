"""``oci.oda``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    "ResourceAction",
    "Status",
    "RequestAction",
    "WorkRequestSummaryRequestAction",
    "WorkRequestResource",
    "WorkRequest",
    "WorkRequestError",
    "WorkRequestLogEntry",
    "WorkRequestSummary",
    "CATALOG",
    "FAMILIES",
)


@know
class ResourceAction(enum.StrEnum):
    """The values of ``resource_action``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE = "CREATE"
    UPDATE = "UPDATE"
    DELETE = "DELETE"
    PURGE = "PURGE"
    RECOVER = "RECOVER"
    STOP = "STOP"
    START = "START"
    CHANGE_COMPARTMENT = "CHANGE_COMPARTMENT"
    CHANGE_CUST_ENC_KEY = "CHANGE_CUST_ENC_KEY"
    DEACT_CUST_ENC_KEY = "DEACT_CUST_ENC_KEY"
    CREATE_ASSOCIATION = "CREATE_ASSOCIATION"
    DELETE_ASSOCIATION = "DELETE_ASSOCIATION"
    UPDATE_ENTITLEMENTS_FOR_CACCT = "UPDATE_ENTITLEMENTS_FOR_CACCT"
    CREATE_ODA_INSTANCE_ATTACHMENT = "CREATE_ODA_INSTANCE_ATTACHMENT"
    UPDATE_ODA_INSTANCE_ATTACHMENT = "UPDATE_ODA_INSTANCE_ATTACHMENT"
    DELETE_ODA_INSTANCE_ATTACHMENT = "DELETE_ODA_INSTANCE_ATTACHMENT"
    CREATE_IMPORTED_PACKAGE = "CREATE_IMPORTED_PACKAGE"
    UPDATE_IMPORTED_PACKAGE = "UPDATE_IMPORTED_PACKAGE"
    DELETE_IMPORTED_PACKAGE = "DELETE_IMPORTED_PACKAGE"
    EXPORT = "EXPORT"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Status(enum.StrEnum):
    """The statuses; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    CANCELING = "CANCELING"
    CANCELED = "CANCELED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class RequestAction(enum.StrEnum):
    """The values of ``request_action``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_ODA_INSTANCE = "CREATE_ODA_INSTANCE"
    UPGRADE_ODA_INSTANCE = "UPGRADE_ODA_INSTANCE"
    DELETE_ODA_INSTANCE = "DELETE_ODA_INSTANCE"
    PURGE_ODA_INSTANCE = "PURGE_ODA_INSTANCE"
    RECOVER_ODA_INSTANCE = "RECOVER_ODA_INSTANCE"
    STOP_ODA_INSTANCE = "STOP_ODA_INSTANCE"
    START_ODA_INSTANCE = "START_ODA_INSTANCE"
    CHANGE_ODA_INSTANCE_COMPARTMENT = "CHANGE_ODA_INSTANCE_COMPARTMENT"
    CHANGE_CUST_ENC_KEY = "CHANGE_CUST_ENC_KEY"
    DEACT_CUST_ENC_KEY = "DEACT_CUST_ENC_KEY"
    CREATE_ASSOCIATION = "CREATE_ASSOCIATION"
    DELETE_ASSOCIATION = "DELETE_ASSOCIATION"
    CREATE_PCS_INSTANCE = "CREATE_PCS_INSTANCE"
    UPDATE_ENTITLEMENTS_FOR_CACCT = "UPDATE_ENTITLEMENTS_FOR_CACCT"
    LOOKUP_ODA_INSTANCES_FOR_CACCT = "LOOKUP_ODA_INSTANCES_FOR_CACCT"
    CREATE_ODA_INSTANCE_ATTACHMENT = "CREATE_ODA_INSTANCE_ATTACHMENT"
    UPDATE_ODA_INSTANCE_ATTACHMENT = "UPDATE_ODA_INSTANCE_ATTACHMENT"
    DELETE_ODA_INSTANCE_ATTACHMENT = "DELETE_ODA_INSTANCE_ATTACHMENT"
    CREATE_IMPORTED_PACKAGE = "CREATE_IMPORTED_PACKAGE"
    UPDATE_IMPORTED_PACKAGE = "UPDATE_IMPORTED_PACKAGE"
    DELETE_IMPORTED_PACKAGE = "DELETE_IMPORTED_PACKAGE"
    IMPORT_BOT = "IMPORT_BOT"
    CREATE_SKILL = "CREATE_SKILL"
    CLONE_SKILL = "CLONE_SKILL"
    EXTEND_SKILL = "EXTEND_SKILL"
    VERSION_SKILL = "VERSION_SKILL"
    EXPORT_SKILL = "EXPORT_SKILL"
    CREATE_DIGITAL_ASSISTANT = "CREATE_DIGITAL_ASSISTANT"
    CLONE_DIGITAL_ASSISTANT = "CLONE_DIGITAL_ASSISTANT"
    EXTEND_DIGITAL_ASSISTANT = "EXTEND_DIGITAL_ASSISTANT"
    VERSION_DIGITAL_ASSISTANT = "VERSION_DIGITAL_ASSISTANT"
    EXPORT_DIGITAL_ASSISTANT = "EXPORT_DIGITAL_ASSISTANT"
    CREATE_ODA_PRIVATE_ENDPOINT = "CREATE_ODA_PRIVATE_ENDPOINT"
    DELETE_ODA_PRIVATE_ENDPOINT = "DELETE_ODA_PRIVATE_ENDPOINT"
    UPDATE_ODA_PRIVATE_ENDPOINT = "UPDATE_ODA_PRIVATE_ENDPOINT"
    CHANGE_ODA_PRIVATE_ENDPOINT_COMPARTMENT = "CHANGE_ODA_PRIVATE_ENDPOINT_COMPARTMENT"
    CREATE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY = "CREATE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY"
    DELETE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY = "DELETE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY"
    CREATE_ODA_PRIVATE_ENDPOINT_ATTACHMENT = "CREATE_ODA_PRIVATE_ENDPOINT_ATTACHMENT"
    DELETE_ODA_PRIVATE_ENDPOINT_ATTACHMENT = "DELETE_ODA_PRIVATE_ENDPOINT_ATTACHMENT"
    TRAIN_SKILL = "TRAIN_SKILL"
    DELETE_SKILL_ENTITIES = "DELETE_SKILL_ENTITIES"
    IMPORT_SKILL_ENTITIES = "IMPORT_SKILL_ENTITIES"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class WorkRequestSummaryRequestAction(enum.StrEnum):
    """The values of ``request_action``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_ODA_INSTANCE = "CREATE_ODA_INSTANCE"
    UPGRADE_ODA_INSTANCE = "UPGRADE_ODA_INSTANCE"
    DELETE_ODA_INSTANCE = "DELETE_ODA_INSTANCE"
    PURGE_ODA_INSTANCE = "PURGE_ODA_INSTANCE"
    RECOVER_ODA_INSTANCE = "RECOVER_ODA_INSTANCE"
    STOP_ODA_INSTANCE = "STOP_ODA_INSTANCE"
    START_ODA_INSTANCE = "START_ODA_INSTANCE"
    CHANGE_ODA_INSTANCE_COMPARTMENT = "CHANGE_ODA_INSTANCE_COMPARTMENT"
    CHANGE_CUST_ENC_KEY = "CHANGE_CUST_ENC_KEY"
    DEACT_CUST_ENC_KEY = "DEACT_CUST_ENC_KEY"
    CREATE_ASSOCIATION = "CREATE_ASSOCIATION"
    DELETE_ASSOCIATION = "DELETE_ASSOCIATION"
    UPDATE_ENTITLEMENTS_FOR_CACCT = "UPDATE_ENTITLEMENTS_FOR_CACCT"
    LOOKUP_ODA_INSTANCES_FOR_CACCT = "LOOKUP_ODA_INSTANCES_FOR_CACCT"
    CREATE_ODA_INSTANCE_ATTACHMENT = "CREATE_ODA_INSTANCE_ATTACHMENT"
    UPDATE_ODA_INSTANCE_ATTACHMENT = "UPDATE_ODA_INSTANCE_ATTACHMENT"
    DELETE_ODA_INSTANCE_ATTACHMENT = "DELETE_ODA_INSTANCE_ATTACHMENT"
    CREATE_IMPORTED_PACKAGE = "CREATE_IMPORTED_PACKAGE"
    UPDATE_IMPORTED_PACKAGE = "UPDATE_IMPORTED_PACKAGE"
    DELETE_IMPORTED_PACKAGE = "DELETE_IMPORTED_PACKAGE"
    IMPORT_BOT = "IMPORT_BOT"
    CREATE_SKILL = "CREATE_SKILL"
    CLONE_SKILL = "CLONE_SKILL"
    EXTEND_SKILL = "EXTEND_SKILL"
    VERSION_SKILL = "VERSION_SKILL"
    EXPORT_SKILL = "EXPORT_SKILL"
    CREATE_DIGITAL_ASSISTANT = "CREATE_DIGITAL_ASSISTANT"
    CLONE_DIGITAL_ASSISTANT = "CLONE_DIGITAL_ASSISTANT"
    EXTEND_DIGITAL_ASSISTANT = "EXTEND_DIGITAL_ASSISTANT"
    VERSION_DIGITAL_ASSISTANT = "VERSION_DIGITAL_ASSISTANT"
    EXPORT_DIGITAL_ASSISTANT = "EXPORT_DIGITAL_ASSISTANT"
    CREATE_ODA_PRIVATE_ENDPOINT = "CREATE_ODA_PRIVATE_ENDPOINT"
    DELETE_ODA_PRIVATE_ENDPOINT = "DELETE_ODA_PRIVATE_ENDPOINT"
    UPDATE_ODA_PRIVATE_ENDPOINT = "UPDATE_ODA_PRIVATE_ENDPOINT"
    CHANGE_ODA_PRIVATE_ENDPOINT_COMPARTMENT = "CHANGE_ODA_PRIVATE_ENDPOINT_COMPARTMENT"
    CREATE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY = "CREATE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY"
    DELETE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY = "DELETE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY"
    CREATE_ODA_PRIVATE_ENDPOINT_ATTACHMENT = "CREATE_ODA_PRIVATE_ENDPOINT_ATTACHMENT"
    DELETE_ODA_PRIVATE_ENDPOINT_ATTACHMENT = "DELETE_ODA_PRIVATE_ENDPOINT_ATTACHMENT"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


def _resource_action(value: ResourceAction | str) -> ResourceAction:
    return to_enum(ResourceAction, value)


def _status(value: Status | str) -> Status:
    return to_enum(Status, value)


def _request_action(value: RequestAction | str) -> RequestAction:
    return to_enum(RequestAction, value)


def _required_work_request_resources(
    value: Sequence[WorkRequestResource],
) -> tuple[WorkRequestResource, ...]:
    items = tuple_of(WorkRequestResource, value)
    what = "a sequence of WorkRequestResource"
    return fail(expected(what, value)) if items is None else items


def _work_request_summary_request_action(
    value: WorkRequestSummaryRequestAction | str,
) -> WorkRequestSummaryRequestAction:
    return to_enum(WorkRequestSummaryRequestAction, value)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.oda.models.WorkRequestResource``)."""

    RESOURCE_ACTION_CREATE = ResourceAction.CREATE
    RESOURCE_ACTION_UPDATE = ResourceAction.UPDATE
    RESOURCE_ACTION_DELETE = ResourceAction.DELETE
    RESOURCE_ACTION_PURGE = ResourceAction.PURGE
    RESOURCE_ACTION_RECOVER = ResourceAction.RECOVER
    RESOURCE_ACTION_STOP = ResourceAction.STOP
    RESOURCE_ACTION_START = ResourceAction.START
    RESOURCE_ACTION_CHANGE_COMPARTMENT = ResourceAction.CHANGE_COMPARTMENT
    RESOURCE_ACTION_CHANGE_CUST_ENC_KEY = ResourceAction.CHANGE_CUST_ENC_KEY
    RESOURCE_ACTION_DEACT_CUST_ENC_KEY = ResourceAction.DEACT_CUST_ENC_KEY
    RESOURCE_ACTION_CREATE_ASSOCIATION = ResourceAction.CREATE_ASSOCIATION
    RESOURCE_ACTION_DELETE_ASSOCIATION = ResourceAction.DELETE_ASSOCIATION
    RESOURCE_ACTION_UPDATE_ENTITLEMENTS_FOR_CACCT = ResourceAction.UPDATE_ENTITLEMENTS_FOR_CACCT
    RESOURCE_ACTION_CREATE_ODA_INSTANCE_ATTACHMENT = ResourceAction.CREATE_ODA_INSTANCE_ATTACHMENT
    RESOURCE_ACTION_UPDATE_ODA_INSTANCE_ATTACHMENT = ResourceAction.UPDATE_ODA_INSTANCE_ATTACHMENT
    RESOURCE_ACTION_DELETE_ODA_INSTANCE_ATTACHMENT = ResourceAction.DELETE_ODA_INSTANCE_ATTACHMENT
    RESOURCE_ACTION_CREATE_IMPORTED_PACKAGE = ResourceAction.CREATE_IMPORTED_PACKAGE
    RESOURCE_ACTION_UPDATE_IMPORTED_PACKAGE = ResourceAction.UPDATE_IMPORTED_PACKAGE
    RESOURCE_ACTION_DELETE_IMPORTED_PACKAGE = ResourceAction.DELETE_IMPORTED_PACKAGE
    RESOURCE_ACTION_EXPORT = ResourceAction.EXPORT
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_FAILED = Status.FAILED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    resource_action: ResourceAction = attrs.field(converter=_resource_action)
    resource_type: str = attrs.field(converter=to_string)
    resource_id: str = attrs.field(converter=to_string)
    status: Status = attrs.field(converter=_status)
    status_message: str | None = attrs.field(default=None, converter=to_optional_string)
    resource_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """The description of work request, including its status (``oci.oda.models.WorkRequest``)."""

    REQUEST_ACTION_CREATE_ODA_INSTANCE = RequestAction.CREATE_ODA_INSTANCE
    REQUEST_ACTION_UPGRADE_ODA_INSTANCE = RequestAction.UPGRADE_ODA_INSTANCE
    REQUEST_ACTION_DELETE_ODA_INSTANCE = RequestAction.DELETE_ODA_INSTANCE
    REQUEST_ACTION_PURGE_ODA_INSTANCE = RequestAction.PURGE_ODA_INSTANCE
    REQUEST_ACTION_RECOVER_ODA_INSTANCE = RequestAction.RECOVER_ODA_INSTANCE
    REQUEST_ACTION_STOP_ODA_INSTANCE = RequestAction.STOP_ODA_INSTANCE
    REQUEST_ACTION_START_ODA_INSTANCE = RequestAction.START_ODA_INSTANCE
    REQUEST_ACTION_CHANGE_ODA_INSTANCE_COMPARTMENT = RequestAction.CHANGE_ODA_INSTANCE_COMPARTMENT
    REQUEST_ACTION_CHANGE_CUST_ENC_KEY = RequestAction.CHANGE_CUST_ENC_KEY
    REQUEST_ACTION_DEACT_CUST_ENC_KEY = RequestAction.DEACT_CUST_ENC_KEY
    REQUEST_ACTION_CREATE_ASSOCIATION = RequestAction.CREATE_ASSOCIATION
    REQUEST_ACTION_DELETE_ASSOCIATION = RequestAction.DELETE_ASSOCIATION
    REQUEST_ACTION_CREATE_PCS_INSTANCE = RequestAction.CREATE_PCS_INSTANCE
    REQUEST_ACTION_UPDATE_ENTITLEMENTS_FOR_CACCT = RequestAction.UPDATE_ENTITLEMENTS_FOR_CACCT
    REQUEST_ACTION_LOOKUP_ODA_INSTANCES_FOR_CACCT = RequestAction.LOOKUP_ODA_INSTANCES_FOR_CACCT
    REQUEST_ACTION_CREATE_ODA_INSTANCE_ATTACHMENT = RequestAction.CREATE_ODA_INSTANCE_ATTACHMENT
    REQUEST_ACTION_UPDATE_ODA_INSTANCE_ATTACHMENT = RequestAction.UPDATE_ODA_INSTANCE_ATTACHMENT
    REQUEST_ACTION_DELETE_ODA_INSTANCE_ATTACHMENT = RequestAction.DELETE_ODA_INSTANCE_ATTACHMENT
    REQUEST_ACTION_CREATE_IMPORTED_PACKAGE = RequestAction.CREATE_IMPORTED_PACKAGE
    REQUEST_ACTION_UPDATE_IMPORTED_PACKAGE = RequestAction.UPDATE_IMPORTED_PACKAGE
    REQUEST_ACTION_DELETE_IMPORTED_PACKAGE = RequestAction.DELETE_IMPORTED_PACKAGE
    REQUEST_ACTION_IMPORT_BOT = RequestAction.IMPORT_BOT
    REQUEST_ACTION_CREATE_SKILL = RequestAction.CREATE_SKILL
    REQUEST_ACTION_CLONE_SKILL = RequestAction.CLONE_SKILL
    REQUEST_ACTION_EXTEND_SKILL = RequestAction.EXTEND_SKILL
    REQUEST_ACTION_VERSION_SKILL = RequestAction.VERSION_SKILL
    REQUEST_ACTION_EXPORT_SKILL = RequestAction.EXPORT_SKILL
    REQUEST_ACTION_CREATE_DIGITAL_ASSISTANT = RequestAction.CREATE_DIGITAL_ASSISTANT
    REQUEST_ACTION_CLONE_DIGITAL_ASSISTANT = RequestAction.CLONE_DIGITAL_ASSISTANT
    REQUEST_ACTION_EXTEND_DIGITAL_ASSISTANT = RequestAction.EXTEND_DIGITAL_ASSISTANT
    REQUEST_ACTION_VERSION_DIGITAL_ASSISTANT = RequestAction.VERSION_DIGITAL_ASSISTANT
    REQUEST_ACTION_EXPORT_DIGITAL_ASSISTANT = RequestAction.EXPORT_DIGITAL_ASSISTANT
    REQUEST_ACTION_CREATE_ODA_PRIVATE_ENDPOINT = RequestAction.CREATE_ODA_PRIVATE_ENDPOINT
    REQUEST_ACTION_DELETE_ODA_PRIVATE_ENDPOINT = RequestAction.DELETE_ODA_PRIVATE_ENDPOINT
    REQUEST_ACTION_UPDATE_ODA_PRIVATE_ENDPOINT = RequestAction.UPDATE_ODA_PRIVATE_ENDPOINT
    REQUEST_ACTION_CHANGE_ODA_PRIVATE_ENDPOINT_COMPARTMENT = (
        RequestAction.CHANGE_ODA_PRIVATE_ENDPOINT_COMPARTMENT
    )
    REQUEST_ACTION_CREATE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY = (
        RequestAction.CREATE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY
    )
    REQUEST_ACTION_DELETE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY = (
        RequestAction.DELETE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY
    )
    REQUEST_ACTION_CREATE_ODA_PRIVATE_ENDPOINT_ATTACHMENT = (
        RequestAction.CREATE_ODA_PRIVATE_ENDPOINT_ATTACHMENT
    )
    REQUEST_ACTION_DELETE_ODA_PRIVATE_ENDPOINT_ATTACHMENT = (
        RequestAction.DELETE_ODA_PRIVATE_ENDPOINT_ATTACHMENT
    )
    REQUEST_ACTION_TRAIN_SKILL = RequestAction.TRAIN_SKILL
    REQUEST_ACTION_DELETE_SKILL_ENTITIES = RequestAction.DELETE_SKILL_ENTITIES
    REQUEST_ACTION_IMPORT_SKILL_ENTITIES = RequestAction.IMPORT_SKILL_ENTITIES
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_FAILED = Status.FAILED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    oda_instance_id: str = attrs.field(converter=to_string)
    resource_id: str = attrs.field(converter=to_string)
    request_action: RequestAction = attrs.field(converter=_request_action)
    status: Status = attrs.field(converter=_status)
    status_message: str | None = attrs.field(default=None, converter=to_optional_string)
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
    """Description of the unexpected error that prevented completion of the request (``oci.oda.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    time_stamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.oda.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    time_stamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A description of the work request's status (``oci.oda.models.WorkRequestSummary``)."""

    REQUEST_ACTION_CREATE_ODA_INSTANCE = WorkRequestSummaryRequestAction.CREATE_ODA_INSTANCE
    REQUEST_ACTION_UPGRADE_ODA_INSTANCE = WorkRequestSummaryRequestAction.UPGRADE_ODA_INSTANCE
    REQUEST_ACTION_DELETE_ODA_INSTANCE = WorkRequestSummaryRequestAction.DELETE_ODA_INSTANCE
    REQUEST_ACTION_PURGE_ODA_INSTANCE = WorkRequestSummaryRequestAction.PURGE_ODA_INSTANCE
    REQUEST_ACTION_RECOVER_ODA_INSTANCE = WorkRequestSummaryRequestAction.RECOVER_ODA_INSTANCE
    REQUEST_ACTION_STOP_ODA_INSTANCE = WorkRequestSummaryRequestAction.STOP_ODA_INSTANCE
    REQUEST_ACTION_START_ODA_INSTANCE = WorkRequestSummaryRequestAction.START_ODA_INSTANCE
    REQUEST_ACTION_CHANGE_ODA_INSTANCE_COMPARTMENT = (
        WorkRequestSummaryRequestAction.CHANGE_ODA_INSTANCE_COMPARTMENT
    )
    REQUEST_ACTION_CHANGE_CUST_ENC_KEY = WorkRequestSummaryRequestAction.CHANGE_CUST_ENC_KEY
    REQUEST_ACTION_DEACT_CUST_ENC_KEY = WorkRequestSummaryRequestAction.DEACT_CUST_ENC_KEY
    REQUEST_ACTION_CREATE_ASSOCIATION = WorkRequestSummaryRequestAction.CREATE_ASSOCIATION
    REQUEST_ACTION_DELETE_ASSOCIATION = WorkRequestSummaryRequestAction.DELETE_ASSOCIATION
    REQUEST_ACTION_UPDATE_ENTITLEMENTS_FOR_CACCT = (
        WorkRequestSummaryRequestAction.UPDATE_ENTITLEMENTS_FOR_CACCT
    )
    REQUEST_ACTION_LOOKUP_ODA_INSTANCES_FOR_CACCT = (
        WorkRequestSummaryRequestAction.LOOKUP_ODA_INSTANCES_FOR_CACCT
    )
    REQUEST_ACTION_CREATE_ODA_INSTANCE_ATTACHMENT = (
        WorkRequestSummaryRequestAction.CREATE_ODA_INSTANCE_ATTACHMENT
    )
    REQUEST_ACTION_UPDATE_ODA_INSTANCE_ATTACHMENT = (
        WorkRequestSummaryRequestAction.UPDATE_ODA_INSTANCE_ATTACHMENT
    )
    REQUEST_ACTION_DELETE_ODA_INSTANCE_ATTACHMENT = (
        WorkRequestSummaryRequestAction.DELETE_ODA_INSTANCE_ATTACHMENT
    )
    REQUEST_ACTION_CREATE_IMPORTED_PACKAGE = WorkRequestSummaryRequestAction.CREATE_IMPORTED_PACKAGE
    REQUEST_ACTION_UPDATE_IMPORTED_PACKAGE = WorkRequestSummaryRequestAction.UPDATE_IMPORTED_PACKAGE
    REQUEST_ACTION_DELETE_IMPORTED_PACKAGE = WorkRequestSummaryRequestAction.DELETE_IMPORTED_PACKAGE
    REQUEST_ACTION_IMPORT_BOT = WorkRequestSummaryRequestAction.IMPORT_BOT
    REQUEST_ACTION_CREATE_SKILL = WorkRequestSummaryRequestAction.CREATE_SKILL
    REQUEST_ACTION_CLONE_SKILL = WorkRequestSummaryRequestAction.CLONE_SKILL
    REQUEST_ACTION_EXTEND_SKILL = WorkRequestSummaryRequestAction.EXTEND_SKILL
    REQUEST_ACTION_VERSION_SKILL = WorkRequestSummaryRequestAction.VERSION_SKILL
    REQUEST_ACTION_EXPORT_SKILL = WorkRequestSummaryRequestAction.EXPORT_SKILL
    REQUEST_ACTION_CREATE_DIGITAL_ASSISTANT = (
        WorkRequestSummaryRequestAction.CREATE_DIGITAL_ASSISTANT
    )
    REQUEST_ACTION_CLONE_DIGITAL_ASSISTANT = WorkRequestSummaryRequestAction.CLONE_DIGITAL_ASSISTANT
    REQUEST_ACTION_EXTEND_DIGITAL_ASSISTANT = (
        WorkRequestSummaryRequestAction.EXTEND_DIGITAL_ASSISTANT
    )
    REQUEST_ACTION_VERSION_DIGITAL_ASSISTANT = (
        WorkRequestSummaryRequestAction.VERSION_DIGITAL_ASSISTANT
    )
    REQUEST_ACTION_EXPORT_DIGITAL_ASSISTANT = (
        WorkRequestSummaryRequestAction.EXPORT_DIGITAL_ASSISTANT
    )
    REQUEST_ACTION_CREATE_ODA_PRIVATE_ENDPOINT = (
        WorkRequestSummaryRequestAction.CREATE_ODA_PRIVATE_ENDPOINT
    )
    REQUEST_ACTION_DELETE_ODA_PRIVATE_ENDPOINT = (
        WorkRequestSummaryRequestAction.DELETE_ODA_PRIVATE_ENDPOINT
    )
    REQUEST_ACTION_UPDATE_ODA_PRIVATE_ENDPOINT = (
        WorkRequestSummaryRequestAction.UPDATE_ODA_PRIVATE_ENDPOINT
    )
    REQUEST_ACTION_CHANGE_ODA_PRIVATE_ENDPOINT_COMPARTMENT = (
        WorkRequestSummaryRequestAction.CHANGE_ODA_PRIVATE_ENDPOINT_COMPARTMENT
    )
    REQUEST_ACTION_CREATE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY = (
        WorkRequestSummaryRequestAction.CREATE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY
    )
    REQUEST_ACTION_DELETE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY = (
        WorkRequestSummaryRequestAction.DELETE_ODA_PRIVATE_ENDPOINT_SCAN_PROXY
    )
    REQUEST_ACTION_CREATE_ODA_PRIVATE_ENDPOINT_ATTACHMENT = (
        WorkRequestSummaryRequestAction.CREATE_ODA_PRIVATE_ENDPOINT_ATTACHMENT
    )
    REQUEST_ACTION_DELETE_ODA_PRIVATE_ENDPOINT_ATTACHMENT = (
        WorkRequestSummaryRequestAction.DELETE_ODA_PRIVATE_ENDPOINT_ATTACHMENT
    )
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_FAILED = Status.FAILED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    oda_instance_id: str = attrs.field(converter=to_string)
    resource_id: str = attrs.field(converter=to_string)
    request_action: WorkRequestSummaryRequestAction = attrs.field(
        converter=_work_request_summary_request_action
    )
    status: Status = attrs.field(converter=_status)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
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
    service_family("oda", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.oda", "oci.oda.models", CLASSES)
