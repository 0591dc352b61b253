"""Pytest's configuration of the tests."""

# Type-checked by mypy in CI, never run.
collect_ignore = ["typing"]
