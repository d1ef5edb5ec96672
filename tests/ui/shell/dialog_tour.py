"""A tour of the app's dialogs on the sample: each opened the way a user opens it, then looked at.

``tour(window, qtbot, monkeypatch, visit, english)`` opens every dialog in turn — from its menu
where it has one (the flow runs as it does for a user, up to the dialog), else as its
flow makes it — and calls ``visit(name, dialog)`` while the dialog is shown and active.
The dialog is then cancelled, so nothing is changed. Returns the names visited, so a
test can tell a dialog the tour missed. The file choosers some flows ask first are
answered by ``dialog_log`` (``window``'s fixture) or here. With a language installed,
``english(text)`` gives the English sources a menu's or entry's text may read, so the tour finds
its entries in any language (by default the texts are taken to be English).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from shell_support import menu_action

from cosafe.core.records import AuditWalk, PerceptionPin

Visit = Callable[[str, QDialog], None]

# The dialogs a menu opens: (name, menu, the entry's text without "&").
FROM_MENUS = [
    ("Project Properties", "Edit", "Project Properties"),
    ("New Workshop", "Workshop", "New Workshop"),
    ("Add Group", "Workshop", "Add Group"),
    ("Edit Group", "Workshop", "Edit"),
    ("Sign-in Sheet", "Workshop", "Sign-in Sheet"),
    ("Participants", "Workshop", "Participants"),
    ("New Audit Walk", "Audit", "New Audit Walk"),
    ("Edit Walk", "Audit", "Edit Walk"),
    ("Enter Audit Sheets", "Audit", "Enter Audit Sheets"),
    ("Reason Tags", "Audit", "Reason Tags"),
    ("Criteria", "Audit", "Criteria"),
    ("New Action", "Plan", "New Action"),
    ("Add Stakeholder", "Plan", "Add Stakeholder"),
    ("Export Plan", "Plan", "Export Plan"),
    ("Export Layers", "Plan", "Export Layers"),
    ("Export Map Image", "File", "Export Map Image"),
    ("Hand Out Field Copy", "File", "Hand Out Field Copy"),
    ("Merge History", "File", "Merge History"),
]
# Made by their flow, not from a menu: a pin (a click on the map), a basemap's and
# incidents' import options (after their file chooser), a criterion's translations (a button of Criteria).
MADE = ["Perception Pin", "Import Basemap Options", "Import Incidents Options", "Import Incidents Preview",
        "Translations"]
# The incident CSV the preview shows: column names and values no language translates.
INCIDENTS_CSV = "lon,lat,fecha,hora,delito\n-122.3,37.8,14/03/2024,22:15,robo\n-122.31,37.81,15/03/2024,09:05,robo\n"


def _show_and_visit(qtbot, name: str, dialog: QDialog, visit: Visit, seen: list[str]) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QApplication.processEvents()
    try:
        visit(name, dialog)
    finally:
        seen.append(name)


def _opened(window, name: str, open_it: Callable[[], object], qtbot, visit: Visit, seen: list[str],
            monkeypatch) -> None:
    """Open a dialog with ``open_it``: one that runs ``exec()`` is visited there; one merely shown, after."""
    caught: list[QDialog] = []

    def exec_visited(dialog: QDialog) -> int:
        if isinstance(dialog, QFileDialog) or caught:
            return QDialog.DialogCode.Rejected  # a file chooser before the dialog: none chosen
        caught.append(dialog)
        _show_and_visit(qtbot, name, dialog, visit, seen)
        dialog.hide()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", exec_visited)
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    open_it()
    QApplication.processEvents()
    if not caught:  # a dialog shown without exec() (the action editor)
        new = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible() and id(w) not in before]
        for dialog in new:
            _show_and_visit(qtbot, name, dialog, visit, seen)
            dialog.reject()
    monkeypatch.undo()


def _entry(window, menu: str, entry: str, english: Callable[[str], list[str]]):
    """The action ``menu › entry`` (English names) whatever the window's language."""
    for top in window.menuBar().actions():
        if menu in [text.replace("&", "") for text in english(top.text())]:
            for action in top.menu().actions():
                if any(text.replace("&", "").startswith(entry) for text in english(action.text())):
                    return action
    return menu_action(window, menu, entry)  # not found: its message says so


def tour(window, qtbot, monkeypatch, visit: Visit,
         english: Callable[[str], list[str]] = lambda text: [text]) -> list[str]:
    """Visit every dialog of ``FROM_MENUS`` and ``MADE`` (see the module contract)."""
    from cosafe.io.vector_source import SourceLayer, VectorSource
    from cosafe.ui.features.audits.criteria_editor import CriteriaEditor
    import os
    import shutil
    import tempfile

    from cosafe.io.incident_preview import read_head
    from cosafe.ui.features.audits.incident_import_dialog import IncidentImportDialog
    from cosafe.ui.features.audits.incident_import_flow import IncidentOptionsDialog
    from cosafe.ui.features.basemap.import_options_dialog import ImportOptionsDialog

    seen: list[str] = []
    store = window.session.store
    audits = window.features.audits
    walk = store.list(AuditWalk)[0]
    audits.panel.select_walk(walk.uuid)  # Edit Walk and Enter Audit Sheets act on the selected walk
    for name, menu, entry in FROM_MENUS:
        action = _entry(window, menu, entry, english)
        assert action.isEnabled(), f"{menu} › {entry} is disabled on the sample"
        _opened(window, name, action.trigger, qtbot, visit, seen, monkeypatch)

    pin = store.list(PerceptionPin)[0]
    _opened(window, "Perception Pin", lambda: audits.pins.edit_pin(pin.uuid), qtbot, visit, seen, monkeypatch)
    source = VectorSource(path="/tmp/streets.gpkg", driver="GPKG", layers=[
        SourceLayer("streets", "LineString", 120, "EPSG:4326"), SourceLayer("footprints", "Polygon", 80, None)])
    folder = tempfile.mkdtemp()
    csv_path = os.path.join(folder, "incidents.csv")
    with open(csv_path, "w", encoding="utf-8") as handle:
        handle.write(INCIDENTS_CSV)
    for name, dialog in (("Import Basemap Options", ImportOptionsDialog(source, window)),
                         ("Import Incidents Options", IncidentOptionsDialog("incidents.csv", window)),
                         ("Import Incidents Preview", IncidentImportDialog(read_head(csv_path), window))):
        dialog.setModal(True)
        _show_and_visit(qtbot, name, dialog, visit, seen)
        dialog.reject()
        dialog.deleteLater()
    shutil.rmtree(folder, ignore_errors=True)
    editor = CriteriaEditor(window.session, window)
    editor.select_key("lighting")
    _opened(window, "Translations", editor.edit_translations, qtbot, visit, seen, monkeypatch)
    editor.deleteLater()
    return seen
