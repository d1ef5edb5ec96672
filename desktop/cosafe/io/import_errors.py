"""The errors imports raise, apart from the readers so light modules can name them without loading GDAL."""

from __future__ import annotations

from cosafe.store.errors import ProjectError


class BasemapImportError(ProjectError):
    """A file that cannot be imported as a basemap; the project was not changed."""


class ImportCancelled(Exception):
    """The person cancelled; the project was not changed."""
