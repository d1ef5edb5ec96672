"""What a screen reader says of a control, and the tooltip a mouse user sees: one call.

Contract: ``describe(widget, name, tip="")`` sets ``widget``'s accessible name to
``name`` and its tooltip to ``tip`` (to ``name`` when ``tip`` is empty) and returns the
widget, so a control is named where it is made: ``describe(QComboBox(self), "Filter by
group", "Show only this group's proposals")``. A control whose visible label says what
it is still needs this when the label is a separate QLabel or a heading.

``tab_order(*widgets)`` makes Tab visit ``widgets`` one after the other (Qt's chain
otherwise follows the order widgets were made in, not where they are shown): for a
control made before the ones shown above it.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def describe(widget: W, name: str, tip: str = "") -> W:
    """Name ``widget`` for assistive technology and give it a tooltip; returns it."""
    widget.setAccessibleName(name)
    widget.setToolTip(tip or name)
    return widget


def tab_order(*widgets: QWidget) -> None:
    """Tab goes from each of ``widgets`` to the next (each moved right after the one before)."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)
