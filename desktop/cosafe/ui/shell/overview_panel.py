"""The Project overview dock: what the open project is and how much it holds.

Contract: ``set_session(session | None)`` shows a project (or a short hint); the
panel listens to ``session.changed`` and re-reads only what the Change flags say
changed (the header on PROJECT, the counts on anything else). It reads the store
and never writes.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from cosafe.core.changes import Change, change_for_table
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.store.project_store import count_label
from cosafe.store.schema.v1 import BASEMAP_FEATURE_TABLES
from cosafe.ui.kit.connections import follow
from cosafe.ui.kit.dates import show_date_time
from cosafe.ui.session import ProjectSession
from cosafe.ui.kit.numbers import grouped

# Counts are grouped the way a facilitator thinks about a project, not by table.
SECTIONS: tuple[tuple[str, Change], ...] = (
    (QT_TRANSLATE_NOOP("OverviewPanel", "Workshops"), Change.WORKSHOPS),
    (QT_TRANSLATE_NOOP("OverviewPanel", "Safety audits"), Change.AUDITS),
    (QT_TRANSLATE_NOOP("OverviewPanel", "Perceptions and incidents"), Change.PINS | Change.INCIDENTS),
    (QT_TRANSLATE_NOOP("OverviewPanel", "Proposals and action plan"), Change.PROPOSALS | Change.PLAN | Change.VOTES),
    (QT_TRANSLATE_NOOP("OverviewPanel", "Basemap"), Change.BASEMAP),
    (QT_TRANSLATE_NOOP("OverviewPanel", "Attachments"), Change.ATTACHMENTS),
)


def table_change(table: str) -> Change:
    return Change.BASEMAP if table in BASEMAP_FEATURE_TABLES else change_for_table(table)


class OverviewPanel(QScrollArea):
    """Name, place, description, dates, privacy threshold and record counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._session: ProjectSession | None = None
        self.count_labels: dict[str, QLabel] = {}

        body = QWidget(self)
        body.setObjectName("overviewBody")
        self.name_label = self._label(body, "overviewName")
        self.place_label = self._label(body, "overviewPlace")
        self.description_label = self._label(body, "overviewDescription")
        self.dates_label = self._label(body, "overviewMeta")
        self.threshold_label = self._label(body, "overviewMeta")
        self.path_label = self._label(body, "overviewPath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_grid = QGridLayout()
        self.counts_grid.setHorizontalSpacing(12)
        self.counts_grid.setVerticalSpacing(3)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        for label in (self.name_label, self.place_label, self.description_label):
            layout.addWidget(label)
        layout.addSpacing(6)
        for label in (self.dates_label, self.threshold_label, self.path_label):
            layout.addWidget(label)
        layout.addSpacing(8)
        layout.addLayout(self.counts_grid)
        layout.addStretch(1)
        self.setWidget(body)
        self._show_nothing()

    @staticmethod
    def _label(parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def set_session(self, session: ProjectSession | None) -> None:
        self._session = follow(self._session, session, "changed", self.refresh)
        if session is None:
            self._show_nothing()
            return
        self.refresh(Change.ALL)

    def refresh(self, change: Change) -> None:
        if self._session is None:
            return
        if change & Change.PROJECT:
            self._refresh_header()
        if change & ~Change.PROJECT:
            self._refresh_counts()

    def _show_nothing(self) -> None:
        self.name_label.setText(self.tr("No project open"))
        for label in (self.place_label, self.description_label, self.dates_label, self.threshold_label, self.path_label):
            label.clear()
            label.hide()
        self._clear_counts()

    def _refresh_header(self) -> None:
        assert self._session is not None
        store = self._session.store
        meta = store.meta()
        self.name_label.setText(meta.get("name") or self.tr("Untitled project"))
        self._set_optional(self.place_label, meta.get("place") or "")
        self._set_optional(self.description_label, meta.get("description") or "")
        self._set_optional(self.dates_label, arg(self.tr("Created %1\nLast changed %2"),
                                                 show_date_time(meta.get("created_at"), "—"),
                                                 show_date_time(meta.get("updated_at"), "—")))
        threshold = store.suppression_threshold
        self._set_optional(self.threshold_label, arg(self.tr("Privacy: counts and means for groups smaller than %1 "
                                                             "are hidden, and so is any count from which one could "
                                                             "be worked out"), threshold))
        self._set_optional(self.path_label, os.path.normpath(store.path))

    @staticmethod
    def _set_optional(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _clear_counts(self) -> None:
        while self.counts_grid.count():
            item = self.counts_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.count_labels.clear()

    def _refresh_counts(self) -> None:
        assert self._session is not None
        counts = self._session.store.counts()
        self._clear_counts()
        row = 0
        placed: set[str] = set()
        for title, flags in SECTIONS:
            # A table in two sections' topics (translated labels: audits and pins) is counted in the first.
            tables = [t for t in counts if table_change(t) & flags and t not in placed]
            placed.update(tables)
            if not tables:
                continue
            heading = QLabel(translate("OverviewPanel", title), self.widget())
            heading.setObjectName("overviewSection")
            self.counts_grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for table in tables:
                name = QLabel(count_label(table), self.widget())
                value = QLabel(grouped(counts[table]), self.widget())
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                for label in (name, value):
                    label.setObjectName("overviewCount" if counts[table] else "overviewZero")
                self.counts_grid.addWidget(name, row, 0)
                self.counts_grid.addWidget(value, row, 1)
                self.count_labels[table] = value
                row += 1
        self.counts_grid.setColumnStretch(0, 1)
