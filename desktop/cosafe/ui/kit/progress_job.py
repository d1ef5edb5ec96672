"""Slow project work (an import) in a worker thread behind a modal, cancellable progress dialog.

Contract:
- ``run_with_progress(parent, title, job)`` runs ``job(progress)`` in a QThread and
  keeps a modal QProgressDialog up until the job has returned, whatever happened;
  it returns a ``JobOutcome`` (the result, or cancelled, or a one-line error).
- ``progress(fraction, text) -> bool`` is the io progress contract. It runs in the
  worker, forwards fraction and text to the dialog through a queued signal (never
  touching a widget itself) and returns False once Cancel was pressed, so the job
  raises ImportCancelled at its next report.
- Cancel (the button, Escape, closing the dialog) only *asks*: the dialog stays up
  saying "Cancelling…" until the job returns. The caller's store is therefore never
  used by the UI thread while the worker holds it (one thread at a time) — as far as
  the person goes. Timers and posted events still run in the dialog's event loop:
  whatever they would read from the store waits while ``store_in_use()`` and asks
  ``when_store_free(callback)`` to be called back on the UI thread once the last job
  has returned (``RefreshWhenShown`` does so for the panels).
- Python's cycle collector is paused while the job runs (``collector``): collecting
  in the worker could free Qt objects of the UI thread and deadlock.
- ImportCancelled gives ``cancelled``; a ProjectError gives ``error`` with its own
  one-line text; anything else gives a generic line (``unexpected``) and its traceback
  on stderr; ``export_error`` is that line for a job that writes files, not the project.
  A job that returns although Cancel was pressed (too late) counts as a success:
  the project did change, and the caller must say so.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QThread, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.io.import_errors import ImportCancelled
from cosafe.store.errors import ProjectError
from cosafe.ui.kit import collector

Progress = Callable[[float, str], bool]
_jobs = 0  # jobs running now (one, unless a timer in a job's dialog started another)
_when_free: list[Callable[[], None]] = []  # callbacks for when the last of them has returned
STEPS = 1000  # resolution of the progress bar
REPORT_INTERVAL = 0.05  # seconds; more frequent reports would only flood the event queue
UNEXPECTED = QT_TRANSLATE_NOOP("Fields", "Something unexpected went wrong (details were written to the terminal); "
                                          "the project was not changed")
# The same for a job that writes files and leaves the project alone (an export).
UNEXPECTED_EXPORT = QT_TRANSLATE_NOOP("Fields", "Something unexpected went wrong (details were written to the "
                                                "terminal); no file was written")


@dataclass
class JobOutcome:
    result: Any = None
    cancelled: bool = False
    error: str | None = None
    unexpected: bool = False  # the error is UNEXPECTED's words: the job failed with something not a ProjectError

    @property
    def succeeded(self) -> bool:
        return not self.cancelled and self.error is None

    @property
    def export_error(self) -> str | None:
        """``error`` as an export (which writes files, not the project) says it: UNEXPECTED_EXPORT's words."""
        return translate("Fields", UNEXPECTED_EXPORT) if self.unexpected else self.error


class _Worker(QThread):
    """Runs the job; ``outcome`` is written here and read only after the thread finished."""

    progressed = Signal(float, str)

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._job = job
        self._cancel = threading.Event()
        self._last_report = 0.0
        self.outcome = JobOutcome()

    def request_cancel(self) -> None:
        self._cancel.set()

    def _report(self, fraction: float, text: str) -> bool:
        now = time.monotonic()
        if now - self._last_report >= REPORT_INTERVAL or fraction >= 1.0:
            self._last_report = now
            self.progressed.emit(fraction, text)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            self.outcome.result = self._job(self._report)
        except ImportCancelled:
            self.outcome.cancelled = True
        except ProjectError as error:
            self.outcome.error = str(error)
        except Exception:  # noqa: BLE001 - reported to the person instead of killing the thread silently
            traceback.print_exc(file=sys.stderr)
            self.outcome.error = translate("Fields", UNEXPECTED)
            self.outcome.unexpected = True


class JobProgressDialog(QProgressDialog):
    """A progress dialog whose Cancel asks the job to stop instead of hiding at once."""

    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, "", 0, STEPS, parent)
        self.setCancelButtonText(self.tr("Cancel"))
        self._title = title
        self.setObjectName("jobProgressDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(420)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._finished = False
        self._cancelling = False
        # Qt's own handler hides the dialog at once, which would hand the window back
        # to the person while the worker is still writing to the project.
        self.canceled.disconnect(self.cancel)
        self.canceled.connect(self._ask_to_cancel)

    def show_progress(self, fraction: float, text: str) -> None:
        if not self._cancelling:  # otherwise keep saying "Cancelling…"
            # The title stays on top: without a window manager's title bar (and on some
            # desktops) it would otherwise vanish with the first report.
            self.setLabelText(f"{self._title}\n{text}")
        self.setValue(round(max(0.0, min(1.0, fraction)) * STEPS))

    def _ask_to_cancel(self) -> None:
        if self._finished or self._cancelling:
            return
        self._cancelling = True
        self.setLabelText(arg(self.tr("%1\nCancelling…"), self._title))
        self.cancel_requested.emit()

    def finish(self) -> None:
        """The job returned: close for real."""
        self._finished = True
        # A report of 0 % (setValue at the minimum) starts QProgressDialog's timer that shows
        # the dialog; a job that fails right after it would otherwise be closed here and then
        # shown again by that timer, modal, with nothing left to close it. reset() stops it.
        self.reset()
        self.done(0)

    def reject(self) -> None:  # Escape
        if self._finished:
            super().reject()
        else:
            self._ask_to_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
            return
        event.ignore()
        self._ask_to_cancel()


def store_in_use() -> bool:
    """Whether a job's worker holds the store now: the UI thread must not read or write it."""
    return _jobs > 0


def when_store_free(callback: Callable[[], None]) -> None:
    """Call ``callback`` on the UI thread once no job holds the store: after the last running
    job has returned, or now if none runs."""
    if _jobs:
        _when_free.append(callback)
    else:
        callback()


def run_with_progress(parent: QWidget | None, title: str, job: Callable[[Progress], Any]) -> JobOutcome:
    """Run ``job`` off the UI thread behind a modal progress dialog; return when it has finished."""
    global _jobs
    dialog = JobProgressDialog(title, parent)
    worker = _Worker(job)
    worker.progressed.connect(dialog.show_progress)
    dialog.cancel_requested.connect(worker.request_cancel)
    worker.finished.connect(dialog.finish)  # queued: delivered inside dialog.exec()
    collector.pause(collect_first=True)  # see collector: a collection in the worker could deadlock
    _jobs += 1
    try:
        worker.start()
        dialog.exec()
        worker.wait()
    finally:
        _jobs -= 1
        collector.resume()
    outcome = worker.outcome
    dialog.deleteLater()
    if not _jobs:
        waiting = _when_free[:]
        _when_free.clear()
        for callback in waiting:
            callback()
    return outcome
