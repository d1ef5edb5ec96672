"""Words for people in the reader's language, for code that knows no Qt: one catalogue for all.

CoSafe's catalogue is Qt's (``resources/translations/cosafe_<language>.ts``, compiled to
``.qm``), made by ``pyside6-lupdate`` from the source. lupdate finds a string by the
*name* of the call around it, not by what was imported, so code below the window
marks its strings with the names it knows — and this module gives those names a
Qt-free meaning:

- ``class Plan(Context): ...`` then ``Plan.tr("Action plan")``: the string in
  context "Plan". ``Plan.tr("%Ln actions", "", n)``: a plural; ``%Ln`` becomes ``n``
  written as the reader's language writes numbers ("12.345 acciones"; lupdate reads the
  third argument as the count; pass the count there, never a formatted string).
- ``QT_TRANSLATE_NOOP("Vocabulary", "Lighting")`` marks a label kept in a table and
  translated where it is shown (``translate("Vocabulary", label)``). Stored keys stay
  English; only what is shown is translated.
- Placeholders are Qt's ``%1``…``%9`` (``arg(text, a, b)``): a translator may put them
  in any order, which string concatenation or an f-string inside ``tr`` would forbid.

Contract: until ``install(translator)`` is called every call returns the English
source with its count filled in (``fill_count``: ``%Ln`` grouped as the language
writes numbers, "12,345"; a bare ``%n`` as digits) — and for a count, the English catalogue's form for it
(``cosafe_en.ts`` holds the singulars: "1 contact", not "1 contacts"; read with the
standard library's XML parser, so a command-line run in English needs no Qt). The window installs Qt's ``QCoreApplication.translate``;
a command-line run with a language installs a ``QTranslator``'s lookup. ``translator``
is called as ``translator(context, source, disambiguation, n)`` and returns the text
with the count already filled in (``fill_count``), or the source when it has no translation.
``install(translator, code)`` also records the language it speaks: ``language()``
is that code ("en" until something else is installed).

A report may speak another language than the window (a project's report language):
``with speaking(code, translator):`` makes every ``translate``/``tr`` and
``language()`` in this thread answer in ``code`` until the block ends, whatever is
installed (a ``ContextVar``: a worker thread exporting a plan in Portuguese leaves the
window's Spanish alone). ``cosafe.catalogues.speaking(code)`` builds the translator.

``LANGUAGES`` are the languages CoSafe ships, each named in itself;
``check_language(code)`` refuses any other in one line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from xml.etree import ElementTree

from cosafe.bundled import bundled_file

Translator = Callable[[str, str, "str | None", int], str]

LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "ar": "العربية",
    "sw": "Kiswahili",
}
RIGHT_TO_LEFT = frozenset({"ar"})
_PLACEHOLDER = re.compile(r"%([1-9])")


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1, *,
            code: str | None = None) -> str:
    """The English text: the source, or for a count the English catalogue's form; the count filled in.

    ``code`` is the language whose way of writing numbers ``%Ln`` follows (default ``language()``):
    a translator falling back to English for one message still writes its own language's numbers.
    """
    if n >= 0:
        forms = _english_plurals().get((context, source, disambiguation or ""))
        if forms is not None:
            source = forms[0] if n == 1 else forms[1]
    return fill_count(source, n, code)


@functools.cache
def _english_plurals() -> dict[tuple[str, str, str], tuple[str, str]]:
    """(context, source, disambiguation) → (one, other), from the English catalogue; {} if it is missing."""
    try:
        root = ElementTree.parse(bundled_file("translations", "cosafe_en.ts")).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    plurals = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = [form.text or "" for form in message.iter("numerusform")]
            if message.get("numerus") == "yes" and len(forms) == 2 and all(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                plurals[key] = (forms[0], forms[1])
    return plurals


_translator: Translator = english
_language = "en"
_speaking: ContextVar[tuple[str, Translator] | None] = ContextVar("speaking", default=None)


def install(translator: Translator | None, code: str = "en") -> None:
    """Use ``translator`` (which speaks ``code``) from now on; None goes back to the English source."""
    global _translator, _language
    _translator, _language = (translator, code) if translator is not None else (english, "en")


def language() -> str:
    """The code of the language words are given in here and now ("en", "es", …)."""
    current = _speaking.get()
    return current[0] if current is not None else _language


@contextmanager
def speaking(code: str, translator: Translator) -> Iterator[None]:
    """Within the block, in this thread, words and ``language()`` are ``code``'s (``translator``'s)."""
    token = _speaking.set((code, translator))
    try:
        yield
    finally:
        _speaking.reset(token)


def _current() -> Translator:
    current = _speaking.get()
    return current[1] if current is not None else _translator


def fill_count(text: str, n: int, code: str | None = None) -> str:
    """The count filled in as Qt's ``tr`` fills it; ``n`` < 0 means "no count".

    ``%Ln`` is ``n`` as language ``code`` (default ``language()``) writes it (``format_count``:
    "12.345" in Spanish, "12,345" in English), ``%n`` the bare digits ("12345"). Counts people
    read are ``%Ln``; Qt's ``tr`` writes ``%Ln`` in the window's locale the same way.
    """
    if n < 0:
        return text
    if "%Ln" in text:
        text = text.replace("%Ln", format_count(n, code))
    return text.replace("%n", str(n))


def format_count(n: int, code: str | None = None) -> str:
    """``n`` grouped in thousands as language ``code`` (default ``language()``) writes it, in Latin digits.

    ``core.formats.format_integer``'s way (the window writes Latin digits in every language
    too: ``ui.language``), with English written by Python itself.
    """
    code = code or language()
    if code == "en":  # Python's own grouping is English's: no locale data to load on the way to the window
        return format(int(n), ",")
    from cosafe.core.formats import format_integer  # imported here: core.formats imports this module

    return format_integer(n, code)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return _current()(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for the catalogue in ``context``; return it unchanged (it is translated where shown)."""
    return source


def arg(text: str, *values: object) -> str:
    """Fill Qt-style ``%1``…``%9`` with ``values`` (a missing value leaves its placeholder)."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values)
                            else m.group(0), text)


class Context:
    """A translation context: subclass it once per module or topic and call ``Sub.tr(...)``."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _current()(cls.__name__, source, disambiguation, n)


class Languages(Context):
    """Choosing the language CoSafe speaks."""


def check_language(code: str) -> str:
    """``code`` if CoSafe speaks it, else ValueError with one line naming the languages it does speak."""
    if code not in LANGUAGES:
        raise ValueError(arg(Languages.tr("CoSafe does not speak “%1”; choose one of: %2"), code,
                             ", ".join(f"{key} ({name})" for key, name in LANGUAGES.items())))
    return code
