"""kit/mnemonics: a menu gives its entries without a mnemonic one of their own when shown."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from cosafe.ui.kit.mnemonics import candidates, escape, give_mnemonics, keep_mnemonics, marked, mnemonics, plain


def test_double_ampersands_are_literal():
    assert mnemonics("Save &As…") == ["a"]
    assert mnemonics("Wood && 7th") == []
    assert mnemonics("&Undo Set title of “Wood && 7th”") == ["u"]
    assert plain("&Undo Wood && 7th") == "Undo Wood & 7th"
    assert escape("Wood & 7th") == "Wood && 7th"


def test_a_words_first_letter_is_preferred():
    assert candidates("Merge Conflicts")[:2] == ["m", "c"]
    assert marked("Merge Conflicts", "c") == "Merge &Conflicts"
    assert marked("Merge Conflicts", "g") == "Mer&ge Conflicts"
    assert marked("Wood && 7th", "7") == "Wood && &7th"


def test_entries_are_given_letters_no_sibling_has(qtbot):
    menu = keep_mnemonics(QMenu())
    qtbot.addWidget(menu)
    menu.addAction("&Layers…")
    auto = [menu.addAction(text) for text in ("Layers", "Lights && Lamps", "Proposals", "Proposal Details")]
    hidden = menu.addAction("Hidden")
    hidden.setVisible(False)
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()][0] == "&Layers…"  # the programmer's letter stays
    letters = [mnemonics(a.text()) for a in auto]
    assert all(len(found) == 1 for found in letters)
    assert len({found[0] for found in letters} | {"l"}) == len(auto) + 1
    assert plain(auto[1].text()) == "Lights & Lamps" and hidden.text() == "Hidden"


def test_letters_are_shared_out_so_every_entry_has_one(qtbot):
    """"ab" must leave "a" to "a" and take "b": best wishes first, but no entry left without."""
    menu = QMenu()
    qtbot.addWidget(menu)
    ab, a = menu.addAction("ab"), menu.addAction("a")
    give_mnemonics(menu)
    assert (ab.text(), a.text()) == ("a&b", "&a")


def test_a_text_changed_by_its_owner_gets_a_letter_again(qtbot):
    menu = QMenu()
    qtbot.addWidget(menu)
    undo = menu.addAction("Undo")
    give_mnemonics(menu)
    assert undo.text() == "&Undo"
    undo.setText("Undo Move")  # the undo stack's new label
    give_mnemonics(menu)
    assert undo.text() == "&Undo Move"
