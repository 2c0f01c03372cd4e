"""Generated fast paths for model validation, loading and dumping.

The checks in :mod:`kampungkb` and the hooks in :mod:`kampungkb.codec` are the
reference: they collect every error with its path. For valid data — the common case — this
module compiles, once per class, straight-line Python that does the same checks without
building error objects: a model's fast check, its loader (which checks each JSON value,
builds the instance and runs its invariants) and its dumpers (a dict display, and one
f-string of JSON text). At the first doubt the loader hands the document to the reference
path, which reports every problem. So the fast path can only be as permissive as the
reference, never more: tests check they agree, and that the dumpers write what a plain walk
and ``json.dumps`` write.

Like attrs and cattrs, it generates source text from the model's *declaration* (its field
names, types and constraints) — never from input data — and compiles it with ``exec``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import linecache
import math
import threading
from collections.abc import Callable
from typing import Any, NamedTuple

import attrs

from ..errors import ValidationError
from ._checks import MAX_INTEGER, homogeneous_item, is_model, optional_inner
from ._fields import Constraints, FieldPlan, field_plans, is_factory
from ._json import dumps, encode_string, string_encoder
from ._protocol import invariants_of, is_value_type, tag_of
from ._text import UNWRITABLE_CHARACTER, excludes_unwritable

__all__ = [
    "Kind",
    "compile_function",
    "fast_check_source",
    "load_lines",
    "model_dumper",
    "model_json_dumper",
    "model_loader",
    "namespace_for",
]

_linecache_lock = threading.Lock()

_EXACT_TYPES = (str, int, bool, _dt.date)


#: The key, in a generated function's namespace, of the qualified name of the class it serves.
_OWNER = "__kampungkb_class__"


def namespace_for(owner: type, /, **names: Any) -> dict[str, Any]:
    """A fresh namespace for code generated for class ``owner`` (its functions are named after it)."""
    return {"__name__": owner.__module__, _OWNER: f"{owner.__module__}.{owner.__qualname__}", **names}


def compile_function(name: str, lines: list[str], namespace: dict[str, Any]) -> Callable[..., Any]:
    """Compile the function whose source is ``lines`` (its ``def`` line first).

    Like attrs and cattrs, the source is registered in :mod:`linecache` under a filename that
    names the class and the function (``<kampungkb generated kampungkb.events._kinds.Workshop.load>``),
    so a traceback through generated code shows its lines.
    """
    source = "\n".join(lines) + "\n"
    filename = _filename(f"{namespace.get(_OWNER, 'kampungkb')}.{name}", source)
    code = compile(source, filename, "exec")
    exec(code, namespace)  # source made from model declarations only
    function: Callable[..., Any] = namespace[name]
    return function


def _filename(base: str, source: str) -> str:
    """A linecache filename for ``source``: ``base``, or ``base`` with a number when taken by other source."""
    lines = source.splitlines(keepends=True)
    filename = f"<kampungkb generated {base}>"
    with _linecache_lock:
        count = 1
        while True:
            held = linecache.cache.get(filename)
            if held is None or (len(held) == 4 and held[2] == lines):
                break
            count += 1
            filename = f"<kampungkb generated {base}-{count}>"
        # (size, mtime, lines, name): an mtime of None keeps linecache.checkcache from dropping it.
        linecache.cache[filename] = (len(source), None, lines, filename)
    return filename


def fast_check_source(
    plans: tuple[FieldPlan, ...], namespace: dict[str, Any], getter: Callable[[str], str]
) -> list[str] | None:
    """Lines that ``return False`` when any field may be invalid or need normalising.

    ``getter(name)`` is the expression reading a field. Returns None when a field's type is
    one the fast path does not handle (the reference path then always runs).
    """
    lines: list[str] = []
    for index, plan in enumerate(plans):
        value = f"v{index}"
        lines.append(f"    {value} = {getter(plan.name)}")
        condition = _condition(plan.type, plan.constraints, value, namespace, f"{index}")
        if condition is None:
            return None
        if condition != "False":
            lines.append(f"    if {condition}: return False")
    return lines


def _condition(tp: Any, rules: Constraints | None, value: str, namespace: dict[str, Any], key: str) -> str | None:
    """A Python expression that is true when ``value`` may break the type or the rules."""
    inner = optional_inner(tp)
    if inner is not None:
        body = _condition(inner, rules, value, namespace, key)
        if body is None:
            return None
        return f"({value} is not None and ({body}))"
    item = homogeneous_item(tp)
    if item is not None:
        item_name = f"t{key}"
        item_check = _condition(item, None, "x", namespace, key + "i")
        if item_check is None:
            return None
        namespace[f"ok_{item_name}"] = _compile_item_check(item_check, namespace, item_name)
        parts = [f"type({value}) is not tuple", f"not ok_{item_name}({value})"]
        if rules is not None:
            if rules.min_items is not None:
                parts.append(f"len({value}) < {rules.min_items}")
            if rules.max_items is not None:
                parts.append(f"len({value}) > {rules.max_items}")
        return " or ".join(parts)
    if isinstance(tp, type):
        type_name = f"T{key}"
        namespace[type_name] = tp
        if tp in _EXACT_TYPES or (issubclass(tp, enum.Enum)):
            parts = [f"type({value}) is not {type_name}"]
            if tp is int:
                namespace["MAXI"] = MAX_INTEGER
                parts.append(f"not -MAXI <= {value} <= MAXI")
            elif tp is str and not _pattern_excludes_unwritable(rules):
                namespace["UNW"] = UNWRITABLE_CHARACTER.get()
                parts.append(f"UNW.search({value}) is not None")
        elif tp is float:
            namespace["isfinite"] = math.isfinite
            parts = [f"type({value}) is not float", f"not isfinite({value})"]
        elif tp is _dt.datetime:
            parts = [f"type({value}) is not {type_name}", f"({value}.tzinfo is not None)"]
        elif is_model(tp) or is_value_type(tp):
            parts = [f"not isinstance({value}, {type_name})"]
        else:
            return None
        if rules is not None:
            parts.extend(_rule_conditions(tp, rules, value, namespace, key))
        return " or ".join(parts)
    return None


def _pattern_excludes_unwritable(rules: Constraints | None) -> bool:
    """Whether the field's pattern already refuses unwritable characters: then it alone checks them."""
    return rules is not None and rules.pattern is not None and excludes_unwritable(rules.pattern)


