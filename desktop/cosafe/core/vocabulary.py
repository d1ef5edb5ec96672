"""Fixed vocabularies of the field (see DOMAIN.md), as (key, label) pairs.

Keys are what the project file stores; labels are what people read. Keys never
change once released, so old files keep their meaning.
"""

from __future__ import annotations

Vocabulary = tuple[tuple[str, str], ...]

GENDERS: Vocabulary = (
    ("woman", "Woman"),
    ("man", "Man"),
    ("non_binary", "Non-binary"),
    ("undisclosed", "Prefer not to say"),
)

AGE_BANDS: Vocabulary = (
    ("under_15", "Under 15"),
    ("15_24", "15–24"),
    ("25_39", "25–39"),
    ("40_59", "40–59"),
    ("60_plus", "60 and over"),
    ("undisclosed", "Prefer not to say"),
)

PARTICIPANT_ROLES: Vocabulary = (
    ("resident", "Resident"),
    ("trader", "Trader / vendor"),
    ("student", "Student"),
    ("community_leader", "Community leader"),
    ("police", "Police"),
    ("official", "Municipal official"),
    ("ngo", "NGO / civil society"),
    ("business", "Business owner"),
    ("other", "Other"),
)

TIMES_OF_DAY: Vocabulary = (
    ("day", "Day"),
    ("dusk", "Dusk"),
    ("night", "Night"),
)

CPTED_PRINCIPLES: Vocabulary = (
    ("natural_surveillance", "Natural surveillance"),
    ("access_control", "Natural access control"),
    ("territorial_reinforcement", "Territorial reinforcement"),
    ("maintenance", "Maintenance and image"),
    ("activity_support", "Activity support"),
    ("target_hardening", "Target hardening"),
    ("social_cohesion", "Social cohesion"),
    ("connectivity", "Connectivity"),
    ("community_culture", "Community culture"),
    ("threshold_capacity", "Threshold capacity"),
)

INTERVENTION_TYPES: Vocabulary = (
    ("street_lighting", "Street lighting"),
    ("sightlines", "Clear sightlines / trim vegetation"),
    ("active_frontage", "Active frontage"),
    ("seating_shade", "Seating and shade"),
    ("vending_space", "Vending / market space"),
    ("public_toilets", "Public toilets"),
    ("safe_crossing", "Safe crossing"),
    ("transport_stop", "Transport stop upgrade"),
    ("wayfinding", "Wayfinding and signage"),
    ("paths_paving", "Paths and paving"),
    ("greening", "Greening"),
    ("interchange_lighting", "Lighting of a transport interchange"),
    ("youth_programme", "Youth programme / activity"),
    ("community_watch", "Community watch"),
    ("clean_up", "Clean-up and repair"),
    ("gun_free_zone", "Gun-free zone"),
)

BENEFICIARIES: Vocabulary = (
    ("women", "Women"),
    ("girls", "Girls"),
    ("youth", "Youth"),
    ("children", "Children"),
    ("elderly", "Elderly people"),
    ("disabled", "People with disabilities"),
    ("everyone", "Everyone"),
)

PREVENTION_APPROACHES: Vocabulary = (
    ("social_development", "Social development"),
    ("locally_based", "Locally based (community)"),
    ("situational", "Situational"),
    ("reintegration", "Reintegration"),
)

STAKEHOLDER_SECTORS: Vocabulary = (
    ("government", "Government"),
    ("business", "Business"),
    ("community", "Community"),
    ("civil_society", "Civil society"),
)

TIMEFRAMES: Vocabulary = (
    ("short", "Short term"),
    ("medium", "Medium term"),
    ("long", "Long term"),
)

# When a proposal matters (Proposal.day_night).
DAY_NIGHT: Vocabulary = (("day", "Day"), ("night", "Night"), ("both", "Day and night"))

PROPOSAL_STATUSES: Vocabulary = (
    ("proposed", "Proposed"),
    ("shortlisted", "Shortlisted"),
    ("agreed", "Agreed for the plan"),
    ("dropped", "Dropped"),
)

ACTION_STATUSES: Vocabulary = (
    ("proposed", "Proposed"),
    ("agreed", "Agreed"),
    ("in_progress", "In progress"),
    ("done", "Done"),
    ("dropped", "Dropped"),
)

FEELINGS: Vocabulary = (
    ("safe", "Safe"),
    ("unsafe", "Unsafe"),
)

DEFAULT_REASON_TAGS: Vocabulary = (
    ("poor_lighting", "Poor lighting"),
    ("harassment", "Harassment"),
    ("isolated", "Isolated"),
    ("crowded", "Crowded"),
    ("drugs_alcohol", "Drugs / alcohol"),
    ("no_transport", "No transport"),
    ("blind_corner", "Blind corner"),
    ("well_used", "Well used"),
    ("friendly_shops", "Friendly shops"),
    ("good_lighting", "Good lighting"),
)

# Style classes of basemap features; the canvas and the QGIS styles key on these.
BASEMAP_STYLE_CLASSES: Vocabulary = (
    ("major_road", "Major road"),
    ("minor_road", "Minor road"),
    ("path", "Footway / path"),
    ("railway", "Railway"),
    ("waterway", "River / canal"),
    ("water", "Water"),
    ("green", "Park / green space"),
    ("landuse", "Land use"),
    ("building", "Building"),
    ("transport", "Transport stop"),
    ("lamp", "Street lamp"),
    ("poi", "Point of interest"),
    ("other", "Other"),
)


def label_of(vocabulary: Vocabulary, key: str | None) -> str:
    """Return the label for ``key``, or the key itself when it is not listed."""
    for known, label in vocabulary:
        if known == key:
            return label
    return key or ""


def keys_of(vocabulary: Vocabulary) -> tuple[str, ...]:
    """Return the keys of a vocabulary in order."""
    return tuple(key for key, _ in vocabulary)
