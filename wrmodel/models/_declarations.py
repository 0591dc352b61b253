"""The built-in families' classes, declared once as data: names, fields, documentation.

Each declaration calls ``make(name, fields, doc)`` for each class, nested ones first, and
uses what it returns as the type of the fields that hold that class. ``wrmodel.models._generate``
passes a ``make`` that records the declarations and writes them as source (the checked-in
``_generated`` module); ``declare_family`` passes one that makes the classes at run time,
for a user's own service of the common shape.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any

import pendulum

from ._enums import (
    ActionType,
    IamOperationType,
    OperationType,
    ResourceActionType,
    Status,
    TaggingOperationType,
    TaggingStatus,
)
from ._identity import WorkRequestResource

#: A field of a declared class: its name, its type (``None`` left out) and whether it is
#: required. The SDK's order.
FieldSpec = tuple[str, Any, bool]
#: Makes (or records) a class from its name, its fields and its documentation.
Make = Callable[[str, Sequence[FieldSpec], str], type]


def many(cls: type) -> Any:
    """The type of a field holding a tuple of ``cls``: ``tuple[cls, ...]``."""
    return tuple.__class_getitem__((cls, ...))


def identity(make: Make) -> tuple[type, ...]:
    """Identity's work requests (``oci.identity.models``): resource, error, log, request..."""
    resource = make(
        "WorkRequestResource",
        [
            ("identifier", str, True),
            ("entity_type", str, True),
            ("action_type", ActionType, True),
            ("entity_uri", str, False),
        ],
        "A resource a work request affects, and what it does to it.\n\n"
        '>>> WorkRequestResource(identifier="ocid1.c", entity_type="compartment", '
        'action_type="DELETED")\n'
        "WorkRequestResource(identifier='ocid1.c', entity_type='compartment', "
        "action_type=...DELETED)",
    )
    error = make(
        "WorkRequestError",
        [("code", str, True), ("message", str, True), ("timestamp", pendulum.DateTime, False)],
        "An error a work request met.\n\n"
        '>>> WorkRequestError(code="CompartmentNotEmpty", message="Compartment is not empty.")\n'
        "WorkRequestError(code='CompartmentNotEmpty', message='Compartment is not empty.')",
    )
    log = make(
        "WorkRequestLogEntry",
        [("message", str, True), ("timestamp", pendulum.DateTime, False)],
        "A line of a work request's log.\n\n"
        '>>> WorkRequestLogEntry(message="Work request accepted.")\n'
        "WorkRequestLogEntry(message='Work request accepted.')",
    )
    head: list[FieldSpec] = [
        ("id", str, True),
        ("operation_type", OperationType, True),
        ("compartment_id", str, False),
        ("status", Status, True),
        ("resources", many(resource), False),
        ("errors", many(error), False),
    ]
    times: list[FieldSpec] = [
        ("time_accepted", pendulum.DateTime, False),
        ("time_started", pendulum.DateTime, False),
        ("time_finished", pendulum.DateTime, False),
        ("percent_complete", float, False),
    ]
    request = make(
        "WorkRequest",
        [*head, ("logs", many(log), False), *times],
        "An asynchronous request's progress: status, resources, errors, logs and times.\n\n"
        "The methods are the functions of ``wrmodel.transitions``, for fluent chains (as every "
        "family's request has them): each returns a new request.\n\n"
        '>>> wr = WorkRequest(id="ocid1.workrequest.oc1..x", operation_type="DELETE_COMPARTMENT",\n'
        '...                  status="ACCEPTED", percent_complete=0)\n'
        ">>> wr.status is Status.ACCEPTED, wr.percent_complete\n"
        "(True, 0.0)\n"
        ">>> wr.start().progress(40).status\n"
        "<Status.IN_PROGRESS: 'IN_PROGRESS'>",
    )
    summary = make(
        "WorkRequestSummary",
        [*head, *times],
        "A work request as ``list_work_requests`` gives it: every field but ``logs``.",
    )
    return resource, error, log, request, summary


def _summaries(make: Make, prefix: str, *, timestamp: bool) -> tuple[type, type]:
    """The error and log summaries of the tagging and IAM work requests."""
    a = "an" if prefix == "Iam" else "a"
    error = make(
        f"{prefix}WorkRequestErrorSummary",
        [("code", str, True), ("message", str, True), ("timestamp", pendulum.DateTime, timestamp)],
        f"An error of {a} {prefix.lower()} work request.",
    )
    log = make(
        f"{prefix}WorkRequestLogSummary",
        [("message", str, True), ("timestamp", pendulum.DateTime, False)],
        f"A line of the log of {a} {prefix.lower()} work request.",
    )
    return error, log


