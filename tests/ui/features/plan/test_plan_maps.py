"""The action plan's maps: which are drawn, what they show and say, the public variant, and speed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from perception_support import new_project
from PySide6.QtGui import QImage
from map_support import close

from cosafe.core.palette import FEELING_COLOURS
from cosafe.core.records import Proposal
from cosafe.io.samples.project import write_sample_project
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.export import render_map_image
from cosafe.ui.features.analysis.style import SCORE_CLASSES
from cosafe.ui.features.plan.maps import PlanMap, render_plan_maps

DESKTOP = Path(__file__).resolve().parents[4] / "desktop"
KEYS = ["audit_scores", "pins", "heat", "proposals"]


def _image(plan_map: PlanMap) -> QImage:
    image = QImage()
    assert image.loadFromData(plan_map.png, "PNG")
    return image


def _share(image: QImage, colour: str) -> float:
    """Fraction of (sampled) pixels of about ``colour``."""
    samples = [image.pixelColor(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)]
    return sum(close(c, colour, tolerance=8) for c in samples) / len(samples)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.gpkg"
    write_sample_project(str(path))
    store = ProjectStore.open(str(path), read_only=True)
    yield store
    store.close()


def test_the_sample_has_all_four_maps_each_of_the_asked_size_and_dpi(qapp, sample):
    maps = render_plan_maps(sample, 900, 600, dpi=150)
    assert [m.key for m in maps] == KEYS
    for plan_map in maps:
        image = _image(plan_map)
        assert (image.width(), image.height()) == (900, 600)
        assert image.dotsPerMeterX() == round(150 / 0.0254)
        assert plan_map.title and plan_map.caption.endswith(".")
    by_key = {m.key: m for m in maps}
    assert "safety score" in by_key["audit_scores"].caption and "dark spots" in by_key["audit_scores"].caption
    assert "blurred" not in by_key["pins"].caption
    # Each map shows its own layer: unsafe pins' orange on the pins map, not on the proposals map.
    assert _share(_image(by_key["pins"]), FEELING_COLOURS["unsafe"]) > 0.0005
    assert _share(_image(by_key["proposals"]), FEELING_COLOURS["unsafe"]) < 0.0001
    poor = SCORE_CLASSES[0][0]
    assert _share(_image(by_key["audit_scores"]), poor) > _share(_image(by_key["pins"]), poor) + 0.0002


def test_public_maps_say_the_pins_are_blurred_and_draw_them_elsewhere(qapp, sample):
    full = {m.key: m for m in render_plan_maps(sample, 900, 600, dpi=96)}
    public = {m.key: m for m in render_plan_maps(sample, 900, 600, dpi=96, public=True, grid_m=150)}
    assert "Pin locations blurred to a 150 m grid" in public["pins"].caption
    assert "blurred" in public["heat"].caption  # made from the unsafe pins
    assert "blurred" not in public["audit_scores"].caption
    assert _image(public["pins"]) != _image(full["pins"])
    # Audits are places, not people: only the pins move (the frame fits what is drawn, so compare in one frame).
    same = [render_map_image(sample, 600, 400, overlays={"audit_points", "routes"}, public=public, grid_m=150)
            for public in (False, True)]
    assert same[0] == same[1]


def test_maps_with_nothing_to_show_are_left_out(qapp, tmp_path):
    store = ProjectStore.create(str(tmp_path / "empty.gpkg"), name="empty")
    try:
        assert render_plan_maps(store, 400, 300) == []
    finally:
        store.close()
    store, _seeded = new_project(tmp_path / "perceptions.gpkg")  # audits, pins, incidents: no proposals, no basemap
    try:
        maps = render_plan_maps(store, 400, 300, dpi=96)
        assert [m.key for m in maps] == ["audit_scores", "pins", "heat"]
        caption = maps[0].caption
        assert "(solid by day, dashed at night)" in caption and "dusk" not in caption  # the walks it has
        assert "Grey squares" not in caption  # every point was scored
        assert not store.list(Proposal)
    finally:
        store.close()


def test_the_sample_maps_render_in_about_a_second(qapp, sample):
    render_plan_maps(sample, 300, 200, dpi=50)  # warm up (fonts, imports)
    start = time.perf_counter()
    render_plan_maps(sample, 1000, 700, dpi=150)
    assert time.perf_counter() - start < 2.5  # measured ~0.8 s; room for a shared, busy machine


def test_plan_maps_render_from_a_plain_script_with_a_gui_application(tmp_path, sample):
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtGui import QGuiApplication
        from cosafe.store.project_store import ProjectStore
        from cosafe.ui.features.plan.maps import render_plan_maps
        app = QGuiApplication(sys.argv)
        store = ProjectStore.open({sample.path!r}, read_only=True)
        maps = render_plan_maps(store, 320, 240, public=True)
        print(",".join(m.key for m in maps), sum(len(m.png) for m in maps) > 4000)
    """)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(DESKTOP))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [",".join(KEYS), "True"]


def test_plan_maps_render_off_the_ui_thread(qapp, sample):
    import threading

    from PySide6.QtCore import qInstallMessageHandler

    messages: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _context, message: messages.append(message))
    result: dict[str, object] = {}

    def work() -> None:
        try:
            result["maps"] = render_plan_maps(sample, 400, 300, dpi=96, public=True)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            result["error"] = error

    try:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join(60)
    finally:
        qInstallMessageHandler(previous)
    assert "error" not in result and [m.key for m in result["maps"]] == KEYS
    assert messages == []  # no "not safe outside the GUI thread" warnings
    on_ui_thread = render_plan_maps(sample, 400, 300, dpi=96, public=True)
    assert [_image(m) for m in result["maps"]] == [_image(m) for m in on_ui_thread]
