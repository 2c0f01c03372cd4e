"""Integers are bounded the way JSON carries them, huge values are described safely, and misuse of
to_dict/to_json is a TypeError that says what is accepted (issue 25)."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb import ValidationError, bulk, from_dict, from_json, to_dict, to_json
from kampungkb._core import MAX_INTEGER, describe
from kampungkb.errors import ErrorCode
from kampungkb.events import ParticipantGroup, Participants, ParticipantShare
from kampungkb.regions import Location, RegionCode

HUGE = (2**53, -(2**53), 10**20, 10**308, 10**400, 10**4299, 10**5000, -(10**5000))


def test_the_bound_is_json_s_exact_range() -> None:
    """RFC 8259: integers in [-(2**53 - 1), 2**53 - 1] are exact in every JSON implementation."""
    assert MAX_INTEGER == 2**53 - 1
    assert ParticipantGroup("Camat", MAX_INTEGER).count == MAX_INTEGER
    assert from_dict({"role": "Camat", "count": MAX_INTEGER}, ParticipantGroup).count == MAX_INTEGER


@pytest.mark.parametrize("value", HUGE, ids=lambda v: f"{v.bit_length()}bits")
def test_an_integer_out_of_range_is_one_located_error_everywhere(value: int) -> None:
    """The constructor, the generated loader and the reference loader give the same error."""
    for build in (
        lambda: ParticipantGroup("Camat", value),
        lambda: from_dict({"role": "Camat", "count": value}, ParticipantGroup),
        lambda: from_dict({"groups": [{"role": "Camat", "count": value}], "total": 1}, Participants),
    ):
        with pytest.raises(ValidationError) as caught:
            build()
        [error] = caught.value.errors
        assert error.code == ErrorCode.INVALID_VALUE
        assert error.path.endswith("count")
        assert str(MAX_INTEGER) in error.message
        assert len(error.message) < 200
        str(caught.value)  # renders


@pytest.mark.parametrize(
    "value", [10**309, -(10**309), 10**400, 2**53, 10**4299], ids=["309d", "-309d", "401d", "2**53", "4300d"]
)
def test_an_integer_too_large_for_a_number_field_is_a_validation_error(value: int) -> None:
    """An integer given for a float field is converted only within the bound: no OverflowError."""
    for build in (
        lambda: ParticipantShare("Camat", 1, value),
        lambda: from_dict({"role": "Camat", "count": 1, "share": value}, ParticipantShare),
        lambda: from_dict({"code": "35", "latitude": value, "longitude": 112.0}, Location),
    ):
        with pytest.raises(ValidationError) as caught:
            build()
        assert [e.code for e in caught.value.errors] == [ErrorCode.INVALID_VALUE]


def test_integers_in_number_fields_within_the_bound_are_exact() -> None:
    location = from_dict({"code": "35", "latitude": 7, "longitude": 112}, Location)
    assert location.latitude == 7.0
    assert type(location.latitude) is float
    assert type(location.longitude) is float


def test_json_text_with_a_huge_integer_is_a_json_error_without_python_advice() -> None:
    with pytest.raises(ValidationError) as caught:
        from_json('{"role": "Camat", "count": 1' + "0" * 5000 + "}", ParticipantGroup)
    [error] = caught.value.errors
    assert error.code == ErrorCode.JSON
    assert "4300 digits" in error.message
    assert "sys." not in error.message


def test_a_csv_cell_with_a_huge_integer_is_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        bulk.from_csv(io.StringIO("role,count,share\nCamat,1,1" + "0" * 400 + "\n"), ParticipantShare)
    with pytest.raises(ValidationError):
        bulk.from_csv(io.StringIO("role,count\nCamat,1" + "0" * 400 + "\n"), ParticipantGroup)


@pytest.mark.parametrize("value", [10**5000, -(10**5000), 10**100, 10**60], ids=lambda v: f"{v.bit_length()}bits")
def test_huge_integers_are_described_by_their_size(value: int) -> None:
    """describe never writes out an integer Python refuses to write (over 4,300 digits)."""
    text = describe(value)
    assert len(text) < 80
    digits = len(str(abs(value))) if abs(value) < 10**4000 else 5001
    assert f"{digits:,} digits" in text


@given(st.integers(min_value=-(10**80), max_value=10**80))
def test_describe_gives_the_right_number_of_digits(value: int) -> None:
    text = describe(value)
    if "digits" in text:
        assert f"{len(str(abs(value))):,} digits" in text
    else:
        assert str(value) in text


def test_the_schema_states_the_bound() -> None:
    from kampungkb.schema import json_schema

    count = json_schema(ParticipantGroup)["properties"]["count"]["anyOf"][0]  # an integer, or null: not stated
    assert count["minimum"] == 0
    assert count["maximum"] == MAX_INTEGER


# -- misuse of to_dict and to_json ---------------------------------------------------------------

MISUSE: list[Any] = [
    Decimal(1),
    Fraction(1, 3),
    float("nan"),
    float("inf"),
    -float("inf"),
    object(),
    b"bytes",
    {1, 2},
    {1: "a"},
    [1, Decimal(2)],
    {"a": [object()]},
    (1, float("nan")),
    10**30,
    sys,
]


@pytest.mark.parametrize("value", MISUSE, ids=lambda v: type(v).__name__)
def test_to_dict_and_to_json_refuse_what_they_cannot_write(value: Any) -> None:
    """A TypeError naming what is accepted — never the input back, never the JSON encoder's error."""
    for function in (to_dict, to_json, lambda v: to_json(v, indent=2)):
        with pytest.raises(TypeError) as caught:
            function(value)
        message = str(caught.value)
        assert "a kampungkb model, a value type" in message
        assert "or a JSON value" in message
        assert "found " in message


def test_the_issue_examples() -> None:
    with pytest.raises(TypeError, match=r"to_json takes .*; found a Decimal$"):
        to_json(Decimal(1))
    with pytest.raises(TypeError, match=r"to_json takes .*; found a number \(nan\)$"):
        to_json(float("nan"))
    with pytest.raises(TypeError, match=r"to_dict takes .*; found an object$"):
        to_dict(object())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3, 3),
        ("x", "x"),
        (None, None),
        (True, True),
        (1.5, 1.5),
        ([1, "a", None], [1, "a", None]),
        ((1, 2), [1, 2]),
        ({"a": {"b": [1.0]}}, {"a": {"b": [1.0]}}),
        (dt.date(2020, 1, 2), "2020-01-02"),
        (RegionCode("35.75"), "35.75"),
        (
            [ParticipantGroup("Camat", 4)],
            [{"role": "Camat", "count": 4, "description": None, "position": None, "qualifier": "exact"}],
        ),
    ],
)
def test_what_is_accepted_is_written(value: Any, expected: Any) -> None:
    assert to_dict(value) == expected
    assert json.loads(to_json(value)) == expected
