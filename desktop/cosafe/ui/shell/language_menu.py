"""Edit › Language: the languages CoSafe speaks, each named in itself; a change takes effect on restart.

Contract: ``LanguageMenu(parent, restart)`` lists ``core.i18n.LANGUAGES`` as checkable
entries ("Español", "العربية"), the language in use checked. Choosing another
remembers it (``ui.language.choose_language``) and offers to restart now — the safe
answer, the default, is Later — calling ``restart()`` when the person accepts. The
window is not translated in place: half a window in one language and half in another
is worse than a restart, and every project edit is already saved.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from cosafe.core.i18n import LANGUAGES, arg
from cosafe.ui.kit import dialogs
from cosafe.ui.language import choose_language, chosen_language


class LanguageMenu(QMenu):
    def __init__(self, parent: QWidget, restart: Callable[[], None], in_use: str | None = None) -> None:
        super().__init__(self.tr("Lan&guage"), parent)
        self.setObjectName("languageMenu")
        self.setToolTipsVisible(True)
        self._restart = restart
        self.in_use = in_use or chosen_language()
        group = QActionGroup(self)
        self.entries: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            entry = QAction(name, self, checkable=True)
            entry.setChecked(code == self.in_use)
            entry.setStatusTip(arg(self.tr("Use CoSafe in %1 (from its next start)"), name))
            entry.triggered.connect(lambda _checked=False, chosen=code: self.choose(chosen))
            group.addAction(entry)
            self.addAction(entry)
            self.entries[code] = entry

    def choose(self, code: str) -> None:
        choose_language(code)
        if code == self.in_use:
            return
        name = LANGUAGES[code]
        if dialogs.offer(self.parentWidget(), self.tr("Language"),
                         arg(self.tr("CoSafe will speak %1 the next time it starts. Every change to the project is "
                                     "already saved. Restart now?"), name),
                         self.tr("Restart Now")):
            self._restart()


def restart_command(project_path: str | None) -> list[str]:
    """How to start CoSafe again, on the same project: this Python running the package."""
    return [sys.executable, "-m", "cosafe", *([project_path] if project_path else [])]


def quit_and_restart(project_path: str | None) -> None:
    """Start a new CoSafe on ``project_path`` (closed by the caller first: it is locked while open), then quit."""
    program, *arguments = restart_command(project_path)
    if QProcess.startDetached(program, arguments):
        QCoreApplication.quit()
