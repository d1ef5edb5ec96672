"""Every word the recording dialogs and the Audits dock show goes through the catalogue.

A translator that wraps each text in «» is installed (Qt's and ``cosafe.core.i18n``'s);
the panels and dialogs built under it show only wrapped words; what people typed stays.
"""

from __future__ import annotations

from audit_support import NOISE
from translation_support import is_wrapped, wrapped_catalogue

from cosafe.core.records import PerceptionPin, ReasonTag
from cosafe.ui.features.audits.audits_panel import AuditsPanel
from cosafe.ui.features.audits.criteria_editor import CriteriaEditor
from cosafe.ui.features.audits.incident_import_flow import IncidentOptionsDialog, incident_filter
from cosafe.ui.features.audits.pin_dialog import PinDialog
from cosafe.ui.features.workshops.context import WorkshopContext

pytestmark = NOISE


def test_the_recording_dialogs_and_panel_speak_through_the_catalogue(recording, qapp):
    qtbot, session = recording.qtbot, recording.window.session
    with wrapped_catalogue(qapp):
        panel = AuditsPanel(WorkshopContext())
        qtbot.addWidget(panel)
        panel.set_session(None)
        editor = CriteriaEditor(session)
        qtbot.addWidget(editor)
        pin = PinDialog([], PerceptionPin(), session.store.list(ReasonTag))
        qtbot.addWidget(pin)
        incidents = IncidentOptionsDialog("police.csv")
        qtbot.addWidget(incidents)

        assert is_wrapped(panel.new_action.text()) and is_wrapped(panel.new_action.toolTip())
        assert is_wrapped(panel.table.horizontalHeaderItem(0).text())
        assert is_wrapped(panel.note.text())  # the empty state
        assert is_wrapped(editor.windowTitle()) and is_wrapped(editor.add_button.text())
        assert is_wrapped(editor.retire_button.toolTip())
        assert all(is_wrapped(editor.table.horizontalHeaderItem(i).text()) for i in range(editor.table.columnCount()))
        assert is_wrapped(editor.table.item(0, 0).text())  # a built-in criterion reads in the reader's language
        assert is_wrapped(pin.windowTitle()) and is_wrapped(pin.safe_radio.text())
        assert is_wrapped(pin.story_edit.placeholderText()) and is_wrapped(pin.scale_combo.itemText(1))
        assert all(is_wrapped(pin.tag_list.item(i).text()) for i in range(pin.tag_list.count()))
        assert is_wrapped(incidents.windowTitle()) and is_wrapped(incidents.source_edit.placeholderText())
        assert incidents.source_edit.text() == "police"  # not translated: it is the file's name
        assert "«Incident files (%1)»" not in incident_filter() and "*.csv" in incident_filter()
