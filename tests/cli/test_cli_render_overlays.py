"""``cosafe render --overlays … [--public --grid M]``: proposals and perceptions on the rendered map."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
from checks import cosafe_command
from PIL import Image

UNSAFE = (0xD5, 0x5E, 0x00)  # FEELING_COLOURS["unsafe"]: the pins' triangles


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, env=env)


def _count(path: Path, colour: tuple[int, int, int], tolerance: int = 8) -> int:
    with Image.open(path) as image:
        pixels = np.asarray(image.convert("RGB"), dtype=int)
    return int((np.abs(pixels - np.array(colour)) <= tolerance).all(axis=2).sum())


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.gpkg"
    result = run("sample", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_overlays_draw_the_pins_and_public_moves_them(sample, tmp_path):
    outputs = {name: tmp_path / f"{name}.png" for name in ("plain", "pins", "public", "all")}
    assert run("render", str(sample), "-o", str(outputs["plain"]), "--size", "800x600").returncode == 0
    pins = run("render", str(sample), "-o", str(outputs["pins"]), "--size", "800x600", "--overlays", "pins")
    assert pins.returncode == 0, pins.stderr
    public = run("render", str(sample), "-o", str(outputs["public"]), "--size", "800x600", "--overlays", "pins",
                 "--public", "--grid", "150")
    assert public.returncode == 0, public.stderr
    everything = run("render", str(sample), "-o", str(outputs["all"]), "--size", "800x600",
                     "--overlays", "proposals, audit_points,pins,incidents,routes,heat")
    assert everything.returncode == 0, everything.stderr
    assert _count(outputs["plain"], UNSAFE) < 20
    assert _count(outputs["pins"], UNSAFE) > 200
    assert _count(outputs["public"], UNSAFE) > 100  # still drawn, elsewhere
    with Image.open(outputs["pins"]) as a, Image.open(outputs["public"]) as b:
        assert a.size == b.size == (800, 600)
        assert a.tobytes() != b.tobytes()
    with Image.open(outputs["all"]) as image:
        assert len(image.convert("RGB").getcolors(800 * 600)) > 200


def test_bad_overlays_are_refused_in_one_line(sample, tmp_path):
    out = tmp_path / "x.png"
    unknown = run("render", str(sample), "-o", str(out), "--overlays", "pins,stories")
    assert unknown.returncode == 1, unknown.stderr
    assert unknown.stderr.strip().splitlines() == [unknown.stderr.strip()] and "stories" in unknown.stderr
    assert "Traceback" not in unknown.stderr and not out.exists()
    for bad in (["--overlays", "pins,,heat"], ["--grid", "0"], ["--grid", "lots"]):
        assert run("render", str(sample), "-o", str(out), *bad).returncode == 2, bad
    assert not out.exists()


def test_without_a_basemap_overlays_with_nothing_in_them_say_so(tmp_path):
    project = tmp_path / "bare.gpkg"
    assert run("new", str(project)).returncode == 0
    result = run("render", str(project), "-o", str(tmp_path / "y.png"), "--overlays", "pins")
    assert result.returncode == 1
    assert "nothing to show in the chosen overlays" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "y.png").exists()
