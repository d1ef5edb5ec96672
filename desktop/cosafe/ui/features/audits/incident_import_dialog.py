"""The incident CSV import dialog: the first rows, each column's role, the date format, what will import.

Contract: ``IncidentImportDialog(head, parent)`` for an ``io.incident_preview.IncidentHead``
(the start of the file only, so a 200,000-row export opens at once).
- Shows the file's name, a source label (required, e.g. "Police records 2023"), the
  first ``PREVIEW_ROWS`` rows in a table whose headers name the role each column was
  given, and a combo per role (x/longitude, y/latitude, date, time, category,
  description: a column or none) pre-filled from ``guess_roles``, each with why it was
  chosen beside it (and in its tooltip); the coordinate system (needed only when x/y
  are not degrees, and it then says so); the date format, detected and shown by its
  label, changeable to any form CoSafe reads — a column whose dates could be day/month
  or month/day says so and waits for a choice.
- ``counts`` is a live line: of the rows read, how many will be imported, how many will
  be skipped for want of a location (with their first line numbers), how many kept
  without a date and how many have a time of day, or the import's own one-line refusal in red. The import's summary
  gives the whole file's count. OK is enabled only with a source, a usable preview and
  the date order settled.
- ``options()`` gives the keyword options of ``io.incident_import.read_incident_file``
  (every role as shown: a column, or "" for none) and ``source``.
- Changing a choice re-reads only the rows already read (``incident_preview.preview``),
  on the UI thread: it is the import's own reader on a few hundred rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHeaderView, QLabel, QLineEdit,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from cosafe.core.i18n import arg, translate
from cosafe.io.incident_columns import FORMS, ROLES
from cosafe.io.incident_preview import PREVIEW_ROWS, IncidentHead, Preview, preview
from cosafe.ui.features.audits.incident_import_flow import NOTE
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit.numbers import grouped

SHOWN_LINES = 5  # skipped rows' line numbers named in the counts line
MAX_COLUMN_WIDTH = 240  # a long description column does not push the others out of sight
CRS_DELAY_MS = 300  # a coordinate system is read once typing pauses, not on every key


class IncidentImportDialog(QDialog):
    """Columns, date format and source of an incident CSV, over a preview of its first rows."""

    def __init__(self, head: IncidentHead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentImportDialog")
        self.setWindowTitle(self.tr("Import Recorded Incidents"))
        self.head = head
        self._chosen: dict[str, str] = {}  # role -> column ("" for none), every role once one was chosen
        self._touched: set[str] = set()  # the roles the person chose
        self._guesses: dict[str, str] = {}  # role -> why it was guessed, from the first reading
        self._date_format: str | None = None  # a form's name when chosen, else detected
        self._updating = False
        self.last: Preview | None = None

        note = QLabel(translate("Audits", NOTE), self)
        note.setWordWrap(True)
        note.setObjectName("fieldHelp")
        self.file_label = QLabel(arg(self.tr("File: %1"), head.name), self)
        self.file_label.setObjectName("incidentFile")
        self.source_edit = describe(QLineEdit(head.name.rsplit(".", 1)[0], self), self.tr("Source"),
                                    self.tr("Where the records come from; every incident is labelled with it"))
        self.source_edit.setObjectName("incidentSource")
        self.source_edit.setPlaceholderText(self.tr("Required, e.g. Police records 2023"))

        names = {"x": self.tr("&Longitude or x"), "y": self.tr("L&atitude or y"), "date": self.tr("&Date"),
                 "time": self.tr("&Time of day"), "category": self.tr("Catego&ry"),
                 "description": self.tr("D&escription")}
        tips = {"x": self.tr("The column holding each incident's longitude (or projected x)"),
                "y": self.tr("The column holding each incident's latitude (or projected y)"),
                "date": self.tr("The column holding the date each incident happened"),
                "time": self.tr("The column holding the time of day, when the date has none"),
                "category": self.tr("The column holding the kind of incident (robbery, assault…)"),
                "description": self.tr("A column describing each incident, kept with it (shown when you identify it; "
                                       "left out of public exports)")}
        self.combos: dict[str, QComboBox] = {}
        self.reasons: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(self.tr("&Source"), self, buddy=self.source_edit), 0, 0)
        grid.addWidget(self.source_edit, 0, 1)
        grid.addWidget(self.file_label, 0, 2)
        for row, role in enumerate(("x", "y", "date", "time", "category", "description"), start=1):
            combo = describe(QComboBox(self), names[role].replace("&", ""), tips[role])
            combo.setObjectName(f"incidentRole_{role}")
            combo.addItem(self.tr("(none)"), "")
            for column in head.columns:
                combo.addItem(column, column)
            combo.currentIndexChanged.connect(lambda _i, role=role: self._role_chosen(role))
            self.combos[role] = combo
            self.reasons[role] = self._reason_label()
            grid.addWidget(QLabel(names[role], self, buddy=combo), row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(self.reasons[role], row, 2)
        self.crs_edit = describe(QLineEdit(self), self.tr("Coordinate system"),
                                 self.tr("Only for projected x/y columns, e.g. EPSG:32737 or EPSG:2272"))
        self.crs_edit.setObjectName("incidentCrs")
        self.crs_edit.setPlaceholderText(self.tr("e.g. EPSG:32737"))
        self.crs_reason = self._reason_label()
        self.format_combo = describe(QComboBox(self), self.tr("Date format"),
                                     self.tr("How the dates are written; detected from the column"))
        self.format_combo.setObjectName("incidentDateFormat")
        self.format_combo.addItem("", None)  # the detected form: its text says which
        for form in FORMS:
            self.format_combo.addItem(form.label(), form.form)
        self.format_combo.currentIndexChanged.connect(self._format_chosen)
        self.format_reason = self._reason_label()
        base = 1 + len(ROLES)
        grid.addWidget(QLabel(self.tr("&Coordinate system"), self, buddy=self.crs_edit), base, 0)
        grid.addWidget(self.crs_edit, base, 1)
        grid.addWidget(self.crs_reason, base, 2)
        grid.addWidget(QLabel(self.tr("Date f&ormat"), self, buddy=self.format_combo), base + 1, 0)
        grid.addWidget(self.format_combo, base + 1, 1)
        grid.addWidget(self.format_reason, base + 1, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)

        self.counts = QLabel(self)
        self.counts.setObjectName("incidentCounts")
        self.counts.setWordWrap(True)
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = describe(QTableWidget(self), self.tr("First rows of the file"),
                              self.tr("The first rows of the file, as they are written in it"))
        self.table.setObjectName("incidentPreview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fill_table()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(10)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self._crs_timer = QTimer(self)
        self._crs_timer.setSingleShot(True)
        self._crs_timer.setInterval(CRS_DELAY_MS)
        self._crs_timer.timeout.connect(self.refresh)
        self.crs_edit.textChanged.connect(lambda _text: self._crs_timer.start())
        self.source_edit.textChanged.connect(lambda _text: self._update_ok())
        self.refresh()
        self._fit_screen()

    def _reason_label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("fieldHelp")
        label.setWordWrap(True)
        return label

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = 1040, 720
        if area is not None:  # a larger screen shows more of the rows; a small one keeps the buttons on it
            width = min(max(width, int(area.width() * 0.6)), area.width() - 40)
            height = min(max(height, int(area.height() * 0.75)), area.height() - 60)
        self.resize(max(width, self.minimumSizeHint().width()), height)

    def _fill_table(self) -> None:
        shown = self.head.rows[:PREVIEW_ROWS]
        self.table.setColumnCount(len(self.head.columns))
        self.table.setRowCount(len(shown))
        self.table.setVerticalHeaderLabels([str(line) for line, _cells in shown])  # the file's line numbers
        for row, (_line, cells) in enumerate(shown):
            for column, text in enumerate(cells[:len(self.head.columns)]):
                self.table.setItem(row, column, QTableWidgetItem(text))

    # --- choices ----------------------------------------------------------------------------------------------

    def _role_chosen(self, role: str) -> None:
        if self._updating:
            return
        # Every role stays as shown, so choosing one never moves a guess the person already saw.
        self._chosen = self._choices()
        self._touched.add(role)
        self.refresh()

    def _format_chosen(self) -> None:
        if self._updating:
            return
        self._date_format = self.format_combo.currentData()
        self.refresh()

    def _choices(self) -> dict[str, str]:
        """Every role as the combos show it: the column, or "" for none."""
        return {role: self.combos[role].currentData() or "" for role in ROLES}

    def refresh(self) -> None:
        """Read the rows again with the current choices and show what the import will do."""
        crs = self.crs_edit.text().strip() or None
        result = preview(self.head, self._chosen, crs, self._date_format)
        self.last = result
        roles = result.roles
        self._updating = True
        try:
            for role in ROLES:
                column = roles.get(role) if roles is not None else None
                combo = self.combos[role]
                combo.setCurrentIndex(max(0, combo.findData(column or "")))
                reason = roles.reasons.get(role) if roles is not None else None
                if not self._touched:
                    self._guesses[role] = reason or ""
                if role in self._touched:
                    text = reason or self.tr("chosen")
                elif self._guesses.get(role):
                    text = arg(self.tr("guessed: %1"), self._guesses[role])
                elif role == "time" and result.timed:
                    text = self.tr("none needed: the dates carry the time")
                else:
                    text = self.tr("no column found")
                self.reasons[role].setText(text)
                combo.setToolTip(arg(self.tr("%1 (%2)", "a control's tip (why its value)"), self._tip(role), text))
            self._show_format(result)
        finally:
            self._updating = False
        self._show_crs(result)
        self._show_counts(result)
        self._mark_headers(result)
        self._update_ok()

    def _tip(self, role: str) -> str:
        return self.combos[role].accessibleDescription() or self.combos[role].accessibleName()

    def _show_format(self, result: Preview) -> None:
        if result.ambiguous and self._date_format is None:
            self.format_combo.setItemText(0, self.tr("Choose day/month or month/day…"))
            self.format_reason.setText(arg(self.tr("Dates such as %1 could be day/month or month/day: choose "
                                                   "which"), result.ambiguous))
            self.format_combo.setCurrentIndex(0)
            return
        detected = result.date_format
        self.format_combo.setItemText(0, arg(self.tr("Detected: %1"), detected.label()) if detected is not None
                                      and self._date_format is None else self.tr("Detect from the column"))
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(self._date_format))
                                          if self._date_format else 0)
        if self._date_format:
            self.format_reason.setText(self.tr("chosen"))
        elif detected is not None:
            self.format_reason.setText(self.tr("detected from the column's values"))
        else:
            no_column = result.roles is None or result.roles.date is None
            self.format_reason.setText(self.tr("no date column") if no_column else self.tr("none detected"))

    def _show_crs(self, result: Preview) -> None:
        roles = result.roles
        if roles is None or roles.x is None or roles.y is None:
            self.crs_reason.setText("")
        elif self.crs_edit.text().strip():
            self.crs_reason.setText(self.tr("chosen; it wins over what the columns look like"))
        elif roles.in_degrees:
            self.crs_reason.setText(self.tr("none needed: the coordinates are longitude and latitude"))
        else:
            self.crs_reason.setText(self.tr("needed: these x/y are not degrees; write their system"))

    def _show_counts(self, result: Preview) -> None:
        if result.error:
            self.counts.setStyleSheet("color: #B00020;")
            self.counts.setText(result.error)
            return
        self.counts.setStyleSheet("")
        skipped = result.skipped_lines
        if self.head.whole:
            lead = self.tr("All %Ln rows of the file read:", "", result.rows)
        else:
            lead = self.tr("The first %Ln rows read (the import counts the whole file):", "", result.rows)
        parts = [self.tr("%Ln will be imported", "", result.importable)]
        if skipped:
            lines = ", ".join(grouped(n) for n in skipped[:SHOWN_LINES]) + (", …" if len(skipped) > SHOWN_LINES
                                                                          else "")
            parts.append(arg(self.tr("%Ln skipped without a usable location (lines %1)", "", len(skipped)), lines))
        if result.undated:
            parts.append(self.tr("%Ln kept without a date (theirs could not be read)", "", result.undated))
        if result.importable:  # the time of day is what the day/night analysis compares
            parts.append(self.tr("%Ln with a time of day", "", result.timed))
        told = parts[0]
        for part in parts[1:]:
            told = arg(self.tr("%1; %2", "one count after another"), told, part)
        self.counts.setText(arg(self.tr("%1 %2", "the rows read: what happens to them"), lead, told))

    def _mark_headers(self, result: Preview) -> None:
        roles = result.roles
        names = {role: self.combos[role].accessibleName() for role in ROLES}
        for index, column in enumerate(self.head.columns):
            given = [names[role] for role in ROLES if roles is not None and roles.get(role) == column]
            text = arg(self.tr("%1\n(%2)", "a column's name, then its role"), column, given[0]) if given else column
            item = QTableWidgetItem(text)
            font = item.font()
            font.setBold(bool(given))
            item.setFont(font)
            self.table.setHorizontalHeaderItem(index, item)
        self.table.resizeColumnsToContents()  # the headers name the roles now: as wide as they need, within reason
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN_WIDTH))

    def _update_ok(self) -> None:
        result = self.last
        usable = (result is not None and not result.error and result.importable > 0
                  and not (result.ambiguous and self._date_format is None))
        self.ok_button.setEnabled(bool(self.source_edit.text().strip()) and usable)

    # --- answers ----------------------------------------------------------------------------------------------

    def options(self) -> dict[str, str | None]:
        """``source`` and the options of ``read_incident_file``, as shown."""
        roles = self._choices()
        return {"source": self.source_edit.text().strip(), "crs": self.crs_edit.text().strip() or None,
                "x_field": roles["x"], "y_field": roles["y"], "date_field": roles["date"],
                "time_field": roles["time"], "category_field": roles["category"],
                "description_field": roles["description"], "date_format": self._date_format}
