"""Every word the recording dialogs and the Audits dock show goes through the catalogue.

A translator that wraps each text in «» is installed (Qt's and ``cosafe.core.i18n``'s);
the panels and dialogs built under it show only wrapped words; what people typed stays.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QTranslator
from audit_support import NOISE

from cosafe.core import i18n
from cosafe.core.records import PerceptionPin, ReasonTag
from cosafe.ui.features.audits.audits_panel import AuditsPanel
from cosafe.ui.features.audits.criteria_editor import CriteriaEditor
from cosafe.ui.features.audits.incident_import_flow import IncidentOptionsDialog, incident_filter
from cosafe.ui.features.audits.pin_dialog import PinDialog
from cosafe.ui.features.workshops.context import WorkshopContext

pytestmark = NOISE


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


def test_the_recording_dialogs_and_panel_speak_through_the_catalogue(recording, qapp):
    qtbot, session = recording.qtbot, recording.window.session
    with wrapped(qapp):
        panel = AuditsPanel(WorkshopContext())
        qtbot.addWidget(panel)
        panel.set_session(None)
        editor = CriteriaEditor(session)
        qtbot.addWidget(editor)
        pin = PinDialog([], PerceptionPin(), session.store.list(ReasonTag))
        qtbot.addWidget(pin)
        incidents = IncidentOptionsDialog("police.csv")
        qtbot.addWidget(incidents)

        assert _wrapped(panel.new_action.text()) and _wrapped(panel.new_action.toolTip())
        assert _wrapped(panel.table.horizontalHeaderItem(0).text())
        assert _wrapped(panel.note.text())  # the empty state
        assert _wrapped(editor.windowTitle()) and _wrapped(editor.add_button.text())
        assert _wrapped(editor.retire_button.toolTip())
        assert all(_wrapped(editor.table.horizontalHeaderItem(i).text()) for i in range(editor.table.columnCount()))
        assert _wrapped(editor.table.item(0, 0).text())  # a built-in criterion reads in the reader's language
        assert _wrapped(pin.windowTitle()) and _wrapped(pin.safe_radio.text())
        assert _wrapped(pin.story_edit.placeholderText()) and _wrapped(pin.scale_combo.itemText(1))
        assert all(_wrapped(pin.tag_list.item(i).text()) for i in range(pin.tag_list.count()))
        assert _wrapped(incidents.windowTitle()) and _wrapped(incidents.source_edit.placeholderText())
        assert incidents.source_edit.text() == "police"  # not translated: it is the file's name
        assert "«Incident files (%1)»" not in incident_filter() and "*.csv" in incident_filter()
