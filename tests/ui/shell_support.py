"""Fixtures and helpers for the main-window tests (imported by the test_shell_* modules).

The map canvas is replaced by a tiny fake with the agreed API, so these tests
exercise the window shell alone; dialogs are answered through ``cosafe.ui.kit.dialogs``.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cosafe.ui.kit import dialogs


# The offscreen platform cannot resize native windows for dock widgets and says so;
# that is a limit of the test platform, not a problem in the window.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def fake_canvas(monkeypatch):
    """The real MapCanvas, recording the calls the window makes on it (``canvas.calls``)."""
    from cosafe.ui.map import canvas as canvas_module

    class RecordingMapCanvas(canvas_module.MapCanvas):
        def __init__(self, parent: QWidget | None = None) -> None:
            self.calls: list[str] = []
            self.project = None
            super().__init__(parent)

        def set_project(self, store) -> None:
            self.project = store
            self.calls.append("set_project")
            super().set_project(store)

        def reload_basemap(self) -> None:
            self.calls.append("reload_basemap")
            super().reload_basemap()

        def zoom_to_layer(self, uuid: str) -> None:
            self.calls.append(f"zoom_to_layer {uuid}")
            super().zoom_to_layer(uuid)

    monkeypatch.setattr(canvas_module, "MapCanvas", RecordingMapCanvas)
    return RecordingMapCanvas


@dataclass
class DialogLog:
    """What the window told or asked the user; answers for the questions it asks."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    read_only_offers: list[str] = field(default_factory=list)
    accept_read_only: bool = False
    confirms: list[tuple[str, str]] = field(default_factory=list)
    accept_confirm: bool = False
    open_path: str | None = None
    new_path: str | None = None
    save_as_path: str | None = None

    @property
    def messages(self) -> list[str]:
        return [message for _title, message in self.errors]


@pytest.fixture
def dialog_log(monkeypatch) -> DialogLog:
    log = DialogLog()

    def offer(_parent, message: str) -> bool:
        log.read_only_offers.append(message)
        return log.accept_read_only

    monkeypatch.setattr(dialogs, "show_error", lambda _parent, title, message: log.errors.append((title, message)))
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, title, message: log.infos.append((title, message)))
    monkeypatch.setattr(dialogs, "ask_open_read_only", offer)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda _parent, _folder: log.open_path)
    monkeypatch.setattr(dialogs, "ask_new_path", lambda _parent, _folder, _name="": log.new_path)
    monkeypatch.setattr(dialogs, "ask_confirm",
                        lambda _parent, title, message, _confirm: log.confirms.append((title, message)) or log.accept_confirm)
    monkeypatch.setattr(dialogs, "ask_save_as_path", lambda _parent, _folder, _name: log.save_as_path)
    return log


@pytest.fixture
def window(qtbot, fake_canvas, dialog_log):
    from cosafe.ui.shell.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()  # releases the project file before tmp_path goes away


def file_hash(path: Path | str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def menu_action(window, menu_title: str, text_start: str):
    """The action under a top-level menu whose text (without '&') starts with ``text_start``."""
    for menu_action_ in window.menuBar().actions():
        if menu_action_.text().replace("&", "") == menu_title:
            for action in menu_action_.menu().actions():
                if action.text().replace("&", "").startswith(text_start):
                    return action
    raise AssertionError(f"no {menu_title} › {text_start}… action")


def answer_next_modal(handler: Callable[[QDialog], None], timeout: float = 5.0, kind: type = QDialog,
                      where: Callable[[QDialog], bool] = lambda _dialog: True) -> None:
    """Run ``handler`` on the next modal dialog (for flows that call exec()) of type
    ``kind`` for which ``where`` holds; other dialogs before it are left alone.

    The dialog is rejected afterwards if the handler left it open, so a failing
    assertion inside the handler cannot leave the test waiting forever.
    """
    deadline = time.monotonic() + timeout

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and where(dialog):
            try:
                handler(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()
        elif time.monotonic() < deadline:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def set_schema_version(path: Path | str, version: int) -> None:
    connection = sqlite3.connect(str(path))
    with connection:
        connection.execute("UPDATE project_meta SET value = ? WHERE key = 'cosafe_schema_version'", (str(version),))
    connection.close()
