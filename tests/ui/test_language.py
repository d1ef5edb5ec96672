"""The window's language: chosen or the computer's, Qt's own dialogs translated, Arabic right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from cosafe.core import i18n
from cosafe.ui.language import chosen_language, choose_language, install_language, locale_for


@pytest.fixture
def restore(qapp):
    locale = QLocale()
    yield qapp
    install_language(qapp, "en")
    QLocale.setDefault(locale)


def test_the_choice_wins_else_the_computer_else_english(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    system = QLocale.system().name().split("_")[0]
    assert chosen_language(settings) == (system if system in i18n.LANGUAGES else "en")
    choose_language("sw", settings)
    assert chosen_language(settings) == "sw"
    settings.setValue("language", "xx")  # a setting from a newer version with more languages
    assert chosen_language(settings) in i18n.LANGUAGES
    with pytest.raises(ValueError, match="does not speak “xx”"):
        choose_language("xx", settings)


def test_arabic_numbers_use_latin_digits_in_the_computers_region_when_it_has_them():
    assert locale_for("ar", QLocale("en_GB")).toString(1234) == "1,234"
    assert locale_for("ar", QLocale("ar_MA")).name() == "ar_MA"
    assert locale_for("ar", QLocale("ar_EG")).toString(12) == "12"  # not ١٢
    assert locale_for("sw", QLocale("sw_KE")).name() == "sw_KE"  # Kenya's shillings and dates
    assert locale_for("es", QLocale("de_DE")).name().startswith("es")


def test_qt_buttons_speak_the_language_and_arabic_lays_out_right_to_left(restore):
    app = restore
    install_language(app, "es")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert QLocale().name().startswith("es") and app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    install_language(app, "ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel).button(
        QDialogButtonBox.StandardButton.Cancel).text() != "Cancel"
    install_language(app, "sw")  # Qt has no Swahili: CoSafe's catalogue carries its buttons
    assert QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel).button(
        QDialogButtonBox.StandardButton.Cancel).text() == "Ghairi"
    install_language(app, "en")
    assert QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel).button(
        QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    with pytest.raises(ValueError):
        install_language(app, "xx")
    assert isinstance(app, QApplication)


def test_a_count_reads_as_the_language_writes_numbers_in_the_window(restore, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QObject

    class PlanExports(QObject):  # says its count as the real one does, in its context
        def written(self, n: int) -> str:
            return self.tr("%Ln files written to %1", "", n)

    app = restore
    install_language(app, "es")
    assert PlanExports().written(12345) == "12.345 archivos escritos en %1"
    assert i18n.translate("Workshops", "%Ln people", None, 12345) == "12.345 personas"  # core words, through Qt
    # An English computer (a C-locale machine, with no language set up, keeps bare digits and ISO dates).
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    install_language(app, "en")
    assert PlanExports().written(12345) == "12,345 files written to %1"
    assert i18n.translate("Workshops", "%Ln people", None, 12345) == "12,345 people"
    assert QCoreApplication.translate("Workshops", "%Ln people", None, 1) == "1 person"
