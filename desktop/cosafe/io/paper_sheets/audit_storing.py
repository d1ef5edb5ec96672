"""What a read audit sheet adds to the project: the ticked scores of its walk's points, one undoable edit (no Qt).

Contract:
- ``check_audit_sheet(store, identity) -> AuditWalk``: the sheet's walk; ``NotASheet`` (one
  translated line) for a sheet of another project or of a walk the project no longer has.
- ``criteria_by_tag(store) -> dict``: tag (``audit_layout.criterion_tag``) → Criterion, over
  every criterion of the project (a sheet printed before its set was versioned still names
  the criteria its boxes mean).
- ``audit_sheet_edit(store, reading, ticks=None, photo_sha256="", photo_uuid=None) -> Edit | None``:
  the scores of ``ticks`` (default: the reading's ticks that are sure, i.e. not flagged) that
  have a score, stored on the walk's points — an existing point with the tick's sequence
  number keeps its comment, checklist answers, photos and any other scores, the sheet's ticks
  replacing the scores of the same criteria *in place* (the score keeps its UUID; a second
  score of the same criterion, as a merge may leave, goes); a point the walk lacks is made at
  its printed place (``core.audits.place_along`` of its sequence among the sheet's ``total``).
  Ticks naming a criterion the project does not have are left out. None when no tick has a
  score. All of it is ONE ``EditGroup`` labelled as read from audit sheet N, with:
  - provenance (schema v8, as group maps): a ``PaperSheet`` (the sheet's number, the walk's
    workshop and group, '' when it has none, the photo's SHA-256 and the attachment keeping
    it) and a ``PaperSheetRecord`` per stored score. A score already linked to an earlier
    sheet is relinked to this one (its value now comes from this sheet; one link per score,
    as ``UNIQUE(record_table, record_uuid)`` wants); an earlier sheet left with no link at
    all is deleted in the same step (its photo stays an attachment of the walk). So every
    audit sheet's row has a score linked, which is how it is told from a group map's.
  - the walk's time of day, from the sheet's time-of-day ticks (``time_of_day_note``).
- ``time_of_day_note(store, walk, reading) -> TimeOfDayNote``: an audit point has no time
  of its own: the walk's ``time_of_day`` ('day' | 'dusk' | 'night') stands for its points, and
  the sheet's time-of-day row (day, dusk, night; day and night only on a sheet printed before
  dusk had a box) is checked against it, never dropped silently. Only sure ticks (not
  flagged) count. They *agree* when every one equals the walk's time of day (a dusk tick on
  a dusk walk too): nothing to say. Otherwise: when they all say the same and the walk has
  no scored point yet (a walk printed before it was walked), the edit sets the walk's time of
  day to it (``set_to``: 'day', 'dusk' or 'night'); else the scores are stored on the walk as
  recorded and the note says the sheet differs. ``time_of_day_text(
  note, number, walk_title, stored)`` is that one translated line ("" when they agree or no
  box is ticked); ``stored`` False says what storing would do.
- ``earlier_audit_text(store, reading, digest)``: "" when neither this photo (its SHA-256) nor
  this walk's sheet of this number was read before, else one translated line saying when.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cosafe.core.audits import place_along, points_of
from cosafe.core.edits import AddRecord, DeleteRecord, Edit, EditGroup, UpdateRecord
from cosafe.core.i18n import arg
from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, Criterion, PaperSheet, PaperSheetRecord
from cosafe.core.vocabulary import TIMES_OF_DAY, label_of
from cosafe.io.paper_sheets.audit_layout import TIMES, AuditIdentity, criterion_tag
from cosafe.io.paper_sheets.audit_reading import AuditReading, Tick
from cosafe.io.paper_sheets.audit_sheets import TIME_CRITERION
from cosafe.io.paper_sheets.reading import NotASheet
from cosafe.io.paper_sheets.storing import read_before_text
from cosafe.io.paper_sheets.words import Sheets
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.paper_sheets import earlier_audit_reading, links_of_sheet, score_links


def check_audit_sheet(store: ProjectStore, identity: AuditIdentity) -> AuditWalk:
    """The sheet's walk, if the sheet belongs to this project (see the module contract)."""
    if identity.project != store.get_meta("project_uuid"):
        raise NotASheet(arg(Sheets.tr("This is a sheet of another project, not of %1"), store.name))
    walk = store.get(AuditWalk, identity.walk)
    if walk is None:
        raise NotASheet(arg(Sheets.tr("Audit sheet %1 is for an audit walk this project no longer has"),
                            identity.number))
    return walk


