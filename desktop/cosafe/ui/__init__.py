"""The desktop application (PySide6 + pyqtgraph); the only layer that imports Qt.

Widgets observe the project through a ``ProjectSession`` and never own data: every
change goes through ``ProjectSession.perform(edit)`` so it is one committed
transaction and one undo step.
"""
