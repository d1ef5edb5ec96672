"""The proposals' docks read every visible word through the catalogue (issue 15).

A translator that wraps each text in «» is installed for Qt and for ``cosafe.core.i18n``;
the panels built meanwhile must show only wrapped words: buttons, labels, tooltips,
table headers, empty-state texts, and the shared words of ``texts``/``fields``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from translation_support import is_wrapped, wrapped_catalogue

from cosafe.core.records import Proposal


def test_proposal_panels_show_translated_words(qtbot):
    app = QApplication.instance()
    with wrapped_catalogue(app):
        from cosafe.ui.features.proposals.details_panel import ProposalPropertiesPanel
        from cosafe.ui.features.proposals.fields import principle_combo
        from cosafe.ui.features.proposals.table import ProposalTablePanel
        from cosafe.ui.features.proposals.texts import proposal_name
        from cosafe.ui.features.proposals.voting_panel import VotingPanel

        table = ProposalTablePanel()
        qtbot.addWidget(table)
        assert table.proxy.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "«Title»"
        assert is_wrapped(table.workshop_filter.toolTip())
        assert is_wrapped(table.principle_filter.itemText(0))
        table._session = object()  # a project without proposals: the empty-state text
        table._update_count()
        assert is_wrapped(table.count_label.text()) and "No proposals yet" in table.count_label.text()
        table._session = None

        details = ProposalPropertiesPanel()
        qtbot.addWidget(details)
        assert is_wrapped(details.hint.text())
        assert is_wrapped(details.create_action_button.text()) and is_wrapped(details.create_action_button.toolTip())
        assert is_wrapped(details.title_edit.placeholderText())
        assert is_wrapped(details.add_photo_button.text())

        voting = VotingPanel()
        qtbot.addWidget(voting)
        assert voting.next_button.text() == "«Next Voter»"
        assert is_wrapped(voting.ranking_list.headerItem().text(0))

        assert principle_combo().itemText(0) == "«Not chosen»"
        assert proposal_name(Proposal(title="")) == "«Untitled proposal»"
