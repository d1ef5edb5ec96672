"""The Photos part of the Proposal Details dock.

Contract: ``PhotoSection`` shows a proposal's photos as thumbnails (``kit.photos``),
with Add Photo… (files from the ``ask_paths`` callable, read by
``io.photos.photo_attachment``; several files are one undo step) and Remove, each
through ``ProjectSession.perform``; unreadable files are reported inline and skipped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget,
)

from cosafe.core.i18n import arg
from cosafe.core.edits import AddRecord, DeleteRecord, Edit, EditGroup
from cosafe.core.records import Attachment, Proposal
from cosafe.ui.kit.icons import icon
from cosafe.ui.session import ProjectSession
from cosafe.ui.features.proposals.texts import proposal_name
from cosafe.io.photos import PhotoError, photo_attachment
from cosafe.ui.kit.photos import PhotoStrip



class PhotoSection(QWidget):
    """Thumbnails of one proposal's photos with Add Photo… and Remove (undoable)."""

    def __init__(self, ask_paths: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ask_paths = ask_paths
        self._session: ProjectSession | None = None
        self._proposal: Proposal | None = None
        self._editable = False
        self.strip = PhotoStrip(self)
        self.strip.remove_requested.connect(self.remove_photo)
        self.strip.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = self._button(self.tr("Add Photo…"), "add-photo", self.add_photos)
        self.remove_button = self._button(self.tr("Remove"), "remove", lambda: self.remove_photo(self.strip.selected_uuid()))
        self.remove_button.setToolTip(self.tr("Remove the selected photo (Undo brings it back)"))
        self.message = QLabel(self)
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B3261E;")
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Photos"), self))
        layout.addWidget(self.strip)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _button(self, text: str, icon_name: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def show_for(self, session: ProjectSession | None, proposal: Proposal | None, editable: bool) -> None:
        """Show ``proposal``'s photos (none for None); ``editable`` enables adding and removing."""
        if proposal is None or self._proposal is None or proposal.uuid != self._proposal.uuid:
            self.message.hide()
        self._session, self._proposal, self._editable = session, proposal, editable
        photos = (session.store.list(Attachment, "owner_table = 'proposals' AND owner_uuid = ?", (proposal.uuid,))
                  if session is not None and proposal is not None else [])
        self.strip.show_photos(photos)
        self.add_button.setEnabled(editable and proposal is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._editable and self.strip.selected_uuid() is not None)

    def add_photos(self) -> None:
        proposal, session = self._proposal, self._session
        if proposal is None or session is None or not self._editable:
            return
        self.message.hide()
        edits: list[AddRecord] = []
        problems: list[str] = []
        for path in self._ask_paths():
            try:
                edits.append(AddRecord(photo_attachment(path, Proposal.TABLE, proposal.uuid)))
            except PhotoError as failure:
                problems.append(str(failure))
        if problems:
            self.message.setText("\n".join(problems))
            self.message.show()
        name = proposal_name(proposal)
        if len(edits) == 1:
            session.perform(AddRecord(edits[0].record, arg(self.tr("Add photo to “%1”"), name)))
        elif edits:
            session.perform(EditGroup(list[Edit](edits), arg(self.tr("Add %Ln photos to “%1”", "", len(edits)), name)))

    def remove_photo(self, uuid: str | None) -> None:
        proposal, session = self._proposal, self._session
        if uuid and proposal is not None and session is not None and self._editable:
            session.perform(DeleteRecord(session.store, Attachment, uuid,
                                         arg(self.tr("Remove photo from “%1”"), proposal_name(proposal))))
