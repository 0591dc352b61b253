import sys

import oci
import orjson
import pytest
from hypothesis import given

import wrmodel
from benchmarks.peers.oci_sdk import _CLIENT as SDK
from wrmodel import DecodeError, WorkRequest, WorkRequestSummary, from_sdk, to_sdk

from .strategies import models, sample

SAMPLES = [
    "01_accepted_minimal.json",
    "02_in_progress_resources_logs.json",
    "04_failed_with_errors.json",
]


class TestFromSdk:
    @pytest.mark.parametrize("name", SAMPLES)
    def test_samples(self, name):
        """What the SDK deserializes converts to what wrmodel decodes from the same body."""
        body = sample(name)
        assert from_sdk(SDK.deserialize_response_data(body, "WorkRequest")) == wrmodel.loads(body)

    def test_list_of_summaries(self):
        """A list of SDK summaries converts to a list."""
        docs = [orjson.loads(sample(n)) for n in SAMPLES]
        body = orjson.dumps([{k: v for k, v in d.items() if k != "logs"} for d in docs])
        theirs = SDK.deserialize_response_data(body, "list[WorkRequestSummary]")
        assert from_sdk(theirs) == wrmodel.loads(body, list[WorkRequestSummary])
        assert from_sdk([]) == []

    def test_validates_with_sdk_paths(self):
        """SDK objects carry anything: they are validated, paths in the SDK's names."""
        body = (
            b'{"id": 123, "operationType": "X", "status": "ACCEPTED", "resources": "ab",'
            b' "timeAccepted": "2016-08-25"}'
        )
        with pytest.raises(DecodeError) as info:
            from_sdk(SDK.deserialize_response_data(body, "WorkRequest"))
        paths = [p.path for p in info.value.problems]
        assert paths[0] == "$.id"
        assert "$.resources[0].action_type" in paths
        assert "$.resources[1].entity_type" in paths
        assert paths[-1] == "$.time_accepted"
        assert "datetime.datetime(2016, 8, 25, 0, 0)" in info.value.problems[-1].message

    def test_wrong_type(self):
        """Only the SDK's work-request models convert."""
        with pytest.raises(TypeError, match=r"expected one of oci\.identity\.models\.WorkRequest"):
            from_sdk(oci.identity.models.User())
        with pytest.raises(TypeError, match="expected one of"):
            from_sdk({"id": "x"})


class TestToSdk:
    @given(models)
    def test_round_trip(self, model):
        """to_sdk then from_sdk gives the value back (the SDK keeps no unknown values)."""
        _, obj = model
        back = from_sdk(to_sdk(obj))
        assert back == obj
        assert wrmodel.dumps(back, style="sdk") == wrmodel.dumps(obj, style="sdk")

    def test_sdk_serializes_it(self):
        """The SDK writes what to_sdk makes as it writes its own objects."""
        body = sample("02_in_progress_resources_logs.json")
        ours = to_sdk(wrmodel.loads(body))
        theirs = SDK.deserialize_response_data(body, "WorkRequest")
        assert oci.util.to_dict(ours) == oci.util.to_dict(theirs)
        assert SDK.sanitize_for_serialization(ours) == SDK.sanitize_for_serialization(theirs)

    def test_lists_and_raw_values(self):
        """Lists convert item by item; enum strings that came are handed to the SDK."""
        wr = WorkRequest(id="x", operation_type="NEW_OP", status="ACCEPTED")
        [sdk] = to_sdk([wr])
        assert isinstance(sdk, oci.identity.models.WorkRequest)
        assert sdk.status == "ACCEPTED"
        assert sdk.operation_type == "UNKNOWN_ENUM_VALUE"  # the SDK's own setter drops it

    def test_wrong_type(self):
        """Only wrmodel models convert."""
        with pytest.raises(TypeError, match="expected a wrmodel model"):
            to_sdk({"id": "x"})


class TestWithoutOci:
    def test_names_the_extra(self, monkeypatch):
        """Without the SDK installed, a clear error names the extra."""
        monkeypatch.setitem(sys.modules, "oci", None)
        monkeypatch.delitem(sys.modules, "oci.identity", raising=False)
        monkeypatch.delitem(sys.modules, "oci.identity.models", raising=False)
        with pytest.raises(ImportError, match=r"pip install 'wrmodel\[oci\]'"):
            from_sdk(object())
        with pytest.raises(ImportError, match=r"wrmodel\[oci\]"):
            to_sdk(WorkRequest(id="x", operation_type="X", status="ACCEPTED"))
