"""The ``cosafe merge`` and ``cosafe hand-out`` subcommands; ``cli.main`` installs them.

``merge TARGET SOURCE... [--dry-run]`` prints, per source, what was (or would be)
added, updated, skipped and left in conflict, table by table — and, when TARGET is a
field copy, one line saying so and what of the source it held back — and names the
backup of TARGET written first (one per merge: removed again when the merge fails).
Exit codes: 0 merged (or would merge) — records changed on both sides then wait in
the project to be resolved in CoSafe, and the output says how many; 1 an error, and
nothing was changed; 2 usage, as for every subcommand. ``--dry-run`` opens the target read-only
and writes nothing to any file.
``hand-out PROJECT -o COPY --name NAME [--group GROUP] [--include-participants]`` writes
a field copy for a team (``store.merge.field_copy``: no contact, story, comment, note
or photo; participants only of the team's GROUP, or of every group when asked) and
prints what it left out.
Imports of the store are inside the commands, so ``cosafe --help`` stays fast.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from cosafe.cli.words import Command, CommandHelp
from cosafe.core.i18n import arg

EXIT_OK, EXIT_ERROR = 0, 1


def add_commands(commands: argparse._SubParsersAction,
                 handlers: dict[str, Callable[[argparse.Namespace], int]]) -> None:
    merge = commands.add_parser(
        "merge", help=CommandHelp.tr("merge project files from other laptops into a project"),
        description=CommandHelp.tr(
            "Merge project files from field teams or other laptops into TARGET, all in one transaction. Records are "
            "matched by UUID: new ones are added, identical ones skipped, one changed on only one side since the two "
            "files last met takes that change, and one changed on both sides is a conflict: TARGET keeps its version "
            "and theirs is kept for you to resolve in CoSafe (File › Resolve Merge Conflicts). Exit status: 0 merged "
            "(conflicts, if any, are listed), 1 error (nothing changed), 2 usage."))
    merge.add_argument("target", metavar="TARGET", help=CommandHelp.tr("the project to merge into"))
    merge.add_argument("sources", nargs="+", metavar="SOURCE",
                       help=CommandHelp.tr("project files to merge from (not changed)"))
    merge.add_argument("--dry-run", action="store_true", help=CommandHelp.tr("print what would be merged; change nothing"))
    handlers["merge"] = _cmd_merge
    hand_out = commands.add_parser(
        "hand-out", help=CommandHelp.tr("write a field copy of a project for a team"),
        description=CommandHelp.tr(
            "Write a field copy of PROJECT with a new laptop identity, so the team's work merges back with cosafe "
            "merge without false conflicts. The copy holds the basemap, settings, criteria, reason tags, workshops, "
            "groups, walks, pins, proposals and the plan; it leaves out every contact, pin story, audit comment, walk "
            "and workshop note, the facilitator's name and photos, and the participants of every group but the "
            "team's. Merging the copy back keeps all of these in PROJECT."))
    hand_out.add_argument("project", metavar="PROJECT")
    hand_out.add_argument("-o", "--output", required=True, metavar="COPY.gpkg",
                          help=CommandHelp.tr("the field copy to write"))
    hand_out.add_argument("--name", required=True, help=CommandHelp.tr('the team or laptop, such as "Field team 2"'))
    people = hand_out.add_mutually_exclusive_group()
    people.add_argument("--group", metavar="GROUP",
                        help=CommandHelp.tr('the team\'s group, whose participants the copy holds (without contacts), '
                                            'such as "Youth" or "Riverside audit / Youth"'))
    people.add_argument("--include-participants", action="store_true",
                        help=CommandHelp.tr("hold the participants of every group (without contacts): the copy then "
                                            "tells who took part in every group"))
    handlers["hand-out"] = _cmd_hand_out


def _cmd_merge(args: argparse.Namespace) -> int:
    from cosafe.cli.backups import open_for_writing
    from cosafe.store.errors import NotAProjectError, ProjectError
    from cosafe.store.merge.backup import merge_with_backup
    from cosafe.store.merge.files import merge_files
    from cosafe.store.project_store import ProjectStore

    try:
        with ProjectStore.open(args.target, read_only=True) if args.dry_run else open_for_writing(args.target) as store:
            if args.dry_run:
                backup, results = "", merge_files(store, args.sources, dry_run=True)
            else:
                backup, results = merge_with_backup(store, args.sources)
            pending = store.connection.execute("SELECT count(*) FROM merge_conflicts").fetchone()[0]
    except NotAProjectError as error:
        raise ProjectError(arg(Command.tr("%1; nothing was merged"), error)) from None
    target = os.path.basename(args.target)
    for result in results:
        _print_plan(result.plan, target)
    conflicts = sum(r.plan.count("conflicts") for r in results)
    files = Command.tr("%Ln files", "how many project files were merged: %1 in the merge's sentences", len(results))
    if args.dry_run:
        print(arg(Command.tr("Dry run: nothing was changed; merging %1 into %2 would leave %Ln records in conflict.",
                             "%1: the files merged (\"2 files\")", conflicts), files, target))
        return EXIT_OK
    backup = os.path.basename(backup)
    print(arg(Command.tr("Merged %1 into %2. The file as it was is kept as %3 (a full copy: cosafe remove-backups "
                         "%4 %3 removes it).", "%1: the files merged (\"2 files\")"),
              files, target, backup, args.target))
    if pending:
        print(arg(Command.tr("%Ln records changed on both sides: %1 kept its version; open it in CoSafe to keep "
                             "mine, theirs or both.", "", pending), target))
    return EXIT_OK


def _print_plan(plan, target: str) -> None:
    from cosafe.store.merge.rows import MERGED_BY_TABLE

    print(plan.summary())
    for table, counts in plan.table_counts().items():
        parts = []
        if counts["added"]:
            parts.append(Command.tr("%Ln added", "records of one table", counts["added"]))
        if counts["updated"]:
            parts.append(Command.tr("%Ln updated", "records of one table", counts["updated"]))
        if counts["conflicts"]:
            parts.append(Command.tr("%Ln in conflict", "records of one table", counts["conflicts"]))
        if parts:
            print(f"  {MERGED_BY_TABLE[table].LABEL}: {', '.join(parts)}")
    if plan.held_back_text():
        print(f"  {plan.held_back_text(target)}")


def _cmd_hand_out(args: argparse.Namespace) -> int:
    from cosafe.cli.backups import open_for_writing
    from cosafe.store.merge.field_copy import find_group, make_field_copy

    with open_for_writing(args.project) as store:
        group = find_group(store, args.group) if args.group is not None else None
        handed = make_field_copy(store, args.output, args.name, group_uuid=group.uuid if group else None,
                                 all_participants=args.include_participants)
    print(arg(Command.tr("Wrote %1: a field copy for “%2”. Merge it back with: cosafe merge %3 %1"),
              args.output, " ".join(args.name.split()), args.project))
    print(handed.left_out_text())
    if handed.participants_warning():
        print(handed.participants_warning())
    return EXIT_OK
