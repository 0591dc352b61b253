"""What a family of work requests is (``Family``), and every family made so far, by name."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen
class Catalog:
    """The classes of one module of models: learnt together, and the SDK's module for them.

    Every family is one; a service module's classes that belong to no family (the load
    balancer's requests, which have a ``lifecycle_state`` but no ``status``) are held by one.
    """

    #: A short name: ``identity``, ``tagging``, ``iam``, ``work_requests``,
    #: ``services.container_engine``.
    name: str
    #: The SDK module holding classes of the same names (``oci.identity.models``).
    sdk: str
    #: Every class, nested ones first.
    classes: tuple[type, ...]

    def __attrs_post_init__(self) -> None:
        # Each class knows its family (or catalog): the life cycle finds it there, and a
        # converter learns a family's classes from the first one it is given.
        for owner in self.owners():
            if "__wrmodel_family__" not in owner.__dict__:
                type.__setattr__(owner, "__wrmodel_family__", self)

    def owners(self) -> tuple[type, ...]:
        """What knows this catalog: its classes."""
        return self.classes


@attrs.frozen
class Family(Catalog):
    """One API's work requests: its classes, its life cycle, and the SDK's module for them."""

    #: The request (what ``get_*`` returns) and the summary (what ``list_*`` returns).
    request: type
    summary: type
    #: The statuses: where each may go next, which end a request, which of those is success.
    status: type[enum.StrEnum]
    transitions: Mapping[Any, frozenset[Any]]
    succeeded: Any

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        _NAMED[self.name] = self  # the latest declaration of a name wins

    def owners(self) -> tuple[type, ...]:
        """What knows this family: its classes and its status enum."""
        return (*self.classes, self.status)

    @property
    def terminal(self) -> frozenset[Any]:
        """The statuses that end a request: those that go nowhere, but an unknown one."""
        return frozenset(
            s
            for s, nexts in self.transitions.items()
            if not nexts and s.name != "UNKNOWN_ENUM_VALUE"
        )


#: Every family made so far, by name: the built-in ones, and those declared since.
_NAMED: dict[str, Family] = {}
