"""Keep CoSafe's translation catalogue in step with the source: Qt's own tools, no home-made parser.

Usage (from the repository, with the venv's Python):
  python scripts/translations.py update    # pyside6-lupdate: new and changed strings into resources/translations/*.ts
  python scripts/translations.py release   # pyside6-lrelease: every .ts compiled to the .qm shipped in the package

``update`` reads every ``.py`` file under ``desktop/cosafe`` and merges its strings into
``cosafe_<language>.ts`` for each language CoSafe ships (``core.i18n.LANGUAGES``),
keeping what translators wrote; strings no longer in the source are dropped. English
gets a plural-only file (``cosafe_en.ts``: "1 pin" and "2 pins" from "%Ln pins").
``release`` writes ``cosafe_<language>.qm`` beside each ``.ts``; the compiled files are
committed (lrelease writes the same bytes for the same ``.ts``), and the test suite
checks they match their ``.ts``, so a wheel always carries a current catalogue.
Translators edit the ``.ts`` files with Qt Linguist (``pyside6-linguist``): see
docs/TRANSLATING.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "desktop" / "cosafe"
CATALOGUE = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def languages() -> list[str]:
    sys.path.insert(0, str(ROOT / "desktop"))
    from cosafe.core.i18n import LANGUAGES

    return list(LANGUAGES)


def ts_file(code: str) -> Path:
    return CATALOGUE / f"cosafe_{code}.ts"


def update() -> None:
    CATALOGUE.mkdir(parents=True, exist_ok=True)
    for code in languages():
        command = [str(TOOLS / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                   "-extensions", "py", "-source-language", "en", "-target-language", code, str(SOURCE),
                   "-ts", str(ts_file(code))]
        if code == "en":
            command.insert(1, "-pluralonly")
        subprocess.run(command, check=True)


def release(output: Path = CATALOGUE) -> list[Path]:
    """Compile every catalogue into ``output``; return the ``.qm`` files written."""
    written = []
    for code in languages():
        if ts_file(code).exists():
            target = output / f"cosafe_{code}.qm"
            subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts_file(code)), "-qm", str(target)],
                           check=True)
            written.append(target)
    return written


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        update()
    elif argv[1:] == ["release"]:
        release()
    else:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
