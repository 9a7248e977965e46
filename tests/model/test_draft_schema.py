"""docs/draft-format.schema.json and docs/draft-format.md cannot drift from the code.

The schema's objects must list exactly the fields ``notice_to_dict`` writes
and ``FIELDS`` accepts, in the same order; its ``required`` lists, ranges,
enums and defaults must be what the loader enforces; and every draft the
application writes must validate.  A small validator for the keywords the
schema uses stands in for a jsonschema dependency.
"""

from __future__ import annotations

import copy
import json
import math

import pytest

from conftest import ROOT
from thongbao_editor.errors import DraftError
from thongbao_editor.model import (Abbreviation, Kind, Node, RichText, TemplateLink, load_draft,
                                   loads, notice_to_dict)
from thongbao_editor.model.notice import Appendix
from thongbao_editor.model.tables import Cell, Table, task_table
from thongbao_editor.model.draft import FIELDS, FORMAT_VERSION

SCHEMA_PATH = ROOT / "docs" / "draft-format.schema.json"
DOC_PATH = ROOT / "docs" / "draft-format.md"

# FIELDS path -> (schema definition, how the md names the fields)
OBJECTS = {
    "": ("#", ""),
    "header": ("#/$defs/header", "header."),
    "header.date": ("#/$defs/issue_date", "header.date."),
    "opening": ("#/$defs/opening", "opening."),
    "opening.chair": ("#/$defs/person", "opening.chair."),
    "node": ("#/$defs/node", "node."),
    "storage": ("#/$defs/storage", "storage."),
    "signature": ("#/$defs/signature", "signature."),
    "abbreviation": ("#/$defs/abbreviation", "abbreviations[]."),
    "layout": ("#/$defs/layout", "layout."),
    "layout.margins": ("#/$defs/margins", "layout.margins."),
    "template": ("#/$defs/template", "template."),
    "appendix": ("#/$defs/appendix", "appendices[]."),
    "table": ("#/$defs/table", "table."),
    "cell": ("#/$defs/cell", "cell."),
}

KEYWORDS = {"$schema", "$id", "title", "description", "type", "required", "additionalProperties",
            "properties", "$defs", "$ref", "const", "enum", "items", "minimum", "maximum",
            "default", "format", "propertyNames"}


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def resolve(schema: dict, ref: str) -> dict:
    node = schema
    for part in ref.lstrip("#").strip("/").split("/"):
        if part:
            node = node[part]
    return node


def _is(value, kind: str) -> bool:
    return {
        "object": isinstance(value, dict), "array": isinstance(value, list),
        "string": isinstance(value, str), "boolean": isinstance(value, bool),
        "null": value is None,
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool)
        and math.isfinite(value),
    }[kind]


def _same(a, b) -> bool:
    return type(a) is type(b) and a == b


def validate(value, node: dict, root: dict, where: str = "$") -> list[str]:
    """Errors of ``value`` against ``node`` (the subset of 2020-12 the schema uses)."""
    errors: list[str] = []
    if "$ref" in node:
        errors += validate(value, resolve(root, node["$ref"]), root, where)
    if "const" in node and not _same(value, node["const"]):
        errors.append(f"{where}: not {node['const']!r}")
    if "enum" in node and not any(_same(value, e) for e in node["enum"]):
        errors.append(f"{where}: {value!r} not in enum")
    if "type" in node:
        kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
        if not any(_is(value, k) for k in kinds):
            return errors + [f"{where}: not {kinds}"]
    if isinstance(value, dict):
        props = node.get("properties", {})
        errors += [f"{where}: missing {k}" for k in node.get("required", []) if k not in value]
        for key, item in value.items():
            if "propertyNames" in node:
                errors += validate(key, node["propertyNames"], root, f"{where}.{key}(name)")
            if key in props:
                errors += validate(item, props[key], root, f"{where}.{key}")
            elif node.get("additionalProperties") is False:
                errors.append(f"{where}: unknown {key}")
            elif isinstance(node.get("additionalProperties"), dict):
                errors += validate(item, node["additionalProperties"], root, f"{where}.{key}")
    if isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            errors += validate(item, node["items"], root, f"{where}[{i}]")
    if _is(value, "number"):
        if "minimum" in node and value < node["minimum"]:
            errors.append(f"{where}: {value} < {node['minimum']}")
        if "maximum" in node and value > node["maximum"]:
            errors.append(f"{where}: {value} > {node['maximum']}")
    return errors


