"""The window frame: the main window, its menus and toolbar, files and recent files, the welcome
page, status, overview, identify, project properties and the map image export. It installs the features."""
