"""The numbered notes of a sheet: what a dot's number links it to, in the stored records (no Qt).

Contract:
- A dot with a number (``Detection.note``) is stored with its note's text: a pin's story
  (``story_review`` "approved": the facilitator typed it from the paper, no phone sent it,
  so it is not held as "pending"; see ``core.stories``), an idea dot's proposal description
  (the text, then "From paper sheet S, note N"). Without a text for its number the record
  keeps the reference "Note N on paper sheet S", so the paper note can be found and typed
  later. ``note_text(notes, sheet, number)`` is the text given for it ("" for none);
  ``pin_story`` and ``proposal_description`` are what is stored.
- ``load_notes(path) -> Notes`` reads ``cosafe read-sheets --notes FILE``: a CSV file of rows
  ``number,text`` or ``sheet,number,text`` (a header row is skipped), or a JSON object
  ``{"number": "text"}`` or a list of ``{"sheet"?, "number", "text"}``. A note without a sheet
  serves every sheet read; one with a sheet only that sheet. A file that cannot be read or
  holds no such notes raises ``SheetsError`` (one translated line).
"""

from __future__ import annotations

import csv
import json
import os

from cosafe.core.i18n import arg
from cosafe.io.paper_sheets.choice import SheetsError
from cosafe.io.paper_sheets.words import Sheets

Notes = dict[tuple[int | None, int], str]  # (sheet or None for every sheet, number) -> text


def note_text(notes: Notes | None, sheet: int, number: int) -> str:
    """The text given for note ``number`` of sheet ``sheet``: the sheet's own first, else one for every sheet."""
    if not notes:
        return ""
    return (notes.get((sheet, number)) or notes.get((None, number)) or "").strip()


def reference(sheet: int, number: int) -> str:
    """The words that stand for a note whose text was not given."""
    return arg(Sheets.tr("Note %1 on paper sheet %2", "a dot's number written on a printed group map"), number, sheet)


def pin_story(text: str, sheet: int, number: int) -> str:
    """A pin's story for note ``number``: its text, else the reference."""
    return text or reference(sheet, number)


def proposal_description(text: str, sheet: int, number: int) -> str:
    """An idea dot's description for note ``number``: its text and where it came from, else the reference."""
    if not text:
        return reference(sheet, number)
    return arg(Sheets.tr("%1\n\nFrom paper sheet %2, note %3", "%1: the note's text typed from the paper"), text,
               sheet, number)


def load_notes(path: str) -> Notes:
    """The notes in a CSV or JSON file (see the module contract)."""
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise SheetsError(arg(Sheets.tr("The notes in %1 cannot be read: %2"), name, reason)) from None
    try:
        notes = _from_json(json.loads(text)) if text.lstrip()[:1] in ("{", "[") else _from_csv(text)
    except (ValueError, TypeError, KeyError, AttributeError):
        notes = {}
    if not notes:
        raise SheetsError(arg(Sheets.tr("%1 holds no numbered notes: give rows of number,text (CSV) or "
                                        "{\"number\": \"text\"} (JSON)"), name))
    return notes


def _number(value: object) -> int:
    number = int(str(value).strip())
    if number < 1:
        raise ValueError(number)
    return number


def _from_csv(text: str) -> Notes:
    notes: Notes = {}
    for row_number, row in enumerate(csv.reader(text.splitlines())):
        cells = [cell.strip() for cell in row]
        if not cells or not any(cells):
            continue
        try:
            # A text with commas in it, left unquoted, is still one text.
            if len(cells) >= 3 and cells[1].isdigit():
                notes[(_number(cells[0]), _number(cells[1]))] = ",".join(row[2:]).strip()
            else:
                notes[(None, _number(cells[0]))] = ",".join(row[1:]).strip()
        except ValueError:
            if row_number == 0:
                continue  # a header
            raise
    return notes


def _from_json(data: object) -> Notes:
    if isinstance(data, dict):
        return {(None, _number(key)): str(value) for key, value in data.items()}
    notes: Notes = {}
    for entry in data:  # type: ignore[union-attr]
        sheet = entry.get("sheet")
        notes[(None if sheet is None else _number(sheet), _number(entry["number"]))] = str(entry["text"])
    return notes
