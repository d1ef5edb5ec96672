"""Read an OpenStreetMap extract (.osm XML or .osm.pbf) in one pass with libosmium (pyosmium).

Contract: ``iter_osm(path)`` yields, a batch at a time, the nodes, ways and areas CoSafe
draws, classed by ``osm_classes.classify`` — the same features, tags and shapes GDAL's OSM
driver gives through its points, lines and multipolygons layers (its default
``osmconf.ini``), read in one pass instead of one pass per layer; ``read_osm`` gives them all
at once. A file it cannot read raises OsmReadError; an unsorted one (or one with negative
ids) raises UnsortedOsm before any feature is lost, and is read from ``sorted_copy``. The caller refuses XML entity declarations
before (``vector_source._refuse_xml_entities``); libosmium reads only the local file.

Why pyosmium and not GDAL: GDAL's OSM driver parses the whole file once per layer
asked for unless the caller reads the dataset interleaved (``GDALDataset::GetNextFeature``),
which pyogrio does not offer; reading three layers was three parses plus converting
every feature's attributes to text in Python. libosmium reads once (plus a quick pass
over the relations to find multipolygons), assembles multipolygons itself, and its
filters drop in C++ every object whose tags ``classify`` would refuse anyway.

Memory: node locations are kept in memory for files up to ``IN_MEMORY_LIMIT`` bytes and
in a temporary file beside the system's other temporary files above it, so a large
extract does not hold every node's coordinates in memory; features are handed over in
batches of ``BATCH_SIZE`` and libosmium's read-ahead queues are kept short.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice

# libosmium's reader decodes ahead of the one pass into queues of buffers (20 of each by
# default): on a 46 MB XML extract that held some 14 MB more than the pass needs, at no gain
# in speed (same CPU time, measured). Read when a reader is made; a value set in the
# environment wins.
for _queue in ("OSMIUM_MAX_INPUT_QUEUE_SIZE", "OSMIUM_MAX_OSMDATA_QUEUE_SIZE"):
    os.environ.setdefault(_queue, "2")

import osmium  # noqa: E402 - after the queue sizes above
import osmium.filter  # noqa: E402
import osmium.geom  # noqa: E402
import osmium.io  # noqa: E402
import shapely  # noqa: E402

from cosafe.io import osm_classes

# Keys ``osm_classes.classify`` looks at: an object with none of them is never drawn.
CLASSIFIED_KEYS = ("place", "highway", "public_transport", "railway", "amenity", "man_made", "emergency", "shop",
                   "tourism", "historic", "waterway", "building", "natural", "landuse", "leisure")

# GDAL's osmconf.ini: a closed way is an area when it has one of these keys (or key=value),
# or area=yes; area=no keeps it a line.
POLYGON_KEYS = frozenset({"aeroway", "amenity", "boundary", "building", "craft", "geological", "historic", "landuse",
                          "leisure", "military", "natural", "office", "place", "shop", "sport", "tourism"})
POLYGON_TAGS = frozenset({("highway", "platform"), ("public_transport", "platform")})

# Tags GDAL's osmconf.ini ignores (a key ending in ":" is a prefix); areas also drop "area".
IGNORED_KEYS = frozenset({"created_by", "converted_by", "source", "time", "ele", "note", "todo", "fixme", "FIXME"})
IGNORED_PREFIXES = ("openGeoDB:",)

# Above this size the node locations go to a temporary file, not memory.
IN_MEMORY_LIMIT = 32 * 1024 * 1024
# Features handed over at a time. 2,000 rather than 20,000: the same CPU time (the per-batch
# work is vectorised either way) and a third less peak memory (Malta's extract 125 → 80 MB).
BATCH_SIZE = 2_000


class OsmReadError(Exception):
    """libosmium could not read the file (damaged, truncated, not OSM)."""


class UnsortedOsm(Exception):
    """The file's objects are not sorted by type and id (Overpass exports, edited extracts),
    which assembling multipolygons needs, or its ways use nodes of negative id (made in an
    editor, never uploaded), which the location index cannot keep: read a ``sorted_copy``."""


@dataclass
class OsmFeatures:
    """The drawn features of an extract, as parallel lists (one entry per feature)."""

    geometries: list = field(default_factory=list)  # shapely Point / LineString / MultiPolygon
    wkbs: list[bytes] = field(default_factory=list)  # libosmium's WKB of each (2D, little-endian, ISO)
    style_classes: list[str] = field(default_factory=list)
    names: list[str | None] = field(default_factory=list)
    tags: list[dict[str, str]] = field(default_factory=list)
    without_shape: int = 0  # drawn features whose shape libosmium could not build
    stopped: bool = False  # ``keep`` said stop: the read is incomplete


def closed_way_is_area(tags: dict[str, str]) -> bool:
    """GDAL's rule (``closed_ways_are_polygons``) for a closed way: area or line."""
    area = tags.get("area")
    if area == "no":
        return False
    if area == "yes":
        return True
    return any(key in POLYGON_KEYS or (key, value) in POLYGON_TAGS for key, value in tags.items())


