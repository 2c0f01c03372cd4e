"""Region arguments follow one rule: a model field holds a RegionCode (text is refused, never converted); a function
or method that takes a region reads a RegionCode or its text, through RegionCode.parse."""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kampungkb._core import optional_inner, public_models
from kampungkb.dates import DateRange
from kampungkb.errors import ValidationError
from kampungkb.events import EventLevel, Workshop
from kampungkb.people import Organization
from kampungkb.regions import (
    RegionCode,
    compact,
    format,
    is_valid,
    province,
    regency_display_name,
    sample_gazetteer,
    validate,
)
from kampungkb.testing.strategies import region_codes

GAZETTEER = sample_gazetteer()
DAYS = DateRange(dt.date(2020, 12, 28), dt.date(2020, 12, 29))

#: Every public function or method that takes a region argument, called with it.
FUNCTIONS: dict[str, Callable[[Any], Any]] = {
    "RegionCode": RegionCode,
    "RegionCode.parse": RegionCode.parse,
    "RegionCode.is_within": lambda region: RegionCode("35.75.01").is_within(region),
    "compact": compact,
    "validate": validate,
    "format": format,
    "regency_display_name": regency_display_name,
    "Gazetteer.name": GAZETTEER.name,
    "Gazetteer.region": GAZETTEER.region,
    "Gazetteer.children": GAZETTEER.children,
    "Gazetteer.search(within=)": lambda region: GAZETTEER.search("Bugul", within=region),
    "Organization.from_acronym(region=)": lambda region: Organization.from_acronym("DP3AKB", region=region),
}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_a_function_reads_a_region_code_or_its_text_alike(name: str) -> None:
    """Given RegionCode('35.75'), '35.75' or '3575', each function gives the same answer."""
    call = FUNCTIONS[name]
    answers = [call(region) for region in (RegionCode("35.75"), "35.75", "3575")]
    assert answers[0] == answers[1] == answers[2]


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
@pytest.mark.parametrize("wrong", [3575, 35.75, b"35.75", ["35.75"]], ids=["int", "float", "bytes", "list"])
def test_a_function_refuses_anything_else_with_a_type_error(name: str, wrong: Any) -> None:
    """Anything but a RegionCode or text is a located type error, the same in every function."""
    with pytest.raises(ValidationError) as caught:
        FUNCTIONS[name](wrong)
    assert [(item.path, item.code) for item in caught.value.errors] == [("$", "type")]
    assert "expected a RegionCode or a region code (a string)" in caught.value.errors[0].message


@pytest.mark.parametrize("within", [RegionCode("35.75"), "35.75", "3575"], ids=repr)
@given(data=st.data())
def test_the_region_codes_strategy_reads_within_the_same_way(within: RegionCode | str, data: st.DataObject) -> None:
    """The test strategy follows the rule too: within= takes a RegionCode or its text."""
    assert data.draw(region_codes(within=within)).is_within("35.75")


def test_province_reads_a_province_code_or_its_text_alike() -> None:
    """province() takes a province's RegionCode or its text, and nothing else."""
    assert province(RegionCode("35")) == province("35")
    with pytest.raises(ValidationError) as caught:
        province(35)  # type: ignore[arg-type]
    assert caught.value.errors[0].code == "type"


def test_is_valid_answers_false_rather_than_raising() -> None:
    """is_valid never raises: a RegionCode is valid, anything else that is not a code is not."""
    assert is_valid(RegionCode("35.75"))
    assert is_valid("3575")
    assert not is_valid(3575)


def _region_fields() -> list[tuple[type, str]]:
    """(model, field) for every public model field typed RegionCode or RegionCode | None."""
    found = []
    for cls in public_models().values():
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            tp = hints[field.name]
            if tp is RegionCode or optional_inner(tp) is RegionCode:
                found.append((cls, field.name))
    return found


REGION_FIELDS = _region_fields()


def test_the_region_fields_are_found() -> None:
    """The walk finds the models the issue names (the check below is not vacuous)."""
    names = {f"{cls.__name__}.{field}" for cls, field in REGION_FIELDS}
    assert {"Workshop.host_region", "Venue.region", "Organization.region", "Official.region", "Location.code"} <= names


@pytest.mark.parametrize(("cls", "field"), REGION_FIELDS, ids=[f"{c.__name__}.{f}" for c, f in REGION_FIELDS])
@settings(max_examples=5, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_model_field_refuses_the_code_s_text(cls: type, field: str, data: st.DataObject) -> None:
    """In Python, a model is given a RegionCode: its text is a type error at the field, never converted."""
    instance = data.draw(st.from_type(cls).filter(lambda x: getattr(x, field) is not None))
    text = str(getattr(instance, field))
    with pytest.raises(ValidationError) as caught:
        attrs.evolve(instance, **{field: text})
    assert (f"$.{field}", "type") in [(item.path, item.code) for item in caught.value.errors]


def test_the_issue_s_two_calls_follow_the_rule() -> None:
    """from_acronym (a function) reads '35'; Workshop (a model) is given a RegionCode and refuses '35.75'."""
    assert Organization.from_acronym("BKKBN", region="35").region == RegionCode("35")
    with pytest.raises(ValidationError) as caught:
        Workshop(title="Lokakarya", level=EventLevel.REGENCY, dates=DAYS, host_region="35.75")  # type: ignore[arg-type]
    assert [(item.path, item.code) for item in caught.value.errors] == [("$.host_region", "type")]
    workshop = Workshop(title="Lokakarya", level=EventLevel.REGENCY, dates=DAYS, host_region=RegionCode("35.75"))
    assert workshop.host_region == RegionCode("35.75")
