"""What an import of a corpus notice must give back (shared by the corpus tests)."""

from __future__ import annotations

import collections

from thongbao_editor.render import blocks


def _words(text: str) -> list[str]:
    return " ".join(text.split()).split()


def body_recall(spec, notice) -> float:
    """Share of the original body words (opening, body, closing) the re-rendered draft prints."""
    doc = blocks.build(notice)
    got = collections.Counter(w for p in doc.paragraphs for w in _words(p.content.text))
    orig = collections.Counter(spec.body_words())
    return sum(min(c, got[w]) for w, c in orig.items()) / sum(orig.values())


def footnotes(notice) -> list[str]:
    return [" ".join(text.text.split()) for _, text in blocks.build(notice).footnotes()]


def assert_exact_parts(spec, notice, report) -> None:
    h = notice.header
    assert h.parent_agency == spec.parent_agency
    assert h.agency == spec.agency
    assert (h.number, h.symbol) == (spec.number, spec.symbol)
    assert h.place == spec.place
    assert (h.date.year, h.date.month, h.date.day) == (spec.year, spec.month, spec.day)
    assert h.doc_type == spec.doc_type
    assert h.summary == " ".join(spec.summary.split())
    assert notice.recipients == spec.recipients
    assert notice.storage.line() == spec.storage
    assert notice.signature.authority == spec.authority
    assert notice.signature.signer == spec.signer
    assert footnotes(notice) == [" ".join(spec.footnotes[k].split()) for k in sorted(spec.footnotes)]
    assert body_recall(spec, notice) >= 0.99
    assert report.unplaced == []
    assert all(p.found for p in report.parts), report.missing
