"""bench/osm_import.py keeps working: CoSafe beside ogr2ogr on the same file, each side timed in
its own child processes, with the features CoSafe stored."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import map_files

BENCH_FOLDER = Path(__file__).resolve().parents[2] / "bench"


def test_the_bench_times_cosafe_beside_ogr2ogr(tmp_path, capsys, monkeypatch):
    assert shutil.which("ogr2ogr"), "scripts/setup.sh installs GDAL's ogr2ogr"
    monkeypatch.syspath_prepend(str(BENCH_FOLDER))
    spec = importlib.util.spec_from_file_location("osm_import_bench", BENCH_FOLDER / "osm_import.py")
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "osm_import_bench", bench)  # dataclasses look their module up by name
    spec.loader.exec_module(bench)
    town = map_files.osm_xml(tmp_path)
    assert bench.main([str(town), "--runs", "2", "--version"]) == 0
    printed = capsys.readouterr().out
    assert "--version" in printed and "town.osm" in printed
    rows = re.findall(r"^  (ogr2ogr|cosafe) +([\d.]+) s .*CPU +([\d.]+) s .*peak +(\d+) MB(.*)$", printed, re.M)
    assert [side for side, *_ in rows] == ["ogr2ogr", "cosafe"] * 2
    assert all(float(seconds) > 0 and int(peak) > 0 for _, seconds, _, peak, _ in rows)
    assert rows[-1][4].count("3 features") == 1  # the town's road, hall and lamp
