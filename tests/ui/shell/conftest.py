"""Fixtures of the window tests that want a real workshop: the sample project, opened."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cosafe.io.samples.project import write_sample_project


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory) -> Path:
    """The sample project, written once; tests open copies (``shown``)."""
    path = tmp_path_factory.mktemp("sample") / "riverside.gpkg"
    write_sample_project(str(path))
    return path


@pytest.fixture
def shown(window, sample_file, tmp_path, qtbot):
    """The window on a copy of the sample, active, so its shortcuts reach it."""
    copy = tmp_path / "riverside.gpkg"
    shutil.copy(sample_file, copy)
    assert window.open_project(str(copy))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
