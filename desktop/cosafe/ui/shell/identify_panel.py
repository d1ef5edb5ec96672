"""The Identify dock's contents: what the basemap feature someone clicked on is.

Contract:
- ``IdentifyPanel(parent=None)``; ``show_feature(feature)`` shows a dict as
  ``MapCanvas.feature_identified`` emits it (keys: name, style_class, class_label,
  layer_name, tags; others ignored, missing ones tolerated) or, for None, the calm
  hint "Click a map feature to see what it is".
- Shown: the feature's name as a heading (or "Unnamed <class>"), its class and
  layer, and its tags in a two-column, read-only table (key, value; sorted by key).
- The panel only displays: it never reads or writes the project. The window docks
  it and connects ``canvas.feature_identified`` to ``show_feature``.
- ``origin_text`` (None, or a callable feature dict -> str, set by the merge UI) gives
  the "Made on: <laptop> · <group>" line shown under the kind for a project record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.ui.kit.page_stack import CurrentPageStack

EMPTY_TEXT = QT_TRANSLATE_NOOP("IdentifyPanel", "Click a map feature to see what it is")
NO_TAGS_TEXT = QT_TRANSLATE_NOOP("IdentifyPanel", "No further details recorded for this feature.")


class IdentifyPanel(QWidget):
    """Name, class, layer and tags of one identified basemap feature."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identifyPanel")
        self.feature: dict[str, Any] | None = None
        self.origin_text: Callable[[dict[str, Any]], str] | None = None

        self.empty_label = QLabel(translate("IdentifyPanel", EMPTY_TEXT), self)
        self.empty_label.setObjectName("panelHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("identifyTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("identifyKind")
        self.kind_label.setWordWrap(True)
        self.origin_label = QLabel(self)
        self.origin_label.setObjectName("identifyOrigin")
        self.origin_label.setWordWrap(True)
        self.no_tags_label = QLabel(translate("IdentifyPanel", NO_TAGS_TEXT), self)
        self.no_tags_label.setObjectName("panelHint")
        self.no_tags_label.setWordWrap(True)

        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("identifyTags")
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Value")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.title_label)
        details_layout.addWidget(self.kind_label)
        details_layout.addWidget(self.origin_label)
        details_layout.addWidget(self.table)
        details_layout.addWidget(self.no_tags_label)
        details_layout.addStretch(1)

        self.pages = CurrentPageStack(self)
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)
        self.show_feature(None)

    def show_feature(self, feature: Mapping[str, Any] | None) -> None:
        """Show ``feature`` (a dict from ``MapCanvas.feature_identified``), or the hint for None."""
        self.feature = dict(feature) if feature is not None else None
        if feature is None:
            self.pages.setCurrentWidget(self.empty_label)
            self.table.setRowCount(0)
            return
        class_label = str(feature.get("class_label") or feature.get("style_class") or self.tr("feature"))
        name = feature.get("name")
        self.title_label.setText(str(name) if name else arg(self.tr("Unnamed %1", "%1 a kind of map feature"), class_label.lower()))
        layer = feature.get("layer_name")
        self.kind_label.setText(arg(self.tr("%1 · layer “%2”"), class_label, layer) if layer else class_label)
        origin = self.origin_text(self.feature) if self.origin_text is not None else ""
        self.origin_label.setText(origin)
        self.origin_label.setVisible(bool(origin))
        tags = feature.get("tags") or {}
        rows = sorted((str(k), str(v)) for k, v in tags.items())
        self.table.setRowCount(len(rows))
        for row, (key, value) in enumerate(rows):
            for column, text in enumerate((key, value)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        # As tall as its rows (a few tags should not float in an empty white box); scrolls past that.
        frame = 2 * self.table.frameWidth()
        self.table.setMaximumHeight(self.table.horizontalHeader().sizeHint().height() + frame
                                    + sum(self.table.rowHeight(r) for r in range(len(rows))))
        self.table.setVisible(bool(rows))
        self.no_tags_label.setVisible(not rows)
        self.pages.setCurrentIndex(1)

    def tag_rows(self) -> list[tuple[str, str]]:
        """The table's (tag, value) rows as shown."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]