def criteria_by_tag(store: ProjectStore) -> dict[str, Criterion]:
    """Every criterion of the project by its QR code tag."""
    return {criterion_tag(c.uuid): c for c in store.list(Criterion)}


@dataclass(frozen=True)
class TimeOfDayNote:
    """The sheet's sure time-of-day ticks against the walk's time of day (see the module contract)."""

    ticked: tuple[str, ...]  # the values ticked ("day", "dusk", "night"), each once, in that order; () when none
    walk: str  # the walk's time of day as recorded
    set_to: str = ""  # what storing the sheet sets the walk's time of day to, or ""

    @property
    def agrees(self) -> bool:
        return all(value == self.walk for value in self.ticked)


def walk_has_scores(store: ProjectStore, walk_uuid: str) -> bool:
    """Whether any point of the walk has a score."""
    return store.connection.execute(
        f'SELECT 1 FROM "{AuditScore.TABLE}" s JOIN "{AuditPoint.TABLE}" p ON p.uuid = s.point_uuid '
        "WHERE p.walk_uuid = ? LIMIT 1", (walk_uuid,)).fetchone() is not None


def time_of_day_note(store: ProjectStore, walk: AuditWalk, reading: AuditReading) -> TimeOfDayNote:
    """What the sheet's time-of-day row says against the walk (see the module contract)."""
    values = {t.score for t in reading.ticks if t.criterion == TIME_CRITERION and not t.flags}
    ticked = tuple(value for value in TIMES if value in values)
    note = TimeOfDayNote(ticked, walk.time_of_day)
    if not note.agrees and len(ticked) == 1 and not walk_has_scores(store, walk.uuid):
        return TimeOfDayNote(ticked, walk.time_of_day, ticked[0])
    return note


def time_of_day_text(note: TimeOfDayNote, number: int, walk_title: str, stored: bool = True) -> str:
    """The one line that says how the sheet's time-of-day ticks stand to the walk, or "" (see the module
    contract)."""
    if note.agrees:
        return ""
    walk_time = label_of(TIMES_OF_DAY, note.walk)
    labels = [label_of(TIMES_OF_DAY, value) for value in note.ticked]
    if len(labels) > 2:
        return arg(Sheets.tr("Audit sheet %1 is ticked “%2”, “%3” and “%4” at different points; the audit walk %5 "
                             "is recorded as “%6”", "%2, %3, %4: day, dusk and night; %6: the walk's time of day"),
                   number, *labels, walk_title, walk_time)
    if len(labels) == 2:
        return arg(Sheets.tr("Audit sheet %1 is ticked both “%2” and “%3” at different points; the audit walk %4 "
                             "is recorded as “%5”", "%2, %3: two of day, dusk and night; %5: the walk's time of day"),
                   number, *labels, walk_title, walk_time)
    ticked = labels[0]
    if note.set_to and stored:
        return arg(Sheets.tr("Audit sheet %1 is ticked “%2” and the audit walk %3 had no scores yet: its time of "
                             "day is now “%2”", "%2: day, dusk or night"), number, ticked, walk_title)
    if note.set_to:
        return arg(Sheets.tr("Audit sheet %1 is ticked “%2” and the audit walk %3 has no scores yet: storing the "
                             "sheet sets its time of day to “%2”", "%2: day, dusk or night"), number, ticked,
                   walk_title)
    return arg(Sheets.tr("Audit sheet %1 is ticked “%2”, but the audit walk %3 is recorded as “%4”: its scores are "
                         "stored on the walk as recorded", "%2: day, dusk or night; %4: the walk's time of day"),
               number, ticked, walk_title, walk_time)


def earlier_audit_text(store: ProjectStore, reading: AuditReading, digest: str) -> str:
    """Why storing this photo may replace scores read before, or "" (see the module contract)."""
    identity = reading.identity
    return read_before_text(earlier_audit_reading(store, digest, identity.walk, identity.number), digest,
                            Sheets.tr("Audit sheet %1 of this audit walk was read on %2",
                                      "%1: the sheet's number, %2: a date"))


