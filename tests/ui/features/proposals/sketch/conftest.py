"""Fixtures of the sketch tests (``sketch_support``)."""

from sketch_support import sketch

__all__ = ["sketch"]
