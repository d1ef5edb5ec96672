"""Are two checkouts' OSM imports the same? Row by row, over the basemap tables of each.

Imports FILE with this checkout's ``desktop`` folder and with another's (``--compare
OTHER/desktop``: the code before a change), each through ``cosafe import-basemap`` in its own
process into a fresh project, then compares in fid order every row of ``basemap_points``,
``basemap_lines`` and ``basemap_polygons`` (geometry blob, style class, name, tags JSON), their
R-trees, the tables' extents and the layer records. A change meant to make an import faster
must print IDENTICAL for every file.

Usage: python bench/osm_rows.py FILE... --compare OTHER/desktop   (exit 1 if any file differs)
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from osm_import import _cosafe, _env  # noqa: E402
from real_files import DESKTOP  # noqa: E402

TABLES = ("basemap_points", "basemap_lines", "basemap_polygons")


def imported(path: Path, desktop: Path, project: Path) -> dict[str, list]:
    """What importing ``path`` with ``desktop``'s code stores: rows by part, each in fid order."""
    env = _env(desktop)
    for command in (_cosafe("new", str(project)), _cosafe("import-basemap", str(project), str(path), "--name", "rows")):
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"{desktop}: {path.name}: {done.stderr.strip()}")
    with sqlite3.connect(project) as connection:
        parts = {}
        for table in TABLES:
            parts[table] = connection.execute(f"SELECT fid, geom, style_class, name, tags FROM {table} "
                                              "ORDER BY fid").fetchall()
            parts[f"{table} R-tree"] = connection.execute(f"SELECT * FROM rtree_{table}_geom ORDER BY id").fetchall()
        parts["extents"] = connection.execute("SELECT table_name, min_x, min_y, max_x, max_y FROM gpkg_contents "
                                              "ORDER BY table_name").fetchall()
        parts["layers"] = connection.execute("SELECT name, feature_count, source_format, style_class "
                                             "FROM basemap_layers").fetchall()
    return parts


def compare(path: Path, other: Path, folder: Path) -> bool:
    """Print, part by part, whether both imports of ``path`` stored the same rows; True if all did."""
    ours, theirs = imported(path, DESKTOP, folder / "ours.gpkg"), imported(path, other, folder / "theirs.gpkg")
    print(path.name)
    same = True
    for part, rows in ours.items():
        if rows == theirs[part]:
            print(f"  {part}: {len(rows):,} rows, identical")
            continue
        same = False
        first = next((index for index, (a, b) in enumerate(zip(rows, theirs[part])) if a != b),
                     min(len(rows), len(theirs[part])))
        print(f"  {part}: DIFFERENT ({len(rows):,} rows here, {len(theirs[part]):,} there; "
              f"first difference at row {first})")
    print("  IDENTICAL" if same else "  DIFFERENT")
    return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--compare", type=Path, required=True,
                        help="another checkout's desktop folder (the code before)")
    args = parser.parse_args(argv)
    results = []
    for path in args.files:
        with tempfile.TemporaryDirectory() as temporary:
            results.append(compare(path, args.compare, Path(temporary)))
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
