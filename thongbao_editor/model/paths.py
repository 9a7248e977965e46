"""Typed addresses of what an edit changes: a field, an item of a list
field, or a node of the body tree.

A :class:`FieldPath` is checked against the notice's dataclasses when it is
made, so a misspelt field fails at once (``FieldPath.of("header",
"sumary")`` raises), not when an edit is undone.  A body node is addressed
by its :data:`NodePath`, the row at each level (``(1, 2, 0)``).
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Union

from .notice import Notice

Step = Union[str, int]
#: A body node: the row at each level from the top (``()`` is the virtual root).
NodePath = tuple[int, ...]


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _unwrap(tp: Any) -> Any:
    """``X | None`` -> ``X``."""
    if typing.get_origin(tp) in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else tp
    return tp


def _step_type(tp: Any, step: Step) -> Any:
    tp = _unwrap(tp)
    if isinstance(step, int):
        if typing.get_origin(tp) is not list:
            raise ValueError(f"[{step}]: not a list")
        return typing.get_args(tp)[0]
    if not (isinstance(tp, type) and dataclasses.is_dataclass(tp)) or step not in _hints(tp):
        raise ValueError(f"{step}: no such field")
    return _hints(tp)[step]


@dataclass(frozen=True)
class FieldPath:
    """A field of the notice (``header.summary``), or one item of a list
    field (``recipients[2]``, ``opening.override[0]``, ``abbreviations[1].full``)."""

    steps: tuple[Step, ...]

    def __post_init__(self) -> None:
        if not self.steps or not isinstance(self.steps[0], str):
            raise ValueError("a field path starts with a part of the notice")
        tp: Any = Notice
        for step in self.steps:
            tp = _step_type(tp, step)

    @classmethod
    def of(cls, *steps: Step) -> "FieldPath":
        return cls(tuple(steps))

    @classmethod
    def parse(cls, text: str) -> "FieldPath":
        """``"opening.chair.name"``, ``"recipients[2]"`` -> a checked path."""
        steps: list[Step] = []
        for name, index in re.findall(r"([A-Za-z_]\w*)|\[(\d+)\]", text):
            steps.append(name if name else int(index))
        return cls(tuple(steps))

    @property
    def part(self) -> str:
        """The part of the notice (``header``, ``body``, ``recipients``…)."""
        return str(self.steps[0])

    @property
    def parent(self) -> "FieldPath | None":
        return FieldPath(self.steps[:-1]) if len(self.steps) > 1 else None

    def item(self, index: int) -> "FieldPath":
        return FieldPath(self.steps + (index,))

    def _owner(self, notice: Notice) -> Any:
        obj: Any = notice
        for step in self.steps[:-1]:
            obj = obj[step] if isinstance(step, int) else getattr(obj, step)
        return obj

    def get(self, notice: Notice) -> Any:
        owner, last = self._owner(notice), self.steps[-1]
        return owner[last] if isinstance(last, int) else getattr(owner, last)

    def set(self, notice: Notice, value: Any) -> None:  # noqa: A003 - the natural name
        owner, last = self._owner(notice), self.steps[-1]
        if isinstance(last, int):
            owner[last] = value
        else:
            setattr(owner, last, value)

    def __str__(self) -> str:
        out = ""
        for step in self.steps:
            out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
        return out


#: Where a rich text lives: a body node, or a field holding a RichText
#: (``closing``, ``opening.override[i]``).
TextTarget = Union[FieldPath, NodePath]


def part_of(target: TextTarget) -> str:
    return target.part if isinstance(target, FieldPath) else "body"
