"""What the exported plan prints: plain, privacy-checked values, nothing to look up later.

Contract: a ``PlanContent`` is built by ``gather.build_plan_content`` and only read by
the PDF writer. Every figure about people is already a display string with small
cells hidden ("hidden", see ``core.disclosure``); no field holds a participant's code or contact or a
stakeholder's contact person. In the public variant ``voices`` is empty and no
story, comment or note is anywhere in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cosafe.core.currency import DEFAULT_LOCALE
from cosafe.core.formats import format_money


@dataclass(frozen=True)
class ProjectInfo:
    name: str
    place: str
    description: str
    dates: str  # "14 March – 2 April 2026", or "" without any dated activity
    generated_on: str  # ISO date the plan was made
    public: bool
    threshold: int
    currency: str = ""  # ISO 4217 code of the costs; "" prints them as plain numbers


@dataclass(frozen=True)
class Activity:
    """A workshop or an audit walk, as the method section lists it."""

    kind: str  # "Workshop" | "Audit walk"
    title: str
    date: str  # ISO date or ""
    detail: str  # place of a workshop, time of day of a walk


@dataclass(frozen=True)
class CountRow:
    label: str
    shown: str  # the count, or "hidden" when small or when it would reveal a small one


@dataclass(frozen=True)
class CountTable:
    title: str  # "Gender", "Age band", "Role"
    rows: tuple[CountRow, ...]


@dataclass(frozen=True)
class Participation:
    participants: str  # total, suppressed like any cell
    activities: tuple[Activity, ...]
    tables: tuple[CountTable, ...]
    facts: tuple[tuple[str, str], ...]  # ("Audit points scored", "38"), …


@dataclass(frozen=True)
class GroupBar:
    """One bar of a chart over people: its value is None when suppressed or missing."""

    label: str
    value: float | None
    shown: str  # "3.2", "<5", "–"


@dataclass(frozen=True)
class Diagnosis:
    criteria: tuple[tuple[str, tuple[int, int, int, int], bool], ...]  # label, counts of 0–3, is outcome
    by_gender: tuple[GroupBar, ...]
    by_age: tuple[GroupBar, ...]
    by_time: tuple[GroupBar, ...]  # mean score by day / dusk / night
    unsafe_by_time: tuple[GroupBar, ...]  # share of pins marked unsafe (0–1)
    pairs: tuple[tuple[float, float], ...]  # (day score, night score) of places walked both ways
    findings: tuple[str, ...]  # short sentences under the charts
    scored_points: int
    pins: int
    incident_times: str = ""  # recorded incidents per time of day, one sentence ("" without incidents)


@dataclass(frozen=True)
class ProposalRow:
    title: str
    principle: str
    intervention: str
    dots: int
    rank: int
    status: str
    number: int = 0  # the proposal's number: its badge on the maps, its row in the Proposals list


@dataclass(frozen=True)
class ActionRow:
    title: str
    description: str
    principle: str
    approach: str
    responsible: str
    supporting: tuple[str, ...]
    places: tuple[str, ...]
    timeframe: str
    cost: float | None
    priority: int | None
    indicator: str
    baseline: str
    target: str
    status: str


@dataclass(frozen=True)
class StakeholderRow:
    number: int  # the mark on the influence–interest grid
    name: str
    sector: str  # key, for the colour
    sector_label: str
    role: str
    influence: int
    interest: int


@dataclass(frozen=True)
class CriterionRow:
    label: str
    good_means: str
    is_outcome: bool


@dataclass(frozen=True)
class PlanContent:
    project: ProjectInfo
    participation: Participation
    diagnosis: Diagnosis
    proposals: tuple[ProposalRow, ...]
    proposal_count: int
    actions: tuple[ActionRow, ...]
    stakeholders: tuple[StakeholderRow, ...]
    criteria_set: str  # "Safety audit (default), version 1"
    criteria: tuple[CriterionRow, ...]
    score_formula: str
    voices: tuple[str, ...] = field(default=())  # stories and comments; always empty when public
    locale: str = DEFAULT_LOCALE  # the plan's language, as money is written in it

    def cost_text(self, value: float | None) -> str:
        """A cost as the plan prints it: whole units in the project's currency ("KES 12,000"); "" for none."""
        return "" if value is None else format_money(value, self.project.currency, self.locale)
