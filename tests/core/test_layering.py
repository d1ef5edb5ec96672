"""The command imports Qt only to start the window (the boundaries themselves: tests/test_boundaries.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import cosafe

PACKAGE = Path(cosafe.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_cli_imports_qt_only_for_the_gui():
    """The headless subcommands must run without a display: cli/ imports no Qt at module level."""
    top_level = [node for path in _modules_of("cli") for node in ast.parse(path.read_text(encoding="utf-8")).body
                 if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert top_level
    for node in top_level:
        names = [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
        for name in names:
            assert name and name.split(".")[0] not in QT_MODULES
            assert not name.startswith("cosafe.ui")
