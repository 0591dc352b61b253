"""Typed usage of every service's classes (wrmodel.services): checked by mypy and pyright."""

from collections.abc import Mapping
from typing import Any, assert_type

import pendulum

import wrmodel
from wrmodel import transitions as t
from wrmodel.services import SERVICES, adm, container_engine, data_flow, os_management_hub
from wrmodel.services.container_engine import Status, WorkRequest, WorkRequestSummary

assert_type(SERVICES, tuple[str, ...])

# A service's classes: its fields, typed; its enums; its life cycle's methods.
oke = wrmodel.loads(b"{}", WorkRequest)
assert_type(oke.status, Status)
assert_type(oke.operation_type, container_engine.OperationType | None)
assert_type(oke.time_accepted, pendulum.DateTime | None)
assert_type(oke.start().succeed(), WorkRequest)
assert_type(t.accept("w", "CLUSTER_CREATE", cls=WorkRequestSummary), WorkRequestSummary)
canceling: Status = oke.STATUS_CANCELING
assert_type(t.accept("w", "X", cls=adm.WorkRequest, fields={"freeformTags": {}}), adm.WorkRequest)

# The kinds other services add: integers, booleans, arrays, string maps, JSON.
hub = wrmodel.loads(b"{}", os_management_hub.WorkRequest)
assert_type(hub.reboot_timeout_in_mins, int | None)
assert_type(hub.is_managed_by_autonomous_linux, bool | None)
assert_type(hub.package_names, tuple[str, ...] | None)
assert_type(hub.retry_intervals, tuple[int, ...] | None)
flow = wrmodel.loads(b"{}", data_flow.WorkRequest)
assert_type(flow.status, data_flow.Status)
advisor = wrmodel.loads(b"{}", adm.WorkRequestSummary)
assert_type(advisor.freeform_tags, Mapping[str, str])
assert_type(advisor.defined_tags, Mapping[str, Mapping[str, Any]])

# What mypy and pyright refuse: a wrong field type, one service's class for another's.
WorkRequest(id=1, status="ACCEPTED")  # type: ignore[arg-type]
other: data_flow.WorkRequest = oke  # type: ignore[assignment]
