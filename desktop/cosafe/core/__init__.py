"""Pure-Python domain layer: records, criteria, edits. No Qt, no SQLite."""
