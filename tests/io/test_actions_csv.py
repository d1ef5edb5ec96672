"""The action plan CSV: one row per action in priority order, names not contacts, pins blurred when public."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
import shapely

from cosafe.core.actions import new_action_edit, new_stakeholder_edit
from cosafe.core.privacy import snap_to_grid
from cosafe.core.records import (
    Action, AuditPoint, AuditScore, AuditWalk, Criterion, CriteriaSet, PerceptionPin, Proposal, Stakeholder, Vote,
)
from cosafe.io.actions_csv import COLUMNS, HEADINGS, write_actions_csv
from cosafe.io.export import ExportError

CONTACT = "Grace Wanjiru +254 700 000 001"


@pytest.fixture
def plan(store):
    lights = Stakeholder(name="County lighting department", sector="government", contact_person=CONTACT)
    traders = Stakeholder(name="Market traders’ association", sector="business", contact_person="Ali, ali@example.org")
    women = Stakeholder(name="Women’s group", sector="community")
    for person in (lights, traders, women):
        new_stakeholder_edit(person).apply(store)
    lamp = Proposal(title="Lights on Market Lane", geom=shapely.Point(36.8201, -1.2834))
    toilet = Proposal(title="Toilet block", geom=shapely.Point(36.821, -1.284))
    pin = PerceptionPin(geom=shapely.Point(36.82013, -1.28337), feeling="unsafe", time_of_day="night",
                        story="A man followed me home")
    set_uuid = store.list(CriteriaSet)[0].uuid
    walk = AuditWalk(title="Night walk", criteria_set_uuid=set_uuid, walked_on="2026-03-17", notes="private notes")
    point = AuditPoint(walk_uuid=walk.uuid, sequence=3, geom=shapely.Point(36.8202, -1.2834), comment="dark corner")
    for record in (lamp, toilet, pin, walk, point):
        store.insert(record)
    store.insert_many([AuditScore(point_uuid=point.uuid, criterion_uuid=c.uuid, score=1)
                       for c in store.list(Criterion, "set_uuid = ?", (set_uuid,))])
    store.insert(Vote(proposal_uuid=lamp.uuid, group_uuid="g1", dots=6))
    store.insert(Vote(proposal_uuid=toilet.uuid, group_uuid="g1", dots=2))
    actions = {
        "by hand": Action(title="Clean-up day", priority=5, priority_from_votes=False, timeframe="short",
                          status="agreed", cost_estimate=250.0, responsible_uuid=women.uuid),
        "toilets": Action(title="Open the toilet block at night", cost_estimate=1500.5, prevention_approach="situational"),
        "lights": Action(title="Light Market Lane", description="Six LED lamps, line 1\nline 2",
                         responsible_uuid=lights.uuid, cpted_principle="natural_surveillance", timeframe="medium",
                         starts_on="2026-05-01", ends_on="2026-09-30", cost_estimate=12000.0,
                         indicator="Mean lighting score", baseline="", target="2.5 / 3 by October"),
        "unranked": Action(title="Youth league", status="proposed"),
    }
    new_action_edit(actions["by hand"]).apply(store)
    new_action_edit(actions["toilets"], links=[("proposals", toilet.uuid)]).apply(store)
    new_action_edit(actions["lights"], [traders.uuid, women.uuid, lights.uuid],
                    [("proposals", lamp.uuid), ("perception_pins", pin.uuid), ("audit_points", point.uuid)]).apply(store)
    new_action_edit(actions["unranked"]).apply(store)
    return store


def _read(path: Path) -> list[dict[str, str]]:
    """The rows keyed by ``COLUMNS``; the header is the columns' English headings."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        assert next(reader) == [HEADINGS[column] for column in COLUMNS]
        return [dict(zip(COLUMNS, row)) for row in reader]


