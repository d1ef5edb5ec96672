"""The Voting dock: one click one dot, budgets refused inline, live ranks equal core tally, undo per dot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from proposal_support import OFFSCREEN_NOISE

from cosafe.core.records import Proposal, Vote
from cosafe.core.voting import tally

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def voting(ui, qtbot):
    ui.voting_dock.show()
    ui.voting_dock.raise_()
    ui.window.activateWindow()
    qtbot.waitUntil(ui.window.isActiveWindow)
    return ui.voting


def click(panel, qtbot, title: str, button=Qt.MouseButton.LeftButton) -> None:
    listing = panel.proposals
    row = next(i for i in range(listing.count()) if listing.item(i).text().startswith(title))
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), button, pos=rect.center())


def stored_votes(data) -> list[Vote]:
    return data.store.list(Vote)


def test_the_first_participant_is_the_voter_when_the_dock_opens(voting, data):
    # Not the separator between participants and groups, which has no voter behind it.
    first = min(data.participants, key=lambda p: (p.code, p.uuid))
    assert voting.voter == f"participant:{first.uuid}"
    assert "3 of 3 dots left" in voting.remaining.text()


def test_three_dots_placed_and_the_fourth_refused(voting, data, qtbot):
    first = data.participants[0]
    voting.select_voter(f"participant:{first.uuid}")
    assert "3 of 3 dots left" in voting.remaining.text()
    for title in ("Lights on Soko St", "Lights on Soko St", "Football evenings"):
        click(voting, qtbot, title)
    assert len(stored_votes(data)) == 3
    assert all(v.participant_uuid == first.uuid and v.group_uuid == first.group_uuid for v in stored_votes(data))
    assert "0 of 3 dots left" in voting.remaining.text()
    click(voting, qtbot, "Stall lights")
    assert len(stored_votes(data)) == 3
    assert not voting.message.isHidden() and "Only 0 of 3 dots left" in voting.message.text()


def test_ranking_matches_core_tally_and_updates_live(voting, data, qtbot):
    plan = {0: ["Toilets at the market", "Toilets at the market", "Stall lights"],
            1: ["Toilets at the market", "Clean-up of the lane"],
            3: ["Stall lights", "Crossing at the school", "Toilets at the market"]}
    for index, titles in plan.items():
        voting.select_voter(f"participant:{data.participants[index].uuid}")
        for title in titles:
            click(voting, qtbot, title)
    proposals = data.store.list(Proposal)
    expected = tally(stored_votes(data), [p.uuid for p in proposals])
    # Ties share a rank; their order follows the list given, so compare as sets.
    assert set(voting.ranking) == set(expected)
    assert [r.dots for r in voting.ranking] == sorted((r.dots for r in voting.ranking), reverse=True)
    ranking = voting.ranking_list
    shown = [(ranking.topLevelItem(i).text(0), ranking.topLevelItem(i).text(1), ranking.topLevelItem(i).text(3))
             for i in range(3)]
    assert shown == [("1", "4", "Toilets at the market"), ("2", "2", "Stall lights"),
                     (shown[2][0], "1", shown[2][2])]
    assert ui_table_votes(voting, data, "Toilets at the market") == "4"


def ui_table_votes(voting, data, title: str) -> str:
    """The Votes cell of the Proposals table, as someone sees it after bringing its tab forward."""
    proposal_ui = voting.window().features.proposals
    proposal_ui.table_dock.raise_()
    QApplication.processEvents()
    table = proposal_ui.table
    uuid = data.by_title[title].uuid
    row = table.model.row_of(uuid)
    return table.model.index(row, 7).data()


def test_ctrl_z_removes_the_last_dot(voting, data, qtbot):
    voting.select_voter(f"participant:{data.participants[2].uuid}")
    click(voting, qtbot, "Mural on the blank wall")
    click(voting, qtbot, "Shutters for kiosks")
    voting.proposals.setFocus()
    qtbot.keyClick(voting.window(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [left] = stored_votes(data)
    assert left.proposal_uuid == data.by_title["Mural on the blank wall"].uuid
    assert "2 of 3 dots left" in voting.remaining.text()


def test_right_click_takes_back_only_this_voters_dot(voting, data, qtbot):
    one, two = data.participants[0], data.participants[1]
    voting.select_voter(f"participant:{one.uuid}")
    click(voting, qtbot, "Stall lights")
    voting.select_voter(f"participant:{two.uuid}")
    click(voting, qtbot, "Stall lights")
    voting.select_voter(f"participant:{one.uuid}")
    click(voting, qtbot, "Stall lights", Qt.MouseButton.RightButton)
    [left] = stored_votes(data)
    assert left.participant_uuid == two.uuid
    click(voting, qtbot, "Stall lights", Qt.MouseButton.RightButton)
    assert len(stored_votes(data)) == 1 and "no dot" in voting.message.text()


def test_a_group_votes_as_one_with_its_own_budget(voting, data, qtbot):
    traders = data.groups[2]
    voting.select_voter(f"group:{traders.uuid}")
    for _ in range(4):
        click(voting, qtbot, "Clean-up of the lane")
    votes = stored_votes(data)
    assert len(votes) == 3 and all(v.group_uuid == traders.uuid and v.participant_uuid is None for v in votes)
    assert "Only 0 of 3" in voting.message.text()


def test_other_workshops_proposals_do_not_rebuild_the_voting_and_comparison_docks(voting, ui, data, monkeypatch):
    """Drawing in one workshop should not make every panel of another re-read its proposals."""
    from cosafe.core.edits import AddRecord
    from cosafe.core.records import Workshop

    session = ui.window.session
    other = Workshop(title="Youth evening")
    assert session.perform(AddRecord(other))
    rebuilt = []
    monkeypatch.setattr(ui.voting, "refresh", lambda: rebuilt.append("voting"))
    monkeypatch.setattr(ui.comparison, "refresh", lambda: rebuilt.append("comparison"))
    ui.comparison_dock.show()
    assert session.perform(AddRecord(Proposal(title="Skate park lights", workshop_uuid=other.uuid)))
    assert rebuilt == []
    assert session.perform(AddRecord(Proposal(title="Water point", workshop_uuid=data.workshop.uuid)))
    assert "voting" in rebuilt