def _rule_conditions(tp: Any, rules: Constraints, value: str, namespace: dict[str, Any], key: str) -> list[str]:
    parts: list[str] = []
    if tp is str:
        if rules.min_length is not None:
            parts.append(f"len({value}) < {rules.min_length}")
        if rules.max_length is not None:
            parts.append(f"len({value}) > {rules.max_length}")
        if rules.pattern is not None:
            namespace[f"P{key}"] = rules._compiled.get() if rules._compiled is not None else None
            parts.append(f"P{key}.fullmatch({value}) is None")
    if rules.ge is not None:
        namespace[f"GE{key}"] = rules.ge
        parts.append(f"{value} < GE{key}")
    if rules.le is not None:
        namespace[f"LE{key}"] = rules.le
        parts.append(f"{value} > LE{key}")
    return parts


def _compile_item_check(condition: str, namespace: dict[str, Any], name: str) -> Callable[[tuple[Any, ...]], bool]:
    lines = [
        f"def ok_{name}(items):",
        "    for x in items:",
        f"        if {condition}: return False",
        "    return True",
    ]
    return compile_function(f"ok_{name}", lines, namespace)


# ---------------------------------------------------------------------------
# Loading and dumping: the codec says how it handles each type (a Kind); these functions
# write the straight-line code for a model from its fields' declared types and rules.


