"""The sign-in sheet: a keyboard-only table to sign a workshop's participants in quickly.

Contract:
- ``SignInSheet(session, workshop, groups)`` starts with one row whose code continues
  the workshop's codes ("P01", or the number after the highest existing P-code).
- Keys (no mouse needed): in Gender the letters of the reader's language
  (``sign_in_table.gender_letters``: w/m/n/u in English, m/h/n/p in Spanish; the English
  letters, f and p too, wherever the language leaves them free) pick Woman / Man / Non-binary /
  Prefer not to say; in Age band 1–6; in Role the first letter(s) of the role's label,
  or of its key ("of" official; typed within a second of each other); in Group 1–9 (0 = no group); Backspace/Delete
  clears a choice; Space toggles consent (except while typing text); Tab / Shift+Tab move
  between cells; Enter goes to the next row, adding it when on the last one (a blank row
  is not followed by another). Code and Disability are typed; a code already used in the
  workshop or on the sheet is refused inline (the old code stays, a message says why).
- Accepting (OK or Ctrl+Enter) saves every filled row as ONE undo step, an EditGroup
  labelled "Sign in 12 participants"; rows with nothing but a code are skipped; a blank
  gender or age band is saved as "undisclosed" and a blank role as "other". If the edit
  fails the sheet stays open with its rows. Cancel / Escape asks first when rows are filled.
- No names are ever asked for, and the private ``contact`` field is not on the sheet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cosafe.core.edits import AddRecord, EditGroup
from cosafe.core.records import Group, Participant, Workshop
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.vocabulary import AGE_BANDS, GENDERS, PARTICIPANT_ROLES, choices
from cosafe.core.workshops import next_code, normalise_code
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit import dialogs
from cosafe.ui.session import ProjectSession
from cosafe.ui.features.workshops.sign_in_table import (
    AGE, CONSENT, DISABILITY, GENDER, GROUP, ROLE, SignInTable, gender_letters,
)
from cosafe.ui.features.workshops.words import SignIn

NOTE = QT_TRANSLATE_NOOP("SignInSheet", "CoSafe records people anonymously — no names. Give each person the code on "
                         "the left (write it on their name badge) so their votes and pins can be linked to it.")


def key_help(groups: list[Group]) -> str:
    between = SignIn.tr(" · ", "between the keys of one line of the key help")
    key = SignIn.tr("%1 %2", "a key and what it chooses")
    genders = between.join(arg(key, letter, label) for letter, (_key, label) in zip(gender_letters(), choices(GENDERS)))
    ages = between.join(arg(key, n, label) for n, (_key, label) in enumerate(choices(AGE_BANDS), start=1))
    role_keys = between.join(arg(key, label[0].lower(), label.split(" / ")[0])
                             for _key, label in choices(PARTICIPANT_ROLES))
    group_keys = between.join(arg(key, n, group.name) for n, group in enumerate(groups[:9], start=1))
    return arg(SignIn.tr("<b>Gender</b> %1<br><b>Age</b> %2<br><b>Role</b> %3<br><b>Group</b> %4<br><b>Space</b> "
                         "consent · <b>Tab</b> next cell · <b>Enter</b> next person · <b>Ctrl+Enter</b> save"),
               genders, ages, role_keys, group_keys or SignIn.tr("no groups yet"))


class SignInSheet(QDialog):
    """Sign a workshop's participants in: codes and anonymous demographics only."""

    def __init__(self, session: ProjectSession, workshop: Workshop, groups: list[Group],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInSheet")
        self.setWindowTitle(arg(self.tr("Sign-in Sheet — %1"), workshop.title))
        self.resize(900, 600)
        self.session, self.workshop, self.groups = session, workshop, groups
        existing = session.store.list(Participant, "workshop_uuid = ?", (workshop.uuid,))
        self.existing_codes = {normalise_code(person.code) for person in existing if person.code}
        self._existing_raw = [person.code for person in existing]

        note = QLabel(translate("SignInSheet", NOTE), self)
        note.setObjectName("signInNote")
        note.setWordWrap(True)
        self.help_label = QLabel(key_help(groups), self)
        self.help_label.setObjectName("fieldHelp")
        self.help_label.setWordWrap(True)
        self.table = SignInTable(groups, self.code_is_free, self.next_code, self)
        describe(self.table, self.tr("Participants signed in"),
                 self.tr("One row per participant: code, name, group and the answers; type in a row, Enter or Tab "
                         "moves on"))
        self.table.code_refused.connect(self._show_message)
        self.table.rows_changed.connect(self._update_ok)
        self.message = QLabel("", self)
        self.message.setObjectName("signInMessage")
        self.message.setStyleSheet("color: #B3261E;")  # the one error colour of the sheet
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Enter means "next person", never "save"
            button.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        first = next_code(self._existing_raw)
        self.summary = QLabel(arg(self.tr("Already signed in: %1. New codes start at %2."), len(existing), first)
                              if existing else self.tr("Nobody signed in yet: codes start at P01."), self)
        self.summary.setObjectName("fieldHelp")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(note)
        layout.addWidget(self.help_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._fit_width()
        self.table.add_row(next_code(self._existing_raw))
        self.table.setCurrentCell(0, GENDER)
        self.table.setFocus()
        self._update_ok()

    def _fit_width(self) -> None:
        """As wide as every column needs, within the screen (beyond it the table scrolls).

        At a fixed 900 pixels the Consent column was hidden behind the table's scroll bar
        (on a 1024-pixel screen, and in longer languages more columns with it).
        """
        dialogs.resize_within_screen(self, max(900, self.wanted_width()), self.height())

    def wanted_width(self) -> int:
        """The sheet's width with every column of the table in view."""
        margins = self.layout().contentsMargins()
        return (self.table.columns_width + 2 * self.table.frameWidth()
                + self.table.verticalScrollBar().sizeHint().width() + margins.left() + margins.right())

    # -- codes -----------------------------------------------------------------------------

    def code_is_free(self, code: str, row: int) -> str:
        """'' when ``code`` may be used on ``row``, else why not."""
        if not code.strip():
            return self.tr("A participant needs a code.")
        normal = normalise_code(code)
        if normal in self.existing_codes:
            return arg(self.tr("%1 is already signed in to this workshop — codes must be unique."), code.strip())
        for other in range(self.table.rowCount()):
            if other != row and normalise_code(self.table.code(other)) == normal:
                return arg(self.tr("%1 is already on this sheet (row %2) — codes must be unique."), code.strip(),
                           other + 1)
        return ""

    def _show_message(self, text: str) -> None:
        self.message.setText(text)

    def next_code(self) -> str:
        return next_code(self._existing_raw + [self.table.code(row) for row in range(self.table.rowCount())])

    # -- saving ------------------------------------------------------------------------------

    def participants(self) -> list[Participant]:
        people = []
        for row in range(self.table.rowCount()):
            if self.table.row_is_blank(row):
                continue
            value = self.table.value
            people.append(Participant(
                workshop_uuid=self.workshop.uuid,
                group_uuid=value(row, GROUP),
                code=self.table.code(row).strip(),
                gender=value(row, GENDER) or "undisclosed",
                age_band=value(row, AGE) or "undisclosed",
                role=value(row, ROLE) or "other",
                disability=(self.table.text(row, DISABILITY).strip() or None),
                consent_given=self.table.item(row, CONSENT).checkState() == Qt.CheckState.Checked,
            ))
        return people

    def _update_ok(self) -> None:
        count = len(self.participants())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign In %Ln People", "", count) if count else self.tr("Sign In"))
        ok.setEnabled(count > 0)
        self.message.setText("")

    def accept(self) -> None:
        people = self.participants()
        if not people:
            return
        label = self.tr("Sign in %Ln participants", "", len(people))
        edit = EditGroup([AddRecord(person, label=label) for person in people], label)
        if self.session.perform(edit):
            super().accept()


    def reject(self) -> None:
        # Escape is one key away while typing: thirty people's rows must not vanish on it.
        count = len(self.participants())
        if count and not dialogs.ask_confirm(self, self.tr("Discard the sign-in sheet"),
                                             self.tr("Close the sheet without signing in %Ln people?", "", count),
                                             self.tr("Discard")):
            return
        super().reject()


def sign_in(parent: QWidget | None, session: ProjectSession, workshop: Workshop, groups: list[Group]) -> bool:
    """Show the sheet for ``workshop``; True when participants were signed in."""
    sheet = SignInSheet(session, workshop, groups, parent)
    return sheet.exec() == QDialog.DialogCode.Accepted

