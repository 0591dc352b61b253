"""The Work Requests service's work requests (``oci.work_requests.models``): built in.

The same objects as ``wrmodel.work_requests``.

>>> from wrmodel.services import work_requests
>>> import wrmodel.work_requests
>>> work_requests.WorkRequest is wrmodel.work_requests.WorkRequest
True
"""

from __future__ import annotations

from wrmodel.models._enums import ResourceActionType, Status
from wrmodel.models._families import WORK_REQUESTS
from wrmodel.models._family import Family
from wrmodel.models._generated_work_requests import (
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
)
from wrmodel.models._models import Model

__all__ = (
    "CLASSES",
    "FAMILIES",
    "ResourceActionType",
    "Status",
    "WorkRequest",
    "WorkRequestError",
    "WorkRequestLogEntry",
    "WorkRequestResource",
    "WorkRequestSummary",
)

#: The service's family.
FAMILIES: tuple[Family, ...] = (WORK_REQUESTS,)
#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = tuple(c for f in FAMILIES for c in f.classes)
