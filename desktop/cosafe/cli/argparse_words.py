"""argparse's own words ("usage:", "options", its errors) from CoSafe's catalogue, context "Argparse".

argparse writes its headings, the help of ``-h`` and its error messages through
gettext: it calls the module globals ``argparse._`` and ``argparse.ngettext`` (bound
to ``gettext.gettext`` / ``gettext.ngettext``, domain "argparse") each time it words
something. Python ships no catalogue for that domain, so ``cosafe --language es
--help`` said "usage:" and "show this help message and exit" in English inside a
Spanish help. CoSafe's catalogue has them instead (one catalogue, edited in Qt
Linguist like every other word; a translator keeps argparse's ``%(prog)s``,
``%(value)r``, ``%s`` placeholders).

Contract: ``speak_argparse()`` points argparse's two look-ups at ``core.i18n``, so
argparse asks CoSafe's catalogue in whatever language is installed (or spoken) when
it words a message; a message CoSafe has not marked (a programmer's error inside
argparse) stays argparse's English. Calling it again changes nothing. Only the
``cosafe`` command calls it: it is the program, the process is its own.
"""

from __future__ import annotations

import argparse

from cosafe.cli.words import Argparse
from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate

# The words argparse gives people (Python 3.11–3.13), exactly as it spells them.
MESSAGES = frozenset((
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
))
# argparse's one count: "expected %s argument(s)" (nargs=N). The catalogue holds it as a
# count (source: the plural, as every count's), its forms chosen by n; argparse fills in %s.
EXPECTED_N = "expected %s argument"


def _gettext(message: str) -> str:
    return translate("Argparse", message) if message in MESSAGES else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular == EXPECTED_N:
        return Argparse.tr("expected %s arguments", "", n)  # written out: lupdate reads a count from tr only
    return singular if n == 1 else plural


def speak_argparse() -> None:
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
