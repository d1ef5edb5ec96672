"""Every word the perception map's panels and the Analysis charts show goes through the catalogue.

A translator that wraps each text in «» is installed (Qt's and ``cosafe.core.i18n``'s);
the panels built under it show only wrapped words.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from shell_support import OFFSCREEN_NOISE
from translation_support import is_wrapped, wrapped_catalogue

from cosafe.ui.features.analysis.filters import PerceptionFilterPanel, PerceptionFilterState
from cosafe.ui.features.analysis.map_panel import PerceptionMapPanel
from cosafe.ui.features.analysis.panel import AnalysisPanel
from cosafe.ui.features.analysis.style import HEAT, HEAT_SOURCES, LAYER_ORDER

pytestmark = OFFSCREEN_NOISE


def test_the_perception_panels_and_charts_speak_through_the_catalogue(qapp, qtbot):
    with wrapped_catalogue(qapp):
        filters = PerceptionFilterPanel(PerceptionFilterState())
        qtbot.addWidget(filters)
        layers = {key: QAction(key) for key in (*LAYER_ORDER, HEAT)}
        sources = {key: QAction(key) for key, _label in HEAT_SOURCES}
        map_panel = PerceptionMapPanel(layers, sources)
        qtbot.addWidget(map_panel)
        map_panel.set_counts({"audit_points": 2})
        analysis = AnalysisPanel()
        qtbot.addWidget(analysis)
        analysis.refresh()

        assert is_wrapped(filters.clear_button.text()) and is_wrapped(filters.clear_button.toolTip())
        assert is_wrapped(filters.date_check.text()) and is_wrapped(filters.date_check.accessibleName()) and is_wrapped(filters.date_check.toolTip())
        assert is_wrapped(filters.buttons["gender"].toolTip()) and is_wrapped(filters.buttons["gender"].text())
        assert all(is_wrapped(box.text()) for box in map_panel.boxes.values())
        assert is_wrapped(map_panel.heat_box.text()) and is_wrapped(map_panel.source_combo.itemText(0))
        assert is_wrapped(map_panel.radius_spin.toolTip()) and is_wrapped(map_panel.radius_spin.accessibleName())
        assert map_panel.counts.text().startswith("«On the map")
        assert all(is_wrapped(analysis.tabs.tabText(i)) and is_wrapped(analysis.tabs.tabToolTip(i))
                   for i in range(analysis.tabs.count()))
        assert is_wrapped(analysis.formula.text())
        assert is_wrapped(analysis.criteria.message)  # the empty state: no project
        assert all(is_wrapped(box.text()) and is_wrapped(box.toolTip()) for box in analysis.breakdown.boxes.values())
