"""The page shown when no project is open: what CoSafe is, how to start, recent projects.

Contract: the page only emits requests (``new_requested``, ``open_requested``,
``sample_requested``, ``recent_chosen(path)``); the main window acts on them.
``set_recent(paths)`` refreshes the list.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate
from cosafe.ui.kit.icons import icon

INTRO = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Plan safer streets together. CoSafe keeps a neighbourhood’s safety audit walks, "
    "residents’ perception pins, proposals and the agreed action plan in one project "
    "file that works without the internet, so a workshop can run on one laptop and "
    "field teams can merge their work later."
)


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # let the stylesheet paint it
        self._pending: str | None = None
        column = QWidget(self)
        column.setObjectName("welcomeColumn")
        # A readable line length on a wide screen; the page centres the column.
        column.setMaximumWidth(720)

        logo = QLabel(column)
        logo.setPixmap(icon("cosafe").pixmap(QSize(72, 72)))
        title = QLabel("CoSafe", column)
        title.setObjectName("welcomeTitle")
        subtitle = QLabel(self.tr("Participatory urban-safety planning"), column)
        subtitle.setObjectName("welcomeSubtitle")
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(logo)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(subtitle)
        heading.addLayout(titles)
        heading.addStretch(1)

        intro = QLabel(translate("WelcomePage", INTRO), column)
        intro.setObjectName("welcomeIntro")
        intro.setWordWrap(True)

        self.new_button = self._button(self.tr("New Project…"), "document-new", self.new_requested, primary=True)
        self.open_button = self._button(self.tr("Open Project…"), "document-open", self.open_requested)
        self.sample_button = self._button(self.tr("Open Sample Project"), "sample", self.sample_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        for button in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        recent_title = QLabel(self.tr("Recent projects"), column)
        recent_title.setObjectName("welcomeSection")
        self.recent_list = QListWidget(column)
        self.recent_list.setObjectName("recentList")
        self.recent_list.setIconSize(QSize(20, 20))
        self.recent_list.itemActivated.connect(self._item_chosen)
        self.recent_list.itemClicked.connect(self._item_chosen)
        self.empty_label = QLabel(self.tr("Projects you open will be listed here."), column)
        self.empty_label.setObjectName("welcomeHint")

        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(heading)
        layout.addSpacing(6)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        layout.addSpacing(18)
        layout.addWidget(recent_title)
        layout.addWidget(self.recent_list)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)  # the page stays packed at the top

        inner = QWidget()
        outer = QHBoxLayout(inner)
        outer.setContentsMargins(40, 56, 40, 32)
        outer.addStretch(1)
        outer.addWidget(column, 3)
        outer.addStretch(1)
        # Scrolls on a low screen rather than holding the window (and the map after it) tall.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)

    def _button(self, text: str, icon_name: str, signal: Signal, primary: bool = False) -> QPushButton:
        # The line icons are dark; on the filled primary button text alone reads better.
        button = QPushButton(text, self) if primary else QPushButton(icon(icon_name), text, self)
        button.setIconSize(QSize(18, 18))
        button.setObjectName("primaryButton" if primary else "welcomeButton")
        button.setMinimumHeight(36)
        button.clicked.connect(signal.emit)
        return button

    def set_recent(self, paths: list[str]) -> None:
        self.recent_list.clear()
        for path in paths:
            name = os.path.splitext(os.path.basename(path))[0]
            item = QListWidgetItem(icon("document-open"), f"{name}\n{os.path.dirname(path)}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(paths))
        self.empty_label.setVisible(not paths)
        if paths:
            # As tall as its rows (there are at most ten): no empty white box below.
            rows = sum(self.recent_list.sizeHintForRow(i) for i in range(self.recent_list.count()))
            frame = 2 * self.recent_list.frameWidth()
            self.recent_list.setFixedHeight(rows + frame + 10)

    def recent_paths(self) -> list[str]:
        return [self.recent_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.recent_list.count())]

    def _item_chosen(self, item: QListWidgetItem) -> None:
        # One click can emit both itemClicked and itemActivated (single-click styles);
        # coalesce them, and emit after the list's own event handling has finished,
        # because opening a project refreshes (and so deletes) these items.
        path = item.data(Qt.ItemDataRole.UserRole)
        if path and self._pending is None:
            self._pending = path
            QTimer.singleShot(0, self, self._emit_pending)

    def _emit_pending(self) -> None:
        path, self._pending = self._pending, None
        if path:
            self.recent_chosen.emit(path)
