"""Fixtures of the proposals tests (``proposal_support``)."""

from proposal_support import data, ui

__all__ = ["data", "ui"]