@pytest.fixture
def full_dict(example_path) -> dict:
    """The example with every optional part filled, as notice_to_dict writes it."""
    notice = load_draft(example_path)
    notice.header.parent_agency = ["BỘ NỘI VỤ"]
    notice.header.number = "15"
    notice.header.urgency = "Thượng khẩn"
    notice.header.confidentiality = "Mật"
    notice.header.date.day = 5
    notice.opening.override = [RichText.from_markup("Mở đầu **tự do**[^chú thích]")]
    notice.storage.copies = 2
    notice.abbreviations = [Abbreviation("KT-XH", "kinh tế - xã hội")]
    notice.numbering[Kind.SUB_KHOAN] = "{parent}.{n}"
    notice.silenced = {"writing.abbreviation_undefined": "GPMB quen dùng trong tỉnh"}
    notice.template = TemplateLink("kiem-tra-ket-luan", "ubnd-tinh", "pcvp",
                                   {"unit": "huyện Cao Lộc", "basis": ["Chương trình số 15"],
                                    "chair": {"name": "A", "title": "B", "role": ""}, "year": 2024})
    merged = Table([[Cell.make("**A**"), Cell.make("B")]],
                   [[Cell.make("x", span=2, merged=False)], [Cell.make("", span=2, merged=True)]])
    notice.body[0].children.append(Node(Kind.PARAGRAPH, table=merged))
    tasks = task_table([("Rà soát", "Sở Xây dựng", "", "30/06/2024", "")])
    tasks.style = "items"
    notice.appendices = [Appendix("Phân công nhiệm vụ", True, [Node(Kind.PARAGRAPH, table=tasks)],
                                  "nhiem-vu")]
    return notice_to_dict(notice)


def _objects_at(data: dict, path: str) -> list[dict]:
    if path == "":
        return [data]
    if path == "node":
        out: list[dict] = []

        def walk(nodes):
            for n in nodes:
                out.append(n)
                walk(n.get("children", []))
        walk(data["body"])
        return out
    if path == "abbreviation":
        return data["abbreviations"]
    if path == "appendix":
        return data.get("appendices", [])
    tables = [n["table"] for n in _objects_at(data, "node") if "table" in n] \
        + [n["table"] for a in data.get("appendices", []) for n in a["content"] if "table" in n]
    if path == "table":
        return [t for t in tables if set(t) == {"kind", "style", "widths", "header", "rows"}]
    if path == "cell":  # the object form, with every field set
        return [c for t in tables for row in t["rows"] for c in row
                if isinstance(c, dict) and len(c) == 3]
    node = data
    for part in path.split("."):
        node = node[part]
    return [node]


# -- the schema itself -----------------------------------------------------------


