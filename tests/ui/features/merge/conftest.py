"""Fixtures of the merge tests (``merge_ui_support``)."""

from merge_ui_support import merging

__all__ = ["merging"]
