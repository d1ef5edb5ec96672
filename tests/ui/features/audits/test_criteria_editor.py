"""The criteria set editor: add, rename, reorder, retire, remove; versions; refusals in one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cosafe.core.criteria import SCORE_FORMULA_TEXT
from cosafe.core.criteria_sets import active_criteria
from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, Criterion, CriteriaSet
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.audits.criteria_editor import CriteriaEditor
from cosafe.ui.session import ProjectSession


@pytest.fixture
def session(qtbot, tmp_path):
    store = ProjectStore.create(str(tmp_path / "criteria.gpkg"), name="criteria")
    session = ProjectSession(store)
    yield session
    session.close()


@pytest.fixture
def editor(qtbot, session):
    dialog = CriteriaEditor(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def labels(editor) -> list[str]:
    return [editor.table.item(row, 0).text() for row in range(editor.table.rowCount())]


def texts(session) -> list[str]:
    return [session.undo_stack.text(i) for i in range(session.undo_stack.count())]


def score_something(session) -> AuditScore:
    store = session.store
    criteria_set, criteria = active_criteria(store)
    walk = AuditWalk(title="Day walk", criteria_set_uuid=criteria_set.uuid)
    point = AuditPoint(walk_uuid=walk.uuid, sequence=1)
    score = AuditScore(point_uuid=point.uuid, criterion_uuid=criteria[0].uuid, score=2)
    for record in (walk, point, score):
        store.insert(record)
    return score


def test_shows_the_set_its_version_and_the_score_formula(editor):
    assert "Safety audit (default)" in editor.set_label.text() and "version 1" in editor.set_label.text()
    assert editor.findChild(type(editor.set_label), "scoreFormula").text() == SCORE_FORMULA_TEXT
    assert labels(editor)[:2] == ["Lighting", "Openness"] and labels(editor)[-1] == "Feeling"
    assert editor.table.item(8, 2).text() == "outcome"


def test_add_rename_move_and_retire_are_one_undo_step_each(editor, session, qtbot):
    qtbot.keyClicks(editor.new_label, "Toilets")
    qtbot.keyClicks(editor.new_means, "Clean toilets open and visible")
    qtbot.keyClick(editor.new_means, Qt.Key.Key_Return)
    assert editor.isVisible() and labels(editor)[-1] == "Toilets"
    assert editor.selected_key() == "toilets"
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert labels(editor)[-2:] == ["Toilets", "Feeling"]
    editor.select_key("people")
    row = labels(editor).index("People")
    editor.table.item(row, 0).setText("People around")  # as an in-place edit commits it
    assert "People around" in labels(editor)
    qtbot.mouseClick(editor.retire_button, Qt.MouseButton.LeftButton)
    assert labels(editor)[-1] == "People around" and editor.table.item(editor.table.rowCount() - 1, 2).text() == "retired"
    assert texts(session) == ["Add criterion “Toilets”", "Reorder criteria",
                              "Rename criterion “People” to “People around”", "Retire criterion “People around”"]
    assert len(session.store.list(CriteriaSet)) == 1  # no scores yet: no new version
    session.undo_stack.undo()
    assert "retired" not in [editor.table.item(r, 2).text() for r in range(editor.table.rowCount())]


def test_a_change_after_scoring_makes_a_new_version_and_old_scores_keep_theirs(editor, session, qtbot):
    score = score_something(session)
    editor.refresh()
    editor.select_key("lighting")
    qtbot.mouseClick(editor.retire_button, Qt.MouseButton.LeftButton)
    assert "version 2" in editor.set_label.text()
    assert "made version 2" in editor.message_label.text() and "Old scores keep version 1" in editor.message_label.text()
    old = session.store.get(Criterion, score.criterion_uuid)
    assert old.label == "Lighting" and not old.retired  # the score's own criterion is unchanged
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert "version 1" in editor.set_label.text()


def test_refusals_are_one_line_and_change_nothing(editor, session, qtbot):
    score_something(session)
    editor.refresh()
    editor.select_key("lighting")
    before = session.store.connection.execute("SELECT count(*) FROM criteria").fetchone()[0]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    message = editor.message_label.text()
    assert message == "Not changed: Removing “Lighting” would orphan 1 score; retire it instead"
    qtbot.keyClicks(editor.new_label, "openness")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.message_label.text() == "Not changed: There is already a criterion “openness”"
    row = labels(editor).index("Walk path")
    editor.table.item(row, 0).setText("Visibility")  # a rename onto another's name
    assert "already a criterion" in editor.message_label.text()
    assert "Walk path" in labels(editor)  # the old name is back
    assert session.undo_stack.count() == 0
    assert session.store.connection.execute("SELECT count(*) FROM criteria").fetchone()[0] == before


def test_read_only_is_view_only(qtbot, tmp_path):
    path = tmp_path / "ro.gpkg"
    ProjectStore.create(str(path), name="ro").close()
    store = ProjectStore.open(str(path), read_only=True)
    session = ProjectSession(store)
    dialog = CriteriaEditor(session)
    qtbot.addWidget(dialog)
    dialog.select_key("lighting")
    assert not dialog.add_button.isEnabled() and not dialog.retire_button.isEnabled()
    assert not dialog.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    dialog.close()
    session.close()
