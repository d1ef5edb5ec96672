"""Startup benchmark: process start to the main window shown with the sample project.

Runs ``python -m cosafe SAMPLE`` with COSAFE_EXIT_AFTER_SHOWN=1 (the app prints a
line starting with "shown" once its window is painted, then quits) and, for
comparison, a bare PySide6 window doing the same. Times are wall-clock from
launching the process to reading that line, median of N runs.

With ``--compare OTHER`` (another checkout's ``desktop`` folder, e.g. the code
before a change) both are started alternately, run by run, so a noisy machine
weighs on both alike; the median ratio of the pairs (this / other) is printed too.
Each opens its own checkout's sample (an older CoSafe refuses a file of a newer schema).

Usage: python bench/startup.py [--runs N] [--platform offscreen|xcb] [--compare OTHER/desktop]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_projects" / "riverside.gpkg"

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
def done():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def time_until_shown(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command[:3]} never showed a window: {process.stderr.read() if process.stderr else ''}")
    process.wait(timeout=30)
    return elapsed


def sample_of(tree: Path) -> Path:
    """The sample of the checkout whose ``desktop`` folder is ``tree``: an older CoSafe refuses a newer file."""
    own = tree.parent / "sample_projects" / "riverside.gpkg"
    return own if own.exists() else SAMPLE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--compare", type=Path, metavar="OTHER/desktop",
                        help="another checkout's desktop folder, started alternately with this one")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, COSAFE_EXIT_AFTER_SHOWN="1")
    env.pop("PYTHONPATH", None)
    # An installed CoSafe starts from compiled bytecode (pip writes it); without it every
    # start compiles each module from source, which weighs on the figure by module count.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app: list[float] = []
    other: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "sample.gpkg"
        env["XDG_CONFIG_HOME"] = folder  # fresh settings: no remembered layout or recent files
        command = [sys.executable, "-m", "cosafe", str(project)]
        trees = [ROOT / "desktop", *([args.compare.resolve()] if args.compare is not None else [])]
        for tree in trees:  # a first start writes the bytecode; it is not counted
            shutil.copy(sample_of(tree), project)
            time_until_shown(command, dict(env, PYTHONPATH=str(tree)))
        for _ in range(args.runs):
            if args.compare is not None:
                shutil.copy(sample_of(args.compare.resolve()), project)
                other.append(time_until_shown(command, dict(env, PYTHONPATH=str(args.compare.resolve()))))
            shutil.copy(SAMPLE, project)
            app.append(time_until_shown(command, dict(env, PYTHONPATH=str(ROOT / "desktop"))))
    bare = [time_until_shown([sys.executable, "-c", BARE_WINDOW], env) for _ in range(args.runs)]
    print(f"platform: {args.platform}, runs: {args.runs}, cores: {os.cpu_count()}")
    print(f"bare PySide6 window:           median {statistics.median(bare):.3f} s  (min {min(bare):.3f}, max {max(bare):.3f})")
    print(f"CoSafe with the sample project: median {statistics.median(app):.3f} s  (min {min(app):.3f}, max {max(app):.3f})")
    if other:
        print(f"{args.compare} (compared):  median {statistics.median(other):.3f} s  "
              f"(min {min(other):.3f}, max {max(other):.3f})")
        ratio = statistics.median(a / b for a, b in zip(app, other))
        print(f"this / compared, median of the {len(other)} pairs: {ratio:.3f}")
    print("budget: 1.5 s")


if __name__ == "__main__":
    main()
