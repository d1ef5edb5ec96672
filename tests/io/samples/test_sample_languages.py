"""``cosafe sample PATH --language xx``: the same sample, its invented words in that language (issue 15).

The sample is written through the installed ``cosafe`` command once per language
(subprocesses started together: the command draws nothing, and a run leaves no
language installed in this process), and compared record by record with the English
sample: every invented word is the catalogue's translation of the English one, and
everything else — geometry, keys, counts, identities, the map — is the same.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from checks import cosafe_command, ogrinfo_available, ogrinfo_summary
from cosafe.bundled import bundled_file
from cosafe.catalogues import translator_for
from cosafe.core import i18n
from cosafe.io.samples.project import write_sample_project
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.plan import baseline_safety_score

LANGUAGES = ("es", "fr", "pt", "ar", "sw")
# The columns that hold the sample's invented words, table by table; every other column is
# the same in every language. (A checklist answer's question is a key: the same.)
WORDS = {
    "workshops": ("title", "place", "facilitator", "notes"),
    "groups": ("name",),
    "proposals": ("title", "description"),
    "perception_pins": ("story",),
    "incidents": ("category", "source"),
    "audit_walks": ("title", "notes"),
    "audit_points": ("comment",),
    "checklist_answers": ("recommendation",),
    "stakeholders": ("name", "role", "contact_person"),
    "actions": ("title", "description", "indicator", "baseline", "target"),
    "basemap_layers": ("name", "attribution"),
}
META_WORDS = ("name", "place", "description")
# Written by SQLite from the wall clock.
CLOCK = {"gpkg_contents": {"last_change"}, "layer_styles": {"update_time"}}


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample in English (in this process) and in every other language (through ``cosafe``)."""
    folder = tmp_path_factory.mktemp("languages")
    paths = {code: folder / f"sample-{code}.gpkg" for code in ("en", *LANGUAGES)}
    runs = {code: subprocess.Popen([*cosafe_command(), "sample", str(paths[code]), "--language", code],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for code in LANGUAGES}
    with i18n.speaking("en", i18n.english):
        write_sample_project(str(paths["en"]))
    for code, run in runs.items():
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, f"{code}: {err}"
        assert str(paths[code]) in out, out
    return paths


def rows(path: Path) -> dict[str, list[dict]]:
    """Every row of every table as column → value (clock columns left out)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: [{key: row[key] for key in row.keys() if key not in CLOCK.get(table, set())}
                        for row in connection.execute(f'SELECT * FROM "{table}"')] for table in tables}
    finally:
        connection.close()


def by_uuid(table_rows: list[dict]) -> dict[str, dict]:
    return {row["uuid"]: row for row in table_rows}


@pytest.fixture(scope="module")
def english(samples: dict[str, Path]) -> dict[str, list[dict]]:
    return rows(samples["en"])


@functools.cache
def sample_sources() -> frozenset[str]:
    """Every English source of the catalogue's ``Sample`` context."""
    root = ElementTree.parse(bundled_file("translations", "cosafe_es.ts")).getroot()
    return frozenset(message.findtext("source") or "" for context in root.iter("context")
            if context.findtext("name") == "Sample" for message in context.iter("message"))


def unlabelled(style: dict) -> dict:
    """A layer style with its legend's labels left out."""
    return {**style, "styleQML": re.sub(r' label="[^"]*"', "", style["styleQML"])}


def titles_of(description: str) -> list[str]:
    """The proposals' titles an action's description lists, each as a sentence."""
    return [title.removesuffix(".") for title in description.split(". ") if title]


def test_the_words_come_from_the_sample_context(english) -> None:
    sources = sample_sources()
    assert len(sources) > 100
    used = {row[column] for table, columns in WORDS.items() for row in english[table] for column in columns
            if row[column] and (table, column) not in (("actions", "description"), ("actions", "baseline"))}
    used |= {row["value"] for row in english["project_meta"] if row["key"] in META_WORDS}
    assert used <= sources, used - sources
    for action in english["actions"]:
        assert action["description"] in sources or set(titles_of(action["description"])) <= sources
        assert action["baseline"] in sources or action["baseline"].startswith("Mean safety score ")


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_invented_words_are_the_catalogues_translations(samples, english, code) -> None:
    translate = translator_for(code)
    sources = sample_sources()
    written = rows(samples[code])
    differ, computed = 0, []
    for table, columns in WORDS.items():
        theirs = by_uuid(written[table])
        assert theirs.keys() == by_uuid(english[table]).keys(), table
        for uuid, ours in by_uuid(english[table]).items():
            for column in columns:
                source, text = ours[column], theirs[uuid][column]
                if not source:
                    assert not text, (table, column)
                    continue
                assert text != source, (code, table, column, source)
                differ += 1
                if (table, column) == ("actions", "description") and source not in sources:
                    # The proposals' titles, each translated, as sentences.
                    assert text == " ".join(f"{translate('Sample', title)}." for title in titles_of(source))
                elif (table, column) == ("actions", "baseline") and source not in sources:
                    computed.append((uuid, text))  # the app's own sentence, from the audit scores
                else:
                    assert text == translate("Sample", source), (code, table, column, source)
    assert differ > 200  # every title, story, comment, name… of the sample
    assert len(computed) == 3
    with ProjectStore.open(str(samples[code]), read_only=True) as store, i18n.speaking(code, translate):
        assert computed == [(uuid, baseline_safety_score(store, uuid).text) for uuid, _text in computed]
    meta = {row["key"]: row["value"] for row in written["project_meta"]}
    english_meta = {row["key"]: row["value"] for row in english["project_meta"]}
    for key in META_WORDS:
        assert meta[key] == translate("Sample", english_meta[key]) != english_meta[key]


@pytest.mark.parametrize("code", LANGUAGES)
def test_everything_but_the_words_is_the_same_as_in_english(samples, english, code) -> None:
    written = rows(samples[code])
    assert written.keys() == english.keys()
    for table, english_rows in english.items():
        assert len(written[table]) == len(english_rows), table
        if table in WORDS:
            theirs = by_uuid(written[table])
            for uuid, ours in by_uuid(english_rows).items():
                same = {key: value for key, value in ours.items() if key not in WORDS[table]}
                assert {key: theirs[uuid][key] for key in same} == same, (table, uuid)
        elif table == "project_meta":
            meta = {row["key"]: row["value"] for row in written[table]}
            english_meta = {row["key"]: row["value"] for row in english_rows}
            assert meta.keys() == english_meta.keys()
            assert {key: value for key, value in meta.items() if key not in (*META_WORDS, "report_language")} == {
                key: value for key, value in english_meta.items() if key not in (*META_WORDS, "report_language")}
        elif table == "layer_styles":  # QGIS styles: their legend's labels are the window's words
            assert [unlabelled(row) for row in written[table]] == [unlabelled(row) for row in english_rows]
        else:  # the basemap's features and names, criteria, reason tags, participants, votes, GeoPackage tables
            assert sorted(map(repr, written[table])) == sorted(map(repr, english_rows)), table


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_sample_sentence_is_left_in_english(samples, code) -> None:
    sources = sample_sources()
    written = rows(samples[code])
    left = {(table, key, value) for table, table_rows in written.items() if not table.startswith(("basemap_", "rtree_"))
            for row in table_rows for key, value in row.items() if isinstance(value, str) and value in sources}
    assert not left  # the map's own names (basemap_*) are the same in every language


@pytest.mark.parametrize("code", ("en", *LANGUAGES))
def test_the_report_language_is_the_samples_and_the_project_opens(samples, code) -> None:
    with ProjectStore.open(str(samples[code]), read_only=True) as store:
        assert store.get_meta("report_language") == code
        assert store.check() == []
        counts = store.counts()
    with ProjectStore.open(str(samples["en"]), read_only=True) as store:
        assert counts == store.counts()
    assert counts["proposals"] == 24 and counts["perception_pins"] == 60 and counts["actions"] == 12


@pytest.mark.skipif(not ogrinfo_available(), reason="ogrinfo (gdal-bin) is not installed")
@pytest.mark.parametrize("code", LANGUAGES)
def test_gdal_reads_every_language(samples, code) -> None:
    summary = ogrinfo_summary(samples[code])
    assert "Layer name: proposals" in summary and "Layer name: basemap_polygons" in summary
