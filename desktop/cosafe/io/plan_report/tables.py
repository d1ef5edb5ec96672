"""Tables of the plan: actions, monitoring, stakeholders, proposals, participation, criteria.

Contract: each function returns a platypus ``Table`` as wide as ``width`` points whose
header row repeats on every page it runs onto (``repeatRows=1``); cells are
paragraphs, so long text wraps, and a row taller than a page splits. All user
text is escaped before it goes into a paragraph. In a right-to-left plan
(``Styles.right_to_left``) every table is mirrored: its first column on the right,
the table itself against the right margin (``table``, which the sections use too).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from cosafe.core.formats import format_money
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.io.plan_report.content import (
    Activity, ActionRow, CountTable, CriterionRow, ProposalRow, StakeholderRow,
)
from cosafe.io.plan_report.styles import ACCENT, HEADER_FILL, RULE, TABLE_FONT, ZEBRA, Styles, Text
from cosafe.io.rtl_text import has_right_to_left
from cosafe.io.words import PlanReport

NOT_SET = QT_TRANSLATE_NOOP("PlanReport", "not set")
# A table row must fit on one page (a row split across pages is hard to read), so the
# action table shortens what can grow without bound; the app holds the full text.
MAX_DESCRIPTION = 900  # characters
MAX_LISTED = 8  # places or partners
MAX_FIELD = 400  # characters of any other cell: a title, role, indicator, baseline, target, partners
MAX_PLACE = 120  # characters of one linked place


MAX_LINES = 12  # line breaks kept in one cell; the rest become spaces
PADDING = 3  # points each side of a cell's text
MARKUP = re.compile(r"<[^>]*>")
BOLD_WIDER = 1.1  # a bold word is at most this much wider than the same word in the regular face


def _shorten(text: str, limit: int) -> str:
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        text = "\n".join(lines[:MAX_LINES - 1]) + " " + " ".join(lines[MAX_LINES - 1:])
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _at_most(items: Sequence[str], limit: int) -> list[str]:
    if len(items) <= limit:
        return list(items)
    return [*items[:limit - 1], PlanReport.tr("and %Ln more", "places or partners not listed", len(items) - limit + 1)]


def _p(text: str, style, limit: int = 0) -> Text | list[Text]:
    """A cell paragraph; every cell is shortened (to ``limit`` or MAX_FIELD) so its row fits a page.

    Text with right-to-left script and line breaks is one paragraph per line:
    reportlab orders no paragraph of several pieces (a ``<br/>`` makes pieces), and
    would draw each Arabic word of it letters last to first.
    """
    text = escape(_shorten(text, limit or MAX_FIELD))
    if "\n" in text and has_right_to_left(text):
        return [Text(line, style) for line in text.split("\n")]
    return Text(text.replace("\n", "<br/>"), style)


def _flat(cells: Sequence[Text | list[Text]]) -> list[Text]:
    return [p for cell in cells for p in (cell if isinstance(cell, list) else [cell])]


def _longest_word(cell) -> float:
    """The width of the longest word of a cell: a paragraph, a list of them, or 0 for anything else."""
    if isinstance(cell, (list, tuple)):
        return max(map(_longest_word, cell), default=0.0)
    text, style = getattr(cell, "text", ""), getattr(cell, "style", None)
    if not text or style is None:
        return 0.0
    bold = BOLD_WIDER if "<b>" in text else 1.0  # the style names the regular face
    return max((stringWidth(word, style.fontName, style.fontSize) * bold for word in MARKUP.sub("", text).split()),
               default=0.0)


def _fitted(data: Sequence[Sequence], widths: Sequence[float]) -> list[float]:
    """``widths`` changed so that every cell's longest word fits its column, the table as wide.

    A word is never broken ("Puest/o", "Limependekez/wa"): a column too narrow for a
    translated header or status takes the points it lacks from the columns with the most
    to spare. A word longer than a third of the table (a web address) may still break.
    """
    widths = list(widths)
    cap = sum(widths) / 3
    needed = [min(cap, max(_longest_word(row[c]) for row in data) + 2 * PADDING + 0.5) for c in range(len(widths))]
    for column, need in enumerate(needed):
        while widths[column] < need:
            spare = [widths[c] - needed[c] for c in range(len(widths))]
            donor = max(range(len(widths)), key=spare.__getitem__)
            if donor == column or spare[donor] <= 0:
                break  # nothing to spare: the word wraps, as it would have
            taken = min(need - widths[column], spare[donor])
            widths[donor] -= taken
            widths[column] += taken
    return widths


_SWAPPED = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE", "LEFTPADDING": "RIGHTPADDING",
            "RIGHTPADDING": "LEFTPADDING"}
_SIDES = {"LEFT": "RIGHT", "RIGHT": "LEFT"}


def _mirrored_command(command: tuple, columns: int) -> tuple:
    """A TableStyle command for the same cells once the columns run right to left."""
    name, (c0, r0), (c1, r1), *rest = command
    first, last = (columns - 1 - (c % columns) for c in (c0, c1))
    if name == "ALIGN" and rest:
        rest[0] = _SIDES.get(str(rest[0]).upper(), rest[0])
    return (_SWAPPED.get(name, name), (min(first, last), r0), (max(first, last), r1), *rest)


def table(data: list[list], widths: Sequence[float], commands: Sequence[tuple], right_to_left: bool,
          h_align: str = "LEFT", **kwargs) -> Table:
    """A ``Table`` of ``data`` (rows in reading order, first column first), mirrored when ``right_to_left``.

    Mirrored: each row's cells, the column widths and every style command (a
    line after a column becomes a line before it, left padding right padding) run
    the other way (a spanned cell keeps its content), and a table narrower than the frame sits at the right instead of
    the left — so the first column is where a right-to-left reader starts.
    """
    if right_to_left:
        columns = len(widths)
        data = [list(reversed(row)) for row in data]
        widths = list(reversed(widths))
        for name, (c0, r0), (c1, _r1), *_rest in commands:
            if name == "SPAN":  # a spanned cell shows its first cell's content: move it to the new first cell
                row, first, last = data[r0], columns - 1 - (c1 % columns), columns - 1 - (c0 % columns)
                row[first], row[last] = row[last], row[first]
        commands = [_mirrored_command(c, columns) for c in commands]
        h_align = _SIDES.get(h_align, h_align)
    return Table(data, colWidths=list(widths), style=TableStyle(list(commands)), hAlign=h_align, **kwargs)


def _grid(data: list[list], widths: Sequence[float], s: Styles, more: Sequence[tuple] = ()) -> Table:
    widths = _fitted(data, widths)
    commands = [
        TABLE_FONT,
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), ZEBRA) for row in range(2, len(data), 2)]
    return table(data, widths, [*commands, *more], s.right_to_left, repeatRows=1)


def _plain_cost(value: float | None) -> str:
    return "" if value is None else format_money(value, None)


def _breakable(cost: str) -> str:
    """A cost that may wrap between its currency and its number, as "KES 1,200,000" must in a narrow column."""
    return cost.replace("\u00a0", " ")


def action_table(actions: Sequence[ActionRow], width: float, s: Styles,
                 cost_text: Callable[[float | None], str] = _plain_cost) -> Table:
    """The action plan: priority, action, partners, places, timeframe, cost, status.

    ``cost_text`` writes a cost ("" for none): ``PlanContent.cost_text``, in the
    project's currency; plain grouped numbers by default.
    """
    fractions = (0.075, 0.285, 0.165, 0.15, 0.115, 0.105, 0.105)  # "KES 120,000" on one line
    header = [_p(t, s.head) for t in (
        PlanReport.tr("Priority"), PlanReport.tr("Action"), PlanReport.tr("Responsible / supporting"),
        PlanReport.tr("Places"), PlanReport.tr("When"), PlanReport.tr("Cost"), PlanReport.tr("Status"))]
    data: list[list] = [header]
    for a in actions:
        what = [Text(f"<b>{escape(_shorten(a.title, MAX_FIELD))}</b>", s.cell)]
        if a.description.strip() and a.description.strip().rstrip(".") != a.title.strip().rstrip("."):
            what += _flat([_p(a.description.strip(), s.cell, MAX_DESCRIPTION)])
        kinds = " · ".join(k for k in (a.principle, a.approach) if k)
        if kinds:
            what += _flat([_p(kinds, s.cell_muted)])
        no_one = PlanReport.tr("no one yet", "no partner responsible for the action")
        who = [Text(f"<b>{escape(a.responsible)}</b>" if a.responsible else f"<i>{escape(no_one)}</i>", s.cell)]
        if a.supporting:
            who += _flat([_p(arg(PlanReport.tr("with %1", "%1: the supporting partners"),
                              ", ".join(_at_most(a.supporting, MAX_LISTED))), s.cell)])
        data.append([_p(str(a.priority) if a.priority else "–", s.cell_bold), what, who,
                     _flat([_p(place, s.cell_item, MAX_PLACE) for place in _at_most(a.places, MAX_LISTED)])
                     or _p("–", s.cell_muted),
                     _p(a.timeframe.replace("; ", "\n") or "–", s.cell), _p(_breakable(cost_text(a.cost)), s.cell),
                     _p(a.status, s.cell)])
    costs = [a.cost for a in actions if a.cost is not None]
    if costs:
        total = PlanReport.tr("Total estimated cost")
        data.append(["", Text(f"<b>{escape(total)}</b>", s.cell), "", "", "",
                     Text(f"<b>{escape(cost_text(sum(costs)))}</b>", s.cell), ""])  # the total spans cost and status
    total_row = [("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT), ("SPAN", (5, -1), (6, -1)),
                 ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)] if costs else []
    return _grid(data, [width * f for f in fractions], s, total_row)


def monitoring_table(actions: Sequence[ActionRow], width: float, s: Styles) -> Table:
    """How each action will be judged: indicator, baseline, target, who reports."""
    fractions = (0.25, 0.22, 0.2, 0.16, 0.17)
    data: list[list] = [[_p(t, s.head) for t in (PlanReport.tr("Action"), PlanReport.tr("Indicator"),
                                                 PlanReport.tr("Baseline"), PlanReport.tr("Target"),
                                                 PlanReport.tr("Responsible"))]]
    for a in actions:
        data.append([Text(f"<b>{escape(_shorten(a.title, MAX_FIELD))}</b>", s.cell)]
                    + [_p(v, s.cell) if v.strip() else _p(translate("PlanReport", NOT_SET), s.cell_muted)
                       for v in (a.indicator, a.baseline, a.target, a.responsible)])
    return _grid(data, [width * f for f in fractions], s)


def stakeholder_table(rows: Sequence[StakeholderRow], width: float, s: Styles) -> Table:
    fractions = (0.05, 0.31, 0.14, 0.28, 0.11, 0.11)
    data: list[list] = [[_p(t, s.head) for t in ("#", PlanReport.tr("Stakeholder"), PlanReport.tr("Sector"),
                                                 PlanReport.tr("Role"), PlanReport.tr("Influence"),
                                                 PlanReport.tr("Interest"))]]
    for r in rows:
        data.append([_p(str(r.number), s.cell_bold), _p(r.name, s.cell), _p(r.sector_label, s.cell),
                     _p(r.role or "–", s.cell), _p(arg(PlanReport.tr("%1 / 5", "a score out of 5"), r.influence), s.cell),
                     _p(arg(PlanReport.tr("%1 / 5", "a score out of 5"), r.interest), s.cell)])
    return _grid(data, [width * f for f in fractions], s)


def proposal_table(rows: Sequence[ProposalRow], width: float, s: Styles) -> Table:
    """"No." is the number of the proposal's badge on the maps."""
    fractions = (0.06, 0.07, 0.33, 0.18, 0.19, 0.06, 0.11)
    data: list[list] = [[_p(t, s.head) for t in (
        PlanReport.tr("Rank"), PlanReport.tr("No.", "the number of a proposal on the map"), PlanReport.tr("Proposal"),
        PlanReport.tr("CPTED principle"), PlanReport.tr("Intervention"), PlanReport.tr("Dots", "voting dots"),
        PlanReport.tr("Status"))]]
    for r in rows:
        data.append([_p(str(r.rank), s.cell), _p(str(r.number), s.cell_bold), _p(r.title, s.cell),
                     _p(r.principle or "–", s.cell), _p(r.intervention or "–", s.cell), _p(str(r.dots), s.cell),
                     _p(r.status, s.cell)])
    return _grid(data, [width * f for f in fractions], s)


