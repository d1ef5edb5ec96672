"""Real files: CoSafe's import beside `ogr2ogr -f GPKG`, file by file, with counts, times, memory and outcomes.

For every file given (or found in a folder given), in the same run and N times each:
- CoSafe the way a person runs it: ``python -m cosafe import-basemap PROJECT FILE`` into a
  fresh project made by ``python -m cosafe new`` (not timed), and for a CSV that looks like
  incident data (a date, crime, offence, incident or category column, also named in Spanish or
  Portuguese: fecha, data, hora, delito, ocorrência, rubrica) also
  ``python -m cosafe import-incidents PROJECT FILE``;
- GDAL: ``ogr2ogr -f GPKG OUT.gpkg FILE`` (a CSV gets the same longitude/latitude column
  names CoSafe gives GDAL, so both read the same points).
Each run is one child process, timed on the wall clock from its start to its end, its peak
memory the child's maximum resident set (``os.wait4``). Printed per file: size, GDAL's
driver, layers, features per layer (CoSafe's stored count beside the count of features
with a geometry in ogr2ogr's output), median times, their ratio, peak memory and CoSafe's
outcome: ok, refused (with its one line), or TRACEBACK — a traceback is a defect, always.
Each successful basemap import is then read back for what counts cannot show (``content_checks``):
'NaT' kept as a date, UTF-8 read as a one-byte encoding, lines or polygons styled as point
symbols, features without a name, names with surrounding blanks. A summary follows: ok /
refused / wrong counts / tracebacks, the median time ratio, and the imports with each content problem.

Counts: CoSafe stores a GeometryCollection as its parts, so it may count more; an OSM file
keeps only the features CoSafe draws (classified by their tags), so its count is shown but
not compared; of a GPX file only the waypoints, routes and tracks are compared (GDAL's
route_points/track_points repeat them vertex by vertex).

A folder may hold MANIFEST.tsv (file, source, licence, note; tab-separated, # comments):
each file's origin is printed beside it. Nothing here uses the network.

Usage: python bench/real_files.py FOLDER_OR_FILE... [--runs N] [--json OUT] [--timeout S]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "desktop"
TITLE = "bench"  # --name given to CoSafe, so stored layers are "bench" or "bench – SOURCE LAYER"
LAYER_DASH = " – "
# A layer of mixed shapes is stored as a layer per kind, "NAME — points" / "— lines" / "— areas"
# (io/basemap_import.py, in English as the bench runs CoSafe): counted together as the source layer.
KIND_SUFFIX = re.compile(r" — (points|lines|areas)$")
# The longitude/latitude column names CoSafe gives GDAL for a CSV (io/vector_source.py); ogr2ogr gets the same.
CSV_X_NAMES = "lon*,lng*,long*,x,easting,*_lon,*_lng,*_long,*_longitude"
CSV_Y_NAMES = "lat*,y,northing,*_lat,*_latitude"
GPX_LAYERS = ("waypoints", "routes", "tracks")
OSM_LAYERS = ("points", "lines", "multipolygons")
INCIDENT_WORDS = re.compile(r"date|time|crime|offen[cs]e|incident|categor|primary.?type|descr|"
                            r"fecha|data|hora|delit|ocorr|rubrica|homicid", re.IGNORECASE)
# Files that are parts of another (a shapefile's sidecars) or not data at all.
SIDECARS = {".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".xml", ".qmd", ".qpj", ".tsv", ".md", ".txt", ".json.gz",
            ".xsd", ".gfs",  # a GML's schema, read with it
            ".mid", ".dat", ".id", ".map", ".ind"}  # a MapInfo file's companions (MIF: .mid; TAB: the rest)


@dataclass
class Run:
    """One child process: wall seconds, peak resident memory in MB, exit code, what it printed."""

    seconds: float
    peak_mb: float
    code: int
    stdout: str = ""
    stderr: str = ""


@dataclass
class Result:
    """One file through one CoSafe command, beside ogr2ogr on the same file."""

    file: str
    size_mb: float
    command: str  # "import-basemap" or "import-incidents"
    driver: str = ""
    source: str = ""
    licence: str = ""
    note: str = ""  # from the manifest: what the file is, what is special about it
    outcome: str = ""  # ok | wrong count | refused | TRACEBACK | crash | timeout
    message: str = ""  # CoSafe's one line (refused), or the traceback's last line
    cosafe_s: float | None = None
    gdal_s: float | None = None
    ratio: float | None = None
    cosafe_mb: float | None = None
    gdal_mb: float | None = None
    gdal_outcome: str = ""  # ok, or "failed: LINE"
    cosafe_counts: dict[str, int] = field(default_factory=dict)  # source layer -> features stored
    gdal_counts: dict[str, int] = field(default_factory=dict)  # source layer -> features with geometry
    count_note: str = ""  # how the counts compare
    content: dict[str, str] = field(default_factory=dict)  # what the stored features show that counts cannot


def run_child(command: list[str], timeout: float, env: dict[str, str] | None = None) -> Run:
    """Run ``command``; its wall time and its own peak memory (not this process's)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, text=True)
        deadline = start + timeout
        timed_out = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                timed_out = True
                break
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        process.returncode = -9 if timed_out else os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        return Run(seconds, usage.ru_maxrss / 1024, process.returncode, out.read(), err.read())


def cosafe_command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "cosafe", "--language", "en", *arguments]


