"""The words of reading and writing files that reach a person, one context per topic (see docs/TRANSLATING.md).

Every module of ``cosafe.io`` marks its sentences with these contexts, so one topic is
one context in Qt Linguist however many modules speak of it:

- ``Import``: reading a map file (basemap layers, MBTiles, pictures of paper maps) —
  why a file is refused, and what an import is doing.
- ``Incidents``: reading recorded incidents from a CSV or GIS file.
- ``Export``: writing the project as GIS and spreadsheet files, and the action plan's CSV.
- ``Images``: cleaning the images a project already holds.
- ``PlanReport``: the action plan as a PDF — headings, sentences, tables, charts.
- ``Sample``: the invented workshop of the sample project (``cosafe sample``, File ›
  Open Sample Project) — titles, stories, comments, organisations — written in the
  language in force, so a trainer can demonstrate in the room's language.

Not here: CSV column names, GeoPackage table names, file names, log lines — other
tools and people's scripts read those, in English.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Import(Context):
    """Importing a map file into the basemap: refusals and progress."""


class Incidents(Context):
    """Importing recorded incidents (police, NGO or hospital data) from a file."""


class Export(Context):
    """Exporting the project as GIS and spreadsheet files."""


class ActionsSheet(Context):
    """The action plan as a spreadsheet: its column headers and words, in the report's language."""


class Images(Context):
    """Cleaning stored photos and paper maps of camera data."""


class PlanReport(Context):
    """The action plan as a PDF: cover, sections, tables, charts."""


class Sample(Context):
    """The sample project's invented content: what the people of the fictional Riverside said and wrote.

    The names of streets and places (Soko Street, Tumaini Lane, Mto Park, Riverside
    Halt…) are the sample map's own labels, the same in every language: a translation
    keeps them as they are so that a reader finds them on the map.
    """
