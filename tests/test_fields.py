"""Field strategies are read from the declared constraints, and always satisfy them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

from kampungkb._core import constraints_of, public_models
from kampungkb.testing._fields import from_field

SIMPLE = (str, int, float, dt.date)
FIELDS = [
    (cls, attribute.name)
    for cls in public_models().values()
    for attribute in attrs.fields(attrs.resolve_types(cls))
    if attribute.type in SIMPLE and not constraints_of(attribute).is_empty
]


def test_there_are_constrained_fields() -> None:
    """The walk finds constrained simple fields (else the test below would be vacuous)."""
    assert len(FIELDS) > 5


@pytest.mark.parametrize(("cls", "name"), FIELDS, ids=[f"{c.__name__}.{n}" for c, n in FIELDS])
def test_drawn_values_satisfy_the_declared_constraints(cls: type, name: str) -> None:
    """Every value from_field draws passes the field's own constraint check."""
    rules = constraints_of(getattr(attrs.fields(cls), name))

    @settings(max_examples=20)
    @given(from_field(cls, name))
    def check(value: Any) -> None:
        assert rules.check(value) == []

    check()
