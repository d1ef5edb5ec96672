"""The project file's schema: one module per version (v1 … v6) and the named migrations between them."""
