"""The words of the ``cosafe`` command that reach a person (see docs/TRANSLATING.md).

- ``Command``: what a subcommand prints — results, summaries, errors.
- ``CommandHelp``: ``cosafe --help`` and each subcommand's help: descriptions and the
  help of every argument.

Not here: the command's and options' names, metavars (PATH, PROJECT: the help texts
name them), vocabulary keys, ``--json`` output (scripts read it), and argparse's own
words ("usage:", "show this help message and exit", its errors), which come from
Python's gettext domain ``argparse``.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Command(Context):
    """What the cosafe command prints: results, summaries and errors."""


class CommandHelp(Context):
    """cosafe --help: descriptions of the subcommands and help of their arguments."""
