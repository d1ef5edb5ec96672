"""A walk through every window, dock, dialog, menu, tooltip and message box, in each language (issue 15).

With Spanish, French, Portuguese, Arabic or Swahili installed, the window opens on the
sample, 1024×768, and ``walk_support.walk`` collects every word it shows; none may be
English where the language has its own words: not a catalogue source that reads otherwise
in the language, nor English words that never went through the catalogue. What people
typed in the sample (its names and stories) stays as typed. Every text fits, as below. One
test per language, so they run side by side.

In English and once with every text pseudo-translated 40 % longer: every label, button, check box,
group box and tab still shows its whole text and every dialog fits a 1024×768 screen. The
checker is itself checked on texts held too narrow, and the English check on a few texts.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from walk_support import (
    LANGUAGES, Catalogue, english_left, fit_problems, plain, pseudo, pseudo_catalogue, typed_texts, walk,
)

# The offscreen platform's limits (see shell_support.OFFSCREEN_NOISE), a dialog shown being raised too.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)",
                                       r"This plugin does not support raise\(\)")
# Everything the walk must reach, so a walk that silently skipped a part fails.
DOCKS = {"overviewDock", "historyDock", "identifyDock", "workshopsDock"}
# Names from outside the project the walk shows: the project's file (Open Recent) and the
# layers of the file the tour's basemap import offers (``dialog_tour``).
NAMES = ("riverside.gpkg", "streets", "footprints", "incidents.csv")
DIALOGS = {"dialog Project Properties", "dialog Perception Pin", "dialog Import Incidents Options",
           "dialog Import Incidents Preview",
           "window Workshop Guide", "window Keyboard Shortcuts", "window Presentation Mode"}


def open_window(qtbot):
    from cosafe.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def walked(qtbot, monkeypatch, tmp_path, sample_file, catalogue):
    copy = tmp_path / "riverside.gpkg"
    shutil.copy(sample_file, copy)
    window = open_window(qtbot)
    try:
        result = walk(window, qtbot, monkeypatch, tmp_path, str(copy), catalogue, sizes=True)
    finally:
        window.close()
    assert DOCKS <= set(result.places), result.places
    assert DIALOGS <= set(result.places), result.places
    assert sum(place.startswith("message box") for place in result.places) >= 5, result.places
    return result


def test_every_text_fits_in_english(qtbot, monkeypatch, tmp_path, sample_file, fake_canvas, dialog_log):
    result = walked(qtbot, monkeypatch, tmp_path, sample_file, None)
    misfits = sorted(set(result.misfits))
    assert misfits == [], f"{len(misfits)} texts do not fit in English:\n" + "\n".join(misfits)


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_english_is_left_in_the_window(code, qtbot, monkeypatch, tmp_path, sample_file, fake_canvas,
                                          dialog_log):
    from cosafe.ui.language import install_language

    app = QApplication.instance()
    catalogue = Catalogue.read(code)
    install_language(app, code)
    try:
        result = walked(qtbot, monkeypatch, tmp_path, sample_file, catalogue)
    finally:
        install_language(app, "en")
    assert len(result.seen) > 1500, len(result.seen)
    left = sorted({str(item) for item in english_left(result.seen, catalogue, typed_texts(str(sample_file), *NAMES))})
    misfits = sorted(set(result.misfits))  # the language's own words fit a 1024×768 screen too (Arabic right to left)
    assert left == [] and misfits == [], "\n".join([f"{len(left)} English texts in {code}:", *left,
                                                   f"{len(misfits)} texts do not fit in {code}:", *misfits])


def test_the_check_finds_english(sample_file):
    """A source the language translates, a sentence never translated, and a name typed in the project."""
    from walk_support import Seen

    catalogue = Catalogue.read("es")
    typed = typed_texts(str(sample_file))
    name = next(iter(sorted(t for t in typed if len(t) > 6)))
    texts = ["Undo History", "Delete the selected proposal from the whole plan", "Historial de deshacer", name, "42 m"]
    left = english_left([Seen("test", "QLabel", "x", "text", t) for t in texts], catalogue, typed)
    assert [item.text for item in left] == texts[:2]


def test_pseudo_translation_keeps_what_qt_reads():
    assert pseudo("&Open %1 of %n…").startswith("[&O") and "%1" in pseudo("&Open %1 of %n…")
    assert "%n" in pseudo("%n groups") and "%Ln" in pseudo("%Ln people") and "<b>" in pseudo("<b>Bold</b> &amp; more")
    assert len(plain(pseudo("Delete the group"))) >= 1.4 * len("Delete the group")


def test_the_fit_check_finds_texts_that_do_not_fit(qtbot):
    """A label and a button held too narrow, a part too small for its rows, a label past the edge, a dialog too tall."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    column = QVBoxLayout(dialog)
    narrow = QLabel("A label whose text is far wider than the room it is given")
    narrow.setFixedWidth(60)
    roomy = QLabel("A label with room")
    row = QHBoxLayout()
    squeezed = QPushButton("A button squeezed narrow")
    squeezed.setMaximumWidth(50)
    row.addWidget(squeezed)
    row.addWidget(QCheckBox("A check box with room"))
    column.addWidget(narrow)
    column.addWidget(roomy)
    column.addLayout(row)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = fit_problems(dialog, "test")
    assert len(problems) == 2 and "far wider" in problems[0] and "squeezed" in problems[1], problems
    narrow.setMinimumWidth(0)
    narrow.setMaximumWidth(16777215)
    narrow.setWordWrap(True)
    squeezed.setMaximumWidth(16777215)
    QApplication.processEvents()
    assert fit_problems(dialog, "test") == []
    squeezed_box = QWidget(dialog)  # a part held smaller than its rows: they overlap
    rows = QVBoxLayout(squeezed_box)
    for text in ("First row", "Second row", "Third row"):
        rows.addWidget(QLabel(text))
    squeezed_box.setFixedHeight(20)
    column.addWidget(squeezed_box)
    outside = QLabel("Placed past the edge", dialog)  # no layout: it reaches out of the dialog
    outside.move(dialog.width() - 10, 0)
    outside.show()
    QApplication.processEvents()
    problems = fit_problems(dialog, "test")
    assert any("overlap" in problem and "QWidget" in problem for problem in problems), problems
    assert any("past the edge" in problem and "reaches out" in problem for problem in problems), problems
    tall = QDialog()
    qtbot.addWidget(tall)
    tall.setMinimumSize(400, 900)
    tall.show()
    assert any("1024×768" in problem for problem in fit_problems(tall, "test"))


def test_every_text_fits_pseudo_translated_40_percent_longer(qtbot, monkeypatch, tmp_path, sample_file, fake_canvas,
                                                             dialog_log):
    with pseudo_catalogue(QApplication.instance()):
        result = walked(qtbot, monkeypatch, tmp_path, sample_file, None)
    assert result.misfits == [], f"{len(result.misfits)} texts do not fit:\n" + "\n".join(sorted(set(result.misfits)))
