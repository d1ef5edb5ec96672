"""The Pins list: the active workshop's perception pins, to find one and edit or delete it.

Contract:
- ``PinsPanel(context, flow)`` lists the pins of the active workshop (``context``), newest
  first: feeling, scale, time of day, who placed it (sign-in code or "anonymous") and
  the reasons (labels); the story is the row's tooltip (once approved, if a phone sent it: ``core.stories``). ``set_session`` follows the open project; it
  re-reads on Change.PINS / WORKSHOPS and when the active workshop changes.
- Edit (or a double-click, or Enter) opens the pin dialog through ``flow.edit_pin``;
  Delete removes the selected pin through ``flow.delete_pin`` — each ONE undo step.
  Read-only projects: Edit shows the pin, Delete is disabled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.changes import Change
from cosafe.core.records import Participant, PerceptionPin
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.reason_tags import reason_tag_labels
from cosafe.core.vocabulary import FEELINGS, TIMES_OF_DAY, label_of
from cosafe.core.stories import shown_story
from cosafe.ui.kit.record_table import RecordTable
from cosafe.ui.kit.connections import follow
from cosafe.ui.kit.actions import make_action
from cosafe.ui.features.audits.pin_flow import PinFlow
from cosafe.ui.session import ProjectSession, editable
from cosafe.ui.features.workshops.api import WorkshopContext
from cosafe.ui.kit.accessibility import describe

HEADERS = (QT_TRANSLATE_NOOP("Audits", "Feeling"), QT_TRANSLATE_NOOP("Audits", "Time"),
           QT_TRANSLATE_NOOP("Audits", "By"), QT_TRANSLATE_NOOP("Audits", "Reasons"))  # shown translated


class PinsPanel(QWidget):
    """Perception pins of the active workshop."""

    def __init__(self, context: WorkshopContext, flow: PinFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinsPanel")
        self.context = context
        self.flow = flow
        self.session: ProjectSession | None = None
        self.edit_action = make_action(self, self.tr("Edit Pin…"), "properties", "", self.tr("Change the selected pin"),
                                       self.edit_selected)
        self.edit_action.setIconText(self.tr("Edit"))
        self.delete_action = make_action(self, self.tr("Delete Pin"), "remove", "",
                                         self.tr("Delete the selected pin (Undo brings it back)"),
                                         self.delete_selected)
        self.delete_action.setIconText(self.tr("Delete"))
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.edit_action)
        bar.addAction(self.delete_action)
        self.toolbar = bar
        self.table = RecordTable(tuple(translate("Audits", h) for h in HEADERS), "pinsTable", self)
        describe(self.table, self.tr("Perception pins"), self.tr("The pins placed on the map; select one to see it"))
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.activated.connect(lambda _uuid: self.edit_selected())
        self.note = QLabel(self)
        self.note.setObjectName("fieldHelp")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        context.changed.connect(self.refresh)
        self._update_actions()

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = follow(self.session, session, "changed", self._on_changed)
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if change & (Change.PINS | Change.WORKSHOPS):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_uuid()
        pins: list[PerceptionPin] = []
        rows = []
        workshop = self.context.workshop_uuid
        if self.session is not None:
            store = self.session.store
            if workshop is None:
                pins = store.list(PerceptionPin, "workshop_uuid IS NULL", order_by="created_at DESC, fid DESC",
                                  with_geometry=False)
            else:
                pins = store.list(PerceptionPin, "workshop_uuid = ?", (workshop,),
                                  order_by="created_at DESC, fid DESC", with_geometry=False)
            tags = reason_tag_labels(store)
            codes = {p.uuid: p.code for p in store.list(Participant, with_geometry=False)}
            for pin in pins:
                feeling = (arg(self.tr("%1 %2/5", "a feeling and its scale"), label_of(FEELINGS, pin.feeling),
                               pin.scale) if pin.scale else label_of(FEELINGS, pin.feeling))
                cells = (feeling, label_of(TIMES_OF_DAY, pin.time_of_day),
                         codes.get(pin.participant_uuid or "", self.tr("anonymous")),
                         self.tr(", ", "between the items of a list").join(tags.get(key, key)
                                                                          for key in pin.reason_tags))
                rows.append((pin.uuid, cells, (shown_story(pin),) * len(cells)))
        self.table.fill(rows, selected)
        workshop_now = self.context.workshop
        if workshop_now is None:
            self.note.setText(self.tr("%Ln pins in no workshop", "", len(pins)) if pins else
                              self.tr("No pins in no workshop yet: use the Perception Pin tool (N) on the map."))
        else:
            self.note.setText(arg(self.tr("%Ln pins in %1", "", len(pins)), workshop_now.title) if pins else
                              arg(self.tr("No pins in %1 yet: use the Perception Pin tool (N) on the map."),
                                  workshop_now.title))
        self._update_actions()

    def selected_uuid(self) -> str | None:
        return self.table.selected_uuid()

    def select(self, uuid: str) -> None:
        self.table.select_uuid(uuid)

    def _update_actions(self) -> None:
        has = self.selected_uuid() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has and editable(self.flow.session))

    def edit_selected(self) -> bool:
        uuid = self.selected_uuid()
        return uuid is not None and self.flow.edit_pin(uuid)

    def delete_selected(self) -> bool:
        uuid = self.selected_uuid()
        return uuid is not None and self.flow.delete_pin(uuid)
