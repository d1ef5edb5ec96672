"""Cross-checks with tools nobody here wrote, shared by the tests (on pythonpath)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


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


def ogrinfo_summary(path: Path | str) -> str:
    """Run ``ogrinfo -so -al`` and fail the test on any error or warning it prints."""
    result = subprocess.run(["ogrinfo", "-so", "-al", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr and "ERROR" not in result.stderr, result.stderr
    return result.stdout
