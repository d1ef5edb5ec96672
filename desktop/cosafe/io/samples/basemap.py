"""Procedural basemap of Riverside, the fictional neighbourhood of the sample project.

Contract:
- ``generate()`` returns the same features (same order, same coordinates) on every
  call: all randomness comes from one ``numpy`` generator with a fixed seed.
- Coordinates are local metres (x east, y north) inside ``FRAME`` (1500 m × 1200 m);
  placing them on the globe is the caller's job (``io.samples.project``).
- Every polygon is valid, and no building touches a road, path, railway or the river:
  buildings are laid out inside the blocks left after cutting those corridors out,
  and a last filter drops any that still touches one.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon, box
from shapely.geometry.base import BaseGeometry

from cosafe.store.basemap import BasemapFeature

WIDTH, HEIGHT = 1500.0, 1200.0
FRAME = box(0.0, 0.0, WIDTH, HEIGHT)
SEED = 2026

WATER_HALF = 16.0  # half the river's bank-to-bank width
BANK_PATH = 24.0  # riverside footpaths run this far from the river's centre line
# highway value -> (half carriageway width, extra clearance kept free of buildings)
_WIDTHS = {"primary": (7.0, 4.0), "secondary": (5.5, 3.5), "residential": (3.0, 1.5),
           "footway": (1.0, 1.0), "path": (1.0, 1.0), "rail": (4.0, 8.0)}
_STREET_NAMES = ("Amani Street", "Tumaini Lane", "Baraka Street", "Neema Lane", "Upendo Street",
                 "Faraja Lane", "Imani Street", "Furaha Lane", "Maua Street", "Kazi Lane", "Jua Street")
_BARS = ("Kona Bar", "Mwezi Lounge", "Green Corner Pub", "Station Bar", "Nyota Club", "Baraka Bar & Grill",
         "Riverside Inn")


def _line(xs: np.ndarray, ys: np.ndarray) -> LineString:
    return LineString(np.column_stack([xs, ys]))


def _parts(shape: BaseGeometry, min_length: float = 0.0) -> list[BaseGeometry]:
    """Single parts of a clipped shape, dropping stubs shorter than ``min_length``."""
    return [p for p in shapely.get_parts(shape) if not p.is_empty and p.length >= min_length]


def _rect(cx: float, cy: float, w: float, d: float, angle: float) -> Polygon:
    a = math.radians(angle)
    local = np.array([(-w, -d), (w, -d), (w, d), (-w, d)]) / 2
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    return Polygon(local @ rot.T + (cx, cy))


def _offset_point(line: LineString, d: float, offset: float) -> Point:
    """The point ``offset`` metres left of a line (right if negative), ``d`` metres along it."""
    a, b = line.interpolate(max(d - 1, 0)), line.interpolate(min(d + 1, line.length))
    tx, ty = b.x - a.x, b.y - a.y
    norm = math.hypot(tx, ty) or 1.0
    c = line.interpolate(d)
    return Point(c.x - ty / norm * offset, c.y + tx / norm * offset)


def _normal_points(line: LineString, step: float, offset: float, alternate: bool = True) -> list[Point]:
    """Points every ``step`` metres along a line, ``offset`` to its left (alternating sides)."""
    return [_offset_point(line, d, -offset if alternate and i % 2 else offset)
            for i, d in enumerate(np.arange(step / 2, line.length, step))]


class _Town:
    """Lays the neighbourhood out step by step; ``features`` collects the result."""

    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.features: list[BasemapFeature] = []
        self.corridors: list[BaseGeometry] = []  # kept free of buildings
        self.carriageways: list[BaseGeometry] = []  # the paved/water surface itself

    def add(self, geometry: BaseGeometry, style: str, name: str | None = None, **tags: str) -> None:
        self.features.append(BasemapFeature(geometry, style, name, dict(tags)))

    def way(self, line: BaseGeometry, style: str, highway: str, name: str | None = None, **tags: str) -> None:
        half, clear = _WIDTHS[highway]
        key = "railway" if highway == "rail" else "highway"
        for part in _parts(line.intersection(FRAME), 1.0):
            self.add(part, style, name, **{key: highway}, **tags)
            self.corridors.append(part.buffer(half + clear))
            self.carriageways.append(part.buffer(half))

    # -- the fixed skeleton: river, main roads, railway ----------------------

    def skeleton(self) -> None:
        xs = np.linspace(-60, WIDTH + 60, 181)
        self.river = _line(xs, 420 - 0.07 * xs + 40 * np.sin(2 * np.pi * xs / 700 + 0.5)
                           + 12 * np.sin(2 * np.pi * xs / 260 + 1.3))
        water = self.river.buffer(WATER_HALF, cap_style="flat").intersection(FRAME)
        self.add(water, "water", "Mvua River", natural="water", water="river")
        self.add(self.river.intersection(FRAME), "waterway", "Mvua River", waterway="river")
        self.river_zone = self.river.buffer(WATER_HALF + 6)
        self.corridors.append(self.river_zone)
        self.carriageways.append(water)

        ys = np.linspace(-30, HEIGHT + 30, 61)
        self.main = _line(700 + 0.06 * ys + 10 * np.sin(ys / 260), ys)
        deck = self.river.buffer(WATER_HALF + 8)  # the bridge spans the water and its banks
        self.way(self.main.difference(deck), "major_road", "primary", "Riverside Road", lanes="2", surface="asphalt")
        self.way(self.main.intersection(deck), "major_road", "primary", "Riverside Road", lanes="2",
                 bridge="yes", layer="1")
        xs = np.linspace(-30, WIDTH + 30, 61)
        self.soko = _line(xs, 760 - 0.03 * xs + 8 * np.sin(xs / 200))
        self.way(self.soko, "major_road", "secondary", "Soko Street", surface="asphalt")
        self.rail = _line(xs, 1080 - 0.06 * xs + 6 * np.sin(xs / 400))
        self.way(self.rail, "railway", "rail", "Riverside Branch Line", usage="branch", gauge="1000")
        self.majors = shapely.union_all([self.main, self.soko, self.rail])

        river_xy, rail_xy = np.asarray(self.river.coords), np.asarray(self.rail.coords)
        self.districts = [  # (polygon, street angle in degrees): the grid turns with the terrain
            (Polygon([(-60, -100), *river_xy, (WIDTH + 60, -100)]).intersection(FRAME), -14.0),
            (Polygon([*river_xy, *rail_xy[::-1]]).intersection(FRAME), -2.0),
            (Polygon([*rail_xy, (WIDTH + 30, HEIGHT + 100), (-30, HEIGHT + 100)]).intersection(FRAME), -4.0),
        ]

    # -- named places --------------------------------------------------------

    def places(self) -> None:
        majors = shapely.union_all(self.corridors)
        middle, south = self.districts[1][0], self.districts[0][0]

        def area(cx: float, cy: float, w: float, d: float, district: BaseGeometry, angle: float = -2.0) -> Polygon:
            """A plot turned with its district's streets, cut back from main roads, rail and river."""
            pieces = shapely.get_parts(_rect(cx, cy, w, d, angle).intersection(district).difference(majors))
            return max(pieces, key=lambda p: p.area)

        self.market = area(675, 680, 170, 160, middle)
        self.police = area(705, 770, 110, 60, middle)
        self.interchange = area(820, 1000, 150, 200, middle)
        self.park = area(925, 300, 270, 600, middle)
        self.clinic = area(1195, 815, 90, 70, middle)
        self.industrial = area(1345, 985, 310, 230, middle)
        self.school = area(325, 150, 150, 120, south, -14.0)
        self.pitch = area(485, 112, 100, 70, south, -14.0)
        self.add(self.market, "landuse", "Riverside Market", amenity="marketplace", landuse="retail")
        self.add(self.police, "landuse", "Riverside Police Post", amenity="police")
        self.add(self.interchange, "landuse", "Riverside Interchange", amenity="bus_station",
                 public_transport="station")
        self.add(self.park, "green", "Mto Park", leisure="park")
        self.add(self.clinic, "landuse", "Mto Health Centre", amenity="clinic", healthcare="clinic")
        self.add(self.industrial, "landuse", None, landuse="industrial")
        self.add(self.school, "landuse", "Riverside Primary School", amenity="school")
        self.add(self.pitch, "green", "Riverside Grounds", leisure="pitch", sport="soccer")
        self.special = [self.market, self.police, self.interchange, self.park, self.clinic, self.industrial,
                        self.school, self.pitch]
        self.corridors += [s.buffer(2) for s in self.special]

    # -- streets and paths ---------------------------------------------------

    def streets(self) -> None:
        blocked = shapely.union_all([self.river_zone, self.rail.buffer(14)] + [s.buffer(3) for s in self.special])
        near_major = self.majors.buffer(25)
        names = iter(_STREET_NAMES)
        for index, (district, angle) in enumerate(self.districts):
            a = math.radians(angle)
            u_hat, v_hat = np.array([math.cos(a), math.sin(a)]), np.array([-math.sin(a), math.cos(a)])
            xy = np.asarray(district.exterior.coords)
            u0, u1 = (xy @ u_hat).min(), (xy @ u_hat).max()
            v0, v1 = (xy @ v_hat).min(), (xy @ v_hat).max()
            room = district.difference(blocked)
            lines: list[tuple[LineString, str]] = []
            along_vs = np.arange(v0 + 55, v1 - 20, 92.0)
            for v in along_vs + self.rng.uniform(-8, 8, len(along_vs)):
                us = np.linspace(u0 - 20, u1 + 20, 6)
                vs = v + self.rng.uniform(-3, 3, 6)
                lines.append((LineString(np.outer(us, u_hat) + np.outer(vs, v_hat)), "residential"))
            cross_us = np.arange(u0 + 40, u1 - 20, 78.0)
            cross_us += self.rng.uniform(-8, 8, len(cross_us))
            for u in cross_us:
                start, end = v0 - 20, v1 + 20
                if self.rng.random() < 0.3:  # dead ends: not every lane runs the full length
                    start, end = sorted(self.rng.uniform(v0, v1, 2))
                vs = np.linspace(start, end, 5)
                us = u + self.rng.uniform(-3, 3, 5)
                lines.append((LineString(np.outer(us, u_hat) + np.outer(vs, v_hat)), "residential"))
            if index == 0:  # informal shortcuts between lanes in the older, southern part
                for u in (cross_us[:-1] + cross_us[1:]) / 2:
                    if self.rng.random() < 0.3:
                        start = self.rng.uniform(v0, v1)
                        vs = np.array([start, start + 92.0 * self.rng.integers(1, 3)])
                        lines.append((LineString(np.outer([u, u], u_hat) + np.outer(vs, v_hat)), "path"))
            for line, kind in lines:
                if line.intersection(near_major).length > 0.3 * line.intersection(district).length:
                    continue  # would run alongside a main road or the railway
                for part in _parts(line.intersection(room), 25.0):
                    if kind == "path":
                        self.way(part, "path", "path", None, surface="dirt")
                    else:
                        name = next(names, None) if part.length > 300 else None
                        self.way(part, "minor_road", "residential", name, surface="unpaved")
                        if self.rng.random() < 0.25:  # only some lanes are lit: a diagnosis topic
                            self.lamps(part, 45.0, 4.0)

    def paths(self) -> None:
        north = self.river.offset_curve(BANK_PATH)
        south = self.river.offset_curve(-BANK_PATH).intersection(box(150, 0, 1100, HEIGHT))
        self.way(north, "path", "footway", "Riverside Walk", surface="paving_stones")
        self.way(south, "path", "path", None, surface="dirt")
        at = self.river.project(Point(965, 380))  # square across the river, bank path to bank path
        self.footbridge = LineString([_offset_point(self.river, at, side * BANK_PATH) for side in (-1, 1)])
        self.way(self.footbridge, "path", "footway", "Mto Footbridge", bridge="yes", layer="1")
        minx, miny, maxx, maxy = self.park.bounds
        landing = self.footbridge.coords[1]
        for p0, p1, p2 in (((minx, maxy), ((minx + maxx) / 2, (miny + maxy) / 2 + 30), landing),
                           ((maxx, maxy - 10), ((minx + maxx) / 2 + 40, maxy - 40), landing),
                           ((minx, miny + 60), ((minx + maxx) / 2, maxy - 20), (maxx, maxy - 40))):
            t = np.linspace(0, 1, 24)[:, None]
            curve = LineString((1 - t) ** 2 * np.array(p0) + 2 * t * (1 - t) * np.array(p1) + t ** 2 * np.array(p2))
            self.way(curve.intersection(self.park.buffer(-1)), "path", "footway", None, surface="gravel")
        for lamp in _normal_points(shapely.line_merge(north.intersection(self.park)), 40.0, 2.0, False):
            self.add(lamp, "lamp", None, highway="street_lamp")

    def lamps(self, line: BaseGeometry, step: float, offset: float) -> None:
        for point in _normal_points(line, step, offset):
            if FRAME.contains(point):
                self.add(point, "lamp", None, highway="street_lamp")

    # -- buildings -----------------------------------------------------------

    def fill(self, area: BaseGeometry, angle: float, cell: tuple[float, float], keep: tuple[float, float],
             size: tuple[float, float] = (0.62, 0.88), aisle_every: int = 0) -> np.ndarray:
        """Footprints on a lattice turned to ``angle`` (street-aligned), with gaps.

        ``keep`` is the chance a lot is built near the block edge (street frontage)
        and in the block's inner yards; ``aisle_every`` leaves every n-th row empty.
        """
        (cw, cd), a = cell, math.radians(angle)
        rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
        local = shapely.get_coordinates(area) @ rot  # world -> lattice frame
        (u0, v0), (u1, v1) = local.min(axis=0), local.max(axis=0)
        us = np.arange(u0 + cw / 2, u1, cw) + self.rng.uniform(0, cw / 2)
        vs = np.arange(v0 + cd / 2, v1, cd) + self.rng.uniform(0, cd / 2)
        uu, vv = np.meshgrid(us, vs)
        rows = np.broadcast_to(np.arange(len(vs))[:, None], uu.shape).ravel()
        centres = np.column_stack([uu.ravel(), vv.ravel()])
        n = len(centres)
        half = np.column_stack([cw * self.rng.uniform(*size, n), cd * self.rng.uniform(*size, n)]) / 2
        slack = np.array([cw / 2, cd / 2]) - half
        centres = centres + slack * self.rng.uniform(-0.8, 0.8, (n, 2))
        signs = np.array([(-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1)])
        corners = (centres[:, None, :] + signs[None, :, :] * half[:, None, :]) @ rot.T
        footprints = shapely.polygons(corners)
        shapely.prepare(area)
        depth = shapely.distance(area.boundary, shapely.points(centres @ rot.T))
        chance = np.where(depth < 1.6 * cd, keep[0], keep[1])
        chosen = shapely.contains(area, footprints) & (self.rng.random(n) < chance)
        if aisle_every:
            chosen &= rows % aisle_every != aisle_every - 1
        return footprints[chosen]

    def buildings(self) -> None:
        blocks = [b for b in shapely.get_parts(FRAME.difference(shapely.union_all(self.corridors))) if b.area > 150]
        frontage = shapely.union_all([self.main, self.soko])
        houses = []
        for block in blocks:
            inside = block.representative_point()
            angle = next(a for d, a in self.districts if d.buffer(1).contains(inside))
            if block.distance(frontage) < 16:  # shops and flats line the main roads
                houses.append(self.fill(block, angle, (13.0, 15.0), (0.92, 0.45)))
            else:
                cell = (float(self.rng.uniform(9.5, 12)), float(self.rng.uniform(11, 14)))
                houses.append(self.fill(block, angle, cell, (0.86, 0.3)))
        special = [
            (_rect(*self.at(self.school, 0, 35, -14), 60, 10, -14), "school"),
            (_rect(*self.at(self.school, 0, 0, -14), 60, 10, -14), "school"),
            (_rect(*self.at(self.school, -10, -35, -14), 40, 10, -14), "school"),
            (_rect(*self.at(self.clinic, 0, 8, -2), 30, 12, -2), "yes"),
            (_rect(*self.at(self.clinic, -12, -16, -2), 12, 8, -2), "yes"),
            (_rect(*self.at(self.police, 0, 0, -2), 16, 9, -2), "yes"),
        ]
        x_station = 835.0
        y_station = float(np.interp(x_station, *np.asarray(self.rail.coords).T)) - 24
        self.station = _rect(x_station, y_station, 40, 10, -3.4)
        self.market_toilets = _rect(*self.at(self.market, -40, -40, -2), 8, 5, -2)
        self.park_toilets = _rect(*self.at(self.park, -30, 95, -2), 7, 4, -2)  # by the north gate
        special += [(self.station, "train_station"), (self.market_toilets, "toilets"), (self.park_toilets, "toilets")]
        shelters = [_rect(*self.at(self.interchange, du, -25, -2), 30, 4, -2) for du in (-45, 0, 45)]
        special += [(s, "roof") for s in shelters]
        stalls = self.fill(self.market.buffer(-4).difference(self.market_toilets.buffer(3)), -2, (4.0, 3.4),
                           (0.97, 0.97), (0.8, 0.84), aisle_every=3)
        warehouses = self.fill(self.industrial.buffer(-6), -4, (34.0, 26.0), (0.85, 0.85), (0.7, 0.9))
        # Last guard: nothing may stand on a carriageway, path, track or in the water.
        surface = shapely.union_all(self.carriageways).buffer(0.5)
        shapely.prepare(surface)
        for footprints, tags in ((np.concatenate(houses), {"building": "yes"}),
                                 (stalls, {"building": "kiosk", "shop": "stall"}),
                                 (warehouses, {"building": "warehouse"})):
            for footprint in footprints[~shapely.intersects(surface, footprints)]:
                self.add(footprint, "building", None, **tags)
        for footprint, kind in special:
            if surface.intersects(footprint):  # placed by hand above: a layout change broke it
                raise RuntimeError(f"sample basemap: a {kind} building stands on a road or path")
            self.add(footprint, "building", "Riverside Halt" if kind == "train_station" else None, building=kind)

    def at(self, area: Polygon, du: float, dv: float, angle: float) -> tuple[float, float]:
        """A point ``du, dv`` metres from an area's centre, in a frame turned by ``angle``."""
        a, c = math.radians(angle), area.centroid
        return c.x + du * math.cos(a) - dv * math.sin(a), c.y + du * math.sin(a) + dv * math.cos(a)

    # -- points of interest --------------------------------------------------

    def pois(self) -> None:
        main, soko = self.main.intersection(FRAME), self.soko.intersection(FRAME)
        self.lamps(main, 35.0, 8.5)
        self.lamps(soko, 35.0, 7.0)
        for du, dv in ((-50, 20), (50, 20), (-50, -50), (50, -50)):
            self.add(Point(self.at(self.interchange, du, dv, -2)), "lamp", None, highway="street_lamp")
        stops = [(main, d, side, f"Riverside Road {label}") for d, label in ((160, "South"), (560, "Mto Bridge"),
                                                                           (870, "Soko Junction")) for side in (1, -1)]
        stops += [(soko, d, side, f"Soko Street {label}") for d, label in ((320, "West"), (1150, "East"))
                  for side in (1, -1)]
        for line, d, side, name in stops:
            self.add(_offset_point(line, d, 10 * side), "transport", name, highway="bus_stop", public_transport="platform")
        for i, du in enumerate((-45, 0, 45)):
            self.add(Point(self.at(self.interchange, du, -32, -2)), "transport", f"Riverside Interchange bay {'ABC'[i]}",
                     highway="bus_stop", public_transport="platform")
        for area, name, tags in (
                (self.market, "Riverside Market", {"amenity": "marketplace"}),
                (self.police, "Riverside Police Post", {"amenity": "police"}),
                (self.school, "Riverside Primary School", {"amenity": "school"}),
                (self.clinic, "Mto Health Centre", {"amenity": "clinic"}),
                (self.station, "Riverside Halt", {"railway": "station", "public_transport": "station"})):
            self.add(area.centroid, "transport" if "railway" in tags else "poi", name, **tags)
        toilets = [self.market_toilets.centroid, self.park_toilets.centroid,
                   Point(self.at(self.interchange, 60, 10, -2))]
        for point, fee in zip(toilets, ("yes", "no", "yes")):
            self.add(point, "poi", None, amenity="toilets", fee=fee, access="yes")
        spots = [(soko, x, s) for x, s in ((230, 1), (480, -1), (905, 1), (1050, -1), (1330, 1))]
        spots += [(main, 925, 1), (main, 1010, 1)]  # west side, facing the interchange
        for (line, d, side), name in zip(spots, _BARS):
            self.add(_offset_point(line, d, 15 * side), "poi", name, amenity="bar", opening_hours="16:00-02:00")


def generate() -> list[BasemapFeature]:
    """The whole Riverside basemap in local metres, always the same."""
    town = _Town()
    town.skeleton()
    town.places()
    town.streets()
    town.paths()
    town.buildings()
    town.pois()
    return town.features
