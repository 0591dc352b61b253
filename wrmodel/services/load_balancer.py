"""``oci.load_balancer``'s work requests, as classes: generated from the OCI SDK's metadata.

By ``python -m wrmodel.services._generate``. Do not edit (a test fails when this module is stale).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs
import pendulum

from wrmodel._errors import expected, fail
from wrmodel.models._enums import know
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
from wrmodel.models._values import (
    required_time,
)

__all__ = (
    "ErrorCode",
    "LifecycleState",
    "WorkRequestError",
    "WorkRequest",
    "CATALOG",
    "FAMILIES",
)


@know
class ErrorCode(enum.StrEnum):
    """The values of ``error_code``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    BAD_INPUT = "BAD_INPUT"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


@know
class LifecycleState(enum.StrEnum):
    """The values of ``lifecycle_state``; a value a newer API sends is ``UNKNOWN_ENUM_VALUE``."""

    ACCEPTED = "ACCEPTED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE"


def _error_code(value: ErrorCode | str) -> ErrorCode:
    return to_enum(ErrorCode, value)


def _lifecycle_state(value: LifecycleState | str) -> LifecycleState:
    return to_enum(LifecycleState, value)


def _required_work_request_errors(
    value: Sequence[WorkRequestError],
) -> tuple[WorkRequestError, ...]:
    items = tuple_of(WorkRequestError, value)
    what = "a sequence of WorkRequestError"
    return fail(expected(what, value)) if items is None else items


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequestError(Model):
    """An object returned in the event of a work request error (``oci.load_balancer.models.WorkRequestError``)."""

    ERROR_CODE_BAD_INPUT = ErrorCode.BAD_INPUT
    ERROR_CODE_INTERNAL_ERROR = ErrorCode.INTERNAL_ERROR

    error_code: ErrorCode = attrs.field(converter=_error_code)
    message: str = attrs.field(converter=to_string)
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class WorkRequest(Model):
    """Many of the API requests you use to create and configure load balancing do not take effect immediately. In these cases, the request spawns an asynchronous work flow to fulfill the request. WorkRequest objects provide visibility for in-progress work flows. For more information about work requests, see `Viewing the State of a Work Request`__ (``oci.load_balancer.models.WorkRequest``)."""

    LIFECYCLE_STATE_ACCEPTED = LifecycleState.ACCEPTED
    LIFECYCLE_STATE_IN_PROGRESS = LifecycleState.IN_PROGRESS
    LIFECYCLE_STATE_FAILED = LifecycleState.FAILED
    LIFECYCLE_STATE_SUCCEEDED = LifecycleState.SUCCEEDED

    id: str = attrs.field(converter=to_string)
    load_balancer_id: str = attrs.field(converter=to_string)
    type: str = attrs.field(converter=to_string)
    compartment_id: str | None = attrs.field(default=None, converter=to_optional_string)
    lifecycle_state: LifecycleState = attrs.field(converter=_lifecycle_state)
    message: str = attrs.field(converter=to_string)
    time_accepted: pendulum.DateTime = attrs.field(converter=required_time)
    time_finished: pendulum.DateTime | None = attrs.field(default=None, converter=to_timestamp)
    error_details: tuple[WorkRequestError, ...] = attrs.field(
        converter=_required_work_request_errors
    )
    unknown: Unknown | None = attrs.field(default=None, converter=to_unknown)


#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = (
    WorkRequestError,
    WorkRequest,
)
#: The service's families: each request with its summary and its statuses.
FAMILIES: tuple[Family, ...] = ()
#: Every class, the SDK's module for them (and the family of those in none).
CATALOG = Catalog("services.load_balancer", "oci.load_balancer.models", CLASSES)
