"""UI test setup: offscreen Qt, isolated settings, Qt warnings fail the test (pyproject), and
the shared fixtures of the ``*_support`` modules here, so every UI test can ask for them by
name. The tests mirror the package: shell/, kit/, map/ and features/<name>/."""

from __future__ import annotations

import os

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Fixtures every UI test may use, imported here rather than by each test module (after the
# platform is set); a feature's own fixtures come from the conftest.py of its folder.
from audit_support import recording  # noqa: E402
from shell_support import dialog_log, fake_canvas, window  # noqa: E402

__all__ = ["dialog_log", "fake_canvas", "recording", "window"]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Keep QSettings (recent files, window layout) out of the user's real settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield
