"""The percent of a request's progress: a number from 0 to 100, held as a ``float``."""

from __future__ import annotations

from wrmodel._errors import expected, fail

#: The bounds of a percent, both included.
PERCENT = (0, 100)


def to_percent(value: float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        fail(expected("a number", value))
    low, high = PERCENT
    if not low <= value <= high:  # NaN fails this too
        fail(expected(f"a number from {low} to {high}", value))
    return float(value) + 0.0  # -0.0 is 0.0: equal percents are written the same
