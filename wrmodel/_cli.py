"""The ``wrmodel`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import resources

from ._converter import dumps, loads

SAMPLE = "02_in_progress_resources_logs.json"


def sample(name: str = SAMPLE) -> bytes:
    """The bytes of a bundled sample document."""
    return resources.files("wrmodel").joinpath("samples", name).read_bytes()


def demo() -> int:
    """Decode a bundled sample, re-encode it unchanged, and print both."""
    data = sample()
    wr = loads(data)
    out = sys.stdout
    out.write(f"Read {SAMPLE} ({len(data)} bytes, the API's wire form):\n\n")
    out.write(data.decode().rstrip() + "\n\n")
    out.write(f"Decoded:\n\n{wr!r}\n\n")
    again = dumps(wr)
    out.write(f"Re-encoded ({len(again)} bytes; decodes equal: {loads(again) == wr}):\n\n")
    out.write(again.decode() + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process's arguments)."""
    parser = argparse.ArgumentParser(prog="wrmodel", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("demo", help="decode and re-encode a bundled sample")
    parser.parse_args(argv)
    return demo()
