"""Translations…: a facilitator's new criterion, the set's name and a reason tag in other languages.

A Spanish label typed for a new criterion shows in a window speaking Spanish, the English
window keeps the typed text, and one undo takes the label back.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cosafe.core.label_translations import own_labels
from cosafe.core.records import ReasonTag
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.audits.criteria_editor import CriteriaEditor
from cosafe.ui.features.audits.reason_tags_dialog import ReasonTagsDialog
from cosafe.ui.features.audits.translations_dialog import TranslationsDialog
from cosafe.ui.language import install_language
from cosafe.ui.session import ProjectSession


@pytest.fixture
def session(qtbot, tmp_path):
    store = ProjectStore.create(str(tmp_path / "words.gpkg"), name="words")
    session = ProjectSession(store)
    yield session
    session.close()


@pytest.fixture
def spanish(qapp):
    """Switch the application to Spanish for a block of the test (back to English after)."""
    yield lambda: install_language(qapp, "es")
    install_language(qapp, "en")


def answer_with(monkeypatch, texts: dict[tuple[str, str], str], seen: list) -> None:
    """The Translations dialog, when opened, is filled with ``texts`` ((language, field) -> text) and OK'd."""
    def fake_exec(dialog: TranslationsDialog) -> int:
        seen.append(dialog)
        for (code, field), text in texts.items():
            dialog.set_text(code, field, text)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TranslationsDialog, "exec", fake_exec)


def labels(editor: CriteriaEditor) -> list[str]:
    return [editor.table.item(row, 0).text() for row in range(editor.table.rowCount())]


def test_a_spanish_label_for_a_new_criterion_shows_in_a_spanish_window(session, qtbot, monkeypatch, spanish):
    editor = CriteriaEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.new_label, "Toilets")
    qtbot.keyClicks(editor.new_means, "Clean toilets open and visible")
    qtbot.keyClick(editor.new_means, Qt.Key.Key_Return)
    assert editor.selected_key() == "toilets" and editor.translations_button.isEnabled()
    seen: list[TranslationsDialog] = []
    answer_with(monkeypatch, {("es", "label"): "Baños", ("es", "good_means"): "Baños limpios y abiertos"}, seen)
    qtbot.mouseClick(editor.translations_button, Qt.MouseButton.LeftButton)
    (dialog,) = seen
    assert dialog.table.rowCount() == 6 and dialog.table.verticalHeaderItem(1).text() == "Español"
    assert "Toilets" in dialog.typed_label.text() and dialog.table.accessibleName() == "Labels by language"
    assert session.undo_stack.count() == 2 and session.undo_stack.text(1) == "Edit criterion “Toilets”"
    assert labels(editor)[-1] == "Toilets"  # the English window: as typed

    spanish()
    in_spanish = CriteriaEditor(session)
    qtbot.addWidget(in_spanish)
    row = labels(in_spanish).index("Baños")
    assert in_spanish.table.item(row, 1).text() == "Baños limpios y abiertos"
    assert labels(in_spanish)[0] == "Iluminación"  # a built-in criterion: the catalogue's word
    assert in_spanish.translations_button.text() != "Translations…"  # the button speaks Spanish too
    # Editing the cell that shows the Spanish label changes that label, not what was typed.
    in_spanish.table.item(row, 0).setText("Baños públicos")
    toilets = next(c for c in in_spanish.criteria if c.key == "toilets")
    assert toilets.label == "Toilets"
    assert own_labels(session.store, "criteria", toilets.uuid)["label"] == {"es": "Baños públicos"}
    session.undo_stack.undo()
    session.undo_stack.undo()  # the Translations… step, whole
    assert "Toilets" in labels(in_spanish) and "Baños" not in labels(in_spanish)
    assert own_labels(session.store, "criteria", toilets.uuid) == {}


def test_the_set_name_and_a_reason_tag_take_labels_as_one_step_each(session, qtbot, monkeypatch, spanish):
    tag = ReasonTag(key="no_toilets", label="No toilets")
    session.store.insert(tag)
    editor = CriteriaEditor(session)
    qtbot.addWidget(editor)
    seen: list[TranslationsDialog] = []
    answer_with(monkeypatch, {("es", "name"): "Auditoría del barrio"}, seen)
    assert editor.edit_set_translations()
    tags = ReasonTagsDialog(session)
    qtbot.addWidget(tags)
    tags.select(tag.uuid)
    answer_with(monkeypatch, {("es", "label"): "Sin baños", ("fr", "label"): "Pas de toilettes"}, seen)
    qtbot.mouseClick(tags.translations_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 2
    assert session.undo_stack.text(1) == "Translate reason tag “No toilets”"
    assert "No toilets" in [tags.tag_list.item(i).text() for i in range(tags.tag_list.count())]
    spanish()
    in_spanish = CriteriaEditor(session)
    qtbot.addWidget(in_spanish)
    assert "Auditoría del barrio" in in_spanish.set_label.text()
    tags_es = ReasonTagsDialog(session)
    qtbot.addWidget(tags_es)
    shown = [tags_es.tag_list.item(i).text() for i in range(tags_es.tag_list.count())]
    assert "Sin baños" in shown and "Mala iluminación" in shown
    session.undo_stack.undo()
    shown = [tags_es.tag_list.item(i).text() for i in range(tags_es.tag_list.count())]
    assert "No toilets" in shown and "Sin baños" not in shown


def test_right_to_left_a_criterion_is_selected_for_translations(session, qtbot, qapp):
    """In the Arabic window the editor selects a criterion by its key (Qt's selectRow found no column there)."""
    install_language(qapp, "ar")
    try:
        editor = CriteriaEditor(session)
        qtbot.addWidget(editor)
        editor.show()
        editor.select_key("openness")
        assert editor.selected_key() == "openness" and editor.translations_button.isEnabled()
    finally:
        install_language(qapp, "en")
