"""The Room panel: the open room's QR code and address, pause / resume / close, who is
connected, and the stories waiting for the facilitator.

Contract:
- ``RoomPanel`` shows a closed room as a line and an Open the Room… button
  (``open_requested``). An open room (``show_room(room)``) shows its QR code and its
  short address with the room code in large type, whether it is open or paused,
  Pause/Resume (``pause_toggled(bool)``), Show on the Projector (``poster_requested``) and
  Close the Room (``close_requested``).
- Connected: everyone holding a token, by anonymous sign-in code only, with how many
  pins, ideas and dots each added; "Remove This Device's Contributions" asks
  ``remove_requested(participant_uuid, code)``.
- Stories awaiting approval: the pins of the room's workshop whose story is pending
  (``core.stories``), oldest first, with the code that sent it; Approve and Reject ask
  ``review_requested(pin_uuid, review, code)``. These words are shown here only, to the
  facilitator, until approved.
- The QR code is as large as the panel's width and the height below the controls allow
  (``QR_MIN_SIDE`` at least: phones still scan it); ``qr_whole()`` says whether it is
  wholly in view.
- ``refresh(store)`` reads it all again; the feature calls it when the project changes
  and when someone joins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPixmap, QResizeEvent
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QScrollArea, QSizePolicy, QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from cosafe.core.i18n import arg
from cosafe.core.records import Participant, PerceptionPin
from cosafe.core.stories import APPROVED, PENDING, REJECTED
from cosafe.core.workshops import participant_contributions
from cosafe.store.project_store import ProjectStore
from cosafe.ui.kit.accessibility import describe

if TYPE_CHECKING:
    from cosafe.ui.features.room.running import OpenRoom

QR_SIDE = 320  # at most, in pixels; the panel fits it to its width, the poster fills the projector
QR_MIN_SIDE = 150
UUID_ROLE = Qt.ItemDataRole.UserRole


class RoomPanel(QWidget):
    open_requested = Signal()
    close_requested = Signal()
    pause_toggled = Signal(bool)
    poster_requested = Signal()
    remove_requested = Signal(str, str)  # participant uuid, code
    review_requested = Signal(str, str, str)  # pin uuid, review, code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomPanel")
        self.room: OpenRoom | None = None
        self.pages = QStackedWidget()
        # -- closed ---------------------------------------------------------------------------
        closed = QWidget()
        self.closed_label = QLabel(self.tr("The room is closed. Open it to let participants add pins, ideas and "
                                           "dots from their own phones, on this computer's network, without "
                                           "internet."))
        self.closed_label.setWordWrap(True)
        self.open_button = describe(QPushButton(self.tr("Open the Room…")), self.tr("Open the Room…"),
                                    self.tr("Let participants add pins, ideas and dots from their own phones"))
        self.open_button.clicked.connect(self.open_requested)
        closed_layout = QVBoxLayout(closed)
        closed_layout.addWidget(self.closed_label)
        closed_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        closed_layout.addStretch(1)
        # -- open -----------------------------------------------------------------------------
        opened = QWidget()
        self.qr_label = describe(QLabel(), self.tr("QR code of the room's address"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The code is drawn to the panel's width: its image must never widen the panel.
        self.qr_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.address_label = QLabel()
        self.code_label = QLabel()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        for label in (self.address_label, self.code_label):
            label.setFont(big)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._on_pause)
        self.poster_button = describe(QPushButton(self.tr("Show on the Projector")),
                                      self.tr("Show on the Projector"),
                                      self.tr("The QR code, the address and the room code, full screen on the "
                                              "projector"))
        self.poster_button.clicked.connect(self.poster_requested)
        self.close_button = QPushButton(self.tr("Close the Room"))
        self.close_button.clicked.connect(self.close_requested)
        buttons = QGridLayout()
        buttons.addWidget(self.pause_button, 0, 0)
        buttons.addWidget(self.close_button, 0, 1)
        buttons.addWidget(self.poster_button, 1, 0, 1, 2)
        self.people = describe(QTreeWidget(), self.tr("Connected phones"))
        self.people.setHeaderLabels([self.tr("Participant"), self.tr("Pins"), self.tr("Ideas"), self.tr("Dots")])
        self.stories = describe(QTreeWidget(), self.tr("Stories awaiting approval"))
        self.stories.setHeaderLabels([self.tr("Participant"), self.tr("Story")])
        for tree in (self.people, self.stories):
            tree.setRootIsDecorated(False)
            tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            tree.setMinimumHeight(120)
        for column in range(4):  # a code and three counts: each as wide as it needs, none cut
            self.people.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.people.header().setStretchLastSection(False)
        self.stories.setWordWrap(True)
        self.stories.header().setStretchLastSection(True)
        self.remove_button = describe(
            QPushButton(self.tr("Remove This Device's Contributions")), self.tr("Remove This Device's Contributions"),
            self.tr("Delete the selected phone's pins, ideas and dots as one step (Undo brings them back)"))
        self.remove_button.clicked.connect(self._remove)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.clicked.connect(lambda: self._review(APPROVED))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.clicked.connect(lambda: self._review(REJECTED))
        self.people_title = QLabel()
        self.stories_title = QLabel()
        story_note = QLabel(self.tr("A story sent from a phone is shown on the projector, the panels and the plan "
                                    "only once you approve it."))
        story_note.setWordWrap(True)
        review = QHBoxLayout()
        review.addWidget(self.approve_button)
        review.addWidget(self.reject_button)
        review.addStretch(1)
        open_layout = QVBoxLayout(opened)
        # What the room reads first, then the controls, then the code to scan, then what the
        # open room lets phones do (Pause / Resume says it too): a short dock still shows the first three.
        open_layout.addWidget(self.address_label)
        open_layout.addWidget(self.code_label)
        open_layout.addLayout(buttons)
        open_layout.addWidget(self.qr_label)
        open_layout.addWidget(self.state_label)
        open_layout.addWidget(self.people_title)
        open_layout.addWidget(self.people, 1)
        open_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        open_layout.addWidget(self.stories_title)
        open_layout.addWidget(story_note)
        open_layout.addWidget(self.stories, 1)
        open_layout.addLayout(review)
        for page in (closed, opened):  # each scrolls on its own: a short dock cuts no line
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroller.setWidget(page)
            self.pages.addWidget(scroller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.people.itemSelectionChanged.connect(self._enable)
        self.stories.itemSelectionChanged.connect(self._enable)
        self.show_room(None)

    # -- the room ------------------------------------------------------------------------------

    def show_room(self, room: OpenRoom | None) -> None:
        self.room = room
        self.pages.setCurrentIndex(0 if room is None else 1)
        if room is None:
            self.people.clear()
            self.stories.clear()
            return
        host, port = room.address
        self._fit_qr()
        self.address_label.setText(f"http://{host}:{port}")
        self.code_label.setText(arg(self.tr("Room code: %1"), room.code))
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(room.paused)
        self.pause_button.blockSignals(False)
        self._show_state()

    def _fit_qr(self) -> None:
        """The QR code as large as the panel's width and the height below the controls allow
        (up to ``QR_SIDE``, at least ``QR_MIN_SIDE``), whole pixels per module."""
        if self.room is not None:
            page = self.qr_label.parentWidget()
            page.layout().activate()  # the controls above the code have their places
            below_controls = self.pages.height() - self.qr_label.y() - 8
            side = max(QR_MIN_SIDE, min(QR_SIDE, self.width() - 40, below_controls))
            from cosafe.ui.features.room.qr import qr_image  # segno, once a room is open

            image = qr_image(self.room.url, side)
            self.qr_label.setFixedHeight(image.height() + 8)
            self.qr_label.setPixmap(QPixmap.fromImage(image))

    def qr_whole(self) -> bool:
        """Whether the open room's QR code is shown whole (not cut by a short dock's scrolling)."""
        label = self.qr_label
        return self.room is not None and label.isVisible() and label.visibleRegion().boundingRect() == label.rect()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_qr()

    def _show_state(self) -> None:
        paused = self.room is not None and self.room.paused
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.state_label.setText(self.tr("Paused: phones can look, but nothing they send is added.") if paused
                                 else self.tr("Open: phones on this network can join and add pins, ideas and dots."))

    def _on_pause(self, paused: bool) -> None:
        self.pause_toggled.emit(paused)
        self._show_state()

    # -- who is connected, the stories ----------------------------------------------------------------

    def refresh(self, store: ProjectStore | None) -> None:
        if self.room is None or store is None:
            return
        chosen_person = self._selected(self.people)
        chosen_story = self._selected(self.stories)
        self.people.clear()
        holders = self.room.holders()
        for holder in holders:
            counts = participant_contributions(store, holder.participant_uuid)
            item = QTreeWidgetItem([holder.code, str(counts["pins"]), str(counts["ideas"]), str(counts["dots"])])
            item.setData(0, UUID_ROLE, holder.participant_uuid)
            for column in (1, 2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.people.addTopLevelItem(item)
        self.people_title.setText(self.tr("%Ln phones connected", "", len(holders)))
        self.stories.clear()
        pins = store.list(PerceptionPin, "workshop_uuid = ? AND story_review = ?", (self.room.workshop_uuid, PENDING),
                          order_by="created_at, fid", with_geometry=False)
        codes = {person.uuid: person.code for person in store.list(Participant, "workshop_uuid = ?",
                                                                   (self.room.workshop_uuid,))}
        for pin in pins:
            item = QTreeWidgetItem([codes.get(pin.participant_uuid or "", ""), pin.story])
            item.setData(0, UUID_ROLE, pin.uuid)
            item.setToolTip(1, pin.story)
            self.stories.addTopLevelItem(item)
        self.stories_title.setText(self.tr("%Ln stories awaiting approval", "", len(pins)))
        self._select(self.people, chosen_person)
        self._select(self.stories, chosen_story)
        self._enable()

    @staticmethod
    def _selected(tree: QTreeWidget) -> str | None:
        items = tree.selectedItems()
        return items[0].data(0, UUID_ROLE) if items else None

    @staticmethod
    def _select(tree: QTreeWidget, uuid: str | None) -> None:
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            if uuid is not None and item.data(0, UUID_ROLE) == uuid:
                item.setSelected(True)

    def _enable(self) -> None:
        self.remove_button.setEnabled(bool(self.people.selectedItems()))
        chosen = bool(self.stories.selectedItems())
        self.approve_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def _remove(self) -> None:
        items = self.people.selectedItems()
        if items:
            self.remove_requested.emit(items[0].data(0, UUID_ROLE), items[0].text(0))

    def _review(self, review: str) -> None:
        items = self.stories.selectedItems()
        if items:
            self.review_requested.emit(items[0].data(0, UUID_ROLE), review, items[0].text(0))
