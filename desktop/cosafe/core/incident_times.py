"""Recorded incidents by time of day, beside what people felt at that time of day.

Contract (no Qt):
- The analysis' time-of-day bands (``vocabulary.TIMES_OF_DAY``: day, dusk, night) are
  what a walk or a pin was recorded as; an incident has a clock time instead
  (``Incident.occurred_at``, "HH:MM"). ``BAND_HOURS`` says which clock times each band
  covers, the one place the two meet: day 06:00–17:59, dusk 18:00–19:59, night
  20:00–05:59 (a fixed clock, the same all year: CoSafe knows no sunset).
- ``time_band("21:30")`` is "night"; None, "" or anything not HH:MM gives None — an
  incident without a time is "time unknown", never put in a band by guess.
- ``incident_bands(times)`` counts incidents per band and those without a time.
- ``compare_bands(times, data, threshold)`` gives, per band in vocabulary order, the
  incidents recorded then and what people felt then (mean 0–5 safety score of the audit
  points, share of pins marked unsafe) through ``perception_stats.protected_cells``, so
  a small group of people shows "hidden" exactly as in the People chart. Recorded
  incidents are never mixed into the perception figures: they stand in their own column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from cosafe.core.perception_data import PerceptionData
from cosafe.core.perception_stats import format_cell_value, hidden, protected_cells
from cosafe.core.vocabulary import TIMES_OF_DAY, keys_of, label_of

# (band, first minute of the day it covers, first minute it no longer covers); night wraps past midnight.
BAND_HOURS = (("day", "06:00", "18:00"), ("dusk", "18:00", "20:00"), ("night", "20:00", "06:00"))
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def _minutes(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:5])


def time_band(time: str | None) -> str | None:
    """The band ("day", "dusk", "night") an "HH:MM" time falls in; None when there is no valid time."""
    if not time or not _HHMM.match(time.strip()):
        return None
    minute = _minutes(time.strip())
    for band, start, end in BAND_HOURS:
        first, last = _minutes(start), _minutes(end)
        if (first <= minute < last) if first < last else (minute >= first or minute < last):
            return band
    return None  # unreachable: the bands cover the whole day


def band_hours(band: str) -> tuple[str, str]:
    """The first and last clock minute of a band, e.g. ("20:00", "05:59") for night."""
    for key, start, end in BAND_HOURS:
        if key == band:
            last = (_minutes(end) - 1) % (24 * 60)
            return start, f"{last // 60:02d}:{last % 60:02d}"
    raise KeyError(band)


@dataclass(frozen=True)
class IncidentBands:
    """How many incidents fell in each band, and how many have no time."""

    counts: dict[str, int] = field(default_factory=dict)
    unknown: int = 0

    @property
    def timed(self) -> int:
        return sum(self.counts.values())


def incident_bands(times: Iterable[str | None]) -> IncidentBands:
    """Incidents per band (every band present, 0 when none) and the count without a time."""
    counts = {band: 0 for band in keys_of(TIMES_OF_DAY)}
    unknown = 0
    for time in times:
        band = time_band(time)
        if band is None:
            unknown += 1
        else:
            counts[band] += 1
    return IncidentBands(counts, unknown)


@dataclass(frozen=True)
class BandRow:
    """One band's recorded incidents beside the perceptions of that band (figures as shown)."""

    band: str
    label: str
    first: str  # "20:00"
    last: str  # "05:59"
    incidents: int
    incident_share: float | None  # of the incidents with a time; None when none has one
    mean_score: str  # "3.25", "hidden" or "–"
    unsafe_share: str  # "40 %", "hidden" or "–"


def compare_bands(times: Iterable[str | None], data: PerceptionData | None, threshold: int,
                  withheld: bool = False) -> tuple[list[BandRow], int]:
    """Per band, incidents and perceptions side by side; and the incidents of unknown time.

    ``withheld``: the perceptions selected come from too few people, so every figure of
    theirs reads "hidden" (the incidents, not about people, still show)."""
    bands = incident_bands(times)
    cells = {}
    if withheld:
        rows, unknown = compare_bands(times, None, threshold)
        return [replace(row, mean_score=hidden(), unsafe_share=hidden()) for row in rows], unknown
    if data is not None and (len(data.scores.date) or len(data.pins.date)):
        cells = {cell.keys[0]: cell for cell in protected_cells(data, ["time_of_day"], threshold)}
    rows = []
    for band in keys_of(TIMES_OF_DAY):
        cell = cells.get(band)
        first, last = band_hours(band)
        count = bands.counts[band]
        rows.append(BandRow(band, label_of(TIMES_OF_DAY, band), first, last, count,
                            count / bands.timed if bands.timed else None,
                            format_cell_value(cell, cell.mean_score) if cell is not None else "–",
                            format_cell_value(cell, cell.unsafe_share, percent=True) if cell is not None else "–"))
    return rows, bands.unknown
