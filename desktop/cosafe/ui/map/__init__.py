"""The map canvas (``canvas.MapCanvas``): basemap layers (vector, tiles, placed images),
navigation, identify, scale bar and north arrow; ``export.render_map_image`` draws the
same map into an image. Nothing is imported here: the light modules (``symbols``,
``overlay_registry``) must not load pyqtgraph, which the window loads with the first project."""
