"""Domain records: one dataclass per kind of thing a project holds.

Every record carries a UUID, created/updated timestamps and the device that made it,
so files from several laptops merge without collisions. Records refer to each other
by UUID, never by row id. ``TABLE`` names the store table; ``GEOMETRY_TYPE`` is the
GeoPackage geometry type of the ``geom`` field, or None for a non-spatial record.
Geometries are shapely objects in EPSG:4326 (lon, lat), or None. ``LABEL`` ("Audit
points") and ``NOUN`` ("audit point") are English sources marked for the catalogue
(context "Records"): ``kind_label`` and ``kind_noun`` give them in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from cosafe.core.clock import new_uuid, utc_now
from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(kw_only=True)
class Record:
    """Fields every record shares."""

    TABLE: ClassVar[str] = ""
    GEOMETRY_TYPE: ClassVar[str | None] = None
    LABEL: ClassVar[str] = ""  # what a list of them is called ("Audit points")
    NOUN: ClassVar[str] = ""  # one of them, in lower case ("audit point")

    uuid: str = field(default_factory=new_uuid)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)
    device_id: str = ""


@dataclass(kw_only=True)
class Workshop(Record):
    TABLE: ClassVar[str] = "workshops"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Workshops")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "workshop")

    title: str = ""
    held_on: str | None = None  # ISO date
    place: str = ""
    facilitator: str = ""
    notes: str = ""
    votes_per_participant: int = 3


@dataclass(kw_only=True)
class Group(Record):
    TABLE: ClassVar[str] = "groups"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Groups")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "group")

    workshop_uuid: str = ""
    name: str = ""
    colour: str = "#0072B2"


@dataclass(kw_only=True)
class Participant(Record):
    """An anonymous participant: demographics only, a contact only if added on purpose."""

    TABLE: ClassVar[str] = "participants"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Participants")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "participant")

    workshop_uuid: str = ""
    group_uuid: str | None = None
    code: str = ""  # a sign-in number such as "P07", never a name
    gender: str = "undisclosed"
    age_band: str = "undisclosed"
    role: str = "resident"
    disability: str | None = None
    consent_given: bool = False
    contact: str | None = None  # private; never exported by default


@dataclass(kw_only=True)
class BasemapLayer(Record):
    TABLE: ClassVar[str] = "basemap_layers"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Basemap layers")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "basemap layer")

    name: str = ""
    kind: str = "vector"  # vector | tiles | image
    source_name: str = ""
    source_format: str = ""
    style_class: str | None = None  # for non-OSM vector layers: one class for all
    visible: bool = True
    opacity: float = 1.0
    sort_order: int = 0
    attribution: str = ""
    feature_count: int = 0
    data_table: str | None = None  # the GeoPackage tile table of a 'tiles' layer
    # For an 'image' layer: control points, the affine fit and its residuals (JSON).
    placement: dict[str, Any] = field(default_factory=dict)


@dataclass(kw_only=True)
class Proposal(Record):
    TABLE: ClassVar[str] = "proposals"
    GEOMETRY_TYPE: ClassVar[str | None] = "GEOMETRY"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Proposals")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "proposal")

    geom: Any = None
    workshop_uuid: str | None = None
    group_uuid: str | None = None
    title: str = ""
    description: str = ""
    cpted_principle: str | None = None
    intervention_type: str | None = None
    beneficiaries: list[str] = field(default_factory=list)
    day_night: str = "both"  # day | night | both
    cost_estimate: float | None = None
    status: str = "proposed"
    participant_uuid: str | None = None  # who made it: an idea sent from a phone (schema v6); None at the desktop


@dataclass(kw_only=True)
class CriteriaSet(Record):
    """A versioned set of audit criteria; scores point at the set they were made with."""

    TABLE: ClassVar[str] = "criteria_sets"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Criteria sets")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "criteria set")

    name: str = ""
    version: int = 1
    based_on_uuid: str | None = None
    is_active: bool = True


@dataclass(kw_only=True)
class Criterion(Record):
    TABLE: ClassVar[str] = "criteria"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Criteria")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "criterion")

    set_uuid: str = ""
    key: str = ""
    label: str = ""
    good_means: str = ""
    position: int = 0
    is_outcome: bool = False  # the "feeling" criterion is analysed against the others
    retired: bool = False


@dataclass(kw_only=True)
class AuditWalk(Record):
    TABLE: ClassVar[str] = "audit_walks"
    GEOMETRY_TYPE: ClassVar[str | None] = "LINESTRING"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Audit walks")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "audit walk")

    geom: Any = None  # the route walked
    workshop_uuid: str | None = None
    group_uuid: str | None = None
    title: str = ""
    walked_on: str | None = None  # ISO date
    time_of_day: str = "day"
    criteria_set_uuid: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class WalkParticipant(Record):
    """One participant who walked an audit walk (schema v2); a walk may have several."""

    TABLE: ClassVar[str] = "walk_participants"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Walk participants")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "walk participant")

    walk_uuid: str = ""
    participant_uuid: str = ""


@dataclass(kw_only=True)
class AuditPoint(Record):
    TABLE: ClassVar[str] = "audit_points"
    GEOMETRY_TYPE: ClassVar[str | None] = "POINT"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Audit points")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "audit point")

    geom: Any = None
    walk_uuid: str = ""
    sequence: int = 0
    comment: str = ""


@dataclass(kw_only=True)
class AuditScore(Record):
    TABLE: ClassVar[str] = "audit_scores"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Audit scores")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "audit score")

    point_uuid: str = ""
    criterion_uuid: str = ""
    score: int = 0  # 0 = poor … 3 = good


@dataclass(kw_only=True)
class ChecklistAnswer(Record):
    """A yes/no answer to a women's-safety-audit question, with a recommendation."""

    TABLE: ClassVar[str] = "checklist_answers"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Checklist answers")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "checklist answer")

    point_uuid: str = ""
    question: str = ""
    answer: bool | None = None
    recommendation: str = ""


