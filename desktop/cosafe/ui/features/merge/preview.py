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

UNDO_NOTE = ("A merge cannot be undone with Undo; the file is backed up first, to {backup} beside it "
             "(open that copy to go back). The undo history is cleared, so that no earlier step can "
             "overwrite what came in.")
SINGULAR = {"criteria": "criterion", "devices": "laptop name", "criteria_sets": "criteria set",
            "checklist_answers": "checklist answer", "attachments": "photo or file"}
PLURAL = {"devices": "laptop names", "attachments": "photos and files"}


def records_in_words(table: str, count: int) -> str:
    """ "1 proposal", "3 audit walks", "2 laptop names"."""
    if count == 1:
        label = SINGULAR.get(table) or MERGED_BY_TABLE[table].LABEL.lower().removesuffix("s")
    else:
        label = PLURAL.get(table) or MERGED_BY_TABLE[table].LABEL.lower()
    return f"{count:,} {label}"


def _kinds(plan: MergePlan, kind: str) -> str:
    parts = [records_in_words(table, len(uuids)) for table, uuids in sorted(getattr(plan, kind).items()) if uuids]
    return ", ".join(parts)


def _records(count: int, adjective: str = "") -> str:
    words = f"{adjective} record" if adjective else "record"
    return f"{count:,} {words}" + ("" if count == 1 else "s")


def plan_text(plan: MergePlan) -> str:
    """What merging one file does, in words."""
    who = f" — from {plan.source_device_name}" if plan.source_device_name else ""
    counts = plan.counts()
    new_conflicts = len(plan.work.conflicts)
    waiting = counts["conflicts"] - new_conflicts
    lines = [f"{plan.source_name}{who}"]
    if counts["added"]:
        lines.append(f"• {_records(counts['added'], 'new')} will be added ({_kinds(plan, 'added')}).")
    if counts["updated"]:
        lines.append(f"• {_records(counts['updated'])} changed only on that laptop will be updated to its "
                     f"version ({_kinds(plan, 'updated')}).")
    if new_conflicts:
        were = "was" if new_conflicts == 1 else "were"
        lines.append(f"• {_records(new_conflicts)} {were} changed on both laptops: this project keeps its "
                     "version and theirs is kept aside for you to choose in Merge Conflicts"
                     + (f" ({_kinds(plan, 'conflicts')})." if not waiting else "."))
    if waiting:
        lines.append(f"• {_records(waiting)} already waiting in Merge Conflicts from an earlier merge.")
    if counts["skipped"]:
        are = "is" if counts["skipped"] == 1 else "are"
        lines.append(f"• {_records(counts['skipped'])} {are} the same in both, or newer here, and "
                     f"{'is' if counts['skipped'] == 1 else 'are'} skipped.")
    if not (counts["added"] or counts["updated"] or new_conflicts):
        lines.append("• Nothing new: everything in this file is already in the project.")
    if plan.held_back_text():
        lines.append(f"• {plan.held_back_text()}")
    return "\n".join(lines)


class MergePreviewDialog(QDialog):
    """What a merge would do, before anything is written."""

    def __init__(self, target_name: str, plans: Sequence[MergePlan], backup_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergePreviewDialog")
        self.setWindowTitle("Merge Projects")
        self.setMinimumSize(620, 400)
        files = "1 file" if len(plans) == 1 else f"{len(plans)} files"
        heading = QLabel(f"<b>Merging {files} into “{target_name}”</b>", self)
        heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("mergePreviewText")
        self.text.setReadOnly(True)
        self.text.setPlainText("\n\n".join(plan_text(plan) for plan in plans))
        note = QLabel(UNDO_NOTE.format(backup=backup_name), self)
        note.setObjectName("fieldHelp")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.merge_button = buttons.addButton("&Merge", QDialogButtonBox.ButtonRole.AcceptRole)
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
