"""Result sizes known *before* an operation runs: the static half of the budget.

Every sandbox hook of :mod:`.jinja_env` that may make a large value asks
here first how large the value can get, and refuses before Python allocates
it: a C-level ``str.replace`` or ``indent`` cannot be interrupted once
started.  Each function returns an upper bound in characters (0 when the
operation cannot grow its input); integers are bounded in bits.

- :func:`int_bits_after` — ``*``, ``**``, ``+``, ``-`` on integers (and
  ``//``, ``%`` whose operands are bounded): a multi-megabit ``//`` takes
  tens of seconds in one C call;
- :func:`percent_size` — ``fmt % args`` and the ``format`` filter, widths
  and precisions (written or ``*``) and the values substituted;
- :func:`spec_size` — one ``{…:spec}`` field of ``str.format``;
- :func:`str_method_size` — ``center``, ``ljust``, ``rjust``, ``zfill``,
  ``expandtabs``, ``replace``, ``join``, ``translate`` of a string;
- :func:`filter_size` — ``indent``, ``join``, ``replace``, ``center``,
  ``format``, ``wordwrap``, ``truncate``, ``join_vi``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

#: Integers in template arithmetic: 4 096 bits (about 1 233 decimal digits).
MAX_INT_BITS = 4096
#: A digit run this long in a format (``%0999999999d``) is refused outright.
MAX_FORMAT_DIGITS = 7

_TEXT = (str, bytes, bytearray)


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def int_bits_after(operator: str, left: Any, right: Any) -> int:
    """An upper bound of the bits of ``left <operator> right`` for integers
    (the largest operand's bits for other operators; 0 if not integers)."""
    if not (is_int(left) and is_int(right)):
        return 0
    a, b = abs(left).bit_length(), abs(right).bit_length()
    if operator == "*":
        return a + b
    if operator == "**":
        if right <= 0 or abs(left) <= 1:
            return max(a, 1)
        return right * a  # right is small here: its own bits are bounded first
    if operator in "+-":
        return max(a, b) + 1
    return max(a, b)


def text_size(value: Any) -> int:
    """Characters ``str(value)`` may take (bounded values only: the caller
    has weighed containers already)."""
    if isinstance(value, _TEXT):
        return len(value)
    if is_int(value):
        return value.bit_length() * 3 // 10 + 2
    if isinstance(value, float):
        return 330  # '%f' % 1e308: 309 digits, a point, six decimals, a sign
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        return len(str(value))
    return 64


def _digits(text: str) -> list[int]:
    runs = re.findall(r"\d+", text)
    if any(len(r) >= MAX_FORMAT_DIGITS for r in runs):
        return [10 ** MAX_FORMAT_DIGITS]  # over any limit: refused by the caller
    return [int(r) for r in runs]


_PERCENT = re.compile(r"%(?:\(([^)]*)\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)", re.S)


def percent_size(fmt: str, args: Any) -> int:
    """An upper bound of ``len(fmt % args)``: for each conversion its width,
    its precision and the length of the value it prints (a mapping's value
    counts each time a ``%(key)s`` names it)."""
    values = args if isinstance(args, tuple) else (args,)
    mapping = args if isinstance(args, Mapping) else None
    total, index = len(fmt), 0

    def take() -> Any:
        nonlocal index
        index += 1
        return values[index - 1] if index <= len(values) else None

    for m in _PERCENT.finditer(fmt):
        key, width, precision, conversion = m.groups()
        if conversion == "%":
            continue
        for part in (width, precision):
            if part == "*":
                n = take()
                total += abs(n) if is_int(n) else 0
            elif part:
                total += _digits(part)[0]
        value = mapping.get(key) if mapping is not None and key is not None else take()
        total += text_size(value)
    return total


def spec_size(value: Any, spec: str) -> int:
    """An upper bound of ``format(value, spec)`` (a date's spec is a
    ``strftime`` pattern: each of its characters may print a word)."""
    return sum(_digits(spec)) + text_size(value) + 10 * len(spec)


def _arg(args: tuple, kwargs: Mapping[str, Any], index: int, name: str, default: Any) -> Any:
    if len(args) > index:
        return args[index]
    return kwargs.get(name, default)


def replace_size(text: Any, old: Any, new: Any, count: Any) -> int:
    if not (isinstance(text, str) and isinstance(old, str) and isinstance(new, str)):
        return 0
    n = text.count(old) if old else len(text) + 1
    if is_int(count) and count >= 0:
        n = min(n, count)
    return len(text) + n * len(new)


def join_size(separator: Any, items: list[Any]) -> int:
    if not items:
        return 0
    return sum(text_size(x) for x in items) + (len(items) - 1) * text_size(separator)


def _translate_size(text: str, table: Any) -> int:
    if not isinstance(table, Mapping):
        return len(text)
    longest = max((len(v) for v in table.values() if isinstance(v, str)), default=1)
    return len(text) * max(longest, 1)


def str_method_size(owner: Any, name: str, args: tuple, kwargs: Mapping[str, Any]) -> int:
    """An upper bound of the size of ``owner.<name>(*args, **kwargs)`` for
    the string methods whose result can be far larger than ``owner``."""
    if not isinstance(owner, _TEXT):
        return 0
    if name in ("center", "ljust", "rjust", "zfill"):
        width = _arg(args, kwargs, 0, "width", 0)
        return max(len(owner), width) if is_int(width) else 0
    if name == "expandtabs":
        size = _arg(args, kwargs, 0, "tabsize", 8)
        return len(owner) + owner.count("\t" if isinstance(owner, str) else b"\t") * size \
            if is_int(size) else 0
    if name == "replace":
        return replace_size(owner, _arg(args, kwargs, 0, "old", None),
                            _arg(args, kwargs, 1, "new", None), _arg(args, kwargs, 2, "count", -1))
    if name == "join" and args and isinstance(args[0], (list, tuple)):
        return join_size(owner, list(args[0]))
    if name == "translate" and isinstance(owner, str):
        return _translate_size(owner, _arg(args, kwargs, 0, "table", None))
    return 0


def _indent_size(text: Any, args: tuple, kwargs: Mapping[str, Any]) -> int:
    width = _arg(args, kwargs, 0, "width", 4)
    step = len(width) if isinstance(width, str) else width if is_int(width) else 0
    lines = str(text).count("\n") + 2
    return len(str(text)) + lines * max(step, 0)


def _wordwrap_size(text: Any, args: tuple, kwargs: Mapping[str, Any]) -> int:
    wrap = _arg(args, kwargs, 2, "wrapstring", None)
    text = str(text)
    lines = len(text) + 1  # at worst one line per character
    return len(text) + lines * (len(wrap) if isinstance(wrap, str) else 2)


def filter_size(name: str, value: Any, args: tuple, kwargs: Mapping[str, Any]) -> int:
    """An upper bound of the size of ``value | name(*args, **kwargs)`` for
    the filters that can grow text (``value`` already a list for ``join``)."""
    if name == "indent":
        return _indent_size(value, args, kwargs)
    if name == "center":
        width = _arg(args, kwargs, 0, "width", 80)
        return max(len(str(value)), width) if is_int(width) else 0
    if name == "replace":
        return replace_size(str(value), _arg(args, kwargs, 0, "old", None),
                            _arg(args, kwargs, 1, "new", None), _arg(args, kwargs, 2, "count", -1))
    if name in ("join", "join_vi") and isinstance(value, list):
        sep = _arg(args, kwargs, 0, "d" if name == "join" else "sep", "")
        last = _arg(args, kwargs, 1, "last", None) if name == "join_vi" else None
        return join_size(sep, value) + text_size(last or "")
    if name == "format" and isinstance(value, str):
        return percent_size(value, dict(kwargs) if kwargs else tuple(args))
    if name == "wordwrap":
        return _wordwrap_size(value, args, kwargs)
    if name == "truncate":
        return len(str(value)) + text_size(_arg(args, kwargs, 2, "end", "..."))
    return 0


#: Filters whose first argument is consumed to find the result size: an
#: iterator is turned into a list first, so that the filter sees it whole.
LIST_FILTERS = frozenset({"join", "join_vi"})

__all__ = ["LIST_FILTERS", "MAX_FORMAT_DIGITS", "MAX_INT_BITS", "filter_size", "int_bits_after",
           "is_int", "join_size", "percent_size", "replace_size", "spec_size", "str_method_size",
           "text_size"]
