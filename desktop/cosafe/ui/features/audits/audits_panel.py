"""The Audits panel: the project's audit walks, with New, Edit and Delete.

Contract:
- ``AuditsPanel(context)`` lists every walk (title, date, time of day, group, number
  of points, ✓ when a route is drawn), newest first; ``set_session(session | None)``
  follows the open project and re-reads on Change.AUDITS / WORKSHOPS.
- ``new_action`` opens the walk dialog for the active workshop (``context``) and adds
  the walk and its walkers as ONE edit; ``edit_action`` (or a double-click) edits the
  selected walk as ONE edit; ``delete_action`` asks first (``dialogs.ask_confirm``)
  and deletes the walk with its points, scores, checklist answers and walkers as ONE edit.
- ``selected_walk_uuid()`` / ``select_walk(uuid)``; ``walk_selected(uuid | None)`` is
  emitted when the selection changes. Read-only projects: view only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.changes import Change
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import AuditPoint, AuditWalk, Group
from cosafe.core.vocabulary import TIMES_OF_DAY, label_of
from cosafe.store.project_store import ProjectStore
from cosafe.ui.kit import dialogs
from cosafe.core.audits import active_set, delete_walk_edit, new_walk_edit, update_walk_edit, walkers_of
from cosafe.core.paper_provenance import sheet_photo_count
from cosafe.ui.kit.connections import follow
from cosafe.ui.kit.actions import make_action
from cosafe.ui.kit.record_table import RecordTable
from cosafe.ui.kit.dates import show_date
from cosafe.ui.session import ProjectSession, editable
from cosafe.ui.features.workshops.api import WorkshopContext
from cosafe.ui.kit.accessibility import describe

if TYPE_CHECKING:
    from cosafe.ui.features.audits.walk_dialog import WalkDialog

HEADERS = (QT_TRANSLATE_NOOP("Audits", "Walk"), QT_TRANSLATE_NOOP("Audits", "Date"),
           QT_TRANSLATE_NOOP("Audits", "Time"), QT_TRANSLATE_NOOP("Audits", "Group"),
           QT_TRANSLATE_NOOP("Audits", "Points"))  # in English: shown through ``translate("Audits", …)``


def point_counts(store: ProjectStore) -> dict[str, int]:
    counts: dict[str, int] = {}
    for point in store.list(AuditPoint, with_geometry=False):
        counts[point.walk_uuid] = counts.get(point.walk_uuid, 0) + 1
    return counts


class AuditsPanel(QWidget):
    """Audit walks of the open project."""

    walk_selected = Signal(object)  # uuid or None

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditsPanel")
        self.context = context
        self.session: ProjectSession | None = None
        self.new_action = make_action(self, self.tr("&New Audit Walk…"), "audits", "",
                                      self.tr("Record a walk: date, time of day, who walked"), self.new_walk)
        self.edit_action = make_action(self, self.tr("&Edit Walk…"), "properties", "",
                                       self.tr("Change the selected walk's details or walkers"), self.edit_walk)
        self.delete_action = make_action(self, self.tr("&Delete Walk"), "remove", "",
                                         self.tr("Delete the walk with its points and scores"), self.delete_walk)
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, text in ((self.new_action, self.tr("New")), (self.edit_action, self.tr("Edit")),
                             (self.delete_action, self.tr("Delete"))):
            action.setIconText(text)  # short labels on the buttons: the dock is narrow
            bar.addAction(action)
        self.toolbar = bar
        # A second row for what is done with the selected walk (the window adds its actions).
        self.steps_bar = QToolBar(self)
        self.steps_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.table = RecordTable(tuple(translate("Audits", h) for h in HEADERS), "walksTable", self, numeric=(4,), stretch=0,
                                 give_way=(3, 2, 4))  # the walk's title first; the group, time, points give way
        describe(self.table, self.tr("Audit walks"), self.tr("The recorded walks; select one to see its points"))
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _uuid: self.edit_walk())
        self.note = QLabel(self)
        self.note.setObjectName("fieldHelp")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(0)  # the two tool rows read as one block
        layout.addWidget(bar)
        layout.addWidget(self.steps_bar)
        layout.addSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._update_actions()

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = follow(self.session, session, "changed", self._on_changed)
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if change & (Change.AUDITS | Change.WORKSHOPS):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_walk_uuid()
        rows = []
        if self.session is not None:
            store = self.session.store
            groups = {group.uuid: group.name for group in store.list(Group)}
            counts = point_counts(store)
            walks = sorted(store.list(AuditWalk), key=lambda w: (w.walked_on or "", w.created_at), reverse=True)
            for walk in walks:
                title = walk.title if walk.geom is not None else arg(self.tr("%1  (no route)"), walk.title)
                cells = (title, show_date(walk.walked_on), label_of(TIMES_OF_DAY, walk.time_of_day),
                         groups.get(walk.group_uuid or "", ""), str(counts.get(walk.uuid, 0)))
                rows.append((walk.uuid, cells, (walk.title, "", "", "", "")))
        self.table.fill(rows, selected)
        if self.table.rowCount() == 0:
            self.note.setText(self.tr("No audit walks yet. New records a walk; then draw its route and enter its sheets."))
        else:
            self.note.setText("")
        self._update_actions()
        if selected != self.selected_walk_uuid():
            self.walk_selected.emit(self.selected_walk_uuid())

    def select_walk(self, uuid: str | None) -> None:
        self.table.select_uuid(uuid)

    def selected_walk_uuid(self) -> str | None:
        return self.table.selected_uuid()

    def selected_walk(self) -> AuditWalk | None:
        uuid = self.selected_walk_uuid()
        return self.session.store.get(AuditWalk, uuid) if uuid and self.session is not None else None

    def _on_selection(self) -> None:
        self._update_actions()
        self.walk_selected.emit(self.selected_walk_uuid())

    def _update_actions(self) -> None:
        self.new_action.setEnabled(editable(self.session))
        has = self.selected_walk_uuid() is not None
        self.edit_action.setEnabled(editable(self.session) and has)
        self.delete_action.setEnabled(editable(self.session) and has)

    # -- commands ---------------------------------------------------------------------

    def new_walk(self) -> bool:
        if not editable(self.session) or self.session is None:
            return False
        workshop = self.context.workshop
        store = self.session.store
        dialog = self._walk_dialog(store, workshop, self.context.groups_of(workshop.uuid if workshop else None),
                                   group_uuid=self.context.group_uuid)
        try:
            if dialog.exec() != dialog.DialogCode.Accepted:
                return False
            criteria_set = active_set(store)
            walk = AuditWalk(workshop_uuid=workshop.uuid if workshop else None,
                             criteria_set_uuid=criteria_set.uuid if criteria_set else "",
                             device_id=store.get_meta("device_id") or "", **dialog.values())  # type: ignore[arg-type]
            done = self.session.perform(new_walk_edit(walk, dialog.walker_uuids()))
        finally:
            dialog.deleteLater()
        if done:
            self.select_walk(walk.uuid)
        return done

    def _walk_dialog(self, *args: Any, **kwargs: Any) -> WalkDialog:
        from cosafe.ui.features.audits.walk_dialog import WalkDialog  # loaded with the first walk, not at start-up

        return WalkDialog(*args, parent=self.window(), **kwargs)

    def edit_walk(self) -> bool:
        walk = self.selected_walk()
        if walk is None or self.session is None:
            return False
        store = self.session.store
        workshop = next((w for w in self.context.workshops if w.uuid == walk.workshop_uuid), None)
        current = [walker.participant_uuid for walker in walkers_of(store, walk.uuid)]
        dialog = self._walk_dialog(store, workshop, self.context.groups_of(walk.workshop_uuid), walk, current)
        if not editable(self.session):
            dialog.ok_button.setEnabled(False)
        try:
            if dialog.exec() != dialog.DialogCode.Accepted or not editable(self.session):
                return False
            edit = update_walk_edit(store, walk.uuid, dialog.values(), dialog.walker_uuids())
            return edit is not None and self.session.perform(edit)
        finally:
            dialog.deleteLater()

    def delete_walk(self) -> bool:
        walk = self.selected_walk()
        if walk is None or self.session is None or not editable(self.session):
            return False
        count = point_counts(self.session.store).get(walk.uuid, 0)
        if sheet_photo_count(self.session.store, AuditWalk.TABLE, [walk.uuid]):
            message = arg(self.tr("“%1”, its %Ln audit points with their scores and the photos of its paper sheets "
                                  "will be deleted. Undo brings them back.", "", count), walk.title)
        else:
            message = arg(self.tr("“%1” and its %Ln audit points with their scores will be deleted. Undo brings them "
                                  "back.", "", count), walk.title)
        if not dialogs.ask_confirm(self.window(), self.tr("Delete audit walk?"), message, self.tr("Delete")):
            return False
        return self.session.perform(delete_walk_edit(self.session.store, walk.uuid))

