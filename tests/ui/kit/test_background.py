"""Background: a computation off the UI thread, the latest delivered, a failure in one line."""

from __future__ import annotations

import gc
import threading

import shiboken6

from cosafe.ui.kit.background import FAILED, Background


def test_only_the_latest_result_is_delivered_and_the_ui_thread_is_free_meanwhile(qtbot):
    background = Background()
    delivered: list = []
    background.done.connect(delivered.append)
    release = threading.Event()
    ui_thread = threading.get_ident()
    threads: list[int] = []

    def slow() -> str:
        threads.append(threading.get_ident())
        release.wait(10)
        return "old"

    background.start(slow)
    background.start(lambda: "new")  # the person changed her choice meanwhile
    assert background.working
    with qtbot.waitSignal(background.done, timeout=5000):
        pass
    assert delivered == ["new"] and not background.working
    release.set()
    qtbot.wait(100)
    assert delivered == ["new"]  # the overtaken result arrives unseen
    assert threads and threads[0] != ui_thread


def test_a_failure_is_one_line_and_the_collector_comes_back(qtbot, capsys):
    background = Background()
    seen: list = []
    background.failed.connect(seen.append)
    collecting: list[bool] = []

    def broken() -> None:
        collecting.append(gc.isenabled())
        raise ValueError("no")

    assert gc.isenabled()
    with qtbot.waitSignal(background.failed, timeout=5000):
        background.start(broken)
    assert seen == [FAILED] and "\n" not in FAILED
    assert collecting == [False] and gc.isenabled()
    assert "ValueError: no" in capsys.readouterr().err


def test_forget_drops_the_pending_result(qtbot):
    background = Background()
    delivered: list = []
    background.done.connect(delivered.append)
    background.start(lambda: 1)
    background.forget()
    qtbot.wait(100)
    assert delivered == [] and not background.working


def test_a_panel_closed_while_its_worker_runs_gets_nothing_and_nothing_breaks(qtbot):
    from PySide6.QtWidgets import QWidget

    panel = QWidget()
    background = Background(panel)
    delivered: list = []
    background.done.connect(delivered.append)
    release = threading.Event()
    background.start(lambda: release.wait(10) and "late")
    panel.deleteLater()  # the person closed the panel meanwhile
    qtbot.waitUntil(lambda: not shiboken6.isValid(background))
    release.set()
    qtbot.wait(200)  # the worker hands its result to the relay, which finds no one
    assert delivered == [] and gc.isenabled()