class Kind(NamedTuple):
    """How the codec loads or dumps values of one type, as far as the generated code needs it.

    ``name`` is one of: ``plain`` (``inner`` is str, int or bool: a type check), ``float``,
    ``optional`` and ``items`` (``inner`` is the inner or item type), ``enum`` (``table``
    maps codes to members, or members to their JSON text when dumping), ``call`` (call
    ``function``; ``check`` is a class its result must be an instance of), ``union``
    (``inner`` is the tag key, ``table`` maps tag values to loaders), ``date``, ``value``,
    ``model`` (``function`` dumps to a dict, ``table`` to JSON text), ``identity``, and
    ``generic`` (``function`` is the codec's loader or None, ``check`` the constructor's checker).
    """

    name: str
    inner: Any = None
    function: Any = None
    table: Any = None
    check: Any = None


Kinds = Callable[[Any], Kind]


class Unusual(Exception):
    """Raised by generated code for input it leaves to the reference path."""


_FAIL = "raise Unusual"
_CAUGHT = "(Unusual, KeyError, TypeError, ValueError)"


def load_lines(
    kinds: Kinds, tp: Any, rules: Constraints | None, *, var: str, namespace: dict[str, Any], key: str
) -> list[str]:
    """Statements that turn the JSON value in ``var`` into the field's value, in place.

    They raise (``Unusual``, or the KeyError, TypeError or ValueError of a failed lookup or
    load) for anything not plainly valid; the reference path then reports the problems.
    """
    kind = kinds(tp)
    if kind.name == "optional":
        body = load_lines(kinds, kind.inner, rules, var=var, namespace=namespace, key=key)
        return [f"if {var} is not None:", *_indented(body)] if body else []
    if kind.name == "items":
        return _items_lines(kinds, kind.inner, rules, var=var, namespace=namespace, key=key)
    if kind.name == "plain":
        namespace[f"T{key}"] = kind.inner
        lines = [f"if type({var}) is not T{key}: {_FAIL}"]
        if kind.inner is int:
            namespace["MAXI"] = MAX_INTEGER
            lines.append(f"if not -MAXI <= {var} <= MAXI: {_FAIL}")
        elif kind.inner is str and not _pattern_excludes_unwritable(rules):
            namespace["UNW"] = UNWRITABLE_CHARACTER.get()
            lines.append(f"if UNW.search({var}) is not None: {_FAIL}")
    elif kind.name == "float":
        namespace["isfinite"] = math.isfinite
        namespace["MAXI"] = MAX_INTEGER
        lines = [
            f"if type({var}) is int and -MAXI <= {var} <= MAXI: {var} = float({var})",
            f"elif type({var}) is not float or not isfinite({var}): {_FAIL}",
        ]
    elif kind.name == "enum":
        namespace[f"E{key}"] = kind.table
        lines = [f"{var} = E{key}[{var} if type({var}) is str else Unusual]"]
    elif kind.name == "call":
        namespace[f"L{key}"] = kind.function
        lines = [f"{var} = L{key}({var})"]
        if kind.check is not None:
            namespace[f"T{key}"] = kind.check
            lines.append(f"if not isinstance({var}, T{key}): {_FAIL}")
    elif kind.name == "union":
        namespace[f"U{key}"] = kind.table
        lines = [f"{var} = U{key}[{var}[{kind.inner!r}]]({var})"]
    else:  # the codec's own loader, then the constructor's check and the field's rules
        lines = []
        if kind.function is not None:
            namespace[f"L{key}"] = kind.function
            lines.append(f"{var} = L{key}({var})")
        namespace[f"C{key}"] = kind.check
        lines.append(f"{var} = C{key}({var})")
        if rules is not None:
            namespace[f"R{key}"] = rules.check
            lines.append(f"if R{key}({var}): {_FAIL}")
        return lines
    if rules is not None:
        conditions = _rule_conditions(tp, rules, var, namespace, key)
        if conditions:
            lines.append(f"if {' or '.join(conditions)}: {_FAIL}")
    return lines


