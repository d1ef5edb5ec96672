"""Modal dialogs the whole UI uses, as plain functions so tests can replace them.

Contract: every message to the user goes through ``show_error`` / ``show_info`` /
``ask_open_read_only`` / ``ask_confirm`` / ``offer``; every file choice through ``ask_open_path`` /
``ask_new_path`` / ``ask_save_as_path`` / ``ask_basemap_path`` / ``ask_save_file`` /
``ask_open_file`` / ``ask_open_files`` (non-native Qt
dialogs, returning an absolute path or None when cancelled). Callers must call them as
``dialogs.show_error(...)`` (module attribute), never import the function itself,
so that a test's monkeypatch takes effect everywhere.
``ask_confirm`` asks before a change (delete, discard, replace): its default button
is Cancel, so Enter or Escape pressed out of habit changes nothing. ``offer`` says
something is done and offers one more step ("Open Folder"): an information, with
Close (the default) beside the step, not a question with Cancel.
In non-interactive mode (benchmarks, see ``app``) messages go to stderr and
questions are answered "no" instead of blocking on a dialog nobody will see.
"""

from __future__ import annotations

import contextlib
import html
import os
import sys
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.ui.kit.words import Dialogs

PROJECT_FILTER = "CoSafe projects (*.gpkg)"  # in English; the dialog shows project_filter() in its place
# File types a basemap can come from, as the file dialog lists them; the first
# entry shows every one of them at once, because people rarely know the format.
BASEMAP_FILTERS = (
    ("OpenStreetMap", "*.osm *.pbf"),
    ("GeoJSON", "*.geojson *.json"),
    ("GeoPackage", "*.gpkg"),
    ("Shapefile", "*.shp *.zip"),
    # A file dialog picks files: any file inside a .gdb folder stands for the geodatabase.
    ("File Geodatabase", "gdb *.gdbtable *.gdb.zip"),
    ("KML/KMZ", "*.kml *.kmz"),
    ("GPX", "*.gpx"),
    ("GML", "*.gml *.xml"),
    ("FlatGeobuf", "*.fgb"),
    ("MapInfo", "*.tab *.mif"),
    (QT_TRANSLATE_NOOP("Dialogs", "CSV with longitude/latitude"), "*.csv"),
    ("MBTiles", "*.mbtiles"),
    ("GeoTIFF", "*.tif *.tiff"),
    (QT_TRANSLATE_NOOP("Dialogs", "Photo or scan of a paper map"), "*.png *.jpg *.jpeg *.tif *.tiff"),
)
MESSAGE_WIDTH = 520


def project_filter() -> str:
    """The name filter of a project file dialog, its description in the reader's language."""
    return arg(Dialogs.tr("CoSafe projects (%1)"), "*.gpkg")

_non_interactive = False


def set_non_interactive(enabled: bool) -> None:
    global _non_interactive
    _non_interactive = enabled


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A message box with a bold headline, a one-line message and a readable width."""
    box = QMessageBox(icon, title, f"<b>{html.escape(title)}</b>", buttons, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setInformativeText(message)
    # QMessageBox sizes itself to its text; without a floor a one-line message wraps
    # into a tall, narrow column.
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        layout.addItem(QSpacerItem(MESSAGE_WIDTH, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
                       layout.rowCount(), 0, 1, layout.columnCount())
    return box


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something failed: ``title`` is the headline, ``message`` one line."""
    if _non_interactive:
        print(f"cosafe: {title}: {message}", file=sys.stderr)
        return
    message_box(parent, QMessageBox.Icon.Warning, title, message).exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    if _non_interactive:
        print(f"cosafe: {title}: {message}", file=sys.stderr)
        return
    message_box(parent, QMessageBox.Icon.Information, title, message).exec()


