"""Counted nouns: singular for one, plural otherwise (issue 14: "1 pins", "1 stakeholders")."""

from cosafe.core.wording import counted


def test_one_is_singular_and_every_other_count_plural():
    assert counted(1, "pin") == "1 pin"
    assert counted(0, "pin") == "0 pins"
    assert counted(2, "stakeholder") == "2 stakeholders"
    assert counted(1, "person", "people") == "1 person"
    assert counted(1204, "feature") == "1,204 features"
    assert counted(3, "person", "people") == "3 people"
