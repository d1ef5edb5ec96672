"""UI test setup: offscreen Qt, isolated settings, Qt warnings fail the test (pyproject), and
the shared fixtures of the ``*_support`` modules here, so every UI test can ask for them by
name. The tests mirror the package: shell/, kit/, map/ and features/<name>/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# One 1920×1080 screen (Qt's offscreen default is 800×800): the window fits the screen it
# opens on, and most tests want the roomy layout. Other screens: ``screens/`` and
# tests/ui/shell/test_screen_fit.py.
SCREENS = Path(__file__).parent / "screens"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS / 'one_1920x1080.json'}"

# Fixtures every UI test may use, imported here rather than by each test module (after the
# platform is set); a feature's own fixtures come from the conftest.py of its folder.
from audit_support import recording  # noqa: E402
from shell_support import dialog_log, fake_canvas, window  # noqa: E402

__all__ = ["dialog_log", "fake_canvas", "recording", "window"]


@pytest.fixture(autouse=True)
def english(qapp):
    """The application in English, as ``ui.app.create_application`` starts it on an English computer:
    Qt's side of the catalogue gives "1 route", not "1 routes"."""
    from cosafe.ui.language import install_language

    install_language(qapp, "en")
    yield


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Keep QSettings (recent files, window layout) out of the user's real settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield
