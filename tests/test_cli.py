import subprocess
import sys

import orjson

import wrmodel
from wrmodel._cli import main

from .strategies import sample


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wrmodel", *args], capture_output=True, text=True, check=False
    )


class TestDemo:
    def test_subprocess(self):
        """`python -m wrmodel demo` prints the sample and its re-encoding, and exits 0."""
        result = run("demo")
        assert result.returncode == 0, result.stderr
        out = result.stdout
        assert "Read 02_in_progress_resources_logs.json" in out
        assert "decodes equal: True" in out
        encoded = out.rstrip().splitlines()[-1]
        assert orjson.loads(encoded) == orjson.loads(sample("02_in_progress_resources_logs.json"))

    def test_in_process(self, capsys):
        """main(["demo"]) returns 0 and prints the decoded object."""
        assert main(["demo"]) == 0
        assert "WorkRequest(id='ocid1.workrequest" in capsys.readouterr().out

    def test_python_dash_m(self, monkeypatch, capsys):
        """`python -m wrmodel` runs main and exits with its status."""
        import runpy

        import pytest

        monkeypatch.setattr(sys, "argv", ["wrmodel", "demo"])
        with pytest.raises(SystemExit) as info:
            runpy.run_module("wrmodel", run_name="__main__")
        assert info.value.code == 0
        assert "Re-encoded" in capsys.readouterr().out

    def test_no_command(self):
        """Without a command, the usage is printed and the exit status is 2."""
        result = run()
        assert result.returncode == 2
        assert "usage: wrmodel" in result.stderr


class TestVersion:
    def test_version(self):
        """__version__ comes from the installed metadata."""
        from importlib.metadata import version

        assert wrmodel.__version__ == version("wrmodel")

    def test_other_attributes(self):
        """Other missing attributes raise AttributeError."""
        import pytest

        with pytest.raises(AttributeError, match="no attribute"):
            _ = wrmodel.nonexistent  # type: ignore[attr-defined]
