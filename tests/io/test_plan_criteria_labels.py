"""The plan's criteria appendix reads a facilitator's own criteria and set name in the plan's language."""

from __future__ import annotations

from cosafe.core import i18n
from cosafe.core.criteria_sets import active_criteria, add_criterion_edit
from cosafe.core.label_translations import translations_edit
from cosafe.io.plan_report.plan_rows import criteria_rows
from cosafe.store.project_store import ProjectStore


def test_the_criteria_table_reads_own_labels_in_the_plans_language(tmp_path):
    with ProjectStore.create(str(tmp_path / "plan.gpkg"), name="Plan") as store:
        add_criterion_edit(store, "Toilets", "Clean toilets open and visible",
                           translations={"label": {"pt": "Banheiros"}, "good_means": {"pt": "Banheiros limpos"}}
                           ).apply(store)
        translations_edit(store, "criteria_sets", active_criteria(store)[0].uuid,
                          {"name": {"pt": "Auditoria do bairro"}}, "Translate").apply(store)
        with i18n.speaking("pt", i18n.english):
            name, rows = criteria_rows(store)
        assert name.startswith("Auditoria do bairro")
        assert (rows[-1].label, rows[-1].good_means) == ("Banheiros", "Banheiros limpos")
        name, rows = criteria_rows(store)  # in English: as typed
        assert name.startswith("Safety audit (default)")
        assert (rows[-1].label, rows[-1].good_means) == ("Toilets", "Clean toilets open and visible")
