"""The window's RoomStore: jobs from another thread run on the UI thread, in order; a failed write stores
nothing and tells why; closing refuses what is still queued."""

from __future__ import annotations

import concurrent.futures
import threading

import pytest
import shapely
from PySide6.QtCore import QObject, Qt, Signal

from cosafe.core.edits import AddRecord
from cosafe.core.records import PerceptionPin
from cosafe.room.contributions import WorkshopGone
from cosafe.store.errors import ProjectError
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.room.window_store import WindowRoomStore
from cosafe.ui.kit.progress_job import run_with_progress
from cosafe.ui.session import ProjectSession


def _pin(label: str):
    return lambda store: AddRecord(PerceptionPin(geom=shapely.Point(36.85, -1.28), time_of_day="day"), label)


def test_writes_from_another_thread_run_on_the_ui_thread_in_order_as_undo_steps(qtbot, tmp_path):
    store = ProjectStore.create(str(tmp_path / "p.gpkg"), name="P")
    session = ProjectSession(store)
    writer = WindowRoomStore(session)
    threads: list[str] = []

    def post() -> list[concurrent.futures.Future]:
        return [writer.write(_pin(f"Pin from phone P0{n}")) for n in range(1, 4)] + [
            writer.read(lambda s: threads.append(threading.current_thread().name) or s.count(PerceptionPin))]

    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="server") as pool:
        futures = pool.submit(post).result()
    assert not any(future.done() for future in futures)  # nothing runs until the UI thread turns
    qtbot.waitUntil(lambda: all(future.done() for future in futures), timeout=5000)
    assert futures[-1].result() == 3 and threads == [threading.main_thread().name]
    assert [session.undo_stack.text(i) for i in range(3)] == ["Pin from phone P01", "Pin from phone P02",
                                                              "Pin from phone P03"]
    writer.close()
    refused = writer.write(_pin("too late"))
    with pytest.raises(WorkshopGone):
        refused.result(timeout=1)
    session.close()


def test_a_write_that_fails_stores_nothing_and_closing_refuses_what_waits(qtbot, tmp_path):
    path = tmp_path / "p.gpkg"
    ProjectStore.create(str(path), name="P").close()
    session = ProjectSession(ProjectStore.open(str(path), read_only=True))
    writer = WindowRoomStore(session)
    failed = writer.write(_pin("Pin from phone P01"))
    qtbot.waitUntil(failed.done, timeout=5000)
    with pytest.raises(ProjectError, match="read-only"):
        failed.result()
    assert session.undo_stack.count() == 0 and session.store.count(PerceptionPin) == 0
    waiting = writer.write(_pin("Pin from phone P02"))
    writer.close()  # before the UI thread turned: refused, not run
    with pytest.raises(WorkshopGone):
        waiting.result(timeout=1)
    qtbot.wait(50)
    assert session.undo_stack.count() == 0
    session.close()


class _Relay(QObject):
    """The worker emits ``reached`` and waits until the UI thread has handled it, and so
    every event posted before it (a queued connection: the relay lives on the UI thread)."""

    reached = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.handled = threading.Event()
        self.reached.connect(self.handled.set, Qt.ConnectionType.QueuedConnection)

    def wait_in_worker(self) -> None:
        self.reached.emit()
        assert self.handled.wait(30)


def test_a_write_waits_while_a_progress_job_holds_the_store(qtbot, tmp_path):
    """A merge or an import runs in a worker on the window's connection: a phone's pin written
    meanwhile on the UI thread would land in the worker's transaction."""
    store = ProjectStore.create(str(tmp_path / "p.gpkg"), name="P")
    session = ProjectSession(store)
    writer = WindowRoomStore(session)
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="server") as pool:
        future = pool.submit(lambda: writer.write(_pin("Pin from phone P01"))).result()
    relay = _Relay()

    def job(_progress):
        relay.wait_in_worker()  # the UI thread has been woken for the write by now
        return future.done()

    outcome = run_with_progress(None, "Merging", job)
    assert outcome.error is None and outcome.result is False
    qtbot.waitUntil(future.done, timeout=5000)
    assert future.result() is not None and store.count(PerceptionPin) == 1
    assert session.undo_stack.text(0) == "Pin from phone P01"
    writer.close()
    session.close()
