"""Bounded template rendering: Jinja's sandbox stops escapes, this stops runaway work.

Every render gets a :class:`Budget` of steps (loop items, calls, operators), nesting,
output and time. Loops are counted by rewriting each ``{% for %}`` to iterate through a
counter; the operators that make big numbers or long strings (``**``, ``*``, ``%``,
``+``, ``~``) and the filters and string methods that multiply sizes (``center``,
``indent``, ``join``, ``replace``, ``format``, ``wordwrap``…) check the size of what they
would make before they make it. The step count is the limit that normally stops a
runaway template, so the same template and data stop at the same point on any machine;
the time limit is a backstop checked every few hundred steps (no signals: renders run
in worker processes and threads too).

Template files are read by :mod:`planner.planning.template_files`.
"""

from __future__ import annotations

import functools
import math
import re
import time
import types
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from jinja2 import nodes, pass_eval_context
from jinja2.ext import Extension
from jinja2.runtime import LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import generate_lorem_ipsum
from jinja2.visitor import NodeTransformer

#: items a ``range()`` may have (Jinja's own sandbox allows 100,000)
MAX_RANGE = 10_000
#: loop items, calls and operators one render may take
MAX_STEPS = 100_000
#: macros (or recursive loops) calling each other this deep stop the render
MAX_DEPTH = 40
#: characters of any one string a template builds (items of any one list)
MAX_STRING = 100_000
#: characters a render may write in all, its macros, ``set`` blocks and filters included
MAX_WRITTEN = 1_000_000
#: the rendered text itself
MAX_OUTPUT = 100_000
#: bits of any whole number a template computes (about 1,200 digits)
MAX_INT_BITS = 4_096
#: numbers given to filters and string methods (widths, counts)
MAX_ARGUMENT = 10_000
#: seconds one render may take: a backstop behind MAX_STEPS
RENDER_SECONDS = 5.0
#: ``lipsum()``: paragraphs and words per paragraph
MAX_LIPSUM_PARAGRAPHS, MAX_LIPSUM_WORDS = 20, 200


class RenderLimit(SecurityError):
    """A render stopped by a limit; the message says which."""


class Budget:
    """What one render has used so far."""

    __slots__ = ("steps", "written", "depth", "deadline")

    def __init__(self, seconds: float = RENDER_SECONDS) -> None:
        self.steps = 0
        self.written = 0
        self.depth = 0
        self.deadline = time.monotonic() + seconds

    def step(self, n: int = 1) -> None:
        self.steps += n
        if self.steps > MAX_STEPS:
            raise RenderLimit(f"stopped after {MAX_STEPS:,} steps (loop items, calls and "
                              "operators): a loop or macro that never ends?")
        if not self.steps & 255 and time.monotonic() > self.deadline:
            raise RenderLimit(f"stopped after {RENDER_SECONDS:g} s")

    def write(self, n: int) -> None:
        self.written += n
        if self.written > MAX_WRITTEN:
            raise RenderLimit(f"wrote more than {MAX_WRITTEN:,} characters")


_BUDGET: ContextVar[Budget | None] = ContextVar("planner_render_budget", default=None)


@contextmanager
def budget(seconds: float = RENDER_SECONDS) -> Iterator[Budget]:
    """A fresh budget for the renders inside the ``with`` (this thread or task only)."""
    b = Budget(seconds)
    token = _BUDGET.set(b)
    try:
        yield b
    finally:
        _BUDGET.reset(token)


def _step(n: int = 1) -> None:
    b = _BUDGET.get()
    if b is not None:
        b.step(n)


# ---- sizes --------------------------------------------------------------------------------

def _size(value: Any) -> int:
    try:
        return len(value) if isinstance(value, (str, bytes, list, tuple, dict, set)) else 0
    except TypeError:
        return 0


