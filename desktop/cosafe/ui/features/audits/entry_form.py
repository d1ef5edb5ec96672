"""Enter Audit Sheets: type a stack of paper audit sheets in with the keyboard alone.

Contract:
- ``AuditEntryForm(session, walk_uuid)`` is a modeless dialog showing one sheet at a
  time: the point number, one ``ScoreField`` per criterion of the walk's criteria set
  (in order, retired ones left out), a comment and, optionally, the women's safety
  audit checklist (y/n and a recommendation per question).
- Keys (and the key line under the form says the same): a digit 0–3 fills a score,
  Space leaves it blank, and either moves on to the next field by itself; anything
  else is refused with a visible hint (``hint_label``). A Tab pressed right after
  such a move is taken as part of it (the focus stays): in the trial, following a
  hint that said "Tab next field" after each digit skipped every other criterion.
  Otherwise Tab / Shift+Tab move through the sheet's fields only (scores, comment,
  the checklist once ticked, Alt+C), never round from the last to the first: text
  typed on after the last field stays there, never in a score. Enter saves the
  sheet and shows the next one, focus back on the first score; Page Up / Page Down
  (or the point number) go to the previous / next sheet, saving the shown one first
  if anything on it was typed or changed (a refused save stays on it, with its
  hint); a sheet already saved is shown with its values, and saving it again
  replaces them. Ctrl+Delete (or Delete Point) deletes the shown point with its
  scores and answers as ONE edit. Escape (or Close) closes; with something typed
  and not saved it asks first (Cancel the default).
- Saving is ONE edit (``audits.save_point_edit``: AuditPoint + AuditScores +
  ChecklistAnswers) through ``session.perform``. A score outside 0–3 (a paste) or an
  empty sheet is refused with a one-line message and nothing is saved.
- The form closes itself, without asking, when its walk is deleted (or its adding
  undone), and on ``close_now(save)`` (the project closes: what was typed is saved
  first if it can be).
- Location: a point already placed on the map keeps its place; otherwise a spot
  clicked with the map's audit point tool (``set_clicked_location``, after
  ``pick_requested``) or, failing that, a place along the walk's route evenly by
  number (``place_along``, "Sheets in the stack" sets the spacing); without a route
  the point is saved unplaced and can be placed later.
- Photos (``SheetPhotos``): Add Photo… (Ctrl+P) keeps photos with the shown sheet until
  Enter saves them with it; removing a saved photo (Delete in the strip) is ONE edit.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shapely.geometry import Point

from cosafe.core.changes import Change
from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, ChecklistAnswer
from cosafe.core.vocabulary import TIMES_OF_DAY, label_of
from cosafe.core.audits import (
    CHECKLIST_QUESTIONS,
    AuditEntryError,
    ChecklistEntry,
    delete_point_edit,
    next_sequence,
    place_along,
    points_of,
    question_label,
    save_point_edit,
    walk_criteria,
)
from cosafe.core.criteria import criterion_good_means, criterion_label
from cosafe.core.label_translations import translations_of
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.ui.features.audits.entry_fields import AnswerField, ScoreField
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.dates import show_date
from cosafe.ui.session import ProjectSession
from cosafe.ui.features.audits.sheet_photos import SheetPhotos

DEFAULT_SHEETS = 10
HINT_STYLE = "color: #B71C1C; font-weight: bold;"
KEYS_TEXT = QT_TRANSLATE_NOOP(  # in English: shown through ``translate("AuditEntryForm", KEYS_TEXT)``
    "AuditEntryForm",
    "<b>0–3</b> score, <b>Space</b> blank: each moves on to the next field by itself (a Tab after it "
    "does not skip one) · <b>Tab</b> / <b>Shift+Tab</b> next / previous field · <b>Enter</b> save and "
    "next sheet · <b>Page Up/Down</b> previous / next sheet (saves this one) · <b>Esc</b> close")


class AuditEntryForm(QDialog):
    """One paper sheet at a time, saved with Enter."""

    pick_requested = Signal()
    saved = Signal(str)  # point uuid

    def __init__(self, session: ProjectSession, walk_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditEntryForm")
        self.session = session
        self.walk_uuid = walk_uuid
        walk = self.walk()
        self.setWindowTitle(arg(self.tr("Enter Audit Sheets — %1"), walk.title))
        self.criteria = walk_criteria(session.store, walk)
        self._own = translations_of(session.store, "criteria")  # a facilitator's labels in other languages
        self._clicked: tuple[float, float] | None = None

        heading = QLabel(arg(self.tr("<b>%1</b> · %2 · %3", "a walk's title, date and time of day"), html.escape(walk.title),
                             show_date(walk.walked_on, self.tr("no date")), label_of(TIMES_OF_DAY, walk.time_of_day)),
                         self)
        self._shown: int | None = None  # the sheet on show (the spin box may be ahead while it is typed in)
        self._loaded: tuple = ()  # what the shown sheet held when it was loaded: typed changes differ
        self._arrived: QWidget | None = None  # the field a key just moved to (a Tab there is not another step)
        self._closing = False  # closing without asking (walk deleted, project closed)
        self.sequence_spin = QSpinBox(self)
        self.sequence_spin.setObjectName("sheetNumber")
        self.sequence_spin.setRange(1, 9999)
        self.sequence_spin.setPrefix(self.tr("Point ", "before a sheet's number"))
        describe(self.sequence_spin, self.tr("Point number"), self.tr("The number of the sheet (audit point) on show"))
        self.sheets_spin = QSpinBox(self)
        self.sheets_spin.setObjectName("sheetCount")
        self.sheets_spin.setRange(1, 9999)
        self.sheets_spin.setPrefix(self.tr("of ", "before the number of sheets"))
        self.sheets_spin.setSuffix(self.tr(" sheets", "after the number of sheets"))
        describe(self.sheets_spin, self.tr("Number of sheets"),
                 self.tr("How many sheets the stack has: unplaced points are spread evenly along the route"))
        existing = len(points_of(session.store, walk_uuid, False))
        self.sheets_spin.setValue(max(DEFAULT_SHEETS, existing))
        self.location_label = QLabel(self)
        self.location_label.setObjectName("fieldHelp")
        self.pick_button = QPushButton(self.tr("Pick on Map"), self)
        self.pick_button.setToolTip(self.tr("Click the map where this point was (the Audit Point tool)"))
        self.pick_button.clicked.connect(self.pick_requested)
        top = QHBoxLayout()
        top.addWidget(self.sequence_spin)
        top.addWidget(self.sheets_spin)
        top.addWidget(self.location_label, 1)
        top.addWidget(self.pick_button)

        scores = QGroupBox(self.tr("Scores (0 = poor … 3 = good)"), self)
        grid = QGridLayout(scores)
        grid.setHorizontalSpacing(10)
        self.score_fields: list[ScoreField] = []
        for row, criterion in enumerate(self.criteria):
            own = self._own.get(criterion.uuid, {})
            label = criterion_label(criterion.key, criterion.label, own.get("label"))
            good_means = criterion_good_means(criterion.key, criterion.good_means, own.get("good_means"))
            field = ScoreField(label, scores)
            field.setObjectName(f"score_{criterion.key}")
            field.setToolTip(arg(self.tr("3 means: %1"), good_means))
            field.refused.connect(self._hint)
            field.accepted_key.connect(lambda: self._hint(""))
            field.moved_on.connect(self._moved_on)
            name = QLabel(arg(self.tr("%1 (outcome)", "a criterion scored as the outcome"), label)
                          if criterion.is_outcome else label, scores)
            name.setBuddy(field)
            meaning = QLabel(arg(self.tr("3 = %1"), good_means), scores)
            meaning.setObjectName("fieldHelp")
            grid.addWidget(name, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(meaning, row, 2)
            self.score_fields.append(field)
        grid.setColumnStretch(2, 1)
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setObjectName("sheetComment")
        self.comment_edit.setPlaceholderText(self.tr("Comment from the sheet (optional)"))
        describe(self.comment_edit, self.tr("Comment"), self.tr("The comment written on the sheet (optional)"))

        self.photos = SheetPhotos(session, self)
        self.photos.problems.connect(self._hint)

        self.checklist = QGroupBox(self.tr("&Checklist — women's safety audit (optional: y / n, recommendation)"), self)
        self.checklist.setCheckable(True)
        self.checklist.setChecked(False)
        check_grid = QGridLayout(self.checklist)
        self.answer_fields: list[tuple[str, AnswerField, QLineEdit]] = []
        for row, question in enumerate(CHECKLIST_QUESTIONS):
            answer = AnswerField(self.checklist)
            answer.refused.connect(self._hint)
            answer.moved_on.connect(self._moved_on)
            recommendation = QLineEdit(self.checklist)
            recommendation.setPlaceholderText(self.tr("Recommendation"))
            shown = question_label(question)  # the stored question stays English
            describe(answer, shown, arg(self.tr("%1 Type y (yes) or n (no), Space to leave it blank"), shown))
            describe(recommendation, arg(self.tr("Recommendation: %1"), shown),
                     self.tr("What the walkers recommend (optional)"))
            check_grid.addWidget(QLabel(shown, self.checklist), row, 0)
            check_grid.addWidget(answer, row, 1)
            check_grid.addWidget(recommendation, row, 2)
            self.answer_fields.append((question, answer, recommendation))
        check_grid.setColumnStretch(2, 1)

        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("entryHint")
        self.hint_label.setStyleSheet(HINT_STYLE)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("fieldHelp")
        keys = QLabel(translate("AuditEntryForm", KEYS_TEXT), self)
        keys.setObjectName("fieldHelp")
        keys.setWordWrap(True)
        self.keys_label = keys
        self.save_button = QPushButton(self.tr("Save Point"), self)
        self.save_button.clicked.connect(self.save_sheet)
        self.delete_button = QPushButton(self.tr("Delete Point"), self)
        self.delete_button.setToolTip(
            self.tr("Delete this point with its scores and answers (Ctrl+Delete); undo brings it back"))
        self.delete_button.clicked.connect(self.delete_sheet)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        for button in (self.save_button, self.delete_button, close, self.pick_button):
            button.setAutoDefault(False)  # Enter is ours: it saves the sheet
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab runs through the sheet's fields only
        for spin in (self.sequence_spin, self.sheets_spin):
            # Out of the Tab chain: a digit meant for a score must not change the sheet shown.
            spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(scores)
        column.addWidget(self.comment_edit)
        column.addWidget(self.photos)
        column.addWidget(self.checklist)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab runs through the fields, each scrolled into view
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(keys)
        layout.addLayout(buttons)
        self.resize(720, 640)
        # Shortcuts, not keyPressEvent: the line edits would take Page Up / Down themselves.
        for keys, step in ((QKeySequence.StandardKey.MoveToNextPage, 1), (QKeySequence.StandardKey.MoveToPreviousPage, -1)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.go_to(max(1, self.sequence + s)))
        photo = QShortcut(QKeySequence("Ctrl+P"), self)
        photo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        photo.activated.connect(self.add_photos)
        delete = QShortcut(QKeySequence("Ctrl+Delete"), self)
        delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.activated.connect(self.delete_sheet)
        self.sequence_spin.valueChanged.connect(self.go_to)
        for widget in self._chain(every=True):
            widget.installEventFilter(self)  # a Tab just after a key moved on; see eventFilter
        self.load_sheet(self._first_unscored())
        session.changed.connect(self._on_changed)
        self._listening = True
        if not self.criteria:
            self._hint(self.tr("This walk's criteria set has no criteria: add some in Audit › Criteria…"))

    def _on_changed(self, change: Change) -> None:
        if not change & (Change.AUDITS | Change.ATTACHMENTS):
            return
        if self.session.store.get(AuditWalk, self.walk_uuid) is None:
            self.close_now()  # the walk was deleted (or its adding undone): nothing left to enter
            return
        # An undo in the window: keep what is typed, but show where the sheet stands now.
        point = self._point(self.sequence)
        self._show_location(point)
        self.delete_button.setEnabled(point is not None)
        self.photos.follow(point.uuid if point is not None else None)

    def close_now(self, save: bool = False) -> None:
        """Close without asking; with ``save``, what was typed is saved first if it can be."""
        if save and self.unsaved() and self.session.store.get(AuditWalk, self.walk_uuid) is not None:
            self._save_shown()
        self._closing = True
        self.close()

    def reject(self) -> None:
        # Escape, Close and the window's close button all come here (QDialog.closeEvent).
        if not self._closing and self.unsaved() and not dialogs.ask_confirm(
                self, self.tr("Close without saving?"),
                arg(self.tr("Point %1 has entries that are not saved. Close the form and lose them? "
                            "(Cancel, then Enter, saves them.)"), self.sequence), self.tr("Close Without Saving")):
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._listening:
            self._listening = False
            self.session.changed.disconnect(self._on_changed)
        super().done(result)

    # -- reading --------------------------------------------------------------------

    def walk(self) -> AuditWalk:
        walk = self.session.store.get(AuditWalk, self.walk_uuid)
        if walk is None:
            raise KeyError(f"No audit walk with id {self.walk_uuid}")
        return walk

    def _point(self, sequence: int) -> AuditPoint | None:
        found = self.session.store.list(AuditPoint, "walk_uuid = ? AND sequence = ?", (self.walk_uuid, sequence),
                                        "fid")
        return found[0] if found else None

    def _first_unscored(self) -> int:
        store = self.session.store
        for point in points_of(store, self.walk_uuid, False):
            if not store.list(AuditScore, "point_uuid = ?", (point.uuid,)):
                return point.sequence
        return next_sequence(store, self.walk_uuid)

    @property
    def sequence(self) -> int:
        """The number of the sheet on show."""
        return self._shown if self._shown is not None else self.sequence_spin.value()

    def go_to(self, sequence: int) -> bool:
        """Show sheet ``sequence``, saving the shown one first if anything on it was typed.

        False (and the shown sheet stays, with the reason in the hint) when that save is refused.
        """
        if sequence != self._shown and self.unsaved() and not self._save_shown():
            with QSignalBlocker(self.sequence_spin):
                self.sequence_spin.setValue(self.sequence)
            return False
        self.load_sheet(sequence)
        return True

    def sheet_state(self) -> tuple:
        """Everything on the shown sheet that saving would write (compared with ``_loaded``)."""
        answers = tuple((answer.text(), recommendation.text()) for _q, answer, recommendation in self.answer_fields)
        return (tuple(field.text() for field in self.score_fields), self.comment_edit.text(),
                self.checklist.isChecked(), answers if self.checklist.isChecked() else (),
                len(self.photos.pending), self._clicked)

    def unsaved(self) -> bool:
        """Something on the shown sheet was typed or changed since it was loaded or saved."""
        return self.sheet_state() != self._loaded

    def load_sheet(self, sequence: int) -> None:
        """Show sheet ``sequence``: the saved point's values, or blanks for a new one (what was typed is dropped)."""
        self._shown = sequence
        if self.sequence_spin.value() != sequence:
            with QSignalBlocker(self.sequence_spin):
                self.sequence_spin.setValue(sequence)
        self._clicked = None
        point = self._point(sequence)
        scores: dict[str, int] = {}
        answers: dict[str, ChecklistAnswer] = {}
        if point is not None:
            store = self.session.store
            scores = {s.criterion_uuid: s.score for s in store.list(AuditScore, "point_uuid = ?", (point.uuid,))}
            answers = {a.question: a for a in store.list(ChecklistAnswer, "point_uuid = ?", (point.uuid,))}
        for criterion, field in zip(self.criteria, self.score_fields):
            field.setText(str(scores[criterion.uuid]) if criterion.uuid in scores else "")
        self.comment_edit.setText(point.comment if point else "")
        for question, answer, recommendation in self.answer_fields:
            saved = answers.get(question)
            answer.set_value(saved.answer if saved else None)
            recommendation.setText(saved.recommendation if saved else "")
        self.checklist.setChecked(bool(answers))
        self._show_location(point)
        self.photos.show_for(point.uuid if point is not None else None, sequence)
        self.delete_button.setEnabled(point is not None)
        self._hint("")
        self._loaded = self.sheet_state()
        if self.score_fields:
            self.score_fields[0].setFocus()

    def _show_location(self, point: AuditPoint | None) -> None:
        if self._clicked is not None:
            text = self.tr("Placed where you clicked")
        elif point is not None and point.geom is not None:
            text = self.tr("On the map (saved)") if self._scored(point) else self.tr("On the map (placed, not scored yet)")
        elif self.walk().geom is not None:
            text = self.tr("Will be placed along the route")
        else:
            text = self.tr("Not on the map: draw the route or Pick on Map")
        self.location_label.setText(text)

    def _scored(self, point: AuditPoint) -> bool:
        return bool(self.session.store.list(AuditScore, "point_uuid = ?", (point.uuid,)))

    # -- writing --------------------------------------------------------------------

    def set_clicked_location(self, lon: float, lat: float) -> None:
        """The spot clicked on the map for the current sheet (used when it is saved)."""
        self._clicked = (lon, lat)
        self._show_location(self._point(self.sequence))
        if self.score_fields:
            self.score_fields[0].setFocus()

    def save_sheet(self) -> bool:
        """Save the shown sheet (ONE edit) and show the next one; False, and nothing saved, when refused."""
        if not self._save_shown():
            return False
        self.load_sheet(self.sequence + 1)
        return True

    def _save_shown(self) -> bool:
        walk = self.walk()
        point = self._point(self.sequence)
        geom = None
        if self._clicked is not None:
            geom = Point(*self._clicked)
        elif point is None or point.geom is None:
            geom = place_along(walk.geom, self.sequence, self.sheets_spin.value())
        scores = {c.uuid: field.value() for c, field in zip(self.criteria, self.score_fields)}
        labels = {c.uuid: criterion_label(c.key, c.label, self._own.get(c.uuid, {}).get("label")) for c in self.criteria}
        answers = [ChecklistEntry(question, answer.value(), recommendation.text())
                   for question, answer, recommendation in self.answer_fields] if self.checklist.isChecked() else []
        try:
            edit = save_point_edit(self.session.store, walk, self.sequence, scores, self.comment_edit.text(),
                                   answers, geom, labels, point.uuid if point else None, self.photos.pending)
        except AuditEntryError as refused:
            self._hint(str(refused))
            return False
        if not self.session.perform(edit):
            return False
        saved = self._point(self.sequence)
        count = sum(value is not None for value in scores.values())
        blank = len(scores) - count
        added = len(self.photos.pending)
        photos = self.tr("%Ln photos", "", added)
        if blank and added:
            text = arg(self.tr("Saved point %1: %Ln scores, %2 left blank, %3", "", count), self.sequence, blank, photos)
        elif blank:
            text = arg(self.tr("Saved point %1: %Ln scores, %2 left blank", "", count), self.sequence, blank)
        elif added:
            text = arg(self.tr("Saved point %1: %Ln scores, %2", "", count), self.sequence, photos)
        else:
            text = arg(self.tr("Saved point %1: %Ln scores", "", count), self.sequence)
        self.status_label.setText(text)
        self._loaded = self.sheet_state()  # what is shown is what is saved now
        if saved is not None:
            self.saved.emit(saved.uuid)
        self.sheets_spin.setValue(max(self.sheets_spin.value(), self.sequence + 1))
        return True

    def delete_sheet(self) -> bool:
        """Delete the shown point with its scores and answers: ONE edit."""
        point = self._point(self.sequence)
        if point is None or not self.session.perform(delete_point_edit(self.session.store, point.uuid)):
            return False
        self.status_label.setText(arg(self.tr("Deleted point %1"), point.sequence))
        self.load_sheet(self.sequence)
        return True

    def add_photos(self) -> None:
        self.photos.add_photos()
        if self.score_fields:
            self.score_fields[0].setFocus()

    def _hint(self, text: str) -> None:
        self.hint_label.setText(text)

    # -- moving through the sheet -----------------------------------------------------

    def _chain(self, every: bool = False) -> list[QWidget]:
        """The fields Tab runs through, in order: scores, comment, and once ticked (Alt+C) the checklist.

        An unticked checklist is not in it: text typed on after a Tab from the comment
        would go nowhere there; it stays in the comment.
        """
        chain: list[QWidget] = [*self.score_fields, self.comment_edit]
        if every or self.checklist.isChecked():
            chain.append(self.checklist)
            for _question, answer, recommendation in self.answer_fields:
                chain += [answer, recommendation]
        return chain

    def _moved_on(self) -> None:
        self._arrived = QApplication.focusWidget()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        chain = self._chain()
        current = QApplication.focusWidget()
        if current not in chain:
            return super().focusNextPrevChild(next)
        index = chain.index(current) + (1 if next else -1)
        if index >= len(chain):
            # Not round to the first score: text typed next would be refused there, and lost.
            self._hint(arg(self.tr("That is the last field of the sheet: Enter saves point %1"), self.sequence))
            return True
        chain[max(index, 0)].setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            arrived, self._arrived = self._arrived, None
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if (watched is arrived and key_event.key() == Qt.Key.Key_Tab
                    and not key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
                return True  # the key before it moved on already: this Tab must not skip a field
        elif kind == QEvent.Type.FocusOut and watched is self._arrived:
            self._arrived = None  # clicked elsewhere
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_sheet()
        else:
            super().keyPressEvent(event)
