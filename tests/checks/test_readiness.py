"""One readiness rule: what the editor's badge says is what a final export does.

Many variants — the fixtures, every checker rule's positive case, fuzzed
drafts and the issue's named ones — go through the function the status-bar
badge calls (``checks.readiness.final_refusals``) and through a real final
export; they must agree on every variant, with the same messages.  On the
command line, ``check --json``'s ``final_ready`` must say exactly when
``render --final`` succeeds.
"""

from __future__ import annotations

import copy
import json
import random

import pytest

from conftest import EXAMPLE
from thongbao_editor.api import render_docx
from thongbao_editor.checks import final_refusals
from thongbao_editor.cli import main
from thongbao_editor.errors import FinalExportRefused, set_language
from thongbao_editor.model import Kind, Node, Notice, RichText, load_draft, save_draft

from render.fixtures import small_notice
from .notices import clean_notice
from .test_rules import CASES, PATCHED


@pytest.fixture(autouse=True)
def vietnamese():
    yield
    set_language("vi")  # `thongbao --lang en` sets it for the process


def export_refusal(notice: Notice) -> list[str] | None:
    """What a final export refuses (its messages), or None when it writes the .docx."""
    try:
        render_docx(notice, final=True)
    except FinalExportRefused as exc:
        return [p.message("vi") for p in exc.problems]
    return None


def assert_agree(notice: Notice, name: str) -> bool:
    badge = final_refusals(notice)
    export = export_refusal(notice)
    if badge:
        assert export == [p.message("vi") for p in badge], name
    else:
        assert export is None, name
    return not badge


# --------------------------------------------------------------------------
# The variants


def _example() -> Notice:
    return load_draft(EXAMPLE)


def named_variants() -> dict[str, Notice]:
    """The issue's variants, each a one-field change of the example."""
    out: dict[str, Notice] = {"example": _example()}

    def variant(name, change):
        n = _example()
        change(n)
        out[name] = n

    variant("nhu-tren", lambda n: n.recipients.insert(0, "Như trên;"))
    variant("academic-title", lambda n: setattr(n.signature, "signer", "TS. Hoàng Xuân Đồng"))
    variant("sample-signer", lambda n: setattr(n.signature, "signer", "(Mẫu) Trần Thị Hoa"))
    variant("blank-summary", lambda n: setattr(n.header, "summary", ""))
    variant("no-recipients", lambda n: setattr(n, "recipients", []))
    variant("impossible-date", lambda n: n.body[0].children.append(
        Node.make(Kind.PARAGRAPH, "Hoàn thành trước ngày 31/4/2024.")))
    variant("leftover-jinja", lambda n: setattr(n.header, "summary", "Kết luận {{ don_vi }}"))
    return out


MUTATIONS = [
    lambda n, r: setattr(n.header, "summary", ""),
    lambda n, r: setattr(n.header, "summary", n.header.summary + " {{ x }}"),
    lambda n, r: n.recipients.insert(r.randrange(len(n.recipients) + 1), "Như trên;"),
    lambda n, r: setattr(n.signature, "signer", r.choice(["TS. ", "PGS.TS. ", "ThS. "])
                         + n.signature.signer),
    lambda n, r: setattr(n.signature, "signer", "(Mẫu) " + n.signature.signer),
    lambda n, r: setattr(n.opening.chair, "name", "(mẫu) Vi Văn Tâm"),
    lambda n, r: setattr(n, "recipients", []),
    lambda n, r: setattr(n.storage, "units", []),
    lambda n, r: setattr(n, "closing", RichText.plain("")),
    lambda n, r: setattr(n, "closing", RichText.from_markup("UBND tỉnh thông báo[^] ./.")),
    lambda n, r: n.body.append(Node.make(Kind.MUC, "")),
    lambda n, r: n.body.append(Node.make(Kind.PARAGRAPH, f"Ngày {r.randint(30, 31)}/02/2024 "
                                         "hoàn thành [tên đơn vị].")),
    lambda n, r: setattr(n.header, "symbol", r.choice(["", "TB UBND", "tb-ubnd", "TB-UBND"])),
    lambda n, r: setattr(n.header, "place", r.choice(["", "TP. Lạng Sơn", "Lạng Sơn"])),
    lambda n, r: setattr(n.signature, "authority", r.choice([[], ["CHỦ TỊCH"], ["KT. CHỦ TỊCH"]])),
    lambda n, r: n.recipients.__setitem__(0, "- " + n.recipients[0]) if n.recipients else None,
    lambda n, r: setattr(n, "silenced", {"form.sample_value": "bỏ qua"}),
    lambda n, r: setattr(n.opening, "override", [RichText.from_markup("Ngày … đoàn kiểm tra.")]),
    lambda n, r: None,
]


