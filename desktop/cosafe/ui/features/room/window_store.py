"""The room's way into the window's project: a ``RoomStore`` whose jobs run on the UI thread.

Contract (``cosafe.room.writer.RoomStore``, as the window keeps it):
- ``read(job)`` / ``write(build)`` may be called from any thread (the room's server
  thread). Each job is queued and the UI thread is woken by a queued signal; the caller
  gets a ``concurrent.futures.Future`` at once and waits on it (the server awaits it
  without blocking its event loop), so the UI thread never waits on the server.
- On the UI thread, jobs run one at a time, in the order given, in the caller's
  ``contextvars`` context (the room's language), never while a progress job's worker
  holds the store (a merge, an import: ``progress_job.store_in_use``): they wait for it
  to return, as a pin written meanwhile would land in the worker's transaction, on the
  same connection, and go with its rollback. A write builds its edit from the store
  as it is then and makes it with ``ProjectSession.perform``: one transaction, one undo
  step under the edit's label ("Pin from phone P14"), and the map and panels hear
  ``changed`` at once. If ``perform`` fails (the disk is full…), the future gets a
  ``ProjectError`` with the session's message and nothing is stored; a build that
  refuses (a bad field, a spent budget) passes its exception on the same way.
- ``close()`` (UI thread) takes no more jobs: jobs not yet run, and any given later,
  end with ``WorkshopGone`` (the phone hears "The room is closed.", nothing stored), so
  closing the room or the project never waits on a phone.
"""

from __future__ import annotations

import concurrent.futures
import contextvars
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from cosafe.core.edits import Edit
from cosafe.room.contributions import WorkshopGone
from cosafe.store.errors import ProjectError
from cosafe.store.project_store import ProjectStore
from cosafe.ui.kit import progress_job
from cosafe.ui.session import ProjectSession

_Job = tuple[concurrent.futures.Future, contextvars.Context, Callable[[ProjectStore], Any], bool]


class WindowRoomStore(QObject):
    """A RoomStore for the window (see the module contract); make it on the UI thread."""

    _wake = Signal()

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._jobs: deque[_Job] = deque()
        self._lock = threading.Lock()
        self._closed = False
        self._failure = ""
        # Queued: emitted from the server's thread, the slot runs on this object's (the UI) thread.
        self._wake.connect(self._run_next, Qt.ConnectionType.QueuedConnection)

    def read(self, job: Callable[[ProjectStore], Any]) -> concurrent.futures.Future:
        return self._post(job, write=False)

    def write(self, build: Callable[[ProjectStore], Edit]) -> concurrent.futures.Future:
        return self._post(build, write=True)

    def _post(self, job: Callable[[ProjectStore], Any], *, write: bool) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        with self._lock:
            if self._closed:
                future.set_exception(WorkshopGone("the room is closed"))
                return future
            self._jobs.append((future, contextvars.copy_context(), job, write))
        self._wake.emit()  # one wake per job: the UI thread runs one job per turn of its event loop
        return future

    def _run_next(self) -> None:
        if progress_job.store_in_use():  # woken inside a job's progress dialog: after the job
            progress_job.when_store_free(lambda: shiboken6.isValid(self) and self._run_next())
            return
        with self._lock:
            if not self._jobs:
                return
            future, context, job, write = self._jobs.popleft()
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = context.run(self._make if write else job, job if write else self._session.store)
        except Exception as error:  # the build's refusal or the store's failure goes to the phone's request
            future.set_exception(error)
        else:
            future.set_result(result)

    def _make(self, build: Callable[[ProjectStore], Edit]) -> Edit:
        edit = build(self._session.store)
        self._failure = ""
        self._session.error.connect(self._note_failure)
        try:
            made = self._session.perform(edit)
        finally:
            self._session.error.disconnect(self._note_failure)
        if not made:
            raise ProjectError(self._failure)
        return edit

    def _note_failure(self, _title: str, message: str) -> None:
        self._failure = message

    def pending(self) -> int:
        """How many jobs wait for the UI thread."""
        with self._lock:
            return len(self._jobs)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            left, self._jobs = list(self._jobs), deque()
        for future, *_rest in left:
            if future.set_running_or_notify_cancel():
                future.set_exception(WorkshopGone("the room is closed"))
