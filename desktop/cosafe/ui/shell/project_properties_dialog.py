"""Project Properties dialog (and its "new project" variant asking for name and place).

Contract: the dialog only collects values. ``changed_values()`` returns just the
fields the user changed, so ``edit_project_properties`` makes exactly one
SetProjectProperties edit -- one undo step -- or none when nothing changed. The
name is required: OK stays disabled while it is blank. The currency of costs
(``kit.money.currency_combo``: "Not set" or an ISO 4217 code) is chosen or typed; OK
with text that names no currency says so in one line under the form and keeps the
dialog open. The report language (``report_language_combo``: "Same as the window", then
every language CoSafe speaks, each named in itself) is the language the plan and the
exports are written in. Every field has an accessible name and a tooltip. Given the project's path, it
also lists the backups beside the project file with a Remove button
(``BackupList``); removing one is no edit and happens at once, not on OK.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.edits import SetProjectProperties
from cosafe.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from cosafe.core.privacy import DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD
from cosafe.core.currency import CURRENCY_KEY
from cosafe.core.report_language import REPORT_LANGUAGE_KEY
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit.dialogs import finish_form_dialog
from cosafe.ui.kit.fields import compact
from cosafe.ui.kit.money import chosen_currency, currency_combo
from cosafe.ui.session import ProjectSession
from cosafe.ui.shell.backups_list import BackupList

MIN_WIDTH_WITH_BACKUPS = 760  # a backup's whole name beside its date; well inside a 1024-pixel screen
THRESHOLD_HELP = QT_TRANSLATE_NOOP("ProjectPropertiesDialog", "Counts and means for groups smaller than this, and "
                                   "figures from which they could be worked out, are hidden to protect participants.")
CURRENCY_HELP = QT_TRANSLATE_NOOP("ProjectPropertiesDialog", "The currency of every cost in the project: shown beside "
                                  "costs and printed in the plan")
REPORT_LANGUAGE_HELP = QT_TRANSLATE_NOOP("ProjectPropertiesDialog", "The language the plan and the exports are "
                                         "written in, whatever language the window speaks")
ERROR_STYLE = "color: #B3261E;"


class ProjectPropertiesDialog(QDialog):
    """Edit name, place, description and (unless ``new_project``) the privacy threshold, currency and report
    language; list backups."""

    def __init__(self, values: Mapping[str, Any], parent: QWidget | None = None, *, new_project: bool = False,
                 project_path: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectPropertiesDialog")
        self.setWindowTitle(self.tr("New Project") if new_project else self.tr("Project Properties"))
        self.setMinimumWidth(480)
        self._initial = {
            "name": str(values.get("name") or ""),
            "place": str(values.get("place") or ""),
            "description": str(values.get("description") or ""),
        }
        self.name_edit = describe(QLineEdit(self._initial["name"], self), self.tr("Project name"),
                                  self.tr("The project's name, on the window title and the plan's cover (required)"))
        self.name_edit.setPlaceholderText(self.tr("Required, e.g. Riverside safety audit 2026"))
        self.place_edit = describe(QLineEdit(self._initial["place"], self), self.tr("Place"),
                                   self.tr("The neighbourhood, town or city the project is about"))
        self.place_edit.setPlaceholderText(self.tr("Neighbourhood, town or city"))
        self.description_edit = describe(QPlainTextEdit(self._initial["description"], self),
                                         self.tr("Description"),
                                         self.tr("What this project is for and who takes part; printed on the plan's "
                                                 "cover"))
        self.description_edit.setPlaceholderText(self.tr("What this project is for, who takes part"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(96)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)

        self.threshold_spin: QSpinBox | None = None
        self.currency_combo: QComboBox | None = None
        self.report_language_combo: QComboBox | None = None
        if not new_project:
            self._initial["suppression_threshold"] = int(values.get("suppression_threshold") or DEFAULT_THRESHOLD)
            self.threshold_spin = describe(QSpinBox(self), self.tr("Small groups threshold"),
                                           translate("ProjectPropertiesDialog", THRESHOLD_HELP))
            self.threshold_spin.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
            self.threshold_spin.setSuffix(self.tr(" people", "after the smallest number of people a group may have"))
            self.threshold_spin.setValue(self._initial["suppression_threshold"])
            help_label = QLabel(translate("ProjectPropertiesDialog", THRESHOLD_HELP), self)
            help_label.setObjectName("fieldHelp")
            # One line fits beside the backups' width; a wrapping label there would keep
            # the row two lines high (the form sizes it for a narrower width), a gap. Unless
            # the line is wider than that (a longer language): see below.
            help_label.setWordWrap(not project_path)
            self._threshold_help = help_label
            form.addRow(self.tr("Small &groups:"), self.threshold_spin)
            form.addRow("", help_label)
            self._initial[CURRENCY_KEY] = str(values.get(CURRENCY_KEY) or "")
            # As wide as a usual "KES — Kenyan Shilling", not as the longest name of all.
            self.currency_combo = describe(compact(currency_combo(self._initial[CURRENCY_KEY], self), 30),
                                           self.tr("Currency"), translate("ProjectPropertiesDialog", CURRENCY_HELP))
            form.addRow(self.tr("C&urrency:"), self.currency_combo)
            self.currency_combo.editTextChanged.connect(lambda _text: self.error_label.hide())  # told once, until changed
            self._initial[REPORT_LANGUAGE_KEY] = str(values.get(REPORT_LANGUAGE_KEY) or "")
            self.report_language_combo = describe(QComboBox(self), self.tr("Report language"),
                                                  translate("ProjectPropertiesDialog", REPORT_LANGUAGE_HELP))
            self.report_language_combo.setObjectName("reportLanguage")
            self.report_language_combo.addItem(self.tr("Same as the window", "the plan's language"), "")
            for code, name in LANGUAGES.items():  # each named in itself, as the language menu names them
                self.report_language_combo.addItem(name, code)
            self.report_language_combo.setCurrentIndex(
                max(0, self.report_language_combo.findData(self._initial[REPORT_LANGUAGE_KEY])))
            form.addRow(self.tr("Report &language:"), self.report_language_combo)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.backup_list: BackupList | None = None

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        if new_project:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        finish_form_dialog(self, form, self.buttons, self.name_edit)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        # Under the form, not a form row: a hidden row would still keep its spacing.
        layout.insertWidget(layout.indexOf(self.buttons), self.error_label)
        if project_path and not new_project:
            # Under the form across the whole width, so a backup's full file name fits.
            self.backup_list = BackupList(project_path, self)
            layout.insertWidget(layout.indexOf(self.buttons), self.backup_list)
            # A minimum width of our own replaces the layout's: never below what the rows
            # need. The one-line help wraps when it alone would widen the dialog (longer words
            # than English), rather than make it wider than a small screen.
            if self.minimumSizeHint().width() > MIN_WIDTH_WITH_BACKUPS and self.threshold_spin is not None:
                self._threshold_help.setWordWrap(True)
                layout.activate()  # the sizes with the wrapped help, not the ones cached before
            width = max(MIN_WIDTH_WITH_BACKUPS, self.minimumSizeHint().width())
            self.setMinimumWidth(width)
            # As tall as the wider dialog needs, not as the narrow form asked for.
            self.resize(width, self.heightForWidth(width))

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "name": self.name_edit.text().strip(),
            "place": self.place_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
        }
        if self.threshold_spin is not None:
            result["suppression_threshold"] = self.threshold_spin.value()
        if self.currency_combo is not None:
            result[CURRENCY_KEY] = chosen_currency(self.currency_combo)  # ValueError for text naming no currency
        if self.report_language_combo is not None:
            result[REPORT_LANGUAGE_KEY] = str(self.report_language_combo.currentData() or "")
        return result

    def changed_values(self) -> dict[str, Any]:
        return {key: value for key, value in self.values().items() if value != self._initial.get(key)}

    def accept(self) -> None:
        """Close with OK only when every value is one the project can take; else say why in one line."""
        try:
            self.values()
        except ValueError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            if self.currency_combo is not None:
                self.currency_combo.setFocus()
                self.currency_combo.lineEdit().selectAll()
            return
        super().accept()


def edit_project_properties(parent: QWidget | None, session: ProjectSession) -> bool:
    """Show the dialog for ``session``; apply the changes as one edit. True if an edit was made."""
    store = session.store
    dialog = ProjectPropertiesDialog(
        {
            "name": store.get_meta("name"),
            "place": store.get_meta("place"),
            "description": store.get_meta("description"),
            "suppression_threshold": store.suppression_threshold,
            CURRENCY_KEY: store.currency,
            REPORT_LANGUAGE_KEY: store.report_language,
        },
        parent,
        project_path=session.path,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    changes = dialog.changed_values()
    if not changes:
        return False
    return session.perform(SetProjectProperties(store, changes))


def ask_new_project_details(parent: QWidget | None, default_name: str) -> dict[str, Any] | None:
    """Ask name, place and description for a new project; None when cancelled."""
    dialog = ProjectPropertiesDialog({"name": default_name}, parent, new_project=True)
    dialog.name_edit.selectAll()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()
