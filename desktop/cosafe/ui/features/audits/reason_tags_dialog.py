"""Reason Tags…: the editable list of reasons a pin can give (poor lighting, harassment, …).

Contract:
- ``ReasonTagsDialog(session)`` lists every ReasonTag (retired ones greyed, "retired").
- Add (type a label, Enter or the Add button), Rename (edit the label in place: F2 or
  double-click) and Retire / Restore are each ONE undoable edit through
  ``session.perform``. A tag is never deleted: pins keep its key, and a retired tag is
  only no longer offered for new pins. A new tag's key is made from its label and
  kept unique; a blank label or one another tag already has is refused with a
  one-line message (``message_label``), and nothing changes.
- Translations… gives the current tag's label in CoSafe's other languages
  (``TranslationsDialog``, ``core.label_translations``), ONE undo step; the list shows each
  tag in the reader's language when it has a label in it, and renaming a tag shown so
  changes that label, not the text as typed.
- It re-reads on Change.PINS (undo in the main window shows at once). Read-only: view only.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.changes import Change
from cosafe.core.edits import AddRecord, Edit, EditGroup, UpdateRecord
from cosafe.core.i18n import arg, language
from cosafe.core.label_translations import translations_edits
from cosafe.core.reason_tags import shown_tag_label, tag_translations
from cosafe.core.records import ReasonTag
from cosafe.ui.features.audits.translations_dialog import TranslationsDialog
from cosafe.ui.kit.accessibility import describe, tab_order
from cosafe.ui.kit.live_dialog import LiveEditDialog
from cosafe.ui.session import ProjectSession

UUID_ROLE = Qt.ItemDataRole.UserRole
RETIRED_GREY = QColor("#9E9E9E")


def tag_key(label: str, taken: set[str]) -> str:
    """A key for a new tag: its label in lower case with underscores, made unique."""
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "tag"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


class ReasonTagsDialog(LiveEditDialog):
    """Add, rename, retire and restore reason tags."""

    WATCHED = Change.PINS

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("reasonTagsDialog")
        self.setWindowTitle(self.tr("Reason Tags"))
        self.setMinimumSize(420, 440)
        editable = not session.is_read_only
        self.tag_list = QListWidget(self)
        self.tag_list.setObjectName("reasonTagList")
        describe(self.tag_list, self.tr("Reason tags"),
                 self.tr("The reasons a pin can give; F2 or a double click renames one"))
        self.tag_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tag_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed
                                      if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tag_list.setSpacing(1)
        self.tag_list.itemChanged.connect(self._renamed)
        self.tag_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newTagLabel")
        describe(self.new_edit, self.tr("New reason"), self.tr("Type a new reason and press Enter to add it"))
        self.new_edit.setPlaceholderText(self.tr("New reason, e.g. No toilets"))
        self.new_edit.returnPressed.connect(self.add_tag)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_tag)
        self.retire_button = QPushButton(self.tr("Retire"), self)
        self.retire_button.setAutoDefault(False)
        self.retire_button.setToolTip(self.tr("Stop offering this reason for new pins; pins that have it keep it"))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.translations_button = QPushButton(self.tr("Translations…"), self)
        self.translations_button.setAutoDefault(False)
        self.translations_button.setToolTip(self.tr("This reason in other languages"))
        self.translations_button.clicked.connect(self.edit_translations)
        self._own: dict[str, dict[str, dict[str, str]]] = {}  # tag uuid -> field -> language -> text
        self.message_label = QLabel(self)
        self.message_label.setObjectName("fieldHelp")
        self.message_label.setWordWrap(True)
        help_text = QLabel(self.tr("Double-click a reason (or F2) to rename it. Reasons are retired, never deleted, "
                                   "so pins keep their meaning."), self)
        help_text.setObjectName("fieldHelp")
        help_text.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.retire_button)
        add_row.addWidget(self.translations_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(help_text)
        layout.addWidget(self.tag_list, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        for widget in (self.new_edit, self.add_button):
            widget.setEnabled(editable)
        tab_order(self.tag_list, self.new_edit, self.add_button, self.retire_button, self.translations_button)
        self.follow_session()

    def tags(self) -> list[ReasonTag]:
        return self.session.store.list(ReasonTag)

    def refresh(self) -> None:
        current = self.current_uuid()
        self._own = tag_translations(self.session.store)
        with QSignalBlocker(self.tag_list):
            self.tag_list.clear()
            for tag in self.tags():
                item = QListWidgetItem(shown_tag_label(tag, self._own.get(tag.uuid)), self.tag_list)
                item.setData(UUID_ROLE, tag.uuid)
                if not self.session.is_read_only:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                if tag.retired:
                    item.setForeground(RETIRED_GREY)
                    item.setToolTip(self.tr("Retired: not offered for new pins"))
                if tag.uuid == current:
                    self.tag_list.setCurrentItem(item)
        self._update_buttons()

    def current_uuid(self) -> str | None:
        item = self.tag_list.currentItem()
        return item.data(UUID_ROLE) if item is not None else None

    def select(self, uuid: str) -> None:
        for row in range(self.tag_list.count()):
            if self.tag_list.item(row).data(UUID_ROLE) == uuid:
                self.tag_list.setCurrentRow(row)

    def _update_buttons(self) -> None:
        uuid = self.current_uuid()
        tag = self.session.store.get(ReasonTag, uuid) if uuid else None
        self.retire_button.setText(self.tr("Restore") if tag is not None and tag.retired else self.tr("Retire"))
        self.retire_button.setEnabled(tag is not None and not self.session.is_read_only)
        self.translations_button.setEnabled(tag is not None and not self.session.is_read_only)

    def _refuse(self, text: str) -> bool:
        self.message_label.setText(text)
        return False

    def _label_taken(self, label: str, except_uuid: str | None = None) -> bool:
        wanted = label.casefold()
        return any(tag.label.casefold() == wanted and tag.uuid != except_uuid for tag in self.tags())

    def add_tag(self) -> bool:
        label = self.new_edit.text().strip()
        if not label:
            return self._refuse(self.tr("Type the new reason first"))
        if self._label_taken(label):
            return self._refuse(arg(self.tr("“%1” is already a reason; nothing was added"), label))
        tag = ReasonTag(key=tag_key(label, {t.key for t in self.tags()}), label=label)
        if not self.session.perform(AddRecord(tag, arg(self.tr("Add reason tag “%1”"), label))):
            return False
        self.new_edit.clear()
        self.message_label.setText("")
        self.select(tag.uuid)
        return True

    def _renamed(self, item: QListWidgetItem) -> None:
        uuid = item.data(UUID_ROLE)
        tag = self.session.store.get(ReasonTag, uuid)
        label = item.text().strip()
        if tag is None or label == tag.label or label == shown_tag_label(tag, self._own.get(uuid)):
            return
        own = self._own.get(uuid, {}).get("label", {})
        if own.get(language()):
            # The list showed the tag's label in the reader's language: that label is what was renamed.
            self._save_translations(tag, {"label": {**own, language(): label}})
            return
        if not label or self._label_taken(label, uuid):
            self._refuse(arg(self.tr("“%1” is already a reason; the name was kept"), label) if label else
                         self.tr("A reason needs a name; the name was kept"))
            self.refresh()
            return
        self.message_label.setText("")
        edit = UpdateRecord(self.session.store, ReasonTag, uuid, {"label": label},
                            arg(self.tr("Rename reason tag “%1” to “%2”"), tag.label, label))
        if not self.session.perform(edit):
            self.refresh()

    def translations_dialog(self, tag: ReasonTag) -> TranslationsDialog:
        return TranslationsDialog(shown_tag_label(tag, self._own.get(tag.uuid)), {"label": tag.label},
                                  (("label", self.tr("Reason")),), self._own.get(tag.uuid, {}), self)

    def edit_translations(self) -> bool:
        """Translations… of the current tag: ONE undo step."""
        uuid = self.current_uuid()
        tag = self.session.store.get(ReasonTag, uuid) if uuid else None
        if tag is None or self.session.is_read_only:
            return False
        dialog = self.translations_dialog(tag)
        if dialog.exec() != TranslationsDialog.DialogCode.Accepted:
            return False
        return self._save_translations(tag, dialog.wanted())

    def _save_translations(self, tag: ReasonTag, wanted: dict[str, dict[str, str]]) -> bool:
        title = arg(self.tr("Translate reason tag “%1”"), tag.label)
        edits: list[Edit] = translations_edits(self.session.store, ReasonTag.TABLE, tag.uuid, wanted, title)
        if not edits:
            return False
        self.message_label.setText("")
        if not self.session.perform(edits[0] if len(edits) == 1 else EditGroup(edits, title)):
            self.refresh()
            return False
        return True

    def toggle_retired(self) -> bool:
        uuid = self.current_uuid()
        tag = self.session.store.get(ReasonTag, uuid) if uuid else None
        if tag is None or self.session.is_read_only:
            return False
        name = (arg(self.tr("Restore reason tag “%1”"), tag.label) if tag.retired
                else arg(self.tr("Retire reason tag “%1”"), tag.label))
        return self.session.perform(UpdateRecord(self.session.store, ReasonTag, tag.uuid, {"retired": not tag.retired},
                                                 name))
