"""The list of recently opened projects, kept in QSettings (most recent first, at most 10).

Contract: paths are stored absolute and unique; ``paths()`` never fails on a
damaged settings value (it returns what it can read). Whether a file still exists
is checked by the caller when the user picks it, so a USB stick that is plugged in
later still shows its projects.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

RECENT_KEY = "recentProjects"
RECENT_LIMIT = 10


class RecentFiles:
    """Read and update the recent-projects list in the application's QSettings."""

    def __init__(self, limit: int = RECENT_LIMIT) -> None:
        self._limit = limit

    def paths(self) -> list[str]:
        value = QSettings().value(RECENT_KEY, [])
        # INI settings return a lone string for a one-item list, None for an empty one.
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(p) for p in value if isinstance(p, str) and p][: self._limit]

    def add(self, path: str) -> None:
        path = os.path.abspath(path)
        self._write([path] + [p for p in self.paths() if p != path])

    def remove(self, path: str) -> None:
        path = os.path.abspath(path)
        self._write([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._write([])

    def _write(self, paths: list[str]) -> None:
        settings = QSettings()
        settings.setValue(RECENT_KEY, paths[: self._limit])
        settings.sync()
