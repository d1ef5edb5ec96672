"""The review of a photographed audit sheet: the page as read beside its rows, each accepted, corrected or left out.

Contract:
- ``AuditReviewPanel(store, reading)``: the rectified page (the whole page, scaled to fit its
  side of the panel as the panel is resized) beside a table with
  one row per read score row (time-of-day rows are not scores and are not listed): the point's
  number, the criterion (as people read it), the score as a choice (— or 0–3), why it needs
  checking ("two boxes marked", "a faint mark") and a Store tick. A sure row starts ticked;
  a flagged one starts unticked with its score as read (— when there is none to guess), so a
  person chooses. A row whose score is — is never stored. ``changed`` fires on any change.
- Above them, ``time_note`` says plainly when the sheet's sure time-of-day ticks (day, dusk,
  night) differ from the walk's time of day (what storing does about it:
  ``audit_storing.time_of_day_text``); it is hidden when they agree (a dusk tick on a dusk
  walk too) or no time-of-day box is ticked.
- ``accepted_ticks()`` gives the ticked rows as ``Tick``s carrying the chosen scores, no flags
  (a person looked at them): what ``audit_storing.audit_sheet_edit`` stores;
  ``accepted_count()`` how many.
"""

from __future__ import annotations

import dataclasses

import cv2
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QLabel, QSizePolicy, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from cosafe.core.criteria import criterion_label
from cosafe.core.label_translations import translations_of
from cosafe.io.paper_sheets.audit_reading import AuditReading, Tick
from cosafe.io.paper_sheets.audit_sheets import TIME_CRITERION
from cosafe.io.paper_sheets.audit_storing import (check_audit_sheet, criteria_by_tag, time_of_day_note,
                                                  time_of_day_text)
from cosafe.io.paper_sheets.reading import NotASheet

POINT_COLUMN, CRITERION_COLUMN, SCORE_COLUMN, CHECK_COLUMN, ACCEPT_COLUMN = range(5)


class FittedPage(QLabel):
    """The page as read, always whole: scaled to fit the label's size as it changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        # Its size comes from the splitter, never from the picture (which would only grow).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(160, 160)

    def set_page(self, page: QPixmap) -> None:
        self.page = page
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self.page.isNull():
            self.setPixmap(self.page.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))


class AuditReviewPanel(QWidget):
    """Check the scores read from one audit sheet (see the module contract)."""

    changed = Signal()

    def __init__(self, store, reading: AuditReading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        self.ticks = [t for t in reading.ticks if t.criterion != TIME_CRITERION]
        criteria = criteria_by_tag(store)
        own = translations_of(store, "criteria")
        reasons = {"two_marks": self.tr("two boxes marked: choose the score"),
                   "faint": self.tr("a faint mark: check it")}
        page = FittedPage()
        if reading.rectified is not None:
            rgb = cv2.cvtColor(reading.rectified, cv2.COLOR_BGR2RGB)
            image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888).copy()
            page.set_page(QPixmap.fromImage(image))
        self.table = QTableWidget(len(self.ticks), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Point"), self.tr("Criterion"), self.tr("Score"),
                                              self.tr("Check"), self.tr("Store")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (POINT_COLUMN, SCORE_COLUMN, ACCEPT_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CRITERION_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHECK_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.scores: list[QComboBox] = []
        for row, tick in enumerate(self.ticks):
            criterion = criteria.get(tick.criterion)
            name = (criterion_label(criterion.key, criterion.label, own.get(criterion.uuid, {}).get("label"))
                    if criterion is not None else tick.criterion)
            self._cell(row, POINT_COLUMN, str(tick.point))
            self._cell(row, CRITERION_COLUMN, name)
            box = QComboBox()
            box.addItem("—", None)
            for value in range(4):
                box.addItem(str(value), value)
            box.setCurrentIndex(box.findData(tick.score) if isinstance(tick.score, int) else 0)
            box.currentIndexChanged.connect(lambda _index, r=row: self._score_changed(r))
            self.table.setCellWidget(row, SCORE_COLUMN, box)
            self.scores.append(box)
            self._cell(row, CHECK_COLUMN, "; ".join(reasons[flag] for flag in tick.flags))
            accept = QTableWidgetItem()
            accept.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            accept.setCheckState(Qt.CheckState.Unchecked if tick.flags or not isinstance(tick.score, int)
                                 else Qt.CheckState.Checked)
            self.table.setItem(row, ACCEPT_COLUMN, accept)
        self.table.resizeRowsToContents()
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(page)
        split.addWidget(self.table)
        split.setStretchFactor(0, 4)  # a portrait page beside a table of short rows: both about as wide
        split.setStretchFactor(1, 5)
        self.time_note = QLabel(self._time_text(store, reading))
        self.time_note.setWordWrap(True)
        self.time_note.setVisible(bool(self.time_note.text()))
        self.time_note.setStyleSheet("font-weight: bold")  # it changes what the scores mean: read it first
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.time_note)
        layout.addWidget(split, 1)  # the note takes the lines it needs, the page and table all the rest

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # A narrow window wraps a long reason onto more lines rather than cutting it (once the
        # header has given the columns their new widths).
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    @staticmethod
    def _time_text(store, reading: AuditReading) -> str:
        try:
            walk = check_audit_sheet(store, reading.identity)
        except NotASheet:  # the walk went away since the photo was read: storing says so
            return ""
        return time_of_day_text(time_of_day_note(store, walk, reading), reading.identity.number, walk.title,
                                stored=False)

    def _cell(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, column, item)

    def _score_changed(self, row: int) -> None:
        # Choosing a score is a person deciding: the row is ticked to store (— unticks it).
        chosen = self.scores[row].currentData() is not None
        self.table.item(row, ACCEPT_COLUMN).setCheckState(Qt.CheckState.Checked if chosen
                                                          else Qt.CheckState.Unchecked)
        self.changed.emit()

    def accepted_ticks(self) -> list[Tick]:
        """The ticked rows with their chosen scores (see the module contract)."""
        chosen = []
        for row, tick in enumerate(self.ticks):
            score = self.scores[row].currentData()
            if self.table.item(row, ACCEPT_COLUMN).checkState() == Qt.CheckState.Checked and score is not None:
                chosen.append(dataclasses.replace(tick, score=score, flags=()))
        return chosen

    def accepted_count(self) -> int:
        return len(self.accepted_ticks())
