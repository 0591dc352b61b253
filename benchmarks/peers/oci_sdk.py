"""The OCI SDK: the deserializer it runs on a response body, and its request serializer
(``sanitize_for_serialization`` + ``json.dumps``), offline with a dummy config and signer.
Its models are mutable and it checks nothing (see the README); it is here for speed.
"""

from __future__ import annotations

import json
from typing import Any

import oci
from oci.identity import IdentityClient

label = "OCI SDK"
version = oci.__version__
note = "deserialize_response_data / sanitize_for_serialization + json.dumps; no validation"
#: Timed after the others: its many small objects fragment the heap (measured: wrmodel's bulk
#: decode took 0.73 of pydantic's time without it in the loop, 0.90 with it).
own_phase = True

_CONFIG = {
    "user": "ocid1.user.oc1..benchmark",
    "fingerprint": "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff",
    "tenancy": "ocid1.tenancy.oc1..benchmark",
    "region": "us-ashburn-1",
    "key_content": "never used: nothing is sent",
}
_CLIENT = IdentityClient(_CONFIG, signer=oci.signer.AbstractBaseSigner()).base_client


def decode(data: bytes) -> list[Any]:
    return _CLIENT.deserialize_response_data(data, "list[WorkRequest]")


def encode(objs: list[Any]) -> bytes:
    return json.dumps(_CLIENT.sanitize_for_serialization(objs)).encode()


def decode_one(data: bytes) -> Any:
    return _CLIENT.deserialize_response_data(data, "WorkRequest")


def encode_one(obj: Any) -> bytes:
    return json.dumps(_CLIENT.sanitize_for_serialization(obj)).encode()
