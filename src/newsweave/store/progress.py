"""A rich progress bar (rate and ETA) on stderr, shown only on a terminal and only once a run has
taken more than a couple of seconds; otherwise nothing is drawn and updates cost next to nothing."""

from __future__ import annotations

import sys
import time


class Meter:
    """``Meter("ingest", total=bytes, unit="articles")``; ``update(completed=..., count=...)``.

    ``total``/``completed`` drive the bar and the ETA (bytes read for ingest, articles for
    analyse); ``count`` is the number of items done, shown with its rate. ``total=None``
    gives a bar without an ETA.
    """

    def __init__(self, label: str, total: float | None, unit: str = "articles",
                 enabled: bool | None = None, delay: float = 2.0, stream=None):
        self.label, self.total, self.unit, self.delay = label, total, unit, delay
        stream = stream or sys.stderr
        if enabled is None:
            try:
                enabled = stream.isatty()
            except (AttributeError, ValueError):
                enabled = False
        self.enabled = enabled
        self.stream = stream
        self.start = time.monotonic()
        self.completed = 0.0
        self.count = 0
        self._progress = None
        self._task = None
        self._last = 0.0

    def update(self, completed: float | None = None, advance: float = 0, count: int | None = None) -> None:
        if completed is not None:
            self.completed = completed
        self.completed += advance
        if count is not None:
            self.count = count
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1:
            return
        self._last = now
        if self._progress is None:
            if now - self.start < self.delay:
                return
            self._open()
        self._progress.update(self._task, completed=self.completed, info=self._info(now))

    def _info(self, now: float) -> str:
        elapsed = max(now - self.start, 1e-9)
        m, sec = divmod(int(elapsed), 60)
        return f"{self.count:,} {self.unit} ({self.count / elapsed:,.0f}/s) {m // 60}:{m % 60:02d}:{sec:02d}"

    def _open(self) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, Progress, TaskProgressColumn, TextColumn,
                                   TimeRemainingColumn)

        self._progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[info]}"), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(file=self.stream), transient=False)
        self._progress.start()
        self._task = self._progress.add_task(self.label, total=self.total, completed=self.completed,
                                             info=self._info(time.monotonic()))

    def close(self) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=self.total or self.completed,
                                  info=self._info(time.monotonic()))
            self._progress.stop()
            self._progress = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
