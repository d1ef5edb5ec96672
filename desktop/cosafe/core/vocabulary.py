"""Fixed vocabularies of the field (see DOMAIN.md), as (key, label) pairs.

Keys are what the project file stores; labels are what people read. Keys never
change once released, so old files keep their meaning. Labels are English sources
marked for the catalogue (context "Vocabulary") and translated where they are shown:
``label_of`` and ``choices`` give them in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping

from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate

Vocabulary = tuple[tuple[str, str], ...]
VOCABULARY_CONTEXT = "Vocabulary"  # the catalogue context of every label below

GENDERS: Vocabulary = (
    ("woman", QT_TRANSLATE_NOOP("Vocabulary", "Woman")),
    ("man", QT_TRANSLATE_NOOP("Vocabulary", "Man")),
    ("non_binary", QT_TRANSLATE_NOOP("Vocabulary", "Non-binary")),
    ("undisclosed", QT_TRANSLATE_NOOP("Vocabulary", "Prefer not to say")),
)

AGE_BANDS: Vocabulary = (
    ("under_15", QT_TRANSLATE_NOOP("Vocabulary", "Under 15")),
    ("15_24", QT_TRANSLATE_NOOP("Vocabulary", "15–24")),
    ("25_39", QT_TRANSLATE_NOOP("Vocabulary", "25–39")),
    ("40_59", QT_TRANSLATE_NOOP("Vocabulary", "40–59")),
    ("60_plus", QT_TRANSLATE_NOOP("Vocabulary", "60 and over")),
    ("undisclosed", QT_TRANSLATE_NOOP("Vocabulary", "Prefer not to say")),
)

PARTICIPANT_ROLES: Vocabulary = (
    ("resident", QT_TRANSLATE_NOOP("Vocabulary", "Resident")),
    ("trader", QT_TRANSLATE_NOOP("Vocabulary", "Trader / vendor")),
    ("student", QT_TRANSLATE_NOOP("Vocabulary", "Student")),
    ("community_leader", QT_TRANSLATE_NOOP("Vocabulary", "Community leader")),
    ("police", QT_TRANSLATE_NOOP("Vocabulary", "Police")),
    ("official", QT_TRANSLATE_NOOP("Vocabulary", "Municipal official")),
    ("ngo", QT_TRANSLATE_NOOP("Vocabulary", "NGO / civil society")),
    ("business", QT_TRANSLATE_NOOP("Vocabulary", "Business owner")),
    ("other", QT_TRANSLATE_NOOP("Vocabulary", "Other")),
)

TIMES_OF_DAY: Vocabulary = (
    ("day", QT_TRANSLATE_NOOP("Vocabulary", "Day")),
    ("dusk", QT_TRANSLATE_NOOP("Vocabulary", "Dusk")),
    ("night", QT_TRANSLATE_NOOP("Vocabulary", "Night")),
)

CPTED_PRINCIPLES: Vocabulary = (
    ("natural_surveillance", QT_TRANSLATE_NOOP("Vocabulary", "Natural surveillance")),
    ("access_control", QT_TRANSLATE_NOOP("Vocabulary", "Natural access control")),
    ("territorial_reinforcement", QT_TRANSLATE_NOOP("Vocabulary", "Territorial reinforcement")),
    ("maintenance", QT_TRANSLATE_NOOP("Vocabulary", "Maintenance and image")),
    ("activity_support", QT_TRANSLATE_NOOP("Vocabulary", "Activity support")),
    ("target_hardening", QT_TRANSLATE_NOOP("Vocabulary", "Target hardening")),
    ("social_cohesion", QT_TRANSLATE_NOOP("Vocabulary", "Social cohesion")),
    ("connectivity", QT_TRANSLATE_NOOP("Vocabulary", "Connectivity")),
    ("community_culture", QT_TRANSLATE_NOOP("Vocabulary", "Community culture")),
    ("threshold_capacity", QT_TRANSLATE_NOOP("Vocabulary", "Threshold capacity")),
)

INTERVENTION_TYPES: Vocabulary = (
    ("street_lighting", QT_TRANSLATE_NOOP("Vocabulary", "Street lighting")),
    ("sightlines", QT_TRANSLATE_NOOP("Vocabulary", "Clear sightlines / trim vegetation")),
    ("active_frontage", QT_TRANSLATE_NOOP("Vocabulary", "Active frontage")),
    ("seating_shade", QT_TRANSLATE_NOOP("Vocabulary", "Seating and shade")),
    ("vending_space", QT_TRANSLATE_NOOP("Vocabulary", "Vending / market space")),
    ("public_toilets", QT_TRANSLATE_NOOP("Vocabulary", "Public toilets")),
    ("safe_crossing", QT_TRANSLATE_NOOP("Vocabulary", "Safe crossing")),
    ("transport_stop", QT_TRANSLATE_NOOP("Vocabulary", "Transport stop upgrade")),
    ("wayfinding", QT_TRANSLATE_NOOP("Vocabulary", "Wayfinding and signage")),
    ("paths_paving", QT_TRANSLATE_NOOP("Vocabulary", "Paths and paving")),
    ("greening", QT_TRANSLATE_NOOP("Vocabulary", "Greening")),
    ("interchange_lighting", QT_TRANSLATE_NOOP("Vocabulary", "Lighting of a transport interchange")),
    ("youth_programme", QT_TRANSLATE_NOOP("Vocabulary", "Youth programme / activity")),
    ("community_watch", QT_TRANSLATE_NOOP("Vocabulary", "Community watch")),
    ("clean_up", QT_TRANSLATE_NOOP("Vocabulary", "Clean-up and repair")),
    ("gun_free_zone", QT_TRANSLATE_NOOP("Vocabulary", "Gun-free zone")),
)

BENEFICIARIES: Vocabulary = (
    ("women", QT_TRANSLATE_NOOP("Vocabulary", "Women")),
    ("girls", QT_TRANSLATE_NOOP("Vocabulary", "Girls")),
    ("youth", QT_TRANSLATE_NOOP("Vocabulary", "Youth")),
    ("children", QT_TRANSLATE_NOOP("Vocabulary", "Children")),
    ("elderly", QT_TRANSLATE_NOOP("Vocabulary", "Elderly people")),
    ("disabled", QT_TRANSLATE_NOOP("Vocabulary", "People with disabilities")),
    ("everyone", QT_TRANSLATE_NOOP("Vocabulary", "Everyone")),
)

PREVENTION_APPROACHES: Vocabulary = (
    ("social_development", QT_TRANSLATE_NOOP("Vocabulary", "Social development")),
    ("locally_based", QT_TRANSLATE_NOOP("Vocabulary", "Locally based (community)")),
    ("situational", QT_TRANSLATE_NOOP("Vocabulary", "Situational")),
    ("reintegration", QT_TRANSLATE_NOOP("Vocabulary", "Reintegration")),
)

STAKEHOLDER_SECTORS: Vocabulary = (
    ("government", QT_TRANSLATE_NOOP("Vocabulary", "Government")),
    ("business", QT_TRANSLATE_NOOP("Vocabulary", "Business")),
    ("community", QT_TRANSLATE_NOOP("Vocabulary", "Community")),
    ("civil_society", QT_TRANSLATE_NOOP("Vocabulary", "Civil society")),
)

TIMEFRAMES: Vocabulary = (
    ("short", QT_TRANSLATE_NOOP("Vocabulary", "Short term")),
    ("medium", QT_TRANSLATE_NOOP("Vocabulary", "Medium term")),
    ("long", QT_TRANSLATE_NOOP("Vocabulary", "Long term")),
)

# When a proposal matters (Proposal.day_night).
DAY_NIGHT: Vocabulary = (
    ("day", QT_TRANSLATE_NOOP("Vocabulary", "Day")),
    ("night", QT_TRANSLATE_NOOP("Vocabulary", "Night")),
    ("both", QT_TRANSLATE_NOOP("Vocabulary", "Day and night")),
)

PROPOSAL_STATUSES: Vocabulary = (
    ("proposed", QT_TRANSLATE_NOOP("Vocabulary", "Proposed")),
    ("shortlisted", QT_TRANSLATE_NOOP("Vocabulary", "Shortlisted")),
    ("agreed", QT_TRANSLATE_NOOP("Vocabulary", "Agreed for the plan")),
    ("dropped", QT_TRANSLATE_NOOP("Vocabulary", "Dropped")),
)

ACTION_STATUSES: Vocabulary = (
    ("proposed", QT_TRANSLATE_NOOP("Vocabulary", "Proposed")),
    ("agreed", QT_TRANSLATE_NOOP("Vocabulary", "Agreed")),
    ("in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")),
    ("done", QT_TRANSLATE_NOOP("Vocabulary", "Done")),
    ("dropped", QT_TRANSLATE_NOOP("Vocabulary", "Dropped")),
)

FEELINGS: Vocabulary = (
    ("safe", QT_TRANSLATE_NOOP("Vocabulary", "Safe")),
    ("unsafe", QT_TRANSLATE_NOOP("Vocabulary", "Unsafe")),
)

DEFAULT_REASON_TAGS: Vocabulary = (
    ("poor_lighting", QT_TRANSLATE_NOOP("Vocabulary", "Poor lighting")),
    ("harassment", QT_TRANSLATE_NOOP("Vocabulary", "Harassment")),
    ("isolated", QT_TRANSLATE_NOOP("Vocabulary", "Isolated")),
    ("crowded", QT_TRANSLATE_NOOP("Vocabulary", "Crowded")),
    ("drugs_alcohol", QT_TRANSLATE_NOOP("Vocabulary", "Drugs / alcohol")),
    ("no_transport", QT_TRANSLATE_NOOP("Vocabulary", "No transport")),
    ("blind_corner", QT_TRANSLATE_NOOP("Vocabulary", "Blind corner")),
    ("well_used", QT_TRANSLATE_NOOP("Vocabulary", "Well used")),
    ("friendly_shops", QT_TRANSLATE_NOOP("Vocabulary", "Friendly shops")),
    ("good_lighting", QT_TRANSLATE_NOOP("Vocabulary", "Good lighting")),
)

# Style classes of basemap features; the canvas and the QGIS styles key on these.
BASEMAP_STYLE_CLASSES: Vocabulary = (
    ("major_road", QT_TRANSLATE_NOOP("Vocabulary", "Major road")),
    ("minor_road", QT_TRANSLATE_NOOP("Vocabulary", "Minor road")),
    ("path", QT_TRANSLATE_NOOP("Vocabulary", "Footway / path")),
    ("railway", QT_TRANSLATE_NOOP("Vocabulary", "Railway")),
    ("waterway", QT_TRANSLATE_NOOP("Vocabulary", "River / canal")),
    ("water", QT_TRANSLATE_NOOP("Vocabulary", "Water")),
    ("green", QT_TRANSLATE_NOOP("Vocabulary", "Park / green space")),
    ("landuse", QT_TRANSLATE_NOOP("Vocabulary", "Land use")),
    ("building", QT_TRANSLATE_NOOP("Vocabulary", "Building")),
    ("transport", QT_TRANSLATE_NOOP("Vocabulary", "Transport stop")),
    ("lamp", QT_TRANSLATE_NOOP("Vocabulary", "Street lamp")),
    ("poi", QT_TRANSLATE_NOOP("Vocabulary", "Point of interest")),
    ("other", QT_TRANSLATE_NOOP("Vocabulary", "Other")),
)


def label_of(vocabulary: Vocabulary, key: str | None) -> str:
    """Return the label for ``key`` in the reader's language, or the key itself when it is not listed."""
    for known, label in vocabulary:
        if known == key:
            return translate(VOCABULARY_CONTEXT, label)
    return key or ""


def choices(vocabulary: Vocabulary) -> tuple[tuple[str, str], ...]:
    """The (key, label) pairs of a vocabulary with the labels in the reader's language, in order."""
    return tuple((key, translate(VOCABULARY_CONTEXT, label)) for key, label in vocabulary)


def stored_label(vocabulary: Vocabulary, key: str | None, label: str, own: Mapping[str, str] | None = None) -> str:
    """What people read for a row stored with ``key`` and ``label`` (a reason tag): its own label in the
    reader's language when the facilitator gave one (``own``: language code -> text,
    ``core.label_translations``); else the translated built-in label when the row still carries its
    built-in English label; else the label as typed."""
    # Here, not at the top: label_translations brings the edits and numpy, which the command
    # line's parser (it lists the style classes) does not need.
    from cosafe.core.label_translations import in_language

    given = in_language(own)
    if given is not None:
        return given
    for known, source in vocabulary:
        if known == key and source == label:
            return translate(VOCABULARY_CONTEXT, source)
    return label


def keys_of(vocabulary: Vocabulary) -> tuple[str, ...]:
    """Return the keys of a vocabulary in order."""
    return tuple(key for key, _ in vocabulary)
