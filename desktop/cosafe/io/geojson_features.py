"""GeoJSON whose features do not say ``"type": "Feature"``: found cheaply, mended in one streamed pass.

Real exports (a city's incident feed, hand-written scripts) often write the members of a
FeatureCollection as ``{"geometry": …, "properties": …}`` without ``"type": "Feature"``.
GDAL 3.12's GeoJSON driver skips every such member — a file of 4,937 points reads as
0 features, one of two members missing reads as 1 — and a lone feature without its type
loses its properties. CoSafe never imports fewer features without saying so, so such a
file is read through a copy that adds the member.

Contract:
- ``lacks_feature_type(path)`` is True when the file has more ``"geometry"`` members than
  ``"type": "Feature"`` members: some feature does not say its type. It reads the file in
  blocks with byte searches (no parse), so its cost is a fraction of GDAL's read; a property
  named "geometry" can make it say True for a file that needs nothing, which only costs the
  copy below (the copy of such a file reads exactly as the file does).
- ``with_feature_types(path, folder)`` writes, in ``folder`` and under the same file name
  (GDAL names the layer after the file), a copy of ``path`` in which every member of the
  top-level ``"features"`` array — or the top-level object itself when it has no
  ``"features"`` — begins with ``"type": "Feature"``. A member that already says it gets it
  twice, which JSON readers (GDAL's among them) read as once. The pass is streamed: memory
  stays at one block (``BLOCK`` bytes) whatever the file's size. It returns the copy's path.
  Text is handled as UTF-8 bytes, in which a quote or backslash never occurs inside a
  multi-byte character.
"""

from __future__ import annotations

import os
import re

BLOCK = 1 << 20
_OVERLAP = 64  # a member name split across two blocks is still counted once: see _count
_GEOMETRY_MEMBER = re.compile(rb'"geometry"\s*:')
_FEATURE_TYPE = re.compile(rb'"type"\s*:\s*"Feature"')
_FEATURES_MEMBER = re.compile(rb'"features"\s*:')
_INTERESTING = re.compile(rb'["{}\[\]]')  # outside strings: what changes the depth or starts a string
_IN_STRING = re.compile(rb'["\\]')  # inside a string: its end or an escape
_ADDED = b'"type": "Feature", '


def _count(path: str) -> tuple[int, int, bool]:
    """(``"geometry"`` members, ``"type": "Feature"`` members, whether a ``"features"`` member occurs)."""
    geometries = features = 0
    has_features = False
    tail = b""
    with open(path, "rb") as handle:
        while block := handle.read(BLOCK):
            text = tail + block
            # Matches wholly inside the overlap were counted with the previous block: subtract
            # them, so a match lying across the boundary is counted once, in the block where it ends.
            geometries += len(_GEOMETRY_MEMBER.findall(text)) - len(_GEOMETRY_MEMBER.findall(tail))
            features += len(_FEATURE_TYPE.findall(text)) - len(_FEATURE_TYPE.findall(tail))
            has_features = has_features or _FEATURES_MEMBER.search(text) is not None
            tail = text[-_OVERLAP:]
    return geometries, features, has_features


def lacks_feature_type(path: str) -> bool:
    """True when some feature of the GeoJSON file at ``path`` does not say ``"type": "Feature"``."""
    geometries, features, _ = _count(path)
    return geometries > features


def with_feature_types(path: str, folder: str) -> str:
    """A copy of ``path`` in ``folder`` whose features all say ``"type": "Feature"`` (see the contract)."""
    _, _, has_features = _count(path)
    target = os.path.join(folder, os.path.basename(path))
    depth = 0  # objects and arrays open around the current position
    in_string = escaped = False
    key = bytearray()  # the last string read at depth 1: the top-level member being written
    features_depth = None  # the depth inside the top-level "features" array, while in it
    with open(path, "rb") as source, open(target, "wb") as copy:
        while block := source.read(BLOCK):
            out = bytearray()
            position = 0
            while position < len(block):
                if escaped:  # the character after a backslash, perhaps in the next block
                    escaped = False
                    out.append(block[position])
                    if depth == 1:
                        key.append(block[position])
                    position += 1
                    continue
                if in_string:
                    match = _IN_STRING.search(block, position)
                    end = match.start() if match else len(block)
                    if depth == 1 and len(key) < 64:
                        key += block[position:end]
                    if match is None:
                        out += block[position:]
                        position = len(block)
                        continue
                    out += block[position:match.end()]
                    position = match.end()
                    if match.group() == b"\\":
                        escaped = True
                    else:
                        in_string = False
                    continue
                match = _INTERESTING.search(block, position)
                if match is None:
                    out += block[position:]
                    break
                out += block[position:match.end()]
                position = match.end()
                char = match.group()
                if char == b'"':
                    in_string = True
                    if depth == 1:
                        key.clear()
                elif char in (b"{", b"["):
                    depth += 1
                    if char == b"[" and depth == 2 and bytes(key) == b"features":
                        features_depth = 2
                    elif char == b"{" and ((features_depth is not None and depth == features_depth + 1)
                                           or (depth == 1 and not has_features)):
                        out += _ADDED
                else:
                    if char == b"]" and depth == features_depth:
                        features_depth = None
                    depth -= 1
            copy.write(out)
    return target
