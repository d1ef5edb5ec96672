"""layer_edits: a move is one undo step even with tied orders; a failed step leaves no half step."""

from __future__ import annotations

import pytest

from cosafe.core.edits import UpdateRecord
from cosafe.core.records import BasemapLayer
from cosafe.store.errors import ProjectWriteError
from cosafe.ui.features.basemap import layer_edits
from cosafe.ui.session import ProjectSession


@pytest.fixture
def session(qtbot, store):
    for name in ("A", "B", "C"):
        store.insert(BasemapLayer(name=name, kind="image", sort_order=5))  # all tied
    opened = ProjectSession(store)
    errors: list[str] = []
    opened.error.connect(lambda _title, message: errors.append(message))
    opened.errors = errors  # type: ignore[attr-defined]
    return opened


def top_down(session: ProjectSession) -> list[BasemapLayer]:
    return session.store.list(BasemapLayer, order_by="sort_order DESC, fid")


def test_move_with_tied_orders_numbers_them_first(session):
    layers = top_down(session)
    assert layer_edits.move(session, layers, 2, up=True)
    assert [layer.name for layer in top_down(session)] == ["A", "C", "B"]
    assert session.undo_stack.count() == 1 and session.undo_stack.text(0) == "Move layer “C” up"
    session.undo_stack.undo()
    assert {layer.sort_order for layer in top_down(session)} == {5}
    assert not layer_edits.move(session, top_down(session), 0, up=True)  # already on top


def test_failure_inside_a_step_undoes_the_part_done(session, monkeypatch):
    before = [(layer.name, layer.sort_order) for layer in top_down(session)]
    real_replace, calls = session.store.replace, []

    def failing_second(record):
        calls.append(record.name)
        if len(calls) == 2:
            raise ProjectWriteError("the disk is full")
        return real_replace(record)

    monkeypatch.setattr(session.store, "replace", failing_second)
    assert not layer_edits.move(session, top_down(session), 0, up=False)
    monkeypatch.setattr(session.store, "replace", real_replace)
    assert session.errors == ["the disk is full"]
    assert [(layer.name, layer.sort_order) for layer in top_down(session)] == before
    assert session.undo_stack.count() == 0 and not session.undo_stack.canRedo()


def test_unchanged_values_make_no_step(session):
    layer = top_down(session)[0]
    assert not layer_edits.rename(session, layer, "  A ")
    assert not layer_edits.rename(session, layer, "   ")
    assert not layer_edits.set_opacity(session, layer, 100)
    assert session.undo_stack.count() == 0


def test_perform_together_refuses_read_only(project_path, qtbot):
    from cosafe.store.project_store import ProjectStore

    with ProjectStore.open(str(project_path)) as writable:
        writable.insert(BasemapLayer(name="A"))
    store = ProjectStore.open(str(project_path), read_only=True)
    try:
        session = ProjectSession(store)
        layer = store.list(BasemapLayer)[0]
        edits = [UpdateRecord(store, BasemapLayer, layer.uuid, {"opacity": 0.5}),
                 UpdateRecord(store, BasemapLayer, layer.uuid, {"visible": False})]
        assert not layer_edits.perform_together(session, edits, "Two things")
        assert session.undo_stack.count() == 0
    finally:
        store.close()