def _check_made(value: Any, what: str = "a value") -> Any:
    """``value`` if it is within the size limits, else RenderLimit."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > MAX_INT_BITS:
            raise RenderLimit(f"{what} is a number over {MAX_INT_BITS:,} bits")
    elif _size(value) > MAX_STRING:
        raise RenderLimit(f"{what} is over {MAX_STRING:,} characters or items")
    return value


def _would_make(n: float, what: str) -> None:
    if n > MAX_STRING:
        raise RenderLimit(f"{what} would make over {MAX_STRING:,} characters or items")


def _number_args(args: Iterable[Any], what: str, limit: int = MAX_ARGUMENT) -> None:
    for a in args:
        if isinstance(a, (int, float)) and not isinstance(a, bool) and not abs(a) <= limit:
            raise RenderLimit(f"{what}: {_short(a)} is too large (at most {limit:,})")


def _short(value: Any) -> str:
    if isinstance(value, int) and value.bit_length() > 64:
        return f"a {value.bit_length()}-bit number"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


#: a width or precision of five digits or more in a ``%`` or a ``{}`` format
_PERCENT_WIDTH = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\d{5,}|\d*\.\d{5,})")
_BRACE_WIDTH = re.compile(r"\{[^{}]*:[^{}]*\d{5,}[^{}]*\}")
#: a width taken from the arguments: ``%*d``, ``{:{}}``
_ARGUMENT_WIDTH = re.compile(r"%[-#0 +]*\*|%[-#0 +]*\d*\.\*|\{[^{}]*:[^{}]*\{")


def _check_format_string(fmt: str, args: Iterable[Any], what: str, *, brace: bool) -> None:
    """A ``%`` (or, with ``brace``, a ``{}``) format: widths and precisions written into
    it or taken from its arguments."""
    if (_BRACE_WIDTH if brace else _PERCENT_WIDTH).search(fmt):
        raise RenderLimit(f"{what}: a width or precision over 9,999 in the format")
    if _ARGUMENT_WIDTH.search(fmt):
        _number_args(args, what, MAX_ARGUMENT)


# ---- operators ----------------------------------------------------------------------------

def _power(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0:
        if right * math.log2(abs(left)) > MAX_INT_BITS:
            raise RenderLimit(f"a power over {MAX_INT_BITS:,} bits ({_short(left)} ** {_short(right)})")


def _product(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > MAX_INT_BITS + 1:
            raise RenderLimit(f"a product over {MAX_INT_BITS:,} bits")
        return
    if isinstance(right, int) and isinstance(left, (str, list, tuple)):
        seq, n = left, right
    elif isinstance(left, int) and isinstance(right, (str, list, tuple)):
        seq, n = right, left
    else:
        return
    _would_make(len(seq) * max(n, 0), "repeating a string or list")


# ---- filters and string methods -----------------------------------------------------------

def _as_list(value: Any) -> list:
    items = []
    for item in value:
        _step()
        items.append(item)
        if len(items) > MAX_STRING:
            raise RenderLimit(f"more than {MAX_STRING:,} items")
    return items


def _joined_size(items: list, sep: Any) -> int:
    return sum(len(str(x)) for x in items) + len(str(sep)) * max(len(items) - 1, 0)


def _replaced_size(s: str, old: Any, new: Any, count: Any = -1) -> int:
    old, new = str(old), str(new)
    hits = s.count(old) if old else len(s) + 1
    if isinstance(count, int) and count >= 0:
        hits = min(hits, count)
    return len(s) + hits * (len(new) - len(old))


def _lines(s: Any) -> int:
    return str(s).count("\n") + 1


#: filters whose numbers are sizes (widths, counts of items)
_SIZED_FILTERS = {"center": MAX_ARGUMENT, "indent": MAX_ARGUMENT, "wordwrap": MAX_ARGUMENT,
                  "batch": MAX_ARGUMENT, "slice": MAX_ARGUMENT, "truncate": MAX_ARGUMENT,
                  "tojson": 8}


def _attribute_values(pass_arg: Any, items: list, attribute: Any) -> list:
    if attribute is None:
        return items
    from jinja2.filters import make_attrgetter

    env = getattr(pass_arg, "environment", pass_arg)
    get = make_attrgetter(env, attribute)
    return [get(x) for x in items]


def _filter_check(name: str, first: Any, value: Any, args: tuple, kwargs: dict) -> Any:
    """Refuse a filter call that would make something too big (``first`` is the context,
    eval context or environment the filter takes, if any); returns the value, as a list
    when it had to be read to be measured."""
    if name in _SIZED_FILTERS:
        _number_args([*args, *kwargs.values()], f"|{name}", _SIZED_FILTERS[name])
    if name == "join":
        value = _as_list(value)
        sep = args[0] if args else kwargs.get("d", "")
        attribute = args[1] if len(args) > 1 else kwargs.get("attribute")
        _would_make(_joined_size(_attribute_values(first, value, attribute), sep), "|join")
    elif name == "sum":
        value = _as_list(value)
        attribute = args[0] if args else kwargs.get("attribute")
        if not all(isinstance(x, (int, float)) for x in _attribute_values(first, value, attribute)):
            raise RenderLimit("|sum adds numbers only")
    elif name == "replace" and len(args) >= 2:
        _would_make(_replaced_size(str(value), *args[:2], args[2] if len(args) > 2
                                   else kwargs.get("count", -1)), "|replace")
    elif name == "indent":
        width = args[0] if args else kwargs.get("width", 4)
        pad = width if isinstance(width, int) else len(str(width))
        _would_make(len(str(value)) + _lines(value) * pad, "|indent")
    elif name == "wordwrap":
        width = args[0] if args else kwargs.get("width", 79)
        wrap = args[2] if len(args) > 2 else kwargs.get("wrapstring") or "\n"
        per = max(int(width), 1) if isinstance(width, (int, float)) else 1
        _would_make(len(str(value)) * (1 + len(str(wrap)) / per) + len(str(wrap)), "|wordwrap")
    elif name == "center":
        _would_make(args[0] if args else kwargs.get("width", 80), "|center")
    elif name == "format":
        _check_format_string(str(value), [*args, *kwargs.values()], "|format", brace=False)
    return value


def _bounded_filter(name: str, func):
    @functools.wraps(func)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _step()
        # pass_context / pass_eval_context / pass_environment filters get that first
        pre = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0
        if len(args) > pre:
            value = _filter_check(name, args[0] if pre else None, args[pre], args[pre + 1:], kwargs)
            args = (*args[:pre], value, *args[pre + 1:])
        return _check_made(func(*args, **kwargs), f"|{name}")

    return bounded


def _check_str_method(method: Any, args: tuple, kwargs: dict) -> tuple:
    """Refuse a call to a built-in method that would make something too big."""
    owner = getattr(method, "__self__", None)
    name = getattr(method, "__name__", "")
    if not isinstance(owner, (str, bytes, int)):
        return args
    _number_args([*args, *kwargs.values()], f".{name}()", MAX_STRING)  # int.to_bytes(10**9)
    if isinstance(owner, int):
        return args
    if name in ("center", "ljust", "rjust", "zfill") and args:
        _would_make(args[0], f".{name}()")
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        _would_make(len(owner) + owner.count("\t" if isinstance(owner, str) else b"\t") * size,
                    ".expandtabs()")
    elif name == "join" and args:
        items = _as_list(args[0])
        _would_make(_joined_size(items, owner), ".join()")
        args = (items, *args[1:])
    elif name == "replace" and len(args) >= 2 and isinstance(owner, str):
        _would_make(_replaced_size(owner, *args[:3]), ".replace()")
    return args


# ---- globals ------------------------------------------------------------------------------

def bounded_range(*args: int) -> range:
    """``range()`` of at most MAX_RANGE items."""
    _step()
    r = range(*args)
    try:
        n = len(r)
    except OverflowError:  # more items than an index can count
        raise RenderLimit(f"range() of too many items (at most {MAX_RANGE:,})") from None
    if n > MAX_RANGE:
        raise RenderLimit(f"range() of {n:,} items (at most {MAX_RANGE:,})")
    return r


def bounded_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:  # noqa: A002
    """``lipsum()`` of at most 20 paragraphs of at most 200 words."""
    _step()
    for value, limit, what in ((n, MAX_LIPSUM_PARAGRAPHS, "paragraphs"),
                               (min, MAX_LIPSUM_WORDS, "words"), (max, MAX_LIPSUM_WORDS, "words")):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
            raise RenderLimit(f"lipsum() of {_short(value)} {what} (a whole number, at most {limit})")
    return generate_lorem_ipsum(n=n, html=html, min=min, max=max)


def _counted(iterable: Iterable[Any]) -> Iterator[Any]:
    for item in iterable:
        _step()
        yield item


class Bounds(Extension):
    """Rewrites templates so their loops are counted and their output measured."""

    def count(self, iterable: Any) -> Iterator[Any]:
        """Each loop's items, one step each."""
        return _counted(iterable)

    def concat(self, *parts: Any) -> str:
        """``a ~ b ~ c``, refused before it is made when too long."""
        texts = [str(p) for p in parts]
        _would_make(sum(map(len, texts)), "joining strings with ~")
        return "".join(texts)

    def write(self, *parts: Any) -> str:
        """Template text written (in a loop, a macro, a ``set`` block), counted."""
        b = _BUDGET.get()
        if b is not None:
            b.write(sum(len(str(p)) for p in parts))
        return ""


