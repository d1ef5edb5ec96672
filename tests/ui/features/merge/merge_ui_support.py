"""Helpers for the merge UI tests: an office project, a field copy edited on both sides, a window on the office.

Holds no tests; test_merge_dialog / test_conflicts / test_field_copy_ui import from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shapely
from PySide6.QtWidgets import QApplication
from audit_support import seed_workshop
from map_support import LAT, LON, street_project
from shell_support import answer_next_modal

from cosafe.core.edits import UpdateRecord
from cosafe.core.records import PerceptionPin, Proposal
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.project_store import ProjectStore
from cosafe.ui.kit import dialogs

NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
TEAM = "Field team 2"


@dataclass
class Merging:
    qtbot: object
    window: object
    office_path: Path
    team_path: Path
    proposal_uuid: str  # changed on both laptops: a conflict
    office_pin_uuid: str
    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)

    @property
    def store(self) -> ProjectStore:
        return self.window.session.store

    @property
    def ui(self):
        return self.window.features.merge

    def undo_texts(self) -> list[str]:
        stack = self.window.session.undo_stack
        return [stack.text(i) for i in range(stack.count())]


def office_project(path: Path) -> tuple[ProjectStore, Proposal, PerceptionPin]:
    """A street project with a workshop, one proposal of the women's group and one pin."""
    store, _layer = street_project(path)
    workshop, group, _people = seed_workshop(store)
    proposal = Proposal(title="Light the underpass", workshop_uuid=workshop.uuid, group_uuid=group.uuid,
                        geom=shapely.Polygon([(LON, LAT), (LON + 0.0006, LAT), (LON, LAT + 0.0005)]))
    pin = PerceptionPin(geom=shapely.Point(LON - 0.0008, LAT + 0.0004), story="Dark corner", feeling="unsafe")
    store.insert(proposal)
    store.insert(pin)
    return store, proposal, pin


def team_edits(team_path: Path, proposal_uuid: str) -> PerceptionPin:
    """On the team's laptop: retitle and move the shared proposal, add a pin of their own."""
    with ProjectStore.open(str(team_path)) as team:
        moved = shapely.Polygon([(LON + 0.001, LAT), (LON + 0.0016, LAT), (LON + 0.001, LAT + 0.0005)])
        UpdateRecord(team, Proposal, proposal_uuid, {"title": "Team title", "geom": moved}).apply(team)
        pin = PerceptionPin(geom=shapely.Point(LON + 0.0009, LAT - 0.0006), story="Team pin", feeling="safe")
        team.insert(pin)
    return pin


def answer_dialog(kind: type, handler: Callable[[object], None], timeout: float = 10.0,
                  where: Callable[[object], bool] = lambda _dialog: True) -> None:
    """Run ``handler`` on the next modal dialog of type ``kind`` for which ``where`` holds
    (other dialogs before it, such as progress dialogs, are left alone)."""
    answer_next_modal(handler, timeout, kind=kind, where=where)


def open_window(qtbot, path: Path, monkeypatch, state_kwargs: dict) -> Merging:
    from cosafe.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1300, 860)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(str(path))
    state = Merging(qtbot, window, **state_kwargs)
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, title, message: state.errors.append((title, message)))
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, title, message: state.infos.append((title, message)))
    return state


@pytest.fixture
def merging(qtbot, tmp_path, monkeypatch):
    """office.gpkg open in a window; team2.gpkg its field copy; the proposal changed on both sides."""
    office_path, team_path = tmp_path / "office.gpkg", tmp_path / "team2.gpkg"
    store, proposal, pin = office_project(office_path)
    make_field_copy(store, str(team_path), TEAM)
    UpdateRecord(store, Proposal, proposal.uuid, {"title": "Office title"}).apply(store)
    store.close()
    team_edits(team_path, proposal.uuid)
    state = open_window(qtbot, office_path, monkeypatch, dict(office_path=office_path, team_path=team_path,
                                                            proposal_uuid=proposal.uuid, office_pin_uuid=pin.uuid))
    yield state
    for widget in QApplication.topLevelWidgets():
        if widget is not state.window and widget.isVisible():
            widget.close()
    state.window.close()