def _items_lines(
    kinds: Kinds, item: Any, rules: Constraints | None, *, var: str, namespace: dict[str, Any], key: str
) -> list[str]:
    lines = [f"if type({var}) is not list and type({var}) is not tuple: {_FAIL}"]
    x = f"x{key}"
    steps = load_lines(kinds, item, None, var=x, namespace=namespace, key=key + "i")
    if not steps:
        lines.append(f"{var} = tuple({var})")
    elif len(steps) == 1 and steps[0].startswith(f"{x} = "):
        lines.append(f"{var} = tuple([{steps[0].removeprefix(f'{x} = ')} for {x} in {var}])")
    else:
        name = f"items{key}"
        body = [
            f"def {name}(values):",
            "    out = []",
            f"    for {x} in values:",
            *_indented(steps, 8),
            f"        out.append({x})",
            "    return tuple(out)",
        ]
        compile_function(name, body, namespace)
        lines.append(f"{var} = {name}({var})")
    if rules is not None:
        if rules.min_items is not None:
            lines.append(f"if len({var}) < {rules.min_items}: {_FAIL}")
        if rules.max_items is not None:
            lines.append(f"if len({var}) > {rules.max_items}: {_FAIL}")
    return lines


def _indented(lines: list[str], spaces: int = 4) -> list[str]:
    return [" " * spaces + line for line in lines]


