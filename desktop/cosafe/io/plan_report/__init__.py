"""The exported action plan as a PDF (reportlab, Qt-free).

``build_plan_content(store, public=False)`` gathers what the plan prints with the
privacy rules applied; ``write_plan_pdf(content, maps, path, paper, progress)``
writes it. Maps are PNG images made by the caller (``ui.plan_maps``, at
``MAP_SIZE_PX`` and ``MAP_DPI``), so this package never needs Qt.
"""

from cosafe.io.rtl_text import install_bidi

install_bidi()  # before any module below imports reportlab: its right-to-left support is decided on import

from cosafe.io.plan_report.content import PlanContent  # noqa: E402 - after install_bidi, on purpose
from cosafe.io.plan_report.document import MAP_DPI, MAP_SIZE_PX, write_plan_pdf
from cosafe.io.plan_report.gather import build_plan_content

__all__ = ["MAP_DPI", "MAP_SIZE_PX", "PlanContent", "build_plan_content", "write_plan_pdf"]
