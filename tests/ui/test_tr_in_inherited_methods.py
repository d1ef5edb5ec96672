"""No ``self.tr`` in a method a subclass inherits: PySide would look the words up in the wrong context.

lupdate records ``self.tr("…")`` in the context of the class where it is written. PySide's
``self.tr`` looks it up from the object's *runtime* class down its MRO, stopping at the first
context whose answer differs from the source — and for a count the subclass's context already
"differs" (the count filled in), so a base class's ``self.tr("%Ln files", "", n)`` called on a
subclass instance stays English. A base class (or mixin) says its words with
``QCoreApplication.translate("Base", …)`` or a ``Context`` from its feature's words.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

import cosafe

SOURCE = Path(cosafe.__file__).parent


def inherited_tr(sources: dict[str, str]) -> list[str]:
    """"module: Class (subclassed by …) calls self.tr at line …" for every such class in ``sources``."""
    classes: dict[str, list[tuple[str, ast.ClassDef]]] = {}
    subclasses: dict[str, list[str]] = {}
    for name, text in sources.items():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                classes.setdefault(node.name, []).append((name, node))
                for base in node.bases:
                    base_name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", None)
                    if base_name:
                        subclasses.setdefault(base_name, []).append(node.name)
    found = []
    for class_name, definitions in classes.items():
        for module, node in definitions:
            lines = [call.lineno for call in ast.walk(node) if isinstance(call, ast.Call)
                     and isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
                     and isinstance(call.func.value, ast.Name) and call.func.value.id == "self"]
            if lines and class_name in subclasses:
                found.append(f"{module}: {class_name} (subclassed by {', '.join(subclasses[class_name])}) "
                             f"calls self.tr at line {lines[0]}")
    return found


def test_no_class_that_is_subclassed_or_mixed_in_calls_self_tr():
    sources = {str(path.relative_to(SOURCE)): path.read_text(encoding="utf-8") for path in SOURCE.rglob("*.py")}
    assert inherited_tr(sources) == []


def test_the_scan_finds_a_base_class_and_a_mixin():
    sample = '''
class Base(QDialog):
    def title(self):
        return self.tr("Export")
class Mixin:
    def hint(self):
        return self.tr("%Ln rows", "", 2)
class Dialog(Base, helpers.Mixin):
    pass
class Alone(QDialog):
    def title(self):
        return self.tr("Fine: nothing inherits this")
'''
    assert [line.split(" (")[0] for line in inherited_tr({"sample.py": sample})] == ["sample.py: Base", "sample.py: Mixin"]


def test_why_a_count_said_in_a_base_class_stays_english(qapp):
    from cosafe.ui.language import install_language

    class PlanExports(QObject):  # a context the catalogue has: "%Ln files written to %1"
        def written(self, n: int) -> str:
            return self.tr("%Ln files written to %1", "", n)

    class Subclass(PlanExports):
        pass

    install_language(qapp, "es")
    try:
        assert PlanExports().written(3) != "3 files written to %1"  # translated in its own class
        assert Subclass().written(3) == "3 files written to %1"  # PySide asked "Subclass" first and took its English
        assert QCoreApplication.translate("PlanExports", "%Ln files written to %1", None, 3) == PlanExports().written(3)
    finally:
        install_language(qapp, "en")