class _Instrument(NodeTransformer):
    def __init__(self, ext: Bounds) -> None:
        self.ext = ext

    def _call(self, method: str, args: list[nodes.Expr], lineno: int) -> nodes.Call:
        return nodes.Call(self.ext.attr(method, lineno=lineno), args, [], None, None, lineno=lineno)

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = self._call("count", [node.iter], node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return self._call("concat", list(node.nodes), node.lineno)

    def visit_Output(self, node: nodes.Output) -> nodes.Node:
        self.generic_visit(node)
        literal = [c for c in node.nodes if isinstance(c, nodes.TemplateData)]
        if literal:  # {{ }} is measured by finalize; the template's own text here
            node.nodes.insert(0, self._call("write", literal, node.lineno))
        return node


# ---- the environment ----------------------------------------------------------------------

class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with every render bounded (see the module docstring)."""

    intercepted_binops = frozenset({"**", "*", "%", "+", "//"})

    def __init__(self, **options: Any) -> None:
        options.setdefault("extensions", []).append(Bounds)
        super().__init__(finalize=self._finalize, **options)
        self.globals["range"] = bounded_range
        self.globals["lipsum"] = bounded_lipsum
        self.filters = {name: _bounded_filter(name, f) for name, f in self.filters.items()}
        self._bounds = next(e for e in self.extensions.values() if isinstance(e, Bounds))

    def add_filter(self, name: str, func) -> None:
        """Add a planner filter (bounded like Jinja's own)."""
        self.filters[name] = _bounded_filter(name, func)

    @staticmethod
    @pass_eval_context  # never folded at compile time, so every {{ }} is measured here
    def _finalize(_eval_ctx, value: Any) -> Any:
        b = _BUDGET.get()
        if b is not None:
            b.write(len(value) if isinstance(value, str) else len(str(value)))
        return value

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        return _Instrument(self._bounds).visit(tree)

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        _step()
        if operator == "**":
            _power(left, right)
        elif operator == "*":
            _product(left, right)
        elif operator == "%" and isinstance(left, str):
            _check_format_string(left, right if isinstance(right, tuple) else [right], "%",
                                 brace=False)
        elif operator == "+" and isinstance(left, (str, list, tuple)) and isinstance(right, type(left)):
            _would_make(len(left) + len(right), "+")
        return _check_made(self.binop_table[operator](left, right), f"'{operator}'")

    def call(__self, __context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        b = _BUDGET.get()
        if b is not None:
            b.step()
        if isinstance(__obj, (types.BuiltinMethodType, types.MethodWrapperType)):
            args = _check_str_method(__obj, args, kwargs)
        elif isinstance(__obj, LoopContext) and args:  # a recursive loop's loop(items)
            args = (_counted(args[0]), *args[1:])
        if b is None:
            return _check_made(super().call(__context, __obj, *args, **kwargs))
        b.depth += 1
        try:
            if b.depth > MAX_DEPTH:
                raise RenderLimit(f"calls nested over {MAX_DEPTH} deep: a macro that calls itself?")
            return _check_made(super().call(__context, __obj, *args, **kwargs))
        finally:
            b.depth -= 1

    def wrap_str_format(self, value: Any):
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        fmt = value.__self__

        @functools.wraps(wrapped)
        def bounded(*args: Any, **kwargs: Any) -> str:
            _check_format_string(fmt, [*args, *kwargs.values()], ".format()", brace=True)
            return _check_made(wrapped(*args, **kwargs), ".format()")

        return bounded
