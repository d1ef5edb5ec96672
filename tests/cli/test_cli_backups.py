"""cosafe merge and upgrades name their backup; cosafe info lists backups; cosafe remove-backups removes them.

Run in-process through the command's entry point (``cosafe.cli.main.main``), so a test
can give this CoSafe one more migration and make a project "older".
"""

from __future__ import annotations

import re

import json
import os
import sqlite3
from pathlib import Path

import pytest

from cosafe.cli.main import main
from cosafe.store.merge.backup import backup_before_merge
from cosafe.store.project_store import ProjectStore
from cosafe.store.schema import migrations

CURRENT = migrations.current_schema_version()


def cosafe(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.gpkg"
    ProjectStore.create(str(path), name="Office").close()
    return path


def backups_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".before-merge-" in p.name or ".backup-v" in p.name)


def test_merge_names_its_backup_info_lists_it_and_remove_backups_removes_it(office, capsys):
    team = office.with_name("team.gpkg")
    assert cosafe(capsys, "hand-out", office, "-o", team, "--name", "Team 2")[0] == 0
    code, out, err = cosafe(capsys, "merge", office, team)
    assert code == 0, err
    (backup,) = backups_in(office.parent)
    assert backup.startswith("office.before-merge-")
    assert re.search(re.escape(
        f"Merged 1 file into office.gpkg. The file as it was is kept as {backup} "
        f"(a full copy: cosafe remove-backups {office} {backup} removes it)."), out)
    code, out, _ = cosafe(capsys, "info", office)
    assert code == 0
    assert re.search(r"  backups: +1 full (copy|copies) of the project, contacts and stories included", out)  # as above
    (line,) = [line for line in out.splitlines() if backup in line]
    assert line.strip().endswith("MB  before a merge")
    (listed,) = json.loads(cosafe(capsys, "info", office, "--json")[1])["backups"]
    assert listed["name"] == backup and listed["reason"] == "merge" and listed["from_version"] is None
    assert listed["size"] == os.path.getsize(office.with_name(backup)) and listed["made"][:4].isdigit()
    code, out, err = cosafe(capsys, "remove-backups", office, backup)
    assert (code, err) == (0, "") and out.startswith(f"Removed {backup} (")
    assert backups_in(office.parent) == []
    assert re.search(r"  backups: +none", cosafe(capsys, "info", office)[1])


def test_a_dry_run_and_a_refused_merge_leave_no_backup(office, tmp_path, capsys):
    team = tmp_path / "team.gpkg"
    assert cosafe(capsys, "hand-out", office, "-o", team, "--name", "Team 2")[0] == 0
    assert cosafe(capsys, "merge", office, team, "--dry-run")[0] == 0
    notes = tmp_path / "notes.gpkg"
    notes.write_text("a shopping list")
    code, _, err = cosafe(capsys, "merge", office, team, notes)
    assert code == 1 and err.startswith("cosafe: ") and len(err.splitlines()) == 1
    assert backups_in(tmp_path) == []


def a_later_format(monkeypatch, run=lambda connection: None) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        migrations.MIGRATIONS + (migrations.Migration(CURRENT + 1, "a later step", run),))


def test_a_command_that_upgrades_the_file_names_the_backup(office, capsys, monkeypatch):
    a_later_format(monkeypatch)
    code, out, err = cosafe(capsys, "remove-traces", office)
    assert code == 0, err
    backup = f"office.backup-v{CURRENT}.gpkg"
    assert out.splitlines()[0] == (f"Upgraded office.gpkg to project format {CURRENT + 1}; the file as it was is "
                                   f"kept as {backup} (a full copy: cosafe remove-backups {office} {backup} removes it)")
    assert backups_in(office.parent) == [backup]
    (listed,) = json.loads(cosafe(capsys, "info", office, "--json")[1])["backups"]
    assert (listed["name"], listed["reason"], listed["from_version"]) == (backup, "upgrade", CURRENT)
    assert f"before upgrading from format {CURRENT}" in cosafe(capsys, "info", office)[1]
    code, out, _ = cosafe(capsys, "remove-backups", office, "--all")
    assert code == 0 and out.startswith(f"Removed {backup} (") and backups_in(office.parent) == []


def test_a_file_that_fails_to_upgrade_leaves_no_backup_at_any_attempt(office, capsys, monkeypatch):
    def broken(connection: sqlite3.Connection) -> None:
        connection.execute("this is not SQL")

    a_later_format(monkeypatch, broken)
    for _attempt in range(2):
        code, out, err = cosafe(capsys, "import-incidents", office, office.with_name("none.csv"))
        assert code == 1 and out == ""
        assert err.startswith("cosafe: Upgrading the project failed and was undone") and len(err.splitlines()) == 1
        assert backups_in(office.parent) == []


def test_remove_backups_refuses_in_one_line(office, capsys):
    with ProjectStore.open(str(office)) as store:
        backup = os.path.basename(backup_before_merge(store))
    code, _, err = cosafe(capsys, "remove-backups", office)
    assert code == 2 and err.startswith("cosafe remove-backups: name the backups to remove, or give --all")
    assert cosafe(capsys, "remove-backups", office, backup, "--all")[0] == 2
    code, _, err = cosafe(capsys, "remove-backups", office, "office.gpkg")
    assert (code, err) == (1, "cosafe: office.gpkg is not a backup of office.gpkg; no backup was removed\n")
    os.chmod(office, 0o444)
    code, _, err = cosafe(capsys, "remove-backups", office, "--all")
    assert (code, err) == (1, "cosafe: office.gpkg is read-only (the file is read-only); no backup was removed\n")
    assert backups_in(office.parent) == [backup]
    code, _, err = cosafe(capsys, "remove-backups", office.with_name("missing.gpkg"), "--all")
    assert code == 1 and err == "cosafe: missing.gpkg: no such file\n"