def audit_sheet_edit(store: ProjectStore, reading: AuditReading, ticks: Sequence[Tick] | None = None,
                     photo_sha256: str = "", photo_uuid: str | None = None) -> Edit | None:
    """The ticked scores of a read audit sheet and where they came from, as one edit (see the module contract)."""
    identity = reading.identity
    walk = check_audit_sheet(store, identity)
    chosen = [t for t in reading.ticks if not t.flags] if ticks is None else list(ticks)
    criteria = criteria_by_tag(store)
    by_point: dict[int, dict[str, int]] = {}
    for tick in chosen:
        if tick.criterion == TIME_CRITERION or not isinstance(tick.score, int) or tick.criterion not in criteria:
            continue
        by_point.setdefault(tick.point, {})[criteria[tick.criterion].uuid] = tick.score
    if not by_point:
        return None
    label = arg(Sheets.tr("Read audit sheet %1 (%2)", "%1: the sheet's number, %2: the audit walk"),
                identity.number, walk.title)
    device = store.get_meta("device_id") or ""
    existing = {point.sequence: point for point in points_of(store, walk.uuid)}
    edits: list[Edit] = []
    stored: list[str] = []  # the UUIDs of the scores this sheet gives a value
    gone: list[str] = []  # the UUIDs of second scores of a criterion, deleted
    for sequence, scores in sorted(by_point.items()):
        point = existing.get(sequence)
        if point is None:
            point = AuditPoint(walk_uuid=walk.uuid, sequence=sequence, comment="", device_id=device,
                               geom=place_along(walk.geom, sequence, identity.total))
            edits.append(AddRecord(point, label))
        had: dict[str, list[AuditScore]] = {}
        for score in (store.list(AuditScore, "point_uuid = ?", (point.uuid,)) if sequence in existing else []):
            had.setdefault(score.criterion_uuid, []).append(score)
        for criterion_uuid, value in scores.items():
            rows = had.get(criterion_uuid, [])
            if not rows:
                score = AuditScore(point_uuid=point.uuid, criterion_uuid=criterion_uuid, score=value,
                                   device_id=device)
                edits.append(AddRecord(score, label))
                stored.append(score.uuid)
                continue
            # Updated in place: the score keeps its UUID, hence its one link (relinked below).
            if rows[0].score != value:
                edits.append(UpdateRecord(store, AuditScore, rows[0].uuid, {"score": value}, label))
            stored.append(rows[0].uuid)
            for extra in rows[1:]:
                edits.append(DeleteRecord(store, AuditScore, extra.uuid, label))
                gone.append(extra.uuid)
    sheet = PaperSheet(workshop_uuid=walk.workshop_uuid or "", group_uuid=walk.group_uuid or "",
                       sheet_number=identity.number, photo_uuid=photo_uuid, photo_sha256=photo_sha256,
                       device_id=device)
    edits.insert(0, AddRecord(sheet, label))
    links = score_links(store, stored + gone)
    moved: dict[str, int] = {}  # earlier sheet → how many of its links leave it
    for uuid in stored:
        link = links.get(uuid)
        if link is None:
            edits.append(AddRecord(PaperSheetRecord(sheet_uuid=sheet.uuid, record_table=AuditScore.TABLE,
                                                    record_uuid=uuid, device_id=device), label))
        else:
            edits.append(UpdateRecord(store, PaperSheetRecord, link.uuid, {"sheet_uuid": sheet.uuid}, label))
            moved[link.sheet_uuid] = moved.get(link.sheet_uuid, 0) + 1
    for uuid in gone:
        if uuid in links:
            edits.append(DeleteRecord(store, PaperSheetRecord, links[uuid].uuid, label))
            moved[links[uuid].sheet_uuid] = moved.get(links[uuid].sheet_uuid, 0) + 1
    for earlier, leaving in moved.items():
        if leaving >= links_of_sheet(store, earlier) and store.get(PaperSheet, earlier) is not None:
            edits.append(DeleteRecord(store, PaperSheet, earlier, label))
    note = time_of_day_note(store, walk, reading)
    if note.set_to:
        edits.append(UpdateRecord(store, AuditWalk, walk.uuid, {"time_of_day": note.set_to}, label))
    return EditGroup(edits, label)
