"""Generated fast paths for model validation, loading and dumping.

The checks in :mod:`kampungkb._model` and the hooks in :mod:`kampungkb.codec` are the
reference: they collect every error with its path. For valid data — the common case — this
module compiles, once per class, straight-line Python that does the same checks without
building error objects, and answers only "fine" or "not fine". When it says "not fine", the
reference path runs and reports every problem. So the fast path can only be as permissive
as the reference, never more: a test checks they agree.

Like attrs and cattrs, it generates source text from the model's *declaration* (its field
names, types and constraints) — never from input data — and compiles it with ``exec``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import itertools
from collections.abc import Callable
from typing import Any

from ._model import Constraints, FieldPlan
from ._types import homogeneous_item, is_model, optional_inner

__all__ = ["compile_function", "fast_check_source"]

_counter = itertools.count()

_EXACT_TYPES = (str, int, bool, _dt.date)


def compile_function(name: str, lines: list[str], namespace: dict[str, Any]) -> Callable[..., Any]:
    """Compile the function whose source is ``lines`` (its ``def`` line first)."""
    source = "\n".join(lines)
    filename = f"<kampungkb generated {name} #{next(_counter)}>"
    code = compile(source, filename, "exec")
    exec(code, namespace)  # source made from model declarations only
    function: Callable[..., Any] = namespace[name]
    return function


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
        elif tp is float:
            namespace["isfinite"] = __import__("math").isfinite
            parts = [f"type({value}) is not float", f"not isfinite({value})"]
        elif tp is _dt.datetime:
            parts = [f"type({value}) is not {type_name}", f"({value}.tzinfo is not None)"]
        elif is_model(tp) or hasattr(tp, "_from_json_value"):
            parts = [f"not isinstance({value}, {type_name})"]
        else:
            return None
        if rules is not None:
            parts.extend(_rule_conditions(tp, rules, value, namespace, key))
        return " or ".join(parts)
    return None


def _rule_conditions(tp: Any, rules: Constraints, value: str, namespace: dict[str, Any], key: str) -> list[str]:
    parts: list[str] = []
    if tp is str:
        if rules.min_length is not None:
            parts.append(f"len({value}) < {rules.min_length}")
        if rules.max_length is not None:
            parts.append(f"len({value}) > {rules.max_length}")
        if rules.pattern is not None:
            namespace[f"P{key}"] = rules._compiled
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
