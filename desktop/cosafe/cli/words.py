"""The words of the ``cosafe`` command that reach a person (see docs/TRANSLATING.md).

- ``Command``: what a subcommand prints — results, summaries, errors.
- ``CommandHelp``: ``cosafe --help`` and each subcommand's help: descriptions and the
  help of every argument.

Not here: the command's and options' names, metavars (PATH, PROJECT: the help texts
name them), vocabulary keys and ``--json`` output (scripts read it).

- ``Argparse``: argparse's own words ("usage:", "show this help message and exit", its
  errors), which argparse asks gettext for and ``cli.argparse_words`` answers from here.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Command(Context):
    """What the cosafe command prints: results, summaries and errors."""


class CommandHelp(Context):
    """cosafe --help: descriptions of the subcommands and help of their arguments."""


class Argparse(Context):
    """The words of Python's argparse in cosafe --help and in its errors ("usage:", "options").

    Keep argparse's placeholders as they are: %(prog)s, %(message)s, %(value)r, %s…"""
