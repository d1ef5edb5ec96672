"""The two lists of the Voting dock: proposals to click, and the live ranking.

Contract: ``DotList`` shows a workshop's proposals in a stable order (they do not
jump while people vote) with the current voter's dots; a left click emits
``add_dot(uuid)``, a right click ``remove_dot(uuid)``; the keyboard does the same
with Enter/+ and Delete/−. ``RankingList`` shows ``ProposalTally`` rows highest
first: rank, dots (as dots and a number), title. Neither writes anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem, QWidget

from cosafe.core.i18n import arg
from cosafe.core.records import Group, Proposal
from cosafe.core.voting import ProposalTally
from cosafe.ui.features.proposals.texts import proposal_name
from cosafe.ui.map.symbols import group_icon

UUID_ROLE = Qt.ItemDataRole.UserRole
DOT = "●"


def dots_text(count: int, limit: int = 10) -> str:
    """Dots as people placed them on the wall chart; beyond ``limit`` only the number says it."""
    return DOT * min(count, limit) + ("…" if count > limit else "")


class DotList(QListWidget):
    add_dot = Signal(str)
    remove_dot = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingProposals")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setToolTip(self.tr("Click a proposal to place one dot; right-click to take one back"))
        self.setMinimumHeight(60)  # the splitter gives it the room; small screens still fit

    def show_proposals(self, proposals: list[Proposal], groups: dict[str, Group], mine: dict[str, int]) -> None:
        current = self.currentItem().data(UUID_ROLE) if self.currentItem() else None
        self.clear()
        for proposal in proposals:
            own = mine.get(proposal.uuid, 0)
            text = proposal_name(proposal) + (f"   {dots_text(own)}" if own else "")
            item = QListWidgetItem(text)
            item.setData(UUID_ROLE, proposal.uuid)
            group = groups.get(proposal.group_uuid or "")
            if group is not None:
                item.setIcon(group_icon(group.colour))
                item.setToolTip(arg(self.tr("%1 — %2", "a proposal — its group"), proposal_name(proposal), group.name))
            self.addItem(item)
            if proposal.uuid == current:
                self.setCurrentItem(item)

    def row_of(self, uuid: str) -> int | None:
        return next((i for i in range(self.count()) if self.item(i).data(UUID_ROLE) == uuid), None)

    def _emit_for(self, item: QListWidgetItem | None, add: bool) -> None:
        if item is not None:
            (self.add_dot if add else self.remove_dot).emit(item.data(UUID_ROLE))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self._emit_for(self.itemAt(event.position().toPoint()), event.button() == Qt.MouseButton.LeftButton)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # The second press of a double-click is a click too: one click, one dot.
        self.mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Plus, Qt.Key.Key_Space):
            self._emit_for(self.currentItem(), True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Minus):
            self._emit_for(self.currentItem(), False)
        else:
            super().keyPressEvent(event)


class RankingList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingRanking")
        self.setColumnCount(4)
        rank, dots = self.tr("Rank"), self.tr("Dots")
        self.setHeaderLabels([rank, dots, "", self.tr("Proposal")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(60)
        header = self.header()
        header.setStretchLastSection(True)
        # Widths from the widest text each column can hold: measuring every row
        # (ResizeToContents) cost more than the vote it followed once proposals ran to thousands.
        metrics = self.fontMetrics()
        for column, widest in ((0, f"{rank} 00"), (1, f"{dots} 000"), (2, dots_text(11))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(widest) + 16)

    def show_tally(self, results: list[ProposalTally], proposals: dict[str, Proposal]) -> None:
        self.clear()
        for result in results:
            proposal = proposals[result.proposal_uuid]
            item = QTreeWidgetItem([str(result.rank) if result.dots else "—", str(result.dots),
                                    dots_text(result.dots), proposal_name(proposal)])
            item.setData(0, UUID_ROLE, result.proposal_uuid)
            item.setToolTip(3, arg(self.tr("%1: %2 dots from %Ln voters", "", result.voters), proposal_name(proposal),
                                     result.dots))
            for column in (0, 1):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(2, Qt.GlobalColor.darkRed)
            self.addTopLevelItem(item)
