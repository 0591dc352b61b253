"""Typed usage of wrmodel: checked by ``mypy --strict`` in CI, never run."""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterator
from typing import Any, assert_type

import pendulum
import pydantic

import wrmodel
from wrmodel import (
    ActionType,
    Status,
    WorkRequest,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
    events,
    transitions,
)

wr = wrmodel.loads(b"{}")
assert_type(wr, WorkRequest)
assert_type(wrmodel.loads(b"[]", list[WorkRequestSummary]), list[WorkRequestSummary])
assert_type(wrmodel.structure({}, WorkRequestResource), WorkRequestResource)
assert_type(wrmodel.dumps(wr, style="sdk"), bytes)
assert_type(wr.status, Status)
assert_type(wr.percent_complete, float | None)
assert_type(wr.time_accepted, pendulum.DateTime | None)
assert_type(wr.resources, tuple[WorkRequestResource, ...] | None)
assert_type(wr.unknown, wrmodel.Unknown | None)

# The constructors take what their converters take: strings for enums, any sequence, any
# aware datetime, ints for floats.
made = WorkRequest(
    id="x",
    operation_type="DELETE_COMPARTMENT",
    status=Status.ACCEPTED,
    resources=[
        WorkRequestResource(identifier="i", entity_type="e", action_type=ActionType.DELETED)
    ],
    logs=(WorkRequestLogEntry(message="m", timestamp=dt.datetime.now(dt.UTC)),),
    percent_complete=5,
)
assert_type(made.start(at=pendulum.now("UTC")).progress(50), WorkRequest)
assert_type(transitions.succeed(made), WorkRequest)
assert_type(transitions.is_terminal(Status.FAILED), bool)
assert_type(events.diff(made, made), tuple[events.Event, ...])
assert_type(events.replay(events.history(made)), wrmodel.transitions.Snapshot)
assert_type(events.replay(events.history(made), cls=WorkRequest), WorkRequest)
schema: dict[str, object] = wrmodel.json_schema(WorkRequest)
assert_type(wrmodel.COMPILED, bool)
audited = wrmodel.iter_jsonl([b"{}"], unknown="forbid", on_error=print)
assert_type(audited, Iterator[WorkRequest])
for record in wrmodel.iter_jsonl([b"{}"], WorkRequestSummary):
    assert_type(record, WorkRequestSummary)
for event in wrmodel.watch(lambda: made, interval=0.5):
    assert_type(event, events.Event)
assert_type(wrmodel.queued_for(made), pendulum.Duration | None)


async def get_summary() -> WorkRequestSummary:
    return WorkRequestSummary(id="x", operation_type="X", status="ACCEPTED")


async def watch_async() -> None:
    """awatch takes a coroutine function or a plain callable; it holds the latest snapshot."""
    watcher = wrmodel.awatch(get_summary, interval=0.5)
    assert_type(watcher, wrmodel.AsyncWatch[WorkRequestSummary])
    async for event in watcher:
        assert_type(event, events.Event)
    assert_type(watcher.snapshot, WorkRequestSummary | None)
    assert_type(wrmodel.awatch(lambda: made), wrmodel.AsyncWatch[WorkRequest])


constant: Status = WorkRequest.STATUS_ACCEPTED
assert_type(wrmodel.read_cli(b""), wrmodel.CliResponse[WorkRequest])
listed = wrmodel.read_cli(b"", list[WorkRequestSummary])
assert_type(listed.data, list[WorkRequestSummary])
assert_type(wrmodel.from_sdk(object(), WorkRequest), WorkRequest)
assert_type(wrmodel.to_sdk([made]), list[Any])
summary = wrmodel.Summary.of([made])
assert_type(summary.merge(summary), wrmodel.Summary)
assert_type(summary.report(), dict[str, Any])
assert_type(summary.render(), str)
assert_type(wrmodel.dumps(summary), bytes)

try:
    wrmodel.loads(b"{}")
except wrmodel.DecodeError as error:
    assert_type(error.problems, tuple[wrmodel.Problem, ...])
    assert_type(error.record, str | None)

# What mypy refuses: a non-string id, a wrong type of resource, an unknown style.
WorkRequest(id=123, operation_type="X", status="ACCEPTED")  # type: ignore[arg-type]
WorkRequest(id="x", operation_type="X", status="ACCEPTED", resources=["r"])  # type: ignore[list-item]
wrmodel.dumps(made, style="xml")  # type: ignore[arg-type]

assert_type(wrmodel.is_transient(ConnectionError()), bool)
assert_type(wrmodel.retry_after(ConnectionError()), float | None)
# An SDK call read losslessly: the SDK's Response, its data decoded by wrmodel.
assert_type(wrmodel.call_sdk(print, "x"), wrmodel.SdkResponse[Any])
listed_by_sdk = wrmodel.call_sdk(print, "x", cls=list[WorkRequestSummary])
assert_type(listed_by_sdk.data, list[WorkRequestSummary])
assert_type(wrmodel.call_sdk(print, "x", cls=WorkRequest).data, WorkRequest)
assert_type(listed_by_sdk.next_page, str | None)
# A client's method for the SDK's paginators, its pages decoded by wrmodel.
paged = wrmodel.sdk_method(print, cls=list[WorkRequestSummary])
assert_type(paged("c").data, list[WorkRequestSummary])
assert_type(wrmodel.sdk_method(print)("c"), wrmodel.SdkResponse[Any])

# A converter without the C engine; its loads is typed as the module-level one.
general = wrmodel.make_converter(style="sdk", engine=False)
assert_type(general, wrmodel.Converter)
assert_type(general.loads(b"{}", WorkRequest), WorkRequest)

# Where the fast paths gave way, counted inside a block.
with wrmodel.count_fallbacks() as seen:
    wrmodel.loads(b"{}")
assert_type(seen, collections.Counter[str])
wrmodel.loads(b"{}", int)  # type: ignore[type-var]
wrmodel.structure({}, dict)  # type: ignore[type-var]
assert_type(wrmodel.loads(b"[]", list[WorkRequestSummary]), list[WorkRequestSummary])


# pydantic: a model class is a field type of a pydantic model.
class Held(pydantic.BaseModel):
    request: WorkRequest


assert_type(Held(request=made).request, WorkRequest)
assert_type(Held.model_validate({"request": {}}).request, WorkRequest)
