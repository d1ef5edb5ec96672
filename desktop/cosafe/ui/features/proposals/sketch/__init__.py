"""Sketching proposals on the map: the Draw toolbar and menu, the controller, the editing tools, the selection."""
