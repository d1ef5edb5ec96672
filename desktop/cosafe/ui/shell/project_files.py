"""File operations of the main window: new, open, open recent, open sample, save as.

Contract: each flow asks through ``cosafe.ui.kit.dialogs`` (so tests can answer), does
the store call, and on failure shows one dialog with the store's one-line message
and leaves the window as it was: a project that cannot be opened does not close
the one already open, and a refused file is never written. One project per window:
a successfully opened project replaces the previous one. Opening a file that had to
be upgraded says so in the status bar, naming the backup written first. Opening a file
writable cleans the images an older CoSafe stored with their camera data and file names
(``_clean_older_images``), and Remove Traces cleans every image; both say how many.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths

from cosafe.core.changes import Change
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.file_errors import os_reason
from cosafe.io.image_cleaning import clean_stored_image, describe
from cosafe.io.import_errors import ImportCancelled
from cosafe.store.errors import AlreadyOpenError, NotAProjectError, ProjectError
from cosafe.store.file_lock import is_locked
from cosafe.store.project_store import ProjectStore
from cosafe.store.stored_images import ImageCleaning
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.dialogs import wait_cursor
from cosafe.ui.kit.progress_job import Progress, run_with_progress
from cosafe.ui.shell.project_properties_dialog import ask_new_project_details

if TYPE_CHECKING:
    from cosafe.ui.shell.main_window import MainWindow

SAMPLE_FILE_NAME = "CoSafe sample project.gpkg"
UPGRADE_MESSAGE_MS = 20000
NEW_PROJECT = QT_TRANSLATE_NOOP("ProjectFiles", "New project")


def default_project_name(path: str) -> str:
    stem = os.path.splitext(os.path.basename(path))[0]
    return stem.replace("_", " ").replace("-", " ").strip() or translate("ProjectFiles", NEW_PROJECT)


class ProjectFiles(QObject):
    """The file flows of one MainWindow."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    # -- where dialogs start ---------------------------------------------------

    def start_folder(self) -> str:
        session = self._window.session
        if session is not None:
            return os.path.dirname(session.path)
        recent = self._window.recent.paths()
        if recent and os.path.isdir(os.path.dirname(recent[0])):
            return os.path.dirname(recent[0])
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or os.getcwd()

    def remembered_folder(self, key: str) -> str:
        """The folder last used for ``key`` (one import or merge flow), else ``start_folder()``."""
        folder = QSettings().value(key)
        return folder if isinstance(folder, str) and os.path.isdir(folder) else self.start_folder()

    @staticmethod
    def remember_folder(key: str, path: str) -> None:
        """Remember the folder of ``path`` for the next ``remembered_folder(key)``."""
        QSettings().setValue(key, os.path.dirname(path))

    def sample_folder(self) -> str:
        """Where fresh sample copies go: the app's data folder (writable, out of the way)."""
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)

    # -- flows -------------------------------------------------------------------

    def open_project_dialog(self) -> bool:
        path = dialogs.ask_open_path(self._window, self.start_folder())
        return bool(path) and self.open_project(path)

    def open_project(self, path: str, read_only: bool = False) -> bool:
        """Open ``path`` in this window (closing the current project on success)."""
        path = os.path.abspath(path)
        current = self._window.session
        if current is not None and current.path == path:
            self._window.statusBar().showMessage(arg(self.tr("%1 is already open"), os.path.basename(path)), 4000)
            return True
        try:
            with wait_cursor():
                store = ProjectStore.open(path, read_only=read_only)
        except AlreadyOpenError as error:
            if dialogs.ask_open_read_only(self._window, str(error)):
                return self.open_project(path, read_only=True)
            return False
        except NotAProjectError as error:
            # Its layers are a ready basemap: offer to build a project around them.
            if dialogs.ask_confirm(self._window, self.tr("Not a CoSafe project"),
                                   arg(self.tr("%1. Start a new project with its layers as the basemap?"), error),
                                   self.tr("Start New Project")):
                return self.new_project_with_basemap(path)
            return False
        except ProjectError as error:
            if not os.path.exists(path) and path in self._window.recent.paths():
                self._window.recent.remove(path)
                self._window.refresh_recent()
                dialogs.show_error(self._window, self.tr("Cannot open project"),
                                   arg(self.tr("%1; it was removed from the recent projects"), error))
            else:
                dialogs.show_error(self._window, self.tr("Cannot open project"), str(error))
            return False
        cleaned = self._clean_older_images(store)
        self._window.install_store(store)
        messages = [cleaned] if cleaned else []
        if store.upgrade_backup:
            # The backup is a full copy of contacts and stories (and of the photos as they
            # were, camera data and all): say where it is and how it goes.
            messages.insert(0, arg(self.tr("Upgraded %1 to the current project format; the file as it was is kept "
                                           "as %2 (a full copy: remove it in File › Project Properties)"),
                                   os.path.basename(path), os.path.basename(store.upgrade_backup)))
        if messages:
            self._window.statusBar().showMessage(
                messages[0] if len(messages) == 1 else arg(self.tr("%1. %2", "two messages"), *messages),
                UPGRADE_MESSAGE_MS)
        return True

    def _clean_older_images(self, store: ProjectStore) -> str:
        """Store the images an older CoSafe kept as the camera wrote them as new ones are stored; say what changed.

        Runs on opening, unasked: a person cannot be expected to know that an older
        CoSafe kept the camera's data, and nothing a person sees changes. Behind a
        progress dialog, since a file's first cleaning decodes every photo in it; on
        Cancel or a failure the file is as it was (the next opening tries again) and a
        failure is shown. Returns the line for the status bar ("" when there is nothing to say).
        """
        if store.is_read_only or not store.has_images_to_clean():
            return ""

        def job(progress: Progress) -> ImageCleaning:
            def report(done: int, total: int) -> None:
                if not progress(done / max(total, 1), arg(self.tr("%1 of %2", "photos cleaned"), done, total)):
                    raise ImportCancelled()
            return store.clean_images(clean_stored_image, progress=report)

        outcome = run_with_progress(self._window, self.tr("Cleaning stored photos…"), job)
        if outcome.error:
            dialogs.show_error(self._window, self.tr("Photos not cleaned"), outcome.error)
            return ""
        if outcome.cancelled:
            return self.tr("Stored photos were not cleaned of camera data (cancelled); CoSafe cleans them the next time")
        cleaning: ImageCleaning = outcome.result
        return describe(cleaning) if cleaning.cleaned or cleaning.unreadable else ""

    def open_recent(self, path: str) -> bool:
        return self.open_project(path)

    def new_project_with_basemap(self, source: str) -> bool:
        """Create a new project next to ``source`` and import ``source`` as its basemap."""
        suggested = arg(self.tr("%1 project.gpkg", "a file name"), default_project_name(source))
        if not self.new_project(os.path.dirname(source), suggested):
            return False
        return self._window.features.basemap.importer.run(source)

    def new_project(self, folder: str | None = None, suggested_name: str | None = None) -> bool:
        suggested_name = suggested_name or self.tr("New project.gpkg", "a file name")
        path = dialogs.ask_new_path(self._window, folder or self.start_folder(), suggested_name)
        if not path:
            return False
        if os.path.exists(path) and is_locked(path):
            # The file dialog already asked to replace it, but a project open in a
            # CoSafe window must not be replaced underneath it.
            dialogs.show_error(self._window, self.tr("Cannot create project"),
                               arg(self.tr("%1 is open in CoSafe; choose another file name"), os.path.basename(path)))
            return False
        details = ask_new_project_details(self._window, default_project_name(path))
        if details is None:
            return False
        try:
            with wait_cursor():
                store = ProjectStore.create(path, name=details["name"], place=details["place"],
                                            description=details["description"], overwrite=True)
        except ProjectError as error:
            dialogs.show_error(self._window, self.tr("Cannot create project"), str(error))
            return False
        self._window.install_store(store)
        return True

    def save_as(self) -> bool:
        session = self._window.session
        if session is None:
            return False
        suggested = arg(self.tr("%1 copy.gpkg", "a file name"), default_project_name(session.path))
        path = dialogs.ask_save_as_path(self._window, os.path.dirname(session.path), suggested)
        if not path:
            return False
        if path == session.path:
            dialogs.show_error(self._window, self.tr("Cannot save a copy"), self.tr("Choose a different file name to save a copy"))
            return False
        if os.path.exists(path) and is_locked(path):
            dialogs.show_error(self._window, self.tr("Cannot save a copy"),
                               arg(self.tr("%1 is open in CoSafe; choose another file name"), os.path.basename(path)))
            return False
        try:
            with wait_cursor():
                store = session.store.save_as(path, overwrite=True)
        except ProjectError as error:
            # save_as keeps the original open when it fails: nothing was lost.
            dialogs.show_error(self._window, self.tr("Cannot save a copy"), str(error))
            return False
        # The old store is closed by save_as; the copy gets a fresh undo history,
        # because the old steps describe the old file.
        self._window.install_store(store)
        self._window.statusBar().showMessage(arg(self.tr("Saved a copy as %1; you are now working in the copy"), path), 8000)
        return True

    def remove_traces(self) -> bool:
        """File › Remove Traces of Deleted Records: rewrite the file after a plain-words question."""
        session = self._window.session
        if session is None or session.is_read_only:
            return False
        if not dialogs.ask_confirm(
                self._window, self.tr("Remove traces of deleted records?"),
                self.tr("CoSafe rewrites the project file so that nothing that deleted records held can be recovered "
                "from it, and stores every photo and paper map without camera data, under a neutral name. Do "
                "this for a file that came from another laptop or an older CoSafe: what this CoSafe deletes is "
                "overwritten already. Your records and the undo history stay as they are."),
                self.tr("Remove Traces")):
            return False
        try:
            with wait_cursor():
                cleaning = session.store.remove_traces(clean_stored_image)
        except ProjectError as error:
            dialogs.show_error(self._window, self.tr("Traces not removed"), str(error))
            return False
        if cleaning.cleaned:
            session.notify(Change.ATTACHMENTS)  # photo strips show names and sizes
        self._window.statusBar().showMessage(
            arg(self.tr("Removed the traces of deleted records from the project file. %1"), describe(cleaning)), 8000)
        return True

    def open_sample(self) -> bool:
        """Write a fresh copy of the sample project into the app's data folder and open it."""
        try:
            from cosafe.io.samples.project import write_sample_project
        except ImportError:
            dialogs.show_error(self._window, self.tr("No sample project"),
                               self.tr("This installation of CoSafe has no sample project"))
            return False
        folder = self.sample_folder()
        stem, extension = os.path.splitext(SAMPLE_FILE_NAME)
        path, number = os.path.join(folder, SAMPLE_FILE_NAME), 1
        # Replace an old copy unless it is open (here or in another window).
        while os.path.exists(path) and is_locked(path):
            number += 1
            path = os.path.join(folder, f"{stem} {number}{extension}")
        try:
            with wait_cursor():
                os.makedirs(folder, exist_ok=True)
                write_sample_project(path)  # replaces an old copy atomically
        except (ProjectError, OSError) as error:
            message = os_reason(error) if isinstance(error, OSError) else str(error)
            dialogs.show_error(self._window, self.tr("Cannot write the sample project"),
                               arg(self.tr("%1: %2", "a folder: what went wrong"), folder, message))
            return False
        return self.open_project(path)
