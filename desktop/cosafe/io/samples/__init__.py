"""The generators of the bundled sample project: basemap, workshop, audits, pins, plan."""
