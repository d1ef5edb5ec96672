"""core.i18n: the Qt-free side of the one catalogue — English until a translator is installed."""

from __future__ import annotations

import pytest

from cosafe.core import i18n


class Plan(i18n.Context):
    pass


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.install(None)


def test_english_source_with_the_count_filled_in():
    assert Plan.tr("Action plan") == "Action plan"
    assert Plan.tr("%n actions", "", 3) == "3 actions"
    assert i18n.translate("Workshops", "%Ln people", None, 1) == "1 person"  # the English catalogue's singular
    assert i18n.translate("Plan", "%n actions", None, 1) == "1 actions"  # no such plural in the catalogue: the source
    assert i18n.QT_TRANSLATE_NOOP("Vocabulary", "Lighting") == "Lighting"


def test_an_installed_translator_gets_context_source_and_count():
    seen = []

    def translator(context, source, disambiguation, n):
        seen.append((context, source, disambiguation, n))
        return {"Action plan": "Plan de acción"}.get(source, i18n.fill_count(source, n))

    i18n.install(translator)
    assert Plan.tr("Action plan") == "Plan de acción"
    assert Plan.tr("%n actions", "", 2) == "2 actions"
    assert seen == [("Plan", "Action plan", None, -1), ("Plan", "%n actions", "", 2)]
    i18n.install(None)
    assert Plan.tr("Action plan") == "Action plan"


def test_placeholders_in_any_order():
    assert i18n.arg("%1 of %2", 3, 8) == "3 of 8"
    assert i18n.arg("%2 : %1", "a", "b") == "b : a"  # a translator may turn the sentence round
    assert i18n.arg("%1 and %3", "x") == "x and %3"  # a missing value stays visible, never an IndexError


def _speaks(word):
    return lambda context, source, disambiguation, n: word


def test_speaking_overrides_what_is_installed_for_the_block_only():
    i18n.install(_speaks("es"), "es")
    assert (i18n.language(), Plan.tr("Action plan")) == ("es", "es")
    with i18n.speaking("pt", _speaks("pt")):
        assert (i18n.language(), Plan.tr("Action plan"), i18n.translate("Plan", "x")) == ("pt", "pt", "pt")
        with i18n.speaking("ar", _speaks("ar")):
            assert i18n.language() == "ar"
        assert i18n.language() == "pt"
    assert (i18n.language(), Plan.tr("Action plan")) == ("es", "es")
    i18n.install(None, "es")  # no translator: English, whatever code is given
    assert i18n.language() == "en"


def test_speaking_in_a_worker_thread_leaves_the_other_threads_words_alone():
    import threading

    inside, outside = threading.Event(), threading.Event()
    heard = {}

    def worker():
        with i18n.speaking("pt", _speaks("pt")):
            inside.set()
            outside.wait(5)
            heard["worker"] = Plan.tr("Action plan")

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    heard["main"] = (i18n.language(), Plan.tr("Action plan"))
    outside.set()
    thread.join(5)
    assert heard == {"main": ("en", "Action plan"), "worker": "pt"}
