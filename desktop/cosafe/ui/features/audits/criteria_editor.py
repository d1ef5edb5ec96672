"""Audit › Criteria…: edit the project's audit criteria set without changing old scores' meaning.

Contract:
- ``CriteriaEditor(session)`` shows the active set ("Safety audit (default) · version 2"),
  the safety score formula (``core.criteria.SCORE_FORMULA_TEXT``) and the set's criteria
  in order (label, what 3 means, outcome, retired ones greyed at the end).
- Add (label and what 3 means typed below the table), Rename (edit the label or meaning
  cell in place), Move Up / Move Down, Retire and Remove use the ``core.criteria_sets``
  edit builders; each is ONE undo step through ``session.perform``. When scores already
  use the set, a change that alters meaning makes a new version (the header shows it,
  and ``message_label`` says that old scores keep the old version).
- Translations… (the selected criterion's label and meaning) and Translate Set Name… open
  ``TranslationsDialog``: a facilitator's own words in CoSafe's other languages, kept beside
  the typed text (``core.label_translations``) and saved as ONE undo step. Cells and the
  header show each in the reader's language when it has one; editing a cell that shows
  such a label changes that label, not the text as typed.
- A refused change (``CriteriaSetError``) shows its one line in ``message_label``; nothing
  changes. The dialog re-reads on Change.AUDITS (undo shows at once). Read-only: view only.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.changes import Change
from cosafe.core.criteria import criteria_set_name, criterion_good_means, criterion_label, score_formula_text
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, language, translate
from cosafe.core.label_translations import own_labels, translations_edit, translations_of
from cosafe.core.criteria_sets import (
    CriteriaSetError,
    active_criteria,
    add_criterion_edit,
    criteria_of_set,
    remove_criterion_edit,
    rename_criterion_edit,
    reorder_criteria_edit,
    retire_criterion_edit,
)
from cosafe.core.edits import Edit
from cosafe.core.records import Criterion, CriteriaSet
from cosafe.ui.features.audits.translations_dialog import TranslationsDialog
from cosafe.ui.kit.accessibility import describe, tab_order
from cosafe.ui.kit.live_dialog import LiveEditDialog
from cosafe.ui.session import ProjectSession

LABEL, MEANS, KIND = 0, 1, 2
HEADERS = (QT_TRANSLATE_NOOP("CriteriaEditor", "Criterion"), QT_TRANSLATE_NOOP("CriteriaEditor", "3 (good) means"),
           QT_TRANSLATE_NOOP("CriteriaEditor", "Kind"))  # in English: shown translated
KEY_ROLE = Qt.ItemDataRole.UserRole
RETIRED_GREY = QColor("#9E9E9E")


class CriteriaEditor(LiveEditDialog):
    """The active criteria set, editable one undoable change at a time."""

    WATCHED = Change.AUDITS

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("criteriaEditor")
        self.setWindowTitle(self.tr("Audit Criteria"))
        self.resize(680, 560)
        self.criteria: list[Criterion] = []
        self.criteria_set: CriteriaSet | None = None
        self._own: dict[str, dict[str, dict[str, str]]] = {}  # criterion uuid -> field -> language -> text
        self._loading = False
        self.set_label = QLabel(self)
        self.set_label.setObjectName("criteriaSetVersion")
        self.set_name_button = self._button(self.tr("Translate Set Name…"), self.edit_set_translations)
        describe(self.set_name_button, self.tr("Translate Set Name…"),
                 self.tr("The criteria set's name in other languages"))
        set_row = QHBoxLayout()
        set_row.addWidget(self.set_label, 1)
        set_row.addWidget(self.set_name_button)
        formula = QLabel(score_formula_text(), self)
        formula.setObjectName("scoreFormula")
        formula.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("criteriaTable")
        describe(self.table, self.tr("Audit criteria"), self.tr("The criteria a sheet scores, in the order of the "
                                                                "sheet; F2 or a double click edits a label or what "
                                                                "3 means"))
        self.table.setHorizontalHeaderLabels([translate("CriteriaEditor", h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEANS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._cell_edited)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.up_button = self._button(self.tr("Move Up"), lambda: self.move(-1))
        self.down_button = self._button(self.tr("Move Down"), lambda: self.move(1))
        self.retire_button = self._button(self.tr("Retire"), self.retire)
        self.retire_button.setToolTip(self.tr("Stop scoring it; scores already made keep it"))
        self.remove_button = self._button(self.tr("Remove"), self.remove)
        self.remove_button.setToolTip(self.tr("Delete a criterion no score uses (otherwise retire it)"))
        self.translations_button = self._button(self.tr("Translations…"), self.edit_translations)
        self.translations_button.setToolTip(self.tr("The criterion's name and what 3 means in other languages"))
        row_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.retire_button, self.remove_button,
                       self.translations_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)

        self.new_label = QLineEdit(self)
        self.new_label.setObjectName("newCriterionLabel")
        describe(self.new_label, self.tr("New criterion"), self.tr("The new criterion's label, e.g. Toilets"))
        self.new_label.setPlaceholderText(self.tr("New criterion, e.g. Toilets"))
        self.new_means = QLineEdit(self)
        self.new_means.setObjectName("newCriterionMeans")
        describe(self.new_means, self.tr("What 3 (good) means"), self.tr("What a score of 3 means for the new criterion"))
        self.new_means.setPlaceholderText(self.tr("What 3 (good) means, e.g. Clean toilets open and visible"))
        self.add_button = self._button(self.tr("Add"), self.add)
        for edit in (self.new_label, self.new_means):
            edit.returnPressed.connect(self.add)
        add_grid = QGridLayout()
        add_grid.addWidget(self.new_label, 0, 0)
        add_grid.addWidget(self.new_means, 0, 1)
        add_grid.addWidget(self.add_button, 0, 2)
        add_grid.setColumnStretch(1, 2)
        add_grid.setColumnStretch(0, 1)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("criteriaMessage")
        self.message_label.setWordWrap(True)
        help_text = QLabel(self.tr("Double-click a name or meaning to change it. Once sheets are scored, a change "
                                   "that alters meaning makes a new version of the set: old scores keep theirs."),
                           self)
        help_text.setObjectName("fieldHelp")
        help_text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(set_row)
        layout.addWidget(formula)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addLayout(add_grid)
        layout.addWidget(self.message_label)
        layout.addWidget(help_text)
        layout.addWidget(buttons)
        tab_order(self.set_name_button, self.table, self.up_button, self.down_button, self.retire_button,
                  self.remove_button, self.translations_button, self.new_label, self.new_means, self.add_button)
        self.follow_session()

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001 - any callable
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter adds (in the new criterion fields), never closes
        button.clicked.connect(slot)
        return button

    @property
    def editable(self) -> bool:
        return not self.session.is_read_only

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_key()
        try:
            criteria_set, _current = active_criteria(self.session.store)
        except CriteriaSetError as refused:
            self.set_label.setText(str(refused))
            self.criteria, self.criteria_set = [], None
        else:
            self.criteria_set = criteria_set
            set_own = own_labels(self.session.store, "criteria_sets", criteria_set.uuid)
            self.set_label.setText(arg(self.tr("<b>%1</b> · version %2"),
                                       html.escape(criteria_set_name(criteria_set.name, set_own.get("name"))),
                                       criteria_set.version))
            every = criteria_of_set(self.session.store, criteria_set.uuid)
            self.criteria = [c for c in every if not c.retired] + [c for c in every if c.retired]
        self._own = translations_of(self.session.store, "criteria")
        self._loading = True
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.criteria))
            for row, criterion in enumerate(self.criteria):
                kind = (self.tr("retired", "a criterion") if criterion.retired
                        else self.tr("outcome", "a criterion") if criterion.is_outcome else "")
                # A built-in criterion reads in the reader's language; what was typed stays as typed.
                for column, text in ((LABEL, self._shown(criterion, "label")),
                                     (MEANS, self._shown(criterion, "good_means")),
                                     (KIND, kind)):
                    item = QTableWidgetItem(text)
                    item.setData(KEY_ROLE, criterion.key)
                    flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                    if column != KIND and self.editable and not criterion.retired:
                        flags |= Qt.ItemFlag.ItemIsEditable
                    item.setFlags(flags)
                    if criterion.retired:
                        item.setForeground(RETIRED_GREY)
                    self.table.setItem(row, column, item)
            self._select_key(selected)
        self._loading = False
        for widget in (self.new_label, self.new_means, self.add_button):
            widget.setEnabled(self.editable)
        self.set_name_button.setEnabled(self.editable and self.criteria_set is not None)
        self._update_buttons()

    def _shown(self, criterion: Criterion, field: str) -> str:
        """A criterion's label or meaning as its reader reads it (own words in their language first)."""
        own = self._own.get(criterion.uuid, {}).get(field)
        if field == "label":
            return criterion_label(criterion.key, criterion.label, own)
        return criterion_good_means(criterion.key, criterion.good_means, own)

    def _select_key(self, key: str | None) -> None:
        for row, criterion in enumerate(self.criteria):
            if criterion.key == key:
                # Not selectRow: right to left it looks for a column at the viewport's far edge, finds none
                # and selects nothing (the Arabic window); the current cell selects its row (SelectRows).
                self.table.setCurrentCell(row, LABEL)
                return
        self.table.clearSelection()

    def select_key(self, key: str) -> None:
        self._select_key(key)
        self._update_buttons()

    def selected(self) -> Criterion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.criteria[rows[0].row()] if rows and rows[0].row() < len(self.criteria) else None

    def selected_key(self) -> str | None:
        criterion = self.selected()
        return criterion.key if criterion is not None else None

    def _active_rows(self) -> list[Criterion]:
        return [c for c in self.criteria if not c.retired]

    def _update_buttons(self) -> None:
        criterion = self.selected()
        usable = self.editable and criterion is not None and not criterion.retired
        active = self._active_rows()
        index = active.index(criterion) if usable and criterion in active else -1
        self.up_button.setEnabled(usable and index > 0)
        self.down_button.setEnabled(usable and 0 <= index < len(active) - 1)
        self.retire_button.setEnabled(usable)
        self.remove_button.setEnabled(self.editable and criterion is not None)
        self.translations_button.setEnabled(usable)

    # -- writing ------------------------------------------------------------------------

    def _perform(self, build) -> bool:  # noqa: ANN001 - a callable returning an Edit
        """Build the edit (a refusal shows its one line) and perform it as one undo step."""
        before = self._version()
        try:
            edit: Edit = build()
        except CriteriaSetError as refused:
            self.message_label.setText(arg(self.tr("Not changed: %1"), refused))
            return False
        if not self.session.perform(edit):
            self.refresh()
            return False
        after = self._version()
        if after != before:
            self.message_label.setText(arg(self.tr("Scores already use version %1: this change made version %2. "
                                                   "Old scores keep version %1."), before, after))
        else:
            self.message_label.setText("")
        return True

    def _version(self) -> int:
        try:
            return active_criteria(self.session.store)[0].version
        except CriteriaSetError:
            return 0

    def add(self) -> bool:
        label, means = self.new_label.text(), self.new_means.text()
        if not self.editable or not self._perform(lambda: add_criterion_edit(self.session.store, label, means)):
            return False
        key = next((c.key for c in reversed(self._active_rows()) if c.label == " ".join(label.split())), None)
        self.new_label.clear()
        self.new_means.clear()
        if key:
            self.select_key(key)
        return True

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or not self.editable:
            return
        criterion = next((c for c in self.criteria if c.key == item.data(KEY_ROLE) and not c.retired), None)
        if criterion is None:
            return
        own = self._own.get(criterion.uuid, {})
        labels = {field: dict(texts) for field, texts in own.items()}
        typed = {"label": criterion.label, "good_means": criterion.good_means}
        code = language()
        for field, column in (("label", LABEL), ("good_means", MEANS)):
            text = self.table.item(item.row(), column).text()
            if text == self._shown(criterion, field):
                continue  # not edited: a built-in criterion shown translated keeps its stored text
            if own.get(field, {}).get(code):
                labels.setdefault(field, {})[code] = text  # the cell showed the label in the reader's language
            else:
                typed[field] = text
        if not self._perform(lambda: rename_criterion_edit(self.session.store, criterion.uuid, typed["label"],
                                                           typed["good_means"], labels)):
            self.refresh()  # put the old text back

    def translations_dialog(self, criterion: Criterion) -> TranslationsDialog:
        return TranslationsDialog(
            self._shown(criterion, "label"), {"label": criterion.label, "good_means": criterion.good_means},
            ((("label", self.tr("Criterion")), ("good_means", self.tr("3 (good) means")))),
            self._own.get(criterion.uuid, {}), self)

    def edit_translations(self) -> bool:
        """Translations… of the selected criterion: ONE undo step (a new version once scores use the set)."""
        criterion = self.selected()
        if criterion is None or criterion.retired or not self.editable:
            return False
        dialog = self.translations_dialog(criterion)
        if dialog.exec() != TranslationsDialog.DialogCode.Accepted:
            return False
        wanted = dialog.wanted()
        if wanted == self._own.get(criterion.uuid, {}):
            return False
        return self._perform(lambda: rename_criterion_edit(self.session.store, criterion.uuid, criterion.label,
                                                           criterion.good_means, wanted))

    def edit_set_translations(self) -> bool:
        """Translate Set Name…: the active set's name in other languages, ONE undo step (never a new
        version: a name does not change what a score means)."""
        criteria_set = self.criteria_set
        if criteria_set is None or not self.editable:
            return False
        own = own_labels(self.session.store, "criteria_sets", criteria_set.uuid)
        shown = criteria_set_name(criteria_set.name, own.get("name"))
        dialog = TranslationsDialog(shown, {"name": criteria_set.name}, (("name", self.tr("Criteria set")),),
                                    own, self)
        if dialog.exec() != TranslationsDialog.DialogCode.Accepted:
            return False
        edit = translations_edit(self.session.store, "criteria_sets", criteria_set.uuid, dialog.wanted(),
                                 arg(self.tr("Translate criteria set “%1”"), shown))
        return edit is not None and self._perform(lambda: edit)

    def move(self, step: int) -> bool:
        criterion = self.selected()
        active = self._active_rows()
        if criterion is None or criterion not in active:
            return False
        index = active.index(criterion)
        target = index + step
        if not 0 <= target < len(active):
            return False
        order = [c.uuid for c in active]
        order[index], order[target] = order[target], order[index]
        return self._perform(lambda: reorder_criteria_edit(self.session.store, order))

    def retire(self) -> bool:
        criterion = self.selected()
        return criterion is not None and self._perform(
            lambda: retire_criterion_edit(self.session.store, criterion.uuid))

    def remove(self) -> bool:
        criterion = self.selected()
        return criterion is not None and self._perform(
            lambda: remove_criterion_edit(self.session.store, criterion.uuid))
