"""Python's cycle collector, paused while any worker thread runs.

Why: the collector runs in whichever thread happens to allocate. Run in a worker, it
can free Qt objects made on the UI thread; their disconnect takes Qt's connection lock
and then waits for the GIL, which the UI thread may hold while it waits for that lock
(in a dialog's event loop) — a deadlock, seen in a plan export.

Contract: ``pause()`` and ``resume()`` pair up, from any thread; the collector is off
from the first ``pause()`` until the last matching ``resume()``, then on again only if
it was on before. ``pause(collect_first=True)`` collects on the calling thread first
(the UI thread, before a long job: garbage made before it is freed now).
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_paused = 0
_was_enabled = False


def pause(collect_first: bool = False) -> None:
    global _paused, _was_enabled
    if collect_first:
        gc.collect()
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1


def resume() -> None:
    global _paused
    with _lock:
        if _paused == 0:
            raise RuntimeError("collector.resume() without pause()")
        _paused -= 1
        if _paused == 0 and _was_enabled:
            gc.enable()
