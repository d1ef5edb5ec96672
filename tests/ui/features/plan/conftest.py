"""Fixtures of the plan tests (``plan_support``)."""

from plan_support import plan

__all__ = ["plan"]
