"""The built-in region data: the 38 provinces and the Kota Pasuruan sample, with their sources."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from kampungkb.errors import ValidationError
from kampungkb.regions import (
    Province,
    RegionCode,
    RegionLevel,
    VillageKind,
    province,
    provinces,
    regency_display_name,
    sample_gazetteer,
)


def _data(name: str) -> dict[str, object]:
    text = resources.files("kampungkb").joinpath("data", "regions", name).read_text(encoding="utf-8")
    loaded: dict[str, object] = json.loads(text)
    return loaded


@pytest.mark.parametrize("name", ["provinces.json", "kota_pasuruan.json"])
def test_each_data_file_names_its_decree_data_set_and_confidence(name: str) -> None:
    """Every data file starts with a _source naming the Kepmendagri decree, the data set and the confidence."""
    source = _data(name)["_source"]
    assert isinstance(source, dict)
    assert "Kepmendagri" in source["decree"]
    assert source["data_set_url"] == "https://github.com/cahyadsn/wilayah"
    assert source["confidence"].startswith("CORROBORATED")


def test_there_are_38_provinces_in_code_order() -> None:
    """The table holds the 38 provinces, sorted by code: Aceh (11) to Papua Barat Daya (96)."""
    table = provinces()
    assert len(table) == 38
    assert [p.code for p in table] == sorted(p.code for p in table)
    assert all(type(p) is Province for p in table)
    assert [str(p.code) for p in table] == [
        *("11", "12", "13", "14", "15", "16", "17", "18", "19", "21"),
        *("31", "32", "33", "34", "35", "36", "51", "52", "53"),
        *("61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76"),
        *("81", "82", "91", "92", "93", "94", "95", "96"),
    ]


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("11", "Aceh"),
        ("19", "Kepulauan Bangka Belitung"),
        ("21", "Kepulauan Riau"),
        ("31", "Daerah Khusus Ibukota Jakarta"),
        ("34", "Daerah Istimewa Yogyakarta"),
        ("35", "Jawa Timur"),
        ("36", "Banten"),
        ("65", "Kalimantan Utara"),
        ("76", "Sulawesi Barat"),
        ("82", "Maluku Utara"),
        ("93", "Papua Selatan"),
        ("94", "Papua Tengah"),
        ("95", "Papua Pegunungan"),
        ("96", "Papua Barat Daya"),
    ],
)
def test_province_names_are_spelled_as_the_data_set_writes_them(code: str, name: str) -> None:
    """Province names follow the 2025 data set's spelling."""
    assert province(code).name == name
    assert province(RegionCode(code)).name == name


@pytest.mark.parametrize(("code", "short"), [("31", "DKI Jakarta"), ("34", "DI Yogyakarta"), ("35", None)])
def test_short_names_are_given_only_where_the_notes_give_one(code: str, short: str | None) -> None:
    """DKI Jakarta and DI Yogyakarta have short names; others have none."""
    assert province(code).short_name == short


@pytest.mark.parametrize("code", ["12.01", "35.75.01.1001"])
def test_province_rejects_a_code_below_province_level(code: str) -> None:
    """province() takes a province code only; it does not widen a lower one silently."""
    with pytest.raises(ValidationError) as caught:
        province(code)
    assert caught.value.errors[0].code == "invalid_value"


@pytest.mark.parametrize(("code", "error"), [("99", "component"), ("3", "length"), (35, "type")])
def test_province_rejects_bad_codes(code: object, error: str) -> None:
    """An unknown province is a component error; other bad codes keep their codes."""
    with pytest.raises(ValidationError) as caught:
        province(code)  # type: ignore[arg-type]
    assert caught.value.errors[0].code == error


def test_karangketug_lies_in_gadingrejo_in_kota_pasuruan_in_jawa_timur() -> None:
    """35.75.01.1001 resolves to the kelurahan Karangketug inside Gadingrejo, Kota Pasuruan, Jawa Timur."""
    gazetteer = sample_gazetteer()
    code = RegionCode.parse("35.75.01.1001")
    assert code.village_kind is VillageKind.URBAN_VILLAGE
    assert gazetteer.name(code) == "Karangketug"
    assert [gazetteer.name(c) for c in code.ancestors()] == ["Jawa Timur", "Kota Pasuruan", "Gadingrejo"]
    assert code.parent is not None
    assert code.parent.parent == RegionCode("35.75")
    assert RegionCode("35.75").is_city


def test_kota_pasuruan_has_four_kecamatan() -> None:
    """The sample lists the 4 kecamatan of Kota Pasuruan, with their codes."""
    kecamatan = sample_gazetteer().children("35.75")
    assert [(str(r.code), r.name) for r in kecamatan] == [
        ("35.75.01", "Gadingrejo"),
        ("35.75.02", "Purworejo"),
        ("35.75.03", "Bugul Kidul"),
        ("35.75.04", "Panggungrejo"),
    ]


@pytest.mark.parametrize(("kecamatan", "count"), [("35.75.01", 8), ("35.75.02", 7), ("35.75.03", 6), ("35.75.04", 13)])
def test_each_kecamatan_has_its_number_of_kelurahan(kecamatan: str, count: int) -> None:
    """Gadingrejo 8, Purworejo 7, Bugul Kidul 6, Panggungrejo 13."""
    assert len(sample_gazetteer().children(kecamatan)) == count


def test_all_34_villages_of_kota_pasuruan_are_kelurahan() -> None:
    """Kota Pasuruan has 34 villages and no desa: every village code starts with 1."""
    found = [r for r in sample_gazetteer() if r.code.level is RegionLevel.VILLAGE]
    assert len(found) == 34
    assert {r.code.village_kind for r in found} == {VillageKind.URBAN_VILLAGE}


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("35.75.01.1009", "Gadingrejo"),
        ("35.75.02.1011", "Sekargadung"),
        ("35.75.03.1003", "Tapa'an"),
        ("35.75.03.1009", "Bugul Kidul"),
        ("35.75.04.1002", "Tamba'an"),
        ("35.75.04.1010", "Bugul Lor"),
        ("35.75.04.1013", "Mandaranrejo"),
    ],
)
def test_kelurahan_names_keep_the_official_spelling(code: str, name: str) -> None:
    """Names are spelled as the data set writes them, apostrophes included."""
    assert sample_gazetteer().name(code) == name


@pytest.mark.parametrize("code", ["35.75.01.1008", "35.75.03.1004", "35.75.05", "35.14"])
def test_codes_missing_from_the_sample_have_no_name(code: str) -> None:
    """Serial numbers have gaps; an unlisted (but valid) code has no name rather than a guess."""
    assert sample_gazetteer().name(code) is None


def test_the_regency_display_name_names_the_city() -> None:
    """Agencies are named after 'Kota Pasuruan', from any code in the city."""
    for code in ("35.75", "35.75.04", "3575041013"):
        assert regency_display_name(code) == "Kota Pasuruan"
