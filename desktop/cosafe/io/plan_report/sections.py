"""The plan's story: cover, contents, and each section as platypus flowables.

Contract: ``build_story(content, maps, styles, width, height)`` returns the flowables
in reading order: cover; contents; 1 method and participation; 2 diagnosis (the
maps other than "proposals", vector charts, and — internal plan only — what people
said, never one or two quotes alone on a page); 3 proposals (the "proposals" map and the most voted); 4 the action table;
5 stakeholders with the influence–interest grid; 6 monitoring; appendix with the
criteria and the score formula. Maps are objects with ``title``, ``caption``,
``png`` (bytes) and optionally ``key``; an empty section says so in one line.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Image, KeepTogether, NextPageTemplate, PageBreak, Spacer, Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.vocabulary import STAKEHOLDER_SECTORS, TIMES_OF_DAY, label_of
from cosafe.io.plan_report import charts, tables
from cosafe.io.plan_report.content import PlanContent
from cosafe.io.plan_report.gather import format_day
from cosafe.io.plan_report.styles import (
    ACCENT, BAR_COLOUR, DAY_COLOUR, DUSK_COLOUR, HEADER_FILL, NIGHT_COLOUR, RULE, TABLE_FONT, Styles, Text,
)
from cosafe.io.words import PlanReport

TOP_PROPOSALS = 20  # the proposals table lists the most voted; the map shows them all
QUOTE_TAIL = 3  # the fewest quotes a page of "What people said" holds when nothing else is on it
METHOD_TEXT = QT_TRANSLATE_NOOP(
    "PlanReport",
    "The diagnosis was made together with the people who use these streets. Small groups walked agreed routes "
    "by day and again after dark and scored each stop on a fixed set of criteria (0 = poor to 3 = good); "
    "participants marked where they feel safe or unsafe on a map and said why; groups then sketched "
    "proposals and placed voting dots on those they thought most important. The actions below were drawn "
    "from those proposals and agreed with the partners who will carry them out."
)


class PlanMapLike(Protocol):
    title: str
    caption: str
    png: bytes


class Heading(Text):
    """A section heading that goes into the contents and the PDF outline."""

    def __init__(self, text: str, style, level: int) -> None:
        super().__init__(escape(text), style)
        self.plain, self.level = text, level


class Contents(TableOfContents):
    """The table of contents; in a right-to-left plan, titles on the right and page numbers on the left.

    reportlab's own draws each title left to right with its dot leader and number
    after it, and does not join Arabic letters; a right-to-left plan's is a
    two-column table instead (number, title — mirrored), each row ruled with dots.
    """

    def __init__(self, right_to_left: bool, **kwargs) -> None:
        super().__init__(**kwargs)
        self.right_to_left = right_to_left

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        if not self.right_to_left:
            return super().wrap(availWidth, availHeight)
        entries = self._lastEntries or [(0, "", 0, None)]
        number_width = 28.0
        rows, commands = [], [TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        for i, (level, title, page, key) in enumerate(entries):
            style = self.getLevelStyle(level)
            number_style = ParagraphStyle(f"{style.name}-page", parent=style, alignment=TA_LEFT, leftIndent=0,
                                          rightIndent=0)
            link = (lambda text: f'<a href="#{key}">{text}</a>') if key else (lambda text: text)
            rows.append([Text(link(escape(title)), style), Text(link(str(page)), number_style)])
            commands.append(("LINEBELOW", (0, i), (-1, i), 0.5, RULE, 1, (0.5, 2.5)))
        self._table = tables.table(rows, [availWidth - number_width, number_width], commands, True)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


class MapImage(Image):
    """A map picture, left out of the draft layout pass (same size, nothing drawn)."""

    def draw(self) -> None:
        if not getattr(self.canv, "draft", False):
            super().draw()


def _para(text: str, style) -> Text:
    return Text(escape(text), style)


def _cover(content: PlanContent, s: Styles, width: float, height: float) -> list:
    p = content.project
    story: list = [Spacer(1, height * 0.16), _para(PlanReport.tr("Community safety action plan"), s.cover_sub),
                   Spacer(1, 6),
                   _para(p.name, s.cover_title), Spacer(1, 10)]
    if p.place:
        story.append(_para(p.place, s.cover_sub))
    if p.dates:
        story.append(_para(p.dates, s.cover_meta))
    if p.public:
        badge = tables.table([[_para(PlanReport.tr("Public version"), s.cover_badge)]], [42 * mm],
                             [TABLE_FONT, ("BACKGROUND", (0, 0), (-1, -1), ACCENT), ("TOPPADDING", (0, 0), (-1, -1), 5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 6)], s.right_to_left)
        story += [Spacer(1, 14), badge]
    story += [Spacer(1, 30), _key_figures(content, s, width)]
    story += [Spacer(1, 26), Table([[""]], colWidths=[width], rowHeights=[1.2],
                                   style=[TABLE_FONT, ("LINEABOVE", (0, 0), (-1, -1), 1.2, ACCENT)]), Spacer(1, 10)]
    if p.description:
        story.append(_para(p.description, s.body))
    if p.public:
        privacy = PlanReport.tr("Counts of fewer than %1 people, and counts from which one could be worked out, are "
                                "hidden. This plan names no participant and gives no contact details. This public "
                                "version leaves out every story, comment and note.")
    else:
        privacy = PlanReport.tr("Counts of fewer than %1 people, and counts from which one could be worked out, are "
                                "hidden. This plan names no participant and gives no contact details.")
    story += [Spacer(1, 8), _para(arg(privacy, p.threshold), s.small),
              _para(arg(PlanReport.tr("Prepared with CoSafe on %1."), format_day(p.generated_on)), s.small)]
    return story


def _key_figures(content: PlanContent, s: Styles, width: float) -> Table:
    """The plan at a glance: a row of big numbers on the cover."""
    figures = [(content.participation.participants, PlanReport.tr("participants", "under a big number on the cover")),
               (str(content.diagnosis.scored_points),
                PlanReport.tr("audit points scored", "under a big number on the cover")),
               (str(content.diagnosis.pins), PlanReport.tr("perception pins", "under a big number on the cover")),
               (str(content.proposal_count), PlanReport.tr("proposals", "under a big number on the cover")),
               (str(len(content.actions)), PlanReport.tr("actions", "under a big number on the cover")),
               (str(len(content.stakeholders)), PlanReport.tr("partners", "under a big number on the cover"))]
    return tables.table([[_para(value, s.figure) for value, _ in figures],
                         [_para(label, s.figure_label) for _, label in figures]], [width / len(figures)] * len(figures),
                        [TABLE_FONT, ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                         ("TOPPADDING", (0, 0), (-1, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
                         ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white)], s.right_to_left)


def _map_block(plan_map: PlanMapLike, s: Styles, width: float, max_height: float) -> KeepTogether:
    reader = ImageReader(io.BytesIO(plan_map.png))
    w, h = reader.getSize()
    scale = min(width / w, max_height / h)
    image = MapImage(io.BytesIO(plan_map.png), width=w * scale, height=h * scale)
    image.hAlign = "CENTER"
    parts = [Heading(plan_map.title, s.h2, 1), image]
    if plan_map.caption:
        parts += [Spacer(1, 3), _para(plan_map.caption, s.caption)]
    return KeepTogether(parts)


def _chart_block(title: str, drawing, note: str, s: Styles) -> KeepTogether:
    parts = [Heading(title, s.h2, 1), drawing]
    if note:
        parts += [Spacer(1, 3), _para(note, s.caption)]
    return KeepTogether(parts)


def _method(content: PlanContent, s: Styles, width: float) -> list:
    part = content.participation
    threshold = content.project.threshold
    facts = tables.table([[_para(k, s.cell), _para(v, s.cell_bold)] for k, v in part.facts],
                         [width * 0.3, width * 0.15],
                         [TABLE_FONT, ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#CFD8DC")),
                          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)], s.right_to_left)
    story: list = [PageBreak(), Heading(PlanReport.tr("1  Method and participation"), s.h1, 0),
                   _para(translate("PlanReport", METHOD_TEXT), s.body), Spacer(1, 4), facts]
    if part.activities:
        story += [Heading(PlanReport.tr("Workshops and walks"), s.h2, 1),
                  tables.activity_table(part.activities, width, s, format_day)]
    if part.participants.isdigit():
        who = PlanReport.tr("%Ln participants signed in, recorded only by gender, age band and role. Categories with "
                            "fewer than %1 people are counted together as “Other or not stated”; a count that is "
                            "still below %1, or from which one could be worked out, is “hidden”.", "",
                            int(part.participants))
    else:  # too few to say how many
        who = PlanReport.tr("%2 participants signed in, recorded only by gender, age band and role. Categories with "
                            "fewer than %1 people are counted together as “Other or not stated”; a count that is "
                            "still below %1, or from which one could be worked out, is “hidden”.",
                            "%2: “hidden”, as the count is too small to show")
    story += [Heading(PlanReport.tr("Who took part"), s.h2, 1), _para(arg(who, threshold, part.participants), s.body),
              tables.count_tables(part.tables, width, s)]
    return story


def _diagnosis(content: PlanContent, maps: Sequence[PlanMapLike], s: Styles, width: float, height: float) -> list:
    d = content.diagnosis
    rtl = s.right_to_left
    story: list = [PageBreak(), Heading(PlanReport.tr("2  Diagnosis"), s.h1, 0)]
    if d.findings:
        story += [Text(escape(line), s.bullet, bulletText="•") for line in d.findings]
    else:
        story.append(_para(PlanReport.tr("No audit scores or perception pins were recorded yet."), s.body))
    for plan_map in maps:  # small enough for two to a page
        story.append(_map_block(plan_map, s, width, height * 0.4))
    if d.criteria:
        story.append(_chart_block(PlanReport.tr("Scores by criterion"), charts.criteria_chart(d.criteria, width, rtl),
                                  PlanReport.tr("Share of audit scores from 0 (poor) to 3 (good) for each criterion; "
                                                "n = scores given. Feeling is the outcome the other criteria are read "
                                                "against."), s))
    group_note = arg(PlanReport.tr("Mean 0–5 safety score of the audit points walked by each group. Groups of fewer "
                                   "than %1 people are not shown."), content.project.threshold)
    if d.by_gender:
        story.append(_chart_block(PlanReport.tr("Mean safety score by gender"),
                                  charts.bar_chart(d.by_gender, width * 0.8, right_to_left=rtl), group_note, s))
    if d.by_age:
        story.append(_chart_block(PlanReport.tr("Mean safety score by age band"),
                                  charts.bar_chart(d.by_age, width * 0.8, right_to_left=rtl), group_note, s))
    if d.by_time or d.unsafe_by_time:
        colours = [_time_colour(b.label) for b in d.by_time]
        share_colours = [_time_colour(b.label) for b in d.unsafe_by_time]
        half = (width - 12) / 2
        row = [[charts.bar_chart(d.by_time, half, colours=colours, right_to_left=rtl) if d.by_time else "",
                charts.bar_chart(d.unsafe_by_time, half, maximum=1.0, percent=True, colours=share_colours,
                                 right_to_left=rtl) if d.unsafe_by_time else ""]]
        pair = tables.table([[_para(PlanReport.tr("Mean safety score"), s.cell_bold),
                              _para(PlanReport.tr("Share of pins marked unsafe"), s.cell_bold)]] + row,
                            [half + 6, half + 6],
                            [TABLE_FONT, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")],
                            s.right_to_left)
        story.append(_chart_block(PlanReport.tr("Day and night"), pair,
                                  PlanReport.tr("By the time of day of the walk or pin."), s))
    if d.incident_times:
        story.append(_para(d.incident_times, s.body))
    if d.pairs:
        story.append(_chart_block(PlanReport.tr("The same places by day and at night"),
                                  charts.day_night_chart(d.pairs, width, right_to_left=rtl),
                                  PlanReport.tr("Each place walked both by day (circle) and after dark (square); the "
                                                "line shows how much its safety score changes."), s))
    if content.voices:
        story += _what_people_said(content.voices, story.pop(), s)
    return story


def _what_people_said(voices: Sequence[str], lead, s: Styles) -> list:
    """The quotes under their heading, after ``lead`` (the flowable before them), no short tail alone on a page.

    The heading keeps with the first quote (its style says so). The last ``QUOTE_TAIL``
    quotes are kept together, so a page the quotes run onto holds at least that many;
    fewer quotes than that in all would be such a tail themselves, and keep with
    ``lead`` instead: a page that has no room for them takes the chart (or map) before
    them along. Why: the section ends in a page break, so quotes that spilled over sat
    alone on a nearly blank page, a line or two the reader may miss.
    """
    heading = Heading(PlanReport.tr("What people said"), s.h2, 1)
    quotes = [_para(v, s.quote) for v in voices]
    if len(quotes) < QUOTE_TAIL:
        return [KeepTogether([lead, heading, *quotes])]
    return [lead, heading, *quotes[:-QUOTE_TAIL], KeepTogether(quotes[-QUOTE_TAIL:])]


def _time_colour(label: str):
    """The colour of a time of day's bar, by its label as the chart shows it (in the reader's language)."""
    colours = {label_of(TIMES_OF_DAY, key): colour
               for key, colour in (("day", DAY_COLOUR), ("dusk", DUSK_COLOUR), ("night", NIGHT_COLOUR))}
    return colours.get(label, BAR_COLOUR)


def _proposals(content: PlanContent, maps: Sequence[PlanMapLike], s: Styles, width: float, height: float) -> list:
    story: list = [PageBreak() if content.proposals or maps else Spacer(1, 12),
                   Heading(PlanReport.tr("3  Proposals"), s.h1, 0)]
    for plan_map in maps:
        story.append(_map_block(plan_map, s, width, height * 0.55))
    if not content.proposals:
        return story + [_para(PlanReport.tr("No proposals were recorded."), s.body)]
    shown = content.proposals[:TOP_PROPOSALS]
    more = content.proposal_count - len(shown)
    if more > 0:
        lead = PlanReport.tr("%Ln proposals; the %1 with the most voting dots (and %2 more on the map). No. is the "
                             "number beside the proposal on the map above.", "", content.proposal_count)
    else:
        lead = PlanReport.tr("%Ln proposals; the %1 with the most voting dots. No. is the number beside the proposal "
                             "on the map above.", "", content.proposal_count)
    story += [Heading(PlanReport.tr("Most voted proposals"), s.h2, 1), _para(arg(lead, len(shown), more), s.body),
              tables.proposal_table(shown, width, s)]
    return story


def _actions(content: PlanContent, s: Styles, width: float) -> list:
    story: list = [PageBreak() if content.actions else Spacer(1, 12), Heading(PlanReport.tr("4  Action plan"), s.h1, 0)]
    if not content.actions:
        return story + [_para(PlanReport.tr("No actions have been agreed yet."), s.body)]
    costs = [a.cost for a in content.actions if a.cost is not None]
    if costs:
        summary = arg(PlanReport.tr("%Ln actions in priority order (1 = highest, from the community's votes or agreed). "
                                    "Estimated cost of those costed: %1.", "", len(content.actions)),
                      content.cost_text(sum(costs)))
    else:
        summary = PlanReport.tr("%Ln actions in priority order (1 = highest, from the community's votes or agreed).", "",
                                len(content.actions))
    return story + [_para(summary, s.body), tables.action_table(content.actions, width, s, content.cost_text)]


def _stakeholders(content: PlanContent, s: Styles, width: float) -> list:
    story: list = [PageBreak() if content.stakeholders else Spacer(1, 12),
                   Heading(PlanReport.tr("5  Stakeholders"), s.h1, 0)]
    if not content.stakeholders:
        return story + [_para(PlanReport.tr("No stakeholders are registered yet."), s.body)]
    # The sectors in the vocabulary's order, then any other, each once, named as the register names it.
    named = {r.sector: r.sector_label for r in content.stakeholders}
    present = [(k, named[k]) for k, _label in STAKEHOLDER_SECTORS if k in named]
    extra = sorted(set(named.items()) - set(present))
    grid = charts.stakeholder_grid(content.stakeholders, min(width * 0.62, 300), s.right_to_left)
    story += [_para(PlanReport.tr("Who can make the actions happen: each stakeholder's influence over the outcome and "
                                  "interest in it, scored 1–5. Numbers refer to the table below."), s.body),
              KeepTogether([Heading(PlanReport.tr("Influence and interest"), s.h2, 1), grid, Spacer(1, 4),
                            charts.sector_legend(width, present + extra, s.right_to_left)]),
              Heading(PlanReport.tr("Register", "the list of stakeholders"), s.h2, 1),
              tables.stakeholder_table(content.stakeholders, width, s)]
    return story


def _monitoring(content: PlanContent, s: Styles, width: float) -> list:
    story: list = [PageBreak() if content.actions else Spacer(1, 12), Heading(PlanReport.tr("6  Monitoring"), s.h1, 0)]
    if not content.actions:
        return story + [_para(PlanReport.tr("No actions to monitor yet."), s.body)]
    return story + [_para(PlanReport.tr("How each action will be judged: its indicator, where it starts (the baseline, "
                                        "often the mean safety score at its places today) and the target. Re-audit the "
                                        "same places after the work to compare."), s.body),
                    tables.monitoring_table(content.actions, width, s)]


def _appendix(content: PlanContent, s: Styles, width: float) -> list:
    story: list = [PageBreak(), Heading(PlanReport.tr("Appendix: audit criteria and the safety score"), s.h1, 0)]
    if content.criteria_set:
        story.append(_para(arg(PlanReport.tr("Criteria set: %1."), content.criteria_set), s.body))
    if content.criteria:
        story.append(tables.criteria_table(content.criteria, width, s))
    story += [Heading(PlanReport.tr("The safety score"), s.h2, 1), _para(content.score_formula, s.body),
              _para(PlanReport.tr("The formula is CoSafe's own and is stated here so that anyone can recompute the "
                                  "scores."), s.small)]
    return story


def build_story(content: PlanContent, maps: Sequence[PlanMapLike], s: Styles, width: float, height: float) -> list:
    """All flowables of the plan, in order (see the module contract)."""
    proposal_maps = [m for m in maps if getattr(m, "key", "") == "proposals"]
    other_maps = [m for m in maps if getattr(m, "key", "") != "proposals"]
    toc = Contents(s.right_to_left, levelStyles=s.toc_levels, dotsMinLevel=0, tableStyle=TableStyle([
        TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story = _cover(content, s, width, height)
    story += [NextPageTemplate("body"), PageBreak(), _para(PlanReport.tr("Contents"), s.h1), Spacer(1, 6), toc]
    story += _method(content, s, width)
    story += _diagnosis(content, other_maps, s, width, height)
    story += _proposals(content, proposal_maps, s, width, height)
    story += _actions(content, s, width)
    story += _stakeholders(content, s, width)
    story += _monitoring(content, s, width)
    story += _appendix(content, s, width)
    return story
