"""OSM and small-file import beside `ogr2ogr -f GPKG`, in the same run, alternated, median of N.

For each file given, N rounds; each round runs, in an order that alternates from round to
round, ``ogr2ogr -f GPKG OUT FILE``, ``python -m cosafe import-basemap PROJECT FILE`` into
a fresh project (made by ``cosafe new``, not timed) and, with ``--compare DESKTOP``, the
same command with another checkout's ``desktop`` folder first on ``PYTHONPATH`` (the code
before a change). Each is a child process: wall time from its start to its exit (CoSafe's
start-up included, as a person waits for it), peak memory its own maximum resident set.
Printed per file: size, median wall and CPU times (user + system: steadier than the wall
clock when other work shares the machine) and their ratios to ogr2ogr, peak memory against the
file's size, and the features each CoSafe stored. ``--version`` rounds time
``cosafe --version`` and ``ogr2ogr --version`` the same way (the fixed cost of a start).

Usage: python bench/osm_import.py FILE... [--runs 5] [--compare OTHER/desktop] [--version]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from real_files import DESKTOP  # noqa: E402


@dataclass
class Run:
    seconds: float  # wall clock, start to exit
    cpu: float  # user + system time of the child: steadier than wall time on a shared machine
    peak_mb: float
    code: int
    stderr: str


def run_child(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run ``command``; its wall time, CPU time and its own peak memory (``os.wait4``)."""
    with tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        err.seek(0)
        return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode, err.read())


def _env(desktop: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(desktop), LANGUAGE="en", LC_ALL="C.UTF-8")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed CoSafe starts from compiled bytecode
    return env


def _cosafe(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "cosafe", "--language", "en", *arguments]


def _stored(project: Path) -> int:
    with sqlite3.connect(project) as connection:
        return sum(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                   for table in ("basemap_points", "basemap_lines", "basemap_polygons"))


def measure(path: Path | None, runs: int, sides: dict[str, Path], folder: Path) -> dict[str, list]:
    """{side: [(seconds, peak MB, features stored, CPU seconds)]} for "ogr2ogr" and each CoSafe side."""
    results: dict[str, list] = {name: [] for name in ["ogr2ogr", *sides]}
    names = list(results)
    for round_ in range(runs):
        order = names if round_ % 2 == 0 else names[::-1]
        for name in order:
            if name == "ogr2ogr":
                target = folder / f"ogr{round_}.gpkg"
                command = ["ogr2ogr", "--version"] if path is None else ["ogr2ogr", "-f", "GPKG", str(target), str(path)]
                run = run_child(command)
                target.unlink(missing_ok=True)
                results[name].append((run.seconds, run.peak_mb, None, run.cpu))
                continue
            env = _env(sides[name])
            if path is None:
                run = run_child(_cosafe("--version"), env)
                results[name].append((run.seconds, run.peak_mb, None, run.cpu))
                continue
            project = folder / f"{name}{round_}.gpkg"
            made = run_child(_cosafe("new", str(project)), env)
            if made.code:
                raise SystemExit(f"cosafe new failed: {made.stderr.strip()}")
            run = run_child(_cosafe("import-basemap", str(project), str(path), "--name", "bench"), env)
            if run.code:
                raise SystemExit(f"{name}: {path.name}: {run.stderr.strip()}")
            results[name].append((run.seconds, run.peak_mb, _stored(project), run.cpu))
            project.unlink()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, help="another checkout's desktop folder (the code before)")
    parser.add_argument("--version", action="store_true", help="also time `--version` of both tools")
    args = parser.parse_args(argv)
    sides = {"cosafe": DESKTOP}
    if args.compare:
        sides["before"] = args.compare
    targets: list[Path | None] = ([None] if args.version else []) + list(args.files)
    print(f"{len(targets)} measures, {args.runs} rounds each, alternated; medians")
    with tempfile.TemporaryDirectory() as temporary:
        for path in targets:
            results = measure(path, args.runs, sides, Path(temporary))
            reference = statistics.median(row[0] for row in results["ogr2ogr"])
            cpu_reference = statistics.median(row[3] for row in results["ogr2ogr"])
            if path is None:
                print("--version")
            else:
                print(f"{path.name}  {os.path.getsize(path) / 1e6:.2f} MB")
            for name, rows in results.items():
                seconds = statistics.median(row[0] for row in rows)
                peak = max(row[1] for row in rows)
                stored = rows[-1][2]
                cpu = statistics.median(row[3] for row in rows)
                print(f"  {name:8} {seconds:7.3f} s  ×{seconds / reference:5.2f}  CPU {cpu:6.3f} s  "
                      f"×{cpu / cpu_reference:5.2f}  peak {peak:6.0f} MB"
                      + (f"  ({peak / (os.path.getsize(path) / 2**20):.1f}× the file)" if path else "")
                      + (f"  {stored:,} features" if stored is not None else "")
                      + f"  [{min(row[0] for row in rows):.3f}–{max(row[0] for row in rows):.3f} s]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
