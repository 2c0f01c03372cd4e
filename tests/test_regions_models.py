"""Region and Location models: round trips, and each rule broken on purpose."""

from __future__ import annotations

import math

import attrs
import pytest
from hypothesis import given

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.regions import Location, Province, Region, RegionCode, RegionLevel
from kampungkb.testing.strategies import locations, region_codes, regions


def _errors(caught: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(item.path, item.code) for item in caught.value.errors]


@given(regions())
def test_regions_round_trip_through_dict_and_json(region: Region) -> None:
    """from_dict(to_dict(r)) == r and from_json(to_json(r)) == r."""
    assert from_dict(to_dict(region), Region) == region
    assert from_json(to_json(region), Region) == region
    assert to_dict(region)["code"] == str(region.code)


@given(locations())
def test_locations_round_trip_through_dict_and_json(location: Location) -> None:
    """from_dict(to_dict(l)) == l and from_json(to_json(l)) == l."""
    assert from_dict(to_dict(location), Location) == location
    assert from_json(to_json(location), Location) == location


def _evolve_errors(location: Location, **changes: object) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        attrs.evolve(location, **changes)
    return _errors(caught)


@given(locations(code=region_codes(level=RegionLevel.VILLAGE)))
def test_generated_village_locations_are_valid(location: Location) -> None:
    """Coordinates come in pairs and lie in range: any village location given half a pair, or a latitude past
    a pole or a longitude past the antimeridian, is rejected at that coordinate."""
    if location.latitude is None:
        assert _evolve_errors(location, latitude=-7.6) == [("$.longitude", "invariant")]
        assert _evolve_errors(location, longitude=112.9) == [("$.latitude", "invariant")]
    else:
        assert _evolve_errors(location, longitude=None) == [("$.longitude", "invariant")]
        assert _evolve_errors(location, latitude=None) == [("$.latitude", "invariant")]
    assert _evolve_errors(location, latitude=90.5, longitude=112.9) == [("$.latitude", "constraint")]
    assert _evolve_errors(location, latitude=-7.6, longitude=-180.5) == [("$.longitude", "constraint")]


def test_the_workshop_venue_and_a_kampung_location() -> None:
    """A city-wide venue sits at regency level; a kampung's location carries RW and RT under its kelurahan."""
    venue = Location(code=RegionCode("35.75"))
    kampung = Location(code=RegionCode("35.75.01.1001"), rw="RW 03", rt="RT 01", latitude=-7.64, longitude=112.9)
    assert venue.code.is_city
    assert kampung.code.village_kind is not None
    assert to_dict(kampung) == {
        "code": "35.75.01.1001",
        "dusun": None,
        "rw": "RW 03",
        "rt": "RT 01",
        "latitude": -7.64,
        "longitude": 112.9,
    }


def test_json_accepts_the_compact_code_and_writes_the_dotted_one() -> None:
    """The portal's compact codes load; the dotted form is written back."""
    loaded = from_json('{"code": "3575011001", "rw": "05"}', Location)
    assert loaded.code == RegionCode("35.75.01.1001")
    assert to_dict(loaded)["code"] == "35.75.01.1001"


LOCATION_CASES = [
    ({"code": "35.75", "dusun": "Krajan"}, [("$.dusun", "invariant")]),
    ({"code": "35.75.01", "rw": "05", "rt": "01"}, [("$.rw", "invariant"), ("$.rt", "invariant")]),
    ({"code": "35.75.01.1001", "latitude": -7.6}, [("$.longitude", "invariant")]),
    ({"code": "35.75.01.1001", "longitude": 112.9}, [("$.latitude", "invariant")]),
    ({"code": "35.75.01.1001", "latitude": 112.9, "longitude": -7.6}, [("$.latitude", "constraint")]),
    ({"code": "35.75", "latitude": 0, "longitude": 181}, [("$.longitude", "constraint")]),
    ({"code": "35.75.01.1001", "rw": ""}, [("$.rw", "constraint")]),
    ({"code": "35.75.01.1001", "rt": " 01"}, [("$.rt", "constraint")]),
    ({"code": "35.75.01.1001", "rt": 1}, [("$.rt", "type")]),
    ({"code": "35.70"}, [("$.code", "component")]),
    ({"code": "35-75"}, [("$.code", "format")]),
    ({"code": 3575}, [("$.code", "type")]),
    ({"code": "35.75", "latitude": "-7.6", "longitude": 112.9}, [("$.latitude", "type")]),
    ({"rw": "05"}, [("$.code", "missing")]),
    ({"code": "35.75", "rukun_warga": "05"}, [("$.rukun_warga", "extra_key")]),
]


@pytest.mark.parametrize(("data", "expected"), LOCATION_CASES)
def test_bad_locations_are_rejected_with_located_errors(
    data: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    """Each broken rule of a Location is reported at its field with its code."""
    with pytest.raises(ValidationError) as caught:
        from_dict(data, Location)
    assert _errors(caught) == expected


def test_non_finite_coordinates_are_rejected() -> None:
    """NaN and infinity are not coordinates."""
    with pytest.raises(ValidationError) as caught:
        Location(code=RegionCode("35.75"), latitude=math.nan, longitude=math.inf)
    assert _errors(caught) == [("$.latitude", "invalid_value"), ("$.longitude", "invalid_value")]


def test_a_location_needs_a_region_code_not_text() -> None:
    """In Python the code must already be a RegionCode; no silent parsing."""
    with pytest.raises(ValidationError) as caught:
        Location(code="35.75")  # type: ignore[arg-type]
    assert _errors(caught) == [("$.code", "type")]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"code": "35.75", "name": ""}, [("$.name", "constraint")]),
        ({"code": "35.75", "name": "Kota\nPasuruan"}, [("$.name", "constraint")]),
        ({"code": "35.75"}, [("$.name", "missing")]),
        ({"code": "35.7", "name": "X"}, [("$.code", "length")]),
    ],
)
def test_bad_regions_are_rejected_with_located_errors(data: dict[str, object], expected: list[tuple[str, str]]) -> None:
    """A region needs a valid code and a one-line, trimmed name."""
    with pytest.raises(ValidationError) as caught:
        from_dict(data, Region)
    assert _errors(caught) == expected


def test_a_province_needs_a_province_level_code() -> None:
    """Province rejects a code below province level at $.code."""
    with pytest.raises(ValidationError) as caught:
        from_dict({"code": "35.75", "name": "Kota Pasuruan", "short_name": None}, Province)
    assert _errors(caught) == [("$.code", "invariant")]
    assert from_dict({"code": "35", "name": "Jawa Timur"}, Province).short_name is None


@pytest.mark.parametrize("name", ["ʼ", "-", "'", "(.)", "–"])
def test_a_region_name_of_punctuation_alone_is_refused(name: str) -> None:
    """Regression: a region named 'ʼ' was listed, then no search could find it. A name has a letter or digit."""
    with pytest.raises(ValidationError) as caught:
        Region(RegionCode("11"), name)
    assert [(item.path, item.code) for item in caught.value.errors] == [("$.name", "invariant")]
    with pytest.raises(ValidationError) as caught:
        Province(RegionCode("11"), "Aceh", name)
    assert [(item.path, item.code) for item in caught.value.errors] == [("$.short_name", "invariant")]
