"""The one Jinja environment every template runs in: sandboxed, strict, bounded.

``ImmutableSandboxedEnvironment`` blocks attribute tricks (``__class__``,
``mro`` …) and changing lists or dicts; ``StrictUndefined`` turns a missing
variable into an error with the template's name and line, never an empty
string in a signed notice.  There is no loader that reaches the file
system: templates are handed in as text, and ``{% include %}``,
``{% import %}`` and ``{% extends %}`` are refused.

Templates travel between offices, so they are untrusted.  On top of Jinja's
sandbox every render runs under a :class:`Budget`:

- time: a deadline (2 s by default), checked on every loop iteration (each
  ``for`` iterable is wrapped by :meth:`GuardedSandbox.guard_iter`), every
  call, filter, test, operator and attribute access;
- size: the output (2 MB by default) is counted while it is produced; every
  value a call, filter, operator or attribute access returns is weighed
  (characters plus container items, walked with a bound); the text that
  operators, calls, filters, ``~`` and slices make adds up to at most ten
  times the output limit per render; the buffers of macros and blocks are
  weighed before they are joined, and ``'x' * n``, ``a ** b`` and
  ``%``-formats with huge widths are refused *before* they allocate anything
  (loops, ``~`` and slices are rewritten after parsing to go through these
  hooks: Jinja would otherwise run them as plain Python);
- output: only text, numbers and dates may be printed (``{{ a_list }}``
  would print Python syntax into a notice).

Whatever breaks a limit raises :class:`~thongbao_editor.errors.RenderError`
with the template's name and line and a sentence from the catalogue.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import threading
import time
import types
from collections import OrderedDict
from contextvars import ContextVar
from decimal import Decimal
from typing import Any, Iterable, Iterator

import jinja2
from jinja2 import nodes
from jinja2.visitor import NodeTransformer
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedFormatter, SecurityError
from markupsafe import EscapeFormatter, Markup

from ..errors import FieldProblem, RenderError
from ..model import vnformat
from .bounds import (LIST_FILTERS, MAX_INT_BITS, filter_size, int_bits_after, is_int,
                     percent_size, spec_size, str_method_size)

MAX_SECONDS = 2.0
MAX_OUTPUT = 2_000_000  # characters of output (about 2 MB of Vietnamese text)
MAX_ITERATIONS = 1_000_000  # loop iterations per render, all loops together
MAX_RANGE = 100_000  # items of one range()
MAX_INT_ARGUMENT = 1_000_000  # widths, counts … passed to methods and filters
ALLOCATION_FACTOR = 10  # text made by operators, calls and filters: 10 × the output limit


class Refused(SecurityError):
    """The sandbox refuses something; ``code`` is a catalogue message."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code, self.params = code, params


class LimitExceeded(Refused):
    """A template went over its time, size or iteration budget."""


class Budget:
    """The limits of one render; installed for the duration by :func:`budget`."""

    def __init__(self, seconds: float = MAX_SECONDS, max_output: int = MAX_OUTPUT):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.max_output = max_output
        self.iterations = 0
        self.allocated = 0

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise LimitExceeded("template.limit_time", seconds=self.seconds)

    def weigh(self, value: Any) -> Any:
        """Refuse ``value`` if it is heavier than the output limit."""
        if _weight(value, self.max_output) > self.max_output:
            raise LimitExceeded("template.limit_size", size=self.max_output)
        return value

    def made(self, value: Any) -> Any:
        """Weigh a value an operator, call or filter has just made, and add
        it to the text made so far: a loop of allowed steps (a 2 MB string
        made a thousand times in a macro) is stopped before it fills memory."""
        self.weigh(value)
        _check_int(value)
        if isinstance(value, (str, bytes, list, tuple)):
            self.allocated += len(value)
            if self.allocated > ALLOCATION_FACTOR * self.max_output:
                raise LimitExceeded("template.limit_size", size=self.max_output)
        return value

    def iterate(self, n: int = 1) -> None:
        self.iterations += n
        if self.iterations > MAX_ITERATIONS:
            raise LimitExceeded("template.limit_iterations", count=MAX_ITERATIONS)
        if self.iterations % 64 == 0:
            self.tick()


