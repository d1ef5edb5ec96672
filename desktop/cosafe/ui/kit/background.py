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
  They hand results to one relay object that is never deleted, never to the
  ``Background``, whose panel may be deleted meanwhile (``_Relay``).
- Python's cycle collector is paused while a worker runs (``collector``): run there,
  it could free Qt objects of the UI thread and deadlock.
"""

from __future__ import annotations

import itertools
import sys
import threading
import traceback
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate
from cosafe.ui.kit import collector

FAILED = QT_TRANSLATE_NOOP("Fields", "This could not be worked out (details were written to the terminal)")


class _Relay(QObject):
    """Carries results from workers to the UI thread; made once, never deleted.

    A worker never emits on a ``Background`` itself: the panel that owns it may be
    deleted on the UI thread at that very moment, and a signal of an object being
    destroyed on another thread is a crash, not an error. The relay outlives them all.
    """

    returned = Signal(int, int, bool, object)  # background's key, generation, succeeded, result or text

    def __init__(self) -> None:
        super().__init__()
        self.returned.connect(self._deliver)  # queued: emitted in a worker, this object lives on the UI thread

    def _deliver(self, key: int, generation: int, succeeded: bool, result: Any) -> None:
        background = _LIVE.get(key)
        if background is not None and shiboken6.isValid(background):
            background._deliver(generation, succeeded, result)


_LIVE: weakref.WeakValueDictionary[int, Background] = weakref.WeakValueDictionary()
_relay: _Relay | None = None
_keys = itertools.count(1)


class Background(QObject):
    """Runs one computation at a time as far as the caller can see; the newest wins."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        global _relay
        super().__init__(parent)
        if _relay is None:
            _relay = _Relay()  # on the UI thread, where the first panel is made
        self._relay = _relay
        self._key = next(_keys)
        _LIVE[self._key] = self
        self._generation = 0
        self._waiting_for: int | None = None

    @property
    def working(self) -> bool:
        return self._waiting_for is not None

    def start(self, compute: Callable[[], Any]) -> None:
        self._generation += 1
        self._waiting_for = self._generation
        collector.pause()
        threading.Thread(target=_run, args=(self._relay, self._key, self._generation, compute), daemon=True,
                         name="cosafe-background").start()

    def forget(self) -> None:
        self._waiting_for = None

    def _deliver(self, generation: int, succeeded: bool, result: Any) -> None:
        if generation != self._waiting_for:
            return
        self._waiting_for = None
        if succeeded:
            self.done.emit(result)
        else:
            self.failed.emit(result)


def _run(relay: _Relay, key: int, generation: int, compute: Callable[[], Any]) -> None:
    """The worker: holds no reference to the Background, only its key."""
    try:
        result, succeeded = compute(), True
    except Exception:  # noqa: BLE001 - told to the person as one line instead of killing the thread silently
        traceback.print_exc(file=sys.stderr)
        result, succeeded = FAILED, False
    finally:
        collector.resume()
    relay.returned.emit(key, generation, succeeded, result)
