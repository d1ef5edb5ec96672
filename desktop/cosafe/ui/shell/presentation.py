"""Presentation mode: the map for the room, full screen, large, with only what the room uses now.

Contract:
- ``Presentation(parts, leave)`` (``PresentationParts``: the main window, its map
  canvas, the Voting dock, makers of the workshop and group choosers and of the legend,
  the tool and undo actions) enters with ``enter()`` and leaves with ``leave()``
  (``toggle(on)``; ``leave`` is the Escape action). ``active`` says whether it is on;
  ``toggled(bool)`` follows it.
- Entering moves the map and the voting panel into the ``PresentationWindow``, shown
  full screen on ``presentation_screen(...)``, and leaving gives both back where they
  were: the same widgets, so a drawing or a vote made there is the window's. The
  presentation has choosers of its own for the active workshop and group (the main
  window keeps its bar) and the legend. The main window shows a note in place of
  the map, and the Voting dock a note in place of its panel, meanwhile.
- The top row is the two choosers, without their labels, and a square End button (its
  words in its tooltip; Escape ends too): on a 1024-pixel projector the choosers show
  a workshop's whole title and a group's whole name. The labels' Alt+W and Alt+G still
  reach them, and their names are the choosers' accessible names.
- The presentation's text is ``scale`` times the application's (``SCALES``, at least
  1.75, saved as View › Presentation Text Size); every button, combo and list row in
  it is at least ``MIN_TARGET_PX`` pixels tall, and tool buttons as wide.
- Screens: with several, the presentation goes to the largest screen other than the
  main window's (the projector: the facilitator keeps the normal window on the
  laptop); with one, it covers that screen. If its screen goes away (the projector
  is unplugged), the presentation ends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (QApplication, QComboBox, QDockWidget, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QToolBar, QToolButton, QVBoxLayout, QWidget)

from cosafe.ui.kit.icons import icon

SCALES = (1.75, 2.0, 2.5, 3.0)  # of the normal text size: read from across a room
DEFAULT_SCALE = 2.0
SCALE_KEY = "presentation/scale"
MIN_TARGET_PX = 44  # the smallest a finger or a hurried mouse should have to hit
SIDE_SHARE = 0.27  # of the screen's width: the legend and the voting


class HasGeometry(Protocol):
    def geometry(self) -> QRect: ...


def presentation_screen(window_screen: HasGeometry | None, screens: Sequence[HasGeometry]) -> HasGeometry:
    """The screen the room looks at: the largest screen but the window's, or the only one.

    A projector or a large display is usually the larger screen; when two are as
    large, the later one, since a system lists its built-in screen first.
    """
    others = [screen for screen in screens if screen is not window_screen] or list(screens)
    if not others:
        raise ValueError("no screen")
    area = lambda screen: screen.geometry().width() * screen.geometry().height()  # noqa: E731
    return max(reversed(others), key=area)


def saved_scale() -> float:
    value = QSettings().value(SCALE_KEY, DEFAULT_SCALE)
    try:
        scale = float(value)
    except (TypeError, ValueError):
        return DEFAULT_SCALE
    return scale if scale in SCALES else DEFAULT_SCALE


def save_scale(scale: float) -> None:
    QSettings().setValue(SCALE_KEY, scale)


def target_px(scale: float) -> int:
    return max(MIN_TARGET_PX, round(24 * scale))


def presentation_font(scale: float) -> QFont:
    font = QFont(QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    return font


def presentation_style(scale: float) -> str:
    """Large text and targets for everything in the presentation, borrowed panels included.

    The font is in the style sheet rather than only set on the window: once an
    application has a style sheet, Qt takes a child's font from the style sheet, and a
    font set on the parent no longer reaches the children.
    """
    target = target_px(scale)
    font = presentation_font(scale)
    size = f"{font.pointSizeF():g}pt" if font.pointSizeF() > 0 else f"{font.pixelSize()}px"
    return (f"* {{ font-size: {size}; }}\n"
            f"QPushButton, QToolButton, QComboBox {{ min-height: {target}px; }}\n"
            f"QToolButton {{ min-width: {target}px; }}\n"
            f"QAbstractItemView::item {{ min-height: {target}px; }}\n")


@dataclass
class PresentationParts:
    """What the presentation shows, handed over by the window that owns it."""

    main_window: QWidget  # its screen is the facilitator's
    map_canvas: Callable[[], QWidget]  # the map (made with the first project)
    voting_dock: QDockWidget
    choosers: Callable[[QToolBar], object]  # puts the workshop and group choosers in the bar
    legend: Callable[[QWidget], QWidget]  # makes the legend inside the presentation
    tools: list[QAction]  # drawing and pin tools
    undo: list[QAction]  # the short Undo and Redo
    keys: list[QAction]  # whose shortcuts work in the presentation too (F5, Ctrl+Z)
    show_map_away: Callable[[bool], None]  # the main window's note in place of the map, or the map again
    give_back_map: Callable[[QWidget], None]


class MapAwayNote(QWidget):
    """What the main window shows in place of the map while the map is presented."""

    def __init__(self, leave: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapAwayNote")
        text = QLabel(self.tr("The map is on the presentation screen.\nPress F5 or Escape to bring it back here."), self)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(self.tr("End Presentation"), self)
        button.clicked.connect(leave.trigger)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


class PresentationWindow(QWidget):
    """The map for the room: workshop, group and End on top, tools and undo at the left,
    the legend and the voting at the right."""

    def __init__(self, parts: PresentationParts, leave: QAction, scale: float) -> None:
        # A window of its own, owned by the main window: it goes when that goes.
        super().__init__(parts.main_window, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setWindowTitle(self.tr("CoSafe — Presentation"))
        self.scale = scale
        self.leave_action = leave
        self.choosers = QToolBar(self.tr("Workshop and Group"), self)
        self.choosers.setObjectName("presentationChoosers")
        self.choosers_owner = parts.choosers(self.choosers)  # keeps them bound to the active workshop
        for combo in self.choosers.findChildren(QComboBox):
            # As wide as the row allows, and never so wide that the other goes behind "»".
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setMaximumWidth(16_777_215)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            if combo.objectName() == "groupCombo":
                # A group's name is short: it takes what its longest name needs, the workshop's title the rest.
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # On a 1024-pixel projector the top row is the choosers': what they hold says what
        # they are (a workshop's title, a group's swatch and name), so their labels give way,
        # and the way out is a square button whose words are its tooltip (and Escape still).
        for action in self.choosers.actions():
            label = self.choosers.widgetForAction(action)
            if action.isSeparator() or isinstance(label, QLabel):
                action.setVisible(False)  # a widget in a tool bar shows and hides with its action
            if isinstance(label, QLabel) and label.buddy() is not None:
                self._keep_label_keys(label, label.buddy())
        self.leave_button = QToolButton(self)
        self.leave_button.setIcon(icon("presentation-end"))
        self.leave_button.setObjectName("leavePresentation")
        end = self.tr("End Presentation (Esc)")
        self.leave_button.setToolTip(end)
        self.leave_button.setAccessibleName(end)
        self.leave_button.clicked.connect(leave.trigger)
        top = QHBoxLayout()
        top.setContentsMargins(8, 4, 8, 4)
        top.addWidget(self.choosers, 1)
        top.addWidget(self.leave_button)
        self.toolbar = QToolBar(self.tr("Tools"), self)
        self.toolbar.setObjectName("presentationTools")
        self.toolbar.setOrientation(Qt.Orientation.Vertical)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.toolbar.addActions(parts.tools)
        self.toolbar.addSeparator()
        # Drawing, then voting: the voting takes a third of the screen only while the room votes.
        self.voting_action = QAction(icon("voting"), self.tr("Voting"), self)
        self.voting_action.setCheckable(True)
        self.voting_action.setToolTip(self.tr("Show the dot voting and the ranking beside the map"))
        self.voting_action.toggled.connect(self._show_voting)
        self.toolbar.addAction(self.voting_action)
        self.toolbar.addSeparator()
        self.toolbar.addActions(parts.undo)
        self.map_slot = QVBoxLayout()
        self.map_slot.setContentsMargins(0, 0, 0, 0)
        self.side_panel = QWidget(self)
        self.side = QVBoxLayout(self.side_panel)
        self.side.setContentsMargins(8, 0, 8, 8)
        self.legend = parts.legend(self.side_panel)
        self.side.addWidget(self.legend)
        self.voting_slot = QVBoxLayout()
        self.voting_slot.setContentsMargins(0, 8, 0, 0)
        self.side.addLayout(self.voting_slot, 1)
        self.side.addStretch(0)
        self._screen_width = 1024
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.toolbar)
        body.addLayout(self.map_slot, 1)
        body.addWidget(self.side_panel)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(top)
        column.addLayout(body, 1)
        self.addActions([leave, *parts.keys])
        self.set_scale(scale)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.setFont(presentation_font(scale))
        self.setStyleSheet(presentation_style(scale))
        icon_px = target_px(scale) - 12
        self.toolbar.setIconSize(QSize(icon_px, icon_px))
        self.leave_button.setIconSize(QSize(icon_px, icon_px))
        swatch_px = self.fontMetrics().height() - 4
        for combo in self.choosers.findChildren(QComboBox):
            combo.setIconSize(QSize(swatch_px, swatch_px))  # the group's colour, as large as its name

    def hold_voting(self, panel: QWidget) -> None:
        """Show ``panel`` (the voting) at the side while Voting is on."""
        self.voting_slot.addWidget(panel)
        self._show_voting(self.voting_action.isChecked())

    def _voting_panel(self) -> QWidget | None:
        item = self.voting_slot.itemAt(0)
        return item.widget() if item is not None else None

    def _keep_label_keys(self, label: QLabel, chooser: QWidget) -> None:
        """A hidden label's Alt+letter still reaches its chooser, and a screen reader still
        hears what the chooser is, as in the window."""
        key = QKeySequence.mnemonic(label.text())
        if not key.isEmpty():
            QShortcut(key, self, lambda: chooser.setFocus(Qt.FocusReason.ShortcutFocusReason))
        if not chooser.accessibleName():
            chooser.setAccessibleName(label.text().replace("&", "").strip(" :\u00a0"))

    def _show_voting(self, on: bool) -> None:
        panel = self._voting_panel()
        if panel is not None:
            panel.setVisible(on)
        self._fit_side()

    def _fit_side(self) -> None:
        """The side column: a share of the screen with the voting, just the legend's width without."""
        share = min(560, max(300, int(SIDE_SHARE * self._screen_width)))
        voting = self._voting_panel()
        if voting is not None and voting.isVisibleTo(self):
            self.side_panel.setFixedWidth(share)
        else:
            self.side_panel.setFixedWidth(min(share, max(200, self.legend.sizeHint().width() + 16)))

    def fit_screen(self, screen: QScreen) -> None:
        """Full screen on ``screen``; the side column a share of it at most, so the map keeps the rest."""
        self._screen_width = screen.geometry().width()
        self._fit_side()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Closed by the window manager (Alt+F4) or by quitting: give the map back first.
        # (Refusing to close would stop the application from quitting.)
        self.leave_action.trigger()
        super().closeEvent(event)


