"""What other features may use of the proposals feature.

The feature and its sketching (the Draw tools, the proposal selection, the map
controller), how proposals read (names, principles, costs) and the CPTED principle
combos the action plan shares.
"""

from cosafe.ui.features.proposals.feature import ProposalsFeature
from cosafe.ui.features.proposals.fields import principle_combo, principle_filter_combo
from cosafe.ui.features.proposals.sketch.selection import ProposalSelection
from cosafe.ui.features.proposals.sketch.toolbar import Sketching
from cosafe.ui.features.proposals.texts import PROPOSALS, cost_text, principle_text, proposal_name

__all__ = ["PROPOSALS", "ProposalSelection", "ProposalsFeature", "Sketching", "cost_text", "principle_combo",
           "principle_filter_combo", "principle_text", "proposal_name"]
