"""The Workshops dock: each workshop with its groups, who came, and the edits to them.

Contract:
- ``WorkshopPanel(context)`` shows ``context.workshops`` (most recent first), each with its
  groups (colour swatch, "8 people · 5 women") and re-reads on ``context.reloaded``; the
  active workshop's totals ("3 groups · 26 people · 16 women") are written under the tree.
- Clicking a workshop or group makes it active (``context.select_*``) and the active one
  is always the current row, in bold: the panel and the toolbar selector never disagree.
- Buttons and the context menu: New Workshop…, Edit Workshop…, Delete Workshop (asks
  first; groups, participants and votes go with it), Add Group…, Edit Group… (rename /
  recolour), Delete Group (asks first), Sign-in Sheet…, Participants… (view/edit,
  view only when read-only). Each change is ONE undo step
  through ``ProjectSession.perform`` with a label naming the thing ("Add group “Youth”").
- A read-only project (or none) disables every control but Participants…; the panel never writes.
"""

from __future__ import annotations

import html
from collections import defaultdict

from PySide6.QtCore import QEvent, QObject, QPoint, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.edits import AddRecord
from cosafe.core.paper_provenance import sheet_photo_count
from cosafe.core.privacy import DEFAULT_THRESHOLD
from cosafe.core.records import Group, Participant, Workshop
from cosafe.core.workshops import (
    delete_group_edit,
    delete_workshop_edit,
    delete_workshop_message,
    next_group_colour,
    people_summaries,
    update_group_edit,
    update_workshop_edit,
    workshop_contents,
)
from cosafe.core.i18n import arg
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.actions import make_action
from cosafe.ui.kit.icons import icon
from cosafe.ui.features.workshops.context import WorkshopContext
from cosafe.ui.features.workshops.dialogs import GroupDialog, WorkshopDialog
from cosafe.ui.map.symbols import group_icon
from cosafe.ui.kit.direction import in_reading_direction
from cosafe.ui.kit.dates import show_date
from cosafe.ui.session import editable
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit.record_table import keep_title_readable

