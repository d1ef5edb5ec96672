"""Proposal numbers and votes on the map: the same numbers as the Proposals list and the plan's tables."""

from __future__ import annotations

import pytest
import shapely
from PySide6.QtCore import Qt
from map_support import assert_no_overlaps
from proposal_support import seed
from shapely.geometry import Point

from cosafe.core.edits import AddRecord, DeleteRecord
from cosafe.core.records import Proposal, Vote
from cosafe.io.plan_report.plan_rows import proposal_rows
from cosafe.io.samples.project import write_sample_project
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import proposal_dots, proposal_numbers
from cosafe.ui.features.proposals.map_export import build as build_part
from cosafe.ui.features.proposals.map_labels import BadgeArt, readable_fill
from cosafe.ui.features.proposals.table_model import NUMBER
from cosafe.ui.map import export as export_module
from cosafe.ui.map.export import render_map_image
from cosafe.ui.map.export_overlays import ExportView
from cosafe.ui.map.overlay_registry import OverlayRequest
from cosafe.ui.map.labels import TextArt

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def _badges(controller) -> dict[str, str]:
    """Proposal title -> what its badge on the canvas says, for the badges placed now."""
    titles = {p.uuid: p.title for p in controller.session.store.list(Proposal, with_geometry=False)}
    numbers = controller.layer.badges.numbers
    by_number = {number: uuid for uuid, number in numbers.items()}
    return {titles[by_number[label.art.number]]: label.art.text for label in controller.canvas.labels.placed
            if isinstance(label.art, BadgeArt)}


def _fit_all(controller, qtbot) -> None:
    """Show every proposal, with a margin, and let the view rest."""
    canvas = controller.canvas
    west, south, east, north = shapely.total_bounds(
        [p.geom for p in controller.session.store.list(Proposal) if p.geom is not None])
    margin = 0.08 * max(east - west, north - south)
    canvas.zoom_to_bounds(west - margin, south - margin, east + margin, north + margin)
    canvas._refine()


def test_numbers_follow_the_order_proposals_were_made_not_votes(tmp_path):
    store = ProjectStore.create(str(tmp_path / "n.gpkg"), name="n")
    late = Proposal(geom=Point(36.8, -1.28), title="late", created_at="2026-03-14T11:00:00.000Z")
    early = Proposal(geom=Point(36.8, -1.28), title="early", created_at="2026-03-14T09:00:00.000Z")
    no_place = Proposal(title="no place yet", created_at="2026-03-14T10:00:00.000Z")
    for record in (late, early, no_place):
        store.insert(record)
    store.insert(Vote(proposal_uuid=late.uuid, group_uuid="g", dots=3))
    store.insert(Vote(proposal_uuid=late.uuid, group_uuid="h", dots=2))
    assert proposal_numbers(store) == {early.uuid: 1, no_place.uuid: 2, late.uuid: 3}
    assert proposal_dots(store) == {late.uuid: 5}
    store.close()


def test_the_map_the_list_and_the_plan_give_a_proposal_one_number(window, qtbot, tmp_path):
    data = seed(ProjectStore.create(str(tmp_path / "w.gpkg"), name="w"))
    voter = data.participants[0]
    data.store.insert(Vote(workshop_uuid=data.workshop.uuid, proposal_uuid=data.by_title["Football evenings"].uuid,
                           participant_uuid=voter.uuid, dots=2))
    window.install_store(data.store)
    controller = window.features.sketching.controller
    _fit_all(controller, qtbot)
    on_map = _badges(controller)
    assert set(on_map) == {p.title for p in data.proposals}  # every proposal has its badge
    table = window.features.proposals.table.model
    in_list = {table.rows[i].proposal.title: table.index(i, NUMBER).data() for i in range(table.rowCount())}
    in_plan = {row.title: str(row.number) for row in proposal_rows(data.store)}
    assert in_list == in_plan
    assert {title: text.split(" ")[0] for title, text in on_map.items()} == in_list
    assert on_map["Football evenings"] == f"{in_list['Football evenings']} · 2 dots"
    assert sorted(int(n) for n in in_list.values()) == list(range(1, len(data.proposals) + 1))
    assert table.headerData(NUMBER, Qt.Orientation.Horizontal) == "No."


