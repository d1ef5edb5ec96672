"""Shared fixtures. Qt-free: UI fixtures live in tests/ui/conftest.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cosafe.store.project_store import ProjectStore  # noqa: E402


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """Path of a new, empty project file (closed)."""
    path = tmp_path / "project.gpkg"
    ProjectStore.create(str(path), name="Test project", place="Testville").close()
    return path


@pytest.fixture
def store(project_path: Path):
    """An open, writable store on a new project."""
    opened = ProjectStore.open(str(project_path))
    yield opened
    opened.close()
