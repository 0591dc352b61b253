import collections
import copy
import datetime as dt
import pickle

import attrs
import oci.identity.models as sdk
import pendulum
import pytest
from hypothesis import given

import wrmodel
from wrmodel import (
    ActionType,
    OperationType,
    Status,
    ValidationError,
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
)
from wrmodel.models._names import camel

from .strategies import models

MODELS = [
    WorkRequest,
    WorkRequestSummary,
    WorkRequestResource,
    WorkRequestError,
    WorkRequestLogEntry,
]

# What the SDK documents as required ("[Required]" in its reference).
REQUIRED = {
    WorkRequest: {"id", "operation_type", "status"},
    WorkRequestSummary: {"id", "operation_type", "status"},
    WorkRequestResource: {"identifier", "entity_type", "action_type"},
    WorkRequestError: {"code", "message"},
    WorkRequestLogEntry: {"message"},
}

T = pendulum.datetime(2016, 8, 25, 21, 10, 29, 600000)
RESOURCE = WorkRequestResource(
    identifier="ocid1.c", entity_type="compartment", action_type="DELETED"
)


def work_request(**changes):
    return WorkRequest(
        **{
            "id": "ocid1.wr",
            "operation_type": "DELETE_COMPARTMENT",
            "status": "ACCEPTED",
            **changes,
        }
    )


class TestShape:
    @pytest.mark.parametrize("cls", MODELS)
    def test_sdk_names_and_order(self, cls):
        """Attribute names, their order and wire keys are exactly the SDK's."""
        sdk_map = getattr(sdk, cls.__name__)().attribute_map
        *names, last = [f.name for f in attrs.fields(cls)]
        assert names == list(sdk_map)
        assert last == "unknown"
        assert [camel(n) for n in names] == list(sdk_map.values())

    @pytest.mark.parametrize("cls", MODELS)
    def test_required_fields(self, cls):
        """The SDK's required fields are required keywords; every other defaults to None."""
        fields = attrs.fields(cls)
        assert {f.name for f in fields if f.default is attrs.NOTHING} == REQUIRED[cls]
        assert fields[-1].name == "unknown"
        assert all(f.default is None for f in fields if f.name not in REQUIRED[cls])
        assert all(f.kw_only for f in fields)
        with pytest.raises(TypeError, match="missing"):
            cls()

    def test_summary_is_work_request_without_logs(self):
        """WorkRequestSummary has the fields of WorkRequest but logs, the same way."""
        wr = {f.name: (f.type, f.default) for f in attrs.fields(WorkRequest) if f.name != "logs"}
        summary = {f.name: (f.type, f.default) for f in attrs.fields(WorkRequestSummary)}
        assert summary == wr

    @pytest.mark.parametrize("cls", MODELS)
    def test_slots_frozen(self, cls):
        """Instances have slots, no __dict__, and are frozen."""
        assert "__slots__" in cls.__dict__
        assert attrs.has(cls)
        assert cls.__setattr__ is not object.__setattr__

    def test_positional_arguments_refused(self):
        """Arguments are keyword-only."""
        with pytest.raises(TypeError):
            WorkRequestLogEntry("message")  # type: ignore[misc]


