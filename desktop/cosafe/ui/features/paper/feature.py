"""Wires paper sheets into the main window: Workshop › Print Group Maps…, File › Read Paper Sheets….

Contract: ``PaperFeature(host, workshops)`` adds
- Workshop › Print Group Maps… (``print_dialog.print_sheets``; the active workshop first), enabled
  with a project open;
- Audit › Print Audit Sheets… (``audit_print_dialog.print_audit_sheets``), enabled with a project open;
- File › Read Paper Sheets… (before Close Project's group), enabled with a writable project: the
  ``read_dialog.ReadSheetsDialog``, which asks for photos at once;
- photo files (JPEG, PNG, TIFF, WebP) dropped on the window open that dialog with them read
  (an event filter on the window: the window itself takes only project files).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

from cosafe.ui.features.paper.read_dialog import ReadSheetsDialog, photo_paths
from cosafe.ui.host import CommandId, Host, MenuId
from cosafe.ui.kit.actions import make_action
from cosafe.ui.session import editable


class PaperFeature(QObject):
    """The window's paper sheets (see the module contract)."""

    def __init__(self, host: Host, workshops: Any = None) -> None:
        super().__init__(host)
        self.host = host
        self.workshops = workshops
        self.dialog: ReadSheetsDialog | None = None
        self.print_action = make_action(self, self.tr("Print &Group Maps…"), "export-map", "",
                                        self.tr("Print a map for each group to mark with dot stickers, and read "
                                                "a photo of it back later"), self.print_maps)
        self.read_action = make_action(self, self.tr("Read &Paper Sheets…"), "add-photo", "",
                                       self.tr("Add the dot stickers on photos of printed group maps to the project"),
                                       lambda: self.read_sheets())
        self.audit_print_action = make_action(self, self.tr("Print Audit S&heets…"), "export-map", "",
                                              self.tr("Print tick-box sheets for an audit walk's points, and read "
                                                      "a photo of them back later"), self.print_audit_sheets)
        audit_menu = host.menu(MenuId.AUDIT)
        audit_menu.addSeparator()
        audit_menu.addAction(self.audit_print_action)
        workshop_menu = host.menu(MenuId.WORKSHOP)
        workshop_menu.addSeparator()
        workshop_menu.addAction(self.print_action)
        file_menu = host.menu(MenuId.FILE)
        actions = file_menu.actions()
        before = host.command(CommandId.CLOSE)
        if actions.index(before) > 0 and actions[actions.index(before) - 1].isSeparator():
            before = actions[actions.index(before) - 1]
        file_menu.insertAction(before, self.read_action)
        host.window.installEventFilter(self)
        host.project_opened.connect(self._enable)
        host.project_closed.connect(self._enable)
        self._enable()

    def _enable(self, _session: object = None) -> None:
        self.print_action.setEnabled(self.host.session is not None)
        self.audit_print_action.setEnabled(self.host.session is not None)
        self.read_action.setEnabled(editable(self.host.session))

    def print_maps(self) -> str | None:
        session = self.host.session
        if session is None:
            return None
        from cosafe.ui.features.paper.print_dialog import print_sheets

        active = getattr(getattr(self.workshops, "context", None), "workshop_uuid", None)
        return print_sheets(self.host, session.store, self.host.window, active)

    def print_audit_sheets(self) -> str | None:
        session = self.host.session
        if session is None:
            return None
        from cosafe.ui.features.paper.audit_print_dialog import print_audit_sheets

        return print_audit_sheets(self.host, session.store, self.host.window)

    def read_sheets(self, paths: list[str] | None = None) -> None:
        """Open the reading dialog; read ``paths`` at once, else ask for photos."""
        session = self.host.session
        if not editable(session):
            return
        dialog = ReadSheetsDialog(session, self.host, self.host.window)
        dialog.resize(self.host.window.size() * 0.9)
        self.dialog = dialog
        if paths:
            QTimer.singleShot(0, dialog, lambda: dialog.read(paths))
        else:
            QTimer.singleShot(0, dialog, dialog.ask_photos)
        try:
            dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            paths = photo_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
            if paths and editable(self.host.session):
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    # After the drop has finished: a modal dialog inside it would keep the drag waiting.
                    QTimer.singleShot(0, self, lambda: self.read_sheets(paths))
                return True
        return super().eventFilter(watched, event)
