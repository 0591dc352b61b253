"""wrmodel against the OCI SDK's own deserializer, on the same response bodies.

Where both accept a document they must agree on every field (timestamps as instants, the
SDK's ``'UNKNOWN_ENUM_VALUE'`` strings against wrmodel's unknown members). Where the SDK
silently corrupts a document, wrmodel must refuse it, naming the field.

``python -m tests.test_differential`` prints how many documents were compared.
"""

from __future__ import annotations

import random
import sys
from typing import Any

import attrs
import oci
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wrmodel
from benchmarks import corpus
from benchmarks.peers.common import canonical
from benchmarks.peers.oci_sdk import _CLIENT as SDK
from wrmodel import DecodeError

from .strategies import sample, wire_work_requests

SAMPLES = [
    "01_accepted_minimal.json",
    "02_in_progress_resources_logs.json",
    "04_failed_with_errors.json",
]


def theirs(body: bytes, type_: str = "WorkRequest") -> Any:
    """What the SDK's deserializer makes of ``body``, or the exception it raises."""
    try:
        return SDK.deserialize_response_data(body, type_)
    except Exception as error:  # noqa: BLE001 (the SDK raises bare Exceptions)
        return error


def ours(body: bytes, cls: Any = wrmodel.WorkRequest) -> Any:
    try:
        return wrmodel.loads(body, cls)
    except DecodeError as error:
        return error


@attrs.define
class Tally:
    compared: int = 0
    only_sdk: int = 0
    only_wrmodel: int = 0
    neither: int = 0
    disagreements: list[tuple[bytes, dict[str, Any], dict[str, Any]]] = attrs.Factory(list)

    def add(self, body: bytes) -> None:
        a, b = ours(body), theirs(body)
        if isinstance(a, Exception) and isinstance(b, Exception):
            self.neither += 1
        elif isinstance(a, Exception):
            self.only_sdk += 1
        elif isinstance(b, Exception):
            self.only_wrmodel += 1
        else:
            self.compared += 1
            if canonical(a) != canonical(b):
                self.disagreements.append((body, canonical(a), canonical(b)))


def spellings(rng: random.Random, text: str) -> str:
    """Another valid RFC 3339 spelling of a ``…sssZ`` timestamp: case, fraction digits, offsets."""
    date, time_ = text[:-1].split("T")
    hms, fraction = time_.split(".")
    digits = fraction + "".join(rng.choice("0123456789") for _ in range(6))
    fraction = "" if rng.random() < 0.2 else "." + digits[: rng.randint(1, 9)]
    zone = rng.choice(["Z", "z", "+00:00", "-00:00", "Z"])
    return f"{date}{rng.choice('Tt')}{hms}{fraction}{zone}"


def documents(n: int, seed: int = 7) -> list[bytes]:
    """``n`` varied, valid API bodies: the benchmark's records with other spellings of their
    timestamps, enum values a newer API might send, nulls and extra keys.
    """
    rng = random.Random(seed)
    docs = []
    for record in corpus.records(n, seed):
        for key in ("timeAccepted", "timeStarted", "timeFinished"):
            if key in record and rng.random() < 0.5:
                record[key] = spellings(rng, record[key])
        for entry in record["logs"] + record["errors"]:
            if "timestamp" in entry and rng.random() < 0.3:
                entry["timestamp"] = spellings(rng, entry["timestamp"])
        if rng.random() < 0.1:
            record["status"] = rng.choice(["PAUSED", "accepted", "UNKNOWN_ENUM_VALUE"])
        if rng.random() < 0.1:
            record["operationType"] = "MOVE_COMPARTMENT"
        if record["resources"] and rng.random() < 0.1:
            record["resources"][0]["actionType"] = "ARCHIVED"
        if rng.random() < 0.1:
            record["compartmentId"] = None
        if rng.random() < 0.1:
            record["freeformTags"] = {"team": "iam"}
        docs.append(orjson.dumps(record))
    return docs


def tally(n: int) -> Tally:
    result = Tally()
    for body in [sample(name) for name in SAMPLES] + documents(n):
        result.add(body)
    return result


class TestAgreement:
    def test_samples(self):
        """The bundled samples decode to the same values in both."""
        for name in SAMPLES:
            body = sample(name)
            assert canonical(ours(body)) == canonical(theirs(body))

    def test_thousands_of_documents(self):
        """On thousands of varied valid documents, both accept and agree on every field."""
        result = tally(2000)
        assert result.disagreements == []
        assert result.compared == 2003
        assert (result.only_sdk, result.only_wrmodel, result.neither) == (0, 0, 0)

    @settings(max_examples=1000, deadline=None)
    @given(wire_work_requests)
    def test_generated(self, doc):
        """Where both accept a generated document, they agree on every field."""
        body = orjson.dumps(doc)
        a, b = ours(body), theirs(body)
        if not isinstance(a, Exception) and not isinstance(b, Exception):
            assert canonical(a) == canonical(b)


MINIMAL = {"id": "ocid1.wr", "operationType": "DELETE_COMPARTMENT", "status": "ACCEPTED"}

