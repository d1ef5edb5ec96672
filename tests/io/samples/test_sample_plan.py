"""The sample's stakeholder register and action plan: complete, valid, consistent with its votes and scores,
and its stakeholders' contacts never leave in an export."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from checks import ogrinfo_available, ogrinfo_summary, validate_gpkg

from cosafe.core.actions import links_of, partners_of, validate_action, validate_stakeholder, vote_priorities
from cosafe.core.records import Action, ActionLink, AuditPoint, Proposal, Stakeholder
from cosafe.core.vocabulary import STAKEHOLDER_SECTORS, keys_of
from cosafe.io.actions_csv import write_actions_csv
from cosafe.io.export import export_project
from cosafe.store.queries.plan import baseline_safety_scores
from cosafe.store.project_store import ProjectStore

COMMITTED = Path(__file__).resolve().parents[3] / "sample_projects" / "riverside.gpkg"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A copy of the committed sample (test_sample_project checks it matches the code)."""
    path = tmp_path_factory.mktemp("plan") / "riverside.gpkg"
    shutil.copy(COMMITTED, path)
    with ProjectStore.open(str(path)) as store:
        yield store


def test_register_spans_the_four_sectors_with_two_private_contacts(sample):
    people = sample.list(Stakeholder)
    assert 9 <= len(people) <= 12
    for person in people:
        validate_stakeholder(person)
    sectors = Counter(p.sector for p in people)
    assert set(sectors) == set(keys_of(STAKEHOLDER_SECTORS)), sectors
    assert sum(1 for p in people if p.contact_person) == 2
    assert len({(p.influence, p.interest) for p in people}) >= 5  # spread over the grid


def test_actions_are_complete_and_drawn_from_the_workshop(sample):
    actions = sample.list(Action)
    assert 10 <= len(actions) <= 14
    stakeholders = {p.uuid for p in sample.list(Stakeholder)}
    for action in actions:
        validate_action(action)
        assert action.responsible_uuid in stakeholders, action.title
        assert partners_of(sample, action.uuid), action.title
        links = links_of(sample, action.uuid)
        assert links, action.title
        for link in links:
            record_type = {"proposals": Proposal, "audit_points": AuditPoint}[link.target_table]
            assert sample.get(record_type, link.target_uuid) is not None, (action.title, link.target_table)
        assert action.timeframe and action.prevention_approach and action.cost_estimate > 0
        assert action.indicator and action.baseline and action.target
    assert len({a.status for a in actions}) >= 4
    assert len({a.prevention_approach for a in actions}) >= 3
    assert sum(1 for a in actions if a.starts_on) >= 3
    linked_proposals = {l.target_uuid for l in sample.list(ActionLink) if l.target_table == "proposals"}
    assert len(linked_proposals) >= 10
    agreed = {a.uuid for a in actions if a.status != "proposed"}
    agreed_proposals = {l.target_uuid for l in sample.list(ActionLink)
                        if l.target_table == "proposals" and l.action_uuid in agreed}
    assert {p.uuid for p in sample.list(Proposal) if p.status == "agreed"} == agreed_proposals


def test_priorities_and_baselines_are_what_the_app_computes(sample):
    ranks = vote_priorities(sample)
    baselines = baseline_safety_scores(sample)
    by_hand = [a for a in sample.list(Action) if not a.priority_from_votes]
    assert len(by_hand) == 1 and by_hand[0].priority == 3
    for action in sample.list(Action):
        if action.priority_from_votes:
            assert action.priority == ranks[action.uuid], action.title
        if action.baseline.startswith("Mean safety score"):
            assert action.baseline == baselines[action.uuid].text
    top = min((a for a in sample.list(Action) if a.priority_from_votes), key=lambda a: a.priority)
    assert top.title == "Shelter and lights at Riverside Halt"  # the proposal with the most dots
    # The riverbank's dark spots at night: the lowest computed baseline of the plan.
    scored = {a.title: baselines[a.uuid].mean for a in sample.list(Action) if baselines[a.uuid].mean is not None}
    assert min(scored, key=scored.get).startswith("Light the riverbank path")
    assert len(scored) >= 3


@pytest.mark.parametrize("fmt", ["gpkg", "geojson", "csv"])
def test_no_stakeholder_contact_in_any_export(sample, tmp_path, fmt):
    contacts = [p.contact_person for p in sample.list(Stakeholder) if p.contact_person]
    written = export_project(sample, str(tmp_path / "private"), fmt)
    written += export_project(sample, str(tmp_path / "public"), fmt, public=True)
    write_actions_csv(sample, str(tmp_path / "actions.csv"))
    write_actions_csv(sample, str(tmp_path / "actions-public.csv"), public=True)
    written += [str(tmp_path / "actions.csv"), str(tmp_path / "actions-public.csv")]
    for path in written:
        data = Path(path).read_bytes()
        for contact in contacts:
            for part in (contact, contact.split(",")[0]):
                assert part.encode() not in data, (part, Path(path).name)
    if fmt == "gpkg":
        for path in written[:2]:
            assert validate_gpkg(path) == []
            if ogrinfo_available():
                assert "Layer name: action_links" in ogrinfo_summary(path)
    included = export_project(sample, str(tmp_path / "team"), fmt, include_contacts=True)
    assert any(contacts[0].encode() in Path(p).read_bytes() for p in included)  # the check above can fail
