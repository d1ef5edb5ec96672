"""The Riverside sample project: complete, valid, deterministic, and committed up to date."""

from __future__ import annotations

import collections
import os
import shutil
import sqlite3
from pathlib import Path

import pyproj
import pytest
import shapely

from checks import ogrinfo_summary, validate_gpkg
from cosafe.core.records import BasemapLayer, Criterion, CriteriaSet, ReasonTag
from cosafe.io.samples import project as sample_project
from cosafe.io.samples.project import SAMPLE_BBOX, write_sample_project
from cosafe.store import basemap
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore

COMMITTED = Path(__file__).resolve().parents[3] / "sample_projects" / "riverside.gpkg"
FEATURE_CLASSES = ("major_road", "minor_road", "path", "railway", "waterway", "water", "green", "landuse",
                   "building", "poi")
# Columns SQLite fills from the wall clock on every write; everything else must repeat.
CLOCK_COLUMNS = {"gpkg_contents": {"last_change"}, "layer_styles": {"update_time"}}
METRE = 1 / 111_000  # degrees, near the equator


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sample written twice; the second time over an existing, unrelated file."""
    folder = tmp_path_factory.mktemp("sample")
    first, second = folder / "first.gpkg", folder / "second.gpkg"
    second.write_bytes(b"an older file that must be replaced")
    write_sample_project(str(first))
    write_sample_project(str(second))
    return first, second


@pytest.fixture(scope="module")
def features(written: tuple[Path, Path]) -> list[BasemapFeature]:
    with ProjectStore.open(str(written[0]), read_only=True) as store:
        return list(basemap.iter_features(store))


def records(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (R-tree and sequence tables too), minus clock columns."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        result = {}
        for table in sorted(tables):
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')
                       if row[1] not in CLOCK_COLUMNS.get(table, set())]
            quoted = ", ".join('"' + column.replace('"', '""') + '"' for column in columns)  # names, not strings
            rows = connection.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        connection.close()


def test_opens_and_passes_its_own_checks(written: tuple[Path, Path]) -> None:
    with ProjectStore.open(str(written[0])) as store:
        assert store.check() == []
        assert store.name == "Riverside Market sample"
        assert store.get_meta("place") == "Riverside (fictional neighbourhood)"
        assert "fictional" in store.get_meta("description") and "Invented" in store.get_meta("description")
        assert store.get_meta("project_uuid") == sample_project.PROJECT_UUID
        assert store.device_id == sample_project.DEVICE_ID
        assert store.count(CriteriaSet) == 1 and store.count(Criterion) == 9 and store.count(ReasonTag) > 0
        assert {r.device_id for r in store.list(Criterion)} == {sample_project.DEVICE_ID}


def test_one_generated_vector_layer_holds_every_feature(written: tuple[Path, Path]) -> None:
    with ProjectStore.open(str(written[0]), read_only=True) as store:
        (layer,) = store.list(BasemapLayer)
        counts = store.counts()
    assert (layer.name, layer.kind, layer.source_format) == ("Riverside basemap", "vector", "generated")
    assert layer.attribution == "Sample data, invented for CoSafe"
    assert layer.uuid == sample_project.LAYER_UUID
    assert layer.created_at == layer.updated_at == sample_project.SAMPLE_TIMESTAMP
    assert layer.feature_count == counts["basemap_points"] + counts["basemap_lines"] + counts["basemap_polygons"]


def test_has_every_feature_class_of_a_neighbourhood(features: list[BasemapFeature]) -> None:
    per_class = collections.Counter(f.style_class for f in features)
    assert all(per_class[c] > 0 for c in FEATURE_CLASSES), per_class
    assert per_class["building"] > 1000
    tags = {(k, v) for f in features for k, v in f.tags.items()}
    for wanted in (("highway", "street_lamp"), ("highway", "bus_stop"), ("amenity", "toilets"),
                   ("amenity", "police"), ("amenity", "school"), ("amenity", "marketplace"), ("amenity", "bar"),
                   ("highway", "primary"), ("highway", "residential"), ("highway", "footway"),
                   ("building", "yes"), ("waterway", "river"), ("leisure", "park"), ("landuse", "industrial")):
        assert wanted in tags, wanted
    named = {(f.style_class, f.name) for f in features}
    assert {("landuse", "Riverside Market"), ("green", "Mto Park"), ("landuse", "Riverside Interchange")} <= named


def test_places_hold_what_they_are_for(features: list[BasemapFeature]) -> None:
    def area(name: str) -> shapely.Geometry:
        return next(f.geometry for f in features if f.name == name and f.style_class in ("landuse", "green"))

    market, interchange, park = area("Riverside Market"), area("Riverside Interchange"), area("Mto Park")
    stalls = [f for f in features if f.style_class == "building" and market.contains(f.geometry)]
    assert len(stalls) > 50
    stops = [f for f in features if f.tags.get("highway") == "bus_stop" and interchange.contains(f.geometry)]
    assert len(stops) >= 2
    assert any(f.style_class == "path" and f.geometry.intersects(park) for f in features)


def test_main_road_crosses_the_river_on_a_bridge(features: list[BasemapFeature]) -> None:
    water = shapely.union_all([f.geometry for f in features if f.style_class == "water"])
    main = [f for f in features if f.tags.get("highway") == "primary"]
    bridges = [f for f in main if f.tags.get("bridge") == "yes"]
    assert bridges and all(b.geometry.intersects(water) for b in bridges)
    assert not any(f.geometry.intersects(water) for f in main if f not in bridges)


def test_geometries_are_valid_and_inside_the_stated_bbox(features: list[BasemapFeature]) -> None:
    shapes = [f.geometry for f in features]
    assert all(shapely.is_valid(shapes))
    minx, miny, maxx, maxy = shapely.total_bounds(shapes)
    tolerance = 1e-7  # coordinates are snapped to this grid
    assert minx >= SAMPLE_BBOX[0] - tolerance and miny >= SAMPLE_BBOX[1] - tolerance
    assert maxx <= SAMPLE_BBOX[2] + tolerance and maxy <= SAMPLE_BBOX[3] + tolerance
    geod = pyproj.Geod(ellps="WGS84")
    width = geod.inv(SAMPLE_BBOX[0], SAMPLE_BBOX[1], SAMPLE_BBOX[2], SAMPLE_BBOX[1])[2]
    height = geod.inv(SAMPLE_BBOX[0], SAMPLE_BBOX[1], SAMPLE_BBOX[0], SAMPLE_BBOX[3])[2]
    assert 1450 < width < 1550 and 1150 < height < 1250


def test_buildings_stand_clear_of_roads_paths_rail_and_water(features: list[BasemapFeature]) -> None:
    buildings = [f.geometry for f in features if f.style_class == "building"]
    half_widths = {"major_road": 5.0, "minor_road": 2.5, "path": 0.8, "railway": 2.0, "waterway": 1.0}
    obstacles = [f.geometry.buffer(half_widths[f.style_class] * METRE) for f in features
                 if f.style_class in half_widths]
    obstacles += [f.geometry for f in features if f.style_class == "water"]
    hits = shapely.STRtree(buildings).query(obstacles, predicate="intersects")
    assert hits.shape[1] == 0
    overlaps = shapely.STRtree(buildings).query(buildings, predicate="overlaps")
    assert overlaps.shape[1] == 0


def test_writing_twice_gives_identical_records(written: tuple[Path, Path]) -> None:
    first, second = records(written[0]), records(written[1])
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table


def test_replaces_the_target_and_leaves_no_temporary_file(written: tuple[Path, Path]) -> None:
    assert sorted(os.listdir(written[0].parent)) == ["first.gpkg", "second.gpkg"]
    assert written[1].read_bytes()[:16] == b"SQLite format 3\x00"


def test_failure_leaves_the_existing_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "riverside.gpkg"
    target.write_bytes(b"previous sample")

    def fail(store: ProjectStore) -> None:
        raise RuntimeError("generator failed")

    monkeypatch.setattr(sample_project, "_add_basemap", fail)
    with pytest.raises(RuntimeError, match="generator failed"):
        write_sample_project(str(target))
    assert target.read_bytes() == b"previous sample"
    assert os.listdir(tmp_path) == ["riverside.gpkg"]


def test_gdal_validator_passes(written: tuple[Path, Path]) -> None:
    assert validate_gpkg(written[0]) == []


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="ogrinfo (gdal-bin) is not installed")
def test_ogrinfo_reads_the_basemap(written: tuple[Path, Path]) -> None:
    summary = ogrinfo_summary(written[0])
    assert "Layer name: basemap_polygons" in summary


def test_committed_sample_matches_the_code(written: tuple[Path, Path]) -> None:
    assert COMMITTED.exists(), "run: python sample_projects/build_sample.py"
    assert COMMITTED.stat().st_size < 3_000_000
    committed, fresh = records(COMMITTED), records(written[0])
    assert committed.keys() == fresh.keys(), "rebuild with: python sample_projects/build_sample.py"
    stale = [table for table in fresh if committed[table] != fresh[table]]
    assert not stale, f"sample_projects/riverside.gpkg is stale in {stale}; run python sample_projects/build_sample.py"


def test_holds_a_finished_workshop(written: tuple[Path, Path]) -> None:
    from collections import Counter

    from cosafe.core.records import Group, Participant, Proposal, Vote, Workshop
    from cosafe.core.voting import tally
    from cosafe.core.vocabulary import CPTED_PRINCIPLES, INTERVENTION_TYPES, keys_of
    from cosafe.io.samples.project import SAMPLE_BBOX

    with ProjectStore.open(str(written[0]), read_only=True) as store:
        [workshop] = store.list(Workshop)
        groups = store.list(Group)
        people = store.list(Participant)
        proposals = store.list(Proposal)
        votes = store.list(Vote)
    assert len(groups) == 3 and len({g.colour for g in groups}) == 3
    assert 20 <= len(people) <= 30 and all(p.consent_given and p.contact is None for p in people)
    genders, ages = Counter(p.gender for p in people), Counter(p.age_band for p in people)
    assert genders["woman"] > genders["man"] > 0 and len(ages) >= 4  # women and youth are the priority groups
    assert {p.group_uuid for p in people} == {g.uuid for g in groups}
    assert 20 <= len(proposals) <= 30
    assert len({p.cpted_principle for p in proposals}) >= 8
    assert {p.cpted_principle for p in proposals} <= set(keys_of(CPTED_PRINCIPLES))
    assert {p.intervention_type for p in proposals} <= set(keys_of(INTERVENTION_TYPES))
    box = shapely.box(*SAMPLE_BBOX).buffer(1e-6)  # coordinates are snapped to 1e-7°
    assert all(p.geom.is_valid and box.covers(p.geom) for p in proposals)
    assert {p.geom.geom_type for p in proposals} == {"Point", "LineString", "Polygon"}
    per_voter = Counter(v.participant_uuid for v in votes)
    assert set(per_voter.values()) == {workshop.votes_per_participant}
    ranked = tally(votes, [p.uuid for p in proposals])
    assert ranked[0].dots > ranked[-1].dots
