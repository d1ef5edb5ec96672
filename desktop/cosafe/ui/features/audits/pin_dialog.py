"""The perception pin dialog: feeling, optional 1–5 scale, reason tags, story, time of day, who.

Contract:
- ``PinDialog(store, people, pin, tags, deletable=False)`` only collects values; the pin
  flow turns them into one edit. ``values()`` gives the PerceptionPin fields
  (feeling, scale, reason_tags as tag keys, story, time_of_day, participant_uuid).
- Reason tags are the project's ReasonTag records; retired tags are not offered, unless
  the pin already carries one (kept, marked "retired").
- The participant is picked by anonymous label (code and demographics) among the people
  given (the active workshop's); "Anonymous" leaves it empty (pins are anonymous by default).
- With ``deletable`` a Delete Pin button closes the dialog with ``deleted`` True.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.records import Participant, PerceptionPin, ReasonTag
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.reason_tags import shown_tag_label
from cosafe.core.vocabulary import TIMES_OF_DAY
from cosafe.ui.features.audits.common import participant_label, sorted_participants
from cosafe.ui.kit.fields import combo_key, vocabulary_combo

SCALE_LABELS = (QT_TRANSLATE_NOOP("PinDialog", "1 — very unsafe"), QT_TRANSLATE_NOOP("PinDialog", "2 — unsafe"),
                QT_TRANSLATE_NOOP("PinDialog", "3 — neither"), QT_TRANSLATE_NOOP("PinDialog", "4 — safe"),
                QT_TRANSLATE_NOOP("PinDialog", "5 — very safe"))  # in English: shown translated
KEY_ROLE = Qt.ItemDataRole.UserRole


class PinDialog(QDialog):
    """New or edit one perception pin."""

    def __init__(self, people: list[Participant], pin: PerceptionPin, tags: list[ReasonTag],
                 deletable: bool = False, parent: QWidget | None = None,
                 own: Mapping[str, Mapping[str, Mapping[str, str]]] | None = None) -> None:
        """``own``: the tags' labels in other languages (tag uuid -> field -> language -> text)."""
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(self.tr("Edit Perception Pin") if deletable else self.tr("New Perception Pin"))
        self.setMinimumWidth(440)
        self.deleted = False
        self.safe_radio = QRadioButton(self.tr("&Safe"), self)
        self.unsafe_radio = QRadioButton(self.tr("&Unsafe"), self)
        self.feeling_group = QButtonGroup(self)
        for radio in (self.safe_radio, self.unsafe_radio):
            self.feeling_group.addButton(radio)
        (self.safe_radio if pin.feeling == "safe" else self.unsafe_radio).setChecked(True)
        feeling_row = QHBoxLayout()
        feeling_row.addWidget(self.unsafe_radio)
        feeling_row.addWidget(self.safe_radio)
        feeling_row.addStretch(1)
        self.scale_combo = QComboBox(self)
        self.scale_combo.setObjectName("pinScale")
        self.scale_combo.addItem(self.tr("Not rated"), None)
        for number, label in enumerate(SCALE_LABELS, start=1):
            self.scale_combo.addItem(translate("PinDialog", label), number)
        self.scale_combo.setCurrentIndex(max(self.scale_combo.findData(pin.scale), 0))
        self.tag_list = QListWidget(self)
        self.tag_list.setObjectName("pinTags")
        chosen = set(pin.reason_tags)
        for tag in tags:
            if tag.retired and tag.key not in chosen:
                continue
            label = shown_tag_label(tag, (own or {}).get(tag.uuid))
            item = QListWidgetItem(arg(self.tr("%1 (retired)"), label) if tag.retired else label, self.tag_list)
            item.setData(KEY_ROLE, tag.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tag.key in chosen else Qt.CheckState.Unchecked)
        self.tag_list.setMinimumHeight(120)
        self.tag_list.setSpacing(1)
        self.story_edit = QPlainTextEdit(pin.story, self)
        self.story_edit.setObjectName("pinStory")
        self.story_edit.setPlaceholderText(self.tr("What happened here, or why it feels this way (optional)"))
        self.story_edit.setFixedHeight(70)
        self.time_combo = vocabulary_combo(TIMES_OF_DAY, pin.time_of_day, self)
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("pinParticipant")
        self.person_combo.addItem(self.tr("Anonymous (no code)"), None)
        for person in sorted_participants(people):
            self.person_combo.addItem(participant_label(person), person.uuid)
        self.person_combo.setCurrentIndex(max(self.person_combo.findData(pin.participant_uuid), 0))

        form = QFormLayout()
        form.addRow(self.tr("Feeling"), feeling_row)
        form.addRow(self.tr("Sca&le"), self.scale_combo)
        form.addRow(self.tr("&Reasons"), self.tag_list)
        form.addRow(self.tr("S&tory"), self.story_edit)
        form.addRow(self.tr("Time of &day"), self.time_combo)
        form.addRow(self.tr("&Placed by"), self.person_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button: QPushButton | None = None
        if deletable:
            self.delete_button = buttons.addButton(self.tr("Delete Pin"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _delete(self) -> None:
        self.deleted = True
        self.accept()

    def tag_keys(self) -> list[str]:
        items = [self.tag_list.item(row) for row in range(self.tag_list.count())]
        return [item.data(KEY_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, object]:
        return {
            "feeling": "safe" if self.safe_radio.isChecked() else "unsafe",
            "scale": self.scale_combo.currentData(),
            "reason_tags": self.tag_keys(),
            "story": self.story_edit.toPlainText().strip(),
            "time_of_day": combo_key(self.time_combo),
            "participant_uuid": self.person_combo.currentData(),
        }
