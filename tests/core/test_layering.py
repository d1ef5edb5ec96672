"""Imports point one way: ui -> io -> store -> core, and nothing below ui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import cosafe

PACKAGE = Path(cosafe.__file__).parent
LAYERS = ["core", "store", "io", "ui"]  # each may import only itself and those before it
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


def test_every_layer_has_modules():
    for layer in LAYERS:
        assert _modules_of(layer), layer


def test_nothing_below_ui_imports_qt():
    offenders = []
    for layer in LAYERS[:-1]:
        for path in _modules_of(layer):
            offenders += [f"{path.name}: {m}" for m in _imports(path) if m.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_imports_point_one_way():
    offenders = []
    for index, layer in enumerate(LAYERS):
        forbidden = LAYERS[index + 1 :]
        for path in _modules_of(layer):
            for module in _imports(path):
                parts = module.split(".")
                if parts[0] == "cosafe" and len(parts) > 1 and parts[1] in forbidden:
                    offenders.append(f"{layer}/{path.name} imports {module}")
    assert offenders == []


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
