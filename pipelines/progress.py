"""A dependency-free progress line with a rate, for long ingests and extractions in a terminal."""

from __future__ import annotations

import sys
import time


class Progress:
    """Writes `label: done/total (rate/s)` to stderr when it is a terminal, else only the end."""

    def __init__(self, label: str, total: int, stream=None) -> None:
        self.label = label
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self._last_draw = 0.0
        self.interactive = bool(getattr(self.stream, "isatty", lambda: False)())

    def __enter__(self) -> Progress:
        return self

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.interactive and now - self._last_draw > 0.2:
            self._last_draw = now
            self._draw(end="\r")

    def rate(self) -> float:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return self.done / elapsed

    def _draw(self, end: str) -> None:
        width = 30
        filled = int(width * self.done / self.total) if self.total else width
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(
            f"{self.label:>8} [{bar}] {self.done}/{self.total} articles {self.rate():,.0f}/s{end}"
        )
        self.stream.flush()

    def __exit__(self, *exc: object) -> None:
        if self.total:
            self._draw(end="\n")
