"""Pytest's configuration of the tests."""

import os

from hypothesis import HealthCheck, settings

# typing: type-checked by mypy in CI, never run; fuzz: atheris harnesses, run by hand.
collect_ignore = ["typing", "fuzz"]

if "MUTANT_UNDER_TEST" in os.environ:  # mutmut runs a test from several executors
    settings.register_profile("mutmut", suppress_health_check=[HealthCheck.differing_executors])
    settings.load_profile("mutmut")
