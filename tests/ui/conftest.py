"""UI test setup: offscreen Qt, isolated settings, Qt warnings fail the test (pyproject), and
the shared fixtures of the ``*_support`` modules, so every UI test can ask for them by name."""

from __future__ import annotations

import os

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Fixtures, imported here rather than by each test module (after the platform is set).
from audit_support import recording  # noqa: E402
from merge_ui_support import merging  # noqa: E402
from plan_support import plan  # noqa: E402
from proposal_support import data, ui  # noqa: E402
from shell_support import dialog_log, fake_canvas, window  # noqa: E402
from sketch_support import sketch  # noqa: E402

__all__ = ["data", "dialog_log", "fake_canvas", "merging", "plan", "recording", "sketch", "ui", "window"]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Keep QSettings (recent files, window layout) out of the user's real settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield
