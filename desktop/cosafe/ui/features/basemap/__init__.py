"""basemap."""
