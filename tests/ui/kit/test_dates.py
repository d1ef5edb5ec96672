"""Dates are shown one way, the locale's, wherever the window shows one; stored dates stay ISO."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QDate, QLocale
from shell_support import OFFSCREEN_NOISE

from cosafe.core.records import AuditPoint, AuditWalk, Workshop
from cosafe.io.samples.project import write_sample_project
from cosafe.ui.kit.dates import date_format, show_date, show_date_time
from cosafe.ui.kit.record_table import UUID_ROLE

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def locale():
    """Switch the application's locale for one test, as the computer's region would."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize("name, shown", [
    ("de_DE", "07.12.2026"), ("en_US", "12/7/2026"), ("en_GB", "07/12/2026"), ("C", "2026-12-07"),
])
def test_a_date_in_the_locale_with_the_whole_year(locale, name, shown):
    locale(name)
    assert show_date("2026-12-07") == shown
    assert show_date("2026-12-07T09:30:00Z") == shown
    assert "yyyy" in date_format()


def test_no_date_and_text_that_is_no_date(locale):
    locale("de_DE")
    assert show_date(None) == "" and show_date("", "no date") == "no date"
    assert show_date("soon") == "soon"  # never lost from view
    assert show_date_time("2026-12-07T09:30:00Z").startswith("07.12.2026 ")


def test_the_window_shows_every_date_in_the_locale(locale, window, tmp_path, qtbot):
    locale("de_DE")
    path = tmp_path / "riverside.gpkg"
    write_sample_project(str(path))
    assert window.open_project(str(path))
    store = window.session.store
    walks = {walk.uuid: walk for walk in store.list(AuditWalk) if walk.walked_on}
    assert walks
    table = window.features.audits.panel.table
    column = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index("Date")
    for row in range(table.rowCount()):
        uuid = table.item(row, 0).data(UUID_ROLE)
        if uuid in walks:
            year, month, day = walks[uuid].walked_on.split("-")
            assert table.item(row, column).text() == f"{day}.{month}.{year}"
    # The workshop dialog shows its date in the same format.
    from cosafe.ui.features.workshops.dialogs import WorkshopDialog

    workshop = store.list(Workshop)[0]
    dialog = WorkshopDialog(workshop, window)
    year, month, day = workshop.held_on.split("-")
    assert dialog.date_edit.text() == f"{day}.{month}.{year}"
    dialog.deleteLater()


@pytest.fixture
def german(locale):
    """A German computer from the start: set before the window is made."""
    locale("de_DE")


def test_analysis_identify_and_overview_dates_follow_the_locale(german, window, tmp_path):
    """The Analysis dock's date filter, what a click on an audit point says and the
    project's created/changed dates use the same format as every table."""
    path = tmp_path / "riverside.gpkg"
    write_sample_project(str(path))
    assert window.open_project(str(path))
    store = window.session.store
    analysis = window.features.analysis
    analysis.map_dock.show()
    date_from = analysis.filters.date_from
    date_from.setDate(QDate(2026, 12, 7))
    assert date_from.text() == "07.12.2026"
    walk = next(walk for walk in store.list(AuditWalk) if walk.walked_on)
    point = store.list(AuditPoint, "walk_uuid = ?", (walk.uuid,))[0]
    lon, lat = point.geom.x, point.geom.y
    found = analysis._identify(lon, lat, 5.0)
    year, month, day = walk.walked_on.split("-")
    assert found is not None and f"{day}.{month}.{year})" in found.tags["Walk"]
    created = store.get_meta("created_at")[:10].split("-")
    assert f"Created {created[2]}." in window.overview.dates_label.text()
