"""Fuzzed draft files, deterministic by seed.

    python tests/fuzz/gen_drafts.py --seed 9 --count 2000 [--out DIR]

Each case is the bytes of a draft file: the example notice or one of the
render fixtures, changed by one to three mutations — a value of the wrong
type, a huge or odd string (control and format characters, lone
surrogates, combining marks, markup fragments), a missing or an unknown key,
deep nesting, odd numbers (0, -1, NaN, 1e308, huge integers), long lists —
or, for a part of the cases, changed as text (truncated, a byte flipped, a
duplicate key, a huge integer literal, a BOM). With ``--out`` the files
are written there; without it the number of cases is printed.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))

ODD_STRINGS = [
    "", " ", "\t\n", "\x00", "\x07\x1b[31m", "\u200b\u200e\u202e\u2066", "\ufeff", "\u2028\u2029",
    "\ud800", "\udfff", "a\u0301\u0302\u0303" * 50, "\U0001F600" * 100, "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "**", "*", "***a**", "[^", "[^]", "[^a[^b]]", "**[^*x*]**", "\\", "\\- x", "# x", "- ", "+ ",
    "[...]", "[tên đơn vị]", "…", "{{ x }}", "{% for %}", "<w:p/>", "&amp;", "]]>", "\r\n\r",
    "Ủy ban nhân dân", "TB-UBND", "A" * 5000, "Đ" * 70000,
]
MAX_CASE_BYTES = 3_000_000
ODD_NUMBERS = [0, -1, 1, 2, 7, 13, 32, 99, 1.5, -0.0, 1e308, -1e308, 2 ** 63, 10 ** 30, True, False]


def base_documents() -> list[dict[str, Any]]:
    """The example draft and the render fixtures, as draft JSON."""
    from render.fixtures import long_notice, small_notice

    from thongbao_editor.model import notice_to_dict

    docs = [json.loads((ROOT / "examples" / "cao-loc-2024.json").read_text("utf-8"))]
    docs += [notice_to_dict(small_notice()), notice_to_dict(long_notice(2, 4))]
    return docs


def _paths(value: Any) -> list[tuple]:
    """Every path into ``value`` (not below depth 40: deep nests are added whole)."""
    out, stack = [], [((), value)]
    while stack:
        path, v = stack.pop()
        out.append(path)
        if len(path) > 40:
            continue
        if isinstance(v, dict):
            stack.extend(((*path, k), x) for k, x in v.items())
        elif isinstance(v, list):
            stack.extend(((*path, i), x) for i, x in enumerate(v))
    return out


def _get(doc: Any, path: tuple) -> Any:
    for p in path:
        doc = doc[p]
    return doc


def _odd_value(rng: random.Random, old: Any) -> Any:
    choice = rng.randrange(10)
    if choice == 0:
        return None
    if choice == 1:
        return rng.choice(ODD_NUMBERS)
    if choice == 2:
        return rng.choice([[], {}, [None], {"x": 1}, [[[]]], ["a", 1]])
    if choice == 3 and isinstance(old, str):
        return old * max(1, min(rng.choice([2, 10, 200]), 300_000 // max(len(old), 1)))
    if choice == 4 and isinstance(old, str) and old:
        i = rng.randrange(len(old) + 1)
        return old[:i] + rng.choice(ODD_STRINGS) + old[i:]
    if choice == 5 and isinstance(old, list):
        return old * rng.choice([0, 2, 50])
    if choice == 6 and isinstance(old, (int, float)) and not isinstance(old, bool):
        return rng.choice([old * 1000, -old, old + 0.5, str(old)])
    if choice == 7:
        return "".join(rng.choice(ODD_STRINGS) for _ in range(rng.randrange(1, 6)))
    if choice == 8 and isinstance(old, dict):
        return {k: v for k, v in old.items() if rng.random() < 0.6}
    return rng.choice(ODD_STRINGS)


def _odd_text(rng: random.Random, old: str) -> str:
    choice = rng.randrange(4)
    if choice == 0:
        return old * max(1, min(rng.choice([2, 20, 300]), 300_000 // max(len(old), 1)))
    if choice == 1:
        return rng.choice(ODD_STRINGS)
    i = rng.randrange(len(old) + 1)
    return old[:i] + "".join(rng.choice(ODD_STRINGS) for _ in range(choice)) + old[i:]


def _deep_node(depth: int, kind: str) -> dict[str, Any]:
    node: dict[str, Any] = {"kind": kind, "text": "x", "children": []}
    top = node
    for _ in range(depth):
        child = {"kind": kind, "text": "y", "children": []}
        node["children"].append(child)
        node = child
    return top


def mutate(rng: random.Random, doc: dict[str, Any]) -> dict[str, Any]:
    """One structural mutation of a draft (in place; returned)."""
    path = rng.choice(sorted((p for p in _paths(doc) if p), key=repr))
    parent, key = _get(doc, path[:-1]), path[-1]
    action = rng.randrange(8)
    if isinstance(parent[key], str) and rng.random() < 0.7:  # odd text, still the right type
        parent[key] = _odd_text(rng, parent[key])
    elif action == 0 and isinstance(parent, dict):
        del parent[key]
    elif action == 1 and isinstance(parent, dict):
        parent[rng.choice(["extra", "Body", "kind", "__proto__", "x" * 300, ""])] = \
            _odd_value(rng, None)
    elif action == 2:
        kind = rng.choice(["muc", "khoan", "item", "paragraph", "sub_item", "nope"])
        doc.setdefault("body", [])
        if isinstance(doc["body"], list):
            doc["body"].append(_deep_node(rng.choice([5, 50, 200]), kind))
    elif action == 3 and isinstance(parent, list):
        parent.extend([copy.deepcopy(parent[key])] * rng.choice([10, 500]))
    else:
        parent[key] = _odd_value(rng, parent[key])
    return doc


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate stays (invalid UTF-8)


def _text_mutation(rng: random.Random, text: str) -> bytes:
    choice = rng.randrange(8)
    data = _bytes(text)
    if choice == 7:  # nesting deeper than any parser's stack
        depth = rng.choice([1000, 5000, 100000])
        deep = '{"kind": "muc", "text": "x", "children": [' * depth + "]}" * depth
        return _bytes(text.replace('"body": [', f'"body": [{deep}, ', 1))
    if choice == 0:
        return data[:rng.randrange(len(data))]
    if choice == 1:
        i = rng.randrange(len(data))
        return data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1:]
    if choice == 2:  # a duplicate key: a second, empty body
        return _bytes(text.replace('"body": [', '"body": [], "body": [', 1))
    if choice == 3:  # a huge integer literal
        digits = "9" * rng.choice([20, 400, 5000])
        return _bytes(text.replace('"format_version": 1', f'"format_version": {digits}', 1))
    if choice == 4:
        return b"\xef\xbb\xbf" + data
    if choice == 5:  # NaN and Infinity are accepted by Python's json
        return _bytes(text.replace("14", rng.choice(["NaN", "Infinity", "-Infinity", "1e999"]), 1))
    return data.replace(b"\"", b"'", rng.randrange(1, 4))


def generate(seed: int, count: int) -> Iterator[tuple[str, bytes]]:
    """``count`` (case id, draft bytes), the same for the same seed."""
    rng = random.Random(seed)
    bases = base_documents()
    for n in range(count):
        while True:  # drafts over MAX_CASE_BYTES are the size checks' business, not fuzzing's
            doc = copy.deepcopy(rng.choice(bases))
            for _ in range(rng.randrange(1, 4)):
                doc = mutate(rng, doc)
            text = json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
            if len(text) <= MAX_CASE_BYTES:
                break
        data = _text_mutation(rng, text) if rng.random() < 0.2 else _bytes(text)
        yield f"{seed}-{n:05d}", data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    n = 0
    for case, data in generate(args.seed, args.count):
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"fuzz-{case}.json").write_bytes(data)
        n += 1
    print(f"{n} cases (seed {args.seed})" + (f" written to {args.out}" if args.out else ""))


if __name__ == "__main__":
    main()