def model_loader(
    cls: type,
    plans: tuple[FieldPlan, ...],
    tag: tuple[str, str] | None,
    kinds: Kinds,
    *,
    slow: Callable[[Any], Any],
    setters: tuple[Callable[[Any, Any], None], ...] | None,
) -> Callable[[Any], Any]:
    """The loader of model ``cls`` for plainly valid documents; it hands anything else to ``slow``.

    It checks each field as the model's constructor would, builds the instance (setting its
    slots directly when ``setters`` are given, as the constructor does before validating),
    and runs the class's ``_invariants``. A field that fails does not stop it: the others are
    loaded, then the reference path runs, given the fields that failed (with the error each
    raised, to reuse) and those loaded (by name, those present in the document), so that a
    document with errors does not load its valid parts twice.
    """
    for plan in plans:
        default = plan.attribute.default
        if is_factory(default) and getattr(default, "takes_self", False):
            return slow
    namespace = namespace_for(cls, cls=cls, slow=slow, M=_ABSENT, Unusual=Unusual, VE=ValidationError)
    required = sum(1 for plan in plans if plan.attribute.default is attrs.NOTHING) + (tag is not None)
    every = len(plans) + (tag is not None)
    complete: list[str] = []  # a document with every key (as to_dict writes them): no defaults to look for
    general = [f"n = {required}"]  # one that leaves some out
    if tag is not None:
        namespace["TAG"] = tag[1]
        complete += [f"t = d[{tag[0]!r}]", f"if type(t) is not str or t != TAG: {_FAIL}"]
        general += [f"t = d.get({tag[0]!r}, M)", f"if type(t) is not str or t != TAG: {_FAIL}"]
    for index, plan in enumerate(plans):
        value = f"v{index}"
        steps = load_lines(kinds, plan.type, plan.constraints, var=value, namespace=namespace, key=f"{index}")
        reusable = _reusable_failure(kinds, plan.type)
        if reusable is not None:  # hand the error to the reference path, which then need not load it again
            steps = [
                "try:",
                *_indented(steps),
                "except VE as exc:",
                # Without its traceback: kept in this frame, it would make a reference cycle (frame, traceback,
                # error) that only the garbage collector frees — the cost of the error path under load.
                f"    f = ({reusable!r}, {plan.name!r}, exc.with_traceback(None))",
                "    raise Unusual",
            ]
        # A field that fails is noted (with the error to reuse) and the next is loaded: the reference
        # path then loads again only the fields that failed, reusing the others.
        noted = [f"except {_CAUGHT}:", "    if bad is None: bad = {}", f"    bad[{plan.name!r}] = f", "    f = None"]
        done = f"k = {index + 1}"  # fields tried so far
        complete += ["try:", f"    {value} = d[{plan.name!r}]", *_indented(steps), *noted, done]
        default = plan.attribute.default
        if default is attrs.NOTHING:
            general += ["try:", f"    {value} = d[{plan.name!r}]", *_indented(steps), *noted, done]
            continue
        general += ["try:", f"    {value} = d.get({plan.name!r}, M)", f"    if {value} is M:"]
        general += _indented(_default_lines(plan, default, value, namespace, f"{index}"), 8)
        general += ["    else:", "        n += 1", *_indented(steps, 8), *noted, done]
    general.append(f"if len(d) != n: {_FAIL}")
    if every == required:
        body = complete[:]
        body.append(f"if len(d) != {every}: {_FAIL}")
    else:  # every key there and no other: each is read straight away (a missing one raises KeyError)
        body = [f"if len(d) == {every}:", *_indented(complete), "else:", *_indented(general)]
    build: list[str] = []
    if setters is None:
        arguments = ", ".join(f"{plan.attribute.alias}=v{index}" for index, plan in enumerate(plans))
        build.append(f"o = cls({arguments})")
    else:
        namespace["new"] = object.__new__
        build.append("o = new(cls)")
        for index, setter in enumerate(setters):
            namespace[f"S{index}"] = setter
            build.append(f"S{index}(o, v{index})")
        invariants = invariants_of(cls)
        if invariants is not None:
            namespace["invariants"] = invariants
            build.append(f"for _ in invariants(o): {_FAIL}")
    build.append("return o")
    body += ["if bad is None:", *_indented(build)]
    namespace["NAMES"] = tuple(plan.name for plan in plans)
    lines = [
        "def load(d):",
        "    if type(d) is not dict: return slow(d)",
        "    bad = f = None",
        "    k = 0",
        "    try:",
        *_indented(body, 8),
        f"    except {_CAUGHT}: pass",
        "    if not k: return slow(d, bad)",
        "    L = locals()",  # the fields loaded: the reference path does not load them again
        "    bad = bad or {}",
        "    return slow(d, bad, {NAMES[j]: L['v%d' % j] for j in range(k) if NAMES[j] in d and NAMES[j] not in bad})",
    ]
    return compile_function("load", lines, namespace)


def _reusable_failure(kinds: Kinds, tp: Any) -> str | None:
    """Whether a ValidationError loading a field of type ``tp`` is the field's own ("value") or an item's."""
    kind = kinds(tp)
    if kind.name == "items":
        return "items" if kinds(kind.inner).name in ("call", "union") else None
    if kind.name == "optional":
        kind = kinds(kind.inner)
    return "value" if kind.name in ("call", "union") else None


_ABSENT = object()


def _default_lines(plan: FieldPlan, default: Any, value: str, namespace: dict[str, Any], key: str) -> list[str]:
    """Set ``value`` to the field's default; go the reference way when it would not pass the model's check."""
    if is_factory(default):
        namespace[f"F{key}"] = default.factory
        condition = _condition(plan.type, plan.constraints, value, namespace, f"d{key}")
        if condition is None:
            return [_FAIL]
        return [f"{value} = F{key}()", f"if {condition}: {_FAIL}"]
    scratch: dict[str, Any] = {_OWNER: namespace.get(_OWNER)}
    condition = _condition(plan.type, plan.constraints, "value", scratch, "d")
    if condition is None:
        return [_FAIL]
    passes = compile_function("passes", ["def passes(value):", f"    return not ({condition})"], scratch)
    if not passes(default):
        return [_FAIL]
    namespace[f"D{key}"] = default
    return [f"{value} = D{key}"]


