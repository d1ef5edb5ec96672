"""A panel never reads the store while a progress job's worker holds it.

The progress dialog's event loop still runs timers and posted events: a panel's refresh
queued by a show event ran there and read the project's connection beside a merge in
the worker (which then found "database table is locked" now and then). Such a refresh
waits for the job, and runs after it if the panel is still shown.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from cosafe.ui.kit import progress_job
from cosafe.ui.kit.progress_job import run_with_progress
from cosafe.ui.kit.refresh import RefreshWhenShown


class Panel(RefreshWhenShown, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.refreshed_in_job: list[bool] = []

    def refresh(self) -> None:
        self.refreshed_in_job.append(progress_job.store_in_use())


class Relay(QObject):
    """Runs ``then`` on the UI thread when the worker emits ``reached``: after every event
    posted before (a queued connection, the relay living on the UI thread); the worker
    waits for it."""

    reached = Signal()

    def __init__(self, then) -> None:
        super().__init__()
        self.then, self.handled = then, threading.Event()
        self.reached.connect(self._handle)

    def _handle(self) -> None:
        self.then()
        self.handled.set()

    def wait_in_worker(self) -> None:
        self.reached.emit()
        assert self.handled.wait(30)


def test_a_refresh_queued_before_a_job_waits_for_it_and_runs_after(qtbot):
    panel = Panel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel._stale = True
    QTimer.singleShot(0, panel, panel.refresh_if_stale)  # as a show event queues it
    relay = Relay(lambda: None)

    def job(_progress):
        relay.wait_in_worker()  # the UI thread has been through the refresh's event by now
        return list(panel.refreshed_in_job)

    outcome = run_with_progress(None, "Merging", job)
    assert outcome.error is None and outcome.result == []  # not refreshed while the worker held the store
    assert panel.refreshed_in_job == [False]  # but once, after it


def test_a_panel_hidden_or_deleted_during_the_job_is_not_refreshed_after_it(qtbot):
    shown, hidden, deleted = Panel(), Panel(), Panel()
    for panel in (shown, hidden):
        qtbot.addWidget(panel)
    for panel in (shown, hidden, deleted):
        panel.show()
    qtbot.waitExposed(deleted)

    def during():
        for panel in (shown, hidden, deleted):
            panel.refresh_soon()
        hidden.hide()
        shiboken6.delete(deleted)

    relay = Relay(during)
    outcome = run_with_progress(None, "Merging", lambda _progress: relay.wait_in_worker())
    assert outcome.error is None
    assert shown.refreshed_in_job == [False]
    assert hidden.refreshed_in_job == [] and hidden._stale  # rebuilt when shown again
    hidden.show()
    qtbot.waitUntil(lambda: hidden.refreshed_in_job == [False])
