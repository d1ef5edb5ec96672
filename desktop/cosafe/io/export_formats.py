"""The formats ``cosafe export`` writes, apart from the exporter (``io.export``), so the command
line's parser can list them without loading shapely, numpy and the store."""

EXPORT_FORMATS = ("gpkg", "geojson", "csv")
