"""Turn bare ``%n`` counts into ``%Ln`` in the source and in every catalogue alike.

Usage (from the repository, with the venv's Python):
  python scripts/localised_counts.py           # rewrite, then: translations.py update and release

Qt's ``%n`` writes a count as bare digits in every language ("12345"); ``%Ln`` writes it
as the reader's language does ("12.345" in Spanish, "12,345" in English). Every count
CoSafe shows is ``%Ln`` (tests/test_counts_written_in_the_language.py refuses a bare one).
A branch that adds ``Ctx.tr("%n things", "", n)`` can be brought in line with this: it
rewrites every ``%n`` in ``desktop/cosafe`` (``core/i18n.py`` and ``catalogues.py``
excepted: they handle both on purpose) and in every ``resources/translations/*.ts`` — sources,
translations and plural forms together, so each translation still matches its source
and ``translations.py update`` keeps it. ``%Ln`` itself is left alone (it does not
contain ``%n``), so running it twice changes nothing.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HANDLES_BOTH = {ROOT / "desktop" / "cosafe" / "core" / "i18n.py", ROOT / "desktop" / "cosafe" / "catalogues.py"}


def rewrite(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    count = text.count("%n")
    if count:
        path.write_text(text.replace("%n", "%Ln"), encoding="utf-8")
    return count


def main() -> None:
    for path in sorted((ROOT / "desktop" / "cosafe").rglob("*.py")):
        if path not in HANDLES_BOTH and (count := rewrite(path)):
            print(f"{path.relative_to(ROOT)}: {count}")
    for path in sorted((ROOT / "resources" / "translations").glob("cosafe_*.ts")):
        if count := rewrite(path):
            print(f"{path.relative_to(ROOT)}: {count}")


if __name__ == "__main__":
    main()