class TestEnums:
    @pytest.mark.parametrize(
        ("enum", "cls", "prefix"),
        [
            (Status, sdk.WorkRequest, "STATUS_"),
            (OperationType, sdk.WorkRequest, "OPERATION_TYPE_"),
            (ActionType, sdk.WorkRequestResource, "ACTION_TYPE_"),
        ],
    )
    def test_sdk_values(self, enum, cls, prefix):
        """Each enum has the SDK's values, in order, plus UNKNOWN_ENUM_VALUE."""
        sdk_values = {getattr(cls, k) for k in dir(cls) if k.startswith(prefix)}
        assert {m.value for m in enum} == sdk_values | {"UNKNOWN_ENUM_VALUE"}
        assert list(enum)[-1] is enum.UNKNOWN_ENUM_VALUE
        assert all(m.value == m.name for m in enum)

    @pytest.mark.parametrize(
        ("ours", "theirs", "prefix"),
        [
            (WorkRequest, sdk.WorkRequest, ("STATUS_", "OPERATION_TYPE_")),
            (WorkRequestSummary, sdk.WorkRequestSummary, ("STATUS_", "OPERATION_TYPE_")),
            (WorkRequestResource, sdk.WorkRequestResource, ("ACTION_TYPE_",)),
        ],
    )
    def test_class_constants(self, ours, theirs, prefix):
        """The SDK's class constants exist with the same values, as enum members."""
        names = [k for k in dir(theirs) if k.startswith(prefix)]
        assert names
        for name in names:
            assert getattr(ours, name) == getattr(theirs, name)
            assert isinstance(getattr(ours, name), Status | OperationType | ActionType)
        assert WorkRequest.STATUS_ACCEPTED == "ACCEPTED"

    def test_member_or_string(self):
        """An enum field takes its member or the member's string."""
        assert work_request(status=Status.FAILED).status is Status.FAILED
        assert work_request(status="FAILED").status is Status.FAILED

    @pytest.mark.parametrize("value", ["PAUSED", "failed", "", "UNKNOWN_ENUM_VALUE", " FAILED"])
    def test_unknown_string(self, value):
        """Any other string becomes UNKNOWN_ENUM_VALUE, as in the SDK (case-sensitive)."""
        assert work_request(status=value).status is Status.UNKNOWN_ENUM_VALUE

    @pytest.mark.parametrize("value", [1, None, 1.5, True, ["FAILED"], b"FAILED"])
    def test_not_a_string(self, value):
        """A non-string is an error naming the field and the value."""
        with pytest.raises(ValidationError) as info:
            work_request(status=value)
        assert info.value.problems[0].path == "$.status"
        assert repr(value) in str(info.value)


class TestConverters:
    @pytest.mark.parametrize(
        "value",
        [[RESOURCE], (RESOURCE,), collections.deque([RESOURCE]), collections.UserList([RESOURCE])],
    )
    def test_sequences_become_tuples(self, value):
        """Lists, tuples and other sequences are held as tuples."""
        wr = work_request(resources=value)
        assert wr.resources == (RESOURCE,)
        assert type(wr.resources) is tuple

    def test_none_and_empty(self):
        """None stays None; an empty list becomes an empty tuple."""
        assert work_request().resources is None
        assert work_request(resources=[]).resources == ()

    @pytest.mark.parametrize("value", ["abc", b"abc", {"a": RESOURCE}, RESOURCE, 3, {RESOURCE}])
    def test_not_a_sequence(self, value):
        """Strings, bytes, mappings, sets and single objects are refused."""
        with pytest.raises(ValidationError, match=r"\$\.resources: expected a sequence"):
            work_request(resources=value)

    def test_wrong_elements(self):
        """Each wrong element is named by its index."""
        with pytest.raises(ValidationError) as info:
            work_request(resources=[RESOURCE, "x", {"identifier": "y"}])
        assert [p.path for p in info.value.problems] == ["$.resources[1]", "$.resources[2]"]

    def test_string_subclass_is_held_as_str(self):
        """A str subclass (such as an enum member) is held as a plain str."""
        wr = work_request(id=Status.FAILED)
        assert type(wr.id) is str
        assert wr.id == "FAILED"

    @pytest.mark.parametrize("value", [123, None, 1.0, b"ocid", ["ocid"]])
    def test_strings_are_strict(self, value):
        """A required string field refuses anything but a string: 123 is not an id."""
        with pytest.raises(ValidationError, match=r"\$\.id: expected a string"):
            work_request(id=value)

    @pytest.mark.parametrize(
        ("value", "held"), [(0, 0.0), (100, 100.0), (42.5, 42.5), (1e-300, 1e-300), (-0.0, -0.0)]
    )
    def test_percent(self, value, held):
        """percent_complete takes any number from 0 to 100 and holds a float."""
        wr = work_request(percent_complete=value)
        assert wr.percent_complete == held
        assert type(wr.percent_complete) is float

    @pytest.mark.parametrize(
        "value", [True, False, "50", -0.1, 100.0001, float("nan"), float("inf"), 10**400, [50]]
    )
    def test_percent_refused(self, value):
        """Booleans, strings, NaN, infinities and numbers outside 0 to 100 are refused."""
        with pytest.raises(ValidationError, match=r"\$\.percent_complete: expected a number"):
            work_request(percent_complete=value)

    def test_timestamps(self):
        """Aware datetimes are held as pendulum DateTimes in UTC: the instants they name."""
        plus2 = dt.timezone(dt.timedelta(hours=2))
        wr = work_request(time_accepted=dt.datetime(2020, 1, 1, 12, tzinfo=plus2), time_started=T)
        assert type(wr.time_accepted) is pendulum.DateTime
        assert wr.time_accepted.tzinfo is pendulum.UTC
        assert wr.time_accepted.hour == 10
        assert wr.time_started is T

    def test_naive_timestamps_refused(self):
        """A naive datetime is refused, naming the field."""
        with pytest.raises(ValidationError, match=r"\$\.time_finished: expected an aware"):
            work_request(time_finished=dt.datetime(2020, 1, 1))

    def test_every_problem_reported(self):
        """One error lists every bad argument by its attribute path."""
        with pytest.raises(ValidationError) as info:
            WorkRequest(
                id=1,
                operation_type=2,
                status="ACCEPTED",
                resources=[RESOURCE, 3],
                percent_complete=200,
            )
        assert [p.path for p in info.value.problems] == [
            "$.id",
            "$.operation_type",
            "$.resources[1]",
            "$.percent_complete",
        ]
        assert str(info.value).startswith("4 problems building WorkRequest:\n  $.id: ")

    def test_nested_constructors_validate(self):
        """The nested models validate their own fields."""
        with pytest.raises(ValidationError, match=r"\$\.code: expected a string, got None"):
            WorkRequestError(code=None, message="m")  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match=r"\$\.action_type"):
            WorkRequestResource(identifier="i", entity_type="e", action_type=5)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match=r"\$\.timestamp"):
            WorkRequestLogEntry(message="m", timestamp="2020-01-01T00:00:00Z")  # type: ignore[arg-type]


