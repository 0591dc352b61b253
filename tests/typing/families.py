"""Every family, as a user's editor and mypy see it (type-checked in CI, never run)."""

from __future__ import annotations

from typing import Any, assert_type

import pendulum
from hypothesis.strategies import SearchStrategy

import wrmodel
from wrmodel import (
    IamWorkRequest,
    IamWorkRequestResource,
    TaggingStatus,
    TaggingWorkRequest,
    TaggingWorkRequestSummary,
    events,
)
from wrmodel import transitions as t
from wrmodel import work_requests as wrs
from wrmodel.strategies import documents, objects


def tagging(tag: TaggingWorkRequest) -> TaggingStatus:
    return tag.status


tag = wrmodel.loads(b"{}", TaggingWorkRequest)
assert_type(tag, TaggingWorkRequest)
assert_type(tag.status, TaggingStatus)
assert_type(tag.time_accepted, pendulum.DateTime | None)
assert_type(tag.resources, tuple[wrmodel.WorkRequestResource, ...] | None)
assert_type(wrmodel.structure({}, TaggingWorkRequestSummary), TaggingWorkRequestSummary)
assert_type(wrmodel.from_sdk(object(), TaggingWorkRequest), TaggingWorkRequest)
for wr in wrmodel.iter_jsonl([b"{}"], wrs.WorkRequest):
    assert_type(wr, wrs.WorkRequest)
    assert_type(wr.operation_type, str)
    assert_type(wr.percent_complete, float)
    assert_type(wr.compartment_id, str)

iam = wrmodel.loads(b"{}", IamWorkRequest)
assert_type(iam.resources, tuple[IamWorkRequestResource, ...] | None)

# The life cycle returns the class it is given, for every family.
assert_type(t.start(tag), TaggingWorkRequest)
assert_type(t.progress(t.start(tag), 50), TaggingWorkRequest)
assert_type(t.partially_succeed(tag), TaggingWorkRequest)
assert_type(t.succeed(iam), IamWorkRequest)
assert_type(t.cancel(t.request_cancel(iam)), IamWorkRequest)
svc = wrmodel.loads(b"{}", wrs.WorkRequest)
assert_type(t.fail(svc), wrs.WorkRequest)
assert_type(t.accept("x", "CREATE_BUCKET", cls=wrs.WorkRequest), wrs.WorkRequest)
assert_type(events.replay(events.history(tag), cls=TaggingWorkRequest), TaggingWorkRequest)
for _ in wrmodel.watch(lambda: tag):
    pass

# Every family's request has the life cycle's methods, each returning its own class.
assert_type(tag.start().progress(40).partially_succeed(), TaggingWorkRequest)
assert_type(iam.start().add_resource(iam.resources[0]).succeed(), IamWorkRequest)  # type: ignore[index]
assert_type(svc.start().request_cancel().cancel(), wrs.WorkRequest)
assert_type(wrmodel.structure({}, TaggingWorkRequestSummary).start(), TaggingWorkRequestSummary)
assert_type(t.move(svc, "WAITING"), wrs.WorkRequest)

# What mypy and pyright refuse: an unknown attribute, a wrong field type, one family for
# another, a move a class does not have.
typo = tag.statsu  # type: ignore[attr-defined]
TaggingWorkRequest(id=1, operation_type="X", status="ACCEPTED")  # type: ignore[arg-type]
iam_resource: IamWorkRequestResource = tag.resources[0]  # type: ignore[assignment,index]
tagging(iam)  # type: ignore[arg-type]

# Strategies for a user's own tests.
assert_type(objects(TaggingWorkRequest), SearchStrategy[TaggingWorkRequest])
assert_type(documents(wrs.WorkRequest, style="sdk"), SearchStrategy[dict[str, Any]])
iam.partially_succeed()  # type: ignore[attr-defined]
svc.add_log("m")  # type: ignore[attr-defined]
wrmodel.structure({}, wrs.WorkRequestSummary).add_resource(svc)  # type: ignore[attr-defined]

# A summary of every family's records.
summary = wrmodel.Summary.of([tag, iam, svc])
summary.add(wrmodel.structure({}, wrs.WorkRequestSummary))
summary.add(wrmodel.WorkRequestResource(identifier="x", entity_type="e", action_type="CREATED"))  # type: ignore[arg-type]
