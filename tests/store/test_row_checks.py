"""Row checks try only the rows that stand for the rest against a table's CHECK constraints;
they must find exactly the rows that trying every row, one by one, finds."""

from __future__ import annotations

import sqlite3

import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from cosafe.core.records import PerceptionPin, Proposal
from cosafe.store import geometry, mapping, row_checks
from cosafe.store.schema_guard import cosafe_table_sql

PINS_SQL = cosafe_table_sql("perception_pins")
# Two rules over two columns each: which rows stand for the rest depends on both values.
STRICTER_PINS_SQL = PINS_SQL.rstrip().removesuffix(")") + (
    ",\n  CHECK (scale IS NULL OR time_of_day != 'night' OR scale < 4),\n"
    "  CONSTRAINT \"story rule\" CHECK (story = '' OR \"feeling\" = 'safe')\n)")


def _row(record) -> tuple:
    stored = mapping.to_row(record)
    return tuple(stored[name] for name in mapping.column_names(type(record)))


def _pin(**values) -> tuple:
    """A pin's row; pins made together share their timestamps, as a batch made in one go does."""
    row = dict(zip(mapping.column_names(PerceptionPin), _row(PerceptionPin(geom=shapely.Point(36.8, -1.3)))))
    row.update({"created_at": "2024-05-01T10:00:00.000Z", "updated_at": "2024-05-01T10:00:00.000Z", **values})
    return tuple(row.values())


def _one_by_one(table_sql: str, rows: list[tuple]) -> list[str]:
    """The UUIDs of the rows a copy of the table refuses, each tried on its own."""
    connection = sqlite3.connect(":memory:")
    connection.execute(table_sql.replace('CREATE TABLE "perception_pins"', "CREATE TEMP TABLE copy", 1))
    names = mapping.column_names(PerceptionPin)
    refused = []
    for row in rows:
        try:
            connection.execute(f"INSERT INTO copy ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", row)
        except sqlite3.IntegrityError:
            refused.append(row[0])
        connection.execute("DELETE FROM copy")
    return refused


def _refused(table_sql: str, rows: list[tuple], record_type=PerceptionPin) -> list[row_checks.RowProblem]:
    return row_checks.row_problems(record_type, rows, table_sql=table_sql, limit=1000)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["safe", "unsafe", "EVIL"]), st.sampled_from([None, 1, 3, 4, 5, 6]),
                          st.sampled_from(["day", "night", "noon"]), st.sampled_from(["[]", None]),
                          st.sampled_from(["", "seen"])), max_size=30))
def test_the_rows_found_are_those_each_row_tried_alone_finds(values):
    rows = [_pin(feeling=feeling, scale=scale, time_of_day=time_of_day, reason_tags=tags, story=story)
            for feeling, scale, time_of_day, tags, story in values]
    for table_sql in (PINS_SQL, STRICTER_PINS_SQL):
        assert [problem.record for problem in _refused(table_sql, rows)] == _one_by_one(table_sql, rows)


def test_a_rule_broken_only_by_one_combination_of_values_is_found():
    # Each value alone (scale 5, night) is in rows that pass; only their combination breaks the rule.
    rows = [_pin(scale=5, time_of_day="night"), _pin(scale=5, time_of_day="day"), _pin(scale=1, time_of_day="night"),
            _pin(scale=1, time_of_day="day")]
    (problem,) = _refused(STRICTER_PINS_SQL, rows)
    assert problem.record == rows[0][0]
    assert problem.reason == "a value breaks the rule scale IS NULL OR time_of_day != 'night' OR scale < 4"


def test_a_null_where_a_value_is_needed_is_found_in_any_row():
    rows = [_pin() for _ in range(5)] + [_pin(reason_tags=None)]
    (problem,) = _refused(PINS_SQL, rows)
    assert (problem.record, problem.reason) == (rows[-1][0], "reason_tags is empty (NULL) where a value is needed")


def test_a_whole_number_and_a_real_number_are_told_apart():
    # Python holds 1 == 1.0; stored as text they are '1' and '1.0'.
    table_sql = cosafe_table_sql("proposals").replace(
        "cost_estimate DOUBLE", "cost_estimate TEXT CHECK (cost_estimate IS NULL OR cost_estimate != '1.0')")
    proposals = [Proposal(title="one", cost_estimate=1), Proposal(title="one again", cost_estimate=1.0)]
    rows = [_row(proposal) for proposal in proposals]
    rows[0] = tuple(1 if name == "cost_estimate" else value
                    for name, value in zip(mapping.column_names(Proposal), rows[0]))
    assert [problem.record for problem in _refused(table_sql, rows, Proposal)] == [proposals[1].uuid]


