"""`cosafe --language xx`: every message of the run in that language; the environment's by default."""

from __future__ import annotations

import pytest

from cosafe.cli.language import environment_language, take_languages, use_language
from cosafe.cli.main import main
from cosafe.bundled import bundled_file
from cosafe.core import i18n
from cosafe.core.i18n import arg


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.install(None)


def test_the_option_is_taken_from_anywhere():
    assert take_languages(["info", "p.gpkg", "--language", "es"]) == ("es", None, ["info", "p.gpkg"])
    assert take_languages(["--language=ar", "stats", "p.gpkg"]) == ("ar", None, ["stats", "p.gpkg"])
    assert take_languages(["info", "p.gpkg"]) == (None, None, ["info", "p.gpkg"])
    with pytest.raises(ValueError, match="needs a language code"):
        take_languages(["info", "--language"])


@pytest.mark.parametrize("environ, language", [
    ({"LANG": "es_ES.UTF-8"}, "es"), ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANGUAGE": "de:fr", "LANG": "de_DE.UTF-8"}, "fr"), ({"LC_ALL": "sw_KE.UTF-8", "LANG": "en_GB.UTF-8"}, "sw"),
    ({}, "en"),
])
def test_the_environment_names_the_default(environ, language):
    assert environment_language(environ) == language


def test_an_unknown_language_is_one_line_and_a_usage_error(capsys, tmp_path):
    assert main(["--language", "xx", "info", str(tmp_path / "p.gpkg")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not speak “xx”" in err and "es (Español)" in err
    assert main(["info", "--language"]) == 2
    assert "needs a language code" in capsys.readouterr().err


def test_a_language_routes_messages_through_its_catalogue_with_english_where_it_has_none(capsys, tmp_path):
    from PySide6.QtCore import QTranslator

    swahili = QTranslator()
    assert swahili.load("cosafe_sw", str(bundled_file("translations")))
    created = swahili.translate("Command", "Created %1") or "Created %1"  # whatever the catalogue holds today
    project = tmp_path / "p.gpkg"
    assert main(["--language", "sw", "new", str(project), "--name", "Riverside"]) == 0
    assert capsys.readouterr().out == arg(created, project) + "\n"
    # What the catalogue does not hold is English, never blank; English counts keep their forms.
    assert i18n.translate("NoSuchContext", "Not in the catalogue") == "Not in the catalogue"
    assert i18n.translate("NoSuchContext", "%n things", None, 1) == "1 things"
    use_language("en")
    assert i18n.translate("Workshops", "%Ln people", None, 1) == "1 person"
    assert i18n.translate("Workshops", "%Ln people", None, 2) == "2 people"