#: Documents the SDK reads without a word, and what it makes of them.
CORRUPTED = [
    ({**MINIMAL, "id": 123}, "$.id", lambda wr: wr.id == 123),
    (
        {**MINIMAL, "compartmentId": ["ocid1.c"]},
        "$.compartmentId",
        lambda wr: wr.compartment_id == ["ocid1.c"],
    ),
    ({**MINIMAL, "resources": "abc"}, "$.resources", lambda wr: len(wr.resources) == 3),
    ({**MINIMAL, "logs": "hi"}, "$.logs", lambda wr: len(wr.logs) == 2),
    (
        {**MINIMAL, "timeAccepted": "2016-08-25T21:10:29"},
        "$.timeAccepted",
        lambda wr: wr.time_accepted.tzinfo is None,
    ),
    (
        {**MINIMAL, "timeStarted": "2016-08-25"},
        "$.timeStarted",
        lambda wr: wr.time_started.hour == 0,
    ),
    (
        {**MINIMAL, "timeFinished": "Thu, 25 Aug 2016 21:10:29 GMT"},
        "$.timeFinished",
        lambda wr: wr.time_finished.year == 2016,
    ),
    (
        {**MINIMAL, "percentComplete": "50"},
        "$.percentComplete",
        lambda wr: wr.percent_complete == 50.0,
    ),
    (
        {**MINIMAL, "percentComplete": True},
        "$.percentComplete",
        lambda wr: wr.percent_complete == 1.0,
    ),
    (
        {**MINIMAL, "percentComplete": 250},
        "$.percentComplete",
        lambda wr: wr.percent_complete == 250.0,
    ),
    (
        {"operationType": "DELETE_COMPARTMENT", "status": "ACCEPTED"},
        "$.id",
        lambda wr: wr.id is None,
    ),
    ({"id": "x", "status": "ACCEPTED"}, "$.operationType", lambda wr: wr.operation_type is None),
    ({}, "$.status", lambda wr: wr.status is None),
    ({**MINIMAL, "status": 5}, "$.status", lambda wr: wr.status == "UNKNOWN_ENUM_VALUE"),
    (
        {**MINIMAL, "resources": [{"identifier": 1, "entityType": "c", "actionType": "DELETED"}]},
        "$.resources[0].identifier",
        lambda wr: wr.resources[0].identifier == 1,
    ),
    (
        {**MINIMAL, "errors": [{"code": "c"}]},
        "$.errors[0].message",
        lambda wr: wr.errors[0].message is None,
    ),
]


class TestWhatTheSdkCorrupts:
    @pytest.mark.parametrize(("doc", "path", "sdk_made"), CORRUPTED)
    def test_refused_naming_the_field(self, doc, path, sdk_made):
        """The SDK takes it silently (and makes this of it); wrmodel refuses it at the field."""
        body = orjson.dumps(doc)
        made = theirs(body)
        assert not isinstance(made, Exception)
        assert sdk_made(made)
        result = ours(body)
        assert isinstance(result, DecodeError)
        assert path in [p.path for p in result.problems]

    @pytest.mark.parametrize(
        ("body", "sdk_raises"),
        [
            (b"", None),
            (b"not json", None),
            (b"[1, 2", None),
            (b"{'id': 'x'}", TypeError),
            (b"\xff", UnicodeDecodeError),
        ],
    )
    def test_non_json_bodies(self, body, sdk_raises):
        """A body that is not JSON: the SDK makes an empty model (or raises a bare error of
        its own); wrmodel refuses it with a DecodeError at $.
        """
        made = theirs(body)
        if sdk_raises is None:
            assert isinstance(made, oci.identity.models.WorkRequest)
            assert made.id is None
        else:
            assert type(made) is sdk_raises
        result = ours(body)
        assert isinstance(result, DecodeError)
        assert result.problems[0].path == "$"

    @settings(max_examples=500, deadline=None)
    @given(wire_work_requests, st.data())
    def test_generated_corruptions(self, doc, data):
        """Any field of a valid document given a value of the wrong kind is refused at its path."""
        key = data.draw(st.sampled_from(sorted(k for k in doc if k != "resources" or doc[k])))
        wrong: dict[str, Any] = {
            "id": 123,
            "operationType": 7,
            "compartmentId": ["x"],
            "status": False,
            "resources": "abc",
            "errors": {"code": "c"},
            "logs": "hi",
            "timeAccepted": "2016-08-25",
            "timeStarted": "2016-08-25T21:10:29",
            "timeFinished": 1472159429,
            "percentComplete": "50",
        }
        body = orjson.dumps({**doc, key: wrong[key]})
        result = ours(body)
        assert isinstance(result, DecodeError)
        assert f"$.{key}" in [p.path for p in result.problems]


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    result = tally(n)
    print(f"documents: {n + len(SAMPLES)}; accepted by both and compared: {result.compared}")
    print(f"only the SDK accepted: {result.only_sdk}; only wrmodel: {result.only_wrmodel}")
    print(f"neither accepted: {result.neither}")
    print(f"disagreements: {len(result.disagreements)}")
    for body, a, b in result.disagreements[:5]:
        print(body[:200], {k: (a[k], b[k]) for k in a if a[k] != b[k]})
