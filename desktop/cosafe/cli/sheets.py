"""The ``cosafe print-sheets`` and ``read-sheets`` subcommands: paper in, data out; ``cli.main`` installs them.

``print-sheets PROJECT -o SHEETS.pdf`` writes a group map per group (``io.paper_sheets.choice``,
drawn by the canvas's renderer), or with ``--walk NAME`` the walk's audit sheets
(``io.paper_sheets.audit_sheets``). ``read-sheets PROJECT PHOTO…`` reads photos of either
kind back: each sheet one undoable step with its provenance, uncertain marks left for a
review unless ``--accept-uncertain``, a photo or sheet read before refused in one line unless
``--again``; exit status 1 when a photo was refused. The imports of the store, the vision and
the renderer are inside the commands, so ``cosafe --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from cosafe.cli import backups as cli_backups
from cosafe.cli.drawing import drawing_application
from cosafe.cli.errors import CommandError, add_report_language_option
from cosafe.cli.words import Command, CommandHelp
from cosafe.core.i18n import LANGUAGES, arg, language as messages_language

if TYPE_CHECKING:
    from cosafe.store.project_store import ProjectStore

EXIT_OK, EXIT_ERROR = 0, 1


def add_commands(commands: argparse._SubParsersAction,
                 handlers: dict[str, Callable[[argparse.Namespace], int]]) -> None:
    sheets = commands.add_parser(
        "print-sheets", help=CommandHelp.tr("print a map per group to mark with stickers and pens, read back later"),
        description=CommandHelp.tr("Write a PDF with one map of the workshop's area per group, with corner markers "
                                   "and a QR code that let cosafe read-sheets read a photo of it back, a legend "
                                   "of the sticker colours and a margin for notes."))
    sheets.add_argument("project", metavar="PROJECT")
    sheets.add_argument("-o", "--output", required=True, metavar="SHEETS.pdf")
    sheets.add_argument("--workshop", metavar="NAME", help=CommandHelp.tr("only this workshop's groups (its title)"))
    sheets.add_argument("--group", nargs="+", metavar="NAME", help=CommandHelp.tr("only these groups (their names)"))
    sheets.add_argument("--paper", choices=("a4", "a3", "a2"), default=None,
                        help=CommandHelp.tr("paper size: group maps landscape (default a3); audit sheets (--walk) "
                                            "portrait, a4 or a3 (default a4)"))
    sheets.add_argument("--walk", metavar="NAME",
                        help=CommandHelp.tr("print audit sheets for this audit walk (its title) instead of group "
                                            "maps: tick boxes 0-3 for each point and criterion, portrait, a4 or a3 "
                                            "(default a4)"))
    sheets.add_argument("--points", type=int, metavar="N",
                        help=CommandHelp.tr("with --walk: print points 1 to N (default: the walk's recorded points, "
                                            "else 12)"))
    sheets.add_argument("--json", action="store_true",
                        help=CommandHelp.tr("print where each sheet's map is on the paper and what its colours mean, "
                                            "as JSON"))
    add_report_language_option(sheets, arg(CommandHelp.tr(
        "the sheets' language: %1 (default: the project's report language, else the language of the messages)"),
        ", ".join(LANGUAGES)))
    handlers["print-sheets"] = _cmd_print_sheets

    read = commands.add_parser(
        "read-sheets", help=CommandHelp.tr("read the stickers on photos of printed group maps into the project"),
        description=CommandHelp.tr("Find each photographed sheet by its corner markers and QR code, and add its dot "
                                   "stickers to its group as unsafe and safe pins and ideas, and its pen lines and "
                                   "shapes as line and area ideas (one undoable step per sheet). Uncertain marks are "
                                   "left for a review in the window unless --accept-uncertain. A photo that is no "
                                   "sheet of this project is refused."))
    read.add_argument("project", metavar="PROJECT")
    read.add_argument("photos", nargs="+", metavar="PHOTO")
    read.add_argument("--dry-run", action="store_true", help=CommandHelp.tr("store nothing: only say what was found"))
    read.add_argument("--json", action="store_true", help=CommandHelp.tr("print the detections as JSON"))
    read.add_argument("--accept-uncertain", action="store_true",
                      help=CommandHelp.tr("store the flagged detections too (touching stickers, a sticker half off "
                                          "the map or the photo, a faint one); by default they are left for a "
                                          "review"))
    read.add_argument("--again", action="store_true",
                      help=CommandHelp.tr("read a photo, or a sheet, that was read into the project before once "
                                          "more (a group map's dots are added a second time; an audit sheet's "
                                          "scores replace those of its points)"))
    read.add_argument("--notes", metavar="FILE.csv|json",
                      help=CommandHelp.tr("the texts of the numbered notes written on the sheets' margins: rows "
                                          "of number,text (or sheet,number,text), or JSON; a dot with a number "
                                          "stores its note's text (without this, \"Note N on paper sheet S\")"))
    handlers["read-sheets"] = _cmd_read_sheets


def _cmd_print_audit_sheets(args: argparse.Namespace) -> int:
    from cosafe.catalogues import speaking
    from cosafe.core.report_language import report_language_for
    from cosafe.io.paper_sheets.audit_pdf import write_audit_pdf
    from cosafe.io.paper_sheets.audit_sheets import audit_sheets_json, choose_audit_sheets
    from cosafe.store.project_store import ProjectStore

    paper = args.paper or "a4"
    if paper not in ("a4", "a3"):
        raise CommandError(Command.tr("Audit sheets are printed on A4 or A3 paper"))
    if args.points is not None and not 1 <= args.points <= 999:
        raise CommandError(Command.tr("--points is a number of points from 1 to 999"))
    with ProjectStore.open(args.project, read_only=True) as store:
        code = report_language_for(args.report_language, store.report_language, messages_language())
        with speaking(code):
            sheets = choose_audit_sheets(store, args.walk, paper, args.points)
            write_audit_pdf(sheets, args.output)
    if args.json:
        print(json.dumps(audit_sheets_json(sheets), indent=2, ensure_ascii=False))
    else:
        print(arg(Command.tr("Wrote %Ln audit sheets to %1", "", len(sheets)), os.path.abspath(args.output)))
    return EXIT_OK


def _cmd_print_sheets(args: argparse.Namespace) -> int:
    if args.walk is not None:
        return _cmd_print_audit_sheets(args)
    args.paper = args.paper or "a3"
    import cosafe.ui.features  # noqa: F401 - the features register the overlays they draw
    from cosafe.catalogues import speaking
    from cosafe.core.report_language import report_language_for
    from cosafe.io.paper_sheets.choice import choose_sheets, overview_pages, sheets_json
    from cosafe.io.paper_sheets.pdf import write_sheets_pdf
    from cosafe.store.project_store import ProjectStore
    from cosafe.ui.features.paper.sheet_maps import sheet_map_images

    _application = drawing_application()  # the canvas's renderer draws the map  # noqa: F841
    with ProjectStore.open(args.project, read_only=True) as store:
        code = report_language_for(args.report_language, store.report_language, messages_language())
        with speaking(code):
            sheets = choose_sheets(store, args.paper, args.workshop, args.group or ())
            overviews = overview_pages(sheets)
            try:
                maps, overview_maps = sheet_map_images(store, sheets, overviews)
            except ValueError as error:
                raise CommandError(str(error)) from None
    with speaking(code):
        write_sheets_pdf(sheets, maps, args.output, list(zip(overviews, overview_maps)))
    if args.json:
        print(json.dumps(sheets_json(sheets), indent=2, ensure_ascii=False))
    else:
        print(arg(Command.tr("Wrote %Ln group maps to %1", "", len(sheets)), os.path.abspath(args.output)))
    return EXIT_OK


def _cmd_read_sheets(args: argparse.Namespace) -> int:
    import dataclasses

    from cosafe.io.paper_sheets.reading import NotASheet, load_photo, read_photo, split_uncertain
    from cosafe.io.paper_sheets.storing import check_sheet, earlier_text, photo_digest, sheet_edit
    from cosafe.store.project_store import ProjectStore

    notes = None
    if args.notes:
        from cosafe.io.paper_sheets.choice import SheetsError
        from cosafe.io.paper_sheets.notes import load_notes

        try:
            notes = load_notes(args.notes)
        except SheetsError as error:
            raise CommandError(str(error)) from None
    readings, refused = [], 0
    audits: list = []  # (photo, AuditReading, criterion tag → key) of the audit sheets among the photos
    with ProjectStore.open(args.project, read_only=True) as store:
        for photo in args.photos:
            try:
                image = load_photo(photo)
                if _read_audit_sheet(store, photo, image, audits):
                    continue
                reading = read_photo(image)
                check_sheet(store, reading.identity)
            except NotASheet as error:
                print(f"cosafe: {os.path.basename(photo)}: {error}", file=sys.stderr)
                refused += 1
                continue
            reading.rectified = None  # the detections are all that is kept of a photo here
            readings.append((photo, reading))
    # Flagged detections are never stored unseen: without --accept-uncertain they are left for a review.
    stored = []
    for photo, reading in readings:
        sure, flagged = split_uncertain(reading.detections)
        kept = reading.detections if args.accept_uncertain else sure
        stored.append((photo, reading, dataclasses.replace(reading, detections=kept),
                       0 if args.accept_uncertain else len(flagged)))
    if stored and not args.dry_run:
        with cli_backups.open_for_writing(args.project) as store:
            for entry in list(stored):
                photo, _reading, kept, _left = entry
                digest = photo_digest(photo)
                # A photo or sheet read before would add its dots twice: only with --again (earlier
                # sheets of this run count, as they are stored one by one).
                if _read_before(args, photo, earlier_text(store, kept, digest)):
                    stored.remove(entry)
                    refused += 1
                    continue
                edit = sheet_edit(store, kept, photo_sha256=digest, notes=notes)
                if edit is not None:
                    edit.apply(store)
    refused += _store_audit_sheets(args, audits)
    if args.json:
        print(json.dumps({"detections": _audit_detections(audits) + [
            {"sheet": reading.identity.number, "kind": found.kind, "meaning": found.meaning, "colour": found.colour,
             "lon": round(found.lon, 7), "lat": round(found.lat, 7), "confidence": found.confidence,
             "flags": list(found.flags), **({"note": found.note} if found.note is not None else {}),
             **({"coordinates": [[round(lon, 7), round(lat, 7)] for lon, lat in found.coordinates]}
                if found.coordinates else {})}
            for _photo, reading in readings for found in reading.detections]}, indent=2))
    else:
        for photo, reading, kept, left in stored:
            name, number = os.path.basename(photo), reading.identity.number
            dots, pens = (sum(1 for d in reading.detections if d.kind == "dot"),
                          sum(1 for d in reading.detections if d.kind != "dot"))
            if args.dry_run:
                print(arg(Command.tr("%1: sheet %2: %Ln dots found (nothing stored)", "", dots), name, number))
                if pens:
                    print(arg(Command.tr("%1: sheet %2: %Ln pen lines and shapes found (nothing stored)", "", pens),
                              name, number))
                flagged = len(reading.detections) - len(split_uncertain(reading.detections)[0])
                if flagged:
                    print(arg(Command.tr("%1: sheet %2: %Ln of them uncertain (flagged for a review)", "", flagged),
                              name, number))
                continue
            print(arg(Command.tr("%1: sheet %2: %Ln dots added as pins and ideas", "",
                                 sum(1 for d in kept.detections if d.kind == "dot")), name, number))
            if any(d.kind != "dot" for d in kept.detections):
                print(arg(Command.tr("%1: sheet %2: %Ln pen lines and shapes added as ideas", "",
                                     sum(1 for d in kept.detections if d.kind != "dot")), name, number))
            if left:
                print(arg(Command.tr("%1: sheet %2: %Ln uncertain marks not stored, left for a review "
                                     "(--accept-uncertain stores them)", "", left), name, number))
    return EXIT_ERROR if refused else EXIT_OK


def _read_before(args: argparse.Namespace, photo: str, earlier: str) -> bool:
    """Whether ``photo`` is refused as read before (``earlier`` says when; "" if never): one line on stderr,
    unless --again."""
    if not earlier or args.again:
        return False
    print(arg(Command.tr("cosafe: %1: %2; --again reads it once more", "%2: when it was read"),
              os.path.basename(photo), earlier), file=sys.stderr)
    return True


def _read_audit_sheet(store: ProjectStore, photo: str, image, audits: list) -> bool:
    """Whether ``image`` is an audit sheet (then read, checked and added to ``audits``); NotASheet if it is a
    broken one or of another project."""
    from cosafe.io.paper_sheets.audit_reading import read_audit_photo
    from cosafe.io.paper_sheets.audit_storing import check_audit_sheet, criteria_by_tag

    reading = read_audit_photo(image)
    if reading is None:
        return False
    check_audit_sheet(store, reading.identity)
    reading.rectified = None
    audits.append((photo, reading, {tag: c.key for tag, c in criteria_by_tag(store).items()}))
    return True


def _audit_detections(audits: list) -> list[dict]:
    """The audit sheets' rows for --json: sheet, point, criterion (its key), score, confidence, flags."""
    return [{"sheet": reading.identity.number, "point": tick.point, "criterion": keys.get(tick.criterion,
                                                                                        tick.criterion),
             "score": tick.score, "confidence": tick.confidence, "flags": list(tick.flags)}
            for _photo, reading, keys in audits for tick in reading.ticks]