KIND_ROLE, UUID_ROLE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class WorkshopPanel(QWidget):
    """Tree of workshops → groups, with the commands that change them."""

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopPanel")
        self.context = context
        self._summaries: dict[str, str] = {}  # workshop uuid -> "3 groups · 26 people · 16 women"
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("workshopTree")
        describe(self.tree, self.tr("Workshops and groups"),
                 self.tr("Each workshop and its groups; select one to work in it"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Workshop / group"), self.tr("People")])
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fitted by _fit_people_column: the group's name is read first, its head count after.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        keep_title_readable(header, 0)
        self.tree.viewport().installEventFilter(self)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.edit_selected())
        self.tree.setIndentation(14)
        self.summary_label = QLabel("", self)
        self.summary_label.setObjectName("fieldHelp")
        self.summary_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("No workshop yet. Create one, add its groups, then sign people in."), self)
        self.empty_label.setObjectName("panelHint")
        self.empty_label.setWordWrap(True)

        self.new_action = make_action(self, self.tr("&New Workshop…"), "workshop-new", "",
                                      self.tr("Create a workshop: date, place, facilitator"), self.new_workshop)
        self.group_action = make_action(self, self.tr("&Add Group…"), "group-add", "",
                                        self.tr("Add a group to the active workshop"),
                                        self.add_group)
        self.sign_in_action = make_action(self, self.tr("&Sign-in Sheet…"), "sign-in", "",
                                          self.tr("Sign participants in to the active workshop, keyboard only"),
                                          self.open_sign_in_sheet)
        self.participants_action = make_action(self, self.tr("&Participants…"), "workshops", "",
                                               self.tr("List and correct the active workshop's participants"),
                                               self.open_participants)
        self.edit_action = make_action(self, self.tr("&Edit…"), "properties", "",
                                       self.tr("Edit the selected workshop or group"),
                                       self.edit_selected)
        self.delete_action = make_action(self, self.tr("&Delete"), "remove", "",
                                         self.tr("Delete the selected workshop or group (Undo brings it back)"),
                                         self.delete_selected)
        # Small toolbars rather than button rows: they fold into a » menu when the dock is
        # narrow, so the left column (and the window) keeps a small minimum width.
        top = self._toolbar("workshopCreateBar", (self.new_action, self.group_action))
        bottom = self._toolbar("workshopEditBar", (self.sign_in_action, self.participants_action,
                                                   self.edit_action, self.delete_action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(bottom)
        context.reloaded.connect(self.refresh)
        context.changed.connect(self._show_active)
        self.refresh()

    def _toolbar(self, name: str, actions: tuple[QAction, ...]) -> QToolBar:
        bar = QToolBar(self)
        bar.setObjectName(name)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in actions:
            bar.addAction(action)
        return bar


    # -- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.context.session
        threshold = session.store.suppression_threshold if session is not None else DEFAULT_THRESHOLD
        by_workshop: dict[str, list[Participant]] = defaultdict(list)
        for person in session.store.list(Participant) if session is not None else []:
            by_workshop[person.workshop_uuid].append(person)
        self._summaries: dict[str, str] = {}
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for workshop in self.context.workshops:
                groups = self.context.groups_of(workshop.uuid)
                summary, per_group = people_summaries(by_workshop[workshop.uuid], threshold)
                self._summaries[workshop.uuid] = arg(self.tr("%Ln groups · %1", "%1: how many people", len(groups)),
                                                     summary)
                item = QTreeWidgetItem([workshop.title])
                item.setData(0, KIND_ROLE, "workshop")
                item.setData(0, UUID_ROLE, workshop.uuid)
                item.setToolTip(0, "\n".join(filter(None, [workshop.title, show_date(workshop.held_on), workshop.place,
                                                           workshop.facilitator and arg(self.tr("Facilitator: %1"),
                                                                                        workshop.facilitator),
                                                           self._summaries[workshop.uuid]])))
                self.tree.addTopLevelItem(item)
                # The title gets the whole width: a dock is narrow and titles are long.
                item.setFirstColumnSpanned(True)
                for group in groups:
                    child = QTreeWidgetItem([group.name, per_group.get(group.uuid, self.tr("no one yet"))])
                    child.setIcon(0, group_icon(group.colour))
                    child.setToolTip(0, group.name)  # elided in a narrow dock
                    child.setToolTip(1, child.text(1))
                    child.setData(0, KIND_ROLE, "group")
                    child.setData(0, UUID_ROLE, group.uuid)
                    item.addChild(child)
                item.setExpanded(True)
        self.tree.setVisible(bool(self.context.workshops))
        self.empty_label.setVisible(session is not None and not self.context.workshops)
        self._show_active()
        self._fit_people_column()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_people_column()
        return super().eventFilter(watched, event)

    def _fit_people_column(self) -> None:
        """Give the People column its contents' width, less what the names need to be read whole.

        Fitted to its contents ("8 people · women hidden"), the People column took a narrow
        dock's width (a 1024-pixel screen) and left the group names a few letters ("Wome…"),
        in French more so; now the names are served first and the head count elides (its
        tooltip holds it whole), never narrower than its title.
        """
        header = self.tree.header()
        title = header.sectionSizeHint(1)
        wanted = max(title, self.tree.sizeHintForColumn(1))
        bold = QFont(self.tree.font())
        bold.setBold(True)  # the active group is bold
        metrics = QFontMetrics(bold)
        groups = [item for item in self._items() if item.data(0, KIND_ROLE) == "group"]
        # Workshop titles span both columns: only the groups' names share a row with the count.
        names = max((metrics.horizontalAdvance(item.text(0)) for item in groups), default=0)
        icon = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        room = self.tree.viewport().width() - (names + self.tree.indentation() + icon + 16)
        header.resizeSection(1, max(title, min(wanted, room)))

    def _items(self) -> list[QTreeWidgetItem]:
        result = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            result.append(top)
            result += [top.child(i) for i in range(top.childCount())]
        return result

    def _show_active(self) -> None:
        """Bold the active workshop and group and make the active one current."""
        active = {self.context.workshop_uuid, self.context.group_uuid} - {None}
        current = self.tree.currentItem()
        target = None
        with QSignalBlocker(self.tree):
            for item in self._items():
                font = QFont(item.font(0))
                font.setBold(item.data(0, UUID_ROLE) in active)
                item.setFont(0, font)
                uuid = item.data(0, UUID_ROLE)
                if uuid == (self.context.group_uuid or self.context.workshop_uuid):
                    target = item
            # The current row is already right when it is the active workshop itself.
            if target is not None and (current is None or current.data(0, UUID_ROLE) not in active):
                self.tree.setCurrentItem(target)
        workshop = self.context.workshop
        self.summary_label.setText(in_reading_direction(self, arg(
            self.tr("<b>%1</b>: %2", "a workshop's title: its groups and people"), html.escape(workshop.title),
            self._summaries.get(workshop.uuid, ""))) if workshop is not None else "")
        self.summary_label.setVisible(workshop is not None)
        self._update_controls()

    def _on_current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None:
            if item.data(0, KIND_ROLE) == "group":
                self.context.select_group(item.data(0, UUID_ROLE))
            else:
                self.context.select_workshop(item.data(0, UUID_ROLE))
        self._update_controls()

    def selected(self) -> tuple[str, str] | None:
        """("workshop" | "group", uuid) of the current row."""
        item = self.tree.currentItem()
        return (item.data(0, KIND_ROLE), item.data(0, UUID_ROLE)) if item is not None else None

    def _update_controls(self) -> None:
        can_edit, selected = editable(self.context.session), self.selected() is not None
        has_workshop = self.context.workshop_uuid is not None
        self.new_action.setEnabled(can_edit)
        self.group_action.setEnabled(can_edit and has_workshop)
        self.sign_in_action.setEnabled(can_edit and has_workshop)
        # Read-only projects may still look at who came (the dialog is then view only).
        self.participants_action.setEnabled(self.context.session is not None and has_workshop)
        self.edit_action.setEnabled(can_edit and selected)
        self.delete_action.setEnabled(can_edit and selected)

    def _show_context_menu(self, position: QPoint) -> None:
        if not editable(self.context.session):
            return
        menu = QMenu(self)
        for action in (self.new_action, self.group_action, self.sign_in_action, self.participants_action):
            menu.addAction(action)
        selected = self.selected()
        if selected is not None:
            workshop = selected[0] == "workshop"
            menu.addSeparator()
            menu.addAction(icon("properties"), self.tr("Edit Workshop…") if workshop else self.tr("Edit Group…"),
                           self.edit_selected)
            menu.addAction(icon("remove"), self.tr("Delete Workshop") if workshop else self.tr("Delete Group"),
                           self.delete_selected)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    # -- changes ---------------------------------------------------------------------------

    def new_workshop(self) -> bool:
        session = self.context.session
        if not editable(self.context.session) or session is None:
            return False
        dialog = WorkshopDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        workshop = Workshop(**dialog.values())
        if not session.perform(AddRecord(workshop, label=arg(self.tr("Add workshop “%1”"), workshop.title))):
            return False
        self.context.select_workshop(workshop.uuid)  # new work goes to the workshop just made
        return True

    def add_group(self) -> bool:
        session, workshop_uuid = self.context.session, self.context.workshop_uuid
        if not editable(self.context.session) or session is None or workshop_uuid is None:
            return False
        used = {group.colour for group in self.context.groups_of(workshop_uuid)}
        count = len(used) + 1
        dialog = GroupDialog(arg(self.tr("Group %1", "a new group's name"), count), next_group_colour(used), used, self)
        dialog.name_edit.selectAll()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        group = Group(workshop_uuid=workshop_uuid, **dialog.values())
        return session.perform(AddRecord(group, label=arg(self.tr("Add group “%1”"), group.name)))

    def edit_selected(self) -> bool:
        selected, session = self.selected(), self.context.session
        if not editable(self.context.session) or selected is None or session is None:
            return False
        kind, uuid = selected
        store = session.store
        if kind == "workshop":
            workshop = store.get(Workshop, uuid)
            dialog = WorkshopDialog(workshop, self)
            if workshop is None or dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            edit = update_workshop_edit(store, workshop, dialog.values())
        else:
            group = store.get(Group, uuid)
            if group is None:
                return False
            used = {g.colour for g in self.context.groups_of(group.workshop_uuid) if g.uuid != uuid}
            dialog = GroupDialog(group.name, group.colour, used, self, title=self.tr("Edit Group"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            edit = update_group_edit(store, group, dialog.values())
        return edit is not None and session.perform(edit)

    def delete_selected(self) -> bool:
        selected, session = self.selected(), self.context.session
        if not editable(self.context.session) or selected is None or session is None:
            return False
        kind, uuid = selected
        store = session.store
        if kind == "group":
            group = store.get(Group, uuid)
            if group is None:
                return False
            if sheet_photo_count(store, Group.TABLE, [group.uuid]):
                question = self.tr("Delete the group “%1” and the photos of its paper sheets? Its participants and "
                                   "drawings stay in the workshop without a group. Undo (Ctrl+Z) brings it back.")
            else:
                question = self.tr("Delete the group “%1”? Its participants and drawings stay in the workshop "
                                   "without a group. Undo (Ctrl+Z) brings it back.")
            if not dialogs.ask_confirm(self, self.tr("Delete group"), arg(question, group.name), self.tr("Delete")):
                return False
            return session.perform(delete_group_edit(store, group))
        workshop = store.get(Workshop, uuid)
        if workshop is None:
            return False
        message = delete_workshop_message(workshop.title, workshop_contents(store, uuid))
        if not dialogs.ask_confirm(self, self.tr("Delete workshop"), message, self.tr("Delete")):
            return False
        return session.perform(delete_workshop_edit(store, workshop))

    def open_sign_in_sheet(self) -> bool:
        from cosafe.ui.features.workshops.sign_in_sheet import sign_in

        session, workshop = self.context.session, self.context.workshop
        if not editable(self.context.session) or session is None or workshop is None:
            return False
        return sign_in(self, session, workshop, self.context.groups_of(workshop.uuid))

    def open_participants(self) -> bool:
        from cosafe.ui.features.workshops.participants_dialog import show_participants

        return show_participants(self, self.context)
