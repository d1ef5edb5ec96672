"""The ``cosafe`` command: the GUI by default, subcommands for headless work.

Exit codes: 0 success, 1 a clear error (one line on stderr), 2 usage error.
Subcommands never import Qt, so they run on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from cosafe import APP_NAME, __version__

from cosafe.cli import backups as cli_backups, merge as cli_merge, room as cli_room, sheets as cli_sheets
from cosafe.cli.argparse_words import speak_argparse
from cosafe.cli.drawing import drawing_application
from cosafe.cli.errors import CommandError, add_report_language_option
from cosafe.cli.language import OPTION as LANGUAGE_OPTION, check_language, environment_language, take_languages, use_language
from cosafe.cli.terminal import clean_output
from cosafe.cli.words import Command, CommandHelp
from cosafe.core.file_errors import os_reason
from cosafe.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, arg, language as messages_language, translate
from cosafe.store.errors import NotAProjectError, ProjectError

if TYPE_CHECKING:
    from cosafe.core.records import BasemapLayer
    from cosafe.io.vector_source import VectorSource
    from cosafe.store.project_store import ProjectStore

# numpy's OpenBLAS starts a busy-waiting thread per core when it loads; CoSafe's arrays are
# elementwise work (no large matrix products), so those threads only burn CPU: an import of a
# 1.5 MB shapefile spent a quarter of its CPU time in them. Set before anything loads numpy;
# a value the person set in the environment wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# Commands that write words for readers (the plan; a map's legend): a --language after their
# name is the language of what they write (else the project's report language, else the
# messages'), not the messages'.
REPORT_COMMANDS = frozenset({"export-plan", "render", "print-sheets"})


def _cmd_new(args: argparse.Namespace) -> int:
    from cosafe.io.vector_source import VectorSource
    from cosafe.store.project_store import ProjectStore

    with ProjectStore.create(args.path, name=args.name or _default_name(args.path), place=args.place or "") as store:
        print(arg(Command.tr("Created %1"), store.path))
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from cosafe.core.currency import currency_label
    from cosafe.store.project_store import ProjectStore, count_label

    with ProjectStore.open(args.path, read_only=True) as store:
        meta = store.meta()
        counts = store.counts()
        schema_version, threshold, currency = store.schema_version, store.suppression_threshold, store.currency
        report_language = store.report_language
    info = {
        "path": os.path.abspath(args.path),
        "name": meta.get("name") or "",
        "place": meta.get("place") or "",
        "description": meta.get("description") or "",
        "created_at": meta.get("created_at"),
        "updated_at": meta.get("updated_at"),
        "schema_version": schema_version,
        "suppression_threshold": threshold,
        "currency": currency,  # ISO 4217 code of the costs, "" when not set
        "report_language": report_language,  # the plan's language code, "" when not set (the exporter's)
        "counts": counts,
        "backups": cli_backups.backup_json(args.path),
    }
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{info['name']}  ({info['place']})" if info["place"]
          else arg(Command.tr("%1  (no place set)", "a project without a place"), info["name"]))
    labels = {"file": Command.tr("file:"), "created": Command.tr("created:"), "format": Command.tr("format:"),
              "costs": Command.tr("costs:"), "report": Command.tr("plan language:")}
    label_width = max(len(label) for label in [*labels.values(), cli_backups.backups_label()]) + 2
    lines = [
        ("file", info["path"]),
        ("created", arg(Command.tr("%1   updated: %2", "when the project was created, and last changed"),
                        info["created_at"], info["updated_at"])),
        ("format", arg(Command.tr("CoSafe project format %1; small cells below %2 suppressed"),
                       info["schema_version"], info["suppression_threshold"])),
        ("costs", currency_label(currency) if currency else Command.tr("plain numbers (no currency set)")),
        ("report", arg(Command.tr("%1 (%2)", "a language's name and code: “Português (pt)”"),
                       LANGUAGES[report_language], report_language) if report_language
         else Command.tr("not set: the language of whoever exports it")),
    ]
    for key, value in lines:
        print(cli_backups.info_line(labels[key], value, label_width))
    width = max(len(count_label(t)) for t in counts)
    for table, count in counts.items():
        print(f"  {count_label(table):<{width}}  {count:>7}")
    for line in cli_backups.backup_lines(args.path, label_width):
        print(line)
    return EXIT_OK


def _cmd_remove_traces(args: argparse.Namespace) -> int:
    from cosafe.io.image_cleaning import clean_stored_image, describe

    before = os.path.getsize(args.path) if os.path.isfile(args.path) else 0
    # The images are cleaned by remove_traces itself, every one of them, and counted there.
    with cli_backups.open_for_writing(args.path, clean_images=False) as store:
        cleaning = store.remove_traces(clean_stored_image)
    after = os.path.getsize(args.path)
    print(arg(Command.tr("Removed the traces of deleted records from %1 (%2 MB → %3 MB)"),
              os.path.basename(args.path), _fixed(before / 1e6), _fixed(after / 1e6)))
    print(describe(cleaning))
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from cosafe.io.vector_source import VectorSource
    from cosafe.store.project_store import ProjectStore

    with ProjectStore.open(args.path, read_only=True) as store:
        problems = store.check()
        schema_version = store.schema_version
    name = os.path.basename(args.path)
    if problems:
        for problem in problems:
            print(f"{name}: {problem}")
        print(arg(Command.tr("%1: %Ln problems found", "", len(problems)), name), file=sys.stderr)
        return EXIT_ERROR
    print(arg(Command.tr("%1: SQLite integrity ok; GeoPackage structure ok; records ok; project format %2 (current)"),
              name, schema_version))
    return EXIT_OK


def _cmd_sample(args: argparse.Namespace) -> int:
    from cosafe.io.samples.project import write_sample_project

    if os.path.exists(args.path) and not args.force:
        raise CommandError(arg(Command.tr("%1 already exists (use --force to replace it)"),
                               os.path.basename(args.path)))
    try:
        write_sample_project(args.path)
    except OSError as error:  # a folder that is not there, or not writable: one line, not a traceback
        raise CommandError(arg(Command.tr("The sample project was not written: %1"), os_reason(error))) from None
    print(arg(Command.tr("Wrote the sample project to %1"), os.path.abspath(args.path)))
    return EXIT_OK


def _cmd_import_basemap(args: argparse.Namespace) -> int:
    from cosafe.io.basemap_import import ImportNotes, import_vector_basemap, notes_lines, source_kind
    from cosafe.io.vector_source import open_vector_source

    kind = source_kind(args.file)
    if kind == "image" and args.crs and not args.control_point:
        from cosafe.io.raster_import import is_georeferenced

        if is_georeferenced(args.file, crs_given=True):
            kind = "georeferenced"  # a geotransform (a world file) without a CRS: --crs says which
    if kind == "georeferenced" and args.control_point:
        kind = "image"  # the control points given win over the picture's own georeferencing
    if kind == "image" and not args.control_point:
        raise CommandError(arg(Command.tr("%1 is a picture without georeferencing: place it with at least three "
                                          "--control-point COLUMN,ROW,LON,LAT (or with File › Import Basemap in the "
                                          "app)"), os.path.basename(args.file)))
    if args.list_layers:
        return _list_layers(args.file)
    notes = ImportNotes()
    with cli_backups.open_for_writing(args.project) as store:
        if kind == "tiles":
            from cosafe.io.mbtiles_import import import_mbtiles

            layers = [import_mbtiles(store, args.file, name=args.name)]
        elif kind == "vector_tiles":
            from cosafe.io.vector_tiles_import import import_vector_mbtiles

            layers = import_vector_mbtiles(store, args.file, name=args.name, outcome=notes)
        elif kind == "georeferenced":
            from cosafe.io.raster_import import import_georeferenced_raster

            layers = [import_georeferenced_raster(store, args.file, name=args.name, source_crs=args.crs)]
        elif kind == "raster_geopackage":
            from cosafe.io.raster_import import import_raster_geopackage

            layers = import_raster_geopackage(store, args.file, name=args.name)
        elif kind == "image":
            layers = [_place_image(store, args)]
        else:
            source = open_vector_source(args.file)
            layer_names, label_fields = _basemap_choices(args, source)
            crs = args.crs
            if source.needs_crs and not crs and not source.is_osm:
                from cosafe.io.vector_source import without_crs_extent

                extent = without_crs_extent(source)
                if extent == "none" and all(layer.crs is None for layer in source.layers):
                    crs = "EPSG:4326"  # no shape to place: the import says what the file lacks, not a CRS
                elif extent == "degrees":
                    raise CommandError(arg(Command.tr("%1: its coordinates have no known coordinate reference system; "
                                                      "they lie within longitude/latitude's range: if they are "
                                                      "longitude/latitude, give --crs EPSG:4326, else the one they "
                                                      "use with --crs EPSG:xxxx"), os.path.basename(args.file)))
                else:
                    raise CommandError(arg(Command.tr("%1: its coordinates have no known coordinate reference "
                                                      "system; give the one it uses with --crs EPSG:xxxx (e.g. --crs "
                                                      "EPSG:32737)"), os.path.basename(args.file)))
            style_classes = None
            if args.style_class:
                style_classes = {layer.name: args.style_class for layer in source.layers}
            layers = import_vector_basemap(store, args.file, name=args.name, style_classes=style_classes,
                                           source_crs=crs, outcome=notes, source=source, layers=layer_names,
                                           label_fields=label_fields)
    for layer in layers:
        if layer.kind == "image":
            points = len(layer.placement["control_points"])
            print(arg(Command.tr("Placed %1: %Ln control points, RMS error %2 m", "", points),
                      repr(layer.name), _fixed(layer.placement['rms_m'])))
            continue
        if layer.kind == "tiles":
            text = Command.tr("Imported %1: %Ln tiles", "", layer.feature_count)
        elif layer.style_class:
            text = Command.tr("Imported %1: %Ln features, drawn as %2", "%2: the style class given", layer.feature_count)
        else:
            text = Command.tr("Imported %1: %Ln features", "", layer.feature_count)
        print(arg(text, repr(layer.name), layer.style_class))
    for line in notes_lines(notes):
        print(line)
    return EXIT_OK


def _list_layers(path: str) -> int:
    """``import-basemap --list-layers``: each layer of a vector file, its shapes and feature count."""
    from cosafe.io.basemap_import import geometry_kind
    from cosafe.io.vector_source import inspect_layers, open_vector_source

    source = open_vector_source(path)
    if not source.is_osm:
        inspect_layers(source)  # the shapes of layers that do not declare them (KML, GML)
    kinds = {"point": Command.tr("points"), "line": Command.tr("lines"), "polygon": Command.tr("areas")}
    for layer in source.layers:
        kind = kinds[geometry_kind(layer.geometry_type)]
        if layer.feature_count >= 0:
            print(arg(Command.tr("%1: %2, %Ln features", "%1: a layer, %2: points, lines or areas",
                                 layer.feature_count), layer.name, kind))
        else:
            print(arg(Command.tr("%1: %2", "%1: a layer, %2: points, lines or areas"), layer.name, kind))
    return EXIT_OK


def _basemap_choices(args: argparse.Namespace, source: VectorSource) -> tuple[list[str] | None,
                                                                             dict[str, str] | None]:
    """The layers (``--layer``) and label fields (``--label-field``) asked for, checked against
    ``source``; the encoding (``--encoding``) is set on it. CommandError with one line otherwise."""
    from cosafe.io.basemap_import import chosen_layers
    from cosafe.io.text_encoding import ENCODINGS, encoding_name

    name = os.path.basename(args.file)
    chosen = chosen_layers(source, args.layer)  # one line naming the file's layers for an unknown name
    if args.encoding:
        if not source.takes_encoding:
            raise CommandError(arg(Command.tr("%1 is not a Shapefile: --encoding applies only to a Shapefile's "
                                              "attributes"), name))
        if args.encoding.lower() == "auto":
            source.use_encoding(source.suggested_encoding)
        else:
            encoding = encoding_name(args.encoding)
            if encoding is None:
                raise CommandError(arg(Command.tr("Unknown encoding %1; give auto or one of %2"), repr(args.encoding),
                                       ", ".join(code for code, _ in ENCODINGS)))
            source.use_encoding(encoding)
    label_fields = None
    if args.label_field:
        label_fields = {layer.name: args.label_field for layer in chosen if args.label_field in layer.fields}
        if not label_fields:
            raise CommandError(arg(Command.tr("No chosen layer of %1 has a field %2"), name, repr(args.label_field)))
    return args.layer, label_fields


def _cmd_import_incidents(args: argparse.Namespace) -> int:
    from cosafe.io.incident_import import import_incident_file, left_out_notes, with_notes

    options = {"crs": args.crs, "category_field": args.category_field, "date_field": args.date_field,
               "layer": args.layer, "x_field": args.x_field, "y_field": args.y_field, "time_field": args.time_field,
               "date_format": args.date_format, "description_field": args.description_field}
    with cli_backups.open_for_writing(args.project) as store:
        result = import_incident_file(store, args.file, args.source or os.path.basename(args.file), **options)
    summary = arg(Command.tr("Imported %Ln recorded incidents from %1", "", result.count),
                  os.path.basename(args.file))
    print(with_notes(summary, left_out_notes(result)))
    return EXIT_OK


def _place_image(store: ProjectStore, args: argparse.Namespace) -> BasemapLayer:
    from cosafe.core.georef import ControlPoint
    from cosafe.core.projection import point_to_mercator
    from cosafe.io.image_import import place_image

    points = [ControlPoint(column, row, *point_to_mercator(lon, lat)) for column, row, lon, lat in args.control_point]
    return place_image(store, args.file, points, name=args.name)


def _parse_control_point(text: str) -> tuple[float, float, float, float]:
    try:
        column, row, lon, lat = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(arg(Command.tr("a control point is COLUMN,ROW,LON,LAT, not %1"),
                                             repr(text))) from None
    if not (-180 <= lon <= 180 and -85.06 <= lat <= 85.06):
        raise argparse.ArgumentTypeError(arg(Command.tr("longitude/latitude out of range in %1"), repr(text)))
    return column, row, lon, lat


def _add_variant(parser: argparse.ArgumentParser, public: str, full: str) -> None:
    """--public (the default: anything leaving the laptop is public unless chosen otherwise) or --full."""
    variant = parser.add_mutually_exclusive_group()
    variant.add_argument("--public", dest="public", action="store_true", default=True,
                         help=arg(CommandHelp.tr("the version to share publicly (the default): %1"), public))
    variant.add_argument("--full", dest="public", action="store_false",
                         help=arg(CommandHelp.tr("the version for the project team: %1"), full))


def _cmd_export(args: argparse.Namespace) -> int:
    from cosafe.io.export import export_project
    from cosafe.io.vector_source import VectorSource
    from cosafe.store.project_store import ProjectStore

    if args.include_contacts and args.public:
        raise CommandError(Command.tr("--include-contacts needs --full: a public export never holds contacts"))
    with ProjectStore.open(args.project, read_only=True) as store:
        written = export_project(store, args.output, args.format, include_contacts=args.include_contacts,
                                 public=args.public, grid_m=args.grid)
    for path in written:
        print(path)
    if not written:
        print(Command.tr("The project has no records to export"), file=sys.stderr)
    return EXIT_OK


def _parse_grid(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 1 <= value <= 100000:
        raise argparse.ArgumentTypeError(arg(Command.tr("the grid is a number of metres from 1 to 100000, not %1"),
                                             repr(text)))
    return value


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(arg(Command.tr("size must look like 1600x1200, not %1"), repr(text))) from None
    if not (16 <= width <= 20000 and 16 <= height <= 20000):
        raise argparse.ArgumentTypeError(Command.tr("width and height must be between 16 and 20000 pixels"))
    return width, height


def _parse_bbox(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(arg(Command.tr("bbox must be minlon,minlat,maxlon,maxlat, not %1"),
                                             repr(text))) from None
    if not (-180 <= west < east <= 180 and -85.06 <= south < north <= 85.06):
        raise argparse.ArgumentTypeError(Command.tr("bbox must have minlon < maxlon within ±180 and minlat < maxlat "
                                                    "within ±85"))
    return west, south, east, north


def _parse_dpi(text: str) -> int:
    if not text.isdigit() or not 72 <= int(text) <= 600:
        raise argparse.ArgumentTypeError(arg(Command.tr("DPI must be a whole number from 72 to 600, not %1"),
                                             repr(text)))
    return int(text)


def _parse_overlays(text: str) -> frozenset[str]:
    """A comma-separated list of map overlays; the renderer refuses names it does not know."""
    names = [part.strip() for part in text.split(",")]
    if not all(names):
        raise argparse.ArgumentTypeError(arg(Command.tr("overlays are names separated by commas, not %1"), repr(text)))
    return frozenset(names)


def _cmd_render(args: argparse.Namespace) -> int:
    import cosafe.ui.features  # noqa: F401 - the features register the overlays they draw
    from cosafe.catalogues import speaking
    from cosafe.core.report_language import report_language_for
    from cosafe.io.vector_source import VectorSource
    from cosafe.store.project_store import ProjectStore
    from cosafe.ui.map.export import render_map_image, write_png

    _application = drawing_application()  # kept alive until the image is written  # noqa: F841
    width, height = args.size
    with ProjectStore.open(args.project, read_only=True) as store:
        # The legend speaks the report's language; what this command prints stays in its own.
        code = report_language_for(args.report_language, store.report_language, messages_language())
        try:
            with speaking(code):
                image = render_map_image(store, width, height, bbox=args.bbox, dpi=args.dpi,
                                         overlays=args.overlays, public=args.public, grid_m=args.grid)
        except ValueError as error:  # nothing to draw, or a size the renderer refuses
            raise CommandError(str(error)) from None
    if not write_png(image, args.output):
        raise CommandError(arg(Command.tr("Could not write %1"), args.output))
    print(arg(Command.tr("Wrote %1 (%2×%3 px, %4 dpi)"), args.output, width, height, args.dpi))
    return EXIT_OK


def _cmd_export_plan(args: argparse.Namespace) -> int:
    from cosafe.catalogues import speaking
    from cosafe.core.report_language import report_language_for
    from cosafe.io.plan_report import MAP_DPI, MAP_SIZE_PX, build_plan_content, write_plan_pdf
    from cosafe.io.vector_source import VectorSource
    from cosafe.store.project_store import ProjectStore
    from cosafe.ui.features.plan.maps import render_plan_maps

    _application = drawing_application()  # the canvas's renderer draws the maps  # noqa: F841
    with ProjectStore.open(args.project, read_only=True) as store:
        # The plan speaks its reader's language; what this command prints stays in its own.
        code = report_language_for(args.report_language, store.report_language, messages_language())
        with speaking(code):
            content = build_plan_content(store, public=args.public)
            maps = render_plan_maps(store, *MAP_SIZE_PX, dpi=MAP_DPI, public=args.public)
    with speaking(code):
        write_plan_pdf(content, maps, args.output, paper=args.paper)
    paper = "A4" if args.paper == "a4" else Command.tr("Letter", "the paper size")
    text = (Command.tr("Wrote the action plan (public version, %1) to %2", "%1: the paper size") if args.public
            else Command.tr("Wrote the action plan (for the project team, %1) to %2", "%1: the paper size"))
    print(arg(text, paper, os.path.abspath(args.output)))
    return EXIT_OK


def _cmd_stats(args: argparse.Namespace) -> int:
    from cosafe.core.perception_stats import DIMENSIONS, format_cell_value, protected_cells
    from cosafe.store.queries.perception import load_perception_data
    from cosafe.io.vector_source import VectorSource
    from cosafe.store.project_store import ProjectStore

    by = [part.strip() for part in args.by.split(",") if part.strip()]
    unknown = [d for d in by if d not in DIMENSIONS]
    if unknown or len(set(by)) != len(by):
        problem = (arg(Command.tr("cosafe stats: unknown dimension %1 in --by; choose from %2"), repr(unknown[0]),
                       ",".join(DIMENSIONS)) if unknown
                   else arg(Command.tr("cosafe stats: a dimension is given twice in --by; choose from %1"),
                            ",".join(DIMENSIONS)))
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    with ProjectStore.open(args.project, read_only=True) as store:
        threshold = store.suppression_threshold
        data, name = load_perception_data(store), store.name
    cells = protected_cells(data, by, threshold)
    if args.json:
        rows = []
        for cell in cells:
            row: dict[str, object] = dict(zip(by, cell.keys))
            row["labels"] = {d: data.label(d, k) for d, k in zip(by, cell.keys)}
            values = {"people": cell.people, "mean_score": None if cell.mean_score is None else round(cell.mean_score, 3),
                      "unsafe_pins": cell.unsafe_pins, "safe_pins": cell.safe_pins,
                      "unsafe_share": None if cell.unsafe_share is None else round(cell.unsafe_share, 3)}
            row.update({k: None if cell.suppressed else v for k, v in values.items()})
            row["suppressed"] = cell.suppressed
            rows.append(row)
        print(json.dumps({"project": name, "by": by, "threshold": threshold, "cells": rows}, indent=2,
                         ensure_ascii=False))
        return EXIT_OK
    print(arg(Command.tr("%1: by %2", "%2: the dimensions (gender × age_band)"), name, " × ".join(by)) if by
          else arg(Command.tr("%1: by everything"), name))
    print(arg(Command.tr("Mean score: 0–5 safety score of the audit points in the cell. Cells with fewer than %1 "
                         "people show \"hidden\", and so do cells from which a smaller one could be worked out; "
                         "categories with fewer than %1 people are pooled as \"Other or not stated\"."), threshold))
    if not cells:
        print(Command.tr("No audit scores or perception pins yet."))
        return EXIT_OK
    header = [_dimension_heading(d) for d in by] + [
        Command.tr("People"), Command.tr("Mean score"), Command.tr("Unsafe pins"), Command.tr("Safe pins"),
        Command.tr("Unsafe share")]
    table = [[data.label(d, k) for d, k in zip(by, cell.keys)]
             + [format_cell_value(cell, cell.people), format_cell_value(cell, cell.mean_score),
                format_cell_value(cell, cell.unsafe_pins), format_cell_value(cell, cell.safe_pins),
                format_cell_value(cell, cell.unsafe_share, percent=True)] for cell in cells]
    widths = [max(len(row[i]) for row in [header, *table]) for i in range(len(header))]
    for row in [header, *table]:
        print("  ".join(value.ljust(w) if i < len(by) else value.rjust(w) for i, (value, w) in enumerate(zip(row, widths))))
    return EXIT_OK


# The headings of the stats table's dimension columns (``core.perception_stats.DIMENSIONS``).
_DIMENSION_HEADINGS = {
    "gender": QT_TRANSLATE_NOOP("Command", "Gender"),
    "age_band": QT_TRANSLATE_NOOP("Command", "Age band"),
    "role": QT_TRANSLATE_NOOP("Command", "Role"),
    "time_of_day": QT_TRANSLATE_NOOP("Command", "Time of day"),
    "workshop": QT_TRANSLATE_NOOP("Command", "Workshop"),
    "group": QT_TRANSLATE_NOOP("Command", "Group"),
}


def _dimension_heading(dimension: str) -> str:
    heading = _DIMENSION_HEADINGS.get(dimension)
    return translate("Command", heading) if heading else dimension.replace("_", " ").capitalize()


def _fixed(value: float) -> str:
    """``core.formats.format_fixed``, loaded (with Babel) by the commands that print a number."""
    from cosafe.core.formats import format_fixed

    return format_fixed(value)


def _default_name(path: str) -> str:
    return (os.path.splitext(os.path.basename(path))[0].replace("_", " ").replace("-", " ").strip().title()
            or Command.tr("New project"))


def _build_parser() -> tuple[argparse.ArgumentParser, dict[str, Callable[[argparse.Namespace], int]]]:
    parser = argparse.ArgumentParser(
        prog="cosafe",
        description=arg(CommandHelp.tr("%1: offline participatory urban-safety planning. Without a subcommand, "
                                       "opens the desktop application (on PROJECT if given)."), APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=CommandHelp.tr("show the version of CoSafe and exit"))
    _add_language_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {}

    new = commands.add_parser("new", help=CommandHelp.tr("create an empty project file"),
                              description=CommandHelp.tr("Create an empty project file."))
    new.add_argument("path", metavar="PATH", help=CommandHelp.tr("the .gpkg file to create"))
    new.add_argument("--name", help=CommandHelp.tr("project name (default: from the file name)"))
    new.add_argument("--place", help=CommandHelp.tr("the neighbourhood, town or city"))
    handlers["new"] = _cmd_new

    info = commands.add_parser("info", help=CommandHelp.tr("show a project's metadata and record counts"),
                               description=CommandHelp.tr("Show a project's metadata and a count of every kind of "
                                                          "record."))
    info.add_argument("path", metavar="PATH")
    info.add_argument("--json", action="store_true", help=CommandHelp.tr("print JSON instead of text"))
    handlers["info"] = _cmd_info

    check = commands.add_parser("check", help=CommandHelp.tr("check integrity, GeoPackage structure, records and "
                                                             "format version"),
                                description=CommandHelp.tr("Check SQLite integrity, GeoPackage conformance, that "
                                                           "every record is one CoSafe could have written (types, "
                                                           "JSON, geometry, dates, its rules) and the project "
                                                           "format version; a file holding triggers, views or "
                                                           "indexes CoSafe and GeoPackage do not make is refused. "
                                                           "Exit code 0 only if all pass."))
    check.add_argument("path", metavar="PATH")
    handlers["check"] = _cmd_check

    traces = commands.add_parser(
        "remove-traces", help=CommandHelp.tr("rewrite the file so deleted records leave no trace in it"),
        description=CommandHelp.tr("Rewrite the project file so that nothing deleted records held can be recovered "
                                   "from it (for a file that came from elsewhere: CoSafe itself overwrites what it "
                                   "deletes). Every stored photo and paper map is first stored as CoSafe stores "
                                   "new ones: without camera data (EXIF, XMP, comments) and under a neutral name; "
                                   "an image that cannot be read is left as it is, and counted."))
    traces.add_argument("path", metavar="PATH")
    handlers["remove-traces"] = _cmd_remove_traces
    cli_backups.add_commands(commands, handlers)

    sample = commands.add_parser("sample", help=CommandHelp.tr("write the sample project"),
                                 description=CommandHelp.tr(
                                     "Write the sample project: a finished workshop in an invented neighbourhood, "
                                     "its words in the command's language (--language xx)."))
    sample.add_argument("path", metavar="PATH")
    sample.add_argument("--force", action="store_true", help=CommandHelp.tr("replace PATH if it exists"))
    handlers["sample"] = _cmd_sample

    from cosafe.core.vocabulary import BASEMAP_STYLE_CLASSES, keys_of

    importer = commands.add_parser(
        "import-basemap", help=CommandHelp.tr("import a map file into a project's basemap"),
        description=CommandHelp.tr("Import a map into the project's basemap: a vector file (OSM .osm/.osm.pbf, "
                                   "GeoJSON, GeoPackage, Shapefile or zipped Shapefile, KML/KMZ, GPX, GML, FlatGeobuf, "
                                   "MapInfo .tab/.mif, CSV with longitude/latitude), an MBTiles file (raster or vector tiles), a "
                                   "GeoTIFF or raster GeoPackage (placed by its georeferencing), or a photo/scan "
                                   "of a paper map placed by --control-point. Everything is copied into the "
                                   "project file."))
    importer.add_argument("project", metavar="PROJECT")
    importer.add_argument("file", metavar="FILE")
    importer.add_argument("--name", help=CommandHelp.tr("layer name (default: from the file name)"))
    importer.add_argument("--style-class", choices=keys_of(BASEMAP_STYLE_CLASSES),
                          help=CommandHelp.tr("how to draw a non-OSM file's features (default: guessed from layer "
                                              "name and geometry)"))
    importer.add_argument("--crs", help=CommandHelp.tr("the file's coordinate reference system, e.g. EPSG:32737: "
                                                       "needed when it has none, and used instead of the one it "
                                                       "declares"))
    importer.add_argument("--control-point", type=_parse_control_point, action="append", metavar="COL,ROW,LON,LAT",
                          help=CommandHelp.tr("for a photo or scan of a paper map: a pixel of the picture and the "
                                              "place it shows (give at least three, spread out; write "
                                              "--control-point=… when it starts with a minus)"))
    importer.add_argument("--layer", action="append", metavar="NAME",
                          help=CommandHelp.tr("import only this layer of the file (repeat for several; default: "
                                              "all; --list-layers shows them)"))
    importer.add_argument("--list-layers", action="store_true",
                          help=CommandHelp.tr("list the file's layers with their shapes and feature counts, and "
                                              "import nothing"))
    importer.add_argument("--label-field", metavar="FIELD",
                          help=CommandHelp.tr("the attribute that names each feature on the map, in every chosen "
                                              "layer that has it (default: guessed, e.g. name, BoroName, "
                                              "STATE_NAME)"))
    importer.add_argument("--encoding", metavar="NAME",
                          help=CommandHelp.tr("a Shapefile's text encoding: auto (default: as the file declares, or "
                                              "UTF-8 when its text is UTF-8), UTF-8, CP1252, ISO-8859-1, CP437, "
                                              "CP850, CP1250, CP1251, CP1256…"))
    handlers["import-basemap"] = _cmd_import_basemap

    incidents = commands.add_parser(
        "import-incidents", help=CommandHelp.tr("import recorded incidents (police, NGO or hospital data) from a "
                                                "CSV or GIS file"),
        description=CommandHelp.tr("Import recorded incidents as their own layer, kept apart from perceptions: a "
                                   "CSV with longitude/latitude (or projected x/y with --crs) and a date column, or "
                                   "any GIS file. Columns are guessed from their names; name them to choose. Rows "
                                   "without a usable location (blank, or a 0,0 placeholder) are skipped and their "
                                   "lines reported; unreadable dates are kept as unknown."))
    incidents.add_argument("project", metavar="PROJECT")
    incidents.add_argument("file", metavar="FILE")
    incidents.add_argument("--source", help=CommandHelp.tr("where the data comes from, e.g. 'Police records 2024' "
                                                           "(default: file name)"))
    incidents.add_argument("--crs", help=CommandHelp.tr("the coordinate reference system of the x/y columns, or of a "
                                                        "file without one, e.g. EPSG:2272"))
    incidents.add_argument("--x-field", help=CommandHelp.tr("the column holding the longitude or x (default: "
                                                            "guessed)"))
    incidents.add_argument("--y-field", help=CommandHelp.tr("the column holding the latitude or y (default: "
                                                            "guessed)"))
    incidents.add_argument("--category-field", help=CommandHelp.tr("the column holding the kind of incident "
                                                                   "(default: guessed)"))
    incidents.add_argument("--description-field", help=CommandHelp.tr("the column holding a description "
                                                                      "(default: guessed)"))
    incidents.add_argument("--date-field", help=CommandHelp.tr("the column holding the date (default: guessed)"))
    incidents.add_argument("--date-format", help=arg(CommandHelp.tr("how the dates are written, e.g. %1 (default: "
                                                                    "detected from the column)"),
                                                     "'%%d/%%m/%%Y %%H:%%M'"))  # %% for argparse
    incidents.add_argument("--time-field", help=CommandHelp.tr("the column holding the time of day (default: "
                                                               "guessed)"))
    incidents.add_argument("--layer", help=CommandHelp.tr("which layer of a multi-layer file"))
    handlers["import-incidents"] = _cmd_import_incidents

    from cosafe.io.export_formats import EXPORT_FORMATS

    export = commands.add_parser(
        "export", help=CommandHelp.tr("export the project's layers and tables as GIS/CSV files"),
        description=CommandHelp.tr("Export every layer and table of the project: a GeoPackage, GeoJSON layers "
                                   "(tables as CSV), or CSV files. Contacts of participants and stakeholders are "
                                   "left out unless --include-contacts."))
    export.add_argument("project", metavar="PROJECT")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("-o", "--output", required=True, metavar="DIR", help=CommandHelp.tr(
        "folder to write into (created if missing)"))
    export.add_argument("--include-contacts", action="store_true",
                        help=CommandHelp.tr("also export contact details, with --full (private: keep such files to "
                                            "the project team)"))
    _add_variant(export, CommandHelp.tr("pins and incidents blurred to a grid, stories, comments, notes and names "
                                        "emptied, no participant table, no attachments, never contacts"),
                 CommandHelp.tr("stories, comments and notes kept, exact places"))
    export.add_argument("--grid", type=_parse_grid, default=100.0, metavar="METRES",
                        help=CommandHelp.tr("size of the grid --public snaps pins to, in metres (default 100)"))
    handlers["export"] = _cmd_export

    render = commands.add_parser(
        "render", help=CommandHelp.tr("draw the project's map to a PNG image"),
        description=CommandHelp.tr("Draw the project's map (basemap layers, scale bar, north arrow, attribution) "
                                   "to a PNG image; --overlays adds proposals and perceptions with a legend."))
    render.add_argument("project", metavar="PROJECT")
    render.add_argument("-o", "--output", required=True, metavar="OUT.png")
    render.add_argument("--size", type=_parse_size, default=(1600, 1200), metavar="WxH",
                        help=CommandHelp.tr("image size in pixels (default 1600x1200)"))
    render.add_argument("--bbox", type=_parse_bbox, metavar="minlon,minlat,maxlon,maxlat",
                        help=CommandHelp.tr("area to draw (default: the whole project); write --bbox=-122.3,37.8,… "
                                            "when it starts with a minus sign"))
    render.add_argument("--dpi", type=_parse_dpi, default=150, metavar="DPI",
                        help=CommandHelp.tr("resolution for print, 72-600 (default 150)"))
    render.add_argument("--overlays", type=_parse_overlays, default=frozenset(), metavar="LIST",
                        help=CommandHelp.tr("also draw, with a legend: any of "
                                            "proposals,audit_points,pins,incidents,routes,heat (comma-separated)"))
    _add_variant(render, CommandHelp.tr("pins and incidents blurred to a grid (see --grid)"),
                 CommandHelp.tr("exact places of pins and incidents"))
    render.add_argument("--grid", type=_parse_grid, default=100.0, metavar="METRES",
                        help=CommandHelp.tr("size of the grid --public snaps pins to, in metres (default 100)"))
    add_report_language_option(render, arg(CommandHelp.tr(
        "the legend's language: %1 (default: the project's report language, else the language of the messages; the "
        "messages follow cosafe --language before the command)"), ", ".join(LANGUAGES)))
    handlers["render"] = _cmd_render

    plan = commands.add_parser(
        "export-plan", help=CommandHelp.tr("write the action plan as a PDF"),
        description=CommandHelp.tr("Write the action plan as a PDF: cover, method and participation (counts by "
                                   "gender, age band and role; small groups hidden, never names), diagnosis "
                                   "with maps and charts, proposals, the action table, stakeholders, monitoring "
                                   "indicators and the audit criteria. The public version (the default) leaves out "
                                   "stories, comments and notes and blurs perception pins to a grid; --full keeps "
                                   "them; contacts are never included."))
    plan.add_argument("project", metavar="PROJECT")
    plan.add_argument("-o", "--output", required=True, metavar="PLAN.pdf")
    _add_variant(plan, CommandHelp.tr("no stories, comments or notes; pins and incidents blurred to a grid"),
                 CommandHelp.tr("stories, comments and notes, for the partners who carry out the plan"))
    plan.add_argument("--paper", choices=("a4", "letter"), default="a4", help=CommandHelp.tr("page size (default a4)"))
    add_report_language_option(plan, arg(CommandHelp.tr(
        "the plan's language: %1 (default: the project's report language, else the language of the messages; the "
        "messages follow cosafe --language before the command)"), ", ".join(LANGUAGES)))
    handlers["export-plan"] = _cmd_export_plan

    cli_sheets.add_commands(commands, handlers)

    stats = commands.add_parser(
        "stats", help=CommandHelp.tr("print audit scores and perception pins by gender, age band, time of day, …"),
        description=CommandHelp.tr("Print the disaggregated table of audit scores and perception pins: people, "
                                   "mean safety score (0–5), unsafe and safe pins and the unsafe share per cell. "
                                   "Categories with fewer people than the project's suppression threshold N are "
                                   'pooled; a cell with fewer than N people shows "hidden", and so do cells from '
                                   "which it could be worked out with any other breakdown (null in --json)."))
    stats.add_argument("project", metavar="PROJECT")
    stats.add_argument("--by", default="gender,age_band,time_of_day", metavar="DIM,…",
                       help=CommandHelp.tr("dimensions, comma-separated, from gender, age_band, role, time_of_day, "
                                           "workshop, group (default gender,age_band,time_of_day; an empty string "
                                           "gives one row for everything)"))
    stats.add_argument("--json", action="store_true", help=CommandHelp.tr("print JSON instead of a table"))
    handlers["stats"] = _cmd_stats
    cli_merge.add_commands(commands, handlers)
    cli_room.add_commands(commands, handlers)
    return parser, handlers


def _add_language_option(parser: argparse.ArgumentParser) -> None:
    """Listed in the help; ``main`` reads it from anywhere on the command line before parsing."""
    parser.add_argument(LANGUAGE_OPTION, metavar="CODE", choices=list(LANGUAGES),
                        help=arg(CommandHelp.tr("the language of the window and of every message: %1 "
                                                "(default: the computer's)"), ", ".join(LANGUAGES)))


def _run_gui(argv: Sequence[str], language: str | None) -> int:
    gui = argparse.ArgumentParser(prog="cosafe", description=arg(CommandHelp.tr("Open the %1 desktop application."),
                                                                 APP_NAME))
    gui.add_argument("project", nargs="?", metavar="PROJECT", help=CommandHelp.tr("a project file to open"))
    gui.add_argument("--read-only", action="store_true", help=CommandHelp.tr("open the project read-only"))
    _add_language_option(gui)
    args = gui.parse_args(argv)
    from cosafe.ui.app import run_application

    return run_application(args.project, read_only=args.read_only, language=language)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``cosafe`` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        # Before the parser: its help texts are in the chosen language.
        language, report_language, argv = take_languages(argv, REPORT_COMMANDS)
        use_language(check_language(language) if language else environment_language())
        if report_language is not None:
            check_language(report_language)
    except ValueError as error:
        print(f"cosafe: {error}", file=sys.stderr)
        return EXIT_USAGE
    speak_argparse()  # "usage:", "options" and argparse's errors in the same language
    parser, handlers = _build_parser()
    if not argv or (argv[0] not in handlers and argv[0] not in ("-h", "--help", "--version")):
        try:
            return _run_gui(argv, language)
        except SystemExit as exit_:
            return int(exit_.code or 0)
    with clean_output():
        return _run_command(parser, handlers, argv, report_language)


def _run_command(parser: argparse.ArgumentParser, handlers: dict, argv: list[str],
                 report_language: str | None = None) -> int:
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if report_language is not None:
        args.report_language = report_language  # taken out before parsing (``take_languages``)
    try:
        return handlers[args.command](args)
    except NotAProjectError as error:
        print(arg(Command.tr("cosafe: %1 (to use its layers as a basemap: cosafe import-basemap PROJECT FILE)"), error),
              file=sys.stderr)
        return EXIT_ERROR
    except (ProjectError, CommandError) as error:
        print(f"cosafe: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(Command.tr("cosafe: interrupted"), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (``cosafe info … | head``): not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep Python's exit flush quiet
        return EXIT_OK
