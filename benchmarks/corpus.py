"""A deterministic, seeded corpus of work requests in the wire form (camelCase JSON).

Mixed statuses, 0-5 resources, 0-3 errors, 0-10 log entries, millisecond RFC 3339
timestamps and, now and then, non-ASCII text. The same seed and size give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import orjson

STATUSES = ("ACCEPTED", "IN_PROGRESS", "FAILED", "SUCCEEDED", "CANCELING", "CANCELED")
TERMINAL = ("FAILED", "SUCCEEDED", "CANCELED")
OPERATIONS = ("DELETE_COMPARTMENT", "DELETE_TAG_DEFINITION")
ACTIONS = ("CREATED", "UPDATED", "DELETED", "RELATED", "IN_PROGRESS", "FAILED")
ENTITIES = ("compartment", "tenancy", "tagdefinition", "instance", "vcn")
MESSAGES = (
    "Work request accepted.",
    "Verifying that the compartment contains no active resources.",
    "Deleting tag definition.",
    "Résumé du travail : étape terminée.",  # non-ASCII now and then
    "Compartment deletion failed; see errors.",
    "作業要求が完了しました。",
)
CODES = ("CompartmentNotEmpty", "InternalError", "NotAuthorized", "Conflict")
SIZES = (1, 100, 10_000)

_EPOCH = dt.datetime(2016, 8, 25, 21, 10, 29, 600000, tzinfo=dt.UTC)


def _ocid(rng: random.Random, kind: str) -> str:
    return f"ocid1.{kind}.oc1..aaaaaaaa{rng.getrandbits(200):050x}"


def _time(start: dt.datetime, rng: random.Random) -> tuple[dt.datetime, str]:
    t = start + dt.timedelta(milliseconds=rng.randrange(1, 5_000_000))
    return t, t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def record(rng: random.Random) -> dict[str, Any]:
    """One work request, as the API sends it."""
    status = rng.choice(STATUSES)
    compartment = _ocid(rng, "compartment")
    doc: dict[str, Any] = {
        "id": _ocid(rng, "workrequest"),
        "operationType": rng.choice(OPERATIONS),
        "compartmentId": compartment,
        "status": status,
    }
    doc["resources"] = [
        {
            "identifier": compartment if i == 0 else _ocid(rng, "tenancy"),
            "entityType": rng.choice(ENTITIES),
            "actionType": rng.choice(ACTIONS),
            **(
                {"entityUri": f"/20160918/compartments/{compartment}"} if rng.random() < 0.6 else {}
            ),
        }
        for i in range(rng.randrange(6))
    ]
    now, text = _time(_EPOCH + dt.timedelta(days=rng.randrange(3000)), rng)
    doc["timeAccepted"] = text
    times = []
    for _ in range(rng.randrange(11)):
        now, text = _time(now, rng)
        times.append(text)
    doc["errors"] = [
        {
            "code": rng.choice(CODES),
            "message": rng.choice(MESSAGES),
            **({"timestamp": _time(now, rng)[1]} if rng.random() < 0.8 else {}),
        }
        for _ in range(rng.randrange(4))
    ]
    doc["logs"] = [{"message": rng.choice(MESSAGES), "timestamp": t} for t in times]
    if status != "ACCEPTED":
        now, doc["timeStarted"] = _time(now, rng)
    if status in TERMINAL:
        now, doc["timeFinished"] = _time(now, rng)
    doc["percentComplete"] = 100.0 if status == "SUCCEEDED" else float(rng.randrange(0, 1001)) / 10
    return doc


#: The corpora of the benchmarks: what users have.
KINDS = ("full", "summaries", "newer")

#: What a newer API sends that this version does not know.
NEW_STATUSES = ("WAITING", "NEEDS_ATTENTION")
NEW_OPERATIONS = ("MOVE_COMPARTMENT", "CREATE_DOMAIN", "BULK_DELETE_RESOURCES")
NEW_ACTIONS = ("PURGED", "RESTORED")


def summary(rng: random.Random) -> dict[str, Any]:
    """One work request as ``list_work_requests`` gives it: no logs."""
    doc = record(rng)
    del doc["logs"]
    return doc


def newer(rng: random.Random) -> dict[str, Any]:
    """One work request of a newer API: 5% with a status or an operation type this version
    does not know, 3% with a key it does not know, 2% with a resource action it does not know.
    """
    doc = record(rng)
    draw = rng.random()
    if draw < 0.025:
        doc["status"] = rng.choice(NEW_STATUSES)
    elif draw < 0.05:
        doc["operationType"] = rng.choice(NEW_OPERATIONS)
    elif draw < 0.08:
        doc["definedTags"] = {"Operations": {"CostCenter": str(rng.randrange(1000))}}
    elif draw < 0.10 and doc["resources"]:
        doc["resources"][0]["actionType"] = rng.choice(NEW_ACTIONS)
    return doc


_MAKERS = {"full": record, "summaries": summary, "newer": newer}


def records(n: int, seed: int = 20160918, kind: str = "full") -> list[dict[str, Any]]:
    """``n`` work requests of the corpus ``kind`` (``KINDS``), the same for the same seed."""
    rng = random.Random(seed)
    make = _MAKERS[kind]
    return [make(rng) for _ in range(n)]


def corpus(n: int, seed: int = 20160918, kind: str = "full") -> bytes:
    """``n`` work requests of the corpus ``kind`` as one JSON array."""
    return orjson.dumps(records(n, seed, kind))