def fuzzed(seed: int, base) -> Notice:
    r = random.Random(seed)
    n = base()
    for mutate in r.sample(MUTATIONS, r.randint(1, 3)):
        mutate(n, r)
    return n


def rule_cases(monkeypatch) -> dict[str, Notice]:
    """Each checker rule's positive (flagged) case and its close negative."""
    out = {}
    for rule, (flag, ok) in sorted(CASES.items()):
        if flag is not None:
            out[f"{rule}:flag"] = flag()
        out[f"{rule}:ok"] = ok()
    return out


# --------------------------------------------------------------------------
# Engine: badge == export


def test_the_named_variants(monkeypatch):
    ready = {name: assert_agree(n, name) for name, n in named_variants().items()}
    assert ready == {"example": True, "nhu-tren": False, "academic-title": False,
                     "sample-signer": False, "blank-summary": False, "no-recipients": False,
                     "impossible-date": False, "leftover-jinja": False}


def test_fixtures_and_every_rule_case(monkeypatch):
    notices = {"small": small_notice(), "clean": clean_notice(), "empty": Notice(),
               **rule_cases(monkeypatch)}
    ready = {name: assert_agree(n, name) for name, n in notices.items()}
    assert ready["small"] and ready["clean"] and not ready["empty"]
    # every positive case that the checker reports as an error refuses the final export
    from thongbao_editor.checks import Severity, check_notice
    errors = 0
    for rule, (flag, _) in CASES.items():
        if flag is not None and any(f.rule == rule and f.severity is Severity.ERROR
                                    for f in check_notice(flag())):
            assert not ready[f"{rule}:flag"], rule
            errors += 1
    assert errors >= 15
    # the two rules that check the renderer's constants, with the renderer patched
    for rule, (target, value, build) in PATCHED.items():
        with monkeypatch.context() as m:
            m.setattr(target, value)
            assert not assert_agree(build(), rule)


def test_fuzzed_drafts():
    results = [assert_agree(fuzzed(seed, _example), f"example seed {seed}") for seed in range(40)]
    results += [assert_agree(fuzzed(seed, clean_notice), f"clean seed {seed}")
                for seed in range(40, 70)]
    print(f"{len(results)} fuzzed drafts, {results.count(True)} ready")
    assert 0 < results.count(True) < len(results)  # both outcomes were exercised


def test_a_silenced_sample_rule_still_refuses():
    n = _example()
    n.signature.signer = "(Mẫu) Trần Thị Hoa"
    n.silenced = {"form.sample_value": "bỏ qua"}
    refusals = final_refusals(n)
    assert [(f.rule, f.field_path) for f in refusals] == [("form.sample_value",
                                                          "signature.signer")]


def test_refusals_point_at_their_field():
    n = _example()
    n.header.summary = ""
    n.recipients[2] = "Như trên;"
    n.body[1].children[0].text = RichText.from_markup("Đạt {{ so }} tiêu chí[^].")
    paths = [f.field_path for f in final_refusals(n)]
    assert paths == ["header.summary", "body[1][0]", "body[1][0].footnotes[0]", "recipients[2]"]


# --------------------------------------------------------------------------
# Command line: check --json's final_ready == render --final succeeds


