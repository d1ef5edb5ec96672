"""Which proposals are selected: one small model the map and the proposal panels share.

Contract:
- ``selected_uuids`` is the selection in the order it was made (a list of UUIDs).
- ``select(uuids)`` replaces it; ``add(uuids)`` extends it; ``toggle(uuid)`` flips one;
  ``clear()`` empties it; ``keep_only(existing)`` drops UUIDs no longer in the project.
- ``selection_changed(list[str])`` is emitted only when the selection really changes,
  so two views that follow each other (map and table) cannot loop.
- ``select_new(uuid)`` selects a proposal that was just drawn and then emits
  ``created(uuid)``, so the details panel can ask for its name.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from PySide6.QtCore import QObject, Signal


class ProposalSelection(QObject):
    """The selected proposals of the open project."""

    selection_changed = Signal(list)  # list[str] of proposal UUIDs
    created = Signal(str)  # the UUID of a proposal just drawn, after it is selected

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uuids: list[str] = []

    @property
    def selected_uuids(self) -> list[str]:
        return list(self._uuids)

    def select(self, uuids: Iterable[str]) -> None:
        self._set(list(dict.fromkeys(uuids)))

    def select_new(self, uuid: str) -> None:
        """Select ``uuid``, a proposal just drawn, alone; then emit ``created(uuid)``."""
        self.select([uuid])
        self.created.emit(uuid)

    def add(self, uuids: Iterable[str]) -> None:
        self._set(list(dict.fromkeys([*self._uuids, *uuids])))

    def toggle(self, uuid: str) -> None:
        self._set([u for u in self._uuids if u != uuid] if uuid in self._uuids else [*self._uuids, uuid])

    def clear(self) -> None:
        self._set([])

    def keep_only(self, existing: Collection[str]) -> None:
        self._set([u for u in self._uuids if u in existing])

    def _set(self, uuids: list[str]) -> None:
        if uuids != self._uuids:
            self._uuids = uuids
            self.selection_changed.emit(list(uuids))
