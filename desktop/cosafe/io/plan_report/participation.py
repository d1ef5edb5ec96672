"""Who took part, as the plan prints it: counts by gender, age band and role, small cells hidden.

Contract: counts come from the participant register (anonymous demographics only;
codes and contacts are never read into the result). Each table is protected beside
the total by ``core.disclosure.protected_counts``: categories with fewer people than
the threshold are pooled as "Other or not stated", and a count that is small — or
from which a small one could be worked out — prints "hidden". A count of 0 is not
listed; a total below the threshold is hidden too.
"""

from __future__ import annotations

from collections import Counter

from cosafe.core.disclosure import POOLED, protected_counts
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.perception_stats import hidden
from cosafe.core.records import AuditPoint, AuditWalk, Participant, PerceptionPin, Proposal, Vote, Workshop
from cosafe.core.vocabulary import AGE_BANDS, GENDERS, PARTICIPANT_ROLES, TIMES_OF_DAY, Vocabulary, label_of
from cosafe.io.plan_report.content import Activity, CountRow, CountTable, Participation
from cosafe.io.words import PlanReport

POOLED_LABEL = QT_TRANSLATE_NOOP("PlanReport", "Other or not stated")

def total_shown(total: int, threshold: int) -> str:
    return hidden() if 0 < total < threshold else str(total)


def _table(title: str, vocabulary: Vocabulary, values: list[str], threshold: int) -> CountTable:
    counts = Counter(values)
    order = [key for key, _label in vocabulary] + sorted(set(counts) - {key for key, _ in vocabulary}) + [POOLED]
    shown = protected_counts(counts, threshold)
    return CountTable(title, tuple(
        CountRow(translate("PlanReport", POOLED_LABEL) if key == POOLED else label_of(vocabulary, key), hidden() if shown[key] is None
                 else str(shown[key])) for key in order if key in shown))


def build_participation(store, scored_points: int) -> Participation:
    """The method-and-participation section's figures for ``store`` (``scored_points`` from the diagnosis)."""
    threshold = store.suppression_threshold
    people: list[Participant] = store.list(Participant)
    tables = (
        _table(PlanReport.tr("Gender"), GENDERS, [p.gender for p in people], threshold),
        _table(PlanReport.tr("Age band"), AGE_BANDS, [p.age_band for p in people], threshold),
        _table(PlanReport.tr("Role"), PARTICIPANT_ROLES, [p.role for p in people], threshold),
    )
    workshops: list[Workshop] = store.list(Workshop, order_by="held_on, fid")
    walks: list[AuditWalk] = store.list(AuditWalk, order_by="walked_on, fid", with_geometry=False)
    activities = tuple(Activity(PlanReport.tr("Workshop"), w.title or PlanReport.tr("Untitled workshop"),
                                w.held_on or "", w.place) for w in workshops)
    activities += tuple(Activity(PlanReport.tr("Audit walk"), w.title or PlanReport.tr("Untitled walk"),
                                 w.walked_on or "", label_of(TIMES_OF_DAY, w.time_of_day)) for w in walks)
    votes: list[Vote] = store.list(Vote)
    facts = (
        (PlanReport.tr("Workshops"), str(len(workshops))),
        (PlanReport.tr("Audit walks"), str(len(walks))),
        (PlanReport.tr("Audit points scored"),
         arg(PlanReport.tr("%1 of %2", "audit points scored of those recorded"), scored_points, store.count(AuditPoint))),
        (PlanReport.tr("Perception pins"), str(store.count(PerceptionPin))),
        (PlanReport.tr("Proposals"), str(store.count(Proposal))),
        (PlanReport.tr("Voting dots placed"), str(sum(v.dots for v in votes))),
    )
    return Participation(total_shown(len(people), threshold), activities, tables, facts)

