"""The notice model: plain Python data, no Qt, no docx."""

from .draft import (FORMAT_VERSION, LoadReport, dumps, load_draft, loads, notice_from_dict,
                    notice_to_dict, save_draft)
from .notice import (DEFAULT_NUMBERING, LEVELS, Abbreviation, Header, IssueDate, Kind, Layout,
                     Margins, Node, Notice, Opening, Person, Signature, Storage, TemplateLink)
from .numbering import number_tree
from .text import Footnote, RichText, Run, normalize_text, parse_markup, to_markup

__all__ = [
    "FORMAT_VERSION", "LoadReport", "dumps", "load_draft", "loads", "notice_from_dict",
    "notice_to_dict", "save_draft", "DEFAULT_NUMBERING", "LEVELS", "Abbreviation", "Header",
    "IssueDate", "Kind", "Layout", "Margins", "Node", "Notice", "Opening", "Person", "Signature",
    "Storage", "TemplateLink", "number_tree", "Footnote", "RichText", "Run", "normalize_text", "parse_markup",
    "to_markup",
]
