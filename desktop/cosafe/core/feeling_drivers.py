"""Which criteria go with feeling unsafe: rank correlation per criterion, said in plain words.

Contract: across audit points that scored both, the Spearman rank correlation
(ties share their mean rank) of each non-outcome criterion with the outcome
criterion ("feeling"; the first outcome in criterion order when there are
several). Fewer than MIN_PLACES such points, or a criterion or feeling scored the
same everywhere, gives ``correlation=None``. Drivers come strongest positive
link first. A correlation is a link, not a proof of cause; the text says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cosafe.core.i18n import arg
from cosafe.core.perception_data import PerceptionData, distinct_scores
from cosafe.core.words import Analysis

MIN_PLACES = 8  # below this a rank correlation of 0–3 scores says little
STRONG, MODERATE, WEAK = 0.5, 0.3, 0.1


@dataclass(frozen=True)
class Driver:
    criterion_key: str
    label: str
    correlation: float | None  # Spearman's rho with the outcome, -1..1
    n: int  # audit points with both scores
    outcome_label: str = "Feeling"


def _ranks(values: np.ndarray) -> np.ndarray:
    """1-based ranks, tied values sharing their mean rank."""
    unique, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    upper = np.cumsum(counts)
    return (upper - (counts - 1) / 2)[inverse]


def spearman(a: np.ndarray, b: np.ndarray) -> float | None:
    """Spearman's rho of two equal-length samples; None when either is constant or too short."""
    if len(a) < 2:
        return None
    ra, rb = _ranks(a), _ranks(b)
    ra, rb = ra - ra.mean(), rb - rb.mean()
    denominator = np.sqrt((ra * ra).sum() * (rb * rb).sum())
    return None if denominator == 0 else float((ra * rb).sum() / denominator)


def feeling_drivers(data: PerceptionData) -> list[Driver]:
    """One Driver per non-outcome criterion scored in ``data``; [] when no outcome criterion is scored."""
    rows = distinct_scores(data)
    scores = data.scores
    criteria = data.keys["criterion"]
    outcome_codes = [i for i, key in enumerate(criteria) if key in data.outcome_keys]
    point, criterion, value = scores.point[rows], scores.criterion[rows], scores.score[rows].astype(np.float64)
    present = [c for c in outcome_codes if np.any(criterion == c)]
    if not present:
        return []
    outcome = present[0]
    n_points, n_criteria = len(data.points.uuid), len(criteria)
    # Points × criteria table of scores (a mean, should a point hold two scores of one criterion).
    flat = point.astype(np.int64) * n_criteria + criterion
    total = np.bincount(flat, weights=value, minlength=n_points * n_criteria)
    count = np.bincount(flat, minlength=n_points * n_criteria)
    with np.errstate(invalid="ignore", divide="ignore"):
        table = (total / count).reshape(n_points, n_criteria)
    feeling = table[:, outcome]
    outcome_label = data.label("criterion", criteria[outcome])
    drivers = []
    for code in sorted(set(criterion.tolist()) - set(outcome_codes)):
        both = ~np.isnan(table[:, code]) & ~np.isnan(feeling)
        n = int(both.sum())
        rho = spearman(table[both, code], feeling[both]) if n >= MIN_PLACES else None
        drivers.append(Driver(criteria[code], data.label("criterion", criteria[code]), rho, n, outcome_label))
    order = {key: i for i, key in enumerate(criteria)}
    return sorted(drivers, key=lambda d: (d.correlation is None, -(d.correlation or 0.0), order[d.criterion_key]))


def strength(correlation: float) -> str:
    size = abs(correlation)
    return "strong" if size >= STRONG else "moderate" if size >= MODERATE else "weak"


def _link_sentence(rho: float, n: int) -> str:
    """The sentence of a clear link, one whole sentence per direction and strength (%1 the
    criterion in lower case) so a translator can make the adjective agree."""
    size = strength(rho)
    if rho > 0:
        if size == "strong":
            return Analysis.tr("Where the %1 score is low, people feel less safe (strong link, %Ln places).", "", n)
        if size == "moderate":
            return Analysis.tr("Where the %1 score is low, people feel less safe (moderate link, %Ln places).", "", n)
        return Analysis.tr("Where the %1 score is low, people feel less safe (weak link, %Ln places).", "", n)
    if size == "strong":
        return Analysis.tr("Where the %1 score is high, people feel less safe (strong link, %Ln places) — "
                           "unexpected; worth a look.", "", n)
    if size == "moderate":
        return Analysis.tr("Where the %1 score is high, people feel less safe (moderate link, %Ln places) — "
                           "unexpected; worth a look.", "", n)
    return Analysis.tr("Where the %1 score is high, people feel less safe (weak link, %Ln places) — "
                       "unexpected; worth a look.", "", n)


def explain_drivers(drivers: list[Driver]) -> str:
    """Plain-words lines, one per criterion, e.g. "Where the lighting score is low, people feel less safe (strong link, 38 places)."."""
    if not drivers:
        return Analysis.tr("No audit point has a feeling score yet, so nothing can be said about what goes with "
                           "feeling unsafe.")
    outcome = drivers[0].outcome_label.lower()
    lines = [arg(Analysis.tr("How each criterion goes with %1 across audit points (Spearman rank correlation; "
                             "a link, not proof of a cause):"), outcome)]
    for driver in drivers:
        rho = driver.correlation
        if rho is None and driver.n < MIN_PLACES:
            lines.append(arg(Analysis.tr("%1: too few places scored for both it and %2 to say "
                                         "(%Ln places; at least %3 needed).", "", driver.n),
                             driver.label, outcome, MIN_PLACES))
        elif rho is None:
            lines.append(arg(Analysis.tr("%1: the same score everywhere (or %2 was), so no link can be read "
                                         "(%Ln places).", "", driver.n), driver.label, outcome))
        elif rho >= WEAK or rho <= -WEAK:
            lines.append(arg(_link_sentence(rho, driver.n), driver.label.lower()))
        else:
            lines.append(arg(Analysis.tr("%1 makes no clear difference to how safe people feel (%Ln places).", "",
                                         driver.n), driver.label))
    return "\n".join(lines)
