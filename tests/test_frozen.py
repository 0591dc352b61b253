import pickle

import pytest

from wrmodel._frozen import FrozenDict, freeze, thaw


class TestFrozenDict:
    def test_read_only(self):
        """Items cannot be set; the mapping API reads."""
        d = FrozenDict({"a": 1})
        with pytest.raises(TypeError, match="does not support item assignment"):
            d["a"] = 2
        assert (list(d), len(d), d["a"], d.get("b")) == (["a"], 1, 1, None)

    def test_equality_and_hash(self):
        """Equal to dicts and FrozenDicts of the same items; the hash is stable."""
        d = FrozenDict({"a": (1, 2)})
        assert d == {"a": (1, 2)}
        assert d == FrozenDict(a=(1, 2))
        assert d != {"a": [1, 2]}
        assert d != [("a", (1, 2))]
        assert hash(d) == hash(d) == hash(FrozenDict({"a": (1, 2)}))

    def test_pickles(self):
        """A FrozenDict pickles."""
        d = FrozenDict({"a": FrozenDict({"b": None})})
        assert pickle.loads(pickle.dumps(d)) == d


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
