"""The diagnosis figures of the plan, from the same analysis the Analysis panel shows.

Contract: from the project's ``load_perception_data`` result, uses ``core.perception_stats``:
scores per criterion, mean 0–5 safety score by gender and by age band, mean score
and unsafe-pin share by time of day, recorded incidents by the time of day they
happened (a sentence of their own: recorded data, never mixed with the perceptions;
those without a time counted as not recorded) (``protected_cells``: small categories pooled,
hidden cells carry no value and show "hidden"), day-versus-night pairs of the same places,
and a few plain sentences. No per-person row leaves this module.
"""

from __future__ import annotations

import numpy as np

from cosafe.core.feeling_drivers import MODERATE
from cosafe.core.formats import format_fixed, format_integer
from cosafe.core.i18n import arg
from cosafe.core.incident_times import band_hours, incident_bands
from cosafe.core.perception_stats import (
    PerceptionData, criterion_distribution, day_night_comparison, feeling_drivers, format_cell_value, protected_cells,
    point_safety_scores,
)
from cosafe.core.records import Incident
from cosafe.io.plan_report.content import Diagnosis, GroupBar
from cosafe.io.words import PlanReport


def _bars(data: PerceptionData, dimension: str, threshold: int, share: bool = False) -> tuple[GroupBar, ...]:
    bars = []
    for cell in protected_cells(data, [dimension], threshold):
        value = cell.unsafe_share if share else cell.mean_score
        if value is None and not cell.suppressed:
            continue  # nothing to say for this cell (pins only, or scores only)
        bars.append(GroupBar(data.label(dimension, cell.keys[0]), None if cell.suppressed else value,
                             format_cell_value(cell, value, percent=share)))
    return tuple(bars)


def build_diagnosis(store, data: PerceptionData) -> Diagnosis:
    """Charts' data and findings for ``store`` (``data`` from ``load_perception_data(store)``)."""
    threshold = store.suppression_threshold
    distribution = criterion_distribution(data)
    criteria = tuple((data.label("criterion", key), tuple(counts), key in data.outcome_keys)
                     for key, counts in distribution.items())
    pairs = day_night_comparison(data)
    points = point_safety_scores(data)
    return Diagnosis(
        criteria=criteria,  # type: ignore[arg-type]
        by_gender=_bars(data, "gender", threshold),
        by_age=_bars(data, "age_band", threshold),
        by_time=_bars(data, "time_of_day", threshold),
        unsafe_by_time=_bars(data, "time_of_day", threshold, share=True),
        pairs=tuple((p.day_score, p.night_score) for p in pairs),
        findings=_findings(data, points, pairs),
        scored_points=len(points),
        pins=len(data.pins.uuid),
        incident_times=_incident_times(store),
    )


def _incident_times(store) -> str:
    """Recorded incidents by the time of day they happened (``core.incident_times``), apart from perceptions."""
    times = [incident.occurred_at for incident in store.list(Incident, with_geometry=False)]
    if not times:
        return ""
    bands = incident_bands(times)

    def hours(band: str) -> str:
        return arg(PlanReport.tr("%1–%2", "clock hours, from–to"), *band_hours(band))

    return arg(PlanReport.tr("%Ln recorded incidents (imported data, kept apart from what people felt): %1 by day "
                             "(%2), %3 at dusk (%4), %5 at night (%6), %7 at a time not recorded.", "", len(times)),
               format_integer(bands.counts["day"]), hours("day"), format_integer(bands.counts["dusk"]), hours("dusk"),
               format_integer(bands.counts["night"]), hours("night"), format_integer(bands.unknown))


def _findings(data: PerceptionData, points, pairs) -> tuple[str, ...]:
    lines = []
    scores = [p.score for p in points if p.score is not None]
    if scores:
        lines.append(arg(PlanReport.tr("%Ln audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).",
                                       "", len(scores)),
                         format_fixed(float(np.mean(scores))), format_fixed(min(scores)), format_fixed(max(scores))))
    dark = sum(1 for p in points if p.is_dark_spot)
    if dark:
        lines.append(PlanReport.tr("%Ln dark spots: points where lighting scored 0 (poor).", "", dark))
    if pairs:
        day = np.array([p.day_score for p in pairs])
        night = np.array([p.night_score for p in pairs])
        worse = int(np.sum(night < day - 0.05))
        lines.append(arg(PlanReport.tr("%Ln places walked both by day and at night: %1 scored lower at night; mean %2 by "
                                       "day, %3 at night.", "", len(pairs)),
                         worse, format_fixed(float(day.mean())), format_fixed(float(night.mean()))))
    unsafe = int(np.sum(data.pins.unsafe))
    if len(data.pins.uuid):
        lines.append(arg(PlanReport.tr("%Ln perception pins, %1 of them marking a place where people feel unsafe.", "",
                                       len(data.pins.uuid)), unsafe))
    strong = [d for d in feeling_drivers(data) if d.correlation is not None and d.correlation >= MODERATE]
    if strong:
        names = ", ".join(d.label.lower() for d in strong[:3])
        lines.append(arg(PlanReport.tr("Where %1 scored low, people felt less safe (rank correlation with the feeling "
                                       "score of at least 0.3: a link, not proof of a cause).", "%1: criteria"), names))
    return tuple(lines)
