"""cosafe merge and cosafe hand-out: exit codes, one-line errors, a dry run that changes nothing."""

from __future__ import annotations


import os
import subprocess
from pathlib import Path

import pytest

import bad_files
from checks import cosafe_command, validate_gpkg
from cosafe.core.edits import UpdateRecord
from cosafe.core.records import Group, Participant, PerceptionPin, Proposal, Workshop
from cosafe.store.project_store import ProjectStore
from merge_support_cli import add_pin, file_hash


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.gpkg"
    with ProjectStore.create(str(path), name="Office") as store:
        store.insert(Proposal(uuid="p-1", title="Light the underpass"))
    return path


def hand_out(office: Path, name: str) -> Path:
    copy = office.with_name(name.lower().replace(" ", "") + ".gpkg")
    result = run("hand-out", str(office), "-o", str(copy), "--name", name)
    assert result.returncode == 0, result.stderr
    assert f"field copy for “{name}”" in result.stdout and f"cosafe merge {office} {copy}" in result.stdout
    return copy


def test_hand_out_then_merge_back(office):
    team = hand_out(office, "Field team 2")
    with ProjectStore.open(str(team)) as store:
        add_pin(store, "Dark corner")
        UpdateRecord(store, Proposal, "p-1", {"title": "Light it"}).apply(store)
    result = run("merge", str(office), str(team))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "fieldteam2.gpkg (Field team 2): 1 added, 1 updated, 22 skipped, 0 in conflict"
    assert "  Perception pins: 1 added" in result.stdout and "  Proposals: 1 updated" in result.stdout
    assert "Merged 1 file into office.gpkg." in result.stdout
    with ProjectStore.open(str(office), read_only=True) as store:
        assert store.count(PerceptionPin) == 1 and store.get(Proposal, "p-1").title == "Light it"
    assert validate_gpkg(office) == []


