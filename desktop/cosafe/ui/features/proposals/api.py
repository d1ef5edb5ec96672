"""What other features may use of the proposals feature.

The sketching (Draw tools, the proposal selection and the map controller), the
proposals' map layer (an exported map draws it as the canvas does), the tool and
preview classes other map tools build on, proposal photos, and the proposal field
widgets the action plan shares.
"""

from cosafe.ui.features.proposals.common import PROPOSALS, LocalProposalSelection, ProposalSelection, proposal_name
from cosafe.ui.features.proposals.feature import ProposalsFeature
from cosafe.ui.features.proposals.sketch.toolbar import Sketching

__all__ = ["PROPOSALS", "LocalProposalSelection", "ProposalSelection", "ProposalsFeature", "Sketching", "proposal_name"]
