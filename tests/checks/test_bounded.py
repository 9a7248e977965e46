"""Bounded output (issue 9, item 11): at most CAP findings per rule and part,
then "… và N chỗ khác"; bracket matching in linear time."""

from __future__ import annotations

import json
import random
import re
import signal

import pytest

from thongbao_editor.checks import check_notice, final_refusals
from thongbao_editor.checks.capping import CAP, More, capped
from thongbao_editor.checks.finding import Severity
from thongbao_editor.checks.registry import make
from thongbao_editor.checks.writing import _BRACKET_CHARS, _CLOSERS, _LIST_LABEL, _PAIRS, _unbalanced
from thongbao_editor.cli import main
from thongbao_editor.model import Kind, Node, RichText, save_draft

from .notices import clean_notice


def _reference_unbalanced(text: str) -> list[tuple[int, str]]:
    """The rule as it was written first (one stack entry per bracket): the specification."""
    stack, bad = [], []
    for m in _BRACKET_CHARS.finditer(text):
        i, c = m.start(), m.group(0)
        if c in _PAIRS:
            stack.append((i, c))
        elif stack and stack[-1][1] == _CLOSERS[c]:
            stack.pop()
        elif c == "’" and i + 1 < len(text) and text[i + 1].isalpha():
            continue
        elif c == ")" and _LIST_LABEL.search(text, 0, i + 1):
            continue
        else:
            bad.append((i, c))
    bad += stack
    quotes = [m.start() for m in re.finditer('"', text)]
    if len(quotes) % 2:
        bad.append((quotes[-1], '"'))
    return sorted(bad)


def test_bracket_matching_agrees_with_the_one_entry_per_bracket_stack():
    pieces = list('()[]“”‘’"ab1 :;,đ') + ["a)", "12)", " b)", "))", "((", "’’a", "[[", "]]"]
    r = random.Random(11)
    for _ in range(5000):
        text = "".join(r.choice(pieces) for _ in range(r.randint(0, 30)))
        expected = _reference_unbalanced(text)
        assert _unbalanced(text, 10**9) == (expected, len(expected)), text
        assert _unbalanced(text, 3) == (expected[:3], len(expected)), text


@pytest.fixture
def deadline():
    """A generous guard, not a timing: the quadratic version took minutes here."""
    def expired(*_):
        raise TimeoutError("not linear: the check did not finish in 60 s")
    old = signal.signal(signal.SIGALRM, expired)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_a_big_run_of_brackets_gives_a_bounded_report(tmp_path, capsys, deadline):
    n = clean_notice()
    runs = ["[" * 300_000, ")" * 150_000, ") " * 50_000, "(“" * 20_000]
    n.body[0].children.append(Node.make(Kind.PARAGRAPH, "Đoạn " + " x ".join(runs) + " hết."))
    path = tmp_path / "brackets.json"
    save_draft(n, path)
    code = main(["check", str(path), "--json"])
    out = capsys.readouterr().out
    assert code == 0  # warnings only
    assert len(out) < 100_000  # before: one finding (~630 bytes) per bracket, 400 MB here
    report = json.loads(out)
    brackets = [f for f in report["findings"] if f["rule"] == "writing.brackets"]
    assert len(brackets) == CAP + 1
    [more] = [f["message"] for f in brackets if "…" in f["message"]["en"]]
    assert more["vi"] == ("… và 539.950 chỗ khác cùng loại trong nội dung (không liệt kê).")
    assert more["en"] == "… and 539,950 more like this in the body (not listed)."
    assert report["final_ready"] is True  # only warnings


def test_capping_keeps_the_first_of_each_part_and_summarises_the_rest():
    seg = ("body", (0,))
    items = [make("writing.brackets", seg, f"v{i}", f"e{i}") for i in range(CAP + 5)]
    items.insert(3, make("writing.brackets", ("closing", ()), "c", "c"))
    items.append(More("body", 100, Severity.ERROR, (7,)))
    out = capped("writing.brackets", items)
    assert [f.message_en for f in out[:4]] == ["e0", "e1", "e2", "c"]
    assert len(out) == CAP + 2
    summary = out[-1]
    assert (summary.part, summary.path, summary.severity) == ("body", (0,), Severity.ERROR)
    assert "105 chỗ khác" in summary.message_vi


def test_capped_errors_still_refuse_a_final_export():
    n = clean_notice()
    n.recipients = [f"Như trên {i};" for i in range(3)] + ["Như trên;"] * (CAP + 10)
    errors = [f for f in check_notice(n) if f.rule == "form.nhu_tren"]
    assert len(errors) == CAP + 1 and all(f.severity is Severity.ERROR for f in errors)
    refusals = [f.message("vi") for f in final_refusals(n) if f.rule == "form.nhu_tren"]
    assert len(refusals) == CAP + 1 and any("10 chỗ khác" in m for m in refusals)


def test_a_long_run_of_square_brackets_reads_and_renders(tmp_path, capsys, deadline):
    """The markup reader and the placeholder search took quadratic time on "[[[[…"."""
    n = clean_notice()
    n.body[0].children.append(Node(Kind.PARAGRAPH, RichText.plain(
        "[" * 300_000 + " " + "{{" * 90_000 + " " + "{%" * 90_000)))
    n.header.summary = "Kết luận về [tên đơn vị]"
    path = tmp_path / "b.json"
    save_draft(n, path)
    code = main(["render", str(path), "-o", str(tmp_path / "b.docx"), "--final"])
    err = capsys.readouterr().err
    assert code == 2 and "«[tên đơn vị]»" in err and len(err) < 5_000
