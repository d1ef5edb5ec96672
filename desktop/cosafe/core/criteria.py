"""The default safety-audit criteria set and the point safety score.

Safety score (ours, documented in the app): the mean of the non-outcome criteria,
each 0–3, scaled to 0–5, i.e. ``score = mean(criteria) * 5 / 3``. The outcome
criterion ("feeling") is left out so it can be analysed against the others.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SCORE_MIN = 0
SCORE_MAX = 3
SAFETY_SCORE_MAX = 5.0
SCORE_FORMULA_TEXT = (
    "Safety score = mean of the criteria scores (each 0–3, feeling excluded) × 5 ÷ 3, "
    "giving 0 (poor) to 5 (good)."
)


@dataclass(frozen=True)
class CriterionTemplate:
    key: str
    label: str
    good_means: str
    is_outcome: bool = False


DEFAULT_CRITERIA_SET_NAME = "Safety audit (default)"

DEFAULT_CRITERIA: tuple[CriterionTemplate, ...] = (
    CriterionTemplate("lighting", "Lighting", "Enough light to see all around and faces at 10 m"),
    CriterionTemplate("openness", "Openness", "Can see and move in all directions; no blind corners"),
    CriterionTemplate(
        "visibility", "Visibility", "Shops, vendors, windows, entrances from which you can be seen"
    ),
    CriterionTemplate("people", "People", "People around you"),
    CriterionTemplate("security", "Security", "Guards or police present / reachable"),
    CriterionTemplate("walkpath", "Walk path", "Usable pavement or space to walk"),
    CriterionTemplate("transport", "Public transport", "Transport stop / service within reach"),
    CriterionTemplate("gender_usage", "Gender diversity", "Women and children present"),
    CriterionTemplate("feeling", "Feeling", "How safe you feel", is_outcome=True),
)


def safety_score(scores: Mapping[str, int], outcome_keys: frozenset[str] = frozenset({"feeling"})) -> float | None:
    """Return the 0–5 safety score of one audit point, or None without any input score.

    ``scores`` maps criterion key to a 0–3 score; outcome criteria are ignored.
    Raises ValueError for a score outside 0–3.
    """
    inputs = []
    for key, value in scores.items():
        if not SCORE_MIN <= value <= SCORE_MAX:
            raise ValueError(f"Score for {key!r} must be between {SCORE_MIN} and {SCORE_MAX}, not {value}")
        if key not in outcome_keys:
            inputs.append(value)
    if not inputs:
        return None
    return sum(inputs) / len(inputs) * SAFETY_SCORE_MAX / SCORE_MAX
