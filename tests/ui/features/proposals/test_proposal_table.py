"""The Proposals table and Compare Groups view: sorting, filters, selection both ways, zoom, counts."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from proposal_support import OFFSCREEN_NOISE

from cosafe.core.edits import AddRecord
from cosafe.core.records import Vote
from cosafe.ui.features.proposals.table_model import COST, GROUP_ROLE, PRINCIPLE_ROLE, TITLE
from cosafe.ui.kit.table_model import UUID_ROLE

pytestmark = OFFSCREEN_NOISE


def column_texts(panel, column: int) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def click_header(panel, qtbot, column: int) -> None:
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_lists_every_proposal_and_sorts_by_clicked_column(ui, data, qtbot):
    panel = ui.table
    ui.table_dock.raise_()
    assert panel.proxy.rowCount() == len(data.proposals)
    click_header(panel, qtbot, TITLE)
    titles = column_texts(panel, TITLE)
    assert titles == sorted(titles, key=str.casefold)
    click_header(panel, qtbot, COST)
    costs = column_texts(panel, COST)
    # Numbers sort as numbers (800 before 12,000), and "not estimated" sorts last.
    assert costs[:3] == ["500", "800", "2,500"] and costs[-1] == "—"
    click_header(panel, qtbot, COST)
    assert column_texts(panel, COST)[:2] == ["—", "30,000"]  # descending


def test_filters_by_group_and_principle(ui, data):
    panel = ui.table
    youth = data.groups[1]
    panel.group_filter.setCurrentIndex(panel.group_filter.findData(youth.uuid))
    assert panel.proxy.rowCount() == 3
    assert {panel.proxy.index(r, 0).data(GROUP_ROLE) for r in range(3)} == {youth.uuid}
    assert panel.count_label.text() == f"3 of {len(data.proposals)} proposals shown"
    panel.group_filter.setCurrentIndex(0)  # All groups
    panel.principle_filter.setCurrentIndex(panel.principle_filter.findData("natural_surveillance"))
    assert sorted(column_texts(panel, TITLE)) == ["Lights on Soko St", "Stall lights", "Trim the hedge by the clinic"]
    panel.group_filter.setCurrentIndex(panel.group_filter.findData(data.groups[2].uuid))
    assert column_texts(panel, TITLE) == ["Stall lights"]
    assert panel.proxy.index(0, 0).data(PRINCIPLE_ROLE) == "natural_surveillance"


def test_selection_kept_in_step_both_ways(ui, data, qtbot):
    panel, selection = ui.table, ui.window.features.sketching.selection
    ui.table_dock.raise_()
    row = column_texts(panel, TITLE).index("Football evenings")
    rect = panel.table.visualRect(panel.proxy.index(row, TITLE))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selection.selected_uuids == [data.by_title["Football evenings"].uuid]
    assert ui.properties.proposal is not None and ui.properties.proposal.title == "Football evenings"
    selection.select([data.by_title["Stall lights"].uuid, data.by_title["Mural on the blank wall"].uuid])
    assert sorted(panel.selected_uuids()) == sorted(selection.selected_uuids)
    selection.select([])
    assert panel.selected_uuids() == []


def test_votes_and_rank_columns_follow_votes(ui, data):
    session, panel = ui.window.session, ui.table
    target = data.by_title["Clean-up of the lane"]
    session.perform(AddRecord(Vote(workshop_uuid=data.workshop.uuid, proposal_uuid=target.uuid,
                                   participant_uuid=data.participants[0].uuid)))
    row = next(r for r in range(panel.proxy.rowCount()) if panel.proxy.index(r, 0).data(UUID_ROLE) == target.uuid)
    assert panel.proxy.index(row, 7).data() == "1" and panel.proxy.index(row, 8).data() == "1"


def test_double_click_zooms_the_map_to_the_proposal(ui, data, qtbot):
    calls = []
    ui.window.map_canvas.zoom_to_bounds = lambda *bounds: calls.append(bounds)
    ui.table_dock.raise_()
    row = column_texts(ui.table, TITLE).index("Toilets at the market")  # a point: padded box
    rect = ui.table.table.visualRect(ui.table.proxy.index(row, TITLE))
    qtbot.mouseClick(ui.table.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(ui.table.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    [(min_lon, min_lat, max_lon, max_lat)] = calls[:1]
    point = data.by_title["Toilets at the market"].geom
    assert min_lon < point.x < max_lon and min_lat < point.y < max_lat
    assert max_lon - min_lon > 0.0005


def test_comparison_counts_principles_per_group(ui, data):
    view = ui.comparison
    market, youth, traders = data.groups
    assert set(view.columns) == {market.uuid, youth.uuid, traders.uuid}
    assert view.counts[market.uuid] == {"natural_surveillance": 2, "activity_support": 1}
    assert view.counts[youth.uuid] == {"activity_support": 1, "community_culture": 1, "connectivity": 1}
    assert view.counts[traders.uuid] == {"natural_surveillance": 1, "maintenance": 1, "target_hardening": 1}


def test_docks_have_view_toggles_and_are_parked_without_a_project(ui, window):
    view = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    toggles = {dock.toggleViewAction() for dock in ui.docks}
    assert toggles <= set(view.actions())
    window.close_project()
    assert all(dock.isHidden() for dock in ui.docks)
    assert not any(action.isEnabled() for action in toggles)
    assert ui.table.model.rowCount() == 0


def test_works_with_the_maps_own_selection_model(ui, data, qtbot):
    ui.window.features.sketching.selection.select([data.by_title["Stall lights"].uuid])
    assert ui.table.selected_uuids() == [data.by_title["Stall lights"].uuid]
    assert ui.properties.proposal is not None and ui.properties.proposal.title == "Stall lights"
    ui.table.table.selectRow(0)
    assert ui.window.features.sketching.selection.selected_uuids == ui.table.selected_uuids()


def test_a_hidden_tab_rebuilds_only_when_shown(ui, data, window, qtbot):
    """Rebuilding every hidden dock after each edit made drawing slow: they wait until shown."""
    window.show()
    ui.comparison_dock.raise_()  # the Proposals tab is now hidden behind Compare Groups
    qtbot.waitUntil(lambda: ui.table.visibleRegion().isEmpty())
    target = data.by_title["Stall lights"]
    before = ui.table.model.rows[ui.table.model.row_of(target.uuid)].dots
    vote = Vote(workshop_uuid=data.workshop.uuid, proposal_uuid=target.uuid, group_uuid=target.group_uuid)
    assert window.session.perform(AddRecord(vote))
    assert ui.table.model.rows[ui.table.model.row_of(target.uuid)].dots == before  # not rebuilt while hidden
    ui.table_dock.raise_()
    qtbot.waitUntil(lambda: ui.table.model.rows[ui.table.model.row_of(target.uuid)].dots == before + 1)


def test_editing_proposals_updates_their_rows_without_a_reload(ui, data, window, monkeypatch):
    """One stroke touches one proposal: its row is added, changed or dropped, the rest are not re-read."""
    from cosafe.core.edits import DeleteRecord, UpdateRecord
    from cosafe.core.records import Proposal

    loads = []
    monkeypatch.setattr(ui.table.model, "load", lambda store: loads.append(store))
    before = ui.table.model.rowCount()
    group = data.by_title["Stall lights"].group_uuid
    added = Proposal(title="Benches by the kiosk", workshop_uuid=data.workshop.uuid, group_uuid=group)
    session = window.session
    assert session.perform(AddRecord(added))
    row = ui.table.model.rows[ui.table.model.row_of(added.uuid)]
    assert ui.table.model.rowCount() == before + 1 and row.group_name and row.dots == 0 and row.rank is None
    assert session.perform(UpdateRecord(session.store, Proposal, added.uuid, {"title": "Benches and a lamp"}))
    assert ui.table.model.rows[ui.table.model.row_of(added.uuid)].text(TITLE) == "Benches and a lamp"
    assert ui.table.count_label.text() == f"{before + 1} proposals"
    assert session.perform(DeleteRecord(session.store, Proposal, added.uuid))
    assert ui.table.model.row_of(added.uuid) is None and ui.table.model.rowCount() == before
    session.undo_stack.undo()  # the delete: the row comes back, title and all
    assert ui.table.model.rows[ui.table.model.row_of(added.uuid)].text(TITLE) == "Benches and a lamp"
    assert loads == []


def test_deleting_a_voted_proposal_reranks_the_rest(ui, data, window):
    """A proposal with dots leaving moves other ranks: that edit re-reads the table."""
    from cosafe.core.edits import DeleteRecord
    from cosafe.core.records import Proposal

    session = window.session
    top, second = data.by_title["Stall lights"], next(p for t, p in data.by_title.items() if t != "Stall lights")
    for proposal, dots in ((top, 2), (second, 1)):
        vote = Vote(workshop_uuid=data.workshop.uuid, proposal_uuid=proposal.uuid, group_uuid=proposal.group_uuid, dots=dots)
        assert session.perform(AddRecord(vote))
    assert ui.table.model.rows[ui.table.model.row_of(second.uuid)].rank == 2
    assert session.perform(DeleteRecord(session.store, Proposal, top.uuid))
    assert ui.table.model.row_of(top.uuid) is None
    assert ui.table.model.rows[ui.table.model.row_of(second.uuid)].rank == 1

def test_a_group_name_in_the_comparison_is_shown_as_typed(ui, data, window):
    """A name is text people typed: "<i>" in it is shown, not taken as markup."""
    from cosafe.core.edits import UpdateRecord
    from cosafe.core.records import Group
    from PySide6.QtWidgets import QLabel

    market = data.groups[0]
    assert window.session.perform(UpdateRecord(window.session.store, Group, market.uuid, {"name": "<i>Market</i> & co"}))
    ui.comparison.refresh()
    labels = [label for label in ui.comparison.columns[market.uuid].findChildren(QLabel) if "Market" in label.text()]
    assert labels and labels[0].text() == "<i>Market</i> & co"
    assert labels[0].textFormat() == Qt.TextFormat.PlainText and labels[0].font().bold()


def test_the_details_heading_shows_a_title_and_group_as_typed(ui, data, window):
    """Rich text around typed names: their "<" and "&" are escaped, never taken as markup."""
    from cosafe.core.edits import UpdateRecord
    from cosafe.core.records import Group, Proposal

    target = data.by_title["Stall lights"]
    store = window.session.store
    assert window.session.perform(UpdateRecord(store, Proposal, target.uuid, {"title": "<i>Lamps</i> & more"}))
    assert window.session.perform(UpdateRecord(store, Group, target.group_uuid, {"name": "Youth <b>"}))
    ui.properties.show_proposal(target.uuid)
    heading = ui.properties.heading.text()
    assert "&lt;i&gt;Lamps&lt;/i&gt; &amp; more" in heading and "Youth &lt;b&gt;" in heading