#: How deep the generated dumpers write nested models in place (then they call the nested dumper).
_INLINE_DEPTH = 6

Stack = tuple[type, ...]
#: A piece of JSON text: (True, literal text) or (False, an expression giving text).
Segment = tuple[bool, str]


def model_dumper(cls: type, kinds: Kinds) -> Callable[[Any], dict[str, Any]]:
    """One dict display for the model, its tag first, nested models written in place."""
    writer = _Writer(kinds, cls)
    display = writer.display(cls, "o", "", (cls,))
    return compile_function("dump", ["def dump(o):", f"    return {display}"], writer.namespace)


def model_json_dumper(cls: type, kinds: Kinds) -> Callable[[Any], str]:
    """One f-string writing the model's JSON text, as ``json.dumps(to_dict(o))`` would write it compactly.

    A required nested model is written in place, as more of the f-string; an optional one, or a
    list's item, by a call to its own dumper (an f-string cannot hold another here).
    """
    writer = _Writer(kinds, cls)
    segments = writer.json_object(cls, "o", "", (cls,))
    source = "".join(_literal(text) if literal else _interpolation(text) for literal, text in segments)
    return compile_function("dump_json", ["def dump_json(o):", f"    return f'{source}'"], writer.namespace)


class _Writer:
    """Writes the expressions of one generated dumper; ``namespace`` collects the names they use.

    ``key`` makes each name unique; ``stack`` holds the models being written in place.
    """

    def __init__(self, kinds: Kinds, cls: type) -> None:
        self.kinds = kinds
        self.namespace: dict[str, Any] = namespace_for(cls, int_repr=int.__repr__)

    @staticmethod
    def inline(kind: Kind, stack: Stack) -> bool:
        """Whether a nested model is written in place (no call): not recursive, not too deep."""
        return kind.name == "model" and kind.inner not in stack and len(stack) < _INLINE_DEPTH

    # -- dicts ----------------------------------------------------------------

    def value(self, tp: Any, var: str, key: str, stack: Stack) -> str:
        """An expression giving the JSON-ready form (dicts, lists, str, numbers) of ``var``."""
        kind = self.kinds(tp)
        if kind.name == "identity":
            return var
        if kind.name == "optional":
            held = f"t{key}"
            inner = self.value(kind.inner, held, key + "o", stack)
            return var if inner == held else f"(None if ({held} := {var}) is None else {inner})"
        if kind.name == "items":
            x = f"x{key}"
            inner = self.value(kind.inner, x, key + "i", stack)
            return f"list({var})" if inner == x else f"[{inner} for {x} in {var}]"
        if kind.name == "enum":
            return f"{var}._value_"
        if kind.name == "date":
            return f"{var}.isoformat()"
        if kind.name == "value":
            return f"{var}._to_json_value()"
        if self.inline(kind, stack):
            return self.display(kind.inner, var, key + "_", (*stack, kind.inner))
        self.namespace[f"D{key}"] = kind.function
        return f"D{key}({var})"

    def display(self, cls: type, var: str, key: str, stack: Stack) -> str:
        """The dict display of model ``cls`` held in ``var``."""
        tag = tag_of(cls)
        entries = [f"{tag[0]!r}: {tag[1]!r}"] if tag is not None else []
        for index, plan in enumerate(field_plans(cls)):
            entries.append(f"{plan.name!r}: {self.value(plan.type, f'{var}.{plan.name}', f'{key}{index}', stack)}")
        return f"{{{', '.join(entries)}}}"

    # -- JSON text ------------------------------------------------------------

    def json_object(self, cls: type, var: str, key: str, stack: Stack) -> list[Segment]:
        """The segments of model ``cls`` held in ``var``: braces, keys and values."""
        tag = tag_of(cls)
        segments: list[Segment] = [(True, "{")]
        separator = ""
        if tag is not None:
            segments.append((True, f"{encode_string(tag[0])}:{encode_string(tag[1])}"))
            separator = ","
        for index, plan in enumerate(field_plans(cls)):
            segments.append((True, f"{separator}{encode_string(plan.name)}:"))
            separator = ","
            segments += self.segments(plan.type, f"{var}.{plan.name}", f"{key}{index}", stack)
        segments.append((True, "}"))
        return segments

    def segments(self, tp: Any, var: str, key: str, stack: Stack) -> list[Segment]:
        """The segments writing the JSON text of ``var``."""
        kind = self.kinds(tp)
        if kind.name == "items":
            return [(True, "["), (False, self.join(kind.inner, var, key, stack)), (True, "]")]
        if kind.name == "date":
            return [(True, '"'), (False, f"{var}.isoformat()"), (True, '"')]
        if kind.name == "identity" and kind.inner is int:
            return [(False, var)]
        if self.inline(kind, stack):
            return self.json_object(kind.inner, var, key + "_", (*stack, kind.inner))
        return [(False, self.json(tp, var, key, stack))]

    def json(self, tp: Any, var: str, key: str, stack: Stack) -> str:
        """An expression giving the JSON text of ``var`` (what ``json.dumps`` of its dumped form writes)."""
        kind = self.kinds(tp)
        namespace = self.namespace
        if kind.name == "identity":
            return self.plain(kind.inner, var)
        if kind.name == "optional":
            held = f"t{key}"
            return f'("null" if ({held} := {var}) is None else {self.json(kind.inner, held, key + "o", stack)})'
        if kind.name == "items":
            return f'"[" + {self.join(kind.inner, var, key, stack)} + "]"'
        if kind.name == "enum":
            namespace[f"J{key}"] = kind.table
            return f"J{key}[{var}]"
        if kind.name == "date":
            namespace["quote"] = '"'
            return f"quote + {var}.isoformat() + quote"
        if kind.name == "value":
            if kind.check is str:  # its _to_json_value is declared to return a string
                namespace["encode"] = string_encoder()
                return f"encode({var}._to_json_value())"
            namespace["json_value"] = _json_value
            return f"json_value({var})"
        if kind.name == "model":
            namespace[f"J{key}"] = kind.table
            return f"J{key}({var})"
        namespace[f"D{key}"] = kind.function
        namespace["dumps"] = dumps
        return f"dumps(D{key}({var}))"

    def plain(self, tp: Any, var: str) -> str:
        """The JSON text of a str, int, bool or float (or anything else, through json.dumps)."""
        if tp is str:
            self.namespace["encode"] = string_encoder()
            return f"encode({var})"
        if tp is int:
            return f"int_repr({var})"
        if tp is bool:
            return f'("true" if {var} else "false")'
        if tp is float:
            self.namespace["float_repr"] = float.__repr__
            return f"float_repr({var})"
        self.namespace["dumps"] = dumps
        return f"dumps({var})"

    def join(self, item: Any, var: str, key: str, stack: Stack) -> str:
        """An expression joining the JSON texts of the items of ``var`` with commas (nothing for no items)."""
        x = f"x{key}"
        joined = f'",".join([{self.json(item, x, key + "i", stack)} for {x} in {var}])'
        return f'({joined} if {var} else "")'


def _interpolation(expression: str) -> str:
    if "'" in expression or "\\" in expression:  # pragma: no cover - the expressions above use neither
        raise AssertionError(f"cannot place {expression!r} in an f-string")
    return f"{{({expression})}}"


def _literal(text: str) -> str:
    """``text`` as the literal part of a single-quoted f-string."""
    out = []
    for char in text:
        if char in "{}":
            out.append(char * 2)
        elif char in "\\'" or not char.isprintable() or not char.isascii():
            out.append(f"\\U{ord(char):08x}")
        else:
            out.append(char)
    return "".join(out)


def _json_value(value: Any) -> str:
    text = value._to_json_value()
    return encode_string(text) if type(text) is str else dumps(text)
