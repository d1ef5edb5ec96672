"""The package's boundaries hold: the import-linter contracts in pyproject.toml, run as CI runs them.

Layers (cli → ui → io → store → core), no Qt below ui, the map canvas, the kit and
the session know no feature and no window, features reach the window only through the
host, and a feature imports another only through its ``api``. The second test breaks
a copy of the package on purpose to show that the contracts catch it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
LINT = "from importlinter.cli import lint_imports; raise SystemExit(lint_imports(no_cache=True, no_logo=True))"


def _lint(package_root: Path, config_dir: Path) -> subprocess.CompletedProcess:
    environment = dict(os.environ, PYTHONPATH=str(package_root))
    return subprocess.run([sys.executable, "-c", LINT], cwd=config_dir, env=environment, capture_output=True,
                          text=True, timeout=120)


def test_every_contract_is_kept():
    result = _lint(REPOSITORY / "desktop", REPOSITORY)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 kept, 0 broken" in result.stdout


def test_a_broken_boundary_is_caught(tmp_path):
    shutil.copytree(REPOSITORY / "desktop" / "cosafe", tmp_path / "cosafe", symlinks=True,
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    shutil.copy(REPOSITORY / "pyproject.toml", tmp_path / "pyproject.toml")
    crossings = {
        "core/records.py": "import PySide6.QtCore",  # Qt below ui
        "ui/map/canvas.py": "import cosafe.ui.features.analysis.style",  # the canvas knowing a feature
        "ui/features/plan/actions_panel.py": "import cosafe.ui.features.audits.pin_flow",  # past another's api
        "ui/features/merge/flow.py": "import cosafe.ui.shell.project_files",  # a feature reaching the window
    }
    for path, line in crossings.items():
        module = tmp_path / "cosafe" / path
        module.write_text(module.read_text(encoding="utf-8") + f"\n{line}  # deliberately wrong\n", encoding="utf-8")
    result = _lint(tmp_path, tmp_path)
    assert result.returncode == 1
    assert "1 kept, 4 broken" in result.stdout
    for path in crossings:
        assert "cosafe." + path.removesuffix(".py").replace("/", ".") in result.stdout


def test_the_window_runs_no_sql_of_its_own():
    """SQL lives in store/: no ui module reaches the connection or executes a statement."""
    offenders = [f"{path.relative_to(REPOSITORY)}:{number}"
                 for path in sorted((REPOSITORY / "desktop" / "cosafe" / "ui").rglob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\.connection\b|\.execute\(", line)]
    assert offenders == []
