"""Read-only queries beyond single records: perception data as numpy columns, plan baselines and places,
map lookups (identify, nearest record, extents, rows for drawing)."""
