"""The action editor: every field of one action of the plan, saved as ONE undo step.

Contract:
- ``ActionEditor(session, action_uuid | None, picker_sources, parent)``: a non-modal window
  (so places can be picked on the map while it is open) on an existing action, or a
  new one. Fields: title (required), description, CPTED principle, prevention
  approach (UN 2002), responsible partner and supporting partners (from the
  register; the responsible one cannot also be supporting), timeframe (short /
  medium / long) and/or dates, estimated cost (in the project's currency, shown after it), priority (from the votes on its
  linked proposals — the current rank shown — or set by hand), indicator, baseline
  with "Use Current Score" (the computed mean safety score at the linked places,
  ``core.indicators``, recomputed as places change), target, status, and the linked
  places (``action_fields.LinkedPlacesField``, with Pick on Map on the map of ``picker_sources`` (``PickSources``), if any).
- Save performs ``core.actions.new_action_edit`` or ``update_action_edit`` through
  ``session.perform`` (nothing when nothing changed), emits ``saved(uuid)`` and
  closes. A value the core refuses (e.g. an end date before the start) is told in
  one line under the fields and nothing is written. Cancel / Escape closes without
  writing. Closing puts the map picker down.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QSpinBox, QStyle, QVBoxLayout, QWidget)

from cosafe.core.i18n import arg
from cosafe.core.actions import links_of, new_action_edit, partners_of, update_action_edit, vote_priorities
from cosafe.core.indicators import Baseline, baseline_from_data
from cosafe.core.records import Action, ActionLink, Stakeholder
from cosafe.core.vocabulary import ACTION_STATUSES, PREVENTION_APPROACHES, TIMEFRAMES, choices
from cosafe.store.queries.perception import load_perception_data
from cosafe.store.queries.plan import linked_places
from cosafe.ui.features.plan.action_fields import LinkedPlacesField, PartnersField
from cosafe.ui.features.proposals.api import principle_combo
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit.fields import CommittingTextEdit, fill_combo
from cosafe.ui.kit.money import NO_COST, cost_spin, show_currency
from cosafe.ui.kit.dates import use_date_format

DATE_FORMAT = "yyyy-MM-dd"


def _date(text: str | None) -> QDate:
    parsed = QDate.fromString(text or "", DATE_FORMAT)
    return parsed if parsed.isValid() else QDate.currentDate()


class ActionEditor(QDialog):
    saved = Signal(str)

    def __init__(self, session: Any, action_uuid: str | None, picker_sources: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionEditor")
        self.setModal(False)
        self.session = session
        store = session.store
        existing = store.get(Action, action_uuid) if action_uuid else None
        self.action = existing or Action()
        self.is_new = existing is None
        self.setWindowTitle(self.tr("New Action") if self.is_new else arg(self.tr("Edit Action — %1"), self.action.title))
        self._perception = None  # read once, when a baseline is first computed
        self.baseline: Baseline | None = None
        people = store.list(Stakeholder, order_by="name")
        a = self.action

        self.title_edit = QLineEdit(a.title, self)
        self.title_edit.setPlaceholderText(self.tr("What will be done, e.g. Light the path behind the market"))
        self.description_edit = CommittingTextEdit(self)
        self.description_edit.setPlainText(a.description)
        self.principle_combo = principle_combo(self)
        self.principle_combo.setCurrentIndex(max(0, self.principle_combo.findData(a.cpted_principle)))
        self.approach_combo = QComboBox(self)
        self.approach_combo.addItem(self.tr("Not chosen"), None)
        fill_combo(self.approach_combo, choices(PREVENTION_APPROACHES))
        self.approach_combo.setCurrentIndex(max(0, self.approach_combo.findData(a.prevention_approach)))
        self.approach_combo.setToolTip(self.tr(
            "UN Guidelines for the Prevention of Crime (2002): social development (causes), locally based "
            "(communities act), situational (design and management of places), reintegration (offenders)."))
        self.responsible_combo = QComboBox(self)
        self.responsible_combo.addItem(self.tr("Nobody yet"), None)
        for person in people:
            self.responsible_combo.addItem(person.name, person.uuid)
        self.responsible_combo.setCurrentIndex(max(0, self.responsible_combo.findData(a.responsible_uuid)))
        chosen = [p.uuid for p in partners_of(store, a.uuid)] if not self.is_new else []
        self.partners = PartnersField(people, chosen, self)
        self.partners.set_excluded(a.responsible_uuid)
        self.responsible_combo.currentIndexChanged.connect(
            lambda _i: self.partners.set_excluded(self.responsible_combo.currentData()))
        self.status_combo = fill_combo(QComboBox(self), choices(ACTION_STATUSES))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(a.status)))

        self.timeframe_combo = QComboBox(self)
        self.timeframe_combo.addItem(self.tr("Not set"), None)
        fill_combo(self.timeframe_combo, choices(TIMEFRAMES))
        self.timeframe_combo.setCurrentIndex(max(0, self.timeframe_combo.findData(a.timeframe)))
        describe(self.timeframe_combo, self.tr("Timeframe"), self.tr("When the action is due: short, medium or long term"))
        self.dates_box = QCheckBox(self.tr("&Dates"), self)
        self.start_edit, self.end_edit = QDateEdit(_date(a.starts_on), self), QDateEdit(_date(a.ends_on), self)
        for edit in (self.start_edit, self.end_edit):
            use_date_format(edit)  # shown as the locale's; stored as DATE_FORMAT (ISO)
            edit.setCalendarPopup(True)
        describe(self.start_edit, self.tr("Start date"), self.tr("The day the action starts (tick Dates to set it)"))
        describe(self.end_edit, self.tr("End date"), self.tr("The day the action is done (tick Dates to set it)"))
        self.dates_box.toggled.connect(self._dates_toggled)
        self.dates_box.setChecked(bool(a.starts_on or a.ends_on))
        self._dates_toggled(self.dates_box.isChecked())
        self.cost_spin = cost_spin(self)
        show_currency(self.cost_spin, store.currency)
        self.cost_spin.setValue(NO_COST if a.cost_estimate is None else a.cost_estimate)

        self.votes_radio = QRadioButton(self.tr("From &votes"), self)
        self.hand_radio = QRadioButton(self.tr("Set by &hand:"), self)
        group = QButtonGroup(self)
        group.addButton(self.votes_radio)
        group.addButton(self.hand_radio)
        self.priority_spin = QSpinBox(self)
        self.priority_spin.setRange(1, 999)
        self.priority_spin.setValue(a.priority or 1)
        describe(self.priority_spin, self.tr("Priority by hand"), self.tr("1 is the most urgent (choose Set by hand first)"))
        self.vote_rank_label = QLabel(self)
        self.vote_rank_label.setObjectName("fieldHelp")
        rank = vote_priorities(store).get(a.uuid)
        self.vote_rank_label.setText(arg(self.tr("rank %1 by the dots on its proposals"), rank) if rank is not None
                                     else self.tr("no votes on its linked proposals yet"))
        (self.votes_radio if a.priority_from_votes else self.hand_radio).setChecked(True)
        self.hand_radio.toggled.connect(self.priority_spin.setEnabled)
        self.priority_spin.setEnabled(self.hand_radio.isChecked())

        self.indicator_edit = QLineEdit(a.indicator, self)
        self.indicator_edit.setPlaceholderText(self.tr("How success is seen, e.g. mean safety score at the market"))
        self.baseline_edit = QLineEdit(a.baseline, self)
        self.baseline_edit.setPlaceholderText(self.tr("Where it stands now"))
        describe(self.baseline_edit, self.tr("Baseline"), self.tr("Where the indicator stands now"))
        self.use_score_button = QPushButton(self.tr("Use Current &Score"), self)
        self.use_score_button.setToolTip(self.tr("Fill in the mean safety score audits measured at the linked places"))
        self.use_score_button.clicked.connect(self.use_current_score)
        self.current_score_label = QLabel(self)
        self.current_score_label.setObjectName("fieldHelp")
        self.current_score_label.setWordWrap(True)
        self.target_edit = QLineEdit(a.target, self)
        self.target_edit.setPlaceholderText(self.tr("Where it should be, and by when"))
        links = [] if self.is_new else [(link.target_table, link.target_uuid) for link in links_of(store, a.uuid)]
        picker = None
        if picker_sources is not None and picker_sources.host.map_canvas is not None:
            from cosafe.ui.features.plan.place_picker import PlacePicker

            picker = PlacePicker(picker_sources, self)
        self.places = LinkedPlacesField(store, links, picker, self)
        self.places.changed.connect(self._update_current_score)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setStyleSheet("color: #B71C1C")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Add to Plan") if self.is_new else self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.save_button.setEnabled(bool(a.title.strip()))
        for edit in (self.title_edit, self.indicator_edit, self.baseline_edit, self.target_edit):
            edit.setCursorPosition(0)  # show the start of a long text, not its end
        self._lay_out()
        self._update_current_score()

    def showEvent(self, event: QShowEvent) -> None:
        # As tall as its rows need at its width, measured as shown: a label put above its
        # field (longer words than English) makes them taller, and a shorter window overlapped them.
        # Never taller than the screen leaves (a laptop's task bar, the title bar): in Arabic
        # the rows asked 742 pixels of a 768-pixel screen and the buttons went below its edge;
        # the text boxes and lists give up the height (the rows' minimum is well below).
        need = self.heightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            title_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
            need = min(need, max(self.minimumSizeHint().height(), screen.availableGeometry().height() - title_bar))
        if need > self.height():
            self.resize(self.width(), need)
        super().showEvent(event)

    def _lay_out(self) -> None:
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A label goes above its field when the two columns have no room for it beside:
        # with longer words than English the editor still fits a 1024-pixel screen.
        left.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        left.addRow(self.tr("&Title"), self.title_edit)
        left.addRow(self.tr("Description"), self.description_edit)
        left.addRow(self.tr("CPTED &principle"), self.principle_combo)
        left.addRow(self.tr("Prevention &approach"), self.approach_combo)
        left.addRow(self.tr("&Responsible partner"), self.responsible_combo)
        left.addRow(self.tr("Supporting partners"), self.partners)
        left.addRow(self.tr("S&tatus"), self.status_combo)
        when = QGridLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.timeframe_combo, 0, 0, 1, 4)
        when.addWidget(self.dates_box, 1, 0)
        when.addWidget(self.start_edit, 1, 1)
        when.addWidget(QLabel(self.tr("to", "between a start and an end date"), self), 1, 2)
        when.addWidget(self.end_edit, 1, 3)
        priority = QGridLayout()
        priority.setContentsMargins(0, 0, 0, 0)
        priority.addWidget(self.votes_radio, 0, 0)
        # Under its choice, lined up with the choice's words, not beside it: beside, it was cut
        # at the dialog's edge, even in English.
        style = self.votes_radio.style()
        self.vote_rank_label.setIndent(style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
                                       + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing))
        self.vote_rank_label.setWordWrap(True)  # a longer language's words go on a second line
        priority.addWidget(self.vote_rank_label, 1, 0, 1, 3)
        priority.addWidget(self.hand_radio, 2, 0)
        priority.addWidget(self.priority_spin, 2, 1)
        priority.setColumnStretch(2, 1)
        baseline = QHBoxLayout()
        baseline.addWidget(self.baseline_edit, 1)
        baseline.addWidget(self.use_score_button)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        right.addRow(self.tr("When"), when)
        right.addRow(self.tr("Estimated &cost"), self.cost_spin)
        right.addRow(self.tr("Priority"), priority)
        right.addRow(self.tr("&Indicator"), self.indicator_edit)
        right.addRow(self.tr("Baseline"), baseline)
        right.addRow("", self.current_score_label)
        right.addRow(self.tr("Tar&get"), self.target_edit)
        # Its title above it and the places across the column: its two buttons side by side
        # need more room than is left beside a label in a longer language (Swahili).
        places_label = QLabel(self.tr("Linked places"), self)
        places_label.setBuddy(self.places)
        right.addRow(places_label)
        right.addRow(self.places)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(920, 600)

    def _dates_toggled(self, on: bool) -> None:
        self.start_edit.setEnabled(on)
        self.end_edit.setEnabled(on)

    # -- the computed baseline ---------------------------------------------------------------

    def _update_current_score(self) -> None:
        store = self.session.store
        links = [ActionLink(action_uuid=self.action.uuid, target_table=t, target_uuid=u) for t, u in self.places.links()]
        if not links:
            self.baseline = None
            self.current_score_label.setText(self.tr("Link places to compute the current safety score there."))
            self.use_score_button.setEnabled(False)
            return
        if self._perception is None:
            self._perception = load_perception_data(store)
        point_uuids, places = linked_places(store, links)
        self.baseline = baseline_from_data(self._perception, point_uuids, places)
        self.current_score_label.setText(arg(self.tr("Now: %1", "%1: the mean safety score at the linked places"), self.baseline.text))
        self.use_score_button.setEnabled(self.baseline.mean is not None)

    def use_current_score(self) -> None:
        if self.baseline is not None and self.baseline.mean is not None:
            self.baseline_edit.setText(self.baseline.text)

    # -- saving --------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        dated = self.dates_box.isChecked()
        cost = self.cost_spin.value()
        from_votes = self.votes_radio.isChecked()
        return {
            "title": self.title_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "cpted_principle": self.principle_combo.currentData(),
            "prevention_approach": self.approach_combo.currentData(),
            "responsible_uuid": self.responsible_combo.currentData(),
            "timeframe": self.timeframe_combo.currentData(),
            "starts_on": self.start_edit.date().toString(DATE_FORMAT) if dated else None,
            "ends_on": self.end_edit.date().toString(DATE_FORMAT) if dated else None,
            "cost_estimate": None if cost <= NO_COST else float(cost),
            "priority_from_votes": from_votes,
            "priority": self.action.priority if from_votes else self.priority_spin.value(),
            "indicator": self.indicator_edit.text().strip(),
            "baseline": self.baseline_edit.text().strip(),
            "target": self.target_edit.text().strip(),
            "status": self.status_combo.currentData(),
        }

    def save(self) -> bool:
        values, store = self.values(), self.session.store
        try:
            if self.is_new:
                action = Action(**values)
                edit = new_action_edit(action, self.partners.chosen(), self.places.links())
                uuid = action.uuid
            else:
                edit = update_action_edit(store, self.action.uuid, values, self.partners.chosen(), self.places.links())
                uuid = self.action.uuid
        except (ValueError, KeyError) as error:
            self.error_label.setText(str(error).strip("'\""))
            self.error_label.show()
            return False
        if edit is not None and not self.session.perform(edit):
            return False
        self.saved.emit(uuid)
        self.accept()
        return True

    def done(self, result: int) -> None:
        self.places.stop_picking()
        super().done(result)  # closes too (Qt 6.3+), so WA_DeleteOnClose applies

    def closeEvent(self, event: QCloseEvent) -> None:
        self.places.stop_picking()
        super().closeEvent(event)
