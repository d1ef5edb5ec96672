"""What an edit changed, so each view refreshes only what it shows (after Anki's OpChanges)."""

from __future__ import annotations

import enum


class Change(enum.Flag):
    NONE = 0
    PROJECT = enum.auto()  # name, place, settings
    WORKSHOPS = enum.auto()  # workshops, groups, participants
    BASEMAP = enum.auto()
    PROPOSALS = enum.auto()
    AUDITS = enum.auto()  # criteria, walks, points, scores, checklists
    PINS = enum.auto()  # perception pins, reason tags
    INCIDENTS = enum.auto()
    PLAN = enum.auto()  # stakeholders, actions, links, partners
    VOTES = enum.auto()
    ATTACHMENTS = enum.auto()
    ALL = (
        PROJECT | WORKSHOPS | BASEMAP | PROPOSALS | AUDITS | PINS | INCIDENTS | PLAN | VOTES | ATTACHMENTS
    )


_TABLE_CHANGES: dict[str, Change] = {
    "workshops": Change.WORKSHOPS,
    "groups": Change.WORKSHOPS,
    "participants": Change.WORKSHOPS,
    "basemap_layers": Change.BASEMAP,
    "proposals": Change.PROPOSALS,
    "criteria_sets": Change.AUDITS,
    "criteria": Change.AUDITS,
    "audit_walks": Change.AUDITS,
    "walk_participants": Change.AUDITS,
    "audit_points": Change.AUDITS,
    "audit_scores": Change.AUDITS,
    "checklist_answers": Change.AUDITS,
    "reason_tags": Change.PINS,
    "perception_pins": Change.PINS,
    "label_translations": Change.AUDITS | Change.PINS,  # criteria, sets and reason tags in other languages
    "incidents": Change.INCIDENTS,
    "stakeholders": Change.PLAN,
    "actions": Change.PLAN,
    "action_partners": Change.PLAN,
    "action_links": Change.PLAN,
    "votes": Change.VOTES,
    "attachments": Change.ATTACHMENTS,
    "paper_sheets": Change.WORKSHOPS,  # printed group maps read back (schema v8)
    "paper_sheet_records": Change.WORKSHOPS,
    "devices": Change.PROJECT,
    "merge_log": Change.PROJECT,
    "merge_base": Change.PROJECT,
    "merge_conflicts": Change.PROJECT,
}


def change_for_table(table: str) -> Change:
    """Return the change flag of records kept in ``table``."""
    return _TABLE_CHANGES.get(table, Change.ALL)
