"""What other features may use of the plan feature: the feature itself (its docks, Create Action from Proposal)."""

from cosafe.ui.features.plan.feature import PlanFeature

__all__ = ["PlanFeature"]
