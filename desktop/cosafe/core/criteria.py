"""The default safety-audit criteria set and the point safety score.

Safety score (ours, documented in the app): the mean of the non-outcome criteria,
each 0–3, scaled to 0–5, i.e. ``score = mean(criteria) * 5 / 3``. The outcome
criterion ("feeling") is left out so it can be analysed against the others.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate
from cosafe.core.label_translations import in_language

SCORE_MIN = 0
SCORE_MAX = 3
SAFETY_SCORE_MAX = 5.0
SCORE_FORMULA_TEXT = QT_TRANSLATE_NOOP(
    "Criteria",
    "Safety score = mean of the criteria scores (each 0–3, feeling excluded) × 5 ÷ 3, "
    "giving 0 (poor) to 5 (good).")
CRITERIA_CONTEXT = "Criteria"  # the catalogue context of the built-in criteria's words


@dataclass(frozen=True)
class CriterionTemplate:
    key: str
    label: str
    good_means: str
    is_outcome: bool = False


DEFAULT_CRITERIA_SET_NAME = QT_TRANSLATE_NOOP("Criteria", "Safety audit (default)")

DEFAULT_CRITERIA: tuple[CriterionTemplate, ...] = (
    CriterionTemplate("lighting", QT_TRANSLATE_NOOP("Criteria", "Lighting"),
                      QT_TRANSLATE_NOOP("Criteria", "Enough light to see all around and faces at 10 m")),
    CriterionTemplate("openness", QT_TRANSLATE_NOOP("Criteria", "Openness"),
                      QT_TRANSLATE_NOOP("Criteria", "Can see and move in all directions; no blind corners")),
    CriterionTemplate("visibility", QT_TRANSLATE_NOOP("Criteria", "Visibility"),
                      QT_TRANSLATE_NOOP("Criteria", "Shops, vendors, windows, entrances from which you can be seen")),
    CriterionTemplate("people", QT_TRANSLATE_NOOP("Criteria", "People"),
                      QT_TRANSLATE_NOOP("Criteria", "People around you")),
    CriterionTemplate("security", QT_TRANSLATE_NOOP("Criteria", "Security"),
                      QT_TRANSLATE_NOOP("Criteria", "Guards or police present / reachable")),
    CriterionTemplate("walkpath", QT_TRANSLATE_NOOP("Criteria", "Walk path"),
                      QT_TRANSLATE_NOOP("Criteria", "Usable pavement or space to walk")),
    CriterionTemplate("transport", QT_TRANSLATE_NOOP("Criteria", "Public transport"),
                      QT_TRANSLATE_NOOP("Criteria", "Transport stop / service within reach")),
    CriterionTemplate("gender_usage", QT_TRANSLATE_NOOP("Criteria", "Gender diversity"),
                      QT_TRANSLATE_NOOP("Criteria", "Women and children present")),
    CriterionTemplate("feeling", QT_TRANSLATE_NOOP("Criteria", "Feeling"),
                      QT_TRANSLATE_NOOP("Criteria", "How safe you feel"), is_outcome=True),
)


_DEFAULTS_BY_KEY = {c.key: c for c in DEFAULT_CRITERIA}


def score_formula_text() -> str:
    """How the safety score is made, in the reader's language."""
    return translate(CRITERIA_CONTEXT, SCORE_FORMULA_TEXT)


def criterion_label(key: str, label: str, own: Mapping[str, str] | None = None) -> str:
    """What people read for a criterion stored with ``key`` and ``label``: its own label in the reader's
    language when the facilitator gave one (``own``: language code -> text, ``core.label_translations``);
    else a built-in criterion still carrying its English label reads in the reader's language, and a
    facilitator's own keeps its typed text."""
    given = in_language(own)
    if given is not None:
        return given
    default = _DEFAULTS_BY_KEY.get(key)
    return translate(CRITERIA_CONTEXT, label) if default is not None and default.label == label else label


def criterion_good_means(key: str, good_means: str, own: Mapping[str, str] | None = None) -> str:
    """What a 3 means for a stored criterion, chosen as ``criterion_label`` chooses its label."""
    given = in_language(own)
    if given is not None:
        return given
    default = _DEFAULTS_BY_KEY.get(key)
    return translate(CRITERIA_CONTEXT, good_means) if default is not None and default.good_means == good_means \
        else good_means


def criteria_set_name(name: str, own: Mapping[str, str] | None = None) -> str:
    """A stored criteria set's name as people read it: its own name in the reader's language when it has
    one, else the built-in name translated, others as typed."""
    given = in_language(own)
    if given is not None:
        return given
    return translate(CRITERIA_CONTEXT, name) if name == DEFAULT_CRITERIA_SET_NAME else name


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