def tagging(make: Make) -> tuple[type, ...]:
    """Identity's tagging work requests: error and log summaries, request, summary."""
    error, log = _summaries(make, "Tagging", timestamp=False)
    fields: list[FieldSpec] = [
        ("id", str, True),
        ("operation_type", TaggingOperationType, True),
        ("compartment_id", str, False),
        ("status", TaggingStatus, True),
        ("resources", many(WorkRequestResource), False),
        ("time_accepted", pendulum.DateTime, False),
        ("time_started", pendulum.DateTime, False),
        ("time_finished", pendulum.DateTime, False),
        ("percent_complete", float, False),
    ]
    request = make(
        "TaggingWorkRequest",
        fields,
        "A tagging work request (``get_tagging_work_request``).\n\nResources, no embedded logs "
        "or errors; ``PARTIALLY_SUCCEEDED`` is an end, not a success.",
    )
    summary = make(
        "TaggingWorkRequestSummary",
        fields,
        "A tagging work request as ``list_tagging_work_requests`` gives it.",
    )
    return error, log, request, summary


def iam(make: Make) -> tuple[type, ...]:
    """Identity's IAM (identity domains) work requests: summaries, resource, request, summary."""
    error, log = _summaries(make, "Iam", timestamp=True)
    resource = make(
        "IamWorkRequestResource",
        [
            ("action_type", ResourceActionType, True),
            ("entity_type", str, True),
            ("identifier", str, True),
            ("entity_uri", str, False),
        ],
        "A resource an IAM work request affects (no ``FAILED`` action).",
    )
    fields: list[FieldSpec] = [
        ("id", str, True),
        ("operation_type", IamOperationType, True),
        ("status", Status, True),
        ("compartment_id", str, False),
        ("resources", many(resource), False),
        ("percent_complete", float, False),
        ("time_accepted", pendulum.DateTime, False),
        ("time_started", pendulum.DateTime, False),
        ("time_finished", pendulum.DateTime, False),
    ]
    request = make(
        "IamWorkRequest",
        fields,
        "An IAM (identity domains) work request (``get_iam_work_request``).\n\nNo embedded logs "
        "or errors.",
    )
    summary = make(
        "IamWorkRequestSummary",
        fields,
        "An IAM work request as ``list_iam_work_requests`` gives it.",
    )
    return error, log, resource, request, summary


def common_shape(
    make: Make,
    name: str,
    *,
    status: type[enum.StrEnum],
    operation: Any,
    action: type[enum.StrEnum],
    resource_fields: str = "action_type entity_type identifier entity_uri",
    summary_resources: bool = False,
) -> tuple[type, ...]:
    """The classes of a service of the common shape (96 of OCI's 109 are).

    ``WorkRequestResource``, ``WorkRequestError``, ``WorkRequestLogEntry``, ``WorkRequest``,
    ``WorkRequestSummary``: the request requires its compartment, resources, percent and
    time accepted; errors and logs require their timestamps. ``operation`` is an enum, or
    ``str`` for a free string.
    """
    kinds = {"action_type": action, "entity_type": str, "identifier": str, "entity_uri": str}
    resource = make(
        "WorkRequestResource",
        [(field, kinds[field], field != "entity_uri") for field in resource_fields.split()],
        f"A resource a work request of {name} affects.",
    )
    error = make(
        "WorkRequestError",
        [("code", str, True), ("message", str, True), ("timestamp", pendulum.DateTime, True)],
        f"An error of a work request of {name}.\n\nFrom its own list call; its time is required.",
    )
    log = make(
        "WorkRequestLogEntry",
        [("message", str, True), ("timestamp", pendulum.DateTime, True)],
        f"A line of the log of a work request of {name}.\n\nIts time is required.",
    )
    head: list[FieldSpec] = [
        ("operation_type", operation, True),
        ("status", status, True),
        ("id", str, True),
        ("compartment_id", str, True),
    ]
    times: list[FieldSpec] = [
        ("percent_complete", float, True),
        ("time_accepted", pendulum.DateTime, True),
        ("time_started", pendulum.DateTime, False),
        ("time_finished", pendulum.DateTime, False),
    ]
    resources: FieldSpec = ("resources", many(resource), True)
    request = make("WorkRequest", [*head, resources, *times], f"A work request of {name}.")
    summary = make(
        "WorkRequestSummary",
        [*head, *([resources] if summary_resources else []), *times],
        f"A work request of {name} as its list call gives it.",
    )
    return resource, error, log, request, summary


def work_requests(make: Make) -> tuple[type, ...]:
    """The Work Requests service's classes (``oci.work_requests``): the common shape."""
    return common_shape(
        make, "work_requests", status=Status, operation=str, action=ResourceActionType
    )
