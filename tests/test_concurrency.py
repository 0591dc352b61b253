import concurrent.futures
import multiprocessing
import pathlib
import pickle
import subprocess
import sys
import threading
import types

import orjson

import wrmodel
from benchmarks import corpus
from wrmodel import DecodeError, WorkRequest, WorkRequestSummary

from .strategies import sample

DATA = corpus.corpus(60)
GOLDEN = pathlib.Path(__file__).parent / "golden" / "objects.pickle"
SAMPLES = [
    "01_accepted_minimal.json",
    "02_in_progress_resources_logs.json",
    "04_failed_with_errors.json",
]


def work(_: int = 0) -> list[bytes]:
    """Decode and encode the corpus every way: what each thread or process must agree on."""
    wrs = wrmodel.loads(DATA, list[WorkRequest])
    out = [wrmodel.dumps(wrs, style=style) for style in ("api", "sdk", "cli")]
    out.append(
        orjson.dumps(
            wrmodel.unstructure(wrmodel.structure(orjson.loads(DATA), list[WorkRequestSummary]))
        )
    )
    samples = [wrmodel.loads(sample(n)) for n in SAMPLES]
    out += [wrmodel.dumps(list(wrmodel.events.history(wr))) for wr in samples[1:]]
    try:
        wrmodel.loads(b'[{"id": 1}]', list[WorkRequest])
    except DecodeError as error:
        out.append(str(error).encode())
    return out


def decode_in_child(data: bytes) -> list[WorkRequest]:
    return wrmodel.loads(data, list[WorkRequest])


def fail_in_child(data: bytes) -> WorkRequest:
    return wrmodel.loads(data)


def fingerprint(value: object, depth: int = 0) -> object:
    """What can change of a value held by a module: containers' contents, objects' attributes."""
    if depth > 6:
        return id(value)
    if isinstance(value, dict | types.MappingProxyType):
        return {repr(k): fingerprint(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | set):
        return [id(v) for v in value]
    if (
        type(value).__module__.startswith("wrmodel")
        and hasattr(value, "__dict__")
        and not isinstance(value, type)
    ):
        return fingerprint(vars(value), depth + 1)
    return id(value)


def module_state() -> dict[str, object]:
    return {
        f"{name}.{attr}": fingerprint(value)
        for name, module in sorted(sys.modules.items())
        if name == "wrmodel" or name.startswith("wrmodel.")
        for attr, value in vars(module).items()
        if not attr.startswith("__")
    }


class TestThreads:
    def test_eight_threads_agree(self):
        """loads, dumps, structure, unstructure from 8 threads at once give identical results."""
        expected = work()
        barrier = threading.Barrier(8)

        def run(i: int) -> list[bytes]:
            barrier.wait()
            return [b for _ in range(3) for b in work(i)]

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            results = list(pool.map(run, range(8)))
        assert all(r == expected * 3 for r in results)


class TestProcesses:
    def test_process_pool(self):
        """Objects and errors cross a process pool, pickled, and arrive equal."""
        context = multiprocessing.get_context("spawn")
        with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as pool:
            decoded = pool.submit(decode_in_child, DATA).result()
            assert decoded == wrmodel.loads(DATA, list[WorkRequest])
            error = pool.submit(fail_in_child, b'{"id": 1}').exception()
        assert isinstance(error, DecodeError)
        assert [p.path for p in error.problems] == ["$.id", "$.operationType", "$.status"]

    def test_golden_pickles_load_in_a_fresh_interpreter(self):
        """Pickles made by this version (pinned in tests/golden) load in a fresh interpreter.

        They were made before Unknown had its field ``verbatim``: fields added since a pickle
        was made get their defaults.
        """
        code = (
            "import pickle, sys, wrmodel\n"
            "objs = pickle.loads(sys.stdin.buffer.read())\n"
            "print(repr(objs[:5]))\n"
            "print(str(objs[-1]))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], input=GOLDEN.read_bytes(), capture_output=True, check=True
        )
        objs = pickle.loads(GOLDEN.read_bytes())
        assert result.stdout.decode().splitlines()[0] == repr(objs[:5])
        assert objs[:3] == [wrmodel.loads(sample(n)) for n in SAMPLES]
        assert objs[3].unknown.keys == {"tags": {"a": (1, 2)}}
        assert objs[3].unknown.verbatim == {}
        assert wrmodel.events.replay(objs[4]) == objs[2]
        assert isinstance(objs[5], DecodeError)
        assert str(objs[5]).startswith("3 problems decoding WorkRequest")


class TestNoMutableState:
    def test_module_state_unchanged(self):
        """No module-level state changes when the API is used, from any thread."""
        before = module_state()
        work()
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            list(pool.map(work, range(4)))
        list(wrmodel.iter_jsonl(DATA.splitlines()))
        wrmodel.json_schema()
        assert module_state() == before
