"""Fixtures for the proposal, table, comparison and voting tests (no tests of its own).

A small workshop is written straight into a new project (ProjectStore.create +
store.insert): three groups, six participants, nine proposals across principles.
The window is the real MainWindow with the fake canvas.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from shapely.geometry import LineString, Point
from shell_support import OFFSCREEN_NOISE

from cosafe.core.records import Group, Participant, Proposal, Workshop
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.proposals.feature import ProposalsFeature

GROUPS = (("Market women", "#E69F00"), ("Youth club", "#0072B2"), ("Traders", "#009E73"))
# title, group index, principle, intervention, beneficiaries, cost
PROPOSALS = (
    ("Lights on Soko St", 0, "natural_surveillance", "street_lighting", ["women"], 12000.0),
    ("Toilets at the market", 0, "activity_support", "public_toilets", ["women", "girls"], 30000.0),
    ("Trim the hedge by the clinic", 0, "natural_surveillance", "sightlines", ["everyone"], 800.0),
    ("Football evenings", 1, "activity_support", "youth_programme", ["youth"], 2500.0),
    ("Mural on the blank wall", 1, "community_culture", None, ["youth"], None),
    ("Crossing at the school", 1, "connectivity", "safe_crossing", ["children"], 9000.0),
    ("Stall lights", 2, "natural_surveillance", "vending_space", ["everyone"], 4000.0),
    ("Clean-up of the lane", 2, "maintenance", "clean_up", ["everyone"], 500.0),
    ("Shutters for kiosks", 2, "target_hardening", None, [], 15000.0),
)


@dataclass
class Data:
    store: ProjectStore
    workshop: Workshop
    groups: list[Group]
    participants: list[Participant]
    proposals: list[Proposal]
    by_title: dict[str, Proposal] = field(default_factory=dict)


def seed(store: ProjectStore) -> Data:
    workshop = Workshop(title="Riverside workshop 1", held_on="2026-11-20", votes_per_participant=3)
    store.insert(workshop)
    groups = [Group(workshop_uuid=workshop.uuid, name=name, colour=colour) for name, colour in GROUPS]
    participants = [Participant(workshop_uuid=workshop.uuid, group_uuid=groups[i // 2].uuid, code=f"P0{i + 1}",
                                consent_given=True) for i in range(6)]
    proposals = []
    for i, (title, g, principle, kind, whom, cost) in enumerate(PROPOSALS):
        geom = Point(36.80 + i * 0.001, -1.28) if i % 2 else LineString([(36.80, -1.28 - i * 0.001), (36.802, -1.28)])
        proposals.append(Proposal(geom=geom, workshop_uuid=workshop.uuid, group_uuid=groups[g].uuid, title=title,
                                  cpted_principle=principle, intervention_type=kind, beneficiaries=whom,
                                  cost_estimate=cost))
    for record in (*groups, *participants, *proposals):
        store.insert(record)
    return Data(store, workshop, groups, participants, proposals, {p.title: p for p in proposals})


@pytest.fixture
def data(tmp_path) -> Data:
    store = ProjectStore.create(str(tmp_path / "workshop.gpkg"), name="Riverside")
    return seed(store)


@pytest.fixture
def ui(window, data, qtbot) -> ProposalsFeature:
    """The window with the project open: its proposal docks."""
    window.install_store(data.store)
    return window.features.proposals


def stored(data: Data, title: str) -> Proposal:
    proposal = data.store.get(Proposal, data.by_title[title].uuid)
    assert proposal is not None
    return proposal


__all__ = ["OFFSCREEN_NOISE", "Data", "data", "seed", "stored", "ui"]