def _tags(taglist) -> dict[str, str]:
    """An object's tags (libosmium's tag list) without those GDAL ignores.

    Read as many tags as the list holds (``islice``) rather than until the iterator ends:
    pyosmium ends a tag iteration by throwing a C++ exception, which cost more than reading
    the tags themselves (the dicts of Malta's 80,000 objects: 1.0 s of CPU, 0.3 s with ``islice``)."""
    return {key: value for key, value in islice(taglist, len(taglist))
            if key not in IGNORED_KEYS and not key.startswith(IGNORED_PREFIXES)}


class _Relations:
    """Seen in the first pass over the relations: each multipolygon's ``type`` (libosmium leaves
    it out of the area's tags; GDAL keeps it) and the ways that are its members of role "outer" (GDAL draws
    such a closed way only as part of the relation's shape, never as an area of its own; an
    inner member, a building in a courtyard, stays an area of its own). A relation tagged with
    its type only and one outer way is an old-style multipolygon: like GDAL, it takes the tags
    of that way (``lenders``, ``lent``)."""

    def __init__(self) -> None:
        self.types: dict[int, str] = {}
        self.outer_ways: set[int] = set()
        self.lenders: dict[int, int] = {}  # way id -> the untagged relation that takes its tags
        self.lent: dict[int, dict[str, str]] = {}  # relation id -> its outer way's tags, once read
        # relation id -> its old-style outer way as an area of its own (class, tags, WKB), drawn
        # (as GDAL does) if libosmium cannot assemble the relation
        self.waiting: dict[int, tuple[str, dict[str, str], str]] = {}
        self.assembled: set[int] = set()  # relations whose area came

    def relation(self, relation) -> None:
        kind = relation.tags.get("type")
        if kind in ("multipolygon", "boundary"):
            self.types[relation.id] = kind
            outer = [member.ref for member in relation.members if member.type == "w" and member.role == "outer"]
            self.outer_ways.update(outer)
            if len(relation.tags) == 1 and len(outer) == 1:  # old style: the tags are on the outer way
                self.lenders[outer[0]] = relation.id


def _format(path: str) -> str:
    """libosmium's name for the file's format, told by content (libosmium goes by the file's
    name, and an Overpass download is called "interpreter" or "map"): "osm" for XML, else "pbf"."""
    with open(path, "rb") as handle:
        return "osm" if handle.read(1024).lstrip().startswith(b"<") else "pbf"


_NEGATIVE_MARKS = (b'id="-', b"id='-", b'ref="-', b"ref='-")


def _has_negative_ids(path: str) -> bool:
    """True for an OSM XML file with an object or reference of negative id (saved by an editor
    before upload). A scan of the bytes, a few milliseconds a MB; PBF files are not scanned."""
    with open(path, "rb") as handle:
        tail = b""
        first = True
        while chunk := handle.read(1 << 20):
            if first and not chunk.lstrip().startswith(b"<"):
                return False
            first = False
            text = tail + chunk
            if any(mark in text for mark in _NEGATIVE_MARKS):
                return True
            tail = text[-8:]
    return False


def _location_index(path: str) -> tuple[str, str | None]:
    """The node location index for a file of this size, and the temporary file it uses (if any)."""
    if os.path.getsize(path) <= IN_MEMORY_LIMIT:
        return "flex_mem", None
    handle, index_path = tempfile.mkstemp(prefix="cosafe-osm-", suffix=".idx")
    os.close(handle)
    return f"sparse_file_array,{index_path}", index_path


