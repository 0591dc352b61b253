"""``oci.vn_monitoring``'s work requests, as classes: generated from the OCI SDK's metadata.

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
    instance_of,
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
    required_json,
    required_percent,
    required_strings,
    required_time,
)

__all__ = (
    "ReachabilityStatus",
    "Type",
    "ResultType",
    "ActionType",
    "OperationType",
    "Status",
    "TrafficRoute",
    "PathTopology",
    "Path",
    "PathAnalysisWorkRequestResult",
    "WorkRequestResource",
    "WorkRequest",
    "WorkRequestError",
    "WorkRequestErrorCollection",
    "WorkRequestLogEntry",
    "WorkRequestLogEntryCollection",
    "WorkRequestResultCollection",
    "WorkRequestSummary",
    "WorkRequestSummaryCollection",
    "CATALOG",
    "FAMILIES",
)


@know
class ReachabilityStatus(enum.StrEnum):
    """The values of ``reachability_status``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    REACHABLE = "REACHABLE"
    UNREACHABLE = "UNREACHABLE"
    INDETERMINATE = "INDETERMINATE"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class Type(enum.StrEnum):
    """The values of ``type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    NETWORKING = "NETWORKING"
    VCN = "VCN"
    SUBNET = "SUBNET"
    PATH = "PATH"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class ResultType(enum.StrEnum):
    """The values of ``result_type``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    PATH_ANALYSIS = "PATH_ANALYSIS"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


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

    CREATE_PATH_ANALYSIS_RESULT = "CREATE_PATH_ANALYSIS_RESULT"
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


def _reachability_status(value: ReachabilityStatus | str) -> ReachabilityStatus:
    return to_enum(ReachabilityStatus, value)


def _type(value: Type | str) -> Type:
    return to_enum(Type, value)


def _required_traffic_route(value: TrafficRoute) -> TrafficRoute:
    traffic_route = instance_of(TrafficRoute, value)
    return fail(expected("a TrafficRoute", value)) if traffic_route is None else traffic_route


def _optional_traffic_route(value: TrafficRoute | None) -> TrafficRoute | None:
    return instance_of(TrafficRoute, value)


def _required_path_topology(value: PathTopology) -> PathTopology:
    path_topology = instance_of(PathTopology, value)
    return fail(expected("a PathTopology", value)) if path_topology is None else path_topology


def _result_type(value: ResultType | str) -> ResultType:
    return to_enum(ResultType, value)


def _required_paths(value: Sequence[Path]) -> tuple[Path, ...]:
    items = tuple_of(Path, value)
    what = "a sequence of Path"
    return fail(expected(what, value)) if items is None else items


def _action_type(value: ActionType | str) -> ActionType:
    return to_enum(ActionType, value)


def _operation_type(value: OperationType | str) -> OperationType:
    return to_enum(OperationType, value)


def _required_work_request_resources(
    value: Sequence[WorkRequestResource],
) -> tuple[WorkRequestResource, ...]:
    items = tuple_of(WorkRequestResource, value)
    what = "a sequence of WorkRequestResource"
    return fail(expected(what, value)) if items is None else items


