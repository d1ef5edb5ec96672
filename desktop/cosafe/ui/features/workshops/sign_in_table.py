"""The table inside the sign-in sheet: one row per person, filled with single keys.

Contract: ``SignInTable(groups, check_code)`` holds rows of code, gender, age band,
role, group, disability and consent. Choice cells store their vocabulary key (or group
uuid) under ``KEY_ROLE`` and show its label; ``value(row, column)`` returns it. The key
map is in ``sign_in_sheet``'s docstring. ``next_code()`` gives the code of a new row;
``gender_letters()`` are the letters that choose a gender in the reader's language
(the header shows them; ``gender_keys()`` adds the English letters the language leaves
free). ``check_code(code, row)`` returns '' when a
typed code is acceptable, else a message: the code is then not stored and
``code_refused(message)`` is emitted. ``rows_changed`` follows every change of content.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QElapsedTimer, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cosafe.core.records import Group
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.vocabulary import AGE_BANDS, GENDERS, PARTICIPANT_ROLES, choices, label_of
from cosafe.ui.kit.swatch import swatch
from cosafe.ui.map.symbols import group_icon
from cosafe.ui.features.workshops.words import SignIn

CODE, GENDER, AGE, ROLE, GROUP, DISABILITY, CONSENT = range(7)
HEADERS = (QT_TRANSLATE_NOOP("SignInTable", "Code"), QT_TRANSLATE_NOOP("SignInTable", "Gender (%1)"),
           QT_TRANSLATE_NOOP("SignInTable", "Age (1–6)"), QT_TRANSLATE_NOOP("SignInTable", "Role (letter)"),
           QT_TRANSLATE_NOOP("SignInTable", "Group (1–9)"), QT_TRANSLATE_NOOP("SignInTable", "Disability (optional)"),
           QT_TRANSLATE_NOOP("SignInTable", "Consent"))
WIDTHS = (64, 130, 100, 160, 200, 150, 70)
KEY_ROLE = Qt.ItemDataRole.UserRole
# The letters that choose a gender follow the words the sheet shows: each language gives
# its own (``gender_letters``: Spanish m Mujer, h Hombre, so "m" is a woman there). The
# English letters keep working wherever the language does not give them to another
# gender (a Latin keyboard in an Arabic room, a facilitator's habit).
ENGLISH_GENDER_KEYS = {"w": "woman", "f": "woman", "m": "man", "n": "non_binary", "u": "undisclosed",
                       "p": "undisclosed"}
TYPE_AHEAD_MS = 1000  # letters typed closer together than this extend the role prefix
CHOICE_COLUMNS = (GENDER, AGE, ROLE, GROUP)


def gender_letters() -> tuple[str, ...]:
    """The letters that choose Woman, Man, Non-binary and Prefer not to say (``GENDERS``' order), in the reader's language.

    A translation that does not give four different letters is not used: the English ones are.
    """
    letters = tuple(SignIn.tr("w m n u", "the keys typed for Woman, Man, Non-binary, Prefer not to say, in this "
                              "order: four different single letters separated by spaces, each the first letter of "
                              "its word as translated where you can").lower().split())
    if len(letters) != len(GENDERS) or len(set(letters)) != len(GENDERS) or any(len(one) != 1 for one in letters):
        return ("w", "m", "n", "u")
    return letters


def gender_keys() -> dict[str, str]:
    """Typed letter → gender key: the language's letters, then the English ones it leaves free."""
    keys = {letter: key for letter, (key, _label) in zip(gender_letters(), GENDERS)}
    for letter, key in ENGLISH_GENDER_KEYS.items():
        keys.setdefault(letter, key)
    return keys


def role_for(prefix: str) -> str | None:
    """The role whose label starts with ``prefix`` ("m" Municipal official), else whose key does ("of")."""
    for key, label in choices(PARTICIPANT_ROLES):
        if label.lower().startswith(prefix):
            return key
    return next((key for key, _label in PARTICIPANT_ROLES if key.startswith(prefix)), None)


class CodeDelegate(QStyledItemDelegate):
    """Stores a typed code only when the sheet accepts it."""

    def __init__(self, table: SignInTable) -> None:
        super().__init__(table)
        self._table = table

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        problem = self._table.check_code(editor.text(), index.row())
        if problem:
            self._table.code_refused.emit(problem)
            return
        model.setData(index, editor.text().strip().upper())


class SignInTable(QTableWidget):
    """Rows of anonymous participants, driven by the keyboard."""

    code_refused = Signal(str)
    rows_changed = Signal()

    def __init__(self, groups: list[Group], check_code: Callable[[str, int], str], next_code: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setObjectName("signInTable")
        self.groups = groups[:9]  # one digit each
        self.check_code = check_code
        self.next_code = next_code
        self._gender_keys = gender_keys()
        self.setHorizontalHeaderLabels([translate("SignInTable", header) for header in HEADERS])
        self.horizontalHeaderItem(GENDER).setText(arg(translate("SignInTable", HEADERS[GENDER]),
                                                      "/".join(gender_letters())))
        header = self.horizontalHeader()
        # At least as wide as its title in the reader's language; the last column takes
        # the spare width (a stretching Disability column was squeezed below its title).
        for column, width in enumerate(WIDTHS):
            self.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        # What the columns need, the last one's title included, read before the stretch resizes it.
        self.columns_width = sum(max(width, header.sectionSizeHint(column)) for column, width in enumerate(WIDTHS))
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)  # long group names elide rather than make rows tall
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTabKeyNavigation(True)
        self.setItemDelegateForColumn(CODE, CodeDelegate(self))
        self._typed = ""
        self._typed_at = QElapsedTimer()
        self.itemChanged.connect(lambda _item: self.rows_changed.emit())
        self.currentCellChanged.connect(lambda *_cells: self._reset_type_ahead())

    # -- rows ------------------------------------------------------------------------------

    def add_row(self, code: str) -> int:
        row = self.rowCount()
        self.blockSignals(True)
        self.insertRow(row)
        plain = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for column in range(self.columnCount()):
            item = QTableWidgetItem("")
            if column in (CODE, DISABILITY):
                item.setFlags(plain | Qt.ItemFlag.ItemIsEditable)
            elif column == CONSENT:
                item.setFlags(plain | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(plain)
            self.setItem(row, column, item)
        self.item(row, CODE).setText(code)
        if row > 0:
            # People at one table sign in together: the next person is probably in the same group.
            self._choose(row, GROUP, self.value(row - 1, GROUP))
        self.blockSignals(False)
        self.rows_changed.emit()
        return row

    def code(self, row: int) -> str:
        return self.text(row, CODE)

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def value(self, row: int, column: int) -> str | None:
        item = self.item(row, column)
        return item.data(KEY_ROLE) if item is not None else None

    def row_is_blank(self, row: int) -> bool:
        """Nothing but a code (and a group carried over from the row above)."""
        return (all(self.value(row, column) is None for column in (GENDER, AGE, ROLE))
                and not self.text(row, DISABILITY).strip()
                and self.item(row, CONSENT).checkState() != Qt.CheckState.Checked)

    def _choose(self, row: int, column: int, key: str | None) -> None:
        item = self.item(row, column)
        item.setData(KEY_ROLE, key)
        if column == GROUP:
            group = next((g for g in self.groups if g.uuid == key), None)
            item.setIcon(group_icon(group.colour) if group else swatch("#FFFFFF"))
            position = self.groups.index(group) + 1 if group else 0
            item.setText(arg(SignIn.tr("%1 · %2", "a group's key and name"), position, group.name) if group else "")
            return
        vocabulary = {GENDER: GENDERS, AGE: AGE_BANDS, ROLE: PARTICIPANT_ROLES}[column]
        item.setText(label_of(vocabulary, key) if key else "")

    # -- keys ------------------------------------------------------------------------------

    def _reset_type_ahead(self) -> None:
        self._typed = ""

    def _choice_for(self, column: int, text: str) -> tuple[bool, str | None]:
        """(handled, key) for a key typed in a choice column."""
        letter = text.lower()
        if column == GENDER and letter in self._gender_keys:
            return True, self._gender_keys[letter]
        if column == AGE and letter.isdigit() and 1 <= int(letter) <= len(AGE_BANDS):
            return True, AGE_BANDS[int(letter) - 1][0]
        if column == GROUP and letter.isdigit():
            number = int(letter)
            if number == 0:
                return True, None
            if number <= len(self.groups):
                return True, self.groups[number - 1].uuid
        if column == ROLE and letter.isalpha():
            recent = self._typed_at.isValid() and self._typed_at.elapsed() < TYPE_AHEAD_MS
            prefix = (self._typed if recent else "") + letter
            match = role_for(prefix)
            if match is None and recent:  # a fresh start: "r" after "t" means Resident
                prefix = letter
                match = role_for(prefix)
            self._typed, _ = prefix, self._typed_at.restart()
            if match is not None:
                return True, match
        return False, None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, column = self.currentRow(), self.currentColumn()
        key, text = event.key(), event.text()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if row < 0 or not plain or key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_row()
            return
        if key == Qt.Key.Key_Space:
            consent = self.item(row, CONSENT)
            checked = consent.checkState() == Qt.CheckState.Checked
            consent.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        if column in CHOICE_COLUMNS:
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self._choose(row, column, None)
                self.rows_changed.emit()
                return
            if text.isprintable() and text.strip():
                handled, choice = self._choice_for(column, text)
                if handled:
                    self._choose(row, column, choice)
                    self.rows_changed.emit()
                # An unknown key in a choice cell does nothing rather than open an editor.
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        # Enter in a text cell means what it means elsewhere: on to the next person.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.next_row()

    def next_row(self) -> None:
        row = self.currentRow()
        if row == self.rowCount() - 1:
            if self.row_is_blank(row):
                return  # one empty row at the end is enough
            self.add_row(self.next_code())
        self.setCurrentCell(row + 1, GENDER)
