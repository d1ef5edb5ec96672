"""CoSafe: offline participatory urban-safety planning.

The package is layered: ``ui`` -> ``io`` -> ``store`` -> ``core``. Nothing below
``ui`` imports Qt (a test enforces it).
"""

__version__ = "0.1.0"
APP_NAME = "CoSafe"
