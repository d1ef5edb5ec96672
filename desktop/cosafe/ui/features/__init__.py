"""The features of the window, one package each (see docs/ARCHITECTURE.md).

Importing this package registers what each feature adds to an exported map
(``map.overlay_registry``), so the map export, the plan's maps and ``cosafe render``
draw the same layers as the window, while the map itself knows no feature.
"""

from cosafe.ui.features import analysis, proposals  # noqa: F401 - they register their map overlays
