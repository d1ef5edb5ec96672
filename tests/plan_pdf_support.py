"""A small project for the exported-plan tests, and readers of the PDF (poppler's tools).

``build_plan_project(path, actions=…)`` writes a project whose every private value
is a distinct token (``PRIVATE``), so a test can search the PDF text for each:
participant codes and contacts, stakeholder contacts, pin stories, audit comments,
workshop and walk notes. Two men took part (a "<5" cell); the name and place
hold accented, Greek and Cyrillic text.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import shapely

from cosafe.core.actions import new_action_edit
from cosafe.core.records import (
    Action, AuditPoint, AuditScore, AuditWalk, Criterion, Group, Participant, PerceptionPin, Proposal, Stakeholder,
    Vote, WalkParticipant, Workshop,
)
from cosafe.store.project_store import ProjectStore

UNICODE_NAME = "Nairobi — Kawangware, São Paulo, Ελληνικά, Кириллица"
STORY, COMMENT = "Storytoken", "Commenttoken"
PRIVATE = ("Pcodetoken", "participant-contact@example.org", "stakeholder-contact@example.org", STORY, COMMENT,
           "Workshopnotetoken", "Walknotetoken")


@dataclass
class PlanProject:
    path: Path
    action_titles: list[str] = field(default_factory=list)
    stakeholder_names: list[str] = field(default_factory=list)


def build_plan_project(path: Path, actions: int = 6, description_words: int = 12) -> PlanProject:
    """Write the test project to ``path`` (see the module docstring)."""
    result = PlanProject(path)
    with ProjectStore.create(str(path), name=UNICODE_NAME, place="Kawangware, Nairobi") as store:
        workshop = Workshop(title="Safety mapping workshop", held_on="2026-03-14", place="Community hall",
                            notes="Workshopnotetoken")
        group = Group(workshop_uuid=workshop.uuid, name="Women traders")
        store.insert(workshop)
        store.insert(group)
        people = []
        for i, (gender, age) in enumerate([("woman", "15_24")] * 7 + [("man", "25_39")] * 2 + [("woman", "40_59")] * 6):
            people.append(Participant(workshop_uuid=workshop.uuid, group_uuid=group.uuid, code=f"Pcodetoken{i}",
                                      gender=gender, age_band=age, role="trader" if i % 2 else "resident",
                                      contact="participant-contact@example.org"))
        store.insert_many(people)
        criteria = [c for c in store.list(Criterion)]
        points = []
        for when, base in (("day", 2), ("night", 0)):
            walk = AuditWalk(geom=shapely.LineString([(36.85, -1.28), (36.852, -1.28)]), workshop_uuid=workshop.uuid,
                             title=f"Market loop ({when})", walked_on="2026-03-17", time_of_day=when,
                             criteria_set_uuid=criteria[0].set_uuid, notes="Walknotetoken")
            store.insert(walk)
            store.insert_many([WalkParticipant(walk_uuid=walk.uuid, participant_uuid=p.uuid) for p in people[:8]])
            for k in range(6):
                point = AuditPoint(geom=shapely.Point(36.85 + k * 0.0004, -1.28), walk_uuid=walk.uuid, sequence=k + 1,
                                   comment=f"{COMMENT} {when} {k}")
                points.append(point)
                store.insert(point)
                store.insert_many([AuditScore(point_uuid=point.uuid, criterion_uuid=c.uuid, score=(base + k + j) % 4)
                                   for j, c in enumerate(criteria)])
        store.insert_many([PerceptionPin(geom=shapely.Point(36.85 + k * 0.0003, -1.2805), workshop_uuid=workshop.uuid,
                                         group_uuid=group.uuid, participant_uuid=people[k].uuid,
                                         feeling="unsafe" if k % 3 else "safe", story=f"{STORY} {k}",
                                         time_of_day="night" if k % 2 else "day") for k in range(12)])
        proposals = [Proposal(geom=shapely.Point(36.8505 + k * 0.0004, -1.2802), workshop_uuid=workshop.uuid,
                              group_uuid=group.uuid, title=f"Proposal {k + 1}", cpted_principle="natural_surveillance",
                              intervention_type="street_lighting", cost_estimate=1000.0 * (k + 1)) for k in range(4)]
        store.insert_many(proposals)
        store.insert_many([Vote(workshop_uuid=workshop.uuid, proposal_uuid=proposals[k % 4].uuid,
                                participant_uuid=people[k].uuid, dots=1 + k % 2) for k in range(10)])
        sectors = ["government", "business", "community", "civil_society"]
        stakeholders = [Stakeholder(name=f"Partner {k + 1} Ελλάδα", sector=sectors[k % 4], role="Lights and roads",
                                    influence=1 + k % 5, interest=5 - k % 5,
                                    contact_person="stakeholder-contact@example.org") for k in range(9)]
        store.insert_many(stakeholders)
        result.stakeholder_names = [s.name for s in stakeholders]
        words = " ".join(["Repair and light the lane so that people can see and be seen"] * max(1, description_words // 12))
        for k in range(actions):
            title = f"Action {k + 1:02d} Лампы"
            action = Action(title=title, description=words, cpted_principle="natural_surveillance",
                            prevention_approach="situational", responsible_uuid=stakeholders[k % 9].uuid,
                            timeframe=("short", "medium", "long")[k % 3], cost_estimate=2500.0 * (k + 1),
                            indicator="Mean safety score at the lane", target="3.5 / 5", status="agreed")
            links = [("proposals", proposals[k % 4].uuid), ("audit_points", points[k % len(points)].uuid)]
            new_action_edit(action, [stakeholders[(k + 1) % 9].uuid], links).apply(store)
            result.action_titles.append(title)
    return result


def pdf_text(path: Path, *args: str) -> str:
    """The PDF's text as ``pdftotext`` reads it (extra arguments such as "-layout", "-f", "2")."""
    done = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def pdf_info(path: Path) -> dict[str, str]:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in done.stdout.splitlines())}


def pdf_fonts(path: Path) -> list[list[str]]:
    """Rows of ``pdffonts``: name, type, encoding, emb, sub, uni, … (header lines dropped)."""
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [line.split() for line in done.stdout.splitlines()[2:] if line.strip()]


def page_pixels(path: Path, folder: Path, dpi: int = 20) -> list:
    """Each page as a greyscale PIL image rendered by ``pdftoppm``."""
    from PIL import Image

    done = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(path), str(folder / "page")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return [Image.open(p).copy() for p in sorted(folder.glob("page-*.png"))]