def activity_table(rows: Sequence[Activity], width: float, s: Styles, format_day) -> Table:
    fractions = (0.2, 0.15, 0.4, 0.25)
    data: list[list] = [[_p(t, s.head) for t in (PlanReport.tr("Date"), PlanReport.tr("Activity"),
                                                 PlanReport.tr("Title"), PlanReport.tr("Place / time of day"))]]
    for r in rows:
        data.append([_p(format_day(r.date) if r.date else "–", s.cell), _p(r.kind, s.cell), _p(r.title, s.cell),
                     _p(r.detail or "–", s.cell)])
    return _grid(data, [width * f for f in fractions], s)


def count_tables(tables: Sequence[CountTable], width: float, s: Styles) -> Table:
    """The breakdowns side by side, each a small two-column table."""
    gap = 10.0
    inner_w = (width - gap * (len(tables) - 1)) / max(len(tables), 1)
    cells = []
    for t in tables:
        data: list[list] = [[_p(t.title, s.head), _p(PlanReport.tr("People"), s.head)]]
        data += ([[_p(r.label, s.cell), _p(r.shown, s.cell_bold)] for r in t.rows]
                 or [[_p(PlanReport.tr("none recorded"), s.cell_muted), ""]])
        cells.append(_grid(data, (inner_w * 0.68, inner_w * 0.32), s))
    row: list = []
    widths: list[float] = []
    for i, cell in enumerate(cells):
        if i:
            row.append("")
            widths.append(gap)
        row.append(cell)
        widths.append(inner_w)
    return table([row], widths, [TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)], s.right_to_left)


def criteria_table(rows: Sequence[CriterionRow], width: float, s: Styles) -> Table:
    data: list[list] = [[_p(t, s.head) for t in (PlanReport.tr("Criterion"), PlanReport.tr("A score of 3 (good) means"),
                                                 PlanReport.tr("Used as"))]]
    for r in rows:
        data.append([_p(r.label, s.cell_bold), _p(r.good_means or "–", s.cell),
                     _p(PlanReport.tr("outcome (not in the score)") if r.is_outcome
                        else PlanReport.tr("part of the safety score"), s.cell)])
    return _grid(data, [width * f for f in (0.22, 0.5, 0.28)], s)
