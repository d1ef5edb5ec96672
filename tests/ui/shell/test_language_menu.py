"""Edit › Language: every language named in itself, the one in use checked; a change remembered and a restart offered."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from shell_support import OFFSCREEN_NOISE, menu_action

from cosafe.ui.kit import dialogs
from cosafe.ui.language import LANGUAGE_KEY
from cosafe.ui.shell.language_menu import restart_command

pytestmark = OFFSCREEN_NOISE


def test_choosing_a_language_is_remembered_and_offers_a_restart(window, project_path, monkeypatch):
    assert window.open_project(str(project_path))
    offers, restarts = [], []
    monkeypatch.setattr(dialogs, "offer", lambda _parent, title, message, action: offers.append(
        (title, message, action)) or len(offers) > 1)
    monkeypatch.setattr(window, "restart", lambda: restarts.append(window.session.path))
    menu = menu_action(window, "Edit", "Language").menu()
    entries = {action.text(): action for action in menu.actions()}
    assert list(entries) == ["English", "Español", "Français", "Português", "العربية", "Kiswahili"]
    assert [text for text, action in entries.items() if action.isChecked()] == ["English"]

    entries["Español"].trigger()
    assert QSettings().value(LANGUAGE_KEY) == "es"
    assert offers[-1] == ("Language", "CoSafe will speak Español the next time it starts. Every change to the "
                                      "project is already saved. Restart now?", "Restart Now")
    assert restarts == []  # Later: the safe answer
    entries["العربية"].trigger()
    assert QSettings().value(LANGUAGE_KEY) == "ar" and restarts == [str(project_path)]
    entries["English"].trigger()  # back to the language in use: nothing to restart for
    assert QSettings().value(LANGUAGE_KEY) == "en" and len(offers) == 2


def test_the_restart_runs_this_python_on_the_same_project():
    import sys

    assert restart_command("/data/p.gpkg") == [sys.executable, "-m", "cosafe", "/data/p.gpkg"]
    assert restart_command(None) == [sys.executable, "-m", "cosafe"]
