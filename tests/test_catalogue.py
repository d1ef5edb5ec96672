"""The translation catalogue is in step with the source, compiled as shipped, and its forms keep their placeholders."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "scripts"))
import translations  # noqa: E402 - the script the catalogue is kept with

CATALOGUE = REPOSITORY / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d|L?n)")  # %Ln: a count, written as the language writes numbers


def messages(ts: Path) -> dict[tuple[str, str, str], ElementTree.Element]:
    root = ElementTree.parse(ts).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or ""):
            message for context in root.iter("context") for message in context.iter("message")}


def test_every_language_has_a_catalogue_that_holds_every_string_of_the_source(tmp_path, monkeypatch):
    monkeypatch.setattr(translations, "CATALOGUE", tmp_path)
    for code in translations.languages():
        shutil.copy(CATALOGUE / f"cosafe_{code}.ts", tmp_path)
    translations.update()  # lupdate over the source now, into copies
    for code in translations.languages():
        fresh, kept = messages(tmp_path / f"cosafe_{code}.ts"), messages(CATALOGUE / f"cosafe_{code}.ts")
        assert fresh.keys() == kept.keys(), (
            f"cosafe_{code}.ts is behind the source: run python scripts/translations.py update "
            f"(new: {sorted(fresh.keys() - kept.keys())[:3]}, gone: {sorted(kept.keys() - fresh.keys())[:3]})")


def test_the_shipped_qm_files_are_the_compiled_catalogues(tmp_path):
    for compiled in translations.release(tmp_path):
        assert compiled.read_bytes() == (CATALOGUE / compiled.name).read_bytes(), (
            f"{compiled.name} is not the compiled {compiled.stem}.ts: run python scripts/translations.py release")


@pytest.mark.parametrize("code", ["en", "es", "fr", "pt", "ar", "sw"])
def test_every_finished_translation_keeps_the_placeholders_of_its_source(code):
    for (context, source, _comment), message in messages(CATALOGUE / f"cosafe_{code}.ts").items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            assert sorted(set(PLACEHOLDER.findall(form))) == wanted, (code, context, source, form)


def test_english_gives_the_singular_of_every_count():
    counts = [m for m in messages(CATALOGUE / "cosafe_en.ts").values() if m.get("numerus") == "yes"]
    assert counts
    for message in counts:
        translation = message.find("translation")
        one, other = [form.text or "" for form in translation.iter("numerusform")]
        assert translation.get("type") != "unfinished" and one and other == message.findtext("source")


@pytest.mark.parametrize("code", ["es", "fr", "pt", "ar", "sw"])
def test_every_language_is_complete(code):
    unfinished = [source for (_context, source, _comment), message in messages(CATALOGUE / f"cosafe_{code}.ts").items()
                  if message.find("translation").get("type") == "unfinished"
                  or not "".join(message.find("translation").itertext()).strip()]
    assert unfinished == [], f"{len(unfinished)} messages of cosafe_{code}.ts are not translated: {unfinished[:5]}"
