"""Widgets and helpers that know no record: dialogs, icons, actions, docks and their parking,
fields, swatches, photo strips, table models, progress jobs, live dialogs."""
