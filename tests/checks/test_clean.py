"""The clean notice yields nothing: every rule's 'must not flag' baseline."""

from .notices import clean_notice, findings


def test_clean_notice_has_no_findings():
    assert [(f.rule, f.part, f.path, f.message("en")) for f in findings(clean_notice())] == []
