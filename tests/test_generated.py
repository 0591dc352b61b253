"""The built-in families' generated source: current, and the same classes as made at run time."""

import datetime as dt
import functools
import re
import typing
from collections.abc import Callable

import attrs
import pytest

import wrmodel
from wrmodel.models import _declarations, _generate
from wrmodel.models._families import model

#: Values every converter is tried on: each gives a value or an error, the same both ways.
VALUES = [
    None,
    "ACCEPTED",
    "CREATE_BUCKET",
    "WAITING",
    "x",
    5,
    50.5,
    101,
    True,
    [],
    (),
    [1],
    dt.datetime(2016, 8, 25, 21, 10, 29, tzinfo=dt.UTC),
    dt.datetime(2016, 8, 25, 21, 10, 29),
]


def _named(tp: object) -> str:
    """A type as text, its classes by name alone (the two ways make classes of their own)."""
    return re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", str(tp))


def _outcome(convert: Callable[[object], object], value: object) -> tuple[str, str]:
    """What ``convert`` makes of ``value``: its result, or its error's message."""
    try:
        return "value", repr(convert(value))
    except wrmodel.ValidationError as error:
        return "error", error.problems[0].message


class TestGenerated:
    def test_current(self):
        """The checked-in modules are what the declarations generate (else: python -m
        wrmodel.models._generate)."""
        for path, text in _generate.sources().items():
            assert path.read_text() == text, (
                f"{path.name} is stale: python -m wrmodel.models._generate"
            )

    @pytest.mark.parametrize(
        ("declare", "module"),
        [
            (_declarations.identity, wrmodel),
            (_declarations.tagging, wrmodel),
            (_declarations.iam, wrmodel),
            (_declarations.work_requests, wrmodel.work_requests),
        ],
    )
    def test_same_as_made_at_run_time(self, declare, module):
        """Each class is the one declare_family's way makes: fields, annotations, converters,
        defaults, constants, doc."""
        for made in declare(functools.partial(model, module="elsewhere")):
            static = getattr(module, made.__name__)
            assert static.__doc__.split() == made.__doc__.split()  # wrapped in the source
            hints, made_hints = typing.get_type_hints(static), typing.get_type_hints(made)
            pairs = zip(attrs.fields(static), attrs.fields(made), strict=True)
            for one, other in pairs:
                assert (one.name, one.default, one.kw_only) == (other.name, other.default, True)
                assert _named(hints[one.name]) == _named(made_hints[other.name]), one.name
                for value in VALUES:
                    assert _outcome(one.converter, value) == _outcome(other.converter, value), (
                        f"{static.__name__}.{one.name}({value!r})"
                    )
            constants = {k: getattr(made, k) for k in dir(made) if k.isupper()}
            assert constants == {k: getattr(static, k) for k in dir(static) if k.isupper()}

    def test_main_writes_what_changed(self, tmp_path, capsys):
        """The command writes each module that differs, and only those."""
        assert _generate.main(tmp_path) == 0
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(_generate.MODULES)
        assert capsys.readouterr().out.count("wrote ") == len(_generate.MODULES)
        _generate.main(tmp_path)
        assert capsys.readouterr().out == ""

    def test_reachable(self):
        """wrmodel.work_requests is there after import wrmodel, as oci.work_requests is."""
        import subprocess
        import sys

        code = "import wrmodel; print(wrmodel.work_requests.WorkRequest.__name__)"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
        assert out.stdout == b"WorkRequest\n"
