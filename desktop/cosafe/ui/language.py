"""The window's language: which one, and loading it into Qt and into ``core.i18n``.

Contract:
- ``chosen_language()`` is the language the person chose in Settings (QSettings key
  ``LANGUAGE_KEY``), else the computer's (its system locale's language) when CoSafe
  ships it, else English. ``choose_language(code)`` remembers a choice (it takes
  effect at the next start: a window half in one language is worse than a restart).
- ``install_language(app, code)`` loads, for one of ``core.i18n.LANGUAGES``:
  Qt's own translation of its dialogs' buttons where Qt ships one (``qtbase_<code>``;
  Portuguese is Qt's Brazilian file; Swahili has none, CoSafe's catalogue carries
  those few words: ``QT_BUTTONS``, ``QT_WIDGET_WORDS``) and CoSafe's catalogue (``resources/translations/cosafe_<code>.qm``;
  English's holds the singular of each count: "1 group");
  sets the application's locale for numbers and dates (Arabic with Latin digits,
  as map readers across the Arab world read street numbers and the plan's figures,
  in the computer's region when it speaks that language), lays the window out right
  to left for Arabic, and routes ``core.i18n`` through Qt so the window and the code
  below it read the same catalogue. English installs nothing but the locale; a
  second call replaces the first's translators. It returns the translators it
  installed and raises ValueError for a language CoSafe does not ship.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from cosafe.bundled import bundled_file
from cosafe.core import i18n
from cosafe.core.i18n import QT_TRANSLATE_NOOP, check_language

LANGUAGE_KEY = "language"
# Qt's standard buttons, in the context Qt looks them up in: Qt ships no Swahili (nor
# European Portuguese) file for them, so CoSafe's own catalogue carries them too.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"), QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"), QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"), QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"), QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"), QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"), QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"), QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
)
# Words Qt's own widgets say to a screen reader (a dock's title buttons, a tab bar's arrows):
# Qt ships no Swahili for them either; CoSafe's catalogue speaks of panels, as the window does.
QT_WIDGET_WORDS = (
    QT_TRANSLATE_NOOP("QDockWidget", "Float"), QT_TRANSLATE_NOOP("QDockWidget", "Close"),
    QT_TRANSLATE_NOOP("QDockWidget", "Closes the dock widget"),
    QT_TRANSLATE_NOOP("QDockWidget", "Undocks and re-attaches the dock widget"),
    QT_TRANSLATE_NOOP("QTabBar", "Scroll Left"), QT_TRANSLATE_NOOP("QTabBar", "Scroll Right"),
)
QT_FILES = {"es": "qtbase_es", "fr": "qtbase_fr", "pt": "qtbase_pt_BR", "ar": "qtbase_ar"}
# Arabic with Latin digits: a territory whose locale writes them (Qt has no digit option).
LATIN_DIGIT_ARABIC = "ar_AE"
LATIN_DIGIT_TERRITORIES = {"AE", "MA", "DZ", "TN", "LY", "MR"}


def chosen_language(settings: QSettings | None = None) -> str:
    stored = str((settings or QSettings()).value(LANGUAGE_KEY, "") or "")
    if stored in i18n.LANGUAGES:
        return stored
    system = QLocale.system().name().split("_")[0]
    return system if system in i18n.LANGUAGES else "en"


def choose_language(code: str, settings: QSettings | None = None) -> None:
    check_language(code)
    (settings or QSettings()).setValue(LANGUAGE_KEY, code)


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale numbers and dates follow: the computer's region if it speaks ``code``, else the language's.

    A computer with no language chosen (the C locale) keeps it for English: its dates are ISO.
    """
    system = system or QLocale.system()
    same_language = system.name().split("_")[0] == code or (code == "en" and system.language() == QLocale.Language.C)
    if code == "ar":
        territory = system.name().split("_")[1] if same_language and "_" in system.name() else ""
        return QLocale(f"ar_{territory}" if territory in LATIN_DIGIT_TERRITORIES else LATIN_DIGIT_ARABIC)
    return system if same_language else QLocale(code)


_installed: list[QTranslator] = []  # Qt does not own installed translators: they live here


def install_language(app: QCoreApplication, code: str) -> list[QTranslator]:
    check_language(code)
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(locale_for(code))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for loaded in (_load(QT_FILES.get(code), qt_folder), _load(f"cosafe_{code}", str(bundled_file("translations")))):
        if loaded is not None:
            app.installTranslator(loaded)
            _installed.append(loaded)
    # English needs no lookup below the window: core.i18n reads its plurals itself.
    i18n.install(_qt_translate if code != "en" else None, code)
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in i18n.RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    return list(_installed)


def _load(name: str | None, folder: str) -> QTranslator | None:
    if not name:
        return None
    translator = QTranslator()
    return translator if translator.load(name, folder) else None


def _qt_translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)
