"""The Merge Conflicts panel: records changed on two laptops, side by side, resolved one by one.

Contract: ``ConflictsPanel(parent=None)``; ``set_session(session | None)`` follows a
project and re-reads ``pending_conflicts`` whenever the session announces a change (a
hidden panel when it is next shown; ``refresh()`` re-reads at once).
- The list names each conflict ("Proposal “Light the underpass”", "from Field team 2");
  for the selected one a table compares it field by field (Field | Mine | Theirs, from
  ``conflict_fields.compare``), differing rows highlighted and marked "≠" ("Only what
  differs" hides the others), with each
  side's provenance above it (which laptop made it, and for theirs which laptop it came
  from).
- Keep Mine / Keep Theirs / Keep Both each perform ONE ``resolve_conflict`` edit through
  ``session.perform`` (one undo step, undone with Edit › Undo); the next conflict is then
  selected. Keep Both is disabled where two records cannot share a key (reason tags,
  walk participants) or mine was deleted. A refusal is a one-line error dialog.
- ``conflict_shown(Conflict | None)`` is emitted for the selected conflict, so the map
  can draw both geometries. Read-only projects: the list and table, no buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import kind_noun
from cosafe.store.merge.log import device_names
from cosafe.store.merge.resolve import Conflict, pending_conflicts, resolve_conflict
from cosafe.store.merge.rows import MERGED_BY_TABLE
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.dates import show_date_time
from cosafe.ui.features.merge.conflict_fields import FieldRow, compare
from cosafe.ui.features.merge.provenance import laptop_name, made_on_text
from cosafe.ui.features.merge.words import MergeConflicts

INTRO = QT_TRANSLATE_NOOP("ConflictsPanel", "These records were changed on both laptops since the files last met. "
                          "Until you choose, this project keeps its own version and theirs is kept aside: nothing "
                          "is lost.")
EMPTY_TEXT = QT_TRANSLATE_NOOP("ConflictsPanel", "No merge conflicts: every merged record agrees.")
MAP_NOTE = QT_TRANSLATE_NOOP("ConflictsPanel", "On the map: mine solid blue, theirs dashed orange.")
DIFFERS = QColor("#fff2b3")
NO_BOTH = ("reason_tags", "walk_participants")
BOTH_TIP = QT_TRANSLATE_NOOP("ConflictsPanel", "Keep this project's version and add theirs beside it as a separate "
                             "record")


def conflict_title(conflict: Conflict) -> str:
    """ "Proposal “Light the underpass”" — the kind of record and its name, if it has one."""
    record = conflict.mine or conflict.theirs
    record_type = MERGED_BY_TABLE[conflict.table]
    noun = kind_noun(record_type)
    name = next((str(getattr(record, f)) for f in ("title", "name", "label", "story", "filename", "code")
                 if str(getattr(record, f, "") or "").strip()), "")
    if len(name) > 48:
        name = name[:47] + "…"
    if name:
        return arg(MergeConflicts.tr("%1 “%2”", "%1: a kind of record, %2: its name"), noun.capitalize(), name)
    return noun.capitalize()


class ConflictsPanel(QWidget):
    """Pending merge conflicts and the three ways to resolve each."""

    conflict_shown = Signal(object)  # Conflict or None
    counted = Signal(int)  # how many conflicts are pending, after each re-read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self.session = None
        self.conflicts: list[Conflict] = []
        self._stale = False
        self.intro = intro = QLabel(translate("ConflictsPanel", INTRO), self)
        intro.setWordWrap(True)
        intro.setObjectName("fieldHelp")
        self.empty_label = QLabel(translate("ConflictsPanel", EMPTY_TEXT), self)
        self.empty_label.setObjectName("panelHint")
        self.empty_label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("conflictList")
        self.list.currentRowChanged.connect(self._show_current)
        self.mine_label = QLabel(self)
        self.theirs_label = QLabel(self)
        for label in (self.mine_label, self.theirs_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("conflictFields")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine"), self.tr("Theirs")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the wrapped text as the columns change width.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.only_differences = QCheckBox(self.tr("&Only what differs"), self)  # Alt+D is the Draw menu's
        self.only_differences.setObjectName("onlyDifferences")
        self.only_differences.toggled.connect(lambda _on: self._show_current(self.list.currentRow()))
        self.map_note = QLabel(translate("ConflictsPanel", MAP_NOTE), self)
        self.map_note.setObjectName("fieldHelp")
        self.keep_mine = QPushButton(self.tr("Keep &Mine"), self)
        self.keep_mine.setToolTip(self.tr("Keep this project's version; theirs is dropped (Undo brings the choice "
                                          "back)"))
        self.keep_theirs = QPushButton(self.tr("Keep &Theirs"), self)
        self.keep_theirs.setToolTip(self.tr("Put their version in place of this project's"))
        self.keep_both = QPushButton(self.tr("Keep &Both"), self)
        self.keep_both.setToolTip(translate("ConflictsPanel", BOTH_TIP))
        for button, choice in ((self.keep_mine, "mine"), (self.keep_theirs, "theirs"), (self.keep_both, "both")):
            button.clicked.connect(lambda _checked=False, c=choice: self.resolve(c))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addWidget(self.keep_both)

        buttons.insertWidget(0, self.map_note, 1)

        # Wide and low, as in the bottom dock area: the list beside the comparison.
        chooser = QWidget(self)
        left = QVBoxLayout(chooser)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(intro)
        left.addWidget(self.empty_label)
        left.addWidget(self.list, 1)
        left.addStretch(0)  # holds the empty hint at the top when the list is hidden
        details = QWidget(self)
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        sides = QHBoxLayout()
        labels = QVBoxLayout()
        labels.addWidget(self.mine_label)
        labels.addWidget(self.theirs_label)
        sides.addLayout(labels, 1)
        sides.addWidget(self.only_differences, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(sides)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.details = details
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(chooser)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(splitter, 1)
        self.splitter = splitter
        self.refresh()

    # -- the project -----------------------------------------------------------------------

    def set_session(self, session) -> None:
        if session is self.session:
            return
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        if session is not None:
            session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, _change) -> None:
        # Reading every conflict costs ~0.1 s per thousand: a hidden panel catches up when shown.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the pending conflicts, keeping the selected one if it is still there."""
        self._stale = False
        current = self.current()
        key = (current.peer, current.table, current.uuid) if current is not None else None
        store = self.session.store if self.session is not None else None
        self.conflicts = pending_conflicts(store) if store is not None else []
        self._names = device_names(store) if store is not None else {}
        # The same conflict if it is still there, else the one that moved into its place (the next).
        row = next((i for i, c in enumerate(self.conflicts) if (c.peer, c.table, c.uuid) == key),
                   max(self.list.currentRow(), 0))
        self._fill_list(row)
        self.counted.emit(len(self.conflicts))

    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            source = conflict.peer_name or self.tr("another laptop")
            item = QListWidgetItem(arg(self.tr("%1\nfrom %2", "a conflict: %1 a record, %2 a laptop"),
                                       conflict_title(conflict), source))
            item.setToolTip(arg(self.tr("%1 from %2, found on %3", "a conflict: %1 a record, %2 a laptop"),
                                conflict_title(conflict), source, show_date_time(conflict.detected_at)))
            self.list.addItem(item)
        self.list.blockSignals(False)
        has_any = bool(self.conflicts)
        self.empty_label.setVisible(not has_any)
        self.intro.setVisible(has_any)
        self.list.setVisible(has_any)
        self.details.setVisible(has_any)
        if has_any:
            self.list.setCurrentRow(min(row, len(self.conflicts) - 1))
            self._show_current(self.list.currentRow())
        else:
            self._show_current(-1)

    def current(self) -> Conflict | None:
        row = self.list.currentRow() if hasattr(self, "list") else -1
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    # -- the selected conflict -------------------------------------------------------------

    def _show_current(self, _row: int) -> None:
        conflict = self.current()
        store = self.session.store if self.session is not None else None
        rows: list[FieldRow] = compare(store, conflict.mine, conflict.theirs, self._names) if conflict else []
        if self.only_differences.isChecked():
            rows = [row for row in rows if row.differs]
        self._fill_table(rows)
        if conflict is not None:
            mine = (made_on_text(store, conflict.mine, self._names) if conflict.mine
                    else self.tr("deleted on this laptop"))
            self.mine_label.setText(arg(self.tr("<b>Mine</b> (this project) — %1"), mine))
            source = conflict.peer_name or laptop_name(store, conflict.peer, self._names)
            self.theirs_label.setText(arg(self.tr("<b>Theirs</b> (came from %1) — %2"), source,
                                          made_on_text(store, conflict.theirs, self._names)))
            self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine (this project)"),
                                                  arg(self.tr("Theirs (%1)", "%1: a laptop"), source)])
        editable = conflict is not None and self.session is not None and not self.session.is_read_only
        self.keep_mine.setEnabled(editable)
        self.keep_theirs.setEnabled(editable)
        self.keep_both.setEnabled(editable and conflict.mine is not None and conflict.table not in NO_BOTH)
        self.keep_both.setToolTip(self._both_tip(conflict))
        self.conflict_shown.emit(conflict)

    def _both_tip(self, conflict: Conflict | None) -> str:
        if conflict is not None and conflict.table in NO_BOTH:
            return self.tr("Two of these cannot share one key: keep mine or theirs")
        if conflict is not None and conflict.mine is None:
            return self.tr("Mine was deleted on this laptop: Keep Theirs brings their version back")
        return translate("ConflictsPanel", BOTH_TIP)

    def _fill_table(self, rows: list[FieldRow]) -> None:
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            label = "≠ " + row.label if row.differs else row.label
            for c, text in enumerate((label, row.mine, row.theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row.differs:
                    item.setBackground(QBrush(DIFFERS))
                    if c == 0:
                        item.setFont(bold)
                self.table.setItem(r, c, item)

    def field_rows(self) -> list[tuple[str, str, str, bool]]:
        """The table as shown: (field, mine, theirs, highlighted)."""
        return [(self.table.item(r, 0).text().removeprefix("≠ "), self.table.item(r, 1).text(),
                 self.table.item(r, 2).text(), self.table.item(r, 0).background().color() == DIFFERS)
                for r in range(self.table.rowCount())]

    # -- resolving -------------------------------------------------------------------------

    def resolve(self, choice: str) -> bool:
        """Resolve the selected conflict with ``choice`` ("mine", "theirs", "both") as one undo step."""
        conflict = self.current()
        session = self.session
        if conflict is None or session is None or session.is_read_only:
            return False
        try:
            edit = resolve_conflict(session.store, conflict.table, conflict.uuid, choice, conflict.peer)
        except (KeyError, ValueError) as error:
            dialogs.show_error(self, self.tr("The conflict was not resolved"),
                               str(error.args[0] if error.args else error))
            self.refresh()
            return False
        return session.perform(edit)
