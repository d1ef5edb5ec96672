"""The checklist's yes/no keys follow the words the hint shows: s (sí) in Spanish, n (ndiyo) in Swahili."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from cosafe import catalogues
from cosafe.ui.features.audits.entry_fields import AnswerField, answer_letters
from cosafe.ui.language import install_language


@pytest.fixture
def speak(qapp):
    yield lambda code: install_language(qapp, code)
    install_language(qapp, "en")


def answers(field: AnswerField, letters: str) -> list[bool | None]:
    said = []
    for letter in letters:
        field.clear()
        field.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter))
        said.append(field.value())
    return said


def test_spanish_answers_with_s_and_n_and_english_y_still_works(qtbot, speak):
    speak("es")
    field = AnswerField()
    qtbot.addWidget(field)
    assert answers(field, "sny") == [True, False, True]
    assert "s (sí)" in field.hint and "n (no)" in field.hint
    field.set_value(True)
    assert field.text() == "s" and field.value() is True  # a saved answer shows as the hint says it


def test_swahili_n_is_ndiyo_as_its_hint_says(qtbot, speak):
    speak("sw")
    field = AnswerField()
    qtbot.addWidget(field)
    assert answers(field, "nhy") == [True, False, True]
    assert "n (ndiyo)" in field.hint and "h (hapana)" in field.hint


@pytest.mark.parametrize("code", ["en", "es", "fr", "pt", "ar", "sw"])
def test_every_language_gives_two_different_letters(code):
    with catalogues.speaking(code):
        yes, no = answer_letters()
    assert yes != no and len(yes) == len(no) == 1
    assert (code == "en") == ((yes, no) == ("y", "n"))
