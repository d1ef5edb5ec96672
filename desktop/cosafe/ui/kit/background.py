"""A computation off the UI thread whose latest result is delivered on it: panels that stay live.

Contract:
- ``Background(parent)``; ``start(compute)`` runs ``compute()`` — a pure function of
  data it was given (no widget, no project store) — in a worker thread and returns at
  once. When it returns, ``done(result)`` is emitted on the UI thread; when it raises,
  ``failed(text)`` with a one-line text (the traceback goes to stderr).
- Only the latest ``start`` is delivered: a computation overtaken by a newer one (the
  person ticked another box meanwhile) finishes unseen. ``forget()`` drops the latest
  too. ``working`` is True from ``start`` until its result (or failure) is delivered.
- Workers are daemon threads: quitting never waits for a computation nobody will see.
- Python's cycle collector is paused while a worker runs (``collector``): run there,
  it could free Qt objects of the UI thread and deadlock.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate
from cosafe.ui.kit import collector

FAILED = QT_TRANSLATE_NOOP("Fields", "This could not be worked out (details were written to the terminal)")


class Background(QObject):
    """Runs one computation at a time as far as the caller can see; the newest wins."""

    done = Signal(object)
    failed = Signal(str)
    _returned = Signal(int, bool, object)  # generation, succeeded, result or text: from the worker

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._waiting_for: int | None = None
        self._returned.connect(self._deliver)  # queued: emitted in the worker, received here

    @property
    def working(self) -> bool:
        return self._waiting_for is not None

    def start(self, compute: Callable[[], Any]) -> None:
        self._generation += 1
        self._waiting_for = self._generation
        collector.pause()
        threading.Thread(target=self._run, args=(self._generation, compute), daemon=True,
                         name="cosafe-background").start()

    def forget(self) -> None:
        self._waiting_for = None

    def _run(self, generation: int, compute: Callable[[], Any]) -> None:
        try:
            result, succeeded = compute(), True
        except Exception:  # noqa: BLE001 - told to the person as one line instead of killing the thread silently
            traceback.print_exc(file=sys.stderr)
            result, succeeded = translate("Fields", FAILED), False
        finally:
            collector.resume()
        try:
            self._returned.emit(generation, succeeded, result)
        except RuntimeError:
            pass  # the panel was closed meanwhile: nobody is waiting

    def _deliver(self, generation: int, succeeded: bool, result: Any) -> None:
        if generation != self._waiting_for:
            return
        self._waiting_for = None
        if succeeded:
            self.done.emit(result)
        else:
            self.failed.emit(result)
