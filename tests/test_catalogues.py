"""cosafe.catalogues: the compiled catalogues as translators for words below the window."""

from __future__ import annotations

import pytest

from cosafe import catalogues
from cosafe.core import i18n


def test_a_report_speaks_its_language_while_the_command_speaks_another():
    i18n.install(catalogues.translator_for("es"), "es")
    try:
        spanish = i18n.translate("Languages", "CoSafe does not speak “%1”; choose one of: %2")
        with catalogues.speaking("pt"):
            portuguese = i18n.translate("Languages", "CoSafe does not speak “%1”; choose one of: %2")
            assert i18n.language() == "pt"
        assert i18n.translate("Languages", "CoSafe does not speak “%1”; choose one of: %2") == spanish
    finally:
        i18n.install(None)
    assert len({spanish, portuguese, "CoSafe does not speak “%1”; choose one of: %2"}) == 3
    assert "%1" in spanish and "%1" in portuguese


def test_english_needs_no_catalogue_and_an_unknown_language_is_refused():
    assert catalogues.translator_for("en") is i18n.english
    with pytest.raises(ValueError, match="CoSafe does not speak “xx”"):
        catalogues.translator_for("xx")
