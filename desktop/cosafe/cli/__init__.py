"""The ``cosafe`` command (``main``): the window by default, subcommands for headless work."""