def test_a_rule_reading_what_the_rows_do_not_give_has_every_row_tried():
    # A generated column is no value of the rows: no row can stand for another by it.
    table_sql = PINS_SQL.rstrip().removesuffix(")") + (
        ",\n  told INTEGER GENERATED ALWAYS AS (length(story)),\n  CHECK (told < 3)\n)")
    rows = [_pin(story=story) for story in ("", "abcd", "ab")]
    assert [problem.record for problem in _refused(table_sql, rows)] == [rows[1][0]]
    table_sql = PINS_SQL.rstrip().removesuffix(")") + ",\n  told TEXT GENERATED ALWAYS AS (nullif(story, 'ab')) NOT NULL\n)"
    assert [problem.record for problem in _refused(table_sql, rows)] == [rows[2][0]]


def test_which_columns_each_rule_reads():
    reads = row_checks._check_reads(STRICTER_PINS_SQL, tuple(["fid", *mapping.column_names(PerceptionPin)]))
    assert reads == (frozenset({"created_at"}), frozenset({"updated_at"}), frozenset({"feeling"}),
                     frozenset({"scale"}), frozenset({"time_of_day"}), frozenset({"story_review"}),
                     frozenset({"scale", "time_of_day"}),
                     frozenset({"story", "feeling"}))
    # Quotes, brackets and comments are read as SQLite reads them.
    assert row_checks._check_reads('CREATE TABLE t (a, "b""c" CHECK ("b""c" > a /* ) b */), '
                                   "CONSTRAINT k CHECK ([a] < 3 -- ) \"b\"\"c\"\n), d CHECK (1))",
                                   ("a", 'b"c', "d")) == (frozenset({"a", 'b"c'}), frozenset({"a"}), frozenset())
    for unreadable in ("CREATE TABLE t (a CHECK (a > rowid))", "CREATE TABLE t (a CHECK (a > 1)) STRICT",
                       "CREATE TABLE t (a CHECK (random() > a))", "CREATE TABLE t (a CHECK (a > 1",
                       "CREATE TABLE t (a CHECK (a > '1))"):
        assert row_checks._check_reads(unreadable, ("a",)) is None


def test_times_and_days_are_held_to_the_geopackage_format_as_datetime_reads_it():
    good = ["2024-02-29T23:59:59.999Z", "0001-01-01T00:00:00.000Z"]
    bad = ["2024-02-30T10:00:00.000Z", "2023-02-29T10:00:00.000Z", "2024-01-01T24:00:00.000Z",
           "2024-01-01T23:60:00.000Z", "2024-01-01T23:59:60.000Z", "0000-01-01T00:00:00.000Z",
           "2024-01-01T1\u0663:00:00.000Z", "2024-01-01 10:00:00.000Z", "2024-01-01T10:00:00Z", "yesterday"]
    rows = [_pin(created_at=value) for value in good + bad]
    problems = _refused(PINS_SQL, rows)
    assert [problem.record for problem in problems] == [row[0] for row in rows[len(good):]]
    assert all(problem.reason.endswith("not a date and time (YYYY-MM-DDTHH:MM:SS.SSSZ)") for problem in problems)


def test_a_statement_left_unfinished_on_the_project_connection_does_not_stop_the_checks():
    # SQLite refuses to drop a table while another statement of the same connection is
    # unfinished ("database table is locked"): the copy the rules run on must not be the
    # project connection's, which another reader (the window's thread, during a merge) uses.
    connection = sqlite3.connect(":memory:")
    # The table as stored, without the rules: a crafted file's rows that no CHECK stopped.
    names = ", ".join(mapping.column_names(PerceptionPin))
    connection.execute(f"CREATE TABLE perception_pins (fid INTEGER PRIMARY KEY, {names})")
    rows = [_pin(story=f"story {index}") for index in range(4)] + [_pin(feeling="EVIL")]
    connection.executemany(f"INSERT INTO perception_pins ({names}) VALUES ({', '.join('?' * len(rows[0]))})", rows)
    reader = connection.execute("SELECT story FROM perception_pins ORDER BY fid")
    assert reader.fetchone() == ("story 0",)
    problems = row_checks.file_problems(connection, [PerceptionPin], {"perception_pins": PINS_SQL}.get, {})
    assert [(problem.record, problem.reason) for problem in problems] == [
        (rows[-1][0], "a value breaks the rule feeling IN ('safe', 'unsafe')")]
    assert reader.fetchone() == ("story 1",)  # the reader goes on where it was
    # Nothing was left in the project connection's temporary database.
    assert connection.execute("SELECT name FROM temp.sqlite_master").fetchall() == []


def test_a_rule_may_call_the_sql_functions_of_a_project_connection():
    # The GeoPackage geometry functions every project connection registers.
    table_sql = PINS_SQL.rstrip().removesuffix(")") + ",\n  CHECK (geom IS NULL OR ST_MinX(geom) > 0)\n)"
    west = _pin(geom=geometry.encode(shapely.Point(-0.1, 51.5)))
    rows = [_pin(), west, _pin()]
    assert [(problem.record, problem.reason) for problem in _refused(table_sql, rows)] == [
        (west[0], "a value breaks the rule geom IS NULL OR ST_MinX(geom) > 0")]
