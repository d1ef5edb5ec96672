"""Heat map of 10,000 unsafe pins: bin on the Web Mercator grid and blur by a radius in metres.

Scatters N pins over the sample neighbourhood (half of them in a few hotspots, as
real pins cluster) and prints the median time of ``heat_grid`` for several radii,
weighted and not (budget < 200 ms for 10,000 pins).
Usage: python bench/heatmap.py [--pins 10000]
"""

from __future__ import annotations

import argparse

import numpy as np

from cosafe.core.heatmap import heat_grid, low_score_weights
from cosafe.io.samples.project import SAMPLE_BBOX
from timing import median_ms  # noqa: E402  (bench/ is on sys.path when run as a script)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pins", type=int, default=10_000)
    args = parser.parse_args()
    west, south, east, north = SAMPLE_BBOX
    generator = np.random.default_rng(3)
    spread = args.pins // 2
    hotspots = generator.uniform((west, south), (east, north), size=(8, 2))
    clustered = hotspots[generator.integers(0, 8, args.pins - spread)] + generator.normal(0, 0.0008, (args.pins - spread, 2))
    points = np.vstack([generator.uniform((west, south), (east, north), size=(spread, 2)), clustered])
    lons, lats = points[:, 0], points[:, 1]
    weights = low_score_weights(generator.uniform(0, 5, args.pins))
    print(f"{args.pins} pins over the sample neighbourhood ({west:.4f}, {south:.4f}, {east:.4f}, {north:.4f})")
    for radius in (25, 50, 100, 250):
        grid = heat_grid(lons, lats, None, radius)
        plain = median_ms(lambda: heat_grid(lons, lats, None, radius))
        weighted = median_ms(lambda: heat_grid(lons, lats, weights, radius))
        in_view = median_ms(lambda: heat_grid(lons, lats, None, radius, bbox=SAMPLE_BBOX))
        print(f"radius {radius:>3} m: grid {grid.values.shape[1]}×{grid.values.shape[0]} cells of {grid.cell_m:.1f} m: "
              f"{plain:6.1f} ms, weighted {weighted:6.1f} ms, sample bbox {in_view:6.1f} ms  (budget < 200 ms)")


if __name__ == "__main__":
    main()
