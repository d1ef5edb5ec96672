"""What other features may use of the workshops feature: the active workshop and group."""

from cosafe.ui.features.workshops.context import WorkshopContext
from cosafe.ui.features.workshops.feature import WorkshopsFeature

__all__ = ["WorkshopContext", "WorkshopsFeature"]
