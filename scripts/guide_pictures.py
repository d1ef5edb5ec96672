"""Make the Workshop Guide's two pictures in one or more languages, from the sample project.

Usage: python scripts/guide_pictures.py [xx ...]   (default: every language CoSafe ships)

For each language: writes the sample project (in that language when ``cosafe sample``
offers ``--language``), shoots the window and presentation mode with
``scripts/screenshot.py --language xx`` on a 1280×800 screen under Xvfb, scales each to
the guide's 760 pixels and keeps 128 colours (Pillow), or fewer when that is what keeps
the picture under the guide's 150 KB. English's go to ``resources/guide/``, another language's to
``resources/guide/<xx>/``, under the names its page refers to. Look at them before
committing them.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

from cosafe.core.i18n import LANGUAGES, check_language

ROOT = Path(__file__).resolve().parents[1]
SCREEN = "1280x800"
WIDTH = 760
COLOURS = (128, 112, 96, 80)  # the first that fits LIMIT
LIMIT = 150_000
PICTURES = {"window.png": [], "presentation.png": ["--present"]}


def folder_for(code: str) -> Path:
    guide = ROOT / "resources" / "guide"
    return guide if code == "en" else guide / code


def write_sample(code: str, path: Path) -> None:
    cosafe = [sys.executable, "-m", "cosafe"]
    sample_help = subprocess.run([*cosafe, "sample", "--help"], capture_output=True, text=True, check=True).stdout
    language = ["--language", code] if "--language" in sample_help else []
    subprocess.run([*cosafe, "sample", str(path), "--force", *language], check=True, capture_output=True)


def shoot(code: str, project: Path, name: str, options: list[str], work: Path) -> Path:
    raw = work / f"{code}-{name}"
    subprocess.run(["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}x24", sys.executable,
                    str(ROOT / "scripts" / "screenshot.py"), str(project), str(raw), "--size", SCREEN,
                    "--language", code, "--delay", "2.5", *options], check=True)
    picture = Image.open(raw).convert("RGB")
    height = round(picture.height * WIDTH / picture.width)
    small = picture.resize((WIDTH, height), Image.Resampling.LANCZOS)
    out = folder_for(code) / name
    out.parent.mkdir(parents=True, exist_ok=True)
    for colours in COLOURS:
        small.quantize(colors=colours).save(out, optimize=True)
        if out.stat().st_size <= LIMIT:
            break
    return out


def main() -> int:
    codes = [check_language(code) for code in sys.argv[1:]] or list(LANGUAGES)
    with tempfile.TemporaryDirectory(prefix="cosafe-guide-") as temporary:
        work = Path(temporary)
        for code in codes:
            project = work / f"sample-{code}.gpkg"
            write_sample(code, project)
            for name, options in PICTURES.items():
                out = shoot(code, project, name, options, work)
                print(f"{out.relative_to(ROOT)}: {out.stat().st_size // 1000} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
