"""Build everything the exported plan prints from an open project (read-only).

Contract: ``build_plan_content(store, public=False, locale=None)`` returns a ``PlanContent`` with
privacy applied (see ``content``): demographic counts suppressed below the
project's threshold, no participant codes or contacts, no stakeholder contacts;
``public=True`` also leaves out every story, comment and note. Costs print in the
project's currency as ``locale`` writes money (None: the language words are given in,
``core.i18n.language()``: the report language inside ``catalogues.speaking``); dates
and figures are written in that language too (``core.formats``). Nothing is written.
"""

from __future__ import annotations

from cosafe.core.clock import utc_now
from cosafe.core.criteria import score_formula_text
from cosafe.core.formats import format_long_date
from cosafe.core.i18n import arg, language
from cosafe.core.records import AuditPoint, AuditWalk, PerceptionPin, Workshop
from cosafe.core.vocabulary import FEELINGS, TIMES_OF_DAY, label_of
from cosafe.core.stories import shown_story
from cosafe.io.plan_report.content import PlanContent, ProjectInfo
from cosafe.io.plan_report.diagnosis import build_diagnosis
from cosafe.io.plan_report.participation import build_participation
from cosafe.io.plan_report.plan_rows import action_rows, criteria_rows, proposal_rows, stakeholder_rows
from cosafe.io.words import PlanReport
from cosafe.store.queries.perception import load_perception_data

MAX_VOICES = 12  # quotes in the internal plan: enough to hear people, not a dump of every story


def format_day(iso: str) -> str:
    """"2026-03-14" -> "14 March 2026", "14 de março de 2026" in the plan's language (the text itself when it
    is not a date)."""
    return format_long_date(iso)


def date_span(days: list[str]) -> str:
    """The first and last of ISO dates as readable text, "" without any."""
    days = sorted(d[:10] for d in days if d)
    if not days:
        return ""
    first, last = format_day(days[0]), format_day(days[-1])
    return first if first == last else f"{first} – {last}"


def _voices(store) -> tuple[str, ...]:
    """Stories of pins and comments of audit points, quoted without anything about who said them."""
    pins: list[tuple[str, str]] = []  # (the words, the quote as printed)
    for pin in store.list(PerceptionPin, with_geometry=False):
        if words := shown_story(pin).strip():  # a story a phone sent is quoted once approved
            pins.append((words, arg(PlanReport.tr("“%1” — perception pin, %2, %3", "%2: how it felt, %3: time of day"),
                                    words, label_of(FEELINGS, pin.feeling).lower(),
                                    label_of(TIMES_OF_DAY, pin.time_of_day).lower())))
    walks = {w.uuid: w for w in store.list(AuditWalk, with_geometry=False)}
    comments: list[tuple[str, str]] = []
    for point in store.list(AuditPoint, with_geometry=False):
        if words := point.comment.strip():
            walk = walks.get(point.walk_uuid)
            if walk and walk.title:
                quote = arg(PlanReport.tr("“%1” — audit point %2, %3", "%3: the walk's title"), words, point.sequence,
                            walk.title)
            else:
                quote = arg(PlanReport.tr("“%1” — audit point %2"), words, point.sequence)
            comments.append((words, quote))
    # Alternate pins and comments so both kinds are heard when there are many.
    mixed = [q for pair in zip(pins, comments) for q in pair]
    mixed += pins[len(comments):] + comments[len(pins):]
    # The same words said at several places are heard once.
    said: set[str] = set()
    unique = []
    for words, quote in mixed:
        if words not in said:
            said.add(words)
            unique.append(quote)
    return tuple(unique[:MAX_VOICES])


def build_plan_content(store, public: bool = False, locale: str | None = None) -> PlanContent:
    """Everything the plan prints for the project open in ``store`` (see the module contract)."""
    data = load_perception_data(store)
    diagnosis = build_diagnosis(store, data)
    participation = build_participation(store, diagnosis.scored_points)
    workshops: list[Workshop] = store.list(Workshop)
    walks: list[AuditWalk] = store.list(AuditWalk, with_geometry=False)
    project = ProjectInfo(
        name=store.name or PlanReport.tr("Untitled project"), place=store.get_meta("place") or "",
        description=store.get_meta("description") or "",
        dates=date_span([w.held_on or "" for w in workshops] + [w.walked_on or "" for w in walks]),
        generated_on=utc_now()[:10], public=public, threshold=store.suppression_threshold,
        currency=store.currency)
    criteria_set, criteria = criteria_rows(store)
    proposals = proposal_rows(store)
    return PlanContent(
        project=project, participation=participation, diagnosis=diagnosis, proposals=proposals,
        proposal_count=len(proposals), actions=action_rows(store, data), stakeholders=stakeholder_rows(store),
        criteria_set=criteria_set, criteria=criteria, score_formula=score_formula_text(),
        voices=() if public else _voices(store), locale=locale or language())

