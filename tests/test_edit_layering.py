"""One edit path: outside ``thongbao_editor/model`` nothing changes a notice
except through the model's edit operations (issue 8).

An AST scan of every other module for assignments, ``del`` and mutating
calls (``append``, ``pop``…) on the notice or on a part of it: a target
reached through a ``notice`` attribute or variable (``self.document.notice.
header.summary = …``), or a field of the model's dataclasses on a variable
named after one of them (``node.text = …``, ``link.values[k] = …``).  As
the names of a variable prove nothing, ``setattr``/``delattr`` on anything
but ``self`` and every assignment to (or ``del`` of) a slice count as edits
unless :data:`NOT_EDITS` says what they change instead.
"""

from __future__ import annotations

import ast
import dataclasses

from conftest import ROOT

from thongbao_editor.model import notice as model

PACKAGE = ROOT / "thongbao_editor"
FIELDS = {f.name for cls in (model.Notice, model.Header, model.Opening, model.Node, model.Person,
                             model.Storage, model.Signature, model.TemplateLink, model.IssueDate,
                             model.Abbreviation) for f in dataclasses.fields(cls)}
#: Variable names that hold a notice or a part of one in this code base.
MODEL_NAMES = {"notice", "node", "scratch", "link", "header", "opening", "signature", "storage"}
MUTATORS = {"append", "insert", "pop", "remove", "extend", "clear", "sort", "reverse", "update",
            "setdefault", "popitem", "__setitem__", "__delitem__"}
#: (file, target) that look like an edit but are not one, with the reason.
NOT_EDITS = {
    ("templates/toml_write.py", "notice.pop"): "a dict of TOML values named notice, not a Notice",
    ("templates/outline.py", "self.nodes.[:]"): "the outline builder's stack of open nodes",
    ("render/docx.py", "setattr(d.core_properties)"): "the .docx core properties being written",
    ("importer/styles.py", "setattr(out)"): "a Word style resolved along its basedOn chain",
    ("compare/inputs.py", "setattr(out)"): "the new notice like_reference makes from an imported copy",
}
#: Modules that build a new Notice nobody holds yet (as model/draft.py builds one
#: from JSON): construction, not an edit of the notice being edited.
BUILDERS = {
    "importer/notice.py": "assembles the draft read from a Word file",
    "importer/parts.py": "fills the header of the draft read from a Word file",
}


def _chain(expr: ast.expr) -> list[str]:
    names: list[str] = []
    while True:
        if isinstance(expr, ast.Attribute):
            names.insert(0, expr.attr)
            expr = expr.value
        elif isinstance(expr, ast.Subscript):
            names.insert(0, "[]")
            expr = expr.value
        elif isinstance(expr, ast.Call):
            expr = expr.func
        elif isinstance(expr, ast.Name):
            return [expr.id, *names]
        else:
            return names


def _edits_notice(names: list[str]) -> bool:
    if len(names) < 2:
        return False
    if "notice" in names[:-1]:
        return True
    return names[0] in MODEL_NAMES and (names[-1] in FIELDS or names[-1] == "[]")


def _targets(node: ast.AST) -> list[ast.expr]:
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
        targets = [node.target]
    elif isinstance(node, ast.Delete):
        targets = node.targets
    else:
        return []
    out: list[ast.expr] = []
    for t in targets:
        out += list(t.elts) if isinstance(t, (ast.Tuple, ast.List)) else [t]
    return [t for t in out if isinstance(t, (ast.Attribute, ast.Subscript))]


def violations(source: str, filename: str) -> list[str]:
    """``file:line target`` for each edit of a notice that bypasses the operations."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        for target in _targets(node):
            names = _chain(target)
            if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Slice):
                found.append((node.lineno, ".".join([*names[:-1], "[:]"])))
            elif _edits_notice(names):
                found.append((node.lineno, ".".join(names)))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("setattr", "delattr") and node.args:
            names = _chain(node.args[0])
            if names[:1] != ["self"]:
                found.append((node.lineno, f"{node.func.id}({'.'.join(names)})"))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in MUTATORS:
            names = _chain(node.func.value)
            if _edits_notice([*names, "[]"]) and (len(names) > 1 or names[:1] == ["notice"]):
                found.append((node.lineno, ".".join([*names, node.func.attr])))
    return [f"{filename}:{line} {what}" for line, what in sorted(found)
            if (filename, what) not in NOT_EDITS]


def test_nothing_outside_the_model_edits_a_notice_directly():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("model/") or rel in BUILDERS:
            continue
        found += violations(path.read_text(encoding="utf-8"), rel)
    assert found == []


def test_the_scan_finds_planted_edits():
    planted = '''
def f(self, notice, node, link):
    self.document.notice.header.summary = "x"
    notice.recipients.append("y")
    del notice.body[0]
    node.text = None
    node.children.insert(0, None)
    link.values["a"] = 1
    notice.header.date.day += 1
    self.document.notice.opening.override[0], ok = None, True
    setattr(notice.opening, "units", [])
'''
    assert [v.split(" ", 1)[1] for v in violations(planted, "gui/x.py")] == [
        "self.document.notice.header.summary", "notice.recipients.append", "notice.body.[]",
        "node.text", "node.children.insert", "link.values.[]", "notice.header.date.day",
        "self.document.notice.opening.override.[]", "setattr(notice.opening)"]


def test_the_scan_finds_edits_through_any_name():
    """What compare/apply.py did before it used the operations (issue 8)."""
    planted = '''
def f(obj, name, value, items, contents, siblings, i, kept):
    setattr(obj, name, value)
    items[:] = contents
    siblings[i:i + 1] = kept
    del siblings[i:]
    setattr(self, name, value)
'''
    assert [v.split(" ", 1)[1] for v in violations(planted, "compare/x.py")] == [
        "setattr(obj)", "items.[:]", "siblings.[:]", "siblings.[:]"]


def test_reading_and_building_are_not_edits():
    fine = '''
def f(self, notice, doc):
    text = notice.header.summary
    notice2 = Notice(header=Header())
    self.notice = notice
    doc.apply(SetField(FieldPath.of("header", "summary"), "x"))
    items = [n for n in notice.body]
    items.append(1)
'''
    assert violations(fine, "gui/y.py") == []
