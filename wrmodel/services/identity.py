"""Identity's work requests (``oci.identity.models``): the classes built in, the same objects.

Its three families: the work requests of compartments and tags (``WorkRequest``...), the
tagging work requests (``TaggingWorkRequest``...) and the IAM ones (``IamWorkRequest``...).

>>> from wrmodel.services import identity
>>> import wrmodel
>>> identity.WorkRequest is wrmodel.WorkRequest
True
"""

from __future__ import annotations

from wrmodel.models._enums import (
    ActionType,
    IamOperationType,
    OperationType,
    ResourceActionType,
    Status,
    TaggingOperationType,
    TaggingStatus,
)
from wrmodel.models._families import IAM, IDENTITY, TAGGING
from wrmodel.models._family import Family
from wrmodel.models._generated import (
    IamWorkRequest,
    IamWorkRequestErrorSummary,
    IamWorkRequestLogSummary,
    IamWorkRequestResource,
    IamWorkRequestSummary,
    TaggingWorkRequest,
    TaggingWorkRequestErrorSummary,
    TaggingWorkRequestLogSummary,
    TaggingWorkRequestSummary,
)
from wrmodel.models._identity import (
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
    "ActionType",
    "IamOperationType",
    "IamWorkRequest",
    "IamWorkRequestErrorSummary",
    "IamWorkRequestLogSummary",
    "IamWorkRequestResource",
    "IamWorkRequestSummary",
    "OperationType",
    "ResourceActionType",
    "Status",
    "TaggingOperationType",
    "TaggingStatus",
    "TaggingWorkRequest",
    "TaggingWorkRequestErrorSummary",
    "TaggingWorkRequestLogSummary",
    "TaggingWorkRequestSummary",
    "WorkRequest",
    "WorkRequestError",
    "WorkRequestLogEntry",
    "WorkRequestResource",
    "WorkRequestSummary",
)

#: The service's families.
FAMILIES: tuple[Family, ...] = (IDENTITY, TAGGING, IAM)
#: Every class of the service, held ones first.
CLASSES: tuple[type[Model], ...] = tuple(c for f in FAMILIES for c in f.classes)
