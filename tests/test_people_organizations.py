"""Organizations: the agency nomenclature expanded with its region, the kind-and-region rules, round trips."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.people import Organization, OrganizationKind
from kampungkb.regions import InMemoryGazetteer, Region, RegionCode
from kampungkb.testing.strategies import organizations

PASURUAN = RegionCode("35.75")
FP = OrganizationKind.FAMILY_PLANNING_AGENCY

EXPANSIONS = [
    ("DP3AKB", "35.75", "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan"),
    ("dp3akb", "3575", "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan"),
    ("DP3AKB", "32", "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Provinsi Jawa Barat"),
    ("DP3AKB", None, "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana"),
    ("DPPKB", None, "Dinas Pengendalian Penduduk dan Keluarga Berencana"),
    ("DP2KBP3A", None, "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak"),
    ("DP3AP2KB", None, "Dinas Pemberdayaan Perempuan Perlindungan Anak Pengendalian Penduduk dan Keluarga Berencana"),
    ("DPPAPPKB", None, "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"),
    ("DP5A", None, "Dinas Pengendalian Penduduk, Pemberdayaan Perempuan dan Perlindungan Anak"),
    ("Bapelitbangda", "35.75", "Badan Perencanaan Pembangunan, Penelitian, dan Pengembangan Daerah Kota Pasuruan"),
    ("BKKBN", None, "Badan Kependudukan dan Keluarga Berencana Nasional"),
    ("BKKBN", "35", "Perwakilan BKKBN Provinsi Jawa Timur"),
    ("Kemendukbangga", None, "Kementerian Kependudukan dan Pembangunan Keluarga"),
]


@pytest.mark.parametrize(("acronym", "region", "name"), EXPANSIONS)
def test_an_acronym_expands_with_its_region(acronym: str, region: str | None, name: str) -> None:
    """from_acronym writes the agency's full name followed by its region's display name."""
    organization = Organization.from_acronym(acronym, region=region)
    assert organization.name == name
    assert organization.region == (None if region is None else RegionCode.parse(region))


def test_the_seed_agency_is_a_family_planning_agency_of_kota_pasuruan() -> None:
    """DP3AKB Kota Pasuruan is an OPD KB with acronym DP3AKB and region 35.75."""
    organization = Organization.from_acronym("DP3AKB", region=PASURUAN)
    assert (organization.acronym, organization.kind, organization.region) == ("DP3AKB", FP, PASURUAN)
    assert str(organization) == organization.name


def test_a_users_gazetteer_names_other_regencies() -> None:
    """With a gazetteer that lists Kabupaten Pasuruan, its agency's name is written out too."""
    gazetteer = InMemoryGazetteer([Region(RegionCode("35.14"), "Pasuruan")])
    organization = Organization.from_acronym("DP3AP2KB", region="35.14", gazetteer=gazetteer)
    assert organization.name.endswith("dan Keluarga Berencana Kabupaten Pasuruan")


def test_an_acronym_with_two_expansions_needs_a_region_where_it_was_seen() -> None:
    """Dinas PPKB stands for two names; without a region where one was observed, both are listed."""
    with pytest.raises(ValidationError) as caught:
        Organization.from_acronym("Dinas PPKB")
    message = caught.value.errors[0].message
    assert "Kabupaten Bondowoso" in message
    assert "Kabupaten Situbondo" in message
    gazetteer = InMemoryGazetteer([Region(RegionCode("35.11"), "Bondowoso")])
    bondowoso = Organization.from_acronym("Dinas PPKB", region="35.11", gazetteer=gazetteer)
    assert bondowoso.name == "Dinas Perlindungan Perempuan dan Keluarga Berencana Kabupaten Bondowoso"


BAD_CALLS: list[tuple[Any, Any, str, str]] = [
    ("DP3KB", None, "invalid_value", "is not known"),
    ("XYZ", None, "invalid_value", "nomenclature table"),
    ("", None, "invalid_value", "nomenclature table"),
    (None, None, "type", "found null"),
    (3, None, "type", "an integer"),
    ("DP3AKB", "35.75.01", "invalid_value", "province or regency/city"),
    ("DP3AKB", "35.99", "invalid_value", "no name for regency 35.99"),
    ("DP3AKB", "35-75", "format", "region code"),
    ("DP3AKB", 3575, "type", "region code"),
    ("BKKBN", "35.75", "invalid_value", "provinces only"),
]


@pytest.mark.parametrize(("acronym", "region", "code", "says"), BAD_CALLS)
def test_bad_acronyms_and_regions_are_rejected_with_the_reason(acronym: Any, region: Any, code: str, says: str) -> None:
    """An unknown or unexpanded acronym, a wrong region or a non-string raises a ValidationError."""
    with pytest.raises(ValidationError) as caught:
        Organization.from_acronym(acronym, region=region)
    (item,) = caught.value.errors
    assert item.code == code
    assert says in item.message


BROKEN: list[tuple[dict[str, Any], str, str]] = [
    ({"kind": OrganizationKind.BKKBN_PROVINCIAL_OFFICE}, "$.region", "needs its province's code"),
    ({"kind": OrganizationKind.BKKBN_PROVINCIAL_OFFICE, "region": PASURUAN}, "$.region", "level Provinsi"),
    ({"kind": OrganizationKind.BKKBN_CENTRAL, "region": RegionCode("35")}, "$.region", "no region"),
    ({"kind": OrganizationKind.MINISTRY, "region": RegionCode("35")}, "$.region", "no region"),
    ({"kind": FP, "region": RegionCode("35.75.01")}, "$.region", "Provinsi or Kabupaten/Kota"),
    ({"kind": OrganizationKind.DISTRICT_OFFICE, "region": PASURUAN}, "$.region", "level Kecamatan"),
    ({"kind": OrganizationKind.VILLAGE_OFFICE, "region": RegionCode("35.75.01")}, "$.region", "Desa/Kelurahan"),
    ({"kind": FP, "name": " Dinas"}, "$.name", "expected a name or label"),
    ({"kind": FP, "acronym": ""}, "$.acronym", "expected a name or label"),
    ({"kind": "family_planning_agency"}, "$.kind", "OrganizationKind member"),
]


@pytest.mark.parametrize(("fields", "path", "says"), BROKEN, ids=[row[2] for row in BROKEN])
def test_an_organization_breaking_a_rule_is_rejected_at_the_field(fields: dict[str, Any], path: str, says: str) -> None:
    """The region must fit the kind of organization; names and acronyms are single-line text."""
    values = {"name": "Dinas Contoh", **fields}
    with pytest.raises(ValidationError) as caught:
        Organization(**values)
    assert any(item.path == path and says in item.message for item in caught.value.errors), caught.value


@given(organizations())
def test_organizations_round_trip_through_dict_and_json(organization: Organization) -> None:
    """from_dict(to_dict(x)) == x and from_json(to_json(x)) == x."""
    assert from_dict(to_dict(organization), Organization) == organization
    assert from_json(to_json(organization), Organization) == organization


def test_an_organization_from_json_reports_the_region_path() -> None:
    """A bad region in JSON is located at $.region with the region code's own error code."""
    with pytest.raises(ValidationError) as caught:
        from_dict({"name": "Dinas Contoh", "kind": "ministry", "region": "35.70"}, Organization)
    assert [(item.path, item.code) for item in caught.value.errors] == [("$.region", "component")]
