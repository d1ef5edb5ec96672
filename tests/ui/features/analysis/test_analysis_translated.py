"""Every word the perception map's panels and the Analysis charts show goes through the catalogue.

A translator that wraps each text in «» is installed (Qt's and ``cosafe.core.i18n``'s);
the panels built under it show only wrapped words.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from shell_support import OFFSCREEN_NOISE

from cosafe.core import i18n
from cosafe.ui.features.analysis.filters import PerceptionFilterPanel, PerceptionFilterState
from cosafe.ui.features.analysis.map_panel import PerceptionMapPanel
from cosafe.ui.features.analysis.panel import AnalysisPanel
from cosafe.ui.features.analysis.style import HEAT, HEAT_SOURCES, LAYER_ORDER

pytestmark = OFFSCREEN_NOISE


class Wrapping(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return f"«{source}»"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@contextlib.contextmanager
def wrapped(app):
    translator = Wrapping(app)
    app.installTranslator(translator)
    i18n.install(lambda c, s, d, n: QCoreApplication.translate(c, s, d, n))
    try:
        yield
    finally:
        i18n.install(None)
        app.removeTranslator(translator)


def _wrapped(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


def test_the_perception_panels_and_charts_speak_through_the_catalogue(qapp, qtbot):
    with wrapped(qapp):
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

        assert _wrapped(filters.clear_button.text()) and _wrapped(filters.clear_button.toolTip())
        assert _wrapped(filters.date_check.text()) and _wrapped(filters.date_check.accessibleName()) and _wrapped(filters.date_check.toolTip())
        assert _wrapped(filters.buttons["gender"].toolTip()) and _wrapped(filters.buttons["gender"].text())
        assert all(_wrapped(box.text()) for box in map_panel.boxes.values())
        assert _wrapped(map_panel.heat_box.text()) and _wrapped(map_panel.source_combo.itemText(0))
        assert _wrapped(map_panel.radius_spin.toolTip()) and _wrapped(map_panel.radius_spin.accessibleName())
        assert map_panel.counts.text().startswith("«On the map")
        assert all(_wrapped(analysis.tabs.tabText(i)) and _wrapped(analysis.tabs.tabToolTip(i))
                   for i in range(analysis.tabs.count()))
        assert _wrapped(analysis.formula.text())
        assert _wrapped(analysis.criteria.message)  # the empty state: no project
        assert all(_wrapped(box.text()) and _wrapped(box.toolTip()) for box in analysis.breakdown.boxes.values())
