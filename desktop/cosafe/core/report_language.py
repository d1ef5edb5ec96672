"""The project's report language: the language its plan and exports are written in.

A Spanish-speaking facilitator may produce a Portuguese plan: the report language is a
project setting, apart from the language of the window or of the command that exports.

Contract:
- ``REPORT_LANGUAGE_KEY`` is the project meta key; its value is a code of
  ``core.i18n.LANGUAGES`` ("pt", "fr", …) or absent / empty for "none set": a report is
  then written in the language of the window or command that makes it.
- ``check_report_language(text)`` returns the code ("" for blank) or raises ValueError
  with one line naming the languages there are.
- ``report_language_in_force(stored)`` is the code a stored meta value stands for: ""
  when unset, or when it is a code CoSafe does not speak (a hand-edited file, a
  language a later version dropped), so a report is never refused for it.
- ``report_language_for(explicit, stored, fallback)`` is the language a report is
  written in: ``explicit`` (a command's ``--language``) when given, else the project's
  report language, else ``fallback`` (the window's or the command's language).
"""

from __future__ import annotations

from cosafe.core.i18n import check_language

REPORT_LANGUAGE_KEY = "report_language"


def check_report_language(text: str | None) -> str:
    """The language code ``text`` names; "" for none. ValueError (one line) for a language CoSafe does not speak."""
    code = (text or "").strip().lower()
    return check_language(code) if code else ""


def report_language_in_force(stored: str | None) -> str:
    """The report language ``stored`` (a project meta value) stands for; "" for none or for an unknown code."""
    try:
        return check_report_language(stored)
    except ValueError:
        return ""


def report_language_for(explicit: str | None, stored: str | None, fallback: str) -> str:
    """``explicit`` if given, else the project's report language (``stored``), else ``fallback``."""
    return explicit or report_language_in_force(stored) or fallback
