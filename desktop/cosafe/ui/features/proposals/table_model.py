"""The rows of the Proposals table: one per proposal, with its group, votes and rank.

Contract: ``ProposalTableModel.load(store)`` re-reads proposals, groups, workshops
and votes; each row shows title, group (colour swatch), principle, intervention,
for whom, day/night, cost, votes, rank and the proposal's number ("No.": the number
its badge shows on the map and the plan's tables give it,
``store.queries.map.proposal_numbers``). Votes and ranks come from
``core.voting.tally`` within each workshop, since dots are budgeted per workshop.
The kit's ``RowTableModel`` gives ``SORT_ROLE`` (numbers for the numeric columns;
blank costs and unranked rows sort last) and ``UUID_ROLE``; ``GROUP_ROLE`` /
``WORKSHOP_ROLE`` / ``PRINCIPLE_ROLE`` are the keys filters compare with. The model never writes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import Group, Proposal, Vote
from cosafe.core.voting import tally
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import proposal_numbers
from cosafe.ui.features.proposals.texts import beneficiaries_text, cost_text, day_night_text, intervention_text, principle_text, proposal_name
from cosafe.ui.map.symbols import group_icon
from cosafe.ui.kit.table_model import FIRST_FREE_ROLE, LAST, RowTableModel

# Headings (translated where shown, ``headerData``); the English ones are the columns' names in code.
COLUMNS = (QT_TRANSLATE_NOOP("ProposalTableModel", "Title"), QT_TRANSLATE_NOOP("ProposalTableModel", "Group"),
           QT_TRANSLATE_NOOP("ProposalTableModel", "Principle"), QT_TRANSLATE_NOOP("ProposalTableModel", "Intervention"),
           QT_TRANSLATE_NOOP("ProposalTableModel", "For whom"), QT_TRANSLATE_NOOP("ProposalTableModel", "When"),
           QT_TRANSLATE_NOOP("ProposalTableModel", "Cost"), QT_TRANSLATE_NOOP("ProposalTableModel", "Votes"),
           QT_TRANSLATE_NOOP("ProposalTableModel", "Rank"), QT_TRANSLATE_NOOP("ProposalTableModel", "No."))
TITLE, GROUP, PRINCIPLE, INTERVENTION, WHOM, WHEN, COST, VOTES, RANK, NUMBER = range(len(COLUMNS))
NUMERIC = (COST, VOTES, RANK, NUMBER)
GROUP_ROLE = FIRST_FREE_ROLE
WORKSHOP_ROLE = FIRST_FREE_ROLE + 1
PRINCIPLE_ROLE = FIRST_FREE_ROLE + 2


def groups_by_uuid(store: ProjectStore) -> dict[str, Group]:
    return {group.uuid: group for group in store.list(Group)}


@dataclass
class Row:
    proposal: Proposal
    group_name: str
    group_icon: QIcon | None
    dots: int
    rank: int | None  # None: no dots on it yet
    number: int = 0  # as on the map and in the plan

    @property
    def uuid(self) -> str:
        return self.proposal.uuid

    def text(self, column: int) -> str:
        p = self.proposal
        values = (proposal_name(p), self.group_name or "—", principle_text(p.cpted_principle),
                  intervention_text(p.intervention_type), beneficiaries_text(p.beneficiaries),
                  day_night_text(p.day_night), cost_text(p.cost_estimate), str(self.dots),
                  "—" if self.rank is None else str(self.rank), str(self.number))
        return values[column]

    def sort_key(self, column: int) -> Any:
        if column == COST:
            return LAST if self.proposal.cost_estimate is None else self.proposal.cost_estimate
        if column == VOTES:
            return self.dots
        if column == RANK:
            return LAST if self.rank is None else self.rank
        if column == NUMBER:
            return self.number
        return self.text(column).casefold()


class ProposalTableModel(RowTableModel):
    columns = COLUMNS
    numeric = NUMERIC

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            title, unit = translate("ProposalTableModel", self.columns[section]), self._units.get(section)
            return arg(self.tr("%1 (%2)", "a column heading and its unit, e.g. Cost (KES)"), title, unit) if unit \
                else title
        return super().headerData(section, orientation, role)

    def load(self, store: ProjectStore | None) -> None:
        self.set_rows(build_rows(store) if store is not None else [])

    def update_proposals(self, store: ProjectStore, uuids: frozenset[str]) -> bool:
        """Re-read just these proposals: add, change or drop their rows; False if that cannot be done.

        Rows keep their dots and ranks, so this refuses (False: call ``load``) when a
        change could move other rows' ranks: a proposal with dots that left its workshop
        or was deleted. Added proposals have no dots yet.
        """
        updates = [(uuid, store.get(Proposal, uuid), self.row_of(uuid)) for uuid in uuids]
        for uuid, proposal, index in updates:
            if index is not None and self.rows[index].dots and (
                    proposal is None or proposal.workshop_uuid != self.rows[index].proposal.workshop_uuid):
                return False
        groups = groups_by_uuid(store)
        for uuid, proposal, _ in updates:
            index = self.row_of(uuid)  # rows dropped just before may have moved it
            if proposal is None:
                if index is not None:
                    self.beginRemoveRows(QModelIndex(), index, index)
                    del self.rows[index]
                    self.endRemoveRows()
                continue
            group = groups.get(proposal.group_uuid or "")
            name, icon = (group.name, group_icon(group.colour)) if group else ("", None)
            if index is None:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
                self.rows.append(Row(proposal, name, icon, 0, None))
                self.endInsertRows()
            else:
                old = self.rows[index]
                self.rows[index] = Row(proposal, name, icon, old.dots, old.rank, old.number)
                self.dataChanged.emit(self.index(index, 0), self.index(index, len(COLUMNS) - 1))
        # Numbers follow the order proposals were made in: an added or deleted one can move others'.
        numbers = proposal_numbers(store)
        for index, row in enumerate(self.rows):
            number = numbers.get(row.uuid, 0)
            if number != row.number:
                row.number = number
                self.dataChanged.emit(self.index(index, NUMBER), self.index(index, NUMBER))
        return True

    def row_data(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE and row.proposal.description:
                return f"{row.text(TITLE)}\n\n{row.proposal.description}"
            return row.text(column)
        if role == Qt.ItemDataRole.DecorationRole and column == GROUP:
            return row.group_icon
        if role == GROUP_ROLE:
            return row.proposal.group_uuid or ""
        if role == WORKSHOP_ROLE:
            return row.proposal.workshop_uuid or ""
        if role == PRINCIPLE_ROLE:
            return row.proposal.cpted_principle or ""
        return None


def build_rows(store: ProjectStore) -> list[Row]:
    proposals = store.list(Proposal, with_geometry=False)
    groups = groups_by_uuid(store)
    by_workshop: dict[str | None, list[Proposal]] = defaultdict(list)
    for proposal in proposals:
        by_workshop[proposal.workshop_uuid].append(proposal)
    votes_by_workshop: dict[str | None, list[Vote]] = defaultdict(list)
    for vote in store.list(Vote):
        votes_by_workshop[vote.workshop_uuid].append(vote)
    results: dict[str, tuple[int, int | None]] = {}
    for workshop_uuid, members in by_workshop.items():
        votes = [v for v in votes_by_workshop[workshop_uuid] if v.proposal_uuid in {p.uuid for p in members}]
        for result in tally(votes, [p.uuid for p in members]):
            # No dots, no rank: a shared last place among the unvoted says nothing.
            results[result.proposal_uuid] = (result.dots, result.rank if result.dots else None)
    icons = {uuid: group_icon(group.colour) for uuid, group in groups.items()}
    numbers = proposal_numbers(store)
    rows = []
    for proposal in proposals:
        group = groups.get(proposal.group_uuid or "")
        dots, rank = results.get(proposal.uuid, (0, None))
        rows.append(Row(proposal, group.name if group else "", icons.get(proposal.group_uuid or ""), dots, rank,
                        numbers.get(proposal.uuid, 0)))
    return rows
