"""Every translated sentence is one string literal, whole: nothing is built around or inside a translation.

A translator must see the whole sentence, with ``%1`` where a value goes, to put its
words in her language's order; and lupdate can only read a literal. This scans the
whole package with ``ast``.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "desktop" / "cosafe"
_TRANSLATING = {"arg", "translate"}


def _is_tr(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"


def _is_translated(node: ast.AST) -> bool:
    """A ``.tr(…)`` call, ``translate(…)``, or ``arg(…)`` filling a translation."""
    if _is_tr(node):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _TRANSLATING:
        return node.func.id == "translate" or bool(node.args and _is_translated(node.args[0]))
    return False


def _literal(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def misuses(source: str, filename: str = "<source>") -> list[str]:
    """Where ``source`` builds a sentence around a translation, or marks something lupdate cannot read."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        where = f"{filename}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)) and (
                _is_translated(node.left) or _is_translated(node.right)):
            found.append(f"{where}: {'+' if isinstance(node.op, ast.Add) else '%'} with a translation")
        elif isinstance(node, ast.AugAssign) and isinstance(node.op, (ast.Add, ast.Mod)) and _is_translated(node.value):
            found.append(f"{where}: += a translation")
        elif isinstance(node, ast.FormattedValue) and _is_translated(node.value):
            found.append(f"{where}: a translation inside an f-string")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
              and _is_translated(node.func.value)):
            found.append(f"{where}: .format() on a translation")
        elif _is_tr(node) and not (node.args and _literal(node.args[0])):
            found.append(f"{where}: tr() of something other than a string literal")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
              and not (len(node.args) == 2 and _literal(node.args[1]))):
            found.append(f"{where}: QT_TRANSLATE_NOOP of something other than a string literal")
    return found


BAD_EXAMPLE = '''
def bad(name, n, error, title):
    a = Import.tr(f"{name} has no tiles")
    b = Import.tr("Reading ") + name
    c = f"{Import.tr('Reading')} {name}"
    d = Import.tr("%s has no tiles") % name
    e = "Cannot read " + arg(Import.tr("%1 has no tiles"), name)
    f = Import.tr("{} has no tiles").format(name)
    g = Import.tr("a sentence " + "from pieces")
    text = Import.tr("Cleaned the images")
    text += Import.tr("; and more")
    h = Import.tr(error)
    i = QT_TRANSLATE_NOOP("Vocabulary", "Wo" + "man")
    return arg(Edits.tr("Add action “%1”"), title), Import.tr("%n tiles", "", n)  # the good line
'''


def test_the_scan_finds_every_way_of_piecing_a_sentence():
    lines = sorted({int(found.split(":")[1]) for found in misuses(BAD_EXAMPLE)})
    assert lines == [3, 4, 5, 6, 7, 8, 9, 11, 12, 13], misuses(BAD_EXAMPLE)  # 10 and 14 are right


def test_every_translated_sentence_is_whole():
    found, scanned = [], 0
    for path in sorted(SOURCE.rglob("*.py")):
        found += misuses(path.read_text(encoding="utf-8"), str(path.relative_to(SOURCE)))
        scanned += 1
    assert scanned > 200 and found == []