def _store_audit_sheets(args: argparse.Namespace, audits: list) -> int:
    """Each audit sheet's sure ticks (all with a score, with --accept-uncertain) as one edit with its provenance,
    unless --dry-run; a line per sheet unless --json, and one when its time-of-day ticks and the walk's time of day
    differ. A photo or sheet read before is refused in one line unless --again. Returns how many were refused."""
    from cosafe.io.paper_sheets.audit_sheets import TIME_CRITERION
    from cosafe.io.paper_sheets.audit_storing import (audit_sheet_edit, check_audit_sheet, earlier_audit_text,
                                                      time_of_day_note, time_of_day_text)
    from cosafe.io.paper_sheets.storing import photo_digest
    from cosafe.store.project_store import ProjectStore

    if not audits:
        return 0
    counted, refused = [], 0
    for photo, reading, _keys in audits:
        scored = [t for t in reading.ticks if t.criterion != TIME_CRITERION and isinstance(t.score, int)]
        kept = [t for t in scored if args.accept_uncertain or not t.flags]
        counted.append((photo, reading, kept, sum(1 for t in reading.ticks if t.flags and t not in kept)))
    times: dict[str, str] = {}  # photo → what its time-of-day ticks say against the walk ("" when they agree)
    if args.dry_run:
        with ProjectStore.open(args.project, read_only=True) as store:
            for photo, reading, _kept, _left in counted:
                walk = check_audit_sheet(store, reading.identity)
                times[photo] = time_of_day_text(time_of_day_note(store, walk, reading), reading.identity.number,
                                                walk.title, stored=False)
    else:
        with cli_backups.open_for_writing(args.project) as store:
            for entry in list(counted):
                photo, reading, kept, _left = entry
                digest = photo_digest(photo)
                # A photo or sheet read before (earlier sheets of this run count, stored one by one): only with
                # --again, as its scores would replace those stored from it, or since corrected by hand.
                if _read_before(args, photo, earlier_audit_text(store, reading, digest)):
                    counted.remove(entry)
                    refused += 1
                    continue
                walk = check_audit_sheet(store, reading.identity)
                note = time_of_day_note(store, walk, reading)
                edit = audit_sheet_edit(store, reading, kept, photo_sha256=digest)
                if edit is not None:
                    edit.apply(store)
                times[photo] = time_of_day_text(note, reading.identity.number, walk.title, stored=edit is not None)
    if args.json:
        return refused
    for photo, reading, kept, left in counted:
        name, number = os.path.basename(photo), reading.identity.number
        if args.dry_run:
            print(arg(Command.tr("%1: audit sheet %2: %Ln scores read (nothing stored)", "", len(kept)), name, number))
        else:
            print(arg(Command.tr("%1: audit sheet %2: %Ln scores stored", "", len(kept)), name, number))
        if left and args.dry_run:
            print(arg(Command.tr("%1: sheet %2: %Ln of them uncertain (flagged for a review)", "", left), name, number))
        elif left:
            print(arg(Command.tr("%1: sheet %2: %Ln uncertain marks not stored, left for a review "
                                 "(--accept-uncertain stores them)", "", left), name, number))
        if times.get(photo):
            print(arg(Command.tr("%1: %2", "a photo's file name, then what its sheet says"), name, times[photo]))
    return refused
