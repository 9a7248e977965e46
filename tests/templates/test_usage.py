"""Which declared variables a template uses (issue 12: "New from template
asks only for the variables the template uses"): Jinja's own analysis over
every text of the template, plus the defaults of used variables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thongbao_editor.cli import main
from thongbao_editor.templates import describe_variables, instantiate, parse_template
from thongbao_editor.templates.checking import template_sources
from thongbao_editor.templates.usage import names_read, unused_variables, used_variables

from .test_sandbox import BASE

SHIPPED = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "templates" / "notices")
                 .glob("*.toml"))

# ``unit`` (BASE) is used; ``agency`` only through the default of ``lead`` (used);
# ``spare`` is declared and required but nothing reads it, and ``orphan`` only
# through the default of ``spare``.
SPARE = BASE.replace('[notice]\nsummary = "Kết luận {{ unit }}"', '''[[variables]]
name = "agency"
label = "Cơ quan"

[[variables]]
name = "lead"
label = "Câu dẫn"
default = "Theo {{ agency or 'UBND' }} và {{ unit }}"

[[variables]]
name = "spare"
label = "Biến thừa"
required = true
example = "x"
default = "{{ orphan }}"

[[variables]]
name = "orphan"
label = "Biến mồ côi"

[notice]
summary = "Kết luận {{ unit }}"''').replace("BODY_LINE", "- {{ lead }}.")


def spare_template():
    return parse_template(SPARE, "thua", "thua.toml")


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_template_uses_every_variable_it_declares(lib, name):
    tpl = lib.template(name)
    used = used_variables(tpl)
    assert unused_variables(tpl) == [], f"{name} declares variables nothing uses"
    assert used == [v.name for v in tpl.variables]
    # each one is really read by a text of the template (not a vacuous answer)
    read = set().union(*(names_read(src) for _f, src in template_sources(tpl)))
    assert set(used) <= read
    assert [v["name"] for v in describe_variables(tpl, lib.profile("ubnd-xa"))] == used


def test_unused_variables_are_found_through_defaults():
    tpl = spare_template()
    assert used_variables(tpl) == ["unit", "agency", "lead"]
    assert unused_variables(tpl) == ["spare", "orphan"]
    assert [v["name"] for v in describe_variables(tpl)] == ["unit", "agency", "lead"]


def test_an_unused_required_variable_does_not_stop_filling_in(lib):
    notice = instantiate(spare_template(), lib.profile("ubnd-xa"), {"unit": "xã A"})
    assert notice.body[0].children[0].text.text.startswith("Theo UBND và xã A")


def test_a_text_that_does_not_parse_makes_every_variable_count():
    tpl = parse_template(SPARE.replace("- {{ lead }}.", "- {{ lead }"), "hong", "hong.toml")
    assert used_variables(tpl) == [v.name for v in tpl.variables]


def test_show_lists_and_check_warns_about_unused_variables(capsys, tmp_path, lib):
    path = tmp_path / "thua.toml"
    path.write_text(SPARE, encoding="utf-8")
    code = main(["template", "check", str(path), "--profile", "ubnd-xa"])
    out = capsys.readouterr().out
    assert code == 0, out
    warnings = [line for line in out.splitlines() if line.startswith("cảnh báo")]
    assert len(warnings) == 2 and "«spare» (Biến thừa)" in warnings[0] and "«orphan»" in warnings[1]
    assert str(path) in warnings[0] and out.rstrip().endswith("ubnd-xa)")
    assert main(["template", "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["template", "show", "thua", "--json"]) == 0
    shown = [v["name"] for v in json.loads(capsys.readouterr().out)["variables"]]
    assert shown == ["unit", "agency", "lead"]
    assert main(["template", "show", "thua"]) == 0
    out = capsys.readouterr().out
    assert "lead" in out and "spare" not in out and "orphan" not in out
