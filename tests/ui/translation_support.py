"""A catalogue that wraps every text in «»: a text that comes out wrapped was looked up, not hard-coded.

``wrapped_catalogue(app)`` installs it while its block runs — for Qt (``self.tr`` and
Qt's own words) and for ``cosafe.core.i18n`` (the code below the window) — and takes it
away after; ``is_wrapped(text)`` says whether a text came through it. Holds no tests.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QTranslator

from cosafe.core import i18n


class Wrapping(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return f"«{source}»"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@contextlib.contextmanager
def wrapped_catalogue(app: QCoreApplication) -> Iterator[None]:
    translator = Wrapping(app)
    app.installTranslator(translator)
    i18n.install(lambda context, source, disambiguation, n: QCoreApplication.translate(context, source,
                                                                                       disambiguation, n))
    try:
        yield
    finally:
        i18n.install(None)
        app.removeTranslator(translator)


def is_wrapped(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")
