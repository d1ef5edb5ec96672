"""Backups on the command line: ``cosafe remove-backups``, the listing ``cosafe info`` prints, and the note
a command prints when opening a project upgraded it; ``cli.main`` installs and uses them.

``remove-backups PATH (--all | NAME…)`` deletes the backups CoSafe wrote beside PATH
before merges and upgrades (``store.backups``: full copies, contacts and stories
included), naming each. A NAME that is not one of them, or a read-only PATH, removes
nothing and exits 1 with one line; neither or both of NAME and ``--all`` is a usage
error (2). ``open_for_writing(path)`` opens a project as the writing commands do and,
when that upgraded it, prints where the backup is and how to remove it; it cleans the
images an older CoSafe stored as the camera wrote them, and says how many.
Imports of the store are inside the functions, so ``cosafe --help`` stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cosafe.cli.words import Command, CommandHelp
from cosafe.core.i18n import arg

if TYPE_CHECKING:
    from cosafe.store.backups import Backup
    from cosafe.store.project_store import ProjectStore

EXIT_OK, EXIT_USAGE = 0, 2


def add_commands(commands: argparse._SubParsersAction,
                 handlers: dict[str, Callable[[argparse.Namespace], int]]) -> None:
    remove = commands.add_parser(
        "remove-backups", help=CommandHelp.tr("delete the backups made before merges and upgrades"),
        description=CommandHelp.tr("Delete backups CoSafe wrote beside PATH before a merge or an upgrade to a newer "
                                   "project format. They are full copies of the project, contacts and stories "
                                   "included; cosafe info PATH lists them."))
    remove.add_argument("path", metavar="PATH", help=CommandHelp.tr("the project whose backups to remove"))
    remove.add_argument("names", nargs="*", metavar="NAME",
                        help=CommandHelp.tr("a backup's file name, as cosafe info lists it"))
    remove.add_argument("--all", action="store_true", help=CommandHelp.tr("remove every backup of PATH"))
    handlers["remove-backups"] = _cmd_remove_backups


def _cmd_remove_backups(args: argparse.Namespace) -> int:
    from cosafe.store.backups import remove_backups

    if bool(args.names) == bool(args.all):
        problem = (Command.tr("cosafe remove-backups: give either backup names or --all, not both (cosafe info %1 "
                              "lists them)") if args.all
                   else Command.tr("cosafe remove-backups: name the backups to remove, or give --all (cosafe info %1 "
                                   "lists them)"))
        print(arg(problem, args.path), file=sys.stderr)
        return EXIT_USAGE
    removed = remove_backups(args.path, None if args.all else args.names)
    if not removed:
        print(arg(Command.tr("%1 has no backups"), os.path.basename(args.path)))
    for backup in removed:
        print(arg(Command.tr("Removed %1 (%2, made %3)"), backup.name, megabytes(backup.size), backup.why))
    return EXIT_OK


def open_for_writing(path: str, *, clean_images: bool = True) -> ProjectStore:
    """Open ``path`` for a command that writes; say so when opening upgraded it (and where the backup went).

    Unless ``clean_images`` is False, the images an older CoSafe stored with their camera
    data and file names are cleaned first, as the window does on opening, and a line
    says how many (nothing is printed when there were none). A failure to clean closes
    the project and stops the command with its one-line error: it is not worked on dirty.
    """
    from cosafe.store.errors import ProjectError
    from cosafe.store.project_store import ProjectStore

    store = ProjectStore.open(path)
    if store.upgrade_backup:
        backup = os.path.basename(store.upgrade_backup)
        print(arg(Command.tr("Upgraded %1 to project format %2; the file as it was is kept as %3 (a full copy: "
                             "cosafe remove-backups %4 %3 removes it)"),
                  os.path.basename(path), store.schema_version, backup, path))
    if clean_images and not store.is_read_only and store.has_images_to_clean():
        from cosafe.io.image_cleaning import clean_stored_image, describe

        try:
            cleaning = store.clean_images(clean_stored_image)
        except ProjectError:
            store.close()
            raise
        if cleaning.cleaned or cleaning.unreadable:
            print(describe(cleaning))
    return store


def backups_label() -> str:
    """The label of the backups line of ``cosafe info``, "backups:", as ``backup_lines`` aligns it."""
    return Command.tr("backups:")


def info_line(label: str, value: str, width: int) -> str:
    """A line of ``cosafe info``: indented, its label padded to ``width`` so the values line up."""
    return f"  {label.ljust(width)}{value}"


def backup_lines(project_path: str, width: int = 10) -> list[str]:
    """The lines ``cosafe info`` prints about the project's backups (the label padded to ``width``)."""
    from cosafe.store.backups import list_backups

    backups = list_backups(project_path)
    if not backups:
        return [info_line(backups_label(), Command.tr("none", "no backups"), width)]
    copies = arg(Command.tr("%Ln full copies of the project, contacts and stories included (remove with: cosafe "
                            "remove-backups %1 --all, or NAME…)", "", len(backups)), project_path)
    lines = [info_line(backups_label(), copies, width)]
    name_width = max(len(b.name) for b in backups)
    for backup in backups:
        lines.append(f"    {backup.name:<{name_width}}  {backup.made:%Y-%m-%d %H:%M}  {megabytes(backup.size):>8}  {backup.why}")
    return lines


def backup_json(project_path: str) -> list[dict[str, Any]]:
    """The project's backups as ``cosafe info --json`` gives them."""
    from cosafe.store.backups import list_backups

    return [_as_json(backup) for backup in list_backups(project_path)]


def _as_json(backup: Backup) -> dict[str, Any]:
    return {"name": backup.name, "reason": backup.reason, "from_version": backup.from_version,
            "made": backup.made.isoformat(timespec="seconds"), "size": backup.size}


def megabytes(size: int) -> str:
    from cosafe.core.formats import format_fixed  # Babel: only when a size is printed

    return arg(Command.tr("%1 MB"), format_fixed(size / 1e6))
