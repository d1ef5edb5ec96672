"""Panels that rebuild from the store only when someone can see them.

Contract: mix ``RefreshWhenShown`` into a QWidget whose ``refresh()`` rebuilds it;
call ``refresh_soon()`` where it would call ``refresh()``; a dock made by
``Host.add_dock`` calls ``refresh_if_stale()`` when its tab comes forward.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer


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
        if self.visibleRegion().isEmpty():  # type: ignore[attr-defined]
            self._stale = True
        else:
            self.refresh()  # type: ignore[attr-defined]

    def refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()  # type: ignore[attr-defined]

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
