"""Strategies for single fields, read from the constraints the model declares (requires hypothesis).

A field's constraints are declared once, with :func:`kampungkb._core._model.field`; the validator,
the JSON Schema and these strategies all read that one declaration, so a strategy cannot
drift from the rule it must satisfy.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from hypothesis import strategies as st

from .._core import constraints_of, field_plans
from ._text import text

__all__ = ["from_field"]

_DEFAULT_MAX_TEXT = 50
_DEFAULT_MAX_INT = 1_000_000


def from_field(cls: type, name: str) -> st.SearchStrategy[Any]:
    """Valid values for the text, integer, number or date field ``name`` of model ``cls``.

    >>> from hypothesis import given
    >>> from kampungkb.events import ParticipantShare
    >>> @given(from_field(ParticipantShare, "count"))
    ... def check(count):
    ...     assert count >= 0
    >>> check()
    """
    plan = next((plan for plan in field_plans(cls) if plan.name == name), None)
    if plan is None:
        raise TypeError(f"{cls.__name__} has no field {name!r}")
    rules = constraints_of(plan.attribute)
    tp = plan.type  # resolved: the one view of the model's fields
    if tp is str:
        if rules.pattern is not None:
            return st.from_regex(rules.pattern, fullmatch=True).filter(
                lambda value: (rules.min_length or 0) <= len(value) <= (rules.max_length or len(value))
            )
        return text(min_size=rules.min_length or 0, max_size=rules.max_length or _DEFAULT_MAX_TEXT)
    if tp is int:
        low = rules.ge if rules.ge is not None else -_DEFAULT_MAX_INT
        return st.integers(min_value=low, max_value=rules.le if rules.le is not None else low + 2 * _DEFAULT_MAX_INT)
    if tp is float:
        return st.floats(min_value=rules.ge, max_value=rules.le, allow_nan=False, allow_infinity=False)
    if tp is _dt.date:
        return st.dates(
            min_value=rules.ge if rules.ge is not None else _dt.date.min,
            max_value=rules.le if rules.le is not None else _dt.date.max,
        )
    raise TypeError(f"from_field handles text, integer, number and date fields, not {name}: {tp!r}")
