"""Every word of the core and the store a person reads goes through the catalogue (issue 15).

With a translator installed that wraps each text in «», a representative set of
messages, undo names and vocabulary labels comes out wrapped: they are looked up,
not hard-coded English. (Sentences stay whole: tests/test_sentences_whole.py.)
"""

from __future__ import annotations

import pytest

from cosafe.core import i18n
from cosafe.core.audits import CHECKLIST_QUESTIONS, check_scores, question_label
from cosafe.core.criteria import criteria_set_name, criterion_good_means, criterion_label, score_formula_text
from cosafe.core.criteria_sets import CriteriaSetError, _checked_label
from cosafe.core.edits import AddRecord, SetProjectProperties
from cosafe.core.privacy import check_threshold
from cosafe.core.records import Participant, Vote, Workshop, kind_label, kind_noun
from cosafe.core.sketch_geometry import SketchGeometryError, make_polygon
from cosafe.core.vocabulary import DEFAULT_REASON_TAGS, FEELINGS, GENDERS, choices, label_of, stored_label
from cosafe.core.voting import VoteBudgetError, check_budget
from cosafe.core.workshops import delete_workshop_message, people_summaries
from cosafe.store.backups import MERGE, UPGRADE, Backup
from cosafe.store.errors import ProjectOpenError
from cosafe.store.inspection import inspect_project_file
from cosafe.store.merge.copy_rule import counted
from cosafe.store.project_store import count_label


def wrapped(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return "«" + i18n.fill_count(source, n) + "»"


@pytest.fixture
def guillemets():
    i18n.install(wrapped)
    yield
    i18n.install(None)


class _Meta:
    """The few project properties SetProjectProperties reads."""

    def get_meta(self, key: str) -> str | None:
        return {"name": "Old", "place": "Kibera"}.get(key)


def test_vocabulary_labels_are_translated_where_shown_and_keys_never(guillemets):
    assert label_of(GENDERS, "woman") == "«Woman»"
    assert label_of(GENDERS, "no_such_key") == "no_such_key"  # an unknown key reads as itself
    assert choices(FEELINGS) == (("safe", "«Safe»"), ("unsafe", "«Unsafe»"))
    assert GENDERS[0] == ("woman", "Woman")  # the table itself stays the English source
    # A stored reason tag with its built-in label reads translated; one a facilitator typed stays.
    key, label = DEFAULT_REASON_TAGS[0]
    assert stored_label(DEFAULT_REASON_TAGS, key, label) == f"«{label}»"
    assert stored_label(DEFAULT_REASON_TAGS, key, "Lamps broken") == "Lamps broken"


def test_built_in_criteria_read_translated_and_a_facilitators_own_as_typed(guillemets):
    assert criterion_label("lighting", "Lighting") == "«Lighting»"
    assert criterion_good_means("feeling", "How safe you feel") == "«How safe you feel»"
    assert criterion_label("lighting", "Street lamps") == "Street lamps"  # renamed by the facilitator
    assert criterion_label("cctv", "CCTV") == "CCTV"
    assert criteria_set_name("Safety audit (default)") == "«Safety audit (default)»"
    assert score_formula_text().startswith("«Safety score")
    assert question_label(CHECKLIST_QUESTIONS[0]) == f"«{CHECKLIST_QUESTIONS[0]}»"
    assert question_label("Is the market open late?") == "Is the market open late?"


def test_undo_names_go_through_the_catalogue(guillemets):
    assert AddRecord(Workshop(title="March")).label == "«Add «workshop»»"
    edit = SetProjectProperties(_Meta(), {"name": "New", "place": "Mathare"})
    assert edit.label == "«Change project «name»«, »«place»»"
    assert kind_label(Participant) == "«Participants»" and kind_noun(Participant) == "«participant»"


def test_core_messages_go_through_the_catalogue(guillemets):
    with pytest.raises(CriteriaSetError, match="^«A criterion needs a name»$"):
        _checked_label("  ", [])
    with pytest.raises(ValueError, match="^«The suppression threshold must be between 3 and 100 people"):
        check_threshold(1)
    with pytest.raises(SketchGeometryError, match="^«An area needs at least three different points»$"):
        make_polygon([(0, 0), (1, 1)])
    with pytest.raises(VoteBudgetError, match="^«Only 0 of 3 dots left for this voter»$"):
        check_budget([Vote(participant_uuid="p", proposal_uuid="x", workshop_uuid="w", dots=3)],
                     Vote(participant_uuid="p", proposal_uuid="y", workshop_uuid="w", dots=1), 3)
    with pytest.raises(ValueError, match="^«%1: a score is %2 to %3, not %4; nothing was saved»$".replace(
            "%1", "«A criterion»").replace("%2", "0").replace("%3", "3").replace("%4", "7")):
        check_scores({"c": 7}, {})
    message = delete_workshop_message("March", {"groups": 2, "participants": 26, "votes": 40, "drawings": 3})
    assert message == ("«Delete the workshop “March” with its «2 groups», «26 participants» and «40 votes»?» "
                       "«Its 3 proposals, pins and walks stay in the project, in no workshop.» "
                       "«Undo (Ctrl+Z) brings it all back.»")
    workshop, _groups = people_summaries([], 5)
    assert workshop == "«no one yet»"


def test_store_messages_go_through_the_catalogue(guillemets, tmp_path):
    with pytest.raises(ProjectOpenError, match="^«missing.gpkg: no such file»$"):
        inspect_project_file(str(tmp_path / "missing.gpkg"))
    backup = Backup(path="p.gpkg", reason=UPGRADE, from_version=2, made=None, size=0)
    assert backup.why == "«before upgrading from format 2»"
    assert Backup(path="p.gpkg", reason=MERGE, from_version=None, made=None, size=0).why == "«before a merge»"
    assert counted({"contacts": 2, "photos": 1}) == "«%1 and %2»".replace("%1", "«2 contacts»").replace(
        "%2", "«1 photos»")
    assert count_label("proposals") == "«Proposals»"
    assert count_label("basemap_points") == "«Basemap point features»"


def test_english_is_the_source_until_a_translator_is_installed():
    assert label_of(GENDERS, "woman") == "Woman"
    assert AddRecord(Workshop(title="March")).label == "Add workshop"
    assert SetProjectProperties(_Meta(), {"name": "New"}).label == "Change project name"
