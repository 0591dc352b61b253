"""The Work Requests service's work requests (``oci.work_requests``).

Compute, networking and most of OCI report their asynchronous work through it, and the SDK's
waiters wait on it. Its own classes, distinct from identity's classes of the same names: the
operation type is a free string; the compartment, resources, percent and time accepted are
required; errors and logs come from their own list calls, each with a required timestamp.

>>> from wrmodel import loads
>>> from wrmodel.work_requests import WorkRequest
>>> wr = loads(b'{"operationType": "CREATE_INSTANCE", "status": "IN_PROGRESS", "id": "ocid1.x",'
...            b' "compartmentId": "ocid1.c", "resources": [], "percentComplete": 5,'
...            b' "timeAccepted": "2016-08-25T21:10:29.600Z"}', WorkRequest)
>>> wr.operation_type, wr.percent_complete
('CREATE_INSTANCE', 5.0)
"""

from .models._enums import ResourceActionType as ActionType
from .models._enums import Status
from .models._families import WORK_REQUESTS
from .models._generated_work_requests import (
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
)

__all__ = (
    "WorkRequest",
    "WorkRequestSummary",
    "WorkRequestResource",
    "WorkRequestError",
    "WorkRequestLogEntry",
    "Status",
    "ActionType",
    "FAMILY",
)

#: The family's declaration: its classes, transition table and SDK module.
FAMILY = WORK_REQUESTS