def test_badges_follow_votes_and_deletions(window, qtbot, tmp_path):
    data = seed(ProjectStore.create(str(tmp_path / "v.gpkg"), name="v"))
    window.install_store(data.store)
    controller = window.features.sketching.controller
    _fit_all(controller, qtbot)
    target = data.by_title["Stall lights"]
    before = _badges(controller)["Stall lights"]
    vote = Vote(workshop_uuid=data.workshop.uuid, proposal_uuid=target.uuid, participant_uuid=data.participants[1].uuid,
                dots=3)
    assert window.session.perform(AddRecord(vote))
    # Placed again without any view change, once the edit's changes are gathered.
    qtbot.waitUntil(lambda: _badges(controller)["Stall lights"] == f"{before} · 3 dots", timeout=2000)
    first = min(data.proposals, key=lambda p: proposal_numbers(data.store)[p.uuid])
    assert window.session.perform(DeleteRecord(data.store, Proposal, first.uuid))
    qtbot.waitUntil(lambda: not controller.canvas.labels.pending, timeout=2000)
    numbers = sorted(int(text.split(" ")[0]) for text in _badges(controller).values())
    assert numbers == list(range(1, len(data.proposals)))  # the numbers close up
    table = window.features.proposals.table.model
    assert sorted(int(table.index(i, NUMBER).data()) for i in range(table.rowCount())) == numbers


def test_hidden_groups_have_no_badges(window, qtbot, tmp_path):
    data = seed(ProjectStore.create(str(tmp_path / "h.gpkg"), name="h"))
    window.install_store(data.store)
    controller = window.features.sketching.controller
    _fit_all(controller, qtbot)
    controller.set_hidden_groups({data.groups[0].uuid})
    qtbot.waitUntil(lambda: not controller.canvas.labels.pending, timeout=2000)
    shown = set(_badges(controller))
    assert shown == {p.title for p in data.proposals if p.group_uuid != data.groups[0].uuid}


def test_badges_and_names_share_the_map_without_overlapping(window, qtbot, tmp_path):
    path = tmp_path / "sample.gpkg"
    write_sample_project(str(path))
    assert window.open_project(str(path))
    controller = window.features.sketching.controller
    _fit_all(controller, qtbot)
    placed = controller.canvas.labels.placed
    assert any(isinstance(label.art, BadgeArt) for label in placed)
    assert any(isinstance(label.art, TextArt) for label in placed)
    assert_no_overlaps(placed)
    # Every proposal of the sample is numbered when all are in view.
    assert len([label for label in placed if isinstance(label.art, BadgeArt)]) == controller.session.store.count(
        Proposal)


def test_the_exported_map_numbers_every_proposal_as_the_plan_does(qapp, tmp_path, monkeypatch):
    path = tmp_path / "sample.gpkg"
    write_sample_project(str(path))
    drawn = []
    real = export_module.paint_labels
    monkeypatch.setattr(export_module, "paint_labels",
                        lambda painter, labels, world: (drawn.extend(labels), real(painter, labels, world)))
    with ProjectStore.open(str(path), read_only=True) as store:
        import cosafe.ui.features  # noqa: F401 - the features register the overlays they draw

        render_map_image(store, 1200, 840, dpi=150, overlays={"proposals"})
        plan = {str(row.number): row.dots for row in proposal_rows(store)}
        part = build_part(OverlayRequest(store, frozenset({"proposals"}), ExportView()))
        assert part.legend_rows()[-1].text.startswith("12 ● 3")
    badges = [label.art for label in drawn if isinstance(label.art, BadgeArt)]
    assert sorted(b.number for b in badges) == sorted(int(number) for number in plan)  # all 24, as in the plan
    assert all(b.dots == plan[str(b.number)] for b in badges)
    assert any(isinstance(label.art, TextArt) for label in drawn)  # street names too
    assert_no_overlaps(drawn)


def test_white_numbers_read_on_every_group_colour():
    from PySide6.QtGui import QColor

    from cosafe.core.palette import GROUP_COLOURS
    from cosafe.ui.features.proposals.map_labels import MIN_CONTRAST, _luminance

    for colour in GROUP_COLOURS:
        fill = readable_fill(colour)
        assert 1.05 / (_luminance(fill) + 0.05) >= MIN_CONTRAST, colour
        assert fill.hue() == QColor(colour).hue() or QColor(colour).saturation() == 0
