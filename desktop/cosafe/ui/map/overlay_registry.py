"""What features add to an exported map, registered by the features themselves.

The map export (``map.export``) draws the basemap and knows no feature; each feature
that draws over the map in the window registers here how to draw the same over an
exported image. Registering is cheap (no drawing code is imported): a feature
package registers when it is imported, and the builder loads its modules on the
first export.

Contract:
- ``register_overlays(labels, build, options=(), order=0, context="")``: ``labels`` maps each
  overlay key the feature draws ("proposals", "pins", …) to what a person calls it, in
  English, marked for the catalogue in ``context`` (``overlay_labels`` translates them); ``build`` is
  called with an ``OverlayRequest`` for the keys of one export it draws and returns
  an ``OverlayPart``; ``options`` are the keyword arguments of ``render_map_image``
  it reads (e.g. "hidden_groups"); ``order`` places its layers among the others
  (lower first: under the others' legend rows and tick boxes, whatever the order the
  features were imported in). A key registered twice is a ValueError.
- ``overlay_sources()`` are the registrations by ``order``; ``overlay_labels()`` every
  registered key with its label, in that order.
- An ``OverlayPart`` has put its items into ``request.view`` and tells what it drew:
  ``extent()`` (Web Mercator box or None), ``drawn_xy()`` ((n, 2) Mercator metres of
  its markers and vertices: what a legend should not hide) and ``legend_rows()``.
- A part may also have ``label_candidates(frame, metres_per_px)`` (as a
  ``map.labels.LabelSource`` has): the labels it adds (the proposals' numbers),
  placed together with the basemap's names and drawn over the part's items.
- ``request.cache`` is shared by the parts of every image of one render, so data read
  for one image (e.g. the project's perceptions) is read once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from cosafe.core.i18n import translate

if TYPE_CHECKING:
    from cosafe.store.project_store import ProjectStore
    from cosafe.ui.map.export_legend import LegendRow
    from cosafe.ui.map.layer_stack import Extent


@dataclass(frozen=True)
class OverlayRequest:
    """One feature's share of one exported image."""

    store: ProjectStore
    keys: frozenset[str]  # the overlays asked for that this feature draws
    view: Any  # where the items go: a ViewBox stand-in with addItem/removeItem/viewRect
    public: bool = False  # the public variant: nothing that places a person exactly
    grid_m: float = 100.0  # the public variant's grid, true ground metres (core.privacy.snap_to_grid)
    options: Mapping[str, Any] = field(default_factory=dict)  # the feature's registered options that were given
    cache: dict[str, Any] = field(default_factory=dict)


class OverlayPart(Protocol):
    keys: frozenset[str]

    def extent(self) -> Extent | None: ...

    def drawn_xy(self) -> np.ndarray: ...

    def legend_rows(self) -> list[LegendRow]: ...


@dataclass(frozen=True)
class OverlaySource:
    labels: Mapping[str, str]
    build: Callable[[OverlayRequest], OverlayPart]
    options: frozenset[str]
    order: int
    context: str  # the catalogue's context of the labels (marked with QT_TRANSLATE_NOOP where they are defined)


_SOURCES: list[OverlaySource] = []


def register_overlays(labels: Mapping[str, str], build: Callable[[OverlayRequest], OverlayPart],
                      options: tuple[str, ...] = (), order: int = 0, context: str = "") -> None:
    taken = set(labels) & set(overlay_labels())
    if taken:
        raise ValueError(f"Map overlay {sorted(taken)[0]!r} is registered already")
    _SOURCES.append(OverlaySource(dict(labels), build, frozenset(options), order, context))
    _SOURCES.sort(key=lambda source: source.order)  # stable: equal orders keep registration order


def overlay_sources() -> tuple[OverlaySource, ...]:
    return tuple(_SOURCES)


def overlay_labels() -> dict[str, str]:
    """Every registered key with its label in the reader's language (registered at import, translated now)."""
    return {key: translate(source.context, label) if source.context else label
            for source in _SOURCES for key, label in source.labels.items()}
