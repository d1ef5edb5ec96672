"""The one writer: how the room reaches the project, so every edit has one owner.

The project store is one SQLite connection used by one thread at a time, every edit is
one transaction, and in the window every edit is one undo step made on the UI thread.
The room's server runs elsewhere (an event loop in its own thread beside the window, or
the main thread of ``cosafe room``), so it never touches the store itself: it hands jobs
to a ``RoomStore``.

Contract of a ``RoomStore``:
- ``read(job)`` runs ``job(store)`` where the store's owner runs and returns a
  ``concurrent.futures.Future`` of its result. A job only reads.
- ``write(build)`` runs ``build(store)``, which looks at the project as it is now and
  returns the ``core.edits.Edit`` to make (or raises to refuse: the exception goes to
  the future and nothing is written), then makes that edit as one transaction — in the
  window through ``ProjectSession.perform``, so it is one undo step under the edit's
  label ("Pin from phone P14"). The future's result is the edit. Building and making
  happen in one go on the owner's thread, with no other job between them, so a check
  made while building (a vote budget, the next free participant code) still holds
  when the edit is written.
- Jobs run one at a time, in the order given, in the ``contextvars`` context of the
  caller (so a job speaks the language the request is answered in).
- ``close()`` lets the jobs already given finish and takes no more.

``StoreWriter`` is the headless one (``cosafe room``): one thread owns the store and
makes each edit with ``edit.apply(store)`` (one transaction, no undo history). The
window's is ``ui.features.room.window_store.WindowRoomStore``: it posts each job to the UI
thread and writes through the session (there ``close()`` refuses the jobs not yet run).
"""

from __future__ import annotations

import concurrent.futures
import contextvars
from collections.abc import Callable
from typing import Protocol, TypeVar

from cosafe.core.edits import Edit
from cosafe.store.project_store import ProjectStore

T = TypeVar("T")


class RoomStore(Protocol):
    """The room's one way into the project (see the module contract)."""

    def read(self, job: Callable[[ProjectStore], T]) -> concurrent.futures.Future[T]: ...

    def write(self, build: Callable[[ProjectStore], Edit]) -> concurrent.futures.Future[Edit]: ...

    def close(self) -> None: ...


class StoreWriter:
    """A ``RoomStore`` for the headless room: one thread owns ``store`` and makes every edit."""

    def __init__(self, store: ProjectStore) -> None:
        self._store = store
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="cosafe-room-store")

    def read(self, job: Callable[[ProjectStore], T]) -> concurrent.futures.Future[T]:
        return self._executor.submit(contextvars.copy_context().run, job, self._store)

    def write(self, build: Callable[[ProjectStore], Edit]) -> concurrent.futures.Future[Edit]:
        return self._executor.submit(contextvars.copy_context().run, self._make, build)

    def _make(self, build: Callable[[ProjectStore], Edit]) -> Edit:
        edit = build(self._store)
        edit.apply(self._store)
        return edit

    def close(self) -> None:
        self._executor.shutdown(wait=True)
