"""The project file's schema: one module per version (v1, v2, v3, v4) and the named migrations between them."""
