"""Read-only banner, status bar contents and the Help texts of the main window.

Contract: ``ReadOnlyBanner.show_reason(reason)`` shows the yellow banner for a
non-empty reason and hides it otherwise; ``StatusArea`` owns the permanent status
bar widgets (how work is saved, cursor position). Texts live here so the window
module stays about behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from cosafe import APP_NAME, __version__
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.ui.shell.words import AboutCoSafe

SAVED_TEXT = QT_TRANSLATE_NOOP("AboutCoSafe", "All changes are saved as you work")
READ_ONLY_TEXT = QT_TRANSLATE_NOOP("AboutCoSafe", "Read-only: nothing you do changes the file")


class ReadOnlyBanner(QFrame):
    """The yellow bar at the top of the window for a read-only project."""

    save_as_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.label = QLabel(self)
        self.label.setObjectName("readOnlyText")
        self.label.setWordWrap(True)
        button = QPushButton(self.tr("Save As…"), self)
        button.setObjectName("bannerButton")
        button.clicked.connect(self.save_as_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(button)
        self.hide()

    def show_reason(self, reason: str) -> None:
        if reason:
            self.label.setText(arg(self.tr("<b>Read-only:</b> %1. Use File › Save As to make an editable copy."), reason))
        self.setVisible(bool(reason))

    def text(self) -> str:
        """The banner's message as plain text (for tests and accessibility)."""
        return self.label.text().replace("<b>", "").replace("</b>", "")


class StatusArea:
    """Permanent widgets on the right of the status bar."""

    def __init__(self, bar: QStatusBar) -> None:
        self.position_label = QLabel(bar)
        self.position_label.setObjectName("positionLabel")
        self.position_label.setMinimumWidth(220)
        self.saving_label = QLabel(bar)
        self.saving_label.setObjectName("savingLabel")
        bar.addPermanentWidget(self.position_label)
        bar.addPermanentWidget(self.saving_label)

    def show_project(self, open_: bool, read_only: bool) -> None:
        self.saving_label.setText(translate("AboutCoSafe", READ_ONLY_TEXT) if read_only
                                  else translate("AboutCoSafe", SAVED_TEXT) if open_ else "")
        if not open_:
            self.position_label.clear()

    def show_position(self, lon: float, lat: float) -> None:
        latitude, longitude = f"{abs(lat):.5f}", f"{abs(lon):.5f}"
        if lat >= 0:
            text = (arg(AboutCoSafe.tr("%1° N   %2° E", "the pointer's place"), latitude, longitude) if lon >= 0
                    else arg(AboutCoSafe.tr("%1° N   %2° W", "the pointer's place"), latitude, longitude))
        else:
            text = (arg(AboutCoSafe.tr("%1° S   %2° E", "the pointer's place"), latitude, longitude) if lon >= 0
                    else arg(AboutCoSafe.tr("%1° S   %2° W", "the pointer's place"), latitude, longitude))
        self.position_label.setText(text)


def about_text() -> str:
    return arg(AboutCoSafe.tr("%1 %2 — offline participatory urban-safety planning: safety audit walks, "
                              "perception pins, proposals and action plans in one GeoPackage file. "
                              "Free software (GPL 3 or later)."), APP_NAME, __version__)


def saving_note() -> str:
    return AboutCoSafe.tr(
        "There is no Save button: every change is written to the project file the moment you make it, "
        "so nothing is lost if the laptop switches off. Undo steps back through your changes. "
        "Use File › Save As to continue in a copy (for example before a workshop); the project is one "
        ".gpkg file you can copy to a USB stick at any time, and QGIS can open it."
    )