class Presentation(QObject):
    """Enters and leaves presentation mode (see the module contract)."""

    toggled = Signal(bool)

    def __init__(self, parts: PresentationParts, leave: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.leave_action = leave
        self.window: PresentationWindow | None = None  # made on first use, kept: its choosers stay bound
        self.active = False
        self._voting_panel: QWidget | None = None
        self._canvas: QWidget | None = None
        QGuiApplication.instance().screenRemoved.connect(self._screen_removed)

    @property
    def scale(self) -> float:
        return self.window.scale if self.window is not None else saved_scale()

    def set_scale(self, scale: float) -> None:
        save_scale(scale)
        if self.window is not None:
            self.window.set_scale(scale)

    def toggle(self, on: bool) -> None:
        if on:
            self.enter()
        else:
            self.leave()

    def enter(self, screen: QScreen | None = None) -> None:
        """Show the presentation (on ``screen``, else the one ``presentation_screen`` picks)."""
        if self.active:
            return
        parts = self.parts
        if self.window is None:
            self.window = PresentationWindow(parts, self.leave_action, saved_scale())
        window = self.window
        self.active = True
        self._canvas = parts.map_canvas()
        parts.show_map_away(True)
        window.map_slot.addWidget(self._canvas)
        self._voting_panel = parts.voting_dock.widget()
        note = QLabel(self.tr("Voting is on the presentation screen."), parts.voting_dock)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        parts.voting_dock.setWidget(note)
        window.hold_voting(self._voting_panel)
        self._canvas.show()
        chosen = screen or presentation_screen(parts.main_window.screen(), QGuiApplication.screens())
        window.fit_screen(chosen)
        window.activateWindow()
        self._canvas.setFocus()
        self.toggled.emit(True)

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        parts = self.parts
        if self._canvas is not None:
            parts.give_back_map(self._canvas)
        parts.show_map_away(False)
        if self._voting_panel is not None:
            away = parts.voting_dock.widget()
            parts.voting_dock.setWidget(self._voting_panel)
            self._voting_panel.show()
            away.deleteLater()
        self._canvas = self._voting_panel = None
        if self.window is not None:
            self.window.hide()
        parts.main_window.activateWindow()  # the keys go back to the facilitator's window
        self.toggled.emit(False)

    def _screen_removed(self, screen: QScreen) -> None:
        if self.active and self.window is not None and self.window.screen() is screen:
            self.leave()
