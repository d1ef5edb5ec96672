"""The preview of File › Merge Projects…: per file, in plain words, what merging it would do.

Contract: ``plan_text(plan) -> str`` (plain text, one paragraph per kind: added,
updated, skipped, in conflict, each with its records counted by kind — "2 audit
walks, 1 proposal" — and, when the project is a field copy, one line saying so and
what of the file it holds back); ``MergePreviewDialog(target_name, plans, backup_name, parent)`` lists
every file's text, says "A merge cannot be undone with Undo; the file is backed up first"
(naming the backup),
and offers Merge (default; disabled when no file brings anything) and Cancel.
``exec()`` is Accepted for Merge.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from cosafe.store.merge.plan import MergePlan
from cosafe.store.merge.rows import MERGED_BY_TABLE

from cosafe.core.i18n import arg
from cosafe.ui.features.merge.words import MergePreview

# How many records of one table, in words ("2 audit walks"): one plural per kind of record.
RECORDS_IN_WORDS = {
    "workshops": lambda n: MergePreview.tr("%Ln workshops", "", n),
    "groups": lambda n: MergePreview.tr("%Ln groups", "", n),
    "participants": lambda n: MergePreview.tr("%Ln participants", "", n),
    "basemap_layers": lambda n: MergePreview.tr("%Ln basemap layers", "", n),
    "proposals": lambda n: MergePreview.tr("%Ln proposals", "", n),
    "criteria_sets": lambda n: MergePreview.tr("%Ln criteria sets", "", n),
    "criteria": lambda n: MergePreview.tr("%Ln criteria", "", n),
    "audit_walks": lambda n: MergePreview.tr("%Ln audit walks", "", n),
    "walk_participants": lambda n: MergePreview.tr("%Ln walk participants", "", n),
    "audit_points": lambda n: MergePreview.tr("%Ln audit points", "", n),
    "audit_scores": lambda n: MergePreview.tr("%Ln audit scores", "", n),
    "checklist_answers": lambda n: MergePreview.tr("%Ln checklist answers", "", n),
    "reason_tags": lambda n: MergePreview.tr("%Ln reason tags", "", n),
    "perception_pins": lambda n: MergePreview.tr("%Ln perception pins", "", n),
    "incidents": lambda n: MergePreview.tr("%Ln recorded incidents", "", n),
    "stakeholders": lambda n: MergePreview.tr("%Ln stakeholders", "", n),
    "actions": lambda n: MergePreview.tr("%Ln actions", "", n),
    "action_partners": lambda n: MergePreview.tr("%Ln action partners", "", n),
    "action_links": lambda n: MergePreview.tr("%Ln action links", "", n),
    "votes": lambda n: MergePreview.tr("%Ln votes", "", n),
    "attachments": lambda n: MergePreview.tr("%Ln photos and files", "", n),
    "devices": lambda n: MergePreview.tr("%Ln laptop names", "", n),
}


def records_in_words(table: str, count: int) -> str:
    """ "1 proposal", "3 audit walks", "2 laptop names"."""
    words = RECORDS_IN_WORDS.get(table)
    if words is not None:
        return words(count)
    return arg(MergePreview.tr("%Ln records of %1", "", count), MERGED_BY_TABLE[table].LABEL.lower())


def _kinds(plan: MergePlan, kind: str) -> str:
    parts = [records_in_words(table, len(uuids)) for table, uuids in sorted(getattr(plan, kind).items()) if uuids]
    return MergePreview.tr(", ", "between counted kinds of records").join(parts)


def plan_text(plan: MergePlan) -> str:
    """What merging one file does, in words."""
    counts = plan.counts()
    new_conflicts = len(plan.work.conflicts)
    waiting = counts["conflicts"] - new_conflicts
    lines = [arg(MergePreview.tr("%1 — from %2"), plan.source_name, plan.source_device_name)
             if plan.source_device_name else plan.source_name]
    if counts["added"]:
        lines.append(arg(MergePreview.tr("• %Ln new records will be added (%1).", "", counts["added"]),
                         _kinds(plan, "added")))
    if counts["updated"]:
        lines.append(arg(MergePreview.tr("• %Ln records changed only on that laptop will be updated to its "
                                         "version (%1).", "", counts["updated"]), _kinds(plan, "updated")))
    if new_conflicts:
        if waiting:
            lines.append(MergePreview.tr("• %Ln records were changed on both laptops: this project keeps its "
                                         "version and theirs is kept aside for you to choose in Merge Conflicts.",
                                         "", new_conflicts))
        else:
            lines.append(arg(MergePreview.tr("• %Ln records were changed on both laptops: this project keeps its "
                                             "version and theirs is kept aside for you to choose in Merge "
                                             "Conflicts (%1).", "", new_conflicts), _kinds(plan, "conflicts")))
    if waiting:
        lines.append(MergePreview.tr("• %Ln records already waiting in Merge Conflicts from an earlier merge.",
                                     "", waiting))
    if counts["skipped"]:
        lines.append(MergePreview.tr("• %Ln records are the same in both, or newer here, and are skipped.",
                                     "", counts["skipped"]))
    if not (counts["added"] or counts["updated"] or new_conflicts):
        lines.append(MergePreview.tr("• Nothing new: everything in this file is already in the project."))
    if plan.held_back_text():
        lines.append(arg(MergePreview.tr("• %1", "a line of the merge preview"), plan.held_back_text()))
    return "\n".join(lines)


class MergePreviewDialog(QDialog):
    """What a merge would do, before anything is written."""

    def __init__(self, target_name: str, plans: Sequence[MergePlan], backup_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergePreviewDialog")
        self.setWindowTitle(self.tr("Merge Projects"))
        self.setMinimumSize(620, 400)
        heading = QLabel(arg(self.tr("<b>Merging %Ln files into “%1”</b>", "", len(plans)),
                             target_name), self)
        heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("mergePreviewText")
        self.text.setReadOnly(True)
        self.text.setPlainText("\n\n".join(plan_text(plan) for plan in plans))
        note = QLabel(arg(self.tr("A merge cannot be undone with Undo; the file is backed up first, to %1 beside it "
                                  "(open that copy to go back). The undo history is cleared, so that no earlier "
                                  "step can overwrite what came in."), backup_name), self)
        note.setObjectName("fieldHelp")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setDefault(True)
        self.merge_button.setEnabled(any(plan.changes_anything for plan in plans))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