def _cli(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def cli_variants(tmp_path) -> dict[str, object]:
    out = {}
    for name, notice in named_variants().items():
        path = tmp_path / f"{name}.json"
        save_draft(notice, path)
        out[name] = path
    for seed in range(12):
        path = tmp_path / f"fuzz-{seed}.json"
        save_draft(fuzzed(seed, _example), path)
        out[f"fuzz-{seed}"] = path
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    bad = copy.deepcopy(raw)
    bad["header"]["date"] = {"year": 2024, "month": 2, "day": 30}  # refused when read
    (tmp_path / "header-date.json").write_text(json.dumps(bad, ensure_ascii=False), "utf-8")
    out["header-date"] = tmp_path / "header-date.json"
    return out


def test_check_json_final_ready_is_what_render_final_does(tmp_path, capsys):
    for name, path in cli_variants(tmp_path).items():
        code, out, _ = _cli(capsys, "check", str(path), "--json")
        report = json.loads(out)
        rendered, _, err = _cli(capsys, "render", str(path), "-o", str(tmp_path / f"{name}.docx"),
                                "--final")
        assert report["final_ready"] == (rendered == 0), name
        assert (tmp_path / f"{name}.docx").exists() == (rendered == 0), name
        for refusal in report["final_refusals"]:  # the same texts as the refusal
            assert refusal["message"]["vi"] in err, name
        if name == "example":
            assert report["final_ready"] and report["final_refusals"] == []


def test_check_json_ignores_disable_for_readiness(tmp_path, capsys):
    """`--disable` changes the report, not what a final export would do."""
    path = tmp_path / "t.json"
    n = _example()
    n.recipients.insert(0, "Như trên;")
    save_draft(n, path)
    _, out, _ = _cli(capsys, "check", str(path), "--json", "--disable", "form.nhu_tren")
    report = json.loads(out)
    assert report["counts"]["error"] == 0
    assert not report["final_ready"]
    assert [r["rule"] for r in report["final_refusals"]] == ["form.nhu_tren"]
    assert report["final_refusals"][0]["field"] == "recipients[0]"


@pytest.mark.parametrize("profile", ["vp-ubnd-tinh", "ubnd-tinh", "ubnd-xa"])
def test_a_notice_from_a_sample_profile_is_not_exported_as_final(tmp_path, capsys, monkeypatch,
                                                                  profile):
    """Before: `render --final` wrote «(Mẫu) Trần Thị Hoa» as the signer."""
    monkeypatch.setenv("THONGBAO_USER_DIR", str(tmp_path / "user"))
    draft = tmp_path / "tb.json"
    code, _, err = _cli(capsys, "new", "--template", "kiem-tra-ket-luan", "--profile", profile,
                        "--set", "unit=huyện Cao Lộc", "--set", "inspection_date=2026-04-10",
                        "--set", "basis=Kế hoạch số 35/KH-UBND ngày 02/3/2026 của UBND tỉnh",
                        "-o", str(draft))
    assert code == 0, err
    assert "(Mẫu)" in load_draft(draft).signature.signer
    code, _, err = _cli(capsys, "render", str(draft), "-o", str(tmp_path / "tb.docx"), "--final")
    assert code == 2 and not (tmp_path / "tb.docx").exists()
    assert "Họ tên người ký còn giá trị mẫu «(Mẫu) " in err  # names the field and the value
    code, _, err = _cli(capsys, "--lang", "en", "pdf", str(draft), "-o", str(tmp_path / "tb.pdf"),
                        "--final")
    assert code == 2 and "The signer's name still holds the sample value" in err
    code, out, _ = _cli(capsys, "check", str(draft), "--json")
    report = json.loads(out)
    assert code == 1 and not report["final_ready"]
    fields = {r["field"] for r in report["final_refusals"] if r["rule"] == "form.sample_value"}
    assert {"signature.signer", "opening.chair.name"} <= fields
    # The draft exports fine: it is a draft.
    code, _, err = _cli(capsys, "render", str(draft), "-o", str(tmp_path / "tb.docx"))
    assert code == 0, err


def test_every_shipped_sample_profile_marks_its_people(tmp_path):
    """The rule finds sample values by their «(Mẫu)» mark: a shipped sample
    profile must mark every person it names."""
    from thongbao_editor.checks.sample import SAMPLE_MARK
    from thongbao_editor.templates import Library
    lib = Library(tmp_path)
    samples = [lib.profile(name) for name in lib.names("agency-profile")]
    assert samples and all(p.sample for p in samples)
    for p in samples:
        names = [s.name for s in p.signers] + [x.name for x in p.people.values()]
        assert names and all(SAMPLE_MARK.match(n) for n in names), p.name
