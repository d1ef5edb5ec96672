"""Panels that rebuild from the store only when someone can see them.

Contract: mix ``RefreshWhenShown`` into a QWidget whose ``refresh()`` rebuilds it;
call ``refresh_soon()`` where it would call ``refresh()``; a dock made by
``Host.add_dock`` calls ``refresh_if_stale()`` when its tab comes forward. While a
progress job's worker holds the store (``progress_job.store_in_use``) no panel reads it:
one that would rebuild stays stale and rebuilds after the job, if it is still shown.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer

from cosafe.ui.kit import progress_job


class RefreshWhenShown:
    """For panels that rebuild from the store: rebuild now if on screen, else when next shown.

    A workshop can hold thousands of proposals; rebuilding every dock tab nobody is
    looking at after each edit made one drawn stroke cost seconds. Mix into a QWidget
    whose ``refresh()`` rebuilds it, call ``refresh_soon()`` where it used
    ``refresh()``, and call ``refresh_if_stale()`` when its dock tab comes forward
    (QDockWidget.visibilityChanged): a widget in a tab behind another keeps
    ``isVisible()`` but has nothing on screen.
    """

    _stale = False

    def refresh_soon(self) -> None:
        self._stale = True
        if not self.visibleRegion().isEmpty():  # type: ignore[attr-defined]
            self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if not self._stale:
            return
        if progress_job.store_in_use():
            # A timer or posted event inside a job's progress dialog (a show event's
            # refresh, say): reading the store now would run beside the worker's
            # statements on the same connection.
            progress_job.when_store_free(self._refresh_after_job)
            return
        self._stale = False
        self.refresh()  # type: ignore[attr-defined]

    def _refresh_after_job(self) -> None:
        if shiboken6.isValid(self):  # the panel may have been deleted during the job
            self._refresh_if_still_shown()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            # Docks shown again as a project opens get a show event each, the tabs behind
            # others too, just before the tab layout hides those again: look which are
            # still shown once the event loop has settled that.
            QTimer.singleShot(0, self, self._refresh_if_still_shown)  # type: ignore[call-overload]

    def _refresh_if_still_shown(self) -> None:
        if not self.visibleRegion().isEmpty():  # type: ignore[attr-defined]
            self.refresh_if_stale()
