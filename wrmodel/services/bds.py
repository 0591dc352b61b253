"""``oci.bds``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    FAILED = "FAILED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class OperationType(enum.StrEnum):
    """The values of ``operation_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    CREATE_BDS = "CREATE_BDS"
    UPDATE_BDS = "UPDATE_BDS"
    DELETE_BDS = "DELETE_BDS"
    ADD_BLOCK_STORAGE = "ADD_BLOCK_STORAGE"
    ADD_MASTER_NODES = "ADD_MASTER_NODES"
    ADD_UTILITY_NODES = "ADD_UTILITY_NODES"
    ADD_WORKER_NODES = "ADD_WORKER_NODES"
    ADD_CLOUD_SQL = "ADD_CLOUD_SQL"
    REMOVE_CLOUD_SQL = "REMOVE_CLOUD_SQL"
    CHANGE_COMPARTMENT_FOR_BDS = "CHANGE_COMPARTMENT_FOR_BDS"
    CHANGE_SHAPE = "CHANGE_SHAPE"
    UPDATE_INFRA = "UPDATE_INFRA"
    RESTART_NODE = "RESTART_NODE"
    REMOVE_NODE = "REMOVE_NODE"
    CREATE_AUTOSCALE_CONFIG = "CREATE_AUTOSCALE_CONFIG"
    UPDATE_AUTOSCALE_CONFIG = "UPDATE_AUTOSCALE_CONFIG"
    DELETE_AUTOSCALE_CONFIG = "DELETE_AUTOSCALE_CONFIG"
    REMOVE_NODES = "REMOVE_NODES"
    AUTOSCALE_CONFIG = "AUTOSCALE_CONFIG"
    AUTOSCALE_RUN = "AUTOSCALE_RUN"
    CREATE_API_KEY = "CREATE_API_KEY"
    DELETE_API_KEY = "DELETE_API_KEY"
    TEST_OBJECT_STORE_CONNECTION = "TEST_OBJECT_STORE_CONNECTION"
    CREATE_METASTORE_CONFIG = "CREATE_METASTORE_CONFIG"
    DELETE_METASTORE_CONFIG = "DELETE_METASTORE_CONFIG"
    UPDATE_METASTORE_CONFIG = "UPDATE_METASTORE_CONFIG"
    ACTIVATE_METASTORE_CONFIG = "ACTIVATE_METASTORE_CONFIG"
    TEST_METASTORE_CONFIG = "TEST_METASTORE_CONFIG"
    PATCH_BDS = "PATCH_BDS"
    PATCH_ODH = "PATCH_ODH"
    PATCH_OS = "PATCH_OS"
    STOP_BDS = "STOP_BDS"
    START_BDS = "START_BDS"
    ADD_KAFKA = "ADD_KAFKA"
    REMOVE_KAFKA = "REMOVE_KAFKA"
    EXECUTE_BOOTSTRAP_SCRIPT = "EXECUTE_BOOTSTRAP_SCRIPT"
    ODH_SERVICE_CERTIFICATE_UPDATE = "ODH_SERVICE_CERTIFICATE_UPDATE"
    CREATE_BACKUP_CONFIG = "CREATE_BACKUP_CONFIG"
    UPDATE_BACKUP_CONFIG = "UPDATE_BACKUP_CONFIG"
    DELETE_BACKUP_CONFIG = "DELETE_BACKUP_CONFIG"
    CREATE_NODE_REPLACE_CONFIG = "CREATE_NODE_REPLACE_CONFIG"
    UPDATE_NODE_REPLACE_CONFIG = "UPDATE_NODE_REPLACE_CONFIG"
    DELETE_NODE_REPLACE_CONFIG = "DELETE_NODE_REPLACE_CONFIG"
    BACKUP_NODES = "BACKUP_NODES"
    DELETE_NODE_BACKUP = "DELETE_NODE_BACKUP"
    REPLACE_NODE = "REPLACE_NODE"
    CREATE_RESOURCE_PRINCIPAL_CONFIGURATION = "CREATE_RESOURCE_PRINCIPAL_CONFIGURATION"
    DELETE_RESOURCE_PRINCIPAL_CONFIGURATION = "DELETE_RESOURCE_PRINCIPAL_CONFIGURATION"
    UPDATE_RESOURCE_PRINCIPAL_CONFIGURATION = "UPDATE_RESOURCE_PRINCIPAL_CONFIGURATION"
    REFRESH_RESOURCE_PRINCIPAL = "REFRESH_RESOURCE_PRINCIPAL"
    CREATE_IDENTITY_CONFIG = "CREATE_IDENTITY_CONFIG"
    DELETE_IDENTITY_CONFIG = "DELETE_IDENTITY_CONFIG"
    UPDATE_IDENTITY_CONFIG = "UPDATE_IDENTITY_CONFIG"
    ACTIVATE_UPST_CONFIG = "ACTIVATE_UPST_CONFIG"
    DEACTIVATE_UPST_CONFIG = "DEACTIVATE_UPST_CONFIG"
    REFRESH_CONFIDENTIAL_APPLICATION = "REFRESH_CONFIDENTIAL_APPLICATION"
    REFRESH_TOKEN_EXCHANGE_KEYTAB = "REFRESH_TOKEN_EXCHANGE_KEYTAB"
    ACTIVATE_IAM_USER_SYNC_CONFIG = "ACTIVATE_IAM_USER_SYNC_CONFIG"
    DEACTIVATE_IAM_USER_SYNC_CONFIG = "DEACTIVATE_IAM_USER_SYNC_CONFIG"
    INSTALL_SOFTWARE_UPDATES = "INSTALL_SOFTWARE_UPDATES"
    RESET_PASSWORD = "RESET_PASSWORD"
    GENERATE_CERTIFICATE = "GENERATE_CERTIFICATE"
    RENEW_CERTIFICATE = "RENEW_CERTIFICATE"
    CREATE_CERT_CONFIG = "CREATE_CERT_CONFIG"
    SET_DEFAULT_CERT_CONFIG = "SET_DEFAULT_CERT_CONFIG"
    DELETE_CERT_CONFIG = "DELETE_CERT_CONFIG"
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
    """A resource created or operated on by a work request (``oci.bds.models.WorkRequestResource``)."""

    ACTION_TYPE_CREATED = ActionType.CREATED
    ACTION_TYPE_UPDATED = ActionType.UPDATED
    ACTION_TYPE_DELETED = ActionType.DELETED
    ACTION_TYPE_IN_PROGRESS = ActionType.IN_PROGRESS
    ACTION_TYPE_FAILED = ActionType.FAILED

    entity_type: str = attrs.field(converter=to_string)
    action_type: ActionType = attrs.field(converter=_action_type)
    identifier: str = attrs.field(converter=to_string)
    entity_uri: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model, RecordsResources):
    """Description of the work request status (``oci.bds.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_BDS = OperationType.CREATE_BDS
    OPERATION_TYPE_UPDATE_BDS = OperationType.UPDATE_BDS
    OPERATION_TYPE_DELETE_BDS = OperationType.DELETE_BDS
    OPERATION_TYPE_ADD_BLOCK_STORAGE = OperationType.ADD_BLOCK_STORAGE
    OPERATION_TYPE_ADD_MASTER_NODES = OperationType.ADD_MASTER_NODES
    OPERATION_TYPE_ADD_UTILITY_NODES = OperationType.ADD_UTILITY_NODES
    OPERATION_TYPE_ADD_WORKER_NODES = OperationType.ADD_WORKER_NODES
    OPERATION_TYPE_ADD_CLOUD_SQL = OperationType.ADD_CLOUD_SQL
    OPERATION_TYPE_REMOVE_CLOUD_SQL = OperationType.REMOVE_CLOUD_SQL
    OPERATION_TYPE_CHANGE_COMPARTMENT_FOR_BDS = OperationType.CHANGE_COMPARTMENT_FOR_BDS
    OPERATION_TYPE_CHANGE_SHAPE = OperationType.CHANGE_SHAPE
    OPERATION_TYPE_UPDATE_INFRA = OperationType.UPDATE_INFRA
    OPERATION_TYPE_RESTART_NODE = OperationType.RESTART_NODE
    OPERATION_TYPE_REMOVE_NODE = OperationType.REMOVE_NODE
    OPERATION_TYPE_CREATE_AUTOSCALE_CONFIG = OperationType.CREATE_AUTOSCALE_CONFIG
    OPERATION_TYPE_UPDATE_AUTOSCALE_CONFIG = OperationType.UPDATE_AUTOSCALE_CONFIG
    OPERATION_TYPE_DELETE_AUTOSCALE_CONFIG = OperationType.DELETE_AUTOSCALE_CONFIG
    OPERATION_TYPE_REMOVE_NODES = OperationType.REMOVE_NODES
    OPERATION_TYPE_AUTOSCALE_CONFIG = OperationType.AUTOSCALE_CONFIG
    OPERATION_TYPE_AUTOSCALE_RUN = OperationType.AUTOSCALE_RUN
    OPERATION_TYPE_CREATE_API_KEY = OperationType.CREATE_API_KEY
    OPERATION_TYPE_DELETE_API_KEY = OperationType.DELETE_API_KEY
    OPERATION_TYPE_TEST_OBJECT_STORE_CONNECTION = OperationType.TEST_OBJECT_STORE_CONNECTION
    OPERATION_TYPE_CREATE_METASTORE_CONFIG = OperationType.CREATE_METASTORE_CONFIG
    OPERATION_TYPE_DELETE_METASTORE_CONFIG = OperationType.DELETE_METASTORE_CONFIG
    OPERATION_TYPE_UPDATE_METASTORE_CONFIG = OperationType.UPDATE_METASTORE_CONFIG
    OPERATION_TYPE_ACTIVATE_METASTORE_CONFIG = OperationType.ACTIVATE_METASTORE_CONFIG
    OPERATION_TYPE_TEST_METASTORE_CONFIG = OperationType.TEST_METASTORE_CONFIG
    OPERATION_TYPE_PATCH_BDS = OperationType.PATCH_BDS
    OPERATION_TYPE_PATCH_ODH = OperationType.PATCH_ODH
    OPERATION_TYPE_PATCH_OS = OperationType.PATCH_OS
    OPERATION_TYPE_STOP_BDS = OperationType.STOP_BDS
    OPERATION_TYPE_START_BDS = OperationType.START_BDS
    OPERATION_TYPE_ADD_KAFKA = OperationType.ADD_KAFKA
    OPERATION_TYPE_REMOVE_KAFKA = OperationType.REMOVE_KAFKA
    OPERATION_TYPE_EXECUTE_BOOTSTRAP_SCRIPT = OperationType.EXECUTE_BOOTSTRAP_SCRIPT
    OPERATION_TYPE_ODH_SERVICE_CERTIFICATE_UPDATE = OperationType.ODH_SERVICE_CERTIFICATE_UPDATE
    OPERATION_TYPE_CREATE_BACKUP_CONFIG = OperationType.CREATE_BACKUP_CONFIG
    OPERATION_TYPE_UPDATE_BACKUP_CONFIG = OperationType.UPDATE_BACKUP_CONFIG
    OPERATION_TYPE_DELETE_BACKUP_CONFIG = OperationType.DELETE_BACKUP_CONFIG
    OPERATION_TYPE_CREATE_NODE_REPLACE_CONFIG = OperationType.CREATE_NODE_REPLACE_CONFIG
    OPERATION_TYPE_UPDATE_NODE_REPLACE_CONFIG = OperationType.UPDATE_NODE_REPLACE_CONFIG
    OPERATION_TYPE_DELETE_NODE_REPLACE_CONFIG = OperationType.DELETE_NODE_REPLACE_CONFIG
    OPERATION_TYPE_BACKUP_NODES = OperationType.BACKUP_NODES
    OPERATION_TYPE_DELETE_NODE_BACKUP = OperationType.DELETE_NODE_BACKUP
    OPERATION_TYPE_REPLACE_NODE = OperationType.REPLACE_NODE
    OPERATION_TYPE_CREATE_RESOURCE_PRINCIPAL_CONFIGURATION = (
        OperationType.CREATE_RESOURCE_PRINCIPAL_CONFIGURATION
    )
    OPERATION_TYPE_DELETE_RESOURCE_PRINCIPAL_CONFIGURATION = (
        OperationType.DELETE_RESOURCE_PRINCIPAL_CONFIGURATION
    )
    OPERATION_TYPE_UPDATE_RESOURCE_PRINCIPAL_CONFIGURATION = (
        OperationType.UPDATE_RESOURCE_PRINCIPAL_CONFIGURATION
    )
    OPERATION_TYPE_REFRESH_RESOURCE_PRINCIPAL = OperationType.REFRESH_RESOURCE_PRINCIPAL
    OPERATION_TYPE_CREATE_IDENTITY_CONFIG = OperationType.CREATE_IDENTITY_CONFIG
    OPERATION_TYPE_DELETE_IDENTITY_CONFIG = OperationType.DELETE_IDENTITY_CONFIG
    OPERATION_TYPE_UPDATE_IDENTITY_CONFIG = OperationType.UPDATE_IDENTITY_CONFIG
    OPERATION_TYPE_ACTIVATE_UPST_CONFIG = OperationType.ACTIVATE_UPST_CONFIG
    OPERATION_TYPE_DEACTIVATE_UPST_CONFIG = OperationType.DEACTIVATE_UPST_CONFIG
    OPERATION_TYPE_REFRESH_CONFIDENTIAL_APPLICATION = OperationType.REFRESH_CONFIDENTIAL_APPLICATION
    OPERATION_TYPE_REFRESH_TOKEN_EXCHANGE_KEYTAB = OperationType.REFRESH_TOKEN_EXCHANGE_KEYTAB
    OPERATION_TYPE_ACTIVATE_IAM_USER_SYNC_CONFIG = OperationType.ACTIVATE_IAM_USER_SYNC_CONFIG
    OPERATION_TYPE_DEACTIVATE_IAM_USER_SYNC_CONFIG = OperationType.DEACTIVATE_IAM_USER_SYNC_CONFIG
    OPERATION_TYPE_INSTALL_SOFTWARE_UPDATES = OperationType.INSTALL_SOFTWARE_UPDATES
    OPERATION_TYPE_RESET_PASSWORD = OperationType.RESET_PASSWORD
    OPERATION_TYPE_GENERATE_CERTIFICATE = OperationType.GENERATE_CERTIFICATE
    OPERATION_TYPE_RENEW_CERTIFICATE = OperationType.RENEW_CERTIFICATE
    OPERATION_TYPE_CREATE_CERT_CONFIG = OperationType.CREATE_CERT_CONFIG
    OPERATION_TYPE_SET_DEFAULT_CERT_CONFIG = OperationType.SET_DEFAULT_CERT_CONFIG
    OPERATION_TYPE_DELETE_CERT_CONFIG = OperationType.DELETE_CERT_CONFIG
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    id: str = attrs.field(converter=to_string)
    compartment_id: str = attrs.field(converter=to_string)
    operation_type: OperationType = attrs.field(converter=_operation_type)
    status: Status = attrs.field(converter=_status)
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
    """An error encountered while executing a work request (``oci.bds.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from the execution of a work request (``oci.bds.models.WorkRequestLogEntry``)."""

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
FAMILIES: tuple[Family, ...] = (service_family("bds", WorkRequest, WorkRequest, Status, CLASSES),)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.bds", "oci.bds.models", CLASSES)
