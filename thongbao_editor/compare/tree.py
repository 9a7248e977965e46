"""Matching the nodes of two body trees.

Every node of the old tree is paired with at most one node of the new tree:

1. nodes with the same content (kind, text with its footnotes and
   formatting), taken in document order where the two orders agree, then
   anywhere (a node moved elsewhere keeps its content);
2. the remaining nodes by similarity of their words (≥ :data:`MIN_SIMILARITY`),
   the most alike pairs first, preferring the same kind and parent;
3. a node left without a partner is *deleted* (old) or *inserted* (new).

A matched pair is *moved* when its parent is not the partner of the old
parent, or when, among the children of the same parent, it is not in the
longest run of children that kept their order.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..model import Node, Notice
from .words import opcodes, word_list

MIN_SIMILARITY = 0.5


@dataclass(eq=False)
class Entry:
    """One node of a tree with its place."""

    node: Node
    path: tuple[int, ...]
    parent: "Entry | None"  # None: a top-level mục
    index: int  # in document order

    @property
    def key(self) -> str:
        return f"{self.node.kind.value}\x00{self.node.heading}\x00{self.node.text.to_markup()}"


@dataclass
class Matching:
    """The pairs found between an old and a new body."""

    old: list[Entry]
    new: list[Entry]
    pairs: dict[int, int] = field(default_factory=dict)  # old index -> new index
    moved: set[int] = field(default_factory=set)  # new indices of moved partners

    @property
    def back(self) -> dict[int, int]:
        return {n: o for o, n in self.pairs.items()}


def entries(notice: Notice) -> list[Entry]:
    out: list[Entry] = []

    def walk(nodes: list[Node], parent: Entry | None, path: tuple[int, ...]) -> None:
        for i, node in enumerate(nodes):
            e = Entry(node, path + (i,), parent, len(out))
            out.append(e)
            walk(node.children, e, e.path)

    walk(notice.body, None, ())
    return out


def match(old: Notice, new: Notice) -> Matching:
    m = Matching(entries(old), entries(new))
    _match_in_order(m)
    _match_same_content(m)
    _match_similar(m)
    _find_moved(m)
    return m


def _match_in_order(m: Matching) -> None:
    a = [e.key for e in m.old]
    b = [e.key for e in m.new]
    for tag, i1, i2, j1, _j2 in opcodes(a, b):
        if tag == "equal":
            for k in range(i2 - i1):
                m.pairs[i1 + k] = j1 + k


def _match_same_content(m: Matching) -> None:
    taken = set(m.pairs.values())
    free: dict[str, list[int]] = {}
    for e in m.new:
        if e.index not in taken:
            free.setdefault(e.key, []).append(e.index)
    for e in m.old:
        if e.index not in m.pairs and free.get(e.key):
            m.pairs[e.index] = free[e.key].pop(0)


def _match_similar(m: Matching) -> None:
    taken = set(m.pairs.values())
    olds = [(e, word_list(e.node.text.text)) for e in m.old if e.index not in m.pairs]
    news = [(e, word_list(e.node.text.text)) for e in m.new if e.index not in taken]
    scored = []
    for n, n_words in news:
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(n_words)  # the expensive side, prepared once
        for o, o_words in olds:
            matcher.set_seq1(o_words)
            if not o_words and not n_words:
                score = 1.0
            elif matcher.real_quick_ratio() < MIN_SIMILARITY or matcher.quick_ratio() < MIN_SIMILARITY:
                continue
            else:
                score = matcher.ratio()
            if score >= MIN_SIMILARITY:
                bonus = (o.node.kind is n.node.kind) * 0.01 + _same_parent(m, o, n) * 0.01
                scored.append((score + bonus, -abs(o.index - n.index), o.index, n.index))
    scored.sort(reverse=True)
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _s, _d, oi, ni in scored:
        if oi not in used_old and ni not in used_new:
            m.pairs[oi] = ni
            used_old.add(oi)
            used_new.add(ni)


def _same_parent(m: Matching, o: Entry, n: Entry) -> bool:
    if o.parent is None or n.parent is None:
        return o.parent is None and n.parent is None
    return m.pairs.get(o.parent.index) == n.parent.index


def _find_moved(m: Matching) -> None:
    by_parent: dict[int, list[tuple[int, int]]] = {}
    for oi, ni in m.pairs.items():
        o, n = m.old[oi], m.new[ni]
        if not _same_parent(m, o, n):
            m.moved.add(ni)
            continue
        parent = -1 if n.parent is None else n.parent.index
        by_parent.setdefault(parent, []).append((ni, oi))
    for group in by_parent.values():
        group.sort()
        keep = _longest_increasing([oi for _ni, oi in group])
        for k, (ni, _oi) in enumerate(group):
            if k not in keep:
                m.moved.add(ni)


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence of ``values``."""
    tails: list[int] = []
    tail_pos: list[int] = []
    prev = [-1] * len(values)
    for i, v in enumerate(values):
        k = bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tail_pos.append(i)
        else:
            tails[k] = v
            tail_pos[k] = i
        prev[i] = tail_pos[k - 1] if k else -1
    out: set[int] = set()
    i = tail_pos[-1] if tail_pos else -1
    while i >= 0:
        out.add(i)
        i = prev[i]
    return out
