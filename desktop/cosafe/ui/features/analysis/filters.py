"""The perception filters: one shared state, and the panel that edits it.

Contract:
- ``PerceptionFilterState(parent)`` holds the current ``core.perception_data.PerceptionFilter``
  (``state.filter``); ``set_filter(f)`` replaces it and emits ``changed(f)`` when it
  differs; ``reset()`` clears every filter. The map layers and the analysis charts
  both listen to the same state, so one choice updates both.
- ``PerceptionFilterPanel(state, parent)`` edits it: one drop-down button per
  dimension (workshop, group, gender, age band, role, time of day; a tick per
  choice, "All" clears the dimension) and a date range. ``set_choices(data)`` fills
  the choices from a ``PerceptionData`` (the keys that occur, labelled as people
  read them); ``set_summary(text)`` shows what the filter leaves.
- A dimension with every choice ticked is no filter (None); with none ticked it
  keeps nothing. Dates are inclusive ISO dates.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QMenu, QPushButton,
                               QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from cosafe.core.perception_data import PerceptionData, PerceptionFilter
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit.dates import use_date_format

# data column, English name (the panel shows its own translated words), PerceptionFilter field
DIMENSIONS: tuple[tuple[str, str, str], ...] = (
    ("workshop", "Workshop", "workshop_uuids"),
    ("group", "Group", "group_uuids"),
    ("gender", "Gender", "genders"),
    ("age_band", "Age", "age_bands"),
    ("role", "Role", "roles"),
    ("time_of_day", "Time of day", "times_of_day"),
)
ISO = Qt.DateFormat.ISODate


class PerceptionFilterState(QObject):
    """The one filter the perception map and charts share."""

    changed = Signal(object)  # PerceptionFilter

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = PerceptionFilter()

    def set_filter(self, f: PerceptionFilter) -> None:
        if f != self.filter:
            self.filter = f
            self.changed.emit(f)

    def update(self, **values: object) -> None:
        """Change some fields of the filter (PerceptionFilter field names)."""
        self.set_filter(dataclasses.replace(self.filter, **values))  # type: ignore[arg-type]

    def reset(self) -> None:
        self.set_filter(PerceptionFilter())

    @property
    def is_active(self) -> bool:
        return self.filter != PerceptionFilter()


class PerceptionFilterPanel(QWidget):
    """Drop-downs for each dimension and a date range, bound to a PerceptionFilterState."""

    def __init__(self, state: PerceptionFilterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.buttons: dict[str, QToolButton] = {}
        self.choices: dict[str, list[tuple[str, str]]] = {column: [] for column, _, _ in DIMENSIONS}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        # Each dimension's label and its button's tooltip.
        words = {
            "workshop": (self.tr("Workshop:"), self.tr("Show only some workshop choices")),
            "group": (self.tr("Group:"), self.tr("Show only some group choices")),
            "gender": (self.tr("Gender:"), self.tr("Show only some gender choices")),
            "age_band": (self.tr("Age:"), self.tr("Show only some age choices")),
            "role": (self.tr("Role:"), self.tr("Show only some role choices")),
            "time_of_day": (self.tr("Time of day:"), self.tr("Show only some time of day choices")),
        }
        for index, (column, _title, _field) in enumerate(DIMENSIONS):
            label, tip = words[column]
            button = QToolButton(self)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            menu = QMenu(button)
            menu.aboutToShow.connect(lambda c=column, m=menu: self._fill_menu(c, m))
            button.setMenu(menu)
            button.setToolTip(tip)
            self.buttons[column] = button
            grid.addWidget(QLabel(label, self), index // 2, (index % 2) * 2)
            grid.addWidget(button, index // 2, (index % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.date_check = QCheckBox(self.tr("Only these dates:"), self)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        describe(self.date_check, self.tr("Only these dates"), self.tr("Keep only audits and pins from the dates below"))
        describe(self.date_from, self.tr("First date"), self.tr("The first date to keep"))
        describe(self.date_to, self.tr("Last date"), self.tr("The last date to keep"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            use_date_format(edit)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._dates_changed)
        self.date_check.toggled.connect(self._dates_toggled)
        # Two rows: the dock is narrow, and a cut-off date is worse than a taller panel.
        dates = QGridLayout()
        dates.addWidget(self.date_check, 0, 0, 1, 3)
        dates.addWidget(self.date_from, 1, 0)
        dates.addWidget(QLabel(self.tr("to", "between two dates"), self), 1, 1)
        dates.addWidget(self.date_to, 1, 2)
        dates.setColumnStretch(0, 1)
        dates.setColumnStretch(2, 1)

        self.clear_button = QPushButton(self.tr("Clear Filters"), self)
        self.clear_button.setToolTip(self.tr("Show every audit and pin again"))
        self.clear_button.clicked.connect(state.reset)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.clear_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(grid)
        column.addLayout(dates)
        column.addLayout(bottom)
        column.addWidget(self.summary)
        state.changed.connect(lambda _f: self._show_state())
        self._show_state()

    # -- choices ---------------------------------------------------------------------

    def set_choices(self, data: PerceptionData | None) -> None:
        """Offer the keys ``data`` has in each dimension (none without data)."""
        for column, _title, _field in DIMENSIONS:
            keys = data.keys.get(column, ()) if data is not None else ()
            self.choices[column] = [(key, data.label(column, key)) for key in keys] if data is not None else []
        dates = sorted({*map(str, data.scores.date), *map(str, data.pins.date)}) if data is not None else []
        dates = [d for d in dates if QDate.fromString(d, ISO).isValid()]
        if dates and not self.date_check.isChecked():
            for edit, value in ((self.date_from, dates[0]), (self.date_to, dates[-1])):
                edit.blockSignals(True)
                edit.setDate(QDate.fromString(value, ISO))
                edit.blockSignals(False)
        self._show_state()

    def selected(self, column: str) -> frozenset[str] | None:
        return getattr(self.state.filter, self._field(column))

    def set_selected(self, column: str, keys: frozenset[str] | set[str] | None) -> None:
        """Keep only ``keys`` in a dimension (None: all); every offered key ticked is None too."""
        offered = {key for key, _ in self.choices[column]}
        wanted = None if keys is None or (offered and offered <= set(keys)) else frozenset(keys)
        self.state.update(**{self._field(column): wanted})

    def _fill_menu(self, column: str, menu: QMenu) -> None:
        menu.clear()
        every = menu.addAction(self.tr("All"))
        every.triggered.connect(lambda: self.set_selected(column, None))
        menu.addSeparator()
        chosen = self.selected(column)
        if not self.choices[column]:
            menu.addAction(self.tr("Nothing recorded yet")).setEnabled(False)
        for key, label in self.choices[column]:
            action = QAction(label, menu)
            action.setCheckable(True)
            action.setChecked(chosen is None or key in chosen)
            action.toggled.connect(lambda on, c=column, k=key: self._toggle(c, k, on))
            menu.addAction(action)

    def _toggle(self, column: str, key: str, on: bool) -> None:
        chosen = self.selected(column)
        current = set(chosen) if chosen is not None else {k for k, _ in self.choices[column]}
        self.set_selected(column, current | {key} if on else current - {key})

    # -- dates -----------------------------------------------------------------------

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._dates_changed()

    def _dates_changed(self, *_: object) -> None:
        if not self.date_check.isChecked():
            self.state.update(date_from=None, date_to=None)
            return
        start, end = self.date_from.date(), self.date_to.date()
        if end < start:  # a reversed range means the same days, not nothing
            start, end = end, start
        self.state.update(date_from=start.toString(ISO), date_to=end.toString(ISO))

    def set_dates(self, date_from: str | None, date_to: str | None) -> None:
        """Filter by an inclusive ISO date range (both None: no date filter)."""
        for edit, value in ((self.date_from, date_from), (self.date_to, date_to)):
            if value:
                edit.blockSignals(True)
                edit.setDate(QDate.fromString(value, ISO))
                edit.blockSignals(False)
        on = bool(date_from or date_to)
        if self.date_check.isChecked() != on:
            self.date_check.setChecked(on)  # emits through _dates_toggled
        else:
            self._dates_changed()

    # -- display ---------------------------------------------------------------------

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)

    def _show_state(self) -> None:
        f = self.state.filter
        for column, _title, _field in DIMENSIONS:
            chosen = self.selected(column)
            labels = dict(self.choices[column])
            if chosen is None:
                text = self.tr("All")
            elif not chosen:
                text = self.tr("None", "no choice of a filter")
            elif len(chosen) == 1:
                text = labels.get(next(iter(chosen)), next(iter(chosen)))
            else:
                text = self.tr("%Ln chosen", "", len(chosen))
            self.buttons[column].setText(text)
        if f.date_from is None and f.date_to is None and self.date_check.isChecked():
            self.date_check.blockSignals(True)
            self.date_check.setChecked(False)
            self.date_check.blockSignals(False)
            self.date_from.setEnabled(False)
            self.date_to.setEnabled(False)
        self.clear_button.setEnabled(self.state.is_active)

    @staticmethod
    def _field(column: str) -> str:
        return next(field for c, _t, field in DIMENSIONS if c == column)
