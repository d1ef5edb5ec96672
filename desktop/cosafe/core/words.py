"""The translation contexts of ``cosafe.core``: one per topic, named for the translator.

Every sentence of the core a person reads is ``Topic.tr("…")`` with one of these (see
docs/TRANSLATING.md); a label kept in a table is ``QT_TRANSLATE_NOOP("Topic", "…")``
and translated where it is shown. The class name is the context Qt Linguist shows.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Edits(Context):
    """Names of changes in the undo history ("Add action “Lights”", "Change project area")."""


class Records(Context):
    """Names of the kinds of things a project holds ("Audit points", "criterion")."""


class Vocabulary(Context):
    """Labels of the fixed lists people choose from: genders, age bands, CPTED principles, intervention
    types, statuses, feelings, reason tags, basemap classes."""


class Criteria(Context):
    """The safety-audit criteria, the checklist and the safety score, and changes to a criteria set."""


class Plan(Context):
    """The action plan: stakeholders, actions, their linked places and indicator baselines."""


class Workshops(Context):
    """Workshops, groups, participants and dot voting."""


class Analysis(Context):
    """What the audit scores and perception pins say: labels of categories, criteria and feeling unsafe."""


class Privacy(Context):
    """Disclosure control: the suppression threshold and the blur of places."""


class Drawing(Context):
    """Drawing on the map and placing paper maps: points, lines, areas, control points, heat maps."""


class Project(Context):
    """The project's properties, such as its currency."""


class GroupSymbols(Context):
    """A group's symbol in words (its marker shape, line dash and area fill), for tooltips and screen readers."""


class FileErrors(Context):
    """Why a file could not be read or written (the operating system's reasons, which it gives in English)."""