_BUDGET: ContextVar[Budget | None] = ContextVar("thongbao_template_budget", default=None)
_UNBOUNDED_BUDGET_SECONDS = 30.0


def current_budget() -> Budget:
    b = _BUDGET.get()
    if b is None:
        # Template code run outside render_string()/budget() (a caller that
        # renders a compiled template itself): each check gets a generous
        # budget of its own; never stored, so it cannot expire for later calls.
        return Budget(_UNBOUNDED_BUDGET_SECONDS)
    return b


@contextlib.contextmanager
def budget(seconds: float = MAX_SECONDS, max_output: int = MAX_OUTPUT) -> Iterator[Budget]:
    """Run the enclosed renders under one budget (nested calls share the outer one)."""
    outer = _BUDGET.get()
    if outer is not None and outer.seconds <= seconds:
        yield outer
        return
    b = Budget(seconds, max_output)
    token = _BUDGET.set(b)
    try:
        yield b
    finally:
        _BUDGET.reset(token)


def _weight(value: Any, limit: int) -> int:
    """Characters plus container items reachable from ``value`` (shared
    references counted each time, as ``str()`` would print them), stopping
    as soon as ``limit`` is passed."""
    total = 0
    stack = [value]
    steps = 0
    while stack:
        v = stack.pop()
        steps += 1
        if steps % 65536 == 0:
            current_budget().tick()
        if isinstance(v, (str, bytes, bytearray)):
            total += len(v)
        elif isinstance(v, (list, tuple, set, frozenset)):
            total += 1 + len(v)
            stack.extend(v)
        elif isinstance(v, dict):
            total += 1 + len(v)
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, jinja2.utils.Namespace):
            attrs = v._Namespace__attrs  # type: ignore[attr-defined]
            total += 1 + len(attrs)
            stack.extend(attrs.values())
        elif isinstance(v, range):
            total += len(v)
        else:
            total += 1
        if total > limit:
            return total
    return total


def _check_arguments(args: Iterable[Any]) -> None:
    for a in args:
        if isinstance(a, int) and not isinstance(a, bool) and abs(a) > MAX_INT_ARGUMENT:
            raise LimitExceeded("template.limit_size", size=current_budget().max_output)


def _refuse_over(size: int) -> None:
    """Refuse, before it is made, a value of ``size`` characters over the output limit."""
    b = current_budget()
    if size > b.max_output:
        raise LimitExceeded("template.limit_size", size=b.max_output)


def _check_int(value: Any) -> None:
    if is_int(value) and value.bit_length() > MAX_INT_BITS:
        raise LimitExceeded("template.limit_int", bits=MAX_INT_BITS)


_FORMATS = ("format", "format_map")


class _BoundedFormatter(SandboxedFormatter):
    """``str.format``: each field's size is bounded before it is formatted
    (widths may come from nested fields: ``'{:{}}'.format('x', 10**8)``)."""

    size = 0

    def vformat(self, format_string: str, args: Any, kwargs: Any) -> str:
        self.size = len(format_string)
        return super().vformat(format_string, args, kwargs)

    def format_field(self, value: Any, format_spec: str) -> Any:
        _refuse_over(self.size + spec_size(value, format_spec))
        out = super().format_field(value, format_spec)
        self.size += len(out)
        return out


class _BoundedEscapeFormatter(_BoundedFormatter, EscapeFormatter):
    pass


class GuardedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with a time and size budget (see module doc)."""

    intercepted_binops = frozenset({"*", "**", "+", "%", "//", "/", "-"})

    def __init__(self, **options: Any):
        super().__init__(**options)
        self.concat = self._guarded_concat  # used by macros, blocks, {% set %}…{% endset %}

    # -- loops ----------------------------------------------------------------
    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
            from ..errors import message
            raise jinja2.TemplateSyntaxError(message("template.no_include"), node.lineno, name,
                                             filename)
        return _Guard().visit(tree)

    def join_values(self, values: list[Any]) -> str:
        """``a ~ b``: weighed before ``str()``, size checked before joining."""
        b = current_budget()
        for v in values:
            b.weigh(v)
        parts = [str(v) for v in values]
        if sum(len(p) for p in parts) > b.max_output:
            raise LimitExceeded("template.limit_size", size=b.max_output)
        return "".join(parts)

    def take_slice(self, obj: Any, start: Any, stop: Any, step: Any) -> Any:
        """``obj[start:stop:step]`` — a new string or list, counted."""
        return current_budget().made(obj[slice(start, stop, step)])

    def guard_iter(self, iterable: Any) -> Iterator[Any]:
        b = current_budget()
        b.tick()
        for item in iterable:
            b.iterate()
            yield item

    # -- operators, calls, attributes --------------------------------------------
    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        b = current_budget()
        b.tick()
        _check_int(left)
        _check_int(right)
        if int_bits_after(operator, left, right) > MAX_INT_BITS:
            raise LimitExceeded("template.limit_int", bits=MAX_INT_BITS)
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (list, tuple)):
                    raise Refused("template.list_repeat")
                if isinstance(seq, (str, bytes)) and isinstance(n, int):
                    _refuse_over(len(seq) * n)
        elif operator == "%" and isinstance(left, str):
            _refuse_over(percent_size(left, right))
        return b.made(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        b = current_budget()
        b.tick()
        func = getattr(__obj, "__wrapped__", __obj)  # str.format comes wrapped by the sandbox
        owner = getattr(func, "__self__", None)
        name = getattr(func, "__name__", "")
        # range() has its own, clearer limit; str.format bounds each field (amounts pass)
        if __obj is not _range and not (isinstance(owner, str) and name in _FORMATS):
            _check_arguments(args)
            _check_arguments(kwargs.values())
        if isinstance(owner, (str, bytes)):
            if name == "join" and args and not isinstance(args[0], (list, tuple)):
                args = (list(__self.guard_iter(args[0])), *args[1:])  # measured, then joined
            _refuse_over(str_method_size(owner, name, args, kwargs))
        return b.made(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Any:
        """Jinja's sandboxed ``str.format``/``format_map`` with each field's
        size bounded before it is formatted (see :class:`_BoundedFormatter`)."""
        if not isinstance(value, (types.MethodType, types.BuiltinMethodType)) \
                or value.__name__ not in _FORMATS \
                or not isinstance(value.__self__, str):
            return None
        f_self: str = value.__self__
        formatter = (_BoundedEscapeFormatter(self, escape=f_self.escape)
                     if isinstance(f_self, Markup) else _BoundedFormatter(self))
        is_map = value.__name__ == "format_map"

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                args, kwargs = (), args[0]
            return type(f_self)(formatter.vformat(f_self, args, kwargs))

        return functools.update_wrapper(wrapper, value)

    def getattr(self, obj: Any, attribute: str) -> Any:
        b = current_budget()
        b.tick()
        return b.weigh(super().getattr(obj, attribute))

    def getitem(self, obj: Any, argument: Any) -> Any:
        b = current_budget()
        b.tick()
        return b.weigh(super().getitem(obj, argument))

    def _guarded_concat(self, parts: Iterable[str]) -> str:
        b = current_budget()
        parts = list(parts)
        size = 0
        for p in parts:
            size += len(p)
            if size > b.max_output:
                raise LimitExceeded("template.limit_size", size=b.max_output)
        b.tick()
        return "".join(parts)


class _Guard(NodeTransformer):
    """Rewrites a parsed template so that every loop, ``~`` and slice goes
    through the budget: ``for x in seq`` iterates ``guard_iter(seq)``,
    ``a ~ b`` becomes ``join_values([a, b])`` and ``s[i:j]`` becomes
    ``take_slice(s, i, j, None)`` (all called through :meth:`GuardedSandbox.call`)."""

    def visit_For(self, node: nodes.For) -> nodes.For:
        self.generic_visit(node)
        node.iter = nodes.Call(nodes.EnvironmentAttribute("guard_iter"), [node.iter], [],
                               None, None, lineno=node.lineno)
        return node

    def visit_Getitem(self, node: nodes.Getitem) -> nodes.Node:
        self.generic_visit(node)
        if not isinstance(node.arg, nodes.Slice):
            return node
        # Jinja subscribes slices directly (no sandbox hook); route them through one.
        parts = [p if p is not None else nodes.Const(None, lineno=node.lineno)
                 for p in (node.arg.start, node.arg.stop, node.arg.step)]
        return nodes.Call(nodes.EnvironmentAttribute("take_slice"), [node.node, *parts], [],
                          None, None, lineno=node.lineno)

    def visit_Concat(self, node: nodes.Concat) -> nodes.Call:
        self.generic_visit(node)
        return nodes.Call(nodes.EnvironmentAttribute("join_values"),
                          [nodes.List(list(node.nodes), lineno=node.lineno)], [], None, None,
                          lineno=node.lineno)


def _guard_function(func: Any, name: str, *, first_is_value: bool) -> Any:
    """Wrap a filter or test: budget tick, argument check, result size
    bounded before the call (:func:`.bounds.filter_size`), result weighed."""
    skip = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0

    @functools.wraps(func)  # keeps jinja_pass_arg (pass_context …)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        b = current_budget()
        b.tick()
        rest = args[skip + 1:] if first_is_value else args[skip:]
        if name != "format":  # bounded by percent_size: amounts pass
            _check_arguments(rest)
            _check_arguments(kwargs.values())
        if first_is_value and len(args) > skip:
            value = args[skip]
            if name in LIST_FILTERS and not isinstance(value, (str, list)):
                value = list(environment().guard_iter(value))  # measured, then joined
                args = (*args[:skip], value, *rest)
            _refuse_over(filter_size(name, value, rest, kwargs))
        return b.made(func(*args, **kwargs))

    return guarded


#: What ``{{ … }}`` may print: anything else is a mistake in a notice template.
_PRINTABLE = (str, int, float, Decimal, dt.date)


def _finalize(value: Any) -> Any:
    if isinstance(value, jinja2.Undefined) or isinstance(value, _PRINTABLE):
        return value
    if isinstance(value, bool) or value is None:
        return value
    raise Refused("template.print_container", type=type(value).__name__)


def _join(values, sep: str = ", ", last: str | None = None) -> str:
    values = [str(v) for v in values if str(v).strip()]
    if last is not None and len(values) > 1:
        return sep.join(values[:-1]) + last + values[-1]
    return sep.join(values)


@jinja2.pass_environment
def _sum(environment: GuardedSandbox, iterable: Any, attribute: Any = None, start: Any = 0) -> Any:
    """Jinja's ``sum``, one addition at a time through the operator hook:
    Python's ``sum`` of lists or strings is one quadratic C call (18 s for
    100 000 one-item lists) that no check between operations can stop."""
    if attribute is not None:
        iterable = map(jinja2.filters.make_attrgetter(environment, attribute), iterable)
    total = start
    for item in environment.guard_iter(iterable):
        total = environment.call_binop(None, "+", total, item)
    return total


def _range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise LimitExceeded("template.limit_range", count=MAX_RANGE)
    return rng


def make_environment() -> GuardedSandbox:
    env = GuardedSandbox(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
        loader=None,
    )
    env.filters.update(
        short_date=vnformat.short_date,
        full_date=vnformat.full_date,
        number=vnformat.number,
        percent=vnformat.percent,
        join_vi=_join,
        sum=_sum,
    )
    for name in ("pprint", "urlize", "xmlattr", "filesizeformat"):
        env.filters.pop(name, None)
    env.filters = {k: _guard_function(f, k, first_is_value=True) for k, f in env.filters.items()}
    env.tests = {k: _guard_function(f, k, first_is_value=True) for k, f in env.tests.items()}
    env.globals.pop("lipsum", None)
    env.globals["range"] = _range
    return env


_ENV: GuardedSandbox | None = None


def environment() -> GuardedSandbox:
    global _ENV
    if _ENV is None:
        _ENV = make_environment()
    return _ENV


def render_string(source: str, name: str, *, line_offset: int = 0, **context: object) -> str:
    """Render template text under the time and size budget.

    Errors become :class:`RenderError` naming the template and the line
    (``line_offset`` is added: the text may start inside a larger file).
    """
    with budget() as b:
        try:
            template = _compiled(source, name)
            out: list[str] = []
            size = 0
            for chunk in template.generate(**context):
                size += len(chunk)
                if size > b.max_output:
                    raise LimitExceeded("template.limit_size", size=b.max_output)
                out.append(chunk)
                b.tick()
            return "".join(out)
        except jinja2.TemplateSyntaxError as exc:
            raise RenderError("render.template", template=name, line=_plus(exc.lineno, line_offset),
                              reason=exc.message) from None
        except Refused as exc:
            raise RenderError("render.template", template=name,
                              line=_plus(_line_of(exc), line_offset),
                              reason=FieldProblem(exc.code, **exc.params)) from None
        except RecursionError:
            raise RenderError("render.template", template=name, line="?",
                              reason=FieldProblem("template.limit_recursion")) from None
        except (jinja2.UndefinedError, SecurityError, jinja2.TemplateError, TypeError, ValueError,
                ArithmeticError, AttributeError, LookupError, MemoryError) as exc:
            reason: object = str(exc) or type(exc).__name__
            if isinstance(exc, MemoryError):
                reason = FieldProblem("template.limit_size", size=b.max_output)
            elif isinstance(exc, jinja2.UndefinedError):
                reason = FieldProblem("template.undefined", reason=reason)
            elif isinstance(exc, SecurityError):
                reason = FieldProblem("template.unsafe", detail=reason)
            raise RenderError("render.template", template=name,
                              line=_plus(_line_of(exc), line_offset), reason=reason) from None


_CACHE: "OrderedDict[tuple[str, str], jinja2.Template]" = OrderedDict()
_CACHE_SIZE = 512
_CACHE_LOCK = threading.Lock()


def _compiled(source: str, name: str) -> jinja2.Template:
    """Compile once: a batch fills the same texts in for every row."""
    key = (source, name)
    with _CACHE_LOCK:
        template = _CACHE.get(key)
        if template is not None:
            _CACHE.move_to_end(key)
            return template
    template = environment().from_string(source)
    template.name = name
    with _CACHE_LOCK:
        _CACHE[key] = template
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return template


def _plus(line: object, offset: int) -> object:
    return line + offset if isinstance(line, int) else line


def _line_of(exc: BaseException) -> object:
    tb = exc.__traceback__
    line: object = "?"
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            # Compiled template code maps back to template lines through the
            # debug info Jinja keeps on the template module.
            line = _template_line(tb)
        tb = tb.tb_next
    return line


def _template_line(tb: Any) -> object:
    code_line = tb.tb_lineno
    tpl = tb.tb_frame.f_globals.get("__jinja_template__")
    if tpl is not None:
        try:
            return tpl.get_corresponding_lineno(code_line)
        except Exception:  # pragma: no cover - debug info missing
            return code_line
    return code_line
