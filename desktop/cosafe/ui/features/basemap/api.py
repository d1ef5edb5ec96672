"""What other features may use of the basemap feature: the feature itself (its Layers dock, its import)."""

from cosafe.ui.features.basemap.feature import BasemapFeature

__all__ = ["BasemapFeature"]
