"""The Compare Groups dock: each group of a workshop in its own column, side by side.

Contract: ``set_session(session | None)``; ``set_context(context | None)`` makes the
workshop filter follow the active workshop until someone picks another. For the
chosen workshop, one column per group (in name order): its colour and name, how
many proposals, a bar per CPTED principle (all ten, in the same order in every
column, so rows line up across groups) and the titles of its proposals.
Proposals without a group get a column "No group" when there are any.
``counts[group_uuid][principle_key]`` holds the figures shown (tests read it).
Re-reads on Change.PROPOSALS / WORKSHOPS. Never writes.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QListWidget, QScrollArea, QVBoxLayout, QWidget,
)

from cosafe.core.changes import Change
from cosafe.core.records import Group, Proposal, Workshop
from cosafe.core.i18n import arg
from cosafe.core.vocabulary import CPTED_PRINCIPLES, choices
from cosafe.ui.kit.connections import follow
from cosafe.ui.session import ProjectSession
from cosafe.ui.features.proposals.texts import proposal_name, touches_workshop
from cosafe.ui.features.workshops.api import WorkshopContext
from cosafe.ui.map.symbols import group_icon
from cosafe.ui.kit.refresh import RefreshWhenShown
from cosafe.ui.kit.fields import compact
from cosafe.ui.kit.accessibility import describe, tab_order

NO_GROUP = ""
COLUMN_WIDTH = 260
ROW_HEIGHT = 18


class PrincipleBars(QWidget):
    """One bar per CPTED principle with its count; bars share one scale across columns."""

    def __init__(self, counts: Counter[str], scale_max: int, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts, self.scale_max, self.colour = counts, max(1, scale_max), QColor(colour)
        self.setMinimumHeight(ROW_HEIGHT * len(CPTED_PRINCIPLES))
        self.setToolTip("\n".join(arg(self.tr("%1: %2", "a CPTED principle: how many proposals serve it"), label,
                                       counts.get(key, 0)) for key, label in choices(CPTED_PRINCIPLES)))

    def sizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH, ROW_HEIGHT * len(CPTED_PRINCIPLES))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_width = int(self.width() * 0.62)
        bar_space = self.width() - label_width - 26
        muted = self.palette().color(self.palette().ColorRole.PlaceholderText)
        for row, (key, label) in enumerate(choices(CPTED_PRINCIPLES)):
            top = row * ROW_HEIGHT
            count = self.counts.get(key, 0)
            painter.setPen(self.palette().color(self.palette().ColorRole.Text) if count else muted)
            text_rect = QRectF(0, top, label_width - 4, ROW_HEIGHT)
            elided = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
            if count:
                width = max(3.0, bar_space * count / self.scale_max)
                painter.fillRect(QRectF(label_width, top + 4, width, ROW_HEIGHT - 8), self.colour)
            painter.drawText(QRectF(label_width + bar_space + 2, top, 24, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, str(count))
        painter.end()


class GroupComparisonView(RefreshWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupComparisonView")
        self._session: ProjectSession | None = None
        self._context: WorkshopContext | None = None
        self._picked_by_hand = False
        self.counts: dict[str, Counter[str]] = {}
        self.columns: dict[str, QWidget] = {}

        self.workshop_combo = compact(QComboBox(self), 10)
        describe(self.workshop_combo, self.tr("Workshop to compare"), self.tr("The workshop whose groups are compared"))
        self.workshop_combo.activated.connect(self._picked)
        self.hint = QLabel(self)
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        self.strip = QWidget(self)
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(10)
        scroll = self.scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.strip)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Workshop"), self))
        top.addWidget(self.workshop_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        self.set_session(None)

    def set_session(self, session: ProjectSession | None) -> None:
        self._session = follow(self._session, session, "changed", self._on_changed)
        self._picked_by_hand = False
        self.refresh()

    def set_context(self, context: WorkshopContext | None) -> None:
        self._context = follow(self._context, context, "changed", self._follow_context)
        self._follow_context()

    def _follow_context(self) -> None:
        if self._context is not None and self._context.workshop_uuid and not self._picked_by_hand:
            self.workshop_combo.setCurrentIndex(max(0, self.workshop_combo.findData(self._context.workshop_uuid)))
            self._rebuild()

    def _picked(self, _index: int) -> None:
        self._picked_by_hand = True
        self._rebuild()

    def _on_changed(self, change: Change) -> None:
        if not change & (Change.PROPOSALS | Change.WORKSHOPS) or self._session is None:
            return
        touched, workshop = self._session.touched_only("proposals"), self.workshop_combo.currentData()
        if touched is not None and workshop and not touches_workshop(self._session.store, touched, self._shown, workshop):
            return  # another workshop's proposals: these columns stay as they are
        self.refresh_soon()

    def refresh(self) -> None:
        store = self._session.store if self._session is not None else None
        keep = self.workshop_combo.currentData()
        if keep is None and self._context is not None:
            keep = self._context.workshop_uuid
        self.workshop_combo.clear()
        for workshop in store.list(Workshop, order_by="held_on, fid") if store else []:
            self.workshop_combo.addItem(workshop.title or self.tr("Untitled workshop"), workshop.uuid)
        self.workshop_combo.setCurrentIndex(max(0, self.workshop_combo.findData(keep)))
        self._rebuild()

    def _rebuild(self) -> None:
        while self.strip_layout.count():
            item = self.strip_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone at once; deleted when control returns to the loop
                item.widget().deleteLater()
        self.counts, self.columns, self._shown = {}, {}, set()
        store = self._session.store if self._session is not None else None
        workshop = self.workshop_combo.currentData()
        if store is None or workshop is None:
            self.hint.setText(self.tr("Add a workshop and its groups to compare what each group proposed.")
                              if store is not None else "")
            self.hint.show()
            return
        groups = store.list(Group, "workshop_uuid = ?", (workshop,), order_by="name")
        proposals = store.list(Proposal, "workshop_uuid = ?", (workshop,), order_by="title", with_geometry=False)
        self._shown = {proposal.uuid for proposal in proposals}
        by_group: dict[str, list[Proposal]] = {group.uuid: [] for group in groups}
        for proposal in proposals:
            by_group.setdefault(proposal.group_uuid if proposal.group_uuid in by_group else NO_GROUP, []).append(proposal)
        self.counts = {uuid: Counter(p.cpted_principle for p in members if p.cpted_principle)
                       for uuid, members in by_group.items()}
        scale_max = max((n for counts in self.counts.values() for n in counts.values()), default=1)
        names = {group.uuid: (group.name or self.tr("Unnamed group"), group.colour) for group in groups}
        names[NO_GROUP] = (self.tr("No group"), "#9E9E9E")
        for uuid, members in by_group.items():
            name, colour = names[uuid]
            column = self._column(name, colour, members, self.counts[uuid], scale_max)
            self.columns[uuid] = column
            self.strip_layout.addWidget(column)
        self.strip_layout.addStretch(1)
        # Lists made now join the end of the window's Tab chain: put them after the chooser, left to right.
        tab_order(self.workshop_combo, self.scroll,
                  *(listing for column in self.columns.values() for listing in column.findChildren(QListWidget)))
        self.hint.setText(self.tr("This workshop has no groups yet.") if not by_group else "")
        self.hint.setVisible(not by_group)

    def _column(self, name: str, colour: str, members: list[Proposal], counts: Counter[str],
                scale_max: int) -> QWidget:
        column = QFrame(self.strip)
        column.setObjectName("groupColumn")
        column.setFrameShape(QFrame.Shape.StyledPanel)
        column.setFixedWidth(COLUMN_WIDTH)
        heading = QLabel(name, column)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a name as typed: "<b>" in it is text, not markup
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        badge = QLabel(column)
        badge.setPixmap(group_icon(colour, 14).pixmap(14, 14))
        title_row = QHBoxLayout()
        title_row.addWidget(badge)
        title_row.addWidget(heading, 1)
        unlabelled = len(members) - sum(counts.values())
        summary = arg(self.tr("%Ln proposals · %1 without a principle", "", len(members)), unlabelled) if unlabelled \
            else self.tr("%Ln proposals", "", len(members))
        listing = QListWidget(column)
        describe(listing, arg(self.tr("Proposals of %1", "%1: a group"), name), arg(self.tr("The proposals %1 made"), name))
        listing.addItems([proposal_name(p) for p in members] or [self.tr("(none yet)")])
        listing.setMinimumHeight(80)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(title_row)
        layout.addWidget(QLabel(summary, column))
        layout.addWidget(PrincipleBars(counts, scale_max, colour, column))
        layout.addWidget(listing, 1)
        return column
