"""The window's title says whether the open file is a field copy, and whose."""

from __future__ import annotations

import shutil
import sqlite3

from shell_support import OFFSCREEN_NOISE

from cosafe.core.records import Group
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.withheld import WITHHELD_KEY
from cosafe.store.project_store import ProjectStore

pytestmark = OFFSCREEN_NOISE


def hand_out(sample, copy_path, team: str, group_name: str | None = None) -> None:
    """Hand out a field copy of (a copy of) the sample, as File › Hand Out Field Copy does."""
    project = copy_path.with_name(f"main-{copy_path.name}")
    shutil.copy(sample, project)  # handing out writes to the project: not to the shared sample
    store = ProjectStore.open(str(project))
    try:
        group = next(g for g in store.list(Group) if g.name == group_name) if group_name else None
        make_field_copy(store, str(copy_path), team, group_uuid=group.uuid if group else None)
    finally:
        store.close()


def test_a_field_copy_names_its_team_and_group(window, sample_file, tmp_path):
    copy = tmp_path / "team2.gpkg"
    hand_out(sample_file, copy, "Field team 2", "Women traders")
    assert window.open_project(str(copy))
    name = window.session.name
    assert window.windowTitle() == f"{name} — field copy for Field team 2 (Women traders) — CoSafe"


def test_a_field_copy_without_a_group_names_its_team(window, sample_file, tmp_path):
    copy = tmp_path / "team3.gpkg"
    hand_out(sample_file, copy, "Field team 3")
    assert window.open_project(str(copy), read_only=True)
    assert window.windowTitle() == f"{window.session.name} — field copy for Field team 3 — CoSafe [read-only]"


def test_the_main_project_and_an_unreadable_marker(window, sample_file, tmp_path):
    assert window.open_project(str(sample_file), read_only=True)
    assert window.windowTitle() == f"{window.session.name} — CoSafe [read-only]"
    window.close_project()
    copy = tmp_path / "team4.gpkg"
    hand_out(sample_file, copy, "Field team 4", "Youth")
    connection = sqlite3.connect(copy)
    with connection:
        connection.execute("UPDATE project_meta SET value = '[1' WHERE key = ?", (WITHHELD_KEY,))
    connection.close()
    assert window.open_project(str(copy), read_only=True)
    assert window.windowTitle() == f"{window.session.name} — field copy for Field team 4 — CoSafe [read-only]"
