"""run_application and its benchmark hook; one end-to-end start of the real command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from shell_support import OFFSCREEN_NOISE

from cosafe.ui.kit import dialogs
from cosafe.ui.app import EXIT_AFTER_SHOWN_ENV, run_application, seconds_since_process_start

pytestmark = OFFSCREEN_NOISE
REPOSITORY = Path(__file__).resolve().parents[3]


@pytest.fixture
def benchmark_mode(monkeypatch):
    monkeypatch.setenv(EXIT_AFTER_SHOWN_ENV, "1")
    yield
    dialogs.set_non_interactive(False)
    QApplication.instance().setStyleSheet("")  # keep later tests on the plain style


def test_process_age_is_plausible():
    age = seconds_since_process_start()
    assert 0 < age < 24 * 3600


def test_exit_after_shown_prints_the_time(fake_canvas, benchmark_mode, project_path, capsys):
    assert run_application(str(project_path)) == 0
    out = capsys.readouterr().out.split()
    assert out[0] == "shown" and float(out[1]) > 0
    assert QApplication.applicationName() == "CoSafe" and QApplication.organizationName() == "CoSafe"


def test_a_project_that_cannot_be_opened_is_reported(fake_canvas, benchmark_mode, tmp_path, capsys):
    assert run_application(str(tmp_path / "missing.gpkg")) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("shown ")
    assert "missing.gpkg: no such file" in captured.err


def _start_on_the_sample(tmp_path: Path, command: list[str]) -> subprocess.CompletedProcess:
    """Run ``command`` + a copy of the bundled sample, offscreen, quitting once the window is shown."""
    sample = REPOSITORY / "sample_projects" / "riverside.gpkg"
    if not sample.exists():
        pytest.skip("the bundled sample project has not been built")
    copy = tmp_path / "riverside.gpkg"
    shutil.copy(sample, copy)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
                       **{EXIT_AFTER_SHOWN_ENV: "1"})
    return subprocess.run([*command, str(copy)], capture_output=True, text=True, timeout=60, env=environment,
                          cwd=tmp_path)


def test_the_cosafe_command_starts_with_the_sample(tmp_path):
    result = _start_on_the_sample(tmp_path, [sys.executable, "-m", "cosafe"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shown ")
    assert float(result.stdout.split()[1]) < 10


# Each is slow to load (a tenth of a second, or tens of milliseconds for our own dialogs) and
# needed only by an import, an export, a merge, a photo or a dialog, so opening the app on a
# project must not load it (the 1.5 s start budget).
LOADED_ON_FIRST_USE = ("pyogrio", "rasterio", "pyproj", "PIL", "reportlab", "urllib.request", "cosafe.io.plan_report",
                       "cosafe.store.merge.files", "cosafe.ui.features.merge.flow", "cosafe.ui.features.audits.walk_dialog")


def test_starting_on_the_sample_leaves_the_slow_libraries_for_their_first_use(tmp_path):
    script = ("import sys\nfrom cosafe.cli.main import main\ncode = main([sys.argv[1]])\n"
              f"print('loaded', *sorted(m for m in {LOADED_ON_FIRST_USE!r} if m in sys.modules))\n"
              "sys.exit(code)")
    result = _start_on_the_sample(tmp_path, [sys.executable, "-c", script])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "loaded"


def test_the_window_and_its_features_load_no_map_drawing_before_a_project_opens():
    """The welcome page needs no pyqtgraph (a good part of start-up): the map and what draws on it load
    with the first project, and registering the export overlays loads none of their drawing code."""
    script = ("import sys\nfrom cosafe.ui.shell.main_window import MainWindow\n"
              "print(sorted(m for m in ('pyqtgraph', 'cosafe.ui.map.canvas', 'cosafe.ui.map.export',"
              " 'cosafe.ui.features.analysis.map_export', 'cosafe.ui.features.proposals.map_export') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
