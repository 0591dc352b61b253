"""Hypothesis strategies for the models and for wire documents."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pendulum
from hypothesis import strategies as st

from wrmodel import (
    ActionType,
    OperationType,
    Status,
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
)
from wrmodel.io._inputs import sample  # noqa: F401 (the tests use the bundled samples, from here)

# Text JSON can carry: no lone surrogates (UTF-8 cannot encode them).
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
ids = st.from_regex(r"ocid1\.[a-z]{3,12}\.oc1\.\.[a-z0-9]{4,20}", fullmatch=True)

zones = st.sampled_from(
    [
        pendulum.UTC,
        pendulum.FixedTimezone(5 * 3600 + 1800),
        pendulum.FixedTimezone(-8 * 3600),
        pendulum.FixedTimezone(23 * 3600 + 59 * 60),
        pendulum.timezone("Europe/Paris"),
        dt.UTC,
        dt.timezone(dt.timedelta(hours=-3, minutes=-30)),
    ]
)


@st.composite
def aware_datetimes(draw: st.DrawFn, *, millis: bool = False) -> dt.datetime:
    """Aware datetimes whose UTC form is in the years 1 to 9999."""
    naive = draw(st.datetimes(dt.datetime(1, 1, 2), dt.datetime(9999, 12, 30)))
    if millis:
        naive = naive.replace(microsecond=naive.microsecond // 1000 * 1000)
    return naive.replace(tzinfo=draw(zones))


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


percents = st.floats(0, 100) | st.integers(0, 100)


def enum_values(enum: Any) -> st.SearchStrategy[Any]:
    """A member of ``enum``, never ``UNKNOWN_ENUM_VALUE``: that placeholder stands for a
    value already lost, and is not written. (Unknown strings come in wire documents.)
    """
    return st.sampled_from([m for m in enum if m.name != "UNKNOWN_ENUM_VALUE"])


resources = st.builds(
    WorkRequestResource,
    identifier=ids | texts,
    entity_type=texts,
    action_type=enum_values(ActionType),
    entity_uri=optional(texts),
)
errors = st.builds(
    WorkRequestError, code=texts, message=texts, timestamp=optional(aware_datetimes())
)
logs = st.builds(WorkRequestLogEntry, message=texts, timestamp=optional(aware_datetimes()))

_common = {
    "id": ids | texts,
    "operation_type": enum_values(OperationType),
    "compartment_id": optional(ids),
    "status": enum_values(Status),
    "resources": optional(st.lists(resources, max_size=4)),
    "errors": optional(st.lists(errors, max_size=3)),
    "time_accepted": optional(aware_datetimes()),
    "time_started": optional(aware_datetimes()),
    "time_finished": optional(aware_datetimes()),
    "percent_complete": optional(percents),
}
work_requests = st.builds(WorkRequest, **_common, logs=optional(st.lists(logs, max_size=4)))
summaries = st.builds(WorkRequestSummary, **_common)

#: Any model instance, with its class.
models = st.one_of(
    *(
        st.tuples(st.just(type_), strategy)
        for type_, strategy in [
            (WorkRequest, work_requests),
            (WorkRequestSummary, summaries),
            (WorkRequestResource, resources),
            (WorkRequestError, errors),
            (WorkRequestLogEntry, logs),
        ]
    )
)


# Wire documents: JSON-ready data in the API's camelCase form.


@st.composite
def rfc3339(draw: st.DrawFn) -> str:
    """RFC 3339 date-time text in its many valid spellings."""
    value = draw(aware_datetimes())
    offset = value.utcoffset()
    assert offset is not None
    text = (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        f"{draw(st.sampled_from('Tt'))}{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    )
    digits = draw(st.integers(0, 9))
    if digits:
        text += "." + f"{value.microsecond:06d}{draw(st.integers(0, 999)):03d}"[:digits]
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0 and draw(st.booleans()):
        return text + draw(st.sampled_from("Zz"))
    sign = "-" if minutes < 0 else "+"
    return text + f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _wire(enum: type[Any]) -> st.SearchStrategy[str]:
    return st.sampled_from([m.value for m in enum if m.name != "UNKNOWN_ENUM_VALUE"]) | texts


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)


def _document(
    required: dict[str, Any], optional_: dict[str, Any]
) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        required, optional={k: st.none() | v for k, v in optional_.items()}
    )


wire_resources = _document(
    {"identifier": texts, "entityType": texts, "actionType": _wire(ActionType)},
    {"entityUri": texts},
)
wire_errors = _document({"code": texts, "message": texts}, {"timestamp": rfc3339()})
wire_logs = _document({"message": texts}, {"timestamp": rfc3339()})
_wire_common = {
    "compartmentId": ids,
    "resources": st.lists(wire_resources, max_size=3),
    "errors": st.lists(wire_errors, max_size=3),
    "timeAccepted": rfc3339(),
    "timeStarted": rfc3339(),
    "timeFinished": rfc3339(),
    "percentComplete": percents,
}
_wire_required = {
    "id": ids | texts,
    "operationType": _wire(OperationType),
    "status": _wire(Status),
}
wire_work_requests = _document(
    _wire_required, {**_wire_common, "logs": st.lists(wire_logs, max_size=3)}
)
wire_summaries = _document(_wire_required, _wire_common)

#: A wire document with the model class it is for.
wire_documents = st.one_of(
    st.tuples(st.just(WorkRequest), wire_work_requests),
    st.tuples(st.just(WorkRequestSummary), wire_summaries),
    st.tuples(st.just(WorkRequestResource), wire_resources),
    st.tuples(st.just(WorkRequestError), wire_errors),
    st.tuples(st.just(WorkRequestLogEntry), wire_logs),
)


@st.composite
def damaged(
    draw: st.DrawFn, documents: st.SearchStrategy[tuple[type, dict[str, Any]]] = wire_documents
) -> tuple[type, Any]:
    """A wire document with one value somewhere in it replaced by any JSON value, or a
    key added or removed.
    """
    cls, doc = draw(documents)

    def damage(value: Any) -> Any:
        if isinstance(value, dict) and value and draw(st.booleans()):
            key = draw(st.sampled_from(sorted(value)))
            action = draw(st.sampled_from(["replace", "remove", "recurse", "add"]))
            copy = dict(value)
            if action == "remove":
                del copy[key]
            elif action == "add":
                copy[draw(texts)] = draw(json_values)
            elif action == "recurse":
                copy[key] = damage(copy[key])
            else:
                copy[key] = draw(json_values)
            return copy
        if isinstance(value, list) and value:
            i = draw(st.integers(0, len(value) - 1))
            return [damage(v) if j == i else v for j, v in enumerate(value)]
        return draw(json_values)

    return cls, damage(doc)
