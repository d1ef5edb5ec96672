"""Every menu entry can be reached with its underlined letter: mnemonics, kept unique.

Contract: ``keep_mnemonics(menu)`` makes ``menu`` (and every submenu it shows) give each
visible entry without a mnemonic one when it is about to show, a letter no visible sibling
uses — a word's first letter if one is free, else any other letter or digit. Entries a
programmer marked ("&Open Project…") keep their letter, and are served first; the letters
given here are for entries whose text comes from elsewhere: a dock's toggle (its title,
which must carry no "&": a tabbed dock's tab would take it as a shortcut), a file name in
Open Recent, a group's name, the undo stack's "Undo …", a percentage. Such an entry is
given a letter again each time its menu shows, so one action in two menus (Undo History
in Edit and in View) and a text its owner changes (Undo's) are always right where shown.
A text's "&&" is a literal ampersand, never a mnemonic; code putting a name in a menu
doubles its "&" (``escape``). ``plain(text)`` is the text a person reads.

In such a menu, while it is open, a letter that is one of its entries' mnemonics chooses
that entry, even when it is also a shortcut: Qt otherwise lets the shortcut act (the map
tools' single letters, Draw › P being the Point tool's P), which chose a tool that was not
asked for (Audit › N chose the Pin tool, N, not New Audit Walk) or left the menu open.

Why at show time and not where each entry is made: the entries of a menu come from
several features, and some change while the window runs; only the menu, when it shows,
knows which siblings are visible together.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QMenu

_KEPT = "cosafe_keeps_mnemonics"  # a menu's property: it gives mnemonics when shown
_GIVEN = "cosafe_given_mnemonic"  # an action's property: the text with the letter given here


def escape(text: str) -> str:
    """``text`` as a menu entry's literal text: its "&" shown, never a mnemonic."""
    return text.replace("&", "&&")


def plain(text: str) -> str:
    """What a person reads of an entry's ``text``: no mnemonic marks, "&&" as "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonics(text: str) -> list[str]:
    """The letters (lower case) a single "&" marks in ``text``; "&&" marks none."""
    found, index = [], 0
    while index < len(text):
        if text[index] == "&":
            if text[index + 1:index + 2] == "&":
                index += 2
                continue
            if index + 1 < len(text):
                found.append(text[index + 1].lower())
        index += 1
    return found


def _unmarked(text: str) -> str:
    """``text`` without its mnemonic marks, its "&&" kept."""
    return escape(plain(text))


def _readable(text: str) -> tuple[str, list[int]]:
    """``text`` unmarked, and the index in it of each character a person reads ("&&" is one)."""
    base = _unmarked(text)
    positions: list[int] = []
    index = 0
    while index < len(base):
        positions.append(index)
        index += 2 if base[index] == "&" else 1
    return base, positions


def candidates(text: str) -> list[str]:
    """The letters ``text`` could be reached by, best first: words' first letters, then the rest."""
    base, positions = _readable(text)
    readable = [base[i].lower() for i in positions]
    starts = [c for n, c in enumerate(readable) if c.isalnum() and (n == 0 or not readable[n - 1].isalnum())]
    rest = [c for c in readable if c.isalnum()]
    return list(dict.fromkeys(starts + rest))


def marked(text: str, letter: str) -> str:
    """``text`` with its mnemonic on ``letter`` (a word's first if it starts one, else the first)."""
    base, positions = _readable(text)
    readable = [base[i].lower() for i in positions]
    places = [n for n, c in enumerate(readable) if c == letter]
    starts = [n for n in places if n == 0 or not readable[n - 1].isalnum()]
    at = positions[(starts or places)[0]]
    return f"{base[:at]}&{base[at:]}"


def _match(wishes: list[list[str]], taken: set[str]) -> list[str | None]:
    """A letter for each entry from its ``wishes`` (best first), none twice nor in ``taken``.

    As many entries as can be served are (augmenting paths: an entry may move another to
    its next wish to make room), and each keeps its best wish where that costs no other
    entry its letter.
    """
    owner: dict[str, int] = {}

    def place(entry: int, seen: set[str]) -> bool:
        for letter in wishes[entry]:
            if letter in taken or letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or place(owner[letter], seen):
                owner[letter] = entry
                return True
        return False

    for entry in range(len(wishes)):
        free = [letter for letter in wishes[entry] if letter not in taken and letter not in owner]
        if free:  # its best free wish, moving no one
            owner[free[0]] = entry
        else:
            place(entry, set())
    letters: list[str | None] = [None] * len(wishes)
    for letter, entry in owner.items():
        letters[entry] = letter
    return letters


def _given_here(action: QAction) -> bool:
    return action.property(_GIVEN) == action.text()


def give_mnemonics(menu: QMenu) -> None:
    """Give ``menu``'s visible entries that lack one a mnemonic of their own (see the contract)."""
    entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible() and plain(a.text()).strip()]
    taken: set[str] = set()
    to_give: list[QAction] = []
    for action in entries:
        marks = mnemonics(action.text())
        if len(marks) == 1 and not _given_here(action):
            taken.add(marks[0])  # the programmer's letter (a clash of two is theirs to fix)
        else:
            to_give.append(action)
    wishes = []
    for action in to_give:
        marks = mnemonics(action.text())
        kept = marks if len(marks) == 1 else []  # the letter given last time comes first: it stays put
        wishes.append(list(dict.fromkeys(kept + candidates(action.text()))))
    for action, letter in zip(to_give, _match(wishes, taken)):
        text = marked(action.text(), letter) if letter is not None else _unmarked(action.text())
        if text != action.text():
            action.setText(text)
        action.setProperty(_GIVEN, text)
    for action in entries:
        if action.menu() is not None:
            keep_mnemonics(action.menu())


class _MnemonicsFirst(QObject):
    """An open menu's letters are its entries' mnemonics before they are any shortcut."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QMenu) \
                and isinstance(event, QKeyEvent):
            plain_key = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                                  | Qt.KeyboardModifier.KeypadModifier)
            letter = event.text().lower()
            if plain_key and len(letter) == 1 and any(
                    a.isVisible() and a.isEnabled() and mnemonics(a.text()) == [letter] for a in watched.actions()):
                event.accept()  # the menu's own key press chooses the entry
                return True
        return False


_MNEMONICS_FIRST = _MnemonicsFirst()


def keep_mnemonics(menu: QMenu) -> QMenu:
    """``menu`` gives its entries mnemonics whenever it is about to show (once per menu); returns it.

    Connected after whatever fills the menu when it shows, so the entries it adds have theirs.
    """
    if not menu.property(_KEPT):
        menu.setProperty(_KEPT, True)
        menu.aboutToShow.connect(lambda: give_mnemonics(menu))
        menu.installEventFilter(_MNEMONICS_FIRST)
    return menu
