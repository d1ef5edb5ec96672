"""Shared fixtures. Qt-free: UI fixtures live in tests/ui/conftest.py."""

from __future__ import annotations

import os
import shutil
import sys
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


def validate_gpkg(path: Path | str) -> list:
    """Run GDAL's validate_gpkg.py (extra checks, warnings as errors); return its errors."""
    from osgeo_utils.samples import validate_gpkg as validator

    return validator.check(str(path), abort_at_first_error=False, extra_checks=True, warning_as_error=True,
                           log_msg=False, warning_msg=False, myprint=lambda *_: None)


def ogrinfo_available() -> bool:
    return shutil.which("ogrinfo") is not None


def cosafe_command() -> list[str]:
    """The installed ``cosafe`` entry point beside this Python, as a command line."""
    script = Path(sys.executable).with_name("cosafe")
    if not script.exists():
        pytest.fail(f"the cosafe entry point is not installed beside {sys.executable}")
    return [str(script)]
