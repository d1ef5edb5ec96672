"""Make a larger OSM XML file by repeating a real extract over a grid (for benchmarks).

Each copy shifts every node by whole multiples of the extract's size and offsets
every id, so the copies form one plausible, larger city without shared ids.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

SHARED_OSM = Path(__file__).resolve().parents[2] / "shared" / "data" / "west-oakland.osm"


def tile_osm(source: Path, target: Path, copies_per_side: int) -> Path:
    """Write ``copies_per_side``² copies of ``source`` into ``target``; return ``target``."""
    root = ET.parse(source).getroot()
    nodes = root.findall("node")
    lons = [float(n.get("lon")) for n in nodes]
    lats = [float(n.get("lat")) for n in nodes]
    width, height = (max(lons) - min(lons)) * 1.02, (max(lats) - min(lats)) * 1.02
    id_step = 10 ** len(str(max(int(e.get("id")) for e in root if e.get("id"))))
    with open(target, "w", encoding="utf-8") as out:
        out.write("<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\" generator=\"cosafe-bench\">\n")
        for kind in ("node", "way", "relation"):
            for copy in range(copies_per_side**2):
                dx, dy = (copy % copies_per_side) * width, (copy // copies_per_side) * height
                offset = copy * id_step
                for element in root.findall(kind):
                    clone = ET.fromstring(ET.tostring(element))
                    clone.set("id", str(int(clone.get("id")) + offset))
                    for attribute in ("version", "timestamp", "uid", "user", "changeset"):
                        clone.attrib.pop(attribute, None)
                    if kind == "node":
                        clone.set("lon", f"{float(clone.get('lon')) + dx:.7f}")
                        clone.set("lat", f"{float(clone.get('lat')) + dy:.7f}")
                    for child in clone:
                        if child.tag == "nd" or (child.tag == "member" and child.get("ref")):
                            child.set("ref", str(int(child.get("ref")) + offset))
                    out.write(ET.tostring(clone, encoding="unicode"))
        out.write("</osm>\n")
    return target