def _status(value: Status | str) -> Status:
    return to_enum(Status, value)


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
class TrafficRoute(Model):
    """Defines the traffic route taken in the path in `PathAnalysisResult` (``oci.vn_monitoring.models.TrafficRoute``)."""

    REACHABILITY_STATUS_REACHABLE = ReachabilityStatus.REACHABLE
    REACHABILITY_STATUS_UNREACHABLE = ReachabilityStatus.UNREACHABLE
    REACHABILITY_STATUS_INDETERMINATE = ReachabilityStatus.INDETERMINATE

    reachability_status: ReachabilityStatus = attrs.field(converter=_reachability_status)
    nodes: object = attrs.field(converter=required_json)
    route_analysis_description: str | None = attrs.field(default=None, converter=to_optional_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class PathTopology(Model):
    """Defines the representation of a virtual network topology for path analysis (``oci.vn_monitoring.models.PathTopology``)."""

    type: Type = attrs.field(converter=_type)
    entities: object = attrs.field(converter=required_json)
    relationships: object = attrs.field(converter=required_json)
    limited_entities: tuple[str, ...] = attrs.field(converter=required_strings)
    time_created: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Path(Model):
    """Defines the configuration of the traffic path in `PathAnalysisResult` (``oci.vn_monitoring.models.Path``)."""

    forward_route: TrafficRoute = attrs.field(converter=_required_traffic_route)
    return_route: TrafficRoute | None = attrs.field(default=None, converter=_optional_traffic_route)
    topology: PathTopology = attrs.field(converter=_required_path_topology)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class PathAnalysisWorkRequestResult(Model):
    """Defines the configuration of the path analysis result (``oci.vn_monitoring.models.PathAnalysisWorkRequestResult``)."""

    result_type: ResultType = attrs.field(converter=_result_type)
    paths: tuple[Path, ...] = attrs.field(converter=_required_paths)
    time_created: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResource(Model):
    """A resource created or operated on by a work request (``oci.vn_monitoring.models.WorkRequestResource``)."""

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
    """An asynchronous work request (``oci.vn_monitoring.models.WorkRequest``)."""

    OPERATION_TYPE_CREATE_PATH_ANALYSIS_RESULT = OperationType.CREATE_PATH_ANALYSIS_RESULT
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    operation_type: OperationType = attrs.field(converter=_operation_type)
    compartment_id: str = attrs.field(converter=to_string)
    id: str = attrs.field(converter=to_string)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    percent_complete: float = attrs.field(converter=required_percent)
    status: Status = attrs.field(converter=_status)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An error encountered while executing an operation that is tracked by a work request (``oci.vn_monitoring.models.WorkRequestError``)."""

    code: str = attrs.field(converter=to_string)
    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestErrorCollection(Model):
    """Results of a `WorkRequestError` search (``oci.vn_monitoring.models.WorkRequestErrorCollection``)."""

    items: tuple[WorkRequestError, ...] = attrs.field(converter=_required_work_request_errors)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntry(Model):
    """A log message from executing an operation that is tracked by a work request (``oci.vn_monitoring.models.WorkRequestLogEntry``)."""

    message: str = attrs.field(converter=to_string)
    timestamp: pendulum.DateTime = attrs.field(converter=required_time)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestLogEntryCollection(Model):
    """Results of a `WorkRequestLog` search (``oci.vn_monitoring.models.WorkRequestLogEntryCollection``)."""

    items: tuple[WorkRequestLogEntry, ...] = attrs.field(
        converter=_required_work_request_log_entries
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestResultCollection(Model):
    """Results of a `WorkRequestResult` search (``oci.vn_monitoring.models.WorkRequestResultCollection``)."""

    items: object = attrs.field(converter=required_json)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummary(Model, RecordsResources):
    """A summary of the status of a work request (``oci.vn_monitoring.models.WorkRequestSummary``)."""

    OPERATION_TYPE_CREATE_PATH_ANALYSIS_RESULT = OperationType.CREATE_PATH_ANALYSIS_RESULT
    STATUS_ACCEPTED = Status.ACCEPTED
    STATUS_IN_PROGRESS = Status.IN_PROGRESS
    STATUS_FAILED = Status.FAILED
    STATUS_SUCCEEDED = Status.SUCCEEDED
    STATUS_CANCELING = Status.CANCELING
    STATUS_CANCELED = Status.CANCELED

    operation_type: OperationType = attrs.field(converter=_operation_type)
    compartment_id: str = attrs.field(converter=to_string)
    id: str = attrs.field(converter=to_string)
    resources: tuple[WorkRequestResource, ...] = attrs.field(
        converter=_required_work_request_resources
    )
    percent_complete: float = attrs.field(converter=required_percent)
    status: Status = attrs.field(converter=_status)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_started: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestSummaryCollection(Model):
    """Results of a `WorkRequest` search (``oci.vn_monitoring.models.WorkRequestSummaryCollection``)."""

    items: tuple[WorkRequestSummary, ...] = attrs.field(converter=_required_work_request_summaries)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    TrafficRoute,
    PathTopology,
    Path,
    PathAnalysisWorkRequestResult,
    WorkRequestResource,
    WorkRequest,
    WorkRequestError,
    WorkRequestErrorCollection,
    WorkRequestLogEntry,
    WorkRequestLogEntryCollection,
    WorkRequestResultCollection,
    WorkRequestSummary,
    WorkRequestSummaryCollection,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = (
    service_family("vn_monitoring", WorkRequest, WorkRequestSummary, Status, CLASSES),
)
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.vn_monitoring", "oci.vn_monitoring.models", CLASSES)