@dataclass(kw_only=True)
class ReasonTag(Record):
    TABLE: ClassVar[str] = "reason_tags"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Reason tags")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "reason tag")

    key: str = ""
    label: str = ""
    retired: bool = False


@dataclass(kw_only=True)
class LabelTranslation(Record):
    """A facilitator's own label in one of CoSafe's languages, beside the text as typed (schema v4).

    ``table_name`` and ``record_uuid`` name the labelled record (a criteria set, a
    criterion or a reason tag), ``field_name`` the stored text it stands for ("name",
    "label", "good_means"), ``language`` a code of ``core.i18n.LANGUAGES``. Its UUID
    comes from those four (``core.label_translations.translation_uuid``), so two
    laptops labelling one record in one language write the same record, and a merge
    compares them as it compares any record. An empty ``text`` means "none": it is
    how a label taken back travels in a merge, where deletions do not.
    """

    TABLE: ClassVar[str] = "label_translations"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Label translations")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "label translation")

    table_name: str = ""
    record_uuid: str = ""
    field_name: str = ""
    language: str = ""
    text: str = ""


@dataclass(kw_only=True)
class PerceptionPin(Record):
    TABLE: ClassVar[str] = "perception_pins"
    GEOMETRY_TYPE: ClassVar[str | None] = "POINT"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Perception pins")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "perception pin")

    geom: Any = None
    workshop_uuid: str | None = None
    group_uuid: str | None = None
    participant_uuid: str | None = None
    feeling: str = "unsafe"  # safe | unsafe
    scale: int | None = None  # optional 1 (very unsafe) … 5 (very safe)
    reason_tags: list[str] = field(default_factory=list)
    story: str = ""
    time_of_day: str = "day"
    story_review: str | None = None  # None, "pending", "approved", "rejected" (schema v6; core.stories)


@dataclass(kw_only=True)
class Incident(Record):
    """A recorded incident from an official or NGO data set, never a perception."""

    TABLE: ClassVar[str] = "incidents"
    GEOMETRY_TYPE: ClassVar[str | None] = "POINT"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Recorded incidents")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "recorded incident")

    geom: Any = None
    category: str = ""
    occurred_on: str | None = None
    source: str = ""
    occurred_at: str | None = None  # the time of day, "HH:MM" (schema v5); None when not known
    description: str = ""  # the source's own words on it (schema v7); '' when it gives none


@dataclass(kw_only=True)
class Stakeholder(Record):
    TABLE: ClassVar[str] = "stakeholders"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Stakeholders")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "stakeholder")

    name: str = ""
    sector: str = "government"
    role: str = ""
    influence: int = 3  # 1–5
    interest: int = 3  # 1–5
    contact_person: str | None = None  # private; never exported by default


@dataclass(kw_only=True)
class Action(Record):
    TABLE: ClassVar[str] = "actions"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Actions")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "action")

    title: str = ""
    description: str = ""
    cpted_principle: str | None = None
    prevention_approach: str | None = None
    responsible_uuid: str | None = None
    timeframe: str | None = None
    starts_on: str | None = None
    ends_on: str | None = None
    cost_estimate: float | None = None
    priority: int | None = None
    priority_from_votes: bool = True
    indicator: str = ""
    baseline: str = ""
    target: str = ""
    status: str = "proposed"


