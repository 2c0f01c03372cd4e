"""Every model's equality, hash and repr are those attrs would generate for it.

kampungkb shares one ``__eq__``, ``__hash__`` and ``__repr__`` among its models instead of
letting attrs compile three per class at import (docs/performance.md, "Imports"). Each
instance is compared here with a twin: a plain attrs class of the same name and fields, whose
methods attrs generated, holding the same values.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb._core import field, model, public_models
from kampungkb.testing.strategies import strategy_for_type

PUBLIC_MODELS = public_models()
_twins: dict[type, type] = {}


def twin_of(cls: type) -> type:
    """A frozen attrs class named and shaped like ``cls``, with attrs' own methods."""
    if cls not in _twins:
        fields = {a.name: attrs.field(eq=a.eq, repr=a.repr) for a in attrs.fields(cls)}
        twin = attrs.make_class(cls.__name__, fields, frozen=True)
        twin.__qualname__ = cls.__qualname__
        _twins[cls] = twin
    return _twins[cls]


def twin(value: Any) -> Any:
    """``value``'s twin, holding the same field values."""
    cls = type(value)
    return twin_of(cls)(*(getattr(value, a.name) for a in attrs.fields(cls)))


@pytest.mark.parametrize("name", sorted(PUBLIC_MODELS))
def test_repr_equality_and_hash_are_attrs_own(name: str) -> None:
    """Two instances of a model: repr, ==, != and hash agree with their twins'."""
    strategy = strategy_for_type()[PUBLIC_MODELS[name]]()

    @given(strategy, strategy)
    def check(left: Any, right: Any) -> None:
        assert repr(left) == repr(twin(left))
        assert (left == right) is (twin(left) == twin(right))
        assert (left != right) is (twin(left) != twin(right))
        assert left == attrs.evolve(left)
        assert hash(left) == hash(attrs.evolve(left))
        if left == right:
            assert hash(left) == hash(right)

    check()


@model
class Reading:
    """A model with a field left out of equality and one left out of repr."""

    value: int = field(ge=0)
    note: str = attrs.field(default="", eq=False)
    secret: str = attrs.field(default="", repr=False)


@model
class Other:
    """A model of the same shape as another."""

    value: int = field(ge=0)
    note: str = attrs.field(default="", eq=False)
    secret: str = attrs.field(default="", repr=False)


@model
class Empty:
    """A model with no fields."""


@model
class Single:
    """A model with one field."""

    value: int


def test_fields_left_out_of_equality_and_repr() -> None:
    """A field declared eq=False is not compared or hashed; one declared repr=False is not shown."""
    assert Reading(1, "a", "x") == Reading(1, "b", "x")
    assert hash(Reading(1, "a", "x")) == hash(Reading(1, "b", "x"))
    assert Reading(1, "a", "x") != Reading(1, "a", "y")
    assert repr(Reading(1, "a", "x")) == "Reading(value=1, note='a')"


def test_instances_of_different_models_are_never_equal() -> None:
    """Same fields, same values, different classes: not equal, and == defers to the other side."""
    assert Reading(1) != Other(1)
    assert Reading(1).__eq__(Other(1)) is NotImplemented
    assert Reading(1) != (1, "", "")


@given(st.integers(min_value=0, max_value=10))
def test_models_of_no_field_and_one_field(value: int) -> None:
    """The getters of zero and one field still give tuples: equal, hashable, shown."""
    assert Empty() == Empty()
    assert hash(Empty()) == hash(Empty())
    assert repr(Empty()) == "Empty()"
    assert Single(value) == Single(value)
    assert Single(value) != Single(value + 1)
    assert hash(Single(value)) == hash(Single(value))
    assert repr(Single(value)) == f"Single(value={value})"


def test_a_model_keeps_its_own_methods() -> None:
    """A model that defines __eq__ or __repr__ keeps it, as attrs keeps it."""

    @model
    class Loose:
        value: int

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Loose)

        __hash__ = None  # type: ignore[assignment]

        def __repr__(self) -> str:
            return "loose"

    assert Loose(1) == Loose(2)
    assert repr(Loose(1)) == "loose"
