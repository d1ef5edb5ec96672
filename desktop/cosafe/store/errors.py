"""Errors the store raises, each with a one-line message fit for a person to read."""

from __future__ import annotations


class ProjectError(Exception):
    """Base of every error a project file operation reports to the user."""


class ProjectOpenError(ProjectError):
    """The file cannot be opened as a CoSafe project; the file was not changed."""


class NotAProjectError(ProjectOpenError):
    """A valid GeoPackage that is not a CoSafe project (its layers could be a basemap)."""

    def __init__(self, message: str, layer_names: list[str]) -> None:
        super().__init__(message)
        self.layer_names = layer_names


class NewerVersionError(ProjectOpenError):
    """The file was written by a newer CoSafe with a schema this version does not know."""


class AlreadyOpenError(ProjectOpenError):
    """Another CoSafe window or process has the file open for editing."""


class ReadOnlyError(ProjectError):
    """An edit was attempted on a project opened read-only."""


class ProjectWriteError(ProjectError):
    """A write failed (disk full, file removed, locked); the change was rolled back."""
