"""One small module per library, each doing the same job as wrmodel.

Each module exposes ``label``, ``version``, ``note``, and four functions: ``decode`` (one JSON
array of work requests, bytes, to a list of the library's typed, frozen objects), ``encode``
(that list back to camelCase JSON bytes), ``decode_one`` and ``encode_one`` (one document).
A module whose library is not installed raises ImportError on import and is skipped. A module
with ``same_bytes = True`` (``pydantic_exact``, ``msgspec_exact``, ``mashumaro_exact``: the
library made to write what wrmodel writes, beside its natural form) is held to writing
wrmodel's bytes exactly; one with
``own_phase = True`` (a library that builds other objects than its typed models, the OCI SDK)
is timed in a phase of its own, after the others, so that its heap does not slow theirs.
"""

#: The peers, in the order the table shows them; the first is the reference.
NAMES = (
    "wrmodel",
    "pydantic",
    "pydantic_exact",
    "msgspec",
    "msgspec_exact",
    "mashumaro",
    "mashumaro_exact",
    "oci_sdk",
    "orjson_dicts",
    "json_dicts",
)
