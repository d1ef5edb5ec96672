"""Write the plan as a PDF: page templates, table of contents, "Page x of y", safe file writing.

Contract: ``write_plan_pdf(content, maps, path, paper, progress)`` lays out the story
of ``sections.build_story`` on A4 or Letter pages, every page numbered "Page x of y"
and every font embedded. It writes to a temporary file beside ``path`` and renames
it into place only when the whole document is done: a failure raises ExportError
(one line), a cancel (``progress`` returning False) raises ImportCancelled, and
either leaves no file behind and ``path`` untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from cosafe.core.formats import format_long_date
from cosafe.core.i18n import RIGHT_TO_LEFT, arg, language
from cosafe.core.file_errors import os_reason
from cosafe.io.export import ExportError
from cosafe.io.plan_report.content import PlanContent
from cosafe.io.plan_report.fonts import REGULAR
from cosafe.io.plan_report.sections import Heading, PlanMapLike, build_story
from cosafe.io.plan_report.styles import MARGIN, MUTED, PAGE_SIZES, RULE, Styles
from cosafe.io.import_errors import ImportCancelled
from cosafe.io.rtl_text import visual_line
from cosafe.io.words import PlanReport

Progress = Callable[[float, str], bool]
# Binary streams: without reportlab's C accelerator, ASCII85-encoding the map images in
# Python takes seconds; every PDF reader reads binary streams.
rl_config.useA85 = 0
# The size callers draw the maps at: the text's width at about 200 dpi, in the maps' 10:7 frame.
MAP_SIZE_PX = (1200, 840)
MAP_DPI = 200
EXPECTED_PASSES = 2  # the table of contents needs a second layout pass; a third is rare


def _numbered_canvas(header: str, name: str, public: bool, right_to_left: bool = False):
    """A Canvas class that holds its pages until the end, then stamps "Page x of y" on each.

    Each page's foot holds ``header`` at the start of the line and "Page x of y" at
    its end, and each page after the cover the plan's ``name`` at the start of its
    top line ("Public version" at the end): the start is the left margin, or the
    right one when ``right_to_left``.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = REGULAR  # never the unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, total: int) -> None:
            width, height = self._pagesize
            number = self.getPageNumber()
            self.saveState()
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, 12 * mm, width - MARGIN, 12 * mm)
            self._at_end(8 * mm, arg(PlanReport.tr("Page %1 of %2"), number, total))
            self._at_start(8 * mm, header)
            if number > 1:
                self.line(MARGIN, height - 12 * mm, width - MARGIN, height - 12 * mm)
                self._at_start(height - 10.5 * mm, name)
                if public:
                    self._at_end(height - 10.5 * mm, PlanReport.tr("Public version"))
            self.restoreState()

        def _at_start(self, y: float, text: str) -> None:
            line = visual_line(text, right_to_left)
            if right_to_left:
                self.drawRightString(self._pagesize[0] - MARGIN, y, line)
            else:
                self.drawString(MARGIN, y, line)

        def _at_end(self, y: float, text: str) -> None:
            line = visual_line(text, right_to_left)
            if right_to_left:
                self.drawString(MARGIN, y, line)
            else:
                self.drawRightString(self._pagesize[0] - MARGIN, y, line)

    return NumberedCanvas


class _PlanDocument(BaseDocTemplate):
    """Two page templates (cover, body); headings feed the contents and the PDF outline."""

    def __init__(self, filename: str, pagesize, progress: Progress | None, total: int, **kwargs) -> None:
        super().__init__(filename, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN, **kwargs)
        width, height = pagesize
        body = Frame(MARGIN, 16 * mm, width - 2 * MARGIN, height - 16 * mm - 16 * mm, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN, 16 * mm, width - 2 * MARGIN, height - 16 * mm - MARGIN, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [cover]), PageTemplate("body", [body])])
        self._progress, self._total, self._done, self._pass = progress, max(total, 1), 0, 0

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's hook
        self._pass += 1
        self._done = 0
        # The first pass only finds where headings fall: the contents always send the
        # layout round again, so the maps need not be encoded yet (most of the time).
        self.canv.draft = self._pass == 1

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's hook
        if isinstance(flowable, Heading):
            key = f"section-{self.seq.nextf('heading')}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.plain, key, level=flowable.level, closed=flowable.level > 0)
            self.notify("TOCEntry", (flowable.level, flowable.plain, self.page, key))
        self._done += 1
        if self._progress is not None and self._done % 5 == 0:
            # Split tables and kept-together groups count more than once: cap each pass.
            share = min(1.0, ((self._pass - 1) + min(1.0, self._done / self._total)) / EXPECTED_PASSES)
            if not self._progress(0.1 + 0.85 * share, PlanReport.tr("Laying out the pages")):
                raise ImportCancelled()


def write_plan_pdf(content: PlanContent, maps: Sequence[PlanMapLike], path: str, paper: str = "a4",
                   progress: Progress | None = None) -> None:
    """Write the plan to ``path`` (see the module contract). ``paper`` is "a4" or "letter"."""
    if paper not in PAGE_SIZES:
        raise ValueError(f"Paper must be one of {', '.join(PAGE_SIZES)}, not {paper!r}")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise ExportError(arg(PlanReport.tr("The plan was not written: the folder %1 does not exist"), folder))
    if progress is not None and not progress(0.02, PlanReport.tr("Preparing the plan")):
        raise ImportCancelled()
    pagesize = PAGE_SIZES[paper]
    right_to_left = language() in RIGHT_TO_LEFT  # the plan's language: the installed or spoken one
    styles = Styles(right_to_left)
    width, height = pagesize[0] - 2 * MARGIN, pagesize[1] - 32 * mm
    story = build_story(content, maps, styles, width, height)
    project = content.project
    header = arg(PlanReport.tr("%1 · Action plan · %2", "the foot of every page: the project's name, the date"),
                 project.name, format_long_date(project.generated_on))
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".part")
        os.close(handle)
    except OSError as error:
        raise ExportError(arg(PlanReport.tr("The plan was not written: %1"), os_reason(error))) from None
    subject = (arg(PlanReport.tr("Community safety action plan, %1"), project.place) if project.place
               else PlanReport.tr("Community safety action plan"))
    try:
        document = _PlanDocument(temporary, pagesize, progress, len(story),
                                 title=arg(PlanReport.tr("%1 — action plan", "the PDF's title"), project.name),
                                 author="CoSafe", subject=subject, creator="CoSafe")
        document.multiBuild(story, canvasmaker=_numbered_canvas(header, project.name, project.public, right_to_left))
        if progress is not None and not progress(0.98, PlanReport.tr("Saving the file")):
            raise ImportCancelled()
        os.replace(temporary, path)
    except ImportCancelled:
        _remove(temporary)
        raise
    except OSError as error:
        _remove(temporary)
        raise ExportError(arg(PlanReport.tr("The plan was not written: %1"), os_reason(error))) from None
    except LayoutError:
        _remove(temporary)
        raise ExportError(PlanReport.tr("The plan was not written: something in it is too large to fit on a page")) from None
    except BaseException:
        _remove(temporary)
        raise
    if progress is not None:
        progress(1.0, PlanReport.tr("Done"))


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
