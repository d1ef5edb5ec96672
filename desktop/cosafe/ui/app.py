"""Start the desktop application.

Contract: ``run_application(project_path, read_only, language)`` creates (or reuses)
the QApplication in that language (``ui.language``; default: the chosen one), shows
the main window, opens ``project_path`` if given -- an error is shown as a dialog and
the window stays on the welcome page -- and returns the exit code of the event loop.

Benchmark hook: with ``COSAFE_EXIT_AFTER_SHOWN=1`` the app prints
``shown <seconds since process start>`` once the window is shown with the project
loaded and painted, then quits with 0 (1 if the project could not be opened).
In that mode dialogs print to stderr instead of waiting for a click.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cosafe import APP_NAME, __version__
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.icons import icon, stylesheet
from cosafe.ui.language import chosen_language, install_language

_IMPORTED_AT = time.monotonic()
EXIT_AFTER_SHOWN_ENV = "COSAFE_EXIT_AFTER_SHOWN"


def seconds_since_process_start() -> float:
    """Age of this process, from /proc where available (10 ms resolution), else since import.

    /proc/self/stat gives the start time in clock ticks since boot and /proc/uptime
    the time since boot, so their difference is the age without psutil.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            # The command name (field 2) may contain spaces; fields after ")" are fixed.
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 overall: starttime
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


def create_application(language: str | None = None) -> QApplication:
    """The application in ``language`` (default: the one chosen in Settings, else the computer's)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_language(app, language or chosen_language())
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("cosafe"))
    app.setDesktopFileName("cosafe")
    qss = stylesheet()
    if qss:
        app.setStyleSheet(qss)
    return app


def run_application(project_path: str | None, read_only: bool = False, language: str | None = None) -> int:
    """Show the main window (on ``project_path`` if given, in ``language``) and run until it closes."""
    benchmark = os.environ.get(EXIT_AFTER_SHOWN_ENV) == "1"
    app = create_application(language)
    dialogs.set_non_interactive(benchmark)
    from cosafe.ui.shell.main_window import MainWindow

    window = MainWindow()
    window.show()
    opened = True
    if project_path:
        opened = window.open_project(project_path, read_only=read_only)
    if benchmark:
        def report() -> None:
            window.repaint()  # make sure the first frame with the project has been painted
            print(f"shown {seconds_since_process_start():.3f}", flush=True)
            app.exit(0 if opened else 1)

        QTimer.singleShot(0, report)
    code = app.exec()
    window.close()
    return code
