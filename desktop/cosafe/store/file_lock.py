"""An advisory lock that tells other CoSafe windows and processes a project is open.

It is a ``flock`` on the project file itself, so no side file is left behind after a
crash (the kernel drops the lock with the process). ``flock`` locks are separate
from the POSIX record locks SQLite uses, so they never interfere with SQLite; and
they belong to one open file description, so a second window in the same process
is refused just like another process. Where ``fcntl`` does not exist the lock is
a no-op.
"""

from __future__ import annotations

import os

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Linux/macOS
    fcntl = None  # type: ignore[assignment]


class ProjectLock:
    """Hold an exclusive lock on a project file while it is open for editing."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; return False when another holder has it."""
        if fcntl is None:
            return True
        fd = os.open(self._path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        """Drop the lock (harmless when not held)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def file_identity(self) -> tuple[int, int] | None:
        """(device, inode) of the locked file, to notice it was replaced or deleted."""
        if self._fd is None:
            return None
        status = os.fstat(self._fd)
        return status.st_dev, status.st_ino


def is_locked(path: str) -> bool:
    """True when some CoSafe window or process holds the project lock on ``path``."""
    lock = ProjectLock(path)
    if lock.acquire():
        lock.release()
        return False
    return True
