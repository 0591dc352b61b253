"""Pytest's configuration of the tests."""

# typing: type-checked by mypy in CI, never run; fuzz: atheris harnesses, run by hand.
collect_ignore = ["typing", "fuzz"]
