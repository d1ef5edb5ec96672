"""The merge tests' helpers, for the CLI tests (tests/store is not on their path)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import shapely

from cosafe.core.records import PerceptionPin
from cosafe.store.project_store import ProjectStore


def file_hash(path: Path | str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def add_pin(store: ProjectStore, story: str) -> PerceptionPin:
    pin = PerceptionPin(geom=shapely.Point(36.83, -1.29), story=story, reason_tags=["poor_lighting"])
    store.insert(pin)
    return pin