def ask_open_read_only(parent: QWidget | None, message: str) -> bool:
    """The file is open elsewhere: offer to open it read-only. True means yes."""
    if _non_interactive:
        print(f"cosafe: {message}", file=sys.stderr)
        return False
    box = message_box(parent, QMessageBox.Icon.Question, Dialogs.tr("Project already open"), message,
                      QMessageBox.StandardButton.Cancel)
    read_only = box.addButton(Dialogs.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def ask_confirm(parent: QWidget | None, title: str, message: str, confirm_text: str) -> bool:
    """Ask before doing something; ``confirm_text`` names the action ("Remove"). True means go ahead.

    Cancel is the default (and Escape) button: Enter pressed out of habit, or to get
    on with typing, never deletes or discards. Going ahead takes a click, or Tab to it.
    """
    return _choose(parent, QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.Cancel,
                   confirm_text, QMessageBox.ButtonRole.AcceptRole)


def offer(parent: QWidget | None, title: str, message: str, action_text: str) -> bool:
    """Say something is done and offer one more step (``action_text``); True when it was chosen."""
    return _choose(parent, QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Close,
                   action_text, QMessageBox.ButtonRole.ActionRole)


def _choose(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str,
            safe: QMessageBox.StandardButton, other_text: str, other_role: QMessageBox.ButtonRole) -> bool:
    """A message with a safe button (default, Escape, focused) and one other; True when the other was clicked."""
    if _non_interactive:
        print(f"cosafe: {title}: {message}", file=sys.stderr)
        return False
    box = message_box(parent, icon, title, message, safe)
    other = box.addButton(other_text, other_role)
    safe_button = box.button(safe)
    box.setDefaultButton(safe_button)
    box.setEscapeButton(safe_button)
    safe_button.setFocus()
    box.exec()
    return box.clickedButton() is other


def basemap_filter() -> str:
    """The name filter string of the basemap file dialog ("All map files" first)."""
    every = " ".join(patterns for _name, patterns in BASEMAP_FILTERS)
    return ";;".join([arg(Dialogs.tr("All map files (%1)"), every)]
                     + [arg(Dialogs.tr("%1 (%2)", "a kind of file and its patterns"), translate("Dialogs", name), patterns)
                        for name, patterns in BASEMAP_FILTERS])


def _file_dialog(parent: QWidget | None, caption: str, directory: str, *, save: bool,
                 name_filter: str = PROJECT_FILTER, suffix: str = "gpkg") -> QFileDialog:
    if name_filter == PROJECT_FILTER:
        name_filter = project_filter()
    dialog = QFileDialog(parent, caption, directory, name_filter)
    # Non-native: looks the same everywhere and tests can drive it.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(suffix)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _run(dialog: QFileDialog) -> str | None:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return os.path.abspath(dialog.selectedFiles()[0])


def ask_open_path(parent: QWidget | None, directory: str) -> str | None:
    return _run(_file_dialog(parent, Dialogs.tr("Open Project"), directory, save=False))


def ask_new_path(parent: QWidget | None, directory: str, suggested_name: str = "New project.gpkg") -> str | None:
    dialog = _file_dialog(parent, Dialogs.tr("New Project"), directory, save=True)
    dialog.selectFile(suggested_name)
    return _run(dialog)


def ask_save_as_path(parent: QWidget | None, directory: str, suggested_name: str) -> str | None:
    """Ask where to write a copy; the dialog itself asks before replacing a file."""
    dialog = _file_dialog(parent, Dialogs.tr("Save a Copy As"), directory, save=True)
    dialog.selectFile(suggested_name)
    return _run(dialog)


def ask_save_file(parent: QWidget | None, caption: str, directory: str, name_filter: str, suffix: str,
                  suggested_name: str) -> str | None:
    """Ask where to write a file of one kind (``suffix`` added when the name has none)."""
    dialog = _file_dialog(parent, caption, directory, save=True, name_filter=name_filter, suffix=suffix)
    dialog.selectFile(suggested_name)
    return _run(dialog)


def ask_open_file(parent: QWidget | None, caption: str, directory: str, name_filter: str) -> str | None:
    """Ask for one existing file of the kinds ``name_filter`` lists."""
    return _run(_file_dialog(parent, caption, directory, save=False, name_filter=name_filter))


def ask_open_files(parent: QWidget | None, caption: str, directory: str, name_filter: str) -> list[str]:
    """Ask for one or more existing files; their absolute paths, or [] when cancelled."""
    dialog = _file_dialog(parent, caption, directory, save=False, name_filter=name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return [os.path.abspath(path) for path in dialog.selectedFiles()]


def ask_basemap_path(parent: QWidget | None, directory: str) -> str | None:
    """Ask for a map file to import (vector, MBTiles, a GeoTIFF or a photo of a paper map)."""
    return _run(_file_dialog(parent, Dialogs.tr("Import Basemap"), directory, save=False, name_filter=basemap_filter()))


def finish_form_dialog(dialog: QDialog, form: QFormLayout, buttons: QDialogButtonBox, required: QLineEdit) -> None:
    """Lay out a form above its buttons; OK is enabled only while ``required`` holds text."""
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

    def update_ok() -> None:
        ok.setEnabled(bool(required.text().strip()))

    required.textChanged.connect(update_ok)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(18, 18, 18, 14)
    layout.setSpacing(14)
    layout.addLayout(form)
    layout.addWidget(buttons)
    update_ok()


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    """The busy cursor while a short piece of work runs on the UI thread."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, or less where its screen has less room.

    The room left is the screen's available area (a task bar taken off) less a title bar:
    a fixed 900 × 760 guide went below a 1024 × 768 laptop's edge, its Close button with it.
    """
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        title_bar = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
        width, height = min(width, room.width()), min(height, room.height() - title_bar)
    window.resize(width, height)
