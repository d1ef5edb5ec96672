"""The language of the ``cosafe`` command: ``--language xx``, else the environment's, else English.

Contract:
- ``take_languages(argv, report_commands)`` removes every ``--language xx`` /
  ``--language=xx`` from ``argv`` and returns (the messages' code or None, the report's
  code or None, the other arguments). After the name of a command in
  ``report_commands`` (``export-plan``) the option is that command's own: the language
  of the report it writes (``cosafe --language es export-plan P --language pt``: a
  Portuguese plan, Spanish messages); anywhere else it is the language of the messages.
  The last of each wins. It is read before the parser is built, because the parser's
  help texts are already translated. A missing value raises
  ValueError with one line.
- ``environment_language(environ)`` is the language of the usual variables
  (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, first set first) when CoSafe
  ships it, else English ("C" and "POSIX" are English).
- ``use_language(code)`` makes every message of this run use ``code``
  (``core.i18n``): English needs nothing more; another language loads its compiled
  catalogue (``cosafe.catalogues``: Qt's ``QTranslator``, not imported on the way to
  English), and a string it does not translate falls back to English. An unknown
  code raises ValueError with one line naming the languages there are.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping, Sequence

from cosafe.catalogues import translator_for
from cosafe.core import i18n
from cosafe.core.i18n import arg, check_language
from cosafe.cli.words import Command

OPTION = "--language"
_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def take_languages(argv: Sequence[str], report_commands: Collection[str] = ()
                   ) -> tuple[str | None, str | None, list[str]]:
    messages, report, command, rest, items = None, None, None, [], list(argv)
    while items:
        item = items.pop(0)
        if item == OPTION or item.startswith(OPTION + "="):
            if item == OPTION and not items:
                raise ValueError(arg(Command.tr("%1 needs a language code, e.g. %1 es"), OPTION))
            code = items.pop(0) if item == OPTION else item.split("=", 1)[1]
            if command in report_commands:
                report = code
            else:
                messages = code
        else:
            if command is None and not item.startswith("-"):
                command = item  # the first word that is no option names the command
            rest.append(item)
    return messages, report, rest


def environment_language(environ: Mapping[str, str] = os.environ) -> str:
    for variable in _VARIABLES:
        value = environ.get(variable, "")
        if value:
            # LANGUAGE may list several ("es:fr"); the first CoSafe speaks wins.
            for part in value.split(":"):
                code = part.split(".")[0].split("_")[0].lower()
                if code in i18n.LANGUAGES:
                    return code
            return "en"
    return "en"


def use_language(code: str) -> None:
    check_language(code)
    i18n.install(translator_for(code) if code != "en" else None, code)
