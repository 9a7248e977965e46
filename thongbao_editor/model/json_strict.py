"""Strict JSON for draft files: what ``json.loads`` lets through silently
or fails on without a place — a key twice in one object (the last one would
win and the first be lost), an integer too long to convert — becomes a
:class:`~thongbao_editor.errors.DraftError` naming the file, the line and
the field path, found by a scan of the tokens once the parser has
detected the problem."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from ..errors import DraftError, Text

#: Longer integers are refused (Python refuses 4,300+ digits with ValueError).
MAX_INT_DIGITS = 100
ROOT_PATH = Text("(toàn tệp)", "(whole file)")


def parse_json(text: str, file: str) -> Any:
    """``json.loads(text)`` that refuses duplicate keys and huge integers."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_int=_bounded_int,
                          parse_float=_finite_float, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise DraftError("draft.not_json", file=file, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise DraftError("draft.not_json", file=file, line="?", column="?") from None
    except _JsonProblem:
        raise _located(text, file) from None


class _JsonProblem(Exception):
    """A key twice in one object, or an integer too long: located by :func:`_located`."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):  # JSON would silently keep the last one
        raise _JsonProblem()
    return out


def _bounded_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_INT_DIGITS:  # int() of 4,300+ digits raises anyway
        raise _JsonProblem()
    return int(literal)


def _finite_float(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):  # 1e999: would be saved as Infinity, which is not JSON
        raise _JsonProblem()
    return value


def _no_constant(name: str) -> Any:
    raise _JsonProblem()  # NaN, Infinity: Python reads them, JSON has no such numbers


_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\],:]|-?[0-9][0-9.eE+-]*|-?[A-Za-z]+|\s+',
                    re.S)


def _located(text: str, file: str) -> DraftError:
    """The first duplicate key or over-long integer of valid JSON ``text``,
    with its line and field path (a scan of the tokens)."""
    frames: list[list] = []  # [kind "o"/"a", keys seen, current key or index, expecting key]
    for m in _TOKEN.finditer(text):
        tok = m.group()
        where = {"file": file, "line": text.count("\n", 0, m.start()) + 1,
                 "path": _json_path(frames) or ROOT_PATH}
        top = frames[-1] if frames else None
        if tok in "{[":
            frames.append(["o", set(), None, True] if tok == "{" else ["a", None, 0, False])
        elif tok in "}]":
            frames.pop()
        elif tok == ",":
            if top[0] == "a":
                top[2] += 1
            else:
                top[3] = True
        elif tok[0] == '"' and top is not None and top[3]:
            key = json.loads(tok)
            top[2], top[3] = key, False
            if key in top[1]:
                where["path"] = _json_path(frames)
                return DraftError("draft.duplicate_key", key=key, **where)
            top[1].add(key)
        elif tok.lstrip("-") in ("NaN", "Infinity") or (
                tok[0] in "-0123456789" and any(c in tok for c in ".eE")
                and math.isinf(float(tok))):
            return DraftError("draft.bad_number", text=tok, **where)
        elif tok[0] in "-0123456789" and not any(c in tok for c in ".eE"):
            digits = len(tok.lstrip("-"))
            if digits > MAX_INT_DIGITS:
                return DraftError("draft.big_number", digits=digits, limit=MAX_INT_DIGITS, **where)
    return DraftError("draft.not_json", file=file, line="?", column="?")


def _json_path(frames: list[list]) -> str:
    out = ""
    for kind, _keys, cur, _expect in frames:
        if kind == "a":
            out += f"[{cur}]"
        elif cur is not None:
            out += f".{cur}" if out else str(cur)
    return out
