"""Main window: pages, title, recent projects, drag and drop, layout, status bar, help."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QToolBar
from shell_support import OFFSCREEN_NOISE, menu_action

from cosafe.store.project_store import ProjectStore
from cosafe.ui.shell.main_window import MainWindow
from cosafe.ui.shell.status import SAVED_TEXT

pytestmark = OFFSCREEN_NOISE


def make_project(folder, stem: str, name: str) -> str:
    path = folder / f"{stem}.gpkg"
    ProjectStore.create(str(path), name=name).close()
    return str(path)


def test_starts_on_welcome_page_with_docks_parked(window):
    assert window.windowTitle() == "CoSafe"
    assert window.pages.currentWidget() is window.welcome
    assert window.frameGeometry().size() == window.screen().availableGeometry().size()
    assert not window.overview_dock.isVisible() and not window.history_dock.isVisible()
    assert not window.commands.save_as.isEnabled() and not window.commands.properties.isEnabled()
    assert window.status.saving_label.text() == ""


def test_open_shows_map_page_title_docks_and_status(window, project_path, dialog_log):
    dialog_log.open_path = str(project_path)
    menu_action(window, "File", "Open Project").trigger()
    assert window.session is not None and window.session.path == str(project_path)
    assert window.windowTitle() == "Test project — CoSafe"
    assert window.pages.currentWidget() is window.map_canvas
    assert window.map_canvas.project is window.session.store
    assert window.map_canvas.calls.count("set_project") == 1  # (set_project reloads the basemap itself)
    assert window.overview_dock.isVisible() and window.history_dock.isVisible()
    assert window.status.saving_label.text() == SAVED_TEXT
    assert not window.banner.isVisible()
    assert dialog_log.errors == []


def test_cursor_position_in_status_bar(window, project_path):
    window.open_project(str(project_path))
    window.map_canvas.cursor_moved.emit(36.851234, -1.284567)
    assert window.status.position_label.text() == "1.28457° S   36.85123° E"


def test_opening_a_second_project_closes_the_first(window, tmp_path):
    first = make_project(tmp_path, "first", "First")
    second = make_project(tmp_path, "second", "Second")
    assert window.open_project(first)
    first_store = window.session.store
    assert window.open_project(second)
    assert window.windowTitle() == "Second — CoSafe"
    assert first_store.connection is None  # closed, and its lock released:
    ProjectStore.open(first).close()
    assert len(window.undo_group.stacks()) == 1


def test_close_returns_to_welcome_and_releases_the_file(window, project_path):
    window.open_project(str(project_path))
    menu_action(window, "File", "Close Project").trigger()
    assert window.session is None
    assert window.pages.currentWidget() is window.welcome
    assert window.windowTitle() == "CoSafe"
    ProjectStore.open(str(project_path)).close()


def test_recent_projects_in_menu_and_on_welcome_page(window, tmp_path):
    paths = [make_project(tmp_path, f"p{i}", f"Project {i}") for i in range(3)]
    for path in paths:
        window.open_project(path)
    window.fill_recent_menu()
    texts = [a.text() for a in window.commands.recent_menu.actions() if a.text()]
    assert texts == ["p2.gpkg", "p1.gpkg", "p0.gpkg", "Clear List"]
    window.close_project()
    assert window.welcome.recent_paths() == list(reversed(paths))


def test_recent_list_keeps_ten(window, tmp_path):
    paths = [make_project(tmp_path, f"p{i:02d}", f"P{i}") for i in range(12)]
    for path in paths:
        window.recent.add(path)
    assert window.recent.paths() == list(reversed(paths))[:10]


def test_clicking_a_recent_project_opens_it(window, project_path, qtbot):
    window.recent.add(str(project_path))
    window.refresh_recent()
    item = window.welcome.recent_list.item(0)
    rect = window.welcome.recent_list.visualItemRect(item)
    qtbot.mouseClick(window.welcome.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.path == str(project_path)


def test_missing_recent_project_is_removed_with_a_message(window, tmp_path, dialog_log):
    gone = str(tmp_path / "gone.gpkg")
    window.recent.add(gone)
    window.fill_recent_menu()
    next(a for a in window.commands.recent_menu.actions() if a.text() == "gone.gpkg").trigger()
    assert dialog_log.messages == ["gone.gpkg: no such file; it was removed from the recent projects"]
    assert window.recent.paths() == [] and window.welcome.recent_paths() == []


def test_clear_recent_list(window, project_path):
    window.open_project(str(project_path))
    window.fill_recent_menu()
    next(a for a in window.commands.recent_menu.actions() if a.text() == "Clear List").trigger()
    assert window.recent.paths() == []
    window.fill_recent_menu()
    assert [a.isEnabled() for a in window.commands.recent_menu.actions() if a.text()] == [False, False]


def drop(window, path: str) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def test_dropping_a_project_file_opens_it(window, project_path, qtbot):
    assert drop(window, str(project_path))
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.windowTitle() == "Test project — CoSafe"


def test_dropping_another_kind_of_file_is_refused(window, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    assert not drop(window, str(other))
    assert window.session is None


def test_layout_and_geometry_survive_a_restart(qtbot, fake_canvas, dialog_log, project_path):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.open_project(str(project_path))
    first.history_dock.toggleViewAction().trigger()
    first.showNormal()
    first.resize(790, 560)
    assert not first.history_dock.isVisible()
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (790, 560)
    assert not second.history_dock.isVisible()  # parked on the welcome page either way
    second.open_project(str(project_path))
    assert second.overview_dock.isVisible() and not second.history_dock.isVisible()
    menu_action(second, "View", "Reset Layout").trigger()
    # The built-in layout for a window this small: one column, the workshop's panels in front.
    assert second.compact
    assert second.features.workshops.dock.isVisible() and second.features.proposals.table_dock.isVisible()
    assert second.history_dock.isHidden() and second.overview_dock.isHidden()
    second.close()


def test_a_layout_saved_by_an_older_cosafe_does_not_hide_the_new_panels(qtbot, fake_canvas, dialog_log,
                                                                          project_path):
    from PySide6.QtCore import QSettings

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.open_project(str(project_path))
    first.history_dock.toggleViewAction().trigger()
    first.close()
    settings = QSettings()
    # What an older version saved: its state without the list of parts (or with other parts).
    settings.setValue("mainWindow/parts", settings.value("mainWindow/parts").replace("analysisDock,", ""))
    settings.sync()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.open_project(str(project_path))
    # The built-in layout, not the saved one: every dock where it belongs, the history shown.
    assert second.history_dock.isVisible() and second.features.analysis.analysis_dock.isVisible()
    second.close()


def test_help_texts(window, dialog_log):
    menu_action(window, "Help", "About CoSafe").trigger()
    menu_action(window, "Help", "How CoSafe Saves").trigger()
    assert [title for title, _ in dialog_log.infos] == ["About CoSafe", "How CoSafe saves"]
    assert "0.1.0" in dialog_log.infos[0][1]
    assert "no Save button" in dialog_log.infos[1][1]


def test_menus_have_no_save_and_the_agreed_shortcuts(window):
    file_texts = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
    assert "Save" not in file_texts and "Save As…" in file_texts
    shortcuts = {
        "New Project…": "Ctrl+N", "Open Project…": "Ctrl+O", "Save As…": "Ctrl+Shift+S",
        "Close Project": "Ctrl+W", "Quit": "Ctrl+Q",
    }
    for text, keys in shortcuts.items():
        assert menu_action(window, "File", text).shortcut().toString() == keys
    assert menu_action(window, "Edit", "Undo").shortcut().toString() == "Ctrl+Z"
    assert menu_action(window, "Edit", "Redo").shortcut().toString() == "Ctrl+Shift+Z"
    assert all(not a.icon().isNull() for a in window.menuBar().actions()[0].menu().actions() if a.text())


def test_with_the_real_map_canvas(qtbot, dialog_log, project_path):
    from cosafe.ui.map.canvas import MapCanvas

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert main.open_project(str(project_path))
    assert isinstance(main.map_canvas, MapCanvas)
    assert main.pages.currentWidget() is main.map_canvas
    main.map_canvas.cursor_moved.emit(36.85, -1.28)
    assert main.status.position_label.text() == "1.28000° S   36.85000° E"
    main.close()
    assert dialog_log.errors == []


def test_dropping_onto_the_real_map_opens_the_project(qtbot, dialog_log, tmp_path):
    first = make_project(tmp_path, "first", "First")
    second = make_project(tmp_path, "second", "Second")
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    main.open_project(first)
    # Drag events that the map does not want travel up to the window.
    assert drop(main.map_canvas.graphics_view.viewport(), second)
    qtbot.waitUntil(lambda: main.session.path == second)
    main.close()


def test_reset_layout_brings_back_every_part_of_the_window(window, project_path):
    assert window.open_project(str(project_path))
    closed = (window.features.proposals.table_dock, window.features.analysis.analysis_dock, window.features.plan.actions_dock,
              window.features.audits.dock)
    for dock in closed:
        dock.close()
    menu_action(window, "View", "Reset Layout").trigger()
    assert all(dock.isVisible() for dock in closed)
    assert not window.features.merge.dock.isVisible()  # shown only when there are conflicts to resolve
    window.close_project()
    assert not any(dock.isVisible() for dock in window.docks)  # parked on the welcome page


def test_an_ampersand_in_a_file_name_shows_in_the_recent_menu(window, tmp_path):
    """Issue 14: a single '&' in a menu entry is taken for a mnemonic and vanishes."""
    path = make_project(tmp_path, "Wood & 7th", "Wood and 7th")
    window.recent.add(path)
    window.fill_recent_menu()
    assert "Wood & 7th.gpkg" in [a.iconText() for a in window.commands.recent_menu.actions()]


def test_view_names_the_main_toolbar_by_what_it_holds(window, project_path):
    window.open_project(str(project_path))
    toggle = window.menuBar().actions()[2].menu().actions()[0]  # View's first entry
    assert toggle.text() == "Toolbar: Open, Export, Undo, Zoom"
    assert "Open Project" in toggle.statusTip()
    toolbar = window.findChild(QToolBar, "mainToolBar")
    assert {a.text().replace("&", "") for a in toolbar.actions() if a.text()} >= {
        "Open Project…", "Export Map Image…", "Undo", "Redo", "Zoom to Project"}
    toggle.trigger()
    assert not toolbar.isVisible()
    toggle.trigger()
    assert toolbar.isVisible()
