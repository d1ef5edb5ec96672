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

if TYPE_CHECKING:
    from cosafe.store.backups import Backup
    from cosafe.store.project_store import ProjectStore

EXIT_OK, EXIT_USAGE = 0, 2
FULL_COPY = "full copies of the project, contacts and stories included"


def add_commands(commands: argparse._SubParsersAction,
                 handlers: dict[str, Callable[[argparse.Namespace], int]]) -> None:
    remove = commands.add_parser(
        "remove-backups", help="delete the backups made before merges and upgrades",
        description="Delete backups CoSafe wrote beside PATH before a merge or an upgrade to a newer project "
        f"format. They are {FULL_COPY}; cosafe info PATH lists them.")
    remove.add_argument("path", metavar="PATH", help="the project whose backups to remove")
    remove.add_argument("names", nargs="*", metavar="NAME", help="a backup's file name, as cosafe info lists it")
    remove.add_argument("--all", action="store_true", help="remove every backup of PATH")
    handlers["remove-backups"] = _cmd_remove_backups


def _cmd_remove_backups(args: argparse.Namespace) -> int:
    from cosafe.store.backups import remove_backups

    if bool(args.names) == bool(args.all):
        problem = "give either backup names or --all, not both" if args.all else "name the backups to remove, or give --all"
        print(f"cosafe remove-backups: {problem} (cosafe info {args.path} lists them)", file=sys.stderr)
        return EXIT_USAGE
    removed = remove_backups(args.path, None if args.all else args.names)
    if not removed:
        print(f"{os.path.basename(args.path)} has no backups")
    for backup in removed:
        print(f"Removed {backup.name} ({megabytes(backup.size)}, made {backup.why})")
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
        print(f"Upgraded {os.path.basename(path)} to project format {store.schema_version}; the file as it was "
              f"is kept as {backup} (a full copy: cosafe remove-backups {path} {backup} removes it)")
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


def backup_lines(project_path: str) -> list[str]:
    """The lines ``cosafe info`` prints about the project's backups."""
    from cosafe.store.backups import list_backups

    backups = list_backups(project_path)
    if not backups:
        return ["  backups:  none"]
    copies = "1 full copy" if len(backups) == 1 else f"{len(backups)} full copies"
    lines = [f"  backups:  {copies} of the project, contacts and stories included "
             f"(remove with: cosafe remove-backups {project_path} --all, or NAME…)"]
    width = max(len(b.name) for b in backups)
    for backup in backups:
        lines.append(f"    {backup.name:<{width}}  {backup.made:%Y-%m-%d %H:%M}  {megabytes(backup.size):>8}  {backup.why}")
    return lines


def backup_json(project_path: str) -> list[dict[str, Any]]:
    """The project's backups as ``cosafe info --json`` gives them."""
    from cosafe.store.backups import list_backups

    return [_as_json(backup) for backup in list_backups(project_path)]


def _as_json(backup: Backup) -> dict[str, Any]:
    return {"name": backup.name, "reason": backup.reason, "from_version": backup.from_version,
            "made": backup.made.isoformat(timespec="seconds"), "size": backup.size}


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"
