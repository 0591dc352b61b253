"""Pytest's configuration of the tests."""

import os

import pytest
from hypothesis import HealthCheck, settings

# typing: type-checked by mypy in CI, never run; fuzz: atheris harnesses, run by hand.
collect_ignore = ["typing", "fuzz"]

if "MUTANT_UNDER_TEST" in os.environ:  # mutmut runs a test from several executors
    settings.register_profile("mutmut", suppress_health_check=[HealthCheck.differing_executors])
    settings.load_profile("mutmut")


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    """An HTTP server on loopback answering each path with the body set for it."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs

    bodies: dict[str, bytes | list[bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            path, _, query = self.path.partition("?")
            body = bodies[path]
            pages = body if isinstance(body, list) else [body]  # a list call's pages
            page = int(parse_qs(query).get("page", ["0"])[0])
            body = pages[page]
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("opc-request-id", "req-1")
            if page + 1 < len(pages):
                self.send_header("opc-next-page", str(page + 1))
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", bodies, tmp_path_factory.mktemp("k")
    server.shutdown()
    server.server_close()
