"""What every ``cosafe`` subcommand shares: the one-line error and a report command's ``--language``."""

from __future__ import annotations

import argparse

from cosafe.cli.language import OPTION as LANGUAGE_OPTION
from cosafe.core.i18n import LANGUAGES


class CommandError(Exception):
    """A failure to report on one line with exit code 1."""


def add_report_language_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    """A report command's own --language: listed in its help; ``main`` takes it out of the command line
    before parsing (``take_languages``) and sets ``report_language``."""
    parser.add_argument(LANGUAGE_OPTION, dest="report_language", metavar="CODE", choices=list(LANGUAGES), default=None,
                        help=help_text)