def test_schema_is_2020_12_and_uses_only_known_keywords(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["format_version"]["const"] == FORMAT_VERSION

    def walk(node, where):
        if isinstance(node, dict):
            in_props = where.endswith(("properties", "$defs"))
            if not in_props:
                assert set(node) <= KEYWORDS, (where, set(node) - KEYWORDS)
            for k, v in node.items():
                walk(v, f"{where}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}/{i}")
    walk(schema, "#")


def test_every_reference_resolves(schema):
    refs: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            if "$ref" in node:
                refs.append(node["$ref"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(schema)
    assert refs
    for ref in refs:
        assert isinstance(resolve(schema, ref), dict), ref


# -- no drift from the code --------------------------------------------------------


@pytest.mark.parametrize("path", list(OBJECTS))
def test_schema_objects_list_the_accepted_fields_in_order(schema, path):
    node = resolve(schema, OBJECTS[path][0])
    assert list(node["properties"]) == list(FIELDS[path])
    assert node.get("additionalProperties") is False


def test_fields_table_covers_every_object():
    assert set(OBJECTS) == set(FIELDS)


@pytest.mark.parametrize("path", list(OBJECTS))
def test_notice_to_dict_writes_exactly_the_schema_properties(schema, full_dict, path):
    props = list(resolve(schema, OBJECTS[path][0])["properties"])
    objects = _objects_at(full_dict, path)
    assert objects
    if path == "node":  # heading and children are written only when they say something
        written = set().union(*(o.keys() for o in objects))
        assert written == set(props)
        assert all(list(o)[:2] == ["kind", "text"] for o in objects)
    else:
        for o in objects:
            assert list(o) == props


@pytest.mark.parametrize("path", [p for p in OBJECTS if p != "node"] + ["node"])
def test_required_is_what_the_loader_requires(schema, full_dict, path):
    node = resolve(schema, OBJECTS[path][0])
    required = set(node.get("required", []))
    for key in node["properties"]:
        data = copy.deepcopy(full_dict)
        target = _objects_at(data, path)[0]
        if key not in target or (path, key) == ("table", "kind"):  # style "items" needs kind tasks
            continue
        del target[key]
        try:
            loads(json.dumps(data, ensure_ascii=False))
            refused = False
        except DraftError as err:
            assert err.params["problem"].code == "field.missing", (key, err)
            refused = True
        assert refused == (key in required), (path, key)


def _ranged(schema):
    for path, (ref, _) in OBJECTS.items():
        for key, prop in resolve(schema, ref)["properties"].items():
            if "minimum" in prop:
                yield path, key, prop


def test_ranges_are_what_the_loader_enforces(schema, full_dict):
    ranged = list(_ranged(schema))
    assert len(ranged) >= 12
    full_dict["body"] = full_dict["body"][:1]  # the tree is not what is tested here; keep it quick
    for path, key, prop in ranged:
        step = 1 if "integer" in prop["type"] else 0.01
        for value, ok in ((prop["minimum"], True), (prop["maximum"], True),
                          (prop["minimum"] - step, False), (prop["maximum"] + step, False)):
            data = copy.deepcopy(full_dict)
            target = _objects_at(data, path)[0]
            target[key] = value
            if path == "header.date" and key == "day":
                target["month"] = 1  # January has 31 days
            try:
                loads(json.dumps(data))
                accepted = True
            except DraftError:
                accepted = False
            assert accepted == ok, (path, key, value)


def test_enums_match_the_model(schema):
    kinds = resolve(schema, "#/$defs/node")["properties"]["kind"]["enum"]
    assert kinds == [k.value for k in Kind]
    names = resolve(schema, "#/$defs/numbering")["propertyNames"]["enum"]
    assert names == [k.value for k in Kind if k.labelled]


# Optional keys written only when they hold something, so older drafts round-trip unchanged.
WRITTEN_WHEN_SET = {("", "silenced"), ("", "appendices"), ("header", "urgency"),
                    ("header", "confidentiality")}


def test_defaults_are_what_the_loader_fills_in(schema):
    minimal = {"format_version": 1, "header": {"agency": [], "symbol": "", "place": "",
                                               "date": {"year": 2024}, "summary": ""}}
    written = notice_to_dict(loads(json.dumps(minimal)))
    checked = 0
    assert "template" not in written  # only a notice made from a template has the link
    for path, (ref, _) in OBJECTS.items():
        if path in ("node", "abbreviation", "template", "appendix", "table", "cell"):
            continue
        for key, prop in resolve(schema, ref)["properties"].items():
            if "default" in prop and (path, key) not in WRITTEN_WHEN_SET:
                assert _objects_at(written, path)[0][key] == prop["default"], (path, key)
                checked += 1
    assert checked >= 30
    node_props = resolve(schema, "#/$defs/node")["properties"]
    data = dict(minimal, body=[{"kind": "item"}])
    node = notice_to_dict(loads(json.dumps(data)))["body"][0]
    assert node["text"] == node_props["text"]["default"]
    assert node.get("children", []) == node_props["children"]["default"]


# -- validation ------------------------------------------------------------------


def test_the_example_and_a_full_draft_validate(schema, example_path, full_dict):
    example = json.loads(example_path.read_text(encoding="utf-8"))
    assert validate(example, schema, schema) == []
    assert validate(full_dict, schema, schema) == []


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.update(format_version=2), "$.format_version: not 1"),
    (lambda d: d.update(extra=1), "$: unknown extra"),
    (lambda d: d["header"].pop("summary"), "$.header: missing summary"),
    (lambda d: d["header"]["date"].update(month=13), "$.header.date.month: 13 > 12"),
    (lambda d: d["body"][0].update(kind="chuong"), "$.body[0].kind: 'chuong' not in enum"),
    (lambda d: d["body"][0].update(heading="yes"), "$.body[0].heading: not ['boolean']"),
    (lambda d: d["layout"]["margins"].update(left=10), "$.layout.margins.left: 10 < 30"),
    (lambda d: d["numbering"].update(paragraph="-"), "$.numbering.paragraph(name): 'paragraph' not in enum"),
    (lambda d: d["storage"].update(copies="2"), "$.storage.copies: not ['integer', 'null']"),
])
def test_the_validator_catches_what_the_loader_refuses(schema, full_dict, change, expected):
    data = copy.deepcopy(full_dict)
    change(data)
    assert expected in validate(data, schema, schema)
    with pytest.raises(DraftError):
        loads(json.dumps(data))


# -- the prose document ---------------------------------------------------------------


def test_the_document_describes_every_field():
    text = DOC_PATH.read_text(encoding="utf-8")
    missing = [f"{prefix}{name}" for path, (_, prefix) in OBJECTS.items()
               for name in FIELDS[path] if f"`{prefix}{name}`" not in text]
    assert missing == []
    for must in ("format_version", "draft-format.schema.json", "NFC", "os.replace", "**đậm**",
                 "[^", "Migration", "Di chuyển"):
        assert must in text, must
