"""What a project remembers of its merges: the merge log, and the names of the laptops
records came from. Read-only; light enough for panels that show provenance at start-up
(the merge itself is ``merge``).
"""

from __future__ import annotations

from cosafe.core.i18n import arg
from cosafe.core.records import Device, MergeLogEntry
from cosafe.store.project_store import ProjectStore
from cosafe.store.words import Merge


def device_names(store: ProjectStore) -> dict[str, str]:
    """Device id -> the name people gave that laptop; a laptop never named is called after
    the last file merged from it ("laptop of team2.gpkg")."""
    names = {entry.source_device_id: arg(Merge.tr("laptop of %1", "a laptop never named, called after a file "
                                                                  "merged from it"), entry.source_name)
             for entry in reversed(merge_history(store)) if entry.source_device_id}
    names.update((d.uuid, d.name) for d in store.list(Device))
    return names


def merge_history(store: ProjectStore) -> list[MergeLogEntry]:
    """Every merge into this project, newest first."""
    return store.list(MergeLogEntry, order_by="created_at DESC, fid DESC")
