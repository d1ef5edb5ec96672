"""workshops."""