@dataclass(kw_only=True)
class ActionPartner(Record):
    TABLE: ClassVar[str] = "action_partners"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Action partners")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "action partner")

    action_uuid: str = ""
    stakeholder_uuid: str = ""


@dataclass(kw_only=True)
class ActionLink(Record):
    """Links an action to a place: a proposal, audit point, pin or hotspot."""

    TABLE: ClassVar[str] = "action_links"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Action links")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "action link")

    action_uuid: str = ""
    target_table: str = ""
    target_uuid: str = ""


@dataclass(kw_only=True)
class Vote(Record):
    TABLE: ClassVar[str] = "votes"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Votes")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "vote")

    workshop_uuid: str | None = None
    proposal_uuid: str = ""
    participant_uuid: str | None = None
    group_uuid: str | None = None
    dots: int = 1


@dataclass(kw_only=True)
class Attachment(Record):
    """A photo or document kept inside the project file as a BLOB."""

    TABLE: ClassVar[str] = "attachments"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Attachments")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "attachment")

    owner_table: str = ""
    owner_uuid: str = ""
    filename: str = ""
    mime_type: str = "application/octet-stream"
    data: bytes = b""
    width: int | None = None
    height: int | None = None
    caption: str = ""


@dataclass(kw_only=True)
class PaperSheet(Record):
    """One photo of a printed group map read into the project (schema v8): the paper's provenance.

    ``sheet_number``, ``workshop_uuid`` and ``group_uuid`` are the sheet's QR code's;
    ``photo_uuid`` the attachment keeping the photo (None when it was not kept: ``cosafe
    read-sheets`` keeps none); ``photo_sha256`` the SHA-256 of the photo file as given, which
    tells a photo read twice; ``read_at`` when it was read (a GeoPackage DATETIME).
    """

    TABLE: ClassVar[str] = "paper_sheets"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Paper sheets read")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "paper sheet read")

    workshop_uuid: str = ""
    group_uuid: str = ""
    sheet_number: int = 1
    photo_uuid: str | None = None
    photo_sha256: str = ""
    read_at: str = field(default_factory=utc_now)


@dataclass(kw_only=True)
class PaperSheetRecord(Record):
    """A record read from a paper sheet (schema v8): ``record_uuid`` of ``record_table`` came from ``sheet_uuid``."""

    TABLE: ClassVar[str] = "paper_sheet_records"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Records read from paper")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "record read from paper")

    sheet_uuid: str = ""
    record_table: str = ""
    record_uuid: str = ""


RECORD_TYPES: tuple[type[Record], ...] = (
    Workshop,
    Group,
    Participant,
    BasemapLayer,
    Proposal,
    CriteriaSet,
    Criterion,
    AuditWalk,
    WalkParticipant,
    AuditPoint,
    AuditScore,
    ChecklistAnswer,
    ReasonTag,
    LabelTranslation,  # after the records it labels: a merge maps their UUIDs first
    PerceptionPin,
    Incident,
    Stakeholder,
    Action,
    ActionPartner,
    ActionLink,
    Vote,
    Attachment,
    PaperSheet,  # after the attachment keeping its photo
    PaperSheetRecord,
)

RECORD_TYPES_BY_TABLE: dict[str, type[Record]] = {t.TABLE: t for t in RECORD_TYPES}


# Schema v3 bookkeeping records: not in RECORD_TYPES (exports and counts list the
# project's own data); ``devices`` is merged between files, ``merge_log`` is not.

@dataclass(kw_only=True)
class Device(Record):
    """A person's name for a laptop; ``uuid`` is the device id it names."""

    TABLE: ClassVar[str] = "devices"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Devices")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "device")

    name: str = ""


@dataclass(kw_only=True)
class MergeLogEntry(Record):
    """One source file merged into this project (``created_at`` is when)."""

    TABLE: ClassVar[str] = "merge_log"
    LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "Merge log")
    NOUN: ClassVar[str] = QT_TRANSLATE_NOOP("Records", "merge log")

    source_name: str = ""
    source_project_uuid: str = ""
    source_device_id: str = ""
    added: int = 0
    updated: int = 0
    skipped: int = 0
    conflicts: int = 0
    note: str = ""


def kind_label(record_type: type[Record]) -> str:
    """What a list of records of ``record_type`` is called, in the reader's language ("Audit points")."""
    return translate("Records", record_type.LABEL) if record_type.LABEL else record_type.__name__


def kind_noun(record_type: type[Record]) -> str:
    """One record of ``record_type`` in lower case, in the reader's language ("audit point")."""
    return translate("Records", record_type.NOUN) if record_type.NOUN else record_type.__name__.lower()
