"""Merging project files from several laptops: rows, plan, the merge itself (files), conflicts (resolve),
the merge log, backups, basemap layers and handing out field copies."""
