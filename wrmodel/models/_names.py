"""Key names: attribute names (snake_case) and the wire's camelCase and kebab-case."""

from __future__ import annotations

import re

_CAPITAL = re.compile(r"[A-Z]")
_UNDERSCORED = re.compile(r"_([a-z])")

#: The keys each naming converts exactly, both ways: between these three sets the functions
#: below are one-to-one. Other keys are kept and written as they are.
CAMEL = re.compile(r"[a-z][a-zA-Z0-9]*")
SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z][a-z0-9]*)*")
KEBAB = re.compile(r"[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*")


def camel(name: str) -> str:
    """CamelCase of a snake_case name (the API's keys).

    >>> camel("time_accepted")
    'timeAccepted'
    """
    return _UNDERSCORED.sub(lambda m: m[1].upper(), name)


def snake(key: str) -> str:
    """snake_case of a camelCase key (the SDK's attribute names).

    >>> snake("freeformTags")
    'freeform_tags'
    """
    return _CAPITAL.sub(lambda m: "_" + m[0].lower(), key)


def kebab(key: str) -> str:
    """kebab-case of a camelCase key (the OCI CLI's keys).

    >>> kebab("freeformTags")
    'freeform-tags'
    """
    return snake(key).replace("_", "-")


def camel_of_kebab(key: str) -> str:
    """CamelCase of a kebab-case key.

    >>> camel_of_kebab("freeform-tags")
    'freeformTags'
    """
    return re.sub(r"-([a-z])", lambda m: m[1].upper(), key)
