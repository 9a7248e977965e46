"""What an import recognised, what it could not place, and what it noticed.

:class:`ImportReport` is plain data (``to_dict()`` for ``--json`` and for
other tools, e.g. comparing a notice that came back with the leader's edits):

``source``      the file read (after conversion: the original's path)
``converted_from``  ``"doc"``/``"odt"``/… when LibreOffice converted it first, else ``""``
``parts``       one :class:`PartReport` per part of the notice, in print order:
                ``header``, ``title``, ``opening``, ``body``, ``closing``,
                ``recipients``, ``storage``, ``signature``, ``footnotes``
``unplaced``    :class:`Unplaced` paragraphs: text, source position, why, and
                where they were kept in the draft (``body`` path)
``warnings``    :class:`Note` (code + parameters → ``message(lang)``)
``revisions``   tracked changes found (:class:`~.reader.Revision`: kind
                ``insert``/``delete``/``move``/``format``, author, date, text,
                position); the draft holds the document as it reads now
``encodings``   legacy encoding → number of runs converted (``{"TCVN3": 12}``)
``paragraphs``  how many paragraphs the source has
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import message
from .reader import Revision

PART_ORDER = ("header", "title", "opening", "body", "closing", "recipients", "storage", "signature",
              "footnotes")


@dataclass
class Note:
    """A warning: a message code (``import.warn.*``) and its parameters."""

    code: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)

    def to_dict(self, lang: str | None = None) -> dict:
        return {"code": self.code, "params": dict(self.params), "message": self.message(lang)}


@dataclass
class PartReport:
    name: str  # one of PART_ORDER
    found: bool
    summary: str = ""  # what was recognised, short (the values themselves)
    positions: list[int] = field(default_factory=list)  # source paragraphs it came from

    def label(self, lang: str | None = None) -> str:
        return message(f"import.part.{self.name}", lang)

    def to_dict(self, lang: str | None = None) -> dict:
        return {"name": self.name, "label": self.label(lang), "found": self.found,
                "summary": self.summary, "positions": list(self.positions)}


@dataclass
class Unplaced:
    """A paragraph the importer could not place: kept as a plain paragraph."""

    text: str
    position: int  # 1-based paragraph number in the source
    reason: str  # import.why.* code: header | table | textbox | after_signature | bottom
    path: tuple[int, ...] | None = None  # where it is in the draft's body tree

    def why(self, lang: str | None = None) -> str:
        return message(f"import.why.{self.reason}", lang)

    def to_dict(self, lang: str | None = None) -> dict:
        return {"text": self.text, "position": self.position, "reason": self.reason,
                "why": self.why(lang), "path": list(self.path) if self.path is not None else None}


@dataclass
class ImportReport:
    source: str
    converted_from: str = ""
    parts: list[PartReport] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    encodings: dict[str, int] = field(default_factory=dict)
    paragraphs: int = 0

    def part(self, name: str) -> PartReport | None:
        return next((p for p in self.parts if p.name == name), None)

    def warn(self, code: str, **params: object) -> None:
        self.warnings.append(Note(code, params))

    @property
    def missing(self) -> list[str]:
        return [p.name for p in self.parts if not p.found]

    def to_dict(self, lang: str | None = None) -> dict:
        return {
            "source": self.source,
            "converted_from": self.converted_from,
            "paragraphs": self.paragraphs,
            "parts": [p.to_dict(lang) for p in self.parts],
            "unplaced": [u.to_dict(lang) for u in self.unplaced],
            "warnings": [w.to_dict(lang) for w in self.warnings],
            "revisions": [r.to_dict() for r in self.revisions],
            "encodings": dict(self.encodings),
        }

    def summary_lines(self, lang: str | None = None) -> list[str]:
        """The report as lines of text (the CLI prints these)."""
        lines = []
        for p in self.parts:
            mark = "✓" if p.found else "✗"
            lines.append(f"{mark} {p.label(lang)}: {p.summary}" if p.summary else f"{mark} {p.label(lang)}")
        for u in self.unplaced:
            lines.append(message("import.line.unplaced", lang, position=u.position, why=u.why(lang),
                                 text=_short(u.text)))
        lines += [f"! {w.message(lang)}" for w in self.warnings]
        return lines


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
