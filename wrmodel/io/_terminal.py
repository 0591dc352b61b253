"""What the command shows: its output, its error lines, its progress bar."""

from __future__ import annotations

import sys
import time
from typing import IO

import orjson

from wrmodel.lifecycle._summary import count_of

#: Inputs larger than this get a progress bar, on a terminal.
PROGRESS_FROM = 1 << 20


class Output:
    """A binary stream written whole, however short the writes beneath it are.

    A pipe whose reader goes away mid-write takes part of a large write and says so only
    by the count (``BufferedWriter.write`` then returns it); writing on finds the closed
    pipe, so ``BrokenPipeError`` is raised and the command exits 141.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[self.stream.write(view) :]


def say_error(message: object) -> None:
    """Say ``wrmodel: error: message`` on stderr, after what stdout holds so far."""
    sys.stdout.flush()
    print(f"wrmodel: error: {message}", file=sys.stderr)


def json_line(value: object) -> None:
    print(orjson.dumps(value).decode())


class Progress:
    """A progress bar on ``stream`` when it is a terminal and the input is large.

    With a known size, the share read; without (standard input), the bytes read. It reads
    through ``read``, counting the bytes (of a gzip file, those of the file as stored).
    """

    def __init__(
        self, total: int | None, stream: IO[str], file: IO[bytes] | None = None, name: str = ""
    ) -> None:
        self.total = total
        self.stream = stream
        self.file = file
        #: The file's name: a name ending in ``.gz`` is read as gzip data.
        self.name = name
        self.terminal = stream.isatty()
        self.shown = False
        self.done = 0
        self.records = 0
        self._last = float("-inf")

    def read(self, size: int) -> bytes:
        """Read from the file, counting."""
        assert self.file is not None  # noqa: S101 (given whenever read is used)
        data = self.file.read(size)
        self.done += len(data)
        return data

    def record(self) -> None:
        self.records += 1
        now = time.monotonic()
        if self.terminal and self.done >= PROGRESS_FROM and now - self._last >= 0.1:  # noqa: PLR2004
            self._last = now
            if self.total:
                share = min(1.0, self.done / self.total)
                bar = "#" * int(share * 30)
                text = f"[{bar:<30}] {share:4.0%} {count_of(self.records, 'record')}"
            else:
                text = f"{self.done / 2**20:.1f} MiB read, {count_of(self.records, 'record')}"
            self.stream.write(f"\r{text:<60}")
            self.stream.flush()
            self.shown = True

    def clear(self) -> None:
        """Erase the bar, if one is shown (before a line is printed; the next record redraws it)."""
        if self.shown:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()
            self.shown = False
            self._last = float("-inf")

    close = clear