def cosafe_env() -> dict[str, str]:
    """This checkout's CoSafe, English messages, no settings of the person running the bench."""
    env = dict(os.environ, PYTHONPATH=str(DESKTOP), LANGUAGE="en", LC_ALL="C.UTF-8")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed CoSafe starts from compiled bytecode
    return env


def is_csv(path: Path) -> bool:
    return path.suffix.lower() in (".csv", ".tsv", ".txt")


def looks_like_incidents(path: Path, note: str = "") -> bool:
    """A CSV whose first line names a date, crime, offence, incident or category column, or whose
    manifest note starts with "incidents"."""
    if not is_csv(path):
        return False
    if note.lower().startswith("incidents"):
        return True
    with open(path, "rb") as handle:
        head = handle.read(4096).decode("utf-8", "replace")
    first = re.split(r"[\r\n]", head, maxsplit=1)[0]
    return bool(INCIDENT_WORDS.search(first))


def gdal_name(path: Path) -> str:
    """How GDAL's tools are given ``path``: a zipped shapefile through /vsizip/, as CoSafe opens it."""
    return f"/vsizip/{path}" if path.suffix.lower() == ".zip" else str(path)


def gdal_driver(path: Path) -> str:
    """The GDAL driver `ogrinfo` opens ``path`` with, or "" when it cannot."""
    options = ["-oo", "WRITE_GFS=NO"] if path.suffix.lower() == ".gml" else []
    done = subprocess.run(["ogrinfo", "-ro", "-so", *options, gdal_name(path)], capture_output=True, text=True,
                          timeout=120)
    match = re.search(r"using driver `([^']+)'", done.stdout)
    return match.group(1) if match else ""


def ogr2ogr_command(path: Path, target: Path) -> list[str]:
    command = ["ogr2ogr", "-f", "GPKG", str(target), gdal_name(path)]
    if path.suffix.lower() == ".gml":
        command += ["-oo", "WRITE_GFS=NO"]  # as CoSafe: no .gfs written beside the file read
    if is_csv(path):
        command += ["-oo", f"X_POSSIBLE_NAMES={CSV_X_NAMES}", "-oo", f"Y_POSSIBLE_NAMES={CSV_Y_NAMES}"]
    return command


def _empty_geometry(blob: bytes | None) -> int:
    """1 when a GeoPackage geometry blob is NULL or flagged empty (bit 4 of its flags byte)."""
    return 1 if blob is None or len(blob) < 8 or blob[3] & 0x10 else 0


