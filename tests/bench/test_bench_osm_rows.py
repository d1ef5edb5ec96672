"""bench/osm_rows.py tells two checkouts' OSM imports apart row by row, and says when they are the same."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import map_files

BENCH_FOLDER = Path(__file__).resolve().parents[2] / "bench"
DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_the_same_code_is_identical_and_a_changed_class_is_not(tmp_path, capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH_FOLDER))
    spec = importlib.util.spec_from_file_location("osm_rows_bench", BENCH_FOLDER / "osm_rows.py")
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "osm_rows_bench", bench)
    spec.loader.exec_module(bench)
    town = map_files.osm_xml(tmp_path)
    assert bench.main([str(town), "--compare", str(DESKTOP)]) == 0
    printed = capsys.readouterr().out
    assert "basemap_points: 1 rows, identical" in printed and printed.rstrip().endswith("IDENTICAL")
    changed = tmp_path / "changed"  # a checkout whose street lamps are drawn as points of interest
    shutil.copytree(DESKTOP / "cosafe", changed / "cosafe", ignore=shutil.ignore_patterns("__pycache__"))
    classes = changed / "cosafe" / "io" / "osm_classes.py"
    text = classes.read_text(encoding="utf-8")
    assert text.count('return "lamp"') == 1
    classes.write_text(text.replace('return "lamp"', 'return "poi"'), encoding="utf-8")
    assert bench.main([str(town), "--compare", str(changed)]) == 1
    printed = capsys.readouterr().out
    assert "basemap_points: DIFFERENT (1 rows here, 1 there; first difference at row 0)" in printed
    assert "basemap_lines: 1 rows, identical" in printed and printed.rstrip().endswith("DIFFERENT")