def test_dry_run_changes_nothing_and_conflicts_exit_2(office):
    one, two = hand_out(office, "Team 1"), hand_out(office, "Team 2")
    for path, title in ((one, "team 1 title"), (two, "team 2 title")):
        with ProjectStore.open(str(path)) as store:
            UpdateRecord(store, Proposal, "p-1", {"title": title}).apply(store)
    hashes = {p: file_hash(p) for p in (office, one, two)}
    dry = run("merge", str(office), str(one), str(two), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    team2_line = next(line for line in dry.stdout.splitlines() if line.startswith("team2.gpkg (Team 2)"))
    assert team2_line.startswith("team2.gpkg (Team 2): 0 added, 0 updated, ") and team2_line.endswith(", 1 in conflict")
    assert "Dry run: nothing was changed" in dry.stdout
    assert {p: file_hash(p) for p in hashes} == hashes
    assert sorted(p.name for p in office.parent.iterdir()) == ["office.gpkg", "team1.gpkg", "team2.gpkg"]
    real = run("merge", str(office), str(one), str(two))
    assert real.returncode == 0 and "1 record changed on both sides" in real.stdout
    with ProjectStore.open(str(office), read_only=True) as store:
        assert store.get(Proposal, "p-1").title == "team 1 title"  # updated by team 1; team 2's kept as a conflict


@pytest.mark.parametrize("make_bad, message", [
    (bad_files.foreign_geopackage, "is a GeoPackage with 1 layer"),
    (bad_files.not_sqlite, "is not a CoSafe project"),
    (bad_files.newer_version, "was made by a newer CoSafe"),
])
def test_refused_sources_give_one_line_and_exit_1(office, tmp_path, make_bad, message):
    team = hand_out(office, "Team")
    bad = make_bad(tmp_path)
    before = file_hash(office)
    result = run("merge", str(office), str(team), str(bad))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("cosafe: ") and message in result.stderr
    assert "Traceback" not in result.stderr and file_hash(office) == before


def test_merging_a_project_into_itself_is_refused(office):
    before = file_hash(office)
    result = run("merge", str(office), str(office))
    assert result.returncode == 1
    assert result.stderr == "cosafe: office.gpkg is the project you are merging into; choose another file\n"
    assert file_hash(office) == before


def test_hand_out_refusals(office):
    before = file_hash(office)
    result = run("hand-out", str(office), "-o", str(office), "--name", "Team")
    assert result.returncode == 1 and result.stderr.startswith("cosafe: ") and result.stderr.count("\n") == 1
    missing = run("hand-out", str(office), "--name", "Team")
    assert missing.returncode == 2 and "-o/--output" in missing.stderr
    assert file_hash(office) == before


def test_hand_out_says_what_it_left_out(office):
    with ProjectStore.open(str(office)) as store:
        workshop = Workshop(title="Riverside audit", facilitator="Amina W.")
        youth, women = (Group(workshop_uuid=workshop.uuid, name=name) for name in ("Youth", "Women's group"))
        people = [Participant(workshop_uuid=workshop.uuid, group_uuid=youth.uuid, code="Y1", contact="+254 700 111"),
                  Participant(workshop_uuid=workshop.uuid, group_uuid=women.uuid, code="W1")]
        for record in (workshop, youth, women, *people):
            store.insert(record)
        add_pin(store, "He follows me home")
    plain = run("hand-out", str(office), "-o", str(office.with_name("plain.gpkg")), "--name", "Team")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.splitlines()[1:] == [
        "Left out, and kept only in this project: 1 contact, 1 pin story, 1 facilitator's name and 2 participants."]
    youth_copy = office.with_name("youth.gpkg")
    grouped = run("hand-out", str(office), "-o", str(youth_copy), "--name", "Youth team", "--group", "youth")
    assert grouped.returncode == 0, grouped.stderr
    assert grouped.stdout.splitlines()[1].endswith("and 1 participant outside Youth.")
    with ProjectStore.open(str(youth_copy), read_only=True) as copy:
        assert [(p.code, p.contact) for p in copy.list(Participant)] == [("Y1", None)]
    everyone = run("hand-out", str(office), "-o", str(office.with_name("all.gpkg")), "--name", "Team",
                   "--include-participants")
    assert everyone.returncode == 0, everyone.stderr
    assert everyone.stdout.splitlines()[1:] == [
        "Left out, and kept only in this project: 1 contact, 1 pin story and 1 facilitator's name.",
        "The copy holds who took part in every group: each participant's code, gender, age band and role "
        "(never a contact). Anyone who finds the stick can read them."]
    unknown = run("hand-out", str(office), "-o", str(office.with_name("x.gpkg")), "--name", "Team", "--group", "Elders")
    assert unknown.returncode == 1 and unknown.stdout == "" and unknown.stderr.count("\n") == 1
    assert unknown.stderr.startswith("cosafe: No group is called “Elders”; the groups are")
    assert not office.with_name("x.gpkg").exists()
    both = run("hand-out", str(office), "-o", str(office.with_name("x.gpkg")), "--name", "Team", "--group", "Youth",
               "--include-participants")
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


def test_names_from_files_cannot_drive_the_terminal(office, tmp_path):
    """A crafted name would retitle the terminal and overwrite the report with a fake "nothing merged"."""
    crafted = "Team\x1b]0;PWNED\x07\x1b[2K\r\u202enothing merged\x9b"
    team = office.with_name("crafted.gpkg")
    handed = run("hand-out", str(office), "-o", str(team), "--name", crafted)
    assert handed.returncode == 0 and "\x1b" not in handed.stdout, handed.stderr
    with ProjectStore.open(str(team)) as store:
        add_pin(store, "Dark corner")
    result = run("merge", str(office), str(team))
    assert result.returncode == 0, result.stderr
    # What is left of the escape sequences is inert text; the hand-out made the carriage return a space.
    assert result.stdout.startswith("crafted.gpkg (Team]0;PWNED[2K nothing merged): 1 added,")
    for text in (result.stdout, result.stderr):
        assert not any(ch in text for ch in "\x1b\x07\r\u202e\x9b")
    ProjectStore.create(str(tmp_path / "named.gpkg"), name=crafted, place="\x1b[31mRed\x1b[0m").close()
    info = run("info", str(tmp_path / "named.gpkg"))
    assert info.returncode == 0, info.stderr
    assert info.stdout.startswith("Team]0;PWNED[2Knothing merged  ([31mRed[0m)")
    assert "\x1b" not in info.stdout


def _one_line_error(result: subprocess.CompletedProcess, fragment: str) -> None:
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("cosafe: ") and fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_carrying_sql_of_its_own_is_refused_as_source_target_and_for_hand_out(office, tmp_path):
    team = hand_out(office, "Team")
    planted = bad_files.trigger_on_basemap_points(tmp_path)
    leaky = bad_files.trigger_on_participants(tmp_path)
    before = {p: file_hash(p) for p in (office, team, planted, leaky)}
    refusal = "planted.gpkg was refused: it holds a trigger “lower_threshold” on basemap_points"
    _one_line_error(run("merge", str(office), str(team), str(planted)), refusal)
    _one_line_error(run("merge", str(planted), str(team)), refusal)
    _one_line_error(run("merge", str(office), str(leaky), "--dry-run"), "leaky.gpkg was refused: it holds a trigger "
                                                                       "“leak” on participants")
    _one_line_error(run("hand-out", str(planted), "-o", str(tmp_path / "copy.gpkg"), "--name", "Team 3"), refusal)
    assert {p: file_hash(p) for p in before} == before
    assert not (tmp_path / "copy.gpkg").exists()


def test_a_source_with_a_record_our_rules_refuse_is_refused_in_one_line(office):
    import sqlite3

    team = hand_out(office, "Team")
    with ProjectStore.open(str(team)) as store:
        pin = add_pin(store, "crafted")
    from cosafe.store.geometry import register_sql_functions

    connection = sqlite3.connect(team)
    register_sql_functions(connection)  # the R-tree triggers of the changed row call them
    connection.execute("UPDATE perception_pins SET reason_tags = 'NOT-JSON[' WHERE uuid = ?", (pin.uuid,))
    connection.commit()
    connection.close()
    before = file_hash(office)
    _one_line_error(run("merge", str(office), str(team)),
                    f"cosafe: team.gpkg: perception_pins record {pin.uuid}: reason_tags is not valid JSON; "
                    "nothing was merged")
    assert file_hash(office) == before
    check = run("check", str(team))
    assert check.returncode == 1
    assert f"team.gpkg: records: perception_pins record {pin.uuid}: reason_tags is not valid JSON" in check.stdout


def test_merging_into_a_field_copy_says_what_it_left_out(office):
    with ProjectStore.open(str(office)) as store:
        workshop = Workshop(title="Riverside audit")
        youth = Group(workshop_uuid=workshop.uuid, name="Youth")
        for record in (workshop, youth):
            store.insert(record)
    team = office.with_name("youth.gpkg")
    assert run("hand-out", str(office), "-o", str(team), "--name", "Youth team", "--group", "Youth").returncode == 0
    with ProjectStore.open(str(office)) as store:
        store.insert(Participant(workshop_uuid=workshop.uuid, code="N1", contact="+254 700 111"))  # in no group
        add_pin(store, "He follows me home")
    for args in (("--dry-run",), ()):
        result = run("merge", str(team), str(office), *args)
        assert result.returncode == 0, result.stderr
        assert ("  youth.gpkg is a field copy, so it leaves out of office.gpkg what a field copy may not hold: "
                "1 contact, 1 pin story and 1 participant outside Youth.") in result.stdout.splitlines()
    with ProjectStore.open(str(team), read_only=True) as copy:
        assert copy.count(Participant) == 0 and [p.story for p in copy.list(PerceptionPin)] == [""]
    assert b"He follows me home" not in team.read_bytes() and b"+254" not in team.read_bytes()
    back = run("merge", str(office), str(team))
    assert back.returncode == 0 and "field copy" not in back.stdout
