"""The main window's title: which project, and whether this file is a field copy and whose.

Contract: ``window_title(store, name, read_only)`` is "<name> — CoSafe", with
" [read-only]" after it when ``read_only``. A field copy (its ``project_meta`` holds
the marker ``store.merge.withheld.WITHHELD_KEY`` that ``make_field_copy`` writes)
says so and names its team: "<name> — field copy for Field team 2 (Women traders) —
CoSafe". The team is the name the copy's own device was given when it was handed
out (``devices``, keyed by the copy's ``device_id``); the group in brackets is the
one group whose participants the copy holds, if it holds exactly one that still
exists. A copy whose team cannot be found is still called "field copy"; a marker
that cannot be read names no group. No Qt: the title is text.
"""

from __future__ import annotations

import json

from cosafe import APP_NAME
from cosafe.core.i18n import arg
from cosafe.core.records import Device, Group
from cosafe.store.merge.withheld import WITHHELD_KEY
from cosafe.store.project_store import ProjectStore
from cosafe.ui.shell.words import WindowTitle


def field_copy_team(store: ProjectStore) -> str | None:
    """"field copy for <team> (<group>)" for a field copy, None for any other project."""
    marker = store.get_meta(WITHHELD_KEY)
    if marker is None:
        return None
    device = store.get(Device, store.device_id) if store.device_id else None
    team = " ".join(device.name.split()) if device is not None else ""
    group_name = ""
    try:
        groups = json.loads(marker).get("participant_groups")
    except (ValueError, AttributeError):
        groups = None
    if isinstance(groups, list) and len(groups) == 1 and isinstance(groups[0], str):
        group = store.get(Group, groups[0])
        group_name = group.name if group is not None else ""
    if team and group_name:
        return arg(WindowTitle.tr("field copy for %1 (%2)", "%1 a team, %2 its group"), team, group_name)
    if team:
        return arg(WindowTitle.tr("field copy for %1", "%1 a team"), team)
    if group_name:
        return arg(WindowTitle.tr("field copy (%1)", "%1 a group"), group_name)
    return WindowTitle.tr("field copy")


def window_title(store: ProjectStore, name: str, read_only: bool) -> str:
    """The title of a window showing ``store`` (see the module contract)."""
    copy = field_copy_team(store)
    if copy:
        title = arg(WindowTitle.tr("%1 — %2 — %3", "project name — field copy for a team — CoSafe"), name, copy, APP_NAME)
    else:
        title = arg(WindowTitle.tr("%1 — %2", "project name — CoSafe"), name, APP_NAME)
    return arg(WindowTitle.tr("%1 [read-only]", "a window title"), title) if read_only else title
