"""run_with_progress keeps Python's cycle collector out of the worker thread.

Collected in the worker, a Qt object made on the UI thread is disconnected there: Qt's
connection lock is taken, then the GIL is awaited, while the UI thread holds the GIL and
waits for that lock in the progress dialog's event loop. That deadlock stopped a plan
export test for good; it is timing-bound, so the contract is tested instead.
"""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QWidget

from cosafe.ui.kit.progress_job import run_with_progress


def test_the_collector_is_off_while_the_job_runs_and_on_again_after(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    assert gc.isenabled()
    outcome = run_with_progress(parent, "Working", lambda progress: seen.append(gc.isenabled()) or 42)
    assert outcome.result == 42 and seen == [False]
    assert gc.isenabled()


def test_a_collector_already_off_stays_off(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    gc.disable()
    try:
        run_with_progress(parent, "Working", lambda progress: None)
        assert not gc.isenabled()
    finally:
        gc.enable()
