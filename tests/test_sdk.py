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


class TestCallSdk:
    """call_sdk against the real SDK clients, pointed at a local endpoint."""

    def client(self, service, make):
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        endpoint, _, folder = service
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        (folder / "key.pem").write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.TraditionalOpenSSL,
                serialization.NoEncryption(),
            )
        )
        config = {
            "user": "ocid1.user.oc1..aaaa",
            "fingerprint": ":".join(["aa"] * 16),
            "key_file": str(folder / "key.pem"),
            "tenancy": "ocid1.tenancy.oc1..aaaa",
            "region": "us-ashburn-1",
        }
        return make(config, service_endpoint=endpoint, retry_strategy=oci.retry.NoneRetryStrategy())

    def test_nothing_lost(self, service):
        """A status the SDK drops is kept; headers stay; the SDK's own calls are untouched."""
        _, bodies, _ = service
        doc = {"id": "w1", "operationType": "DELETE_COMPARTMENT", "status": "WAITING"}
        bodies["/20160918/workRequests/w1"] = orjson.dumps(doc)
        client = self.client(service, oci.identity.IdentityClient)
        assert client.get_work_request("w1").data.status == "UNKNOWN_ENUM_VALUE"  # the SDK
        response = wrmodel.call_sdk(client.get_work_request, "w1")
        assert response.data == wrmodel.loads(orjson.dumps(doc))
        assert response.headers["opc-request-id"] == "req-1"
        assert orjson.loads(wrmodel.dumps(response.data)) == doc
        assert isinstance(client.get_work_request("w1").data, oci.identity.models.WorkRequest)

    def test_lists_and_other_families(self, service):
        """A list call gives a list of its class; the Work Requests service's, its own."""
        _, bodies, _ = service
        docs = [{"id": "w1", "operationType": "BULK_MOVE", "status": "ACCEPTED"}]
        bodies["/20160918/workRequests"] = orjson.dumps(docs)
        identity = self.client(service, oci.identity.IdentityClient)
        listed = wrmodel.call_sdk(identity.list_work_requests, "ocid1.compartment.oc1..c")
        assert listed.data == [wrmodel.structure(docs[0], wrmodel.WorkRequestSummary)]
        doc = {
            "operationType": "CREATE_BUCKET",
            "status": "WAITING",
            "id": "w2",
            "compartmentId": "c",
            "resources": [],
            "percentComplete": 5,
            "timeAccepted": "2016-08-25T21:10:29.600Z",
        }
        bodies["/20160918/workRequests/w2"] = orjson.dumps(doc)
        client = self.client(service, oci.work_requests.WorkRequestClient)
        got = wrmodel.call_sdk(client.get_work_request, "w2").data
        assert type(got) is wrmodel.work_requests.WorkRequest
        assert orjson.loads(wrmodel.dumps(got)) == doc

    def test_bad_bodies_and_calls(self, service):
        """A body that is not a valid work request is a DecodeError; other calls a TypeError."""
        _, bodies, _ = service
        bodies["/20160918/workRequests/bad"] = b'{"id": 7}'
        bodies["/20160918/users/u1"] = b'{"id": "u1"}'
        client = self.client(service, oci.identity.IdentityClient)
        with pytest.raises(wrmodel.DecodeError, match=r"\$\.id: expected a string, got 7"):
            wrmodel.call_sdk(client.get_work_request, "bad")
        with pytest.raises(TypeError, match="returns User, not a work request"):
            wrmodel.call_sdk(client.get_user, "u1")
        with pytest.raises(TypeError, match="expected a method of an OCI SDK client"):
            wrmodel.call_sdk(len, "x")
        with pytest.raises(wrmodel.DecodeError, match=r"\$\.message: required field is missing"):
            wrmodel.call_sdk(client.get_user, "u1", cls=wrmodel.WorkRequestLogEntry)

    def test_paging(self, service):
        """The SDK's paginators take sdk_method: every page read as it came (27.8)."""
        _, bodies, _ = service
        docs = [
            {"id": f"w{i}", "operationType": "BULK_MOVE", "status": status}
            for i, status in enumerate(["ACCEPTED", "WAITING", "NEEDS_ATTENTION"])
        ]
        bodies["/20160918/workRequests"] = [orjson.dumps(docs[:2]), orjson.dumps(docs[2:])]
        client = self.client(service, oci.identity.IdentityClient)
        method = wrmodel.sdk_method(client.list_work_requests)
        assert method.__name__ == "list_work_requests"
        listed = oci.pagination.list_call_get_all_results(method, "ocid1.compartment.oc1..c")
        want = [wrmodel.structure(d, wrmodel.WorkRequestSummary) for d in docs]
        assert listed.data == want
        assert [orjson.loads(wrmodel.dumps(x)) for x in listed.data] == docs
        records = oci.pagination.list_call_get_all_results_generator(
            wrmodel.sdk_method(client.list_work_requests, cls=list[wrmodel.WorkRequestSummary]),
            "record",
            "ocid1.compartment.oc1..c",
        )
        assert list(records) == want
        with pytest.raises(TypeError, match="expected a method of an OCI SDK client"):
            wrmodel.sdk_method(len)
