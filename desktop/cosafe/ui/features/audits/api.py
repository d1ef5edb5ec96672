"""What other features may use of the audits feature: its recording tools and pins (the plan's place picker)."""

from cosafe.ui.features.audits.feature import AuditsFeature

__all__ = ["AuditsFeature"]
