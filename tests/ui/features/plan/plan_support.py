"""Helpers for the plan UI tests: a main window on a small project with perceptions, proposals and a plan.

Holds no tests. The project is ``perception_support.seed_perceptions`` (two audit walks
over six places, pins, incidents) plus two proposals with votes, four stakeholders
(one with a private contact) and four actions:
- "Street lights on the market street": short term, lighting department responsible,
  traders supporting, linked to the proposal with 3 dots, agreed;
- "Toilets by the market": long term, traders responsible, linked to the 1-dot proposal;
- "Evening patrol rota": dates only (2027-01-10 → 2027-03-01), NGO responsible, priority
  5 set by hand, in progress;
- "Clean-up day": nothing scheduled, nobody responsible, done.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest
from perception_support import LAT, LON, PLACES, seed_perceptions
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from shapely.geometry import LineString, Point

from cosafe.core.records import (Action, ActionLink, ActionPartner, PerceptionPin, Proposal, Stakeholder, Vote)
from cosafe.store.project_store import ProjectStore
from cosafe.ui.kit import dialogs

# What the offscreen test platform cannot do for docks, the editor window (raise) and popup menus.
NOISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)")
LEFT = Qt.MouseButton.LeftButton
CONTACT = "Jane Wanjiru, 0722 000 111"
STORY = "STORY-KEEP-PRIVATE-42"
LIGHTS_AT = (LON + 0.0015, LAT - 0.0004)  # a point proposal, away from the audit points and pins
TOILETS_LINE = [(LON + 0.0005, LAT + 0.0004), (LON + 0.0020, LAT + 0.0004)]
EMPTY_AT = (LON + 0.0040, LAT - 0.0015)  # nothing of the project here


@dataclass
class Plan:
    qtbot: object
    window: object
    path: str
    people: dict[str, Stakeholder]
    actions: dict[str, Action]
    proposals: dict[str, Proposal]
    errors: list[tuple[str, str]] = field(default_factory=list)
    confirms: list[tuple[str, str]] = field(default_factory=list)
    offers: list[tuple[str, str]] = field(default_factory=list)  # "done: open the folder?" messages
    accept_offer: bool = False
    accept_confirm: bool = False

    @property
    def store(self) -> ProjectStore:
        return self.window.session.store

    @property
    def ui(self):
        return self.window.features.plan

    @property
    def viewport(self):
        return self.window.map_canvas.graphics_view.viewport()

    def at(self, lon: float, lat: float) -> QPoint:
        return self.window.map_canvas.viewport_position(lon, lat).toPoint()

    def click_map(self, lon: float, lat: float) -> None:
        pos = self.at(lon, lat)
        self.qtbot.mousePress(self.viewport, LEFT, Qt.KeyboardModifier.NoModifier, pos)
        self.qtbot.mouseRelease(self.viewport, LEFT, Qt.KeyboardModifier.NoModifier, pos)

    def undo_texts(self) -> list[str]:
        stack = self.window.session.undo_stack
        return [stack.text(i) for i in range(stack.count())]

    def undo(self) -> None:
        self.window.session.undo_stack.undo()


def seed_plan(store: ProjectStore) -> tuple[dict[str, Stakeholder], dict[str, Action], dict[str, Proposal]]:
    seeded = seed_perceptions(store)
    pins = store.list(PerceptionPin)
    store.replace(dataclasses.replace(pins[0], story=STORY))
    lights = Proposal(geom=Point(*LIGHTS_AT), workshop_uuid=seeded.workshop.uuid, group_uuid=seeded.groups[0].uuid,
                      title="Lights on the market street", cpted_principle="natural_surveillance",
                      cost_estimate=12000.0)
    toilets = Proposal(geom=LineString(TOILETS_LINE), workshop_uuid=seeded.workshop.uuid,
                       group_uuid=seeded.groups[1].uuid, title="Toilets by the market",
                       cpted_principle="activity_support")
    people = {
        "lighting": Stakeholder(name="County Lighting Department", sector="government", role="Runs street lights",
                                influence=5, interest=4, contact_person=CONTACT),
        "traders": Stakeholder(name="Market Traders' Association", sector="business", role="Stall holders",
                               influence=3, interest=5),
        "women": Stakeholder(name="Young Women's Group", sector="community", role="Walks the market daily",
                             influence=2, interest=5),
        "ngo": Stakeholder(name="Safer Streets NGO", sector="civil_society", role="Runs patrols",
                           influence=2, interest=2),
    }
    actions = {
        "lights": Action(title="Street lights on the market street", cpted_principle="natural_surveillance",
                         prevention_approach="situational", responsible_uuid=people["lighting"].uuid,
                         timeframe="short", cost_estimate=12000.0, status="agreed"),
        "toilets": Action(title="Toilets by the market", cpted_principle="activity_support",
                          responsible_uuid=people["traders"].uuid, timeframe="long", cost_estimate=30000.0),
        "patrol": Action(title="Evening patrol rota", cpted_principle="natural_surveillance",
                         prevention_approach="locally_based", responsible_uuid=people["ngo"].uuid,
                         starts_on="2027-01-10", ends_on="2027-03-01", priority=5, priority_from_votes=False,
                         status="in_progress", cost_estimate=800.0),
        "cleanup": Action(title="Clean-up day", cpted_principle="maintenance", status="done"),
    }
    records: list = [lights, toilets, *people.values(), *actions.values(),
                     Vote(workshop_uuid=seeded.workshop.uuid, proposal_uuid=lights.uuid, dots=3),
                     Vote(workshop_uuid=seeded.workshop.uuid, proposal_uuid=toilets.uuid, dots=1),
                     ActionPartner(action_uuid=actions["lights"].uuid, stakeholder_uuid=people["traders"].uuid),
                     ActionLink(action_uuid=actions["lights"].uuid, target_table="proposals", target_uuid=lights.uuid),
                     ActionLink(action_uuid=actions["toilets"].uuid, target_table="proposals",
                                target_uuid=toilets.uuid)]
    for record in records:
        store.insert(record)
    return people, actions, {"lights": lights, "toilets": toilets}


def open_plan(qtbot, tmp_path, monkeypatch, read_only: bool = False) -> Plan:
    from cosafe.ui.shell.main_window import MainWindow

    path = tmp_path / "plan.gpkg"
    store = ProjectStore.create(str(path), name="Market plan", place="Riverside")
    people, actions, proposals = seed_plan(store)
    store.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1300, 860)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(str(path), read_only=read_only)
    window.map_canvas.zoom_to_bounds(LON - 0.001, LAT - 0.002, LON + 0.0045, LAT + 0.002)
    state = Plan(qtbot, window, str(path), people, actions, proposals)
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, title, message: state.errors.append((title, message)))
    monkeypatch.setattr(dialogs, "ask_confirm", lambda _parent, title, message, _ok:
                        state.confirms.append((title, message)) or state.accept_confirm)
    monkeypatch.setattr(dialogs, "offer",
                        lambda _parent, title, message, _step: state.offers.append((title, message)) or state.accept_offer)
    return state


def close_all(window) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()
    window.close()


@pytest.fixture
def plan(qtbot, tmp_path, monkeypatch):
    state = open_plan(qtbot, tmp_path, monkeypatch)
    yield state
    close_all(state.window)


__all__ = ["CONTACT", "EMPTY_AT", "LAT", "LIGHTS_AT", "LON", "NOISE", "PLACES", "STORY", "TOILETS_LINE", "Plan",
           "close_all", "open_plan", "plan"]
