import pickle

import pytest

import wrmodel
from wrmodel.models._frozen import FrozenDict, NotJSONError, freeze, thaw


class TestFrozenDict:
    def test_read_only(self):
        """Items cannot be set; the mapping API reads."""
        d = FrozenDict({"a": 1})
        with pytest.raises(TypeError, match="does not support item assignment"):
            d["a"] = 2
        assert (list(d), len(d), d["a"], d.get("b")) == (["a"], 1, 1, None)

    def test_equality_and_hash(self):
        """Equal to dicts and FrozenDicts of the same JSON; the hash is stable."""
        d = FrozenDict({"a": (1, 2)})
        assert d == {"a": (1, 2)}
        assert d == FrozenDict(a=(1, 2))
        assert d == {"a": [1, 2]}  # the same JSON array
        assert d != [("a", (1, 2))]
        assert hash(d) == hash(d) == hash(FrozenDict({"a": (1, 2)}))

    def test_pickles(self):
        """A FrozenDict pickles."""
        d = FrozenDict({"a": FrozenDict({"b": None})})
        assert pickle.loads(pickle.dumps(d)) == d


class TestAsJSON:
    @pytest.mark.parametrize(
        ("a", "b"),
        [(True, 1), (1, 1.0), (0.0, -0.0), (False, 0), ({"a": 1}, {"a": 1.0}), ([1], [True])],
    )
    def test_json_types_differ(self, a, b):
        """Values Python finds equal but JSON writes apart are not equal when kept."""
        assert a == b
        assert FrozenDict(k=freeze(a)) != FrozenDict(k=freeze(b))
        assert FrozenDict(k=freeze(a)) == FrozenDict(k=freeze(a))
        assert hash(FrozenDict(k=freeze(a))) == hash(FrozenDict(k=freeze(a)))

    def test_not_json_compared(self):
        """A dict holding what JSON cannot is not equal to a FrozenDict."""
        assert FrozenDict(a=1) != {"a": object()}

    def test_too_deep(self):
        """Unknown keys nested past the limit are refused by the constructor."""
        deep: object = 1
        for _ in range(70):
            deep = [deep]
        with pytest.raises(
            wrmodel.ValidationError, match="expected JSON values: nested too deeply"
        ):
            wrmodel.Unknown(keys={"a": deep})

    def test_keys_sorted(self):
        """An object's keys are held sorted: JSON gives them no order."""
        assert list(freeze({"b": 1, "a": {"d": 1, "c": 2}})) == ["a", "b"]
        assert list(freeze({"b": 1, "a": {"d": 1, "c": 2}})["a"]) == ["c", "d"]

    @pytest.mark.parametrize(
        ("value", "where"),
        [
            (float("nan"), ""),
            ([1, float("inf")], "[1]"),
            ({"a": {"b c": -float("inf")}}, ".a['b c']"),
            ({"a": [10**5000]}, ".a[0]"),
        ],
    )
    def test_what_loads_cannot_read_back(self, value, where):
        """NaN, infinities and integers longer than Python reads are not JSON, said where."""
        with pytest.raises(NotJSONError) as info:
            freeze(value)
        assert info.value.where == where
        assert str(info.value).startswith("not JSON data")

    def test_subclasses_become_plain(self):
        """str, int and float subclasses are held as the plain types."""
        import enum

        class Number(enum.IntEnum):
            ONE = 1

        value = freeze({"a": wrmodel.Status.FAILED, "b": Number.ONE})
        assert [type(v) for v in value.values()] == [str, int]
        assert freeze(10**30) == 10**30


class TestFreeze:
    def test_round_trip(self):
        """freeze then thaw gives the JSON value back."""
        value = {"a": [1, {"b": [None, True, 1.5, "s"]}], "c": {}}
        assert thaw(freeze(value)) == value
        assert isinstance(freeze(value)["a"], tuple)

    @pytest.mark.parametrize("value", [{1, 2}, {1: "a"}, object(), b"x"])
    def test_not_json(self, value):
        """What JSON cannot hold is a TypeError."""
        with pytest.raises(TypeError, match="not JSON data"):
            freeze(value)