def gpkg_counts(path: Path, with_geometry: bool = True) -> dict[str, int]:
    """Rows per table of a GeoPackage ogr2ogr wrote; only rows with a non-empty geometry if asked."""
    counts: dict[str, int] = {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        connection.create_function("is_empty_geometry", 1, _empty_geometry, deterministic=True)
        tables = connection.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall()
        columns = dict(connection.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchall())
        for table, data_type in tables:
            sql = f'SELECT count(*) FROM "{table}"'
            if with_geometry:
                if data_type != "features" or table not in columns:
                    continue
                sql += f' WHERE NOT is_empty_geometry("{columns[table]}")'
            counts[table] = connection.execute(sql).fetchone()[0]
    return counts


def project_counts(project: Path, incidents: bool) -> dict[str, int]:
    """Features CoSafe stored per source layer (from the layer names it gave), or its incident count."""
    with sqlite3.connect(f"file:{project}?mode=ro", uri=True) as connection:
        if incidents:
            return {"incidents": connection.execute("SELECT count(*) FROM incidents").fetchone()[0]}
        counts: dict[str, int] = {}
        for table in ("basemap_points", "basemap_lines", "basemap_polygons"):
            for name, count in connection.execute(
                    f"SELECT l.name, count(*) FROM {table} f JOIN basemap_layers l ON l.uuid = f.layer_uuid "
                    "GROUP BY l.name"):
                layer = KIND_SUFFIX.sub("", name)
                layer = layer.split(LAYER_DASH, 1)[1] if LAYER_DASH in layer else layer
                counts[layer] = counts.get(layer, 0) + count
    return counts


# UTF-8 read as Windows-1252/Latin-1: "é" becomes "Ã©", "’" becomes "â€™".
MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf]|â€")
POINT_SYMBOLS = ("poi", "transport", "lamp")  # style classes drawn as a symbol at a point


def _garbled(text: str | None) -> int:
    return 1 if text and MOJIBAKE.search(text) else 0


def content_checks(project: Path) -> dict[str, str]:
    """What the stored basemap features show that counts cannot, each as "N of M" (only the problems found).

    nat: attributes holding the text 'NaT' (an empty date written out); garbled: a name or attribute
    with UTF-8 read as a one-byte encoding; point_symbols: lines or polygons styled as a point
    symbol (a point of interest); unnamed: features without a name; padded: names with surrounding
    spaces or line breaks.
    """
    found: dict[str, str] = {}
    with sqlite3.connect(f"file:{project}?mode=ro", uri=True) as connection:
        connection.create_function("garbled", 1, _garbled, deterministic=True)
        totals = {"all": 0, "nat": 0, "garbled": 0, "unnamed": 0, "padded": 0, "shapes": 0, "point_symbols": 0}
        symbols = ", ".join(f"'{style}'" for style in POINT_SYMBOLS)
        blank = "' ' || char(9) || char(10) || char(13)"
        for table in ("basemap_points", "basemap_lines", "basemap_polygons"):
            row = connection.execute(
                f"SELECT count(*), coalesce(sum(tags LIKE '%\"NaT\"%'), 0), "
                f"coalesce(sum(garbled(coalesce(name, '') || tags)), 0), "
                f"coalesce(sum(coalesce(trim(name, {blank}), '') = ''), 0), "
                f"coalesce(sum(name <> trim(name, {blank})), 0), "
                f"coalesce(sum(style_class IN ({symbols})), 0) FROM {table}").fetchone()
            for key, value in zip(("all", "nat", "garbled", "unnamed", "padded"), row):
                totals[key] += value
            if table != "basemap_points":
                totals["shapes"] += row[0]
                totals["point_symbols"] += row[5]
    for key in ("nat", "garbled", "unnamed", "padded"):
        if totals[key]:
            found[key] = f"{totals[key]} of {totals['all']}"
    if totals["point_symbols"]:
        found["point_symbols"] = f"{totals['point_symbols']} of {totals['shapes']}"
    return found


CONTENT_WORDS = {"nat": "'NaT' kept as a date", "garbled": "garbled text (UTF-8 read as a one-byte encoding)",
                 "point_symbols": "lines/polygons drawn as point symbols", "unnamed": "without a name",
                 "padded": "names with surrounding blanks"}


def compare_counts(result: Result) -> None:
    """Set ``count_note`` and turn an ok into "wrong count" when CoSafe stored another number of features."""
    ours, theirs = result.cosafe_counts, dict(result.gdal_counts)
    if result.driver == "OSM":
        theirs = {layer: theirs.get(layer, 0) for layer in OSM_LAYERS}
        kept, total = sum(ours.values()), sum(theirs.values())
        result.count_note = f"kept {kept} of GDAL's {total} (OSM: only the features CoSafe draws)"
        return
    if result.driver == "GPX":
        theirs = {layer: count for layer, count in theirs.items() if layer in GPX_LAYERS}
    if result.command == "import-incidents":
        theirs = {"incidents": sum(theirs.values())}
    elif set(ours) == {TITLE} and len(theirs) == 1:  # one layer: CoSafe names it after the file
        ours = result.cosafe_counts = {next(iter(theirs)): ours[TITLE]}
    differences = []
    for layer in sorted(set(ours) | set(theirs)):
        mine, gdal = ours.get(layer, 0), theirs.get(layer, 0)
        if mine != gdal:
            differences.append(f"{layer}: {mine} vs {gdal}")
    if not differences:
        result.count_note = f"same ({sum(theirs.values())})"
        return
    fewer = sum(ours.values()) < sum(theirs.values())
    result.count_note = ("FEWER " if fewer else "MORE ") + "; ".join(differences)
    if result.outcome == "ok":
        result.outcome = "wrong count"


