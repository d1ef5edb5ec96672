"""The sign-in keys follow the words the sheet shows: a Spanish room types m for Mujer, an Arabic one ا for امرأة."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from cosafe import catalogues
from cosafe.core.i18n import translate
from cosafe.core.vocabulary import GENDERS
from cosafe.ui.features.workshops.sign_in_sheet import key_help
from cosafe.ui.features.workshops.sign_in_table import GENDER, SignInTable, gender_letters
from cosafe.ui.language import install_language


@pytest.fixture
def speaking(qapp):
    def speak(code: str) -> None:
        install_language(qapp, code)

    yield speak
    install_language(qapp, "en")


def typed(table: SignInTable, letters: str) -> list[str | None]:
    """The gender each letter picks in a fresh row, typed as the keyboard sends it (text, whatever the key)."""
    chosen = []
    for letter in letters:
        row = table.add_row(f"P{table.rowCount() + 1:02d}")
        table.setCurrentCell(row, GENDER)
        table.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter))
        chosen.append(table.value(row, GENDER))
    return chosen


def test_spanish_keys_are_the_first_letters_of_the_spanish_words(qtbot, speaking):
    speaking("es")
    table = SignInTable([], lambda _code, _row: "", lambda: "P01")
    qtbot.addWidget(table)
    assert table.horizontalHeaderItem(GENDER).text() == "Género (m/h/n/p)"
    # m is a woman here (Mujer), h a man (Hombre); w and u, free in Spanish, still work.
    assert typed(table, "mhnpwu") == ["woman", "man", "non_binary", "undisclosed", "woman", "undisclosed"]
    assert "m Mujer · h Hombre · n No binario · p Prefiere no decirlo" in key_help([])


def test_arabic_keys_are_arabic_letters_and_a_latin_keyboard_still_works(qtbot, speaking):
    speaking("ar")
    table = SignInTable([], lambda _code, _row: "", lambda: "P01")
    qtbot.addWidget(table)
    assert typed(table, "ارغأwmnu") == ["woman", "man", "non_binary", "undisclosed"] * 2


@pytest.mark.parametrize("code", ["en", "es", "fr", "pt", "ar", "sw"])
def test_every_language_gives_four_different_letters_that_start_its_words_where_they_can(code):
    with catalogues.speaking(code):
        letters = gender_letters()
        labels = [translate("Vocabulary", label).lower() for _key, label in GENDERS]
    assert len(set(letters)) == 4 and all(len(letter) == 1 for letter in letters)
    # Swahili's first letters clash (Mwanamke, Mwanamume; the key help says which is which);
    # English keeps the u of "undisclosed" that sheets have always used (p works too).
    if code not in ("sw", "en"):
        assert [label[0] for label in labels] == list(letters), (code, letters, labels)
    if code != "en":
        assert letters != ("w", "m", "n", "u"), code  # the language's own, not English's fallback
