"""Immutable, strictly validated value objects for OCI Identity work requests.

>>> import wrmodel
>>> wr = wrmodel.loads(b'{"id": "ocid1.workrequest.oc1..x", "operationType": "DELETE_COMPARTMENT",'
...                    b' "status": "IN_PROGRESS", "percentComplete": 50}')
>>> wr.percent_complete
50.0
>>> wrmodel.dumps(wr)
b'{"id":"ocid1.workrequest.oc1..x","operationType":"DELETE_COMPARTMENT","status":"IN_PROGRESS","percentComplete":50.0}'
"""

from ._converter import (
    Converter,
    converter,
    dumps,
    loads,
    make_converter,
    structure,
    unstructure,
)
from ._enums import ActionType, OperationType, Status
from ._models import (
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
)
from ._time import format_rfc3339, parse_rfc3339
from .exceptions import (
    DecodeError,
    EncodeError,
    Problem,
    ValidationError,
    WrModelError,
)

__all__ = (
    # Models
    "WorkRequest",
    "WorkRequestSummary",
    "WorkRequestResource",
    "WorkRequestError",
    "WorkRequestLogEntry",
    # Enums
    "Status",
    "OperationType",
    "ActionType",
    # Reading and writing the wire form
    "loads",
    "dumps",
    "structure",
    "unstructure",
    "make_converter",
    "converter",
    "Converter",
    # Timestamps
    "parse_rfc3339",
    "format_rfc3339",
    # Exceptions
    "WrModelError",
    "ValidationError",
    "DecodeError",
    "EncodeError",
    "Problem",
)


def __getattr__(name: str) -> str:
    if name != "__version__":
        msg = f"module {__name__} has no attribute {name}"
        raise AttributeError(msg)
    from importlib.metadata import version  # noqa: PLC0415 (only when asked)

    return version("wrmodel")