def classify(run: Run) -> tuple[str, str]:
    """CoSafe's outcome and its line: a traceback anywhere is a defect, whatever the exit code."""
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    if "Traceback (most recent call last)" in run.stderr:
        return "TRACEBACK", lines[-1] if lines else ""
    if run.code == -9:
        return "timeout", ""
    if run.code == 0:
        return "ok", ""
    if run.code == 1 and len(lines) == 1:
        return "refused", lines[0]
    return "crash", f"exit {run.code}: " + (lines[-1] if lines else "")


def measure(path: Path, command: str, runs: int, timeout: float, folder: Path) -> Result:
    """``runs`` alternating runs of CoSafe's ``command`` and ogr2ogr on ``path``; medians and the last counts."""
    env = cosafe_env()
    result = Result(file=path.name, size_mb=path.stat().st_size / 1e6, command=command, driver=gdal_driver(path))
    ours: list[Run] = []
    gdal: list[Run] = []
    project = folder / "project.gpkg"
    target = folder / "ogr.gpkg"
    for _ in range(runs):
        project.unlink(missing_ok=True)
        made = subprocess.run(cosafe_command("new", str(project), "--name", "bench"), env=env, capture_output=True,
                              text=True, timeout=120)
        if made.returncode:
            raise SystemExit(f"cosafe new failed: {made.stderr.strip()}")
        extra = ["--name", TITLE] if command == "import-basemap" else []
        ours.append(run_child(cosafe_command(command, str(project), str(path), *extra), timeout, env))
        target.unlink(missing_ok=True)
        gdal.append(run_child(ogr2ogr_command(path, target), timeout))
    result.outcome, result.message = classify(ours[-1])
    result.cosafe_s = statistics.median(run.seconds for run in ours)
    result.cosafe_mb = max(run.peak_mb for run in ours)
    result.gdal_s = statistics.median(run.seconds for run in gdal)
    result.gdal_mb = max(run.peak_mb for run in gdal)
    result.ratio = result.cosafe_s / result.gdal_s if result.gdal_s else None
    gdal_lines = [line for line in gdal[-1].stderr.splitlines() if line.startswith("ERROR")]
    if gdal[-1].code or not target.exists():
        result.gdal_outcome = "failed: " + (gdal_lines[-1] if gdal_lines else f"exit {gdal[-1].code}")
    else:
        result.gdal_outcome = "ok" + (f" ({len(gdal_lines)} errors)" if gdal_lines else "")
        result.gdal_counts = gpkg_counts(target, with_geometry=command == "import-basemap")
    if result.outcome == "ok":
        result.cosafe_counts = project_counts(project, incidents=command == "import-incidents")
        if command == "import-basemap":
            result.content = content_checks(project)
    if result.outcome in ("ok",) and result.gdal_outcome.startswith("ok"):
        compare_counts(result)
    return result


