"""The "Workshop:" and "Group:" combos of the main toolbar, bound to the WorkshopContext.

Contract: ``WorkshopSelector(context, toolbar)`` adds a label and a combo for each to
``toolbar``. The combos list ``context.workshops`` (most recent first) and the active
workshop's groups (each with its colour swatch), show the active ones, and choosing an
item calls ``context.select_workshop`` / ``select_group``. They are rebuilt on
``context.reloaded`` and re-pointed on ``context.changed`` without echoing back.
Without a project, or with a read-only one, both are disabled.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.ui.features.workshops.context import WorkshopContext
from cosafe.ui.features.workshops.words import WorkshopBar
from cosafe.ui.map.symbols import group_icon
from cosafe.ui.kit.dates import show_date

NO_WORKSHOP = QT_TRANSLATE_NOOP("WorkshopBar", "No workshop yet")
NO_GROUP = QT_TRANSLATE_NOOP("WorkshopBar", "No groups yet")


class WorkshopSelector:
    """Two combos in the toolbar; the context is the single source of truth."""

    def __init__(self, context: WorkshopContext, toolbar: QToolBar) -> None:
        self.context = context
        toolbar.addSeparator()
        self.workshop_label = QLabel(WorkshopBar.tr(" &Workshop: "), toolbar)  # Alt+W, as Alt+G for the group
        self.workshop_combo = self._combo(toolbar, "workshopCombo", 150, 260)
        self.workshop_label.setBuddy(self.workshop_combo)
        self.group_label = QLabel(WorkshopBar.tr("  &Group: "), toolbar)
        self.group_combo = self._combo(toolbar, "groupCombo", 110, 200)
        self.group_label.setBuddy(self.group_combo)
        for widget in (self.workshop_label, self.workshop_combo, self.group_label, self.group_combo):
            toolbar.addWidget(widget)
        self.workshop_combo.setToolTip(WorkshopBar.tr("The active workshop: what you draw and sign in belongs to it"))
        self.group_combo.setToolTip(WorkshopBar.tr("The active group: what you draw now is recorded as this group's "
                                                   "work"))
        self.workshop_combo.activated.connect(
            lambda index: context.select_workshop(self.workshop_combo.itemData(index)))
        self.group_combo.activated.connect(lambda index: context.select_group(self.group_combo.itemData(index)))
        context.reloaded.connect(self.refresh)
        context.changed.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _combo(toolbar: QToolBar, name: str, minimum: int, maximum: int) -> QComboBox:
        combo = QComboBox(toolbar)
        combo.setObjectName(name)
        # Long workshop titles are elided by the combo rather than widening the toolbar.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumWidth(minimum)
        combo.setMaximumWidth(maximum)
        combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return combo

    def refresh(self) -> None:
        context = self.context
        session = context.session
        editable = session is not None and not session.is_read_only
        with QSignalBlocker(self.workshop_combo), QSignalBlocker(self.group_combo):
            self.workshop_combo.clear()
            titles = [workshop.title for workshop in context.workshops]
            for workshop in context.workshops:
                # The date only where it tells two workshops apart: the toolbar is short of room.
                if workshop.held_on and titles.count(workshop.title) > 1:
                    text = arg(WorkshopBar.tr("%1 (%2)", "a workshop's title and the date it was held"),
                               workshop.title, show_date(workshop.held_on))
                else:
                    text = workshop.title
                self.workshop_combo.addItem(text, workshop.uuid)
                self.workshop_combo.setItemData(self.workshop_combo.count() - 1,
                                                f"{workshop.title}\n{show_date(workshop.held_on)}",
                                                Qt.ItemDataRole.ToolTipRole)
            if not context.workshops:
                self.workshop_combo.addItem(translate("WorkshopBar", NO_WORKSHOP) if session is not None else "", None)
            self.workshop_combo.setCurrentIndex(max(0, self.workshop_combo.findData(context.workshop_uuid)))
            self.group_combo.clear()
            groups = context.groups_of(context.workshop_uuid)
            for group in groups:
                self.group_combo.addItem(group_icon(group.colour), group.name, group.uuid)
            if not groups:
                self.group_combo.addItem(translate("WorkshopBar", NO_GROUP) if context.workshops else "", None)
            self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(context.group_uuid)))
        self.workshop_combo.setEnabled(editable and bool(context.workshops))
        self.group_combo.setEnabled(editable and bool(groups))
        for label in (self.workshop_label, self.group_label):
            label.setEnabled(editable)
