"""The merge feature: merging field copies, resolving conflicts, handing out field copies, merge history, provenance."""
