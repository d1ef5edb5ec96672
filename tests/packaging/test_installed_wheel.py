"""CoSafe installed from its wheel, as a user installs it, has its icons, stylesheet, fonts, guide, catalogues
and the digits its paper sheets reader learnt from.

The wheel is built from a copy of the source (no network: the test venv's own
setuptools), installed with ``--no-index`` from a folder holding just that wheel
into a fresh virtual environment whose dependencies are the test venv's (a .pth
line), and started there on the sample, offscreen. The package must come from the
fresh environment, not from this checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path


REPOSITORY = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from PySide6.QtWidgets import QToolBar
import cosafe
from PySide6.QtCore import QCoreApplication
from cosafe.bundled import bundled_file
from cosafe.core.i18n import english
from cosafe.ui.app import create_application
from cosafe.ui.shell.main_window import MainWindow
from cosafe.room.page import PAGE_FOLDER

app = create_application()
window = MainWindow()
window.show()
opened = window.open_project(sys.argv[1])
buttons = [action for bar in window.findChildren(QToolBar) for action in bar.actions()
           if not action.isSeparator() and action.text() and bar.widgetForAction(action) is not None
           and type(bar.widgetForAction(action)).__name__ == "QToolButton"]
print(json.dumps({
    "package": cosafe.__file__,
    "opened": opened,
    "buttons": len(buttons),
    "without_icon": [action.text() for action in buttons if action.icon().isNull()],
    "stylesheet": app.styleSheet(),
    "font": bundled_file("fonts", "DejaVuSans.ttf").is_file(),
    "guide": sorted(path.relative_to(bundled_file("guide")).as_posix() for path in bundled_file("guide").rglob("*")
                    if path.is_file()),
    "catalogues": sorted(path.name for path in bundled_file("translations").iterdir()),
    "english_one": english("Workshops", "%Ln people", None, 1),
    "qt_english_one": QCoreApplication.translate("Workshops", "%Ln people", None, 1),
    "room_page": sorted(path.relative_to(PAGE_FOLDER).as_posix() for path in PAGE_FOLDER.rglob("*") if path.is_file()),
    "digits": sorted(path.name for path in bundled_file("digits").iterdir()),
}))
window.close()
"""


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_the_installed_wheel_starts_with_icons_and_stylesheet(tmp_path):
    source = tmp_path / "source"
    for part in ("desktop", "resources"):
        shutil.copytree(REPOSITORY / part, source / part, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for part in ("pyproject.toml", "README.md"):
        shutil.copy(REPOSITORY / part, source / part)
    wheels = tmp_path / "wheels"
    offline = dict(os.environ, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", str(wheels),
          str(source)], env=offline)
    assert [wheel.name for wheel in wheels.iterdir()] == ["cosafe-0.1.0-py3-none-any.whl"]

    fresh = tmp_path / "venv"
    venv.create(fresh, with_pip=False)
    python = fresh / "bin" / "python"
    site_packages = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
                         .stdout.strip())
    # The dependencies (Qt, GDAL, numpy: hundreds of MB) come from the test venv; cosafe does not.
    (site_packages / "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    # --ignore-installed: the test venv's editable cosafe is visible through that line too, and
    # must neither satisfy the request nor be uninstalled; --no-deps: they are all there.
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-index", "--quiet",
          "--no-deps", "--ignore-installed", "--find-links", str(wheels), "cosafe"], env=offline)

    sample = tmp_path / "riverside.gpkg"
    shutil.copy(REPOSITORY / "sample_projects" / "riverside.gpkg", sample)
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    environment.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = _run([str(python), "-c", PROBE, str(sample)], env=environment, cwd=tmp_path)
    seen = json.loads(result.stdout.strip().splitlines()[-1])

    assert Path(seen["package"]).is_relative_to(site_packages)
    assert seen["opened"] is True
    assert seen["buttons"] >= 10 and seen["without_icon"] == []
    assert seen["stylesheet"] == (REPOSITORY / "resources" / "qss" / "cosafe.qss").read_text(encoding="utf-8")
    assert seen["font"] is True
    # The Workshop Guide in every language, each with its pictures.
    guide = REPOSITORY / "resources" / "guide"
    assert seen["guide"] == sorted(path.relative_to(guide).as_posix() for path in guide.rglob("*") if path.is_file())
    assert {f"{code}/index.html" for code in ("es", "fr", "pt", "ar", "sw")} <= set(seen["guide"])
    # Every compiled catalogue, and the English one's source for counts without Qt: "1 person".
    assert set(seen["catalogues"]) >= {f"cosafe_{code}.qm" for code in ("en", "es", "fr", "pt", "ar", "sw")}
    assert "cosafe_en.ts" in seen["catalogues"]
    assert seen["english_one"] == seen["qt_english_one"] == "1 person"
    # The room's phone page with its vendored map library and the library's licence.
    assert seen["room_page"] == ["index.html", "leaflet/LICENSE", "leaflet/VERSION", "leaflet/leaflet.css",
                                 "leaflet/leaflet.js", "room.css", "room.js"]
    # The handwritten digits the paper sheets' reader learnt from, their licence and the learnt weights.
    assert seen["digits"] == ["README.md", "optdigits.csv.gz", "weights.npz"]
