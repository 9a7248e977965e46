"""Notice -> the draft file's JSON data (the reader is :mod:`.draft`).

Optional parts (silenced rules, the template link, appendices, the urgency
and confidentiality marks) are written only when set, so that a draft
without them is byte for byte what older versions wrote.
"""

from __future__ import annotations

from typing import Any

from . import draft_tables
from .notice import DEFAULT_NUMBERING, Node, Notice

#: The version of the draft format this program writes (docs/draft-format.md).
FORMAT_VERSION = 1


def notice_to_dict(notice: Notice) -> dict[str, Any]:
    h, o = notice.header, notice.opening
    data: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "header": {
            "parent_agency": list(h.parent_agency),
            "agency": list(h.agency),
            "number": h.number,
            "symbol": h.symbol,
            "place": h.place,
            "date": {"year": h.date.year, "month": h.date.month, "day": h.date.day},
            "doc_type": h.doc_type,
            "summary": h.summary,
            **{k: v for k, v in (("urgency", h.urgency), ("confidentiality", h.confidentiality)) if v},
        },
        "opening": {
            "template": o.template,
            "basis": list(o.basis),
            "inspection_date": o.inspection_date.isoformat() if o.inspection_date else None,
            "chair": {"name": o.chair.name, "title": o.chair.title, "role": o.chair.role},
            "units": list(o.units),
            "attendees": o.attendees,
            "participants": o.participants,
            "activities": o.activities,
            "reporters": o.reporters,
            "report_subject": o.report_subject,
            "override": None if o.override is None else [t.to_markup() for t in o.override],
        },
        "body": [_node_dict(n) for n in notice.body],
        "closing": notice.closing.to_markup(),
        "recipients": list(notice.recipients),
        "storage": {"units": list(notice.storage.units), "copies": notice.storage.copies,
                    "initials": notice.storage.initials},
        "signature": {"authority": list(notice.signature.authority),
                      "signer": notice.signature.signer},
        "abbreviations": [{"short": a.short, "full": a.full} for a in notice.abbreviations],
        "layout": {
            "margins": vars(notice.layout.margins).copy(),
            "body_size": notice.layout.body_size,
            "first_line_indent_cm": notice.layout.first_line_indent_cm,
            "paragraph_after_pt": notice.layout.paragraph_after_pt,
            "line_spacing": notice.layout.line_spacing,
            "signature_space_lines": notice.layout.signature_space_lines,
        },
        "numbering": {k.value: v for k, v in notice.numbering.items()
                      if DEFAULT_NUMBERING.get(k) != v},
    }
    if notice.silenced:
        data["silenced"] = dict(notice.silenced)
    if notice.template is not None:  # optional: older drafts and readers do without it
        t = notice.template
        data["template"] = {"name": t.name, "profile": t.profile, "signer": t.signer,
                            "values": dict(t.values)}
    if notice.appendices:  # optional: absent means none
        data["appendices"] = [draft_tables.appendix_dict(a, _node_dict) for a in notice.appendices]
    return data


def _node_dict(node: Node) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": node.kind.value, "text": node.text.to_markup()}
    if node.kind.labelled and node.heading != node.kind.heading_by_default:
        out["heading"] = node.heading
    if node.children:
        out["children"] = [_node_dict(c) for c in node.children]
    if node.table is not None:
        out["table"] = draft_tables.table_dict(node.table)
    return out
