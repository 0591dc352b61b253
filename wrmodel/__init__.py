"""Immutable, strictly validated value objects for OCI Identity work requests.

>>> import wrmodel
>>> wr = wrmodel.loads(b'{"id": "ocid1.workrequest.oc1..x", "operationType": "DELETE_COMPARTMENT",'
...                    b' "status": "IN_PROGRESS", "percentComplete": 50}')
>>> wr.percent_complete
50.0
>>> wrmodel.dumps(wr)
b'{"id":"ocid1.workrequest.oc1..x","operationType":"DELETE_COMPARTMENT","status":"IN_PROGRESS","percentComplete":50.0}'
"""

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING

from . import transitions, work_requests
from .exceptions import (
    DecodeError,
    EncodeError,
    Problem,
    TransitionError,
    ValidationError,
    WorkRequestFailed,
    WrModelError,
)
from .io import _pydantic  # noqa: F401 (pydantic's hooks, which import pydantic when it asks)
from .io._sdk import SdkResponse, call_sdk, from_sdk, sdk_method, to_sdk
from .io._stream import iter_jsonl
from .io._writers import dump_jsonl
from .lifecycle._summary import Summary
from .lifecycle._watch import (
    AsyncWatch,
    awatch,
    is_transient,
    queued_for,
    raise_for_status,
    ran_for,
    retry_after,
    watch,
)
from .models import _enums, _frozen, _models
from .models._enums import (
    ActionType,
    IamOperationType,
    OperationType,
    ResourceActionType,
    Status,
    TaggingOperationType,
    TaggingStatus,
)
from .models._families import FAMILIES, declare_family
from .models._family import Family
from .models._generated import (
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
from .models._identity import (
    WorkRequest,
    WorkRequestError,
    WorkRequestLogEntry,
    WorkRequestResource,
    WorkRequestSummary,
)
from .models._models import Unknown
from .models._time import COMPILED, format_rfc3339, parse_rfc3339
from .transitions import TRANSITIONS, is_active, is_successful, is_terminal
from .wire._converter import (
    CliResponse,
    Converter,
    configure_converter,
    converter,
    dumps,
    loads,
    make_converter,
    read_cli,
    structure,
    unstructure,
)
from .wire._registry import count_fallbacks
from .wire._schema import json_schema

__all__ = (
    # Models
    "WorkRequest",
    "WorkRequestSummary",
    "WorkRequestResource",
    "WorkRequestError",
    "WorkRequestLogEntry",
    "Unknown",
    # Identity's tagging and IAM work requests; the Work Requests service's (a module)
    "work_requests",
    "TaggingWorkRequest",
    "TaggingWorkRequestSummary",
    "TaggingWorkRequestErrorSummary",
    "TaggingWorkRequestLogSummary",
    "IamWorkRequest",
    "IamWorkRequestSummary",
    "IamWorkRequestResource",
    "IamWorkRequestErrorSummary",
    "IamWorkRequestLogSummary",
    "Family",
    "FAMILIES",
    "declare_family",
    # Enums
    "Status",
    "OperationType",
    "ActionType",
    "TaggingStatus",
    "TaggingOperationType",
    "IamOperationType",
    "ResourceActionType",
    # Reading and writing
    "loads",
    "dumps",
    "structure",
    "unstructure",
    "read_cli",
    "CliResponse",
    "from_sdk",
    "to_sdk",
    "call_sdk",
    "sdk_method",
    "SdkResponse",
    "iter_jsonl",
    "dump_jsonl",
    "json_schema",
    "make_converter",
    "configure_converter",
    "converter",
    "Converter",
    "count_fallbacks",
    # Timestamps
    "parse_rfc3339",
    "format_rfc3339",
    "COMPILED",
    # Life cycle
    "transitions",
    "events",
    "TRANSITIONS",
    "is_terminal",
    "is_active",
    "is_successful",
    "watch",
    "awatch",
    "AsyncWatch",
    "is_transient",
    "retry_after",
    "raise_for_status",
    "queued_for",
    "ran_for",
    # Summaries
    "Summary",
    # Exceptions
    "WrModelError",
    "ValidationError",
    "DecodeError",
    "EncodeError",
    "TransitionError",
    "WorkRequestFailed",
    "Problem",
)

# Pickles name the module of each class. Those made before the layers had packages name the
# modules as they were: the same classes, found under their old names.
for _old, _now in (("_enums", _enums), ("_frozen", _frozen), ("_models", _models)):
    sys.modules.setdefault(f"{__name__}.{_old}", _now)


if TYPE_CHECKING:
    from . import events

    __version__: str


def __getattr__(name: str) -> ModuleType | str:
    # ``events`` makes its classes when first used: ``loads`` and ``dumps`` need none of them.
    if name == "events":
        return importlib.import_module(f"{__name__}.events")
    if name != "__version__":
        msg = f"module {__name__} has no attribute {name}"
        raise AttributeError(msg)
    from importlib.metadata import version  # noqa: PLC0415 (only when asked)

    return version("wrmodel")
