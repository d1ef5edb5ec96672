"""The basemap feature: the Layers dock, importing basemaps (vector, MBTiles, paper maps), zoom to a layer."""