def read_manifest(folders: list[Path]) -> dict[str, tuple[str, str, str]]:
    """file name -> (source, licence, note) from each folder's MANIFEST.tsv."""
    manifest: dict[str, tuple[str, str, str]] = {}
    for folder in folders:
        listing = folder / "MANIFEST.tsv"
        if not listing.exists():
            continue
        with open(listing, encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if row and not row[0].startswith("#"):
                    name, source, licence, note = (row + ["", "", "", ""])[:4]
                    manifest[name] = (source, licence, note)
    return manifest


def input_files(arguments: list[Path]) -> tuple[list[Path], list[Path]]:
    """The data files named or found in the folders named (sorted), and the folders."""
    files: list[Path] = []
    folders: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            folders.append(argument)
            files += sorted(path for path in argument.iterdir() if path.is_file() and path.name != "MANIFEST.tsv"
                            and not path.name.startswith(".")
                            and not any(path.name.lower().endswith(suffix) for suffix in SIDECARS))
        elif argument.is_file():
            files.append(argument)
            folders.append(argument.parent)
        else:
            raise SystemExit(f"{argument}: no such file or folder")
    return files, sorted(set(folders))


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def print_result(result: Result) -> None:
    ratio = "-" if result.ratio is None else f"{result.ratio:.2f}"
    print(f"{result.file}  ({result.size_mb:.2f} MB, {result.driver or 'GDAL cannot open it'}, {result.command})")
    if result.source:
        print(f"    from {result.source}  [{result.licence}]" + (f"  {result.note}" if result.note else ""))
    print(f"    CoSafe {_seconds(result.cosafe_s)} s, {result.cosafe_mb:.0f} MB | ogr2ogr {_seconds(result.gdal_s)} s, "
          f"{result.gdal_mb:.0f} MB | ratio {ratio} | ogr2ogr {result.gdal_outcome}")
    if result.cosafe_counts:
        print(f"    layers: CoSafe {len(result.cosafe_counts)}, GDAL {len(result.gdal_counts)}; "
              f"counts {result.count_note or 'not compared'}")
        print(f"    CoSafe {json.dumps(result.cosafe_counts, ensure_ascii=False)}")
    if result.gdal_counts:
        print(f"    GDAL   {json.dumps(result.gdal_counts, ensure_ascii=False)}")
    if result.content:
        print("    content: " + "; ".join(f"{CONTENT_WORDS[key]}: {value}" for key, value in result.content.items()))
    marker = "!!! " if result.outcome in ("TRACEBACK", "crash", "timeout") else ""
    print(f"    {marker}outcome: {result.outcome}" + (f" — {result.message}" if result.message else ""))


def summary(results: list[Result]) -> list[str]:
    """The closing table: outcomes counted, the median time ratio, the tracebacks named."""
    outcomes = ("ok", "wrong count", "refused", "TRACEBACK", "crash", "timeout")
    lines = ["", f"{'outcome':<12} {'count':>5}"]
    for outcome in outcomes:
        lines.append(f"{outcome:<12} {sum(r.outcome == outcome for r in results):>5}")
    ratios = [r.ratio for r in results if r.ratio is not None and r.outcome in ("ok", "wrong count")]
    if ratios:
        lines.append(f"median time ratio CoSafe / ogr2ogr (imported files): {statistics.median(ratios):.2f} "
                     f"(min {min(ratios):.2f}, max {max(ratios):.2f}, {len(ratios)} imports)")
    for key, words in CONTENT_WORDS.items():
        if key == "unnamed":
            continue  # many layers rightly have no names; listed per file
        having = [f"{r.file} ({r.content[key]})" for r in results if key in r.content]
        if having:
            lines.append(f"{words}: {len(having)} imports — " + ", ".join(having))
    for result in results:
        if result.outcome in ("TRACEBACK", "crash", "timeout"):
            lines.append(f"!!! {result.outcome}: {result.file} ({result.command}) — {result.message}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, metavar="FOLDER_OR_FILE")
    parser.add_argument("--runs", type=int, default=1, help="runs of each command per file (median time)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write every result as JSON")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a run is stopped")
    args = parser.parse_args(argv)
    if shutil.which("ogr2ogr") is None or shutil.which("ogrinfo") is None:
        raise SystemExit("ogr2ogr and ogrinfo are needed (scripts/setup.sh installs them)")
    files, folders = input_files(args.paths)
    manifest = read_manifest(folders)
    version = subprocess.run(["ogr2ogr", "--version"], capture_output=True, text=True).stdout.strip()
    print(f"{len(files)} files, {args.runs} run(s) each; {version}; Python {sys.version.split()[0]}; "
          f"{os.cpu_count()} cores")
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as folder:
        for path in files:
            source, licence, note = manifest.get(path.name, ("", "", ""))
            commands = ["import-basemap"] + (["import-incidents"] if looks_like_incidents(path, note) else [])
            for command in commands:
                result = measure(path, command, args.runs, args.timeout, Path(folder))
                result.source, result.licence, result.note = source, licence, note
                results.append(result)
                print_result(result)
    for line in summary(results):
        print(line)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2, ensure_ascii=False), encoding="utf-8")
    return 1 if any(r.outcome in ("TRACEBACK", "crash") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
