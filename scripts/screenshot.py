"""Take a screenshot of the CoSafe main window on a project (for the README and reviews).

Usage: python scripts/screenshot.py PROJECT OUT.png [--size 1280x800] [--delay 1.5] [--present] [--high-contrast]
       [--language xx]
Run it on a real screen or under Xvfb (e.g. ``xvfb-run -a -s "-screen 0 1024x768x24"``);
with QT_QPA_PLATFORM=offscreen it works too, without window decorations. Without
``--size`` the window takes the size it opens with on that screen. ``--present``
shoots View › Presentation Mode instead (the screen it covers). ``--language`` shows
the window in that language (default: as ``cosafe`` would start, from the computer's).
Settings are kept in a temporary folder, so remembered layouts do not leak in.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project")
    parser.add_argument("output")
    parser.add_argument("--size", default="", help="WIDTHxHEIGHT (default: as the window opens on the screen)")
    parser.add_argument("--present", action="store_true", help="shoot presentation mode")
    parser.add_argument("--high-contrast", action="store_true", help="with View › High-Contrast Map")
    parser.add_argument("--language", default=None, help="the window's language code: en, es, fr, pt, ar, sw")
    parser.add_argument("--delay", type=float, default=1.5, help="seconds to wait before the shot")
    args = parser.parse_args()
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="cosafe-shot-")

    from PySide6.QtCore import Qt, QTimer

    from cosafe.ui.app import create_application
    from cosafe.ui.shell.main_window import MainWindow

    app = create_application(args.language)
    window = MainWindow()
    if args.size:
        width, height = (int(v) for v in args.size.split("x"))
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
        window.resize(width, height)
    window.show()
    if not window.open_project(args.project):
        return 1
    window.commands.high_contrast.setChecked(args.high_contrast)
    if args.present:
        window.commands.presentation.trigger()

    def shoot() -> None:
        shown = window.presentation.window if args.present else window
        shown.grab().save(args.output)
        print(f"wrote {args.output}")
        app.quit()

    QTimer.singleShot(int(args.delay * 1000), shoot)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