def test_one_row_per_action_in_priority_order(plan, tmp_path):
    path = tmp_path / "actions.csv"
    assert write_actions_csv(plan, str(path), public=False) == 4
    rows = _read(path)
    assert [(r["priority"], r["priority_set_by"], r["title"]) for r in rows] == [
        ("1", "votes", "Light Market Lane"), ("2", "votes", "Open the toilet block at night"),
        ("5", "hand", "Clean-up day"), ("", "votes", "Youth league")]
    lights = rows[0]
    assert lights["responsible_partner"] == "County lighting department"
    assert lights["supporting_partners"] == "Market traders’ association; Women’s group"
    assert lights["linked_places"] == "Proposal “Lights on Market Lane”; Unsafe pin (night); Audit point 3 of “Night walk”"
    assert lights["locations"] == "-1.28340,36.82010; -1.28337,36.82013; -1.28340,36.82020"
    assert (lights["cpted_principle"], lights["timeframe"], lights["starts_on"], lights["ends_on"]) == (
        "Natural surveillance", "Medium term", "2026-05-01", "2026-09-30")
    assert lights["description"] == "Six LED lamps, line 1\nline 2"
    assert (lights["cost_estimate"], lights["target"], lights["status"]) == ("12000", "2.5 / 3 by October", "Proposed")
    # Every criterion scored 1 of 3 at the one point within 50 m: 5/3 = 1.7 on 0–5.
    assert lights["computed_baseline"] == "Mean safety score 1.7 / 5 at 1 audit point (2026-03-17)"
    assert rows[1]["cost_estimate"] == "1500.50" and rows[1]["prevention_approach"] == "Situational"
    assert rows[1]["computed_baseline"] == "No audit scores at the linked places yet"
    text = path.read_text(encoding="utf-8")
    for private in (CONTACT, "ali@example.org", "followed me", "private notes", "dark corner"):
        assert private not in text


@pytest.mark.parametrize("options", [{}, {"public": True, "grid_m": 100}])
def test_public_csv_blurs_linked_pins_only_and_is_the_default(plan, tmp_path, options):
    path = tmp_path / "public.csv"
    write_actions_csv(plan, str(path), **options)
    lamp, pin, point = (tuple(float(v) for v in p.split(",")) for p in _read(path)[0]["locations"].split("; "))
    assert lamp == (-1.2834, 36.8201) and point == (-1.2834, 36.8202)  # places, not people: exact
    (lon,), (lat,) = snap_to_grid([pin[1]], [pin[0]], 100)
    # Five decimals of a degree is about a metre: the pin is at its 100 m cell's centre to that.
    assert np.allclose([pin[1], pin[0]], [lon, lat], atol=2e-5)
    assert pin != (-1.28337, 36.82013)


def test_unwritable_path_is_one_line_and_leaves_nothing(plan, tmp_path):
    out = tmp_path / "out"
    (out / "taken.csv").mkdir(parents=True)  # a folder where the file should go: fails at the rename
    for target in (out / "missing" / "actions.csv", out / "taken.csv"):
        with pytest.raises(ExportError, match="The action plan was not written") as caught:
            write_actions_csv(plan, str(target))
        assert "\n" not in str(caught.value)
    with pytest.raises(ExportError, match="more than 0 m"):
        write_actions_csv(plan, str(out / "a.csv"), public=True, grid_m=0)
    assert [p.name for p in out.iterdir()] == ["taken.csv"] and not any((out / "taken.csv").iterdir())


def test_the_cost_header_names_the_project_s_currency(plan, tmp_path):
    from cosafe.core.edits import SetProjectProperties

    SetProjectProperties(plan, {"currency": "KES"}).apply(plan)
    path = tmp_path / "kes.csv"
    write_actions_csv(plan, str(path))
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        names = next(reader)
        rows = [dict(zip(names, row)) for row in reader]
    assert names == [("Cost estimate (KES)" if c == "cost_estimate" else HEADINGS[c]) for c in COLUMNS]
    assert rows[0]["Cost estimate (KES)"] == "12000"  # still a number a spreadsheet adds up
