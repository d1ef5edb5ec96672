"""Plan › Export Plan (PDF) and Export Actions (CSV) in the project's report language; the window keeps its own."""

from __future__ import annotations

import csv
import subprocess

from plan_support import NOISE

from cosafe.core import i18n
from cosafe.core.edits import SetProjectProperties
from cosafe.ui.features.plan.export_dialog import PlanExportDialog

pytestmark = NOISE


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_plan_speaks_the_report_language_and_the_window_its_own(plan, tmp_path, qtbot):
    assert plan.window.session.perform(SetProjectProperties(plan.store, {"report_language": "pt"}))
    dialog = PlanExportDialog(plan.store, plan.window)
    qtbot.addWidget(dialog)
    assert dialog.plan_language() == "pt"
    target = tmp_path / "plano.pdf"
    dialog.path_edit.setText(str(target))
    assert dialog.export()
    text = pdf_text(target)
    assert "Plano de ação" in text and "Versão pública" in text and "Curto prazo" in text
    assert "Short term" not in text and "Public version" not in text
    assert "10 de jan. de 2027" in text  # "Evening patrol rota" starts on 2027-01-10: a Portuguese date
    # The window stayed English: the dialog, the offer made after the export, the words made on its thread.
    assert dialog.windowTitle() == "Export Plan (PDF)"
    assert plan.offers and plan.offers[-1][0] == "Plan exported"
    assert i18n.language() == "en" and plan.window.menuBar().actions()[0].text() == "&File"


def test_without_a_report_language_the_plan_speaks_the_window_s(plan, tmp_path, qtbot):
    dialog = PlanExportDialog(plan.store, plan.window)
    qtbot.addWidget(dialog)
    assert dialog.plan_language() == "en"
    target = tmp_path / "plan.pdf"
    dialog.path_edit.setText(str(target))
    assert dialog.export()
    assert "Short term" in pdf_text(target)


def test_the_actions_spreadsheet_speaks_the_report_language(plan, tmp_path):
    plan.window.session.perform(SetProjectProperties(plan.store, {"report_language": "fr"}))
    path = tmp_path / "actions.csv"
    assert plan.ui.exports.export_actions_csv(str(path)) == str(path)
    with open(path, encoding="utf-8") as handle:
        rows = {row["Action"]: row for row in csv.DictReader(handle)}
    lights = rows["Street lights on the market street"]
    assert lights["Échéance"] == "Court terme" and lights["Statut"] == "Convenue"
    assert lights["Priorité fixée par"] in ("votes", "à la main")
    assert i18n.language() == "en"
