"""What a model's field types are, seen from a table: the scalar kind of each column."""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any

from .._core import field_plans, homogeneous_item, is_model, is_value_type, optional_inner, union_members

__all__ = ["concrete", "leaf_types", "scalar_kind"]


def concrete(tp: Any) -> list[Any]:
    """The concrete types ``tp`` may hold: optionals unwrapped, unions split into their members."""
    inner = optional_inner(tp)
    if inner is not None:
        return concrete(inner)
    members = union_members(tp)
    if members is not None:
        return [found for member in members for found in concrete(member)]
    return [tp]


def leaf_types(cls: Any, column: str) -> list[Any]:
    """The scalar types a dotted column (``participants.groups.0.count``) of ``cls`` may hold, without repeats."""
    reached = concrete(cls)
    for part in column.split("."):
        following: list[Any] = []
        for tp in reached:
            item = homogeneous_item(tp)
            if item is not None and part.isdigit():
                following.extend(concrete(item))
            elif is_model(tp) and not is_value_type(tp):
                for plan in field_plans(tp):
                    if plan.name == part:
                        following.extend(concrete(plan.type))
        reached = following
    unique: list[Any] = []
    for tp in reached:
        if tp not in unique:
            unique.append(tp)
    return unique


def scalar_kind(tp: Any) -> str:
    """``int``, ``float``, ``bool``, ``date``, ``datetime``, ``enum``, ``text`` (str or a value type), or ``other``."""
    if tp is bool:
        return "bool"
    if tp is int:
        return "int"
    if tp is float:
        return "float"
    if tp is _dt.datetime:
        return "datetime"
    if tp is _dt.date:
        return "date"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "enum"
    if tp is str or is_value_type(tp):
        return "text"
    return "other"