class TestValueSemantics:
    @given(models)
    def test_equal_copies(self, model):
        """Equal values: a copy, a pickle round trip, an attrs.evolve with no change."""
        _, obj = model
        assert copy.deepcopy(obj) == obj
        assert pickle.loads(pickle.dumps(obj)) == obj
        assert hash(pickle.loads(pickle.dumps(obj))) == hash(obj)
        assert attrs.evolve(obj) == obj

    @given(models)
    def test_deeply_immutable(self, model):
        """No attribute can be set or deleted, and collections are tuples."""
        _, obj = model
        for field in attrs.fields(type(obj)):
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(obj, field.name, None)
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                delattr(obj, field.name)
            value = getattr(obj, field.name)
            assert value is None or isinstance(value, str | float | tuple | pendulum.DateTime)
        assert not hasattr(obj, "__dict__")
        hash(obj)

    def test_same_instant_is_equal(self):
        """Timestamps compare as instants: the same moment in two offsets is equal."""
        a = work_request(time_accepted=T)
        b = work_request(time_accepted=T.in_timezone("Asia/Kolkata"))
        assert a == b
        assert hash(a) == hash(b)

    def test_different_values_differ(self):
        """Any field difference makes values unequal; a summary never equals a request."""
        assert work_request() != work_request(percent_complete=0)
        summary = WorkRequestSummary(
            id="ocid1.wr", operation_type="DELETE_COMPARTMENT", status="ACCEPTED"
        )
        assert summary != work_request()

    def test_usable_in_sets(self):
        """Values work as set members and dict keys."""
        assert len({work_request(), work_request(), work_request(status="FAILED")}) == 2

    def test_repr(self):
        """The repr shows the set fields with enums by name, and evaluates back."""
        wr = work_request(resources=[RESOURCE], percent_complete=5)
        text = repr(wr)
        assert text == (
            "WorkRequest(id='ocid1.wr', operation_type=OperationType.DELETE_COMPARTMENT, "
            "status=Status.ACCEPTED, resources=(WorkRequestResource(identifier='ocid1.c', "
            "entity_type='compartment', action_type=ActionType.DELETED),), percent_complete=5.0)"
        )
        assert eval(text, vars(wrmodel)) == wr  # noqa: S307
