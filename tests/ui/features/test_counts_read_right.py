"""One of a thing reads "1 pin", not "1 pins" (issue 14: "1 pins", "1 stakeholders" in the trial)."""

from __future__ import annotations

from audit_support import NOISE
from map_support import LAT, LON
from shapely.geometry import Point

from cosafe.core.edits import AddRecord
from cosafe.core.records import Action, Group, PerceptionPin, Proposal, Stakeholder, Workshop
from cosafe.core.workshops import delete_workshop_message

pytestmark = NOISE


def bring_forward(recording, dock_name: str) -> None:
    """Raise a dock's tab, as a click on it does: its panel catches up then."""
    recording.window.host.dock(dock_name).raise_()
    recording.qtbot.wait(20)


def test_panels_count_one_thing_in_the_singular(recording):
    window, session = recording.window, recording.window.session
    workshop = recording.workshop
    for record in (PerceptionPin(geom=Point(LON, LAT), workshop_uuid=workshop.uuid, feeling="unsafe"),
                   Stakeholder(name="County Lighting Department"),
                   Proposal(geom=Point(LON, LAT), title="Lights", workshop_uuid=workshop.uuid),
                   Action(title="Street lights")):
        assert session.perform(AddRecord(record, "Add"))
    features = window.features
    bring_forward(recording, "auditsDock")
    features.audits.tabs.setCurrentWidget(features.audits.pins_panel)
    assert features.audits.pins_panel.note.text() == "1 pin in Riverside night audit"
    bring_forward(recording, "stakeholdersDock")
    assert features.plan.stakeholders.count_label.text() == "1 stakeholder"
    bring_forward(recording, "proposalsTableDock")
    assert features.proposals.table.count_label.text() == "1 proposal"
    bring_forward(recording, "actionsDock")
    assert features.plan.actions.count_label.text() == "1 action"


def test_a_workshop_of_one_group_reads_1_group(recording):
    session = recording.window.session
    other = Workshop(title="Youth evening")
    assert session.perform(AddRecord(other, "Add workshop"))
    assert session.perform(AddRecord(Group(workshop_uuid=other.uuid, name="Youth club", colour="#0072B2"), "Add"))
    bring_forward(recording, "workshopsDock")
    panel = recording.window.features.workshops.panel
    item = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                if panel.tree.topLevelItem(i).text(0) == "Youth evening")
    assert "1 group · " in item.toolTip(0)
    assert delete_workshop_message("Youth evening", {"groups": 1, "participants": 1, "votes": 1,
                                                     "drawings": 0}) == (
        "Delete the workshop “Youth evening” with its 1 group, 1 participant and 1 vote? "
        "Undo (Ctrl+Z) brings it all back.")
