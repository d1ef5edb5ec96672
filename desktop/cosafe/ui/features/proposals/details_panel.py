"""The Proposal dock: describe the one selected proposal, field by field, and its photos.

Contract:
- ``set_session(session | None)``; ``set_selection(selection | None)`` follows a
  ``ProposalSelection``: exactly one selected proposal is shown for editing; none
  or several show a calm hint instead. ``show_proposal(uuid | None)`` does it directly.
- Each field commit is ONE ``UpdateRecord`` through ``ProjectSession.perform``,
  labelled with the field ("Set principle of “Lights on Soko St”"); text, description
  and cost commit when editing finishes (Enter or leaving the field), combos and
  checkboxes at once. A commit that changes nothing performs nothing. Switching to
  another proposal first commits what was typed, to the proposal it was typed for.
- The intervention combo is editable: a typed type that is not in the list is
  stored as typed (project-specific types), and offered again afterwards.
- Photos (``photos.PhotoSection``): ``ask_photo_paths()`` (patch it in tests) picks files; each becomes an
  ``Attachment`` downscaled to 2048 px (see ``features.proposals.photos``); remove is undoable.
- The cost shows the project's currency after its number ("12,000 KES", ``kit.money``).
- Re-reads on Change.PROPOSALS / ATTACHMENTS / WORKSHOPS / PROJECT; read-only disables editing.
- A proposal shown in place of another opens at the top of the panel. ``ask_for_title()``
  (the feature calls it when a proposal was just drawn) scrolls to the top and puts the
  focus in the Title field, its text selected; an untitled proposal's Title field reads
  "Name this proposal, e.g. Lights on Soko St".
- The heading names the proposal, its group and workshop, and "Made on: <laptop> · <group>"
  (``provenance.made_on_text``), and "From paper sheet N (read on DATE)" for one read from a
  photo of a printed group map (``provenance.paper_text``).
- "Create Action from Proposal" emits ``create_action_requested(uuid)`` for the shown
  proposal (the plan UI makes the action); disabled when read-only.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QVBoxLayout, QWidget,
)

from cosafe.core.changes import Change
from cosafe.core.edits import UpdateRecord
from cosafe.core.i18n import arg
from cosafe.core.records import Group, Proposal, Workshop
from cosafe.core.vocabulary import BENEFICIARIES, DAY_NIGHT, INTERVENTION_TYPES, PROPOSAL_STATUSES, choices, keys_of
from cosafe.ui.kit.connections import follow
from cosafe.ui.session import ProjectSession, editable
from cosafe.ui.features.merge.api import made_on_text, paper_text
from cosafe.ui.features.proposals.texts import proposal_name
from cosafe.ui.features.proposals.sketch.selection import ProposalSelection
from cosafe.ui.features.proposals.fields import principle_combo
from cosafe.ui.kit.fields import CommittingTextEdit, compact, fill_combo
from cosafe.ui.kit.money import NO_COST, cost_spin, show_currency
from cosafe.ui.features.proposals.photos import PhotoSection
from cosafe.ui.kit.photos import ask_photo_paths
from cosafe.ui.kit.page_stack import CurrentPageStack



class ProposalPropertiesPanel(QWidget):
    """Edit one proposal's attributes and photos."""

    create_action_requested = Signal(str)  # proposal uuid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalPropertiesPanel")
        self._session: ProjectSession | None = None
        self._selection: ProposalSelection | None = None
        self.proposal: Proposal | None = None

        self.hint = QLabel(self._empty_hint(), self)
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.heading = QLabel(self)
        self.heading.setObjectName("proposalHeading")
        self.heading.setWordWrap(True)

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Name this proposal, e.g. Lights on Soko St"))
        self.title_edit.editingFinished.connect(lambda: self._commit("title", self.title_edit.text().strip()))
        self.description_edit = CommittingTextEdit(self)
        self.description_edit.setPlaceholderText(self.tr("What should change, and why it would feel safer"))
        self.description_edit.editing_finished.connect(
            lambda: self._commit("description", self.description_edit.toPlainText().strip()))
        self.principle_combo = compact(principle_combo(self))
        self.principle_combo.currentIndexChanged.connect(
            lambda _i: self._commit("cpted_principle", self.principle_combo.currentData()))
        self.intervention_combo = compact(QComboBox(self))
        self.intervention_combo.setEditable(True)
        self.intervention_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.intervention_combo.lineEdit().setPlaceholderText(self.tr("Choose, or type a new type"))
        self.intervention_combo.currentIndexChanged.connect(lambda _i: self._commit_intervention())
        self.intervention_combo.lineEdit().editingFinished.connect(self._commit_intervention)
        self.beneficiary_boxes: dict[str, QCheckBox] = {}
        who = QGridLayout()
        who.setContentsMargins(0, 0, 0, 0)
        for key, label in choices(BENEFICIARIES):
            box = QCheckBox(label, self)
            box.toggled.connect(lambda _on: self._commit("beneficiaries", self._checked_beneficiaries()))
            self.beneficiary_boxes[key] = box
        # Two columns, the longest label alone on the last row, so a narrow dock fits them.
        for index, key in enumerate(("women", "girls", "youth", "children", "elderly", "everyone")):
            who.addWidget(self.beneficiary_boxes[key], index // 2, index % 2)
        who.addWidget(self.beneficiary_boxes["disabled"], 3, 0, 1, 2)
        self.day_night_combo = fill_combo(QComboBox(self), choices(DAY_NIGHT))
        self.day_night_combo.currentIndexChanged.connect(
            lambda _i: self._commit("day_night", self.day_night_combo.currentData()))
        self.cost_spin = cost_spin(self)  # its currency is the project's, set as a proposal is shown
        self.cost_spin.editingFinished.connect(lambda: self._commit("cost_estimate", self._cost_value()))
        self.status_combo = fill_combo(QComboBox(self), choices(PROPOSAL_STATUSES))
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self._commit("status", self.status_combo.currentData()))

        self.photo_section = PhotoSection(lambda: self.ask_photo_paths(), self)
        # The section's parts, by the names the panel has always offered.
        self.photos = self.photo_section.strip
        self.add_photo_button = self.photo_section.add_button
        self.remove_photo_button = self.photo_section.remove_button
        self.photo_message = self.photo_section.message

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: the dock column is often narrow (about 240 px).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("CPTED principle"), self.principle_combo)
        form.addRow(self.tr("Intervention"), self.intervention_combo)
        form.addRow(self.tr("For whom"), who)
        form.addRow(self.tr("When"), self.day_night_combo)
        form.addRow(self.tr("Rough cost"), self.cost_spin)
        form.addRow(self.tr("Status"), self.status_combo)
        editor = QWidget(self)
        column = QVBoxLayout(editor)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.heading)
        column.addLayout(form)
        self.create_action_button = QPushButton(self.tr("Create Action from Proposal"), editor)
        self.create_action_button.setToolTip(self.tr("Add an action to the plan from this proposal, linked to it"))
        self.create_action_button.clicked.connect(
            lambda: self.proposal is not None and self.create_action_requested.emit(self.proposal.uuid))
        column.addWidget(self.create_action_button)
        column.addWidget(self.photo_section)
        column.addStretch(1)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(editor)
        hint_page = QWidget(self)
        hint_layout = QVBoxLayout(hint_page)
        hint_layout.setContentsMargins(12, 12, 12, 12)
        hint_layout.addWidget(self.hint)
        hint_layout.addStretch(1)
        self.pages = CurrentPageStack(self)
        self.pages.addWidget(hint_page)
        self.pages.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.show_proposal(None)

    def _empty_hint(self) -> str:
        return self.tr("Select a proposal on the map or in the Proposals list to describe it here.")

    # -- session and selection ---------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        self._session = follow(self._session, session, "changed", self._on_changed)
        self.proposal = None  # it belonged to the previous project: nothing to commit there
        self._follow_selection()

    def set_selection(self, selection: ProposalSelection | None) -> None:
        self._selection = follow(self._selection, selection, "selection_changed", self._on_selection_changed)
        self._follow_selection()

    def _on_selection_changed(self, _uuids: list[str]) -> None:
        self._follow_selection()

    def _follow_selection(self) -> None:
        uuids = list(self._selection.selected_uuids) if self._selection is not None else []
        self.show_proposal(uuids[0] if len(uuids) == 1 else None, several=len(uuids) if len(uuids) > 1 else 0)

    def _on_changed(self, change: Change) -> None:
        if change & (Change.PROPOSALS | Change.ATTACHMENTS | Change.WORKSHOPS | Change.PROJECT):  # PROJECT: the currency
            self.show_proposal(self.proposal.uuid if self.proposal else None, flush=False)


    # -- showing ------------------------------------------------------------------------

    def show_proposal(self, uuid: str | None, several: int = 0, flush: bool = True) -> None:
        """Show ``uuid`` (or the hint); what was typed for the previous proposal is committed first."""
        if flush and self.proposal is not None and self.proposal.uuid != uuid:
            self.flush()
        store = self._session.store if self._session is not None else None
        previous = self.proposal.uuid if self.proposal is not None else None
        self.proposal = store.get(Proposal, uuid) if store is not None and uuid else None
        if self.proposal is not None and self.proposal.uuid != previous:
            self.scroll.verticalScrollBar().setValue(0)  # another proposal: start at its title
        self.hint.setText(self.tr("%Ln proposals are selected. Select one to describe it here.", "", several) if several
                          else self._empty_hint())
        self.pages.setCurrentIndex(1 if self.proposal is not None else 0)
        if self.proposal is None or store is None:
            self.photo_section.show_for(None, None, False)
            return
        proposal = self.proposal
        group = store.get(Group, proposal.group_uuid) if proposal.group_uuid else None
        workshop = store.get(Workshop, proposal.workshop_uuid) if proposal.workshop_uuid else None
        where = " · ".join(part for part in (group.name if group else "", workshop.title if workshop else "") if part)
        paper = paper_text(store, Proposal.TABLE, proposal.uuid)  # "From paper sheet N": read from a photo
        self.heading.setText(f"<b>{html.escape(proposal_name(proposal))}</b><br><span style='color:#546E7A'>"
                             f"{html.escape(where) if where else self._no_group()}<br>{html.escape(made_on_text(store, proposal))}"
                             f"{'<br>' + html.escape(paper) if paper else ''}</span>")
        widgets = (self.title_edit, self.description_edit, self.principle_combo, self.intervention_combo,
                   self.day_night_combo, self.cost_spin, self.status_combo, *self.beneficiary_boxes.values())
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self.title_edit.setText(proposal.title)
        self.description_edit.setPlainText(proposal.description)
        self.principle_combo.setCurrentIndex(max(0, self.principle_combo.findData(proposal.cpted_principle)))
        self._fill_interventions(store.list(Proposal, with_geometry=False))
        self.day_night_combo.setCurrentIndex(max(0, self.day_night_combo.findData(proposal.day_night)))
        show_currency(self.cost_spin, store.currency)
        self.cost_spin.setValue(NO_COST if proposal.cost_estimate is None else proposal.cost_estimate)
        if self.status_combo.findData(proposal.status) < 0:
            # A status this version does not list (a newer or merged file): show it as it is.
            self.status_combo.addItem(proposal.status, proposal.status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(proposal.status)))
        for key, box in self.beneficiary_boxes.items():
            box.setChecked(key in proposal.beneficiaries)
        del blockers
        for widget in (*widgets, self.create_action_button):
            widget.setEnabled(editable(self._session))
        self.photo_section.show_for(self._session, proposal, editable(self._session))

    def _no_group(self) -> str:
        return self.tr("No group")

    def ask_for_title(self) -> None:
        """Bring the Title field into view and give it the focus, its text selected to type over."""
        if self.proposal is None or not self.title_edit.isEnabled():
            return
        self.scroll.verticalScrollBar().setValue(0)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def _fill_interventions(self, proposals: list[Proposal]) -> None:
        combo = self.intervention_combo
        combo.clear()
        combo.addItem("", None)
        for key, label in choices(INTERVENTION_TYPES):
            combo.addItem(label, key)
        known = set(keys_of(INTERVENTION_TYPES))
        custom = sorted({p.intervention_type for p in proposals if p.intervention_type and p.intervention_type not in known})
        if custom:
            combo.insertSeparator(combo.count())
            for key in custom:
                combo.addItem(key, key)
        current = self.proposal.intervention_type if self.proposal else None
        combo.setCurrentIndex(max(0, combo.findData(current)))

    # -- committing ------------------------------------------------------------------------

    def flush(self) -> None:
        """Commit what is typed but not yet committed (title, description, cost, intervention)."""
        if self.proposal is None or not editable(self._session):
            return
        self._commit("title", self.title_edit.text().strip())
        self._commit("description", self.description_edit.toPlainText().strip())
        self._commit("cost_estimate", self._cost_value())
        self._commit_intervention()

    def _cost_value(self) -> float | None:
        value = self.cost_spin.value()
        return None if value <= NO_COST else float(value)

    def _checked_beneficiaries(self) -> list[str]:
        return [key for key, box in self.beneficiary_boxes.items() if box.isChecked()]

    def _commit_intervention(self) -> None:
        text = self.intervention_combo.currentText().strip()
        known = {label: key for key, label in choices(INTERVENTION_TYPES)}
        self._commit("intervention_type", known.get(text, text) or None)

    def _commit(self, field: str, value: Any) -> bool:
        proposal, session = self.proposal, self._session
        if proposal is None or session is None or not editable(self._session) or getattr(proposal, field) == value:
            return False
        label = arg(self._field_labels()[field], proposal_name(proposal))
        try:
            edit = UpdateRecord(session.store, Proposal, proposal.uuid, {field: value}, label)
        except KeyError:  # removed meanwhile (an undo elsewhere): nothing left to describe
            return False
        return session.perform(edit)

    def _field_labels(self) -> dict[str, str]:
        """Each field's undo step, ``%1`` the proposal."""
        return {"title": self.tr("Set title of “%1”"), "description": self.tr("Set description of “%1”"),
                "cpted_principle": self.tr("Set principle of “%1”"),
                "intervention_type": self.tr("Set intervention of “%1”"),
                "beneficiaries": self.tr("Set who it is for of “%1”"), "day_night": self.tr("Set day/night of “%1”"),
                "cost_estimate": self.tr("Set cost of “%1”"), "status": self.tr("Set status of “%1”")}

    # -- photos ------------------------------------------------------------------------------

    def ask_photo_paths(self) -> list[str]:
        """Ask for photo files (tests patch this)."""
        return ask_photo_paths(self)

    def add_photos(self) -> None:
        self.photo_section.add_photos()

    def remove_photo(self, uuid: str | None) -> None:
        self.photo_section.remove_photo(uuid)
