"""No number in a text for people is formatted the English way: Python's "," grouping and "." decimal mark.

``f"{n:,}"`` writes "12,345" in every language (in Spanish "12,345" is twelve and a bit),
and ``f"{x:.1f}"`` passed into a translated sentence writes "3.2" where French writes
"3,2". The window uses ``ui.kit.numbers.grouped``; words below it, and words the window
says through a ``Context``, ``core.formats`` (``format_integer``, ``format_fixed``, ``format_number``).
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "desktop" / "cosafe"


def _spec(value: ast.FormattedValue) -> str:
    spec = value.format_spec
    if isinstance(spec, ast.JoinedStr):
        return "".join(str(part.value) for part in spec.values if isinstance(part, ast.Constant))
    return ""


def english_numbers(source: str, filename: str = "<source>") -> list[str]:
    """Where ``source`` groups with "," or passes a formatted decimal into ``arg(…)``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.FormattedValue) and "," in _spec(node):
            found.append(f"{filename}:{node.lineno}: grouped with ','")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "arg":
            for given in node.args[1:]:
                for value in ast.walk(given):
                    if isinstance(value, ast.FormattedValue) and _spec(value)[-1:] in ("f", "g", "%"):
                        found.append(f"{filename}:{value.lineno}: a decimal written the English way into a sentence")
    return found


def test_the_scan_finds_english_numbers():
    sample = '''
a = f"{n:,}"
b = arg(Plan.tr("mean %1"), f"{mean:.1f}")
c = arg(Map.tr("%1 km"), f"{km:g}")
d = arg(Plan.tr("mean %1"), format_number(mean))
e = f"{lat:.5f},{lon:.5f}"
'''
    assert sorted(line.split(":")[1] for line in english_numbers(sample)) == ["2", "3", "4"]


def test_no_text_for_people_writes_numbers_the_english_way():
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        found += english_numbers(path.read_text(encoding="utf-8"), str(path.relative_to(SOURCE)))
    assert found == []
