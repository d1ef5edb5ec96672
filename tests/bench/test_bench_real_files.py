"""bench/real_files.py keeps working: it runs CoSafe and ogr2ogr on files it is given and tells the outcomes apart.

The files are written here (no network, no real data in the repository); the bench runs CoSafe as
a person does, in child processes, and ogr2ogr beside it.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "real_files.py"


@pytest.fixture(scope="module")
def real_files():
    spec = importlib.util.spec_from_file_location("real_files", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["real_files"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("real_files", None)


def _feature(geometry: dict, name: str) -> dict:
    return {"type": "Feature", "properties": {"name": name}, "geometry": geometry}


def test_the_bench_runs_cosafe_beside_ogr2ogr_and_reports_each_outcome(real_files, tmp_path, capsys):
    assert shutil.which("ogr2ogr"), "scripts/setup.sh installs GDAL's ogr2ogr"
    data = tmp_path / "data"
    data.mkdir()
    (data / "parks.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        _feature({"type": "Point", "coordinates": [36.82, -1.28]}, "Uhuru"),
        _feature({"type": "LineString", "coordinates": [[36.81, -1.29], [36.83, -1.27]]}, "Path"),
        _feature({"type": "Polygon", "coordinates": [[[36.8, -1.3], [36.81, -1.3], [36.81, -1.29], [36.8, -1.3]]]},
                 "Field"),
    ]}), encoding="utf-8")
    (data / "police.csv").write_text("longitude,latitude,offence,date\n36.8465,-1.2845,theft,2024-03-14\n"
                                     "36.8470,-1.2850,assault,2024-03-15\n", encoding="utf-8")
    (data / "broken.geojson").write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    (data / "MANIFEST.tsv").write_text("# file\tsource\tlicence\tnote\nparks.geojson\twritten by the test\tCC0\tthree "
                                       "shapes\n", encoding="utf-8")
    out = tmp_path / "results.json"

    code = real_files.main([str(data), "--json", str(out)])

    printed = capsys.readouterr().out
    assert code == 0, printed
    results = {(r["file"], r["command"]): r for r in json.loads(out.read_text(encoding="utf-8"))}
    assert set(results) == {("broken.geojson", "import-basemap"), ("parks.geojson", "import-basemap"),
                            ("police.csv", "import-basemap"), ("police.csv", "import-incidents")}
    parks = results[("parks.geojson", "import-basemap")]
    assert (parks["outcome"], parks["cosafe_counts"], parks["gdal_counts"]) == ("ok", {"parks": 3}, {"parks": 3})
    assert parks["source"] == "written by the test" and parks["licence"] == "CC0"
    assert parks["cosafe_s"] > 0 and parks["gdal_s"] > 0 and parks["cosafe_mb"] > 0 and parks["gdal_mb"] > 0
    incidents = results[("police.csv", "import-incidents")]
    assert (incidents["outcome"], incidents["cosafe_counts"], incidents["gdal_counts"]) == (
        "ok", {"incidents": 2}, {"police": 2})
    assert results[("police.csv", "import-basemap")]["cosafe_counts"] == {"police": 2}
    broken = results[("broken.geojson", "import-basemap")]
    assert broken["outcome"] == "refused" and broken["message"].startswith("cosafe: broken.geojson")
    assert broken["gdal_outcome"].startswith("failed")
    assert "written by the test  [CC0]" in printed
    assert "refused          1" in printed and "ok               3" in printed


def test_a_smaller_count_than_gdal_is_a_wrong_count_and_a_traceback_is_flagged(real_files):
    lost = real_files.Result(file="tracks.gpx", size_mb=0.1, command="import-basemap", driver="GPX", outcome="ok",
                             cosafe_counts={"tracks": 1, "waypoints": 7},
                             gdal_counts={"tracks": 2, "waypoints": 7, "track_points": 900})
    real_files.compare_counts(lost)
    assert lost.outcome == "wrong count" and lost.count_note == "FEWER tracks: 1 vs 2"
    osm = real_files.Result(file="city.osm", size_mb=1, command="import-basemap", driver="OSM", outcome="ok",
                            cosafe_counts={"bench": 10}, gdal_counts={"points": 5, "lines": 8, "other_relations": 3})
    real_files.compare_counts(osm)
    assert osm.outcome == "ok" and "kept 10 of GDAL's 13" in osm.count_note

    crashed = real_files.Run(0.5, 90, 1, "", "Traceback (most recent call last):\n  ...\nKeyError: 'x'\n")
    assert real_files.classify(crashed) == ("TRACEBACK", "KeyError: 'x'")
    assert real_files.classify(real_files.Run(0.5, 90, 1, "", "cosafe: a.kml is empty\n")) == (
        "refused", "cosafe: a.kml is empty")
    assert real_files.classify(real_files.Run(0.5, 90, -11, "", ""))[0] == "crash"
    lines = real_files.summary([lost, osm, real_files.Result(file="a.kml", size_mb=0, command="import-basemap",
                                                               outcome="TRACEBACK", message="KeyError: 'x'")])
    assert "wrong count      1" in lines and "TRACEBACK        1" in lines
    assert "!!! TRACEBACK: a.kml (import-basemap) — KeyError: 'x'" in lines


def test_the_content_checks_find_what_counts_cannot(real_files, tmp_path):
    from shapely.geometry import LineString, Point, Polygon

    from cosafe.core.records import BasemapLayer
    from cosafe.store import basemap
    from cosafe.store.basemap import BasemapFeature
    from cosafe.store.project_store import ProjectStore

    project = tmp_path / "project.gpkg"
    ProjectStore.create(str(project), name="checks").close()
    with ProjectStore.open(str(project)) as store:
        layer = BasemapLayer(name="regions", kind="vector", source_name="regions.shp", source_format="ESRI Shapefile",
                             sort_order=1)
        square = Polygon([(10, 10), (10.1, 10), (10.1, 10.1)])
        basemap.add_vector_layer(store, layer, [
            BasemapFeature(square, "poi", "RÃ©gion de BokÃ©", {"end": "NaT"}, layer_uuid=layer.uuid),
            BasemapFeature(LineString([(10, 10), (10.2, 10.2)]), "minor_road", "\n Route 1 \n", layer_uuid=layer.uuid),
            BasemapFeature(Point(10, 10), "poi", "Région de Boké", {"begin": "2024-03-01"}, layer_uuid=layer.uuid),
            BasemapFeature(Point(10.1, 10), "poi", None, {"note": "NaTional"}, layer_uuid=layer.uuid),
        ])

    assert real_files.content_checks(project) == {
        "nat": "1 of 4", "garbled": "1 of 4", "unnamed": "1 of 4", "padded": "1 of 4", "point_symbols": "1 of 2"}
