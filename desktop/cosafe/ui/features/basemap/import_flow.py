"""File › Import Basemap…: choose a file, ask only what is needed, import off the UI thread.

Contract: ``BasemapImporter(window).run(path=None)`` asks for a file through
``dialogs.ask_basemap_path`` (unless given one) and dispatches on ``source_kind``:
- a raster ``.mbtiles`` → ``import_mbtiles``; a vector one → ``import_vector_mbtiles``;
  a GeoTIFF (a picture with a CRS and geotransform) → ``import_georeferenced_raster``; a
  raster GeoPackage → ``import_raster_geopackage`` (no questions for any of these);
- any other photo or scan (.png .jpg .jpeg .tif .tiff) → the paper-map placement dialog;
- anything else → a vector file: ``open_vector_source`` on the UI thread (fast),
  then, for a non-OSM file, ``inspect_layers`` and the options dialog (name, which
  layers, style classes, label fields, a Shapefile's encoding, a CRS if the file has none,
  suggesting EPSG:4326 when its shapes all lie within longitude/latitude's range). A file
  without a CRS and without a single shape is not asked about: its import says it has no
  shapes. OSM files import at once, named after the file: a facilitator can rename the
  layer in the Layers panel.
Vector, tile and raster imports run in a worker behind a cancellable progress dialog
(``progress_job``). Outcomes: success → a status-bar message and
``session.notify(Change.BASEMAP)`` (imports are not undo steps); a
BasemapImportError → one error dialog with its one line; Cancel → a quiet status
message. In every case but success the project file is unchanged. Returns whether
something was imported.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from cosafe.core.changes import Change
from cosafe.core.records import BasemapLayer
from cosafe.core.i18n import arg
from cosafe.io.basemap_import import ImportNotes, import_vector_basemap, notes_lines, source_kind
from cosafe.io.mbtiles_import import import_mbtiles
from cosafe.io.vector_source import BasemapImportError, inspect_layers, open_vector_source, without_crs_extent
from cosafe.store import basemap
from cosafe.ui.kit import dialogs
from cosafe.ui.host import Host
from cosafe.ui.features.basemap.import_options_dialog import ask_import_options
from cosafe.ui.kit.progress_job import Progress, run_with_progress
from cosafe.ui.kit.dialogs import wait_cursor
from cosafe.ui.features.basemap.words import BasemapImport


LAST_FOLDER_KEY = "import/lastFolder"
STATUS_TIMEOUT = 8000  # ms


class BasemapImporter(QObject):
    """The basemap import flows of one window."""

    def __init__(self, host: Host, show_layer: Callable[[str | None], None]) -> None:
        super().__init__(host)
        self._host = host
        self._window = host.window
        self._show_layer = show_layer  # brings the Layers panel forward with the new layer

    def run(self, path: str | None = None) -> bool:
        session = self._host.session
        if session is None or session.is_read_only:
            return False
        path = path or dialogs.ask_basemap_path(self._window, self._host.remembered_folder(LAST_FOLDER_KEY))
        if not path:
            return False
        self._host.remember_folder(LAST_FOLDER_KEY, path)
        with wait_cursor():
            kind = source_kind(path)  # a look inside: which MBTiles, whether a picture is georeferenced
        store = session.store
        if kind == "tiles":
            return self._run_job(path, lambda progress: [import_mbtiles(store, path, progress=progress)])
        if kind == "georeferenced":
            from cosafe.io.raster_import import import_georeferenced_raster

            return self._run_job(path, lambda progress: [import_georeferenced_raster(store, path, progress=progress)])
        if kind == "raster_geopackage":
            from cosafe.io.raster_import import import_raster_geopackage

            return self._run_job(path, lambda progress: import_raster_geopackage(store, path, progress=progress))
        if kind == "vector_tiles":
            from cosafe.io.vector_tiles_import import import_vector_mbtiles

            notes = ImportNotes()
            done = self._run_job(path, lambda progress: import_vector_mbtiles(store, path, progress=progress,
                                                                              outcome=notes))
            self._tell_notes(done, notes)
            return done
        if kind == "image":
            return self._place_paper_map(path)
        return self._import_vector(path)

    # -- the three kinds ------------------------------------------------------------

    def _import_vector(self, path: str) -> bool:
        session = self._host.session
        assert session is not None
        extent = ""
        try:
            with wait_cursor():
                source = open_vector_source(path)
                if not source.is_osm:
                    inspect_layers(source)  # the options show each layer's real shapes and first names
                    if source.needs_crs:
                        extent = without_crs_extent(source)
        except BasemapImportError as error:
            dialogs.show_error(self._window, self.tr("The basemap was not imported"), str(error))
            return False
        options: dict[str, Any] = {}
        if extent == "none" and all(layer.crs is None for layer in source.layers):
            # No shape anywhere: a CRS would place nothing, so none is asked for; the import
            # then says, in one line, that the file has no shapes to draw.
            options = {"source_crs": "EPSG:4326"}
        elif not source.is_osm:
            chosen = ask_import_options(self._window, source, in_degrees=extent == "degrees")
            if chosen is None:
                return False
            options = {"name": chosen.name, "style_classes": chosen.style_classes, "source_crs": chosen.source_crs,
                       "layers": chosen.layers, "label_fields": chosen.label_fields, "encoding": chosen.encoding}
        store = session.store
        notes = ImportNotes()
        done = self._run_job(path, lambda progress: import_vector_basemap(store, path, progress=progress,
                                                                          outcome=notes, source=source,
                                                                          **options))
        self._tell_notes(done, notes)
        return done

    def _tell_notes(self, done: bool, notes: ImportNotes) -> None:
        if done and notes_lines(notes):  # never a smaller count without saying so
            dialogs.show_info(self._window, self.tr("Part of the file was not imported"), "\n".join(notes_lines(notes)))

    def _place_paper_map(self, path: str) -> bool:
        from cosafe.ui.features.basemap.paper_map_dialog import PaperMapDialog
        from cosafe.ui.features.basemap.paper_map_views import load_photo

        session = self._host.session
        assert session is not None
        if basemap.extent(session.store) is None:
            dialogs.show_info(self._window, self.tr("Import a street map first"),
                              self.tr("A paper map is placed by matching points on it with the project's map, which "
                                      "is still empty. Import an OpenStreetMap extract or another map file first."))
            return False
        try:
            with wait_cursor():
                image, scale = load_photo(path)
        except BasemapImportError as error:
            dialogs.show_error(self._window, self.tr("The basemap was not imported"), str(error))
            return False
        dialog = PaperMapDialog(session.store, path, image, scale, self._window)
        try:
            if dialog.exec() != PaperMapDialog.DialogCode.Accepted or dialog.placed_layer is None:
                return False
            layer = dialog.placed_layer
        finally:
            dialog.deleteLater()
        points = len(layer.placement.get("control_points", []))
        self._finish([layer], arg(self.tr("Placed paper map “%1” by %Ln points", "", points), layer.name))
        return True

    # -- running and reporting ----------------------------------------------------------

    def _run_job(self, path: str, job: Callable[[Progress], list[BasemapLayer]]) -> bool:
        outcome = run_with_progress(self._window, arg(self.tr("Importing %1…"), os.path.basename(path)), job)
        if outcome.cancelled:
            self._host.show_status(self.tr("Import cancelled; nothing was changed"), STATUS_TIMEOUT)
            return False
        if outcome.error is not None:
            dialogs.show_error(self._window, self.tr("The basemap was not imported"), outcome.error)
            return False
        layers: list[BasemapLayer] = outcome.result
        self._finish(layers, imported_message(layers, os.path.basename(path)))
        return True

    def _finish(self, layers: list[BasemapLayer], message: str) -> None:
        session = self._host.session
        assert session is not None
        session.notify(Change.BASEMAP)
        self._host.show_status(message, STATUS_TIMEOUT)
        self._show_layer(layers[0].uuid if layers else None)


def imported_message(layers: list[BasemapLayer], file_name: str) -> str:
    """'Imported 1,204 features into “Riverside”' (tiles for an MBTiles layer)."""
    total = sum(layer.feature_count for layer in layers)
    tiles = bool(layers) and all(layer.kind == "tiles" for layer in layers)
    if len(layers) == 1:
        if tiles:
            return arg(BasemapImport.tr("Imported %Ln tiles into “%1”", "", total), layers[0].name)
        return arg(BasemapImport.tr("Imported %Ln features into “%1”", "", total), layers[0].name)
    if tiles:
        return arg(BasemapImport.tr("Imported %Ln tiles into %1 layers from %2", "", total), len(layers), file_name)
    return arg(BasemapImport.tr("Imported %Ln features into %1 layers from %2", "", total), len(layers), file_name)
