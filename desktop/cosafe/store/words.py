"""The translation contexts of ``cosafe.store``: one per topic, named for the translator.

Every message of the store a person reads (a refusal to open a file, a failed save, a
merge's summary) is ``Topic.tr("…")`` with one of these (see docs/TRANSLATING.md).
Table and column names, SQL, keys and log lines are never translated.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class ProjectFile(Context):
    """Opening, saving, copying and upgrading a project file, and why one cannot be."""


class Backups(Context):
    """The backups kept beside a project (before a merge, before an upgrade)."""


class Merge(Context):
    """Merging field copies into a project, making a field copy, and the conflicts a merge leaves."""


class Map(Context):
    """The map layers kept in a project: basemap features, and the legends of the styles QGIS reads."""
