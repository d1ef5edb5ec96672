"""The Voting dock: dot voting on a workshop's proposals, one dot per click, one undo step per dot.

Contract:
- ``set_session(session | None)``; ``set_context(context | None)`` follows the active
  workshop (the workshop combo overrides it until the context changes again).
- Voters: each participant of the workshop (by sign-in code) and each group voting
  as one. Every voter has the workshop's ``votes_per_participant`` dots.
- A click on a proposal places one dot: ``AddRecord(Vote(dots=1))`` through
  ``ProjectSession.perform``, after ``core.voting.check_budget``; a dot past the
  budget is refused with an inline message and nothing is written. A right click
  takes back one of *this voter's* dots on that proposal (``DeleteRecord``, or one
  less on a vote worth several dots). Ctrl+Z undoes the last dot.
- The ranking (``core.voting.tally`` over this workshop's votes and proposals)
  re-reads live on Change.VOTES / PROPOSALS / WORKSHOPS; ``ranking`` holds it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSplitter, QToolButton, QVBoxLayout, QWidget

from cosafe.core.changes import Change
from cosafe.core.i18n import arg
from cosafe.core.edits import AddRecord, DeleteRecord, UpdateRecord
from cosafe.core.records import Group, Participant, Proposal, Vote, Workshop
from cosafe.core.voting import ProposalTally, VoteBudgetError, check_budget, dots_used, tally, voter_key
from cosafe.ui.kit.connections import follow
from cosafe.ui.session import ProjectSession
from cosafe.ui.features.proposals.texts import proposal_name, touches_workshop
from cosafe.ui.features.workshops.api import WorkshopContext
from cosafe.ui.map.symbols import group_icon
from cosafe.ui.kit.refresh import RefreshWhenShown
from cosafe.ui.kit.fields import compact
from cosafe.ui.features.proposals.voting_lists import DotList, RankingList
from cosafe.ui.kit.accessibility import describe


def wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)  # the dock column may be narrow
    return label


class VotingPanel(RefreshWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingPanel")
        self._session: ProjectSession | None = None
        self._context: WorkshopContext | None = None
        self.workshop: Workshop | None = None
        self.votes: list[Vote] = []
        self.ranking: list[ProposalTally] = []
        self._participants: dict[str, Participant] = {}
        self._groups: dict[str, Group] = {}
        self._proposals: list[Proposal] = []

        self.workshop_combo = compact(QComboBox(self))
        describe(self.workshop_combo, self.tr("Voting workshop"), self.tr("The workshop whose proposals are voted on"))
        self.workshop_combo.activated.connect(lambda _i: self.refresh())
        self.voter_combo = compact(QComboBox(self))
        self.voter_combo.setObjectName("voterCombo")
        describe(self.voter_combo, self.tr("Voter"), self.tr("Who is placing dots now"))
        self.voter_combo.currentIndexChanged.connect(lambda _i: self._show_voter())
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Next Voter"))
        self.next_button.setToolTip(self.tr("Move on to the next voter in the list"))
        self.next_button.clicked.connect(self.next_voter)
        self.remaining = QLabel(self)
        self.remaining.setObjectName("dotsRemaining")
        self.remaining.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B3261E;")
        self.message.hide()
        self.proposals = DotList(self)
        describe(self.proposals, self.tr("Proposals to vote on"), self.tr("Click + to give the voter's dot to a proposal, − to take it back"))
        self.proposals.add_dot.connect(self.add_dot)
        self.proposals.remove_dot.connect(self.remove_dot)
        self.ranking_list = RankingList(self)
        describe(self.ranking_list, self.tr("Ranking"), self.tr("The proposals by dots received"))
        self.hint = QLabel(self)
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)

        voter_row = QWidget(self)
        voter_layout = QFormLayout(voter_row)
        voter_layout.setContentsMargins(0, 0, 0, 0)
        voter_layout.addRow(self.tr("Workshop"), self.workshop_combo)
        voter_layout.addRow(self.tr("Voter"), self.voter_combo)
        click_box = QWidget(self)
        click_layout = QVBoxLayout(click_box)
        click_layout.setContentsMargins(0, 0, 0, 0)
        click_layout.addWidget(wrapped(self.tr("<b>Place dots</b> — click a proposal; right-click takes a dot back"), click_box))
        click_layout.addWidget(self.proposals, 1)
        rank_box = QWidget(self)
        rank_layout = QVBoxLayout(rank_box)
        rank_layout.setContentsMargins(0, 0, 0, 0)
        rank_layout.addWidget(wrapped(self.tr("<b>Ranking</b> — all voters so far"), rank_box))
        rank_layout.addWidget(self.ranking_list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(click_box)
        splitter.addWidget(rank_box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(voter_row)
        layout.addWidget(self.remaining)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        self.set_session(None)

    # -- session and context ---------------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        self._session = follow(self._session, session, "changed", self._on_changed)
        self.refresh()

    def set_context(self, context: WorkshopContext | None) -> None:
        self._context = follow(self._context, context, "changed", self._follow_context)
        self._follow_context()

    def _follow_context(self) -> None:
        if self._context is not None and self._context.workshop_uuid:
            self.workshop_combo.setCurrentIndex(max(0, self.workshop_combo.findData(self._context.workshop_uuid)))
            self.refresh()

    def _on_changed(self, change: Change) -> None:
        if not change & (Change.VOTES | Change.PROPOSALS | Change.WORKSHOPS) or self._session is None:
            return
        touched = self._session.touched_only("proposals")
        if touched is not None and self.workshop is not None and not touches_workshop(
                self._session.store, touched, {p.uuid for p in self._proposals}, self.workshop.uuid):
            return  # proposals of another workshop: nothing here to redo
        self.refresh_soon()

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self._session.store if self._session is not None else None
        keep = self.workshop_combo.currentData()
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.clear()
        for workshop in store.list(Workshop, order_by="held_on, fid") if store else []:
            self.workshop_combo.addItem(workshop.title or self.tr("Untitled workshop"), workshop.uuid)
        self.workshop_combo.setCurrentIndex(max(0, self.workshop_combo.findData(keep)))
        self.workshop_combo.blockSignals(False)
        uuid = self.workshop_combo.currentData()
        self.workshop = store.get(Workshop, uuid) if store and uuid else None
        if store is None or self.workshop is None:
            self.votes, self.ranking, self._participants, self._proposals = [], [], {}, []
            self.hint.setText(self.tr("Add a workshop with proposals to vote on them.") if store else "")
            self.hint.setVisible(bool(self.hint.text()))
            self._fill_voters([], {})
            self.proposals.clear()
            self.ranking_list.clear()
            self._show_voter()
            return
        groups = {g.uuid: g for g in store.list(Group, "workshop_uuid = ?", (uuid,), order_by="name")}
        participants = store.list(Participant, "workshop_uuid = ?", (uuid,), order_by="code, fid")
        self._participants = {p.uuid: p for p in participants}
        self._fill_voters(participants, groups)
        self._groups = groups
        self._proposals = store.list(Proposal, "workshop_uuid = ?", (uuid,), order_by="title, fid", with_geometry=False)
        self.votes = store.list(Vote, "workshop_uuid = ?", (uuid,))
        by_uuid = {p.uuid: p for p in self._proposals}
        self.ranking = tally([v for v in self.votes if v.proposal_uuid in by_uuid], list(by_uuid))
        self.ranking_list.show_tally(self.ranking, by_uuid)
        self.hint.setText("" if self._proposals else self.tr("This workshop has no proposals to vote on yet."))
        self.hint.setVisible(bool(self.hint.text()))
        self._show_voter()

    def _fill_voters(self, participants: list[Participant], groups: dict[str, Group]) -> None:
        combo, keep = self.voter_combo, self.voter_combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for participant in participants:
            group = groups.get(participant.group_uuid or "")
            text = participant.code or self.tr("Participant")
            combo.addItem(arg(self.tr("%1 · %2", "a participant's code · their group"), text, group.name) if group else text,
                          f"participant:{participant.uuid}")
        if participants and groups:
            combo.insertSeparator(combo.count())
        for group in groups.values():
            combo.addItem(group_icon(group.colour), arg(self.tr("%1 (group votes as one)"), group.name), f"group:{group.uuid}")
        # findData(None) would find the separator (it holds no data): with no voter chosen yet, the first.
        combo.setCurrentIndex(max(0, combo.findData(keep) if keep is not None else 0))
        combo.blockSignals(False)

    @property
    def allowance(self) -> int:
        return self.workshop.votes_per_participant if self.workshop is not None else 0

    @property
    def voter(self) -> str | None:
        """The chosen voter as a ``core.voting.voter_key``."""
        return self.voter_combo.currentData()

    def select_voter(self, key: str) -> None:
        self.voter_combo.setCurrentIndex(self.voter_combo.findData(key))

    def next_voter(self) -> None:
        combo = self.voter_combo
        for index in range(combo.currentIndex() + 1, combo.count()):
            if combo.itemData(index):
                combo.setCurrentIndex(index)
                return

    def _show_voter(self) -> None:
        self.message.hide()
        voter = self.voter
        editable = self._session is not None and not self._session.is_read_only and voter is not None
        mine: dict[str, int] = {}
        for vote in self.votes:
            if voter_key(vote) == voter:
                mine[vote.proposal_uuid] = mine.get(vote.proposal_uuid, 0) + vote.dots
        if self.workshop is not None:
            self.proposals.show_proposals(self._proposals, self._groups, mine)
        if voter is None or self.workshop is None:
            self.remaining.setText(self.tr("No voters yet: sign participants in first.") if self.workshop else "")
        else:
            left = self.allowance - dots_used(self.votes, voter, self.workshop.uuid)
            self.remaining.setText(arg(self.tr("<b>%1</b>: %2 of %3 dots left"), html.escape(self.voter_combo.currentText()), left,
                                       self.allowance))
        self.proposals.setEnabled(editable)
        self.next_button.setEnabled(voter is not None and self.voter_combo.currentIndex() < self.voter_combo.count() - 1)

    # -- placing and taking back dots ------------------------------------------------------------

    def _new_vote(self, proposal_uuid: str) -> Vote | None:
        voter, workshop = self.voter, self.workshop
        if voter is None or workshop is None:
            return None
        kind, uuid = voter.split(":", 1)
        if kind == "participant":
            # Keep the participant's group too, so votes can later be read by group.
            group = self._participants[uuid].group_uuid if uuid in self._participants else None
            return Vote(workshop_uuid=workshop.uuid, proposal_uuid=proposal_uuid, participant_uuid=uuid, group_uuid=group)
        return Vote(workshop_uuid=workshop.uuid, proposal_uuid=proposal_uuid, group_uuid=uuid)

    def add_dot(self, proposal_uuid: str) -> bool:
        """Place one dot of the current voter on ``proposal_uuid``; False (and a message) if refused."""
        vote, session = self._new_vote(proposal_uuid), self._session
        proposal = next((p for p in self._proposals if p.uuid == proposal_uuid), None) if self.workshop else None
        if vote is None or session is None or proposal is None:
            return False
        try:
            check_budget(self.votes, vote, self.allowance)
        except VoteBudgetError as refusal:
            self._refuse(arg(self.tr("%1: %2. Right-click a proposal to take a dot back, or go on to the next voter.",
                                     "%1: the voter; %2: why the dot was refused"), self.voter_combo.currentText(),
                             refusal))
            return False
        label = arg(self.tr("Place a dot on “%1” (%2)", "an undo step; %2: the voter"), proposal_name(proposal),
                    self.voter_combo.currentText())
        return session.perform(AddRecord(vote, label))

    def remove_dot(self, proposal_uuid: str) -> bool:
        """Take back one of the current voter's dots on ``proposal_uuid``; False if they have none there."""
        session, voter = self._session, self.voter
        own = [v for v in self.votes if v.proposal_uuid == proposal_uuid and voter_key(v) == voter]
        proposal = next((p for p in self._proposals if p.uuid == proposal_uuid), None) if self.workshop else None
        if session is None or proposal is None or not own:
            if proposal is not None:
                self._refuse(arg(self.tr("%1 has no dot on “%2” to take back."), self.voter_combo.currentText(),
                                 proposal_name(proposal)))
            return False
        last = max(own, key=lambda v: v.created_at)
        label = arg(self.tr("Take a dot off “%1” (%2)", "an undo step; %2: the voter"), proposal_name(proposal),
                    self.voter_combo.currentText())
        if last.dots > 1:
            return session.perform(UpdateRecord(session.store, Vote, last.uuid, {"dots": last.dots - 1}, label))
        return session.perform(DeleteRecord(session.store, Vote, last.uuid, label))

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
