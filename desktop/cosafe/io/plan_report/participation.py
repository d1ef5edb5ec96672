"""Who took part, as the plan prints it: counts by gender, age band and role, small cells hidden.

Contract: counts come from the participant register (anonymous demographics only;
codes and contacts are never read into the result). A count from 1 to threshold−1
prints "<threshold". Because the plan also prints the total, one small cell could be
worked out by subtraction; so while the hidden cells of a table add up to fewer than
the threshold, the next smallest shown cell is hidden too and prints "withheld".
A count of 0 is not listed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from cosafe.core.records import AuditPoint, AuditWalk, Participant, PerceptionPin, Proposal, Vote, Workshop
from cosafe.core.vocabulary import AGE_BANDS, GENDERS, PARTICIPANT_ROLES, TIMES_OF_DAY, Vocabulary, label_of
from cosafe.io.plan_report.content import Activity, CountRow, CountTable, Participation

WITHHELD = "withheld"


def suppressed_counts(counts: Mapping[str, int], threshold: int) -> dict[str, str]:
    """Key -> the count as printed (see the module contract); keys with a count of 0 are left out."""
    present = {key: n for key, n in counts.items() if n > 0}
    shown = {key: str(n) for key, n in present.items()}
    hidden = {key for key, n in present.items() if n < threshold}
    for key in hidden:
        shown[key] = f"<{threshold}"
    if hidden and len(hidden) < len(present):
        # Hide more, smallest first, until the hidden cells cannot be recovered from the total.
        for key in sorted((k for k in present if k not in hidden), key=lambda k: present[k]):
            if sum(present[k] for k in hidden) >= threshold:
                break
            hidden.add(key)
            shown[key] = WITHHELD
    return shown


def total_shown(total: int, threshold: int) -> str:
    return f"<{threshold}" if 0 < total < threshold else str(total)


def _table(title: str, vocabulary: Vocabulary, values: list[str], threshold: int) -> CountTable:
    counts = Counter(values)
    shown = suppressed_counts(counts, threshold)
    order = [key for key, _label in vocabulary] + sorted(set(counts) - {key for key, _ in vocabulary})
    return CountTable(title, tuple(CountRow(label_of(vocabulary, key), shown[key]) for key in order if key in shown))


def build_participation(store, scored_points: int) -> Participation:
    """The method-and-participation section's figures for ``store`` (``scored_points`` from the diagnosis)."""
    threshold = store.suppression_threshold
    people: list[Participant] = store.list(Participant)
    tables = (
        _table("Gender", GENDERS, [p.gender for p in people], threshold),
        _table("Age band", AGE_BANDS, [p.age_band for p in people], threshold),
        _table("Role", PARTICIPANT_ROLES, [p.role for p in people], threshold),
    )
    workshops: list[Workshop] = store.list(Workshop, order_by="held_on, fid")
    walks: list[AuditWalk] = store.list(AuditWalk, order_by="walked_on, fid", with_geometry=False)
    activities = tuple(Activity("Workshop", w.title or "Untitled workshop", w.held_on or "", w.place)
                       for w in workshops)
    activities += tuple(Activity("Audit walk", w.title or "Untitled walk", w.walked_on or "",
                                 label_of(TIMES_OF_DAY, w.time_of_day)) for w in walks)
    votes: list[Vote] = store.list(Vote)
    facts = (
        ("Workshops", str(len(workshops))),
        ("Audit walks", str(len(walks))),
        ("Audit points scored", f"{scored_points} of {store.count(AuditPoint)}"),
        ("Perception pins", str(store.count(PerceptionPin))),
        ("Proposals", str(store.count(Proposal))),
        ("Voting dots placed", str(sum(v.dots for v in votes))),
    )
    return Participation(total_shown(len(people), threshold), activities, tables, facts)

