"""What other features may use of the analysis feature: the perception layers' keys and
styles, their content, and how an exported map draws them (the plan's maps)."""

from cosafe.ui.features.analysis.content import MapContent
from cosafe.ui.features.analysis.map_export import default_heat_source, project_content
from cosafe.ui.features.analysis.style import (AUDIT_POINTS, DEFAULT_RADIUS_M, HEAT, HEAT_SOURCES, INCIDENT_DENSITY,
                                               INCIDENTS, LAYER_LABELS, LOW_SCORES, PINS, ROUTES, UNSAFE_PINS)

__all__ = ["AUDIT_POINTS", "DEFAULT_RADIUS_M", "HEAT", "HEAT_SOURCES", "INCIDENT_DENSITY", "INCIDENTS", "LAYER_LABELS",
           "LOW_SCORES", "MapContent", "PINS", "ROUTES", "UNSAFE_PINS", "default_heat_source", "project_content"]
