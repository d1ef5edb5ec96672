"""Importers and exporters between a project and other files (no Qt here)."""