def iter_osm(path: str, batch_size: int = BATCH_SIZE, keep: Callable[[int], bool] | None = None) -> Iterator[OsmFeatures]:
    """The features CoSafe draws from an OSM file, read in one pass (see the module's contract),
    ``batch_size`` at a time, so a caller can write each batch and let it go.

    ``keep(objects read so far)`` is asked every few thousand objects; when it returns False
    the read stops and the last batch has ``stopped`` set (the caller then cancels).
    Raises OsmReadError.
    """
    if _has_negative_ids(path):
        raise UnsortedOsm()
    batch = OsmFeatures()
    factory = osmium.geom.WKBFactory()
    wkbs: list = []
    index, index_path = _location_index(path)
    relations = _Relations()
    try:
        processor = (osmium.FileProcessor(osmium.io.File(path, _format(path)))
                     .with_locations(index)
                     .with_areas(relations)
                     .with_filter(osmium.filter.KeyFilter(*CLASSIFIED_KEYS)
                                  .enable_for(osmium.osm.NODE | osmium.osm.WAY)))
        seen = 0
        for entity in processor:
            seen += 1
            if keep is not None and seen % 4096 == 0 and not keep(seen):
                batch.stopped = True
                break
            # ``classify`` reads a few keys, which libosmium's tag list answers without a dict:
            # the dict of all tags is made only for what is kept.
            if entity.is_node():
                style_class = osm_classes.classify(entity.tags, "point")
                if style_class is None:
                    continue
                tags = _tags(entity.tags)
                tags["osm_id"] = str(_original_id(entity.id))
                make = factory.create_point
            elif entity.is_way():
                if entity.id in relations.lenders:
                    relations.lent[relations.lenders[entity.id]] = _tags(entity.tags)
                # Classified first: most closed ways (buildings) are no line, and the tag dict
                # is made only for what may be kept (``classify`` reads no key GDAL ignores).
                style_class = osm_classes.classify(entity.tags, "line")
                if style_class is None:
                    continue
                tags = _tags(entity.tags)
                if entity.is_closed() and len(entity.nodes) >= 4 and closed_way_is_area(tags):
                    continue  # an area: comes again as one
                tags["osm_id"] = str(_original_id(entity.id))
                make = factory.create_linestring
            elif entity.is_area():
                if entity.from_way():
                    style_class = osm_classes.classify(entity.tags, "polygon")
                    if style_class is None:
                        continue
                    tags = _tags(entity.tags)
                    if not closed_way_is_area(tags):
                        continue  # a closed line, read as a way
                    tags["osm_way_id"] = str(_original_id(entity.orig_id()))
                    lender_of = relations.lenders.get(entity.orig_id())
                    if lender_of is not None:  # drawn as its relation, unless that cannot be assembled
                        if lender_of not in relations.assembled:
                            try:
                                relations.waiting[lender_of] = (style_class, tags, factory.create_multipolygon(entity))
                            except (RuntimeError, osmium.InvalidLocationError):
                                batch.without_shape += 1
                        continue
                    if entity.orig_id() in relations.outer_ways:
                        continue  # drawn as part of its multipolygon
                else:  # areas are not filtered by key: an old-style one has no tags of its own
                    tags = _tags(entity.tags) or dict(relations.lent.get(entity.orig_id(), {}))
                    style_class = osm_classes.classify(tags, "polygon")
                    if style_class is None:
                        continue
                    tags["osm_id"] = str(_original_id(entity.orig_id()))
                    tags["type"] = relations.types.get(entity.orig_id(), "multipolygon")
                    relations.waiting.pop(entity.orig_id(), None)
                    relations.assembled.add(entity.orig_id())
                tags.pop("area", None)
                make = factory.create_multipolygon
            else:
                continue
            try:
                wkbs.append(make(entity))
            except (RuntimeError, osmium.InvalidLocationError):  # too few points, a node missing from the extract
                if entity.is_way() and any(node.ref < 0 for node in entity.nodes):
                    raise UnsortedOsm() from None  # an editor's new node: the index keeps positive ids only
                batch.without_shape += 1
                continue
            batch.style_classes.append(style_class)
            batch.names.append(tags.get("name"))
            batch.tags.append(tags)
            if len(wkbs) >= batch_size:
                yield _finished(batch, wkbs)
                batch, wkbs = OsmFeatures(), []
        for style_class, tags, wkb in relations.waiting.values():
            wkbs.append(wkb)
            batch.style_classes.append(style_class)
            batch.names.append(tags.get("name"))
            batch.tags.append(tags)
    except RuntimeError as error:
        if "out of order" in str(error):
            raise UnsortedOsm() from None
        raise OsmReadError(str(error)) from None
    finally:
        if index_path is not None:
            try:
                os.remove(index_path)
            except OSError:
                pass
    yield _finished(batch, wkbs)


