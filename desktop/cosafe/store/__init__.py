"""The project file: one GeoPackage per project, owned by one ProjectStore.

Only sqlite3, sqlite-utils and shapely here; no Qt.
"""