def _finished(batch: OsmFeatures, wkbs: list[str]) -> OsmFeatures:
    """The batch with its WKB (libosmium writes it as hex) and its shapes made from it, all at once;
    None for a WKB shapely refuses."""
    batch.wkbs = [bytes.fromhex(wkb) for wkb in wkbs]
    batch.geometries = list(shapely.from_wkb(batch.wkbs, on_invalid="ignore")) if wkbs else []
    return batch


# Negative ids (objects an editor made but never uploaded) become ids above this one in a
# ``sorted_copy``: libosmium's location index keeps positive ids only. ``_original_id`` undoes it.
NEGATIVE_BASE = 1 << 50


def _positive(ref: int) -> int:
    return NEGATIVE_BASE - ref if ref < 0 else ref


def _original_id(ref: int) -> int:
    return NEGATIVE_BASE - ref if ref > NEGATIVE_BASE else ref


class _Copy:
    """Passes objects to a writer as they are."""

    def __init__(self, writer) -> None:
        self.node, self.way, self.relation = writer.add_node, writer.add_way, writer.add_relation


class _PositiveIds:
    """Passes sorted objects to a writer, each negative id (of an object or a reference) made
    positive (``NEGATIVE_BASE``)."""

    def __init__(self, writer) -> None:
        self.writer = writer

    def node(self, node) -> None:
        self.writer.add_node(node.replace(id=_positive(node.id)) if node.id < 0 else node)

    def way(self, way) -> None:
        refs = [ref.ref for ref in way.nodes]
        if way.id < 0 or min(refs, default=0) < 0:
            way = way.replace(id=_positive(way.id), nodes=[_positive(ref) for ref in refs])
        self.writer.add_way(way)

    def relation(self, relation) -> None:
        members = [(member.type, member.ref, member.role) for member in relation.members]
        if relation.id < 0 or any(ref < 0 for _, ref, _ in members):
            relation = relation.replace(id=_positive(relation.id),
                                        members=[(kind, _positive(ref), role) for kind, ref, role in members])
        self.writer.add_relation(relation)


@contextlib.contextmanager
def sorted_copy(path: str) -> Iterator[str]:
    """A temporary copy of an OSM file with its objects sorted (in memory, so only for the
    unsorted files ``UnsortedOsm`` names, usually small Overpass exports) and negative ids made
    positive (``NEGATIVE_BASE``; sorted again after that), removed afterwards. Raises OsmReadError."""
    folder = tempfile.mkdtemp(prefix="cosafe-osm-")
    positive, target = os.path.join(folder, "positive.osm.pbf"), os.path.join(folder, "sorted.osm.pbf")
    try:
        try:
            for source, destination, handler in ((path, positive, _PositiveIds), (positive, target, _Copy)):
                merger = osmium.MergeInputReader()  # sorts what it was given by type and id
                with open(source, "rb") as handle:
                    merger.add_buffer(handle.read(), _format(source))
                writer = osmium.SimpleWriter(destination)
                try:
                    merger.apply(handler(writer))
                finally:
                    writer.close()
        except RuntimeError as error:
            raise OsmReadError(str(error)) from None
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def read_osm(path: str) -> OsmFeatures:
    """All the features CoSafe draws from an OSM file, in one batch (``iter_osm``)."""
    result = OsmFeatures()
    for batch in iter_osm(path):
        result.geometries += batch.geometries
        result.wkbs += batch.wkbs
        result.style_classes += batch.style_classes
        result.names += batch.names
        result.tags += batch.tags
        result.without_shape += batch.without_shape
    return result
