"""Gazetteers: loading a user's CSV or JSON, names, children, search, and the display name of a regency."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import to_dict
from kampungkb.errors import ValidationError
from kampungkb.regions import (
    Gazetteer,
    InMemoryGazetteer,
    Region,
    RegionCode,
    RegionLevel,
    regency_display_name,
    sample_gazetteer,
)
from kampungkb.testing.strategies import region_codes, region_names, regions


def _unique_regions() -> st.SearchStrategy[list[Region]]:
    return st.lists(regions(), max_size=12, unique_by=lambda region: region.code)


def _errors(caught: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(item.path, item.code) for item in caught.value.errors]


# -- building and querying ---------------------------------------------------


@given(_unique_regions())
def test_every_listed_region_is_found_by_code_and_by_name(listed: list[Region]) -> None:
    """A gazetteer names each region it was given, and search by that exact name finds it first among equals."""
    gazetteer = InMemoryGazetteer(listed)
    assert len(gazetteer) == len(listed)
    for region in listed:
        assert gazetteer.name(region.code) == region.name
        assert gazetteer.region(region.code.compact) == region
        assert region.code in gazetteer
        assert region in gazetteer.search(region.name)


@st.composite
def _regions_with_their_ancestors(draw: st.DrawFn) -> list[Region]:
    """Regions listed with some of their ancestors, in any order, so that most have children listed."""
    codes = draw(st.lists(region_codes(), max_size=6))
    every = sorted({ancestor for code in codes for ancestor in (*code.ancestors(), code)})
    kept = draw(st.lists(st.sampled_from(every), unique=True, min_size=len(every) // 2)) if every else []
    return [Region(code, draw(region_names())) for code in kept]


@given(_regions_with_their_ancestors())
def test_children_are_the_listed_regions_one_level_down(listed: list[Region]) -> None:
    """children(c) is exactly the listed regions whose parent is c, in code order."""
    gazetteer = InMemoryGazetteer(listed)
    for region in listed:
        expected = sorted((r for r in listed if r.code.parent == region.code), key=lambda r: r.code)
        assert list(gazetteer.children(region.code)) == expected


@given(_unique_regions())
def test_a_gazetteer_round_trips_through_json(listed: list[Region]) -> None:
    """Regions written as a JSON array load back into the same gazetteer."""
    text = json.dumps(to_dict(tuple(listed)), ensure_ascii=False)
    assert list(InMemoryGazetteer.from_json(io.StringIO(text))) == list(InMemoryGazetteer(listed))


@given(_unique_regions())
def test_a_gazetteer_round_trips_through_csv(listed: list[Region]) -> None:
    """Regions written as CSV (compact codes) load back into the same gazetteer."""
    buffer = io.StringIO()
    import csv

    writer = csv.writer(buffer)
    writer.writerow(["code", "name"])
    writer.writerows((region.code.compact, region.name) for region in listed)
    assert list(InMemoryGazetteer.from_csv(io.StringIO(buffer.getvalue()))) == list(InMemoryGazetteer(listed))


def test_a_csv_file_on_disk_loads_with_a_byte_order_mark(tmp_path: Path) -> None:
    """A spreadsheet's UTF-8 CSV (with BOM, CRLF, columns in any order) loads from a path."""
    path = tmp_path / "wilayah.csv"
    path.write_bytes("\ufeffname,code\r\nKota Pasuruan,3575\r\nTapa'an,35.75.03.1003\r\n".encode())
    gazetteer = InMemoryGazetteer.from_csv(path)
    assert gazetteer.name("35.75.03.1003") == "Tapa'an"
    assert InMemoryGazetteer.from_csv(str(path)).name("3575") == "Kota Pasuruan"


def test_the_shipped_sample_file_loads_as_a_user_json_file() -> None:
    """kampungkb's own data file (object with _source and regions) is a valid gazetteer file."""
    from importlib import resources

    text = resources.files("kampungkb").joinpath("data", "regions", "kota_pasuruan.json").read_text(encoding="utf-8")
    gazetteer = InMemoryGazetteer.from_json(io.StringIO(text))
    assert len(gazetteer) == 1 + 4 + 34
    assert all(region in sample_gazetteer() for region in (r.code for r in gazetteer))


def test_search_ignores_case_apostrophes_and_spacing_and_puts_exact_matches_first() -> None:
    """'tapaan', 'TAPA’AN' and ' tapa'an ' find Tapa'an; 'bugul kidul' finds the kecamatan and the kelurahan."""
    gazetteer = sample_gazetteer()
    for query in ("tapaan", "TAPA’AN", "  tapa'an "):
        assert [r.name for r in gazetteer.search(query)] == ["Tapa'an"]
    assert [str(r.code) for r in gazetteer.search("bugul kidul")] == ["35.75.03", "35.75.03.1009"]
    assert [str(r.code) for r in gazetteer.search("Bugul")] == ["35.75.03", "35.75.03.1009", "35.75.04.1010"]


def test_search_narrows_by_level_and_by_region() -> None:
    """level= and within= keep only regions at that level or inside that code."""
    gazetteer = sample_gazetteer()
    assert [r.name for r in gazetteer.search("rejo", level=RegionLevel.DISTRICT)] == [
        "Gadingrejo",
        "Purworejo",
        "Panggungrejo",
    ]
    inside = gazetteer.search("rejo", within="35.75.02")
    assert [r.name for r in inside] == ["Purworejo", "Tembokrejo", "Purutrejo", "Purworejo"]
    assert gazetteer.search("Jawa", level=RegionLevel.PROVINCE)[0].name == "Jawa Barat"


@pytest.mark.parametrize(("query", "code"), [("", "constraint"), ("  ", "constraint"), (None, "type"), (3, "type")])
def test_search_rejects_an_empty_or_non_text_query(query: object, code: str) -> None:
    """Searching for nothing is an error, not everything."""
    with pytest.raises(ValidationError) as caught:
        sample_gazetteer().search(query)  # type: ignore[arg-type]
    assert _errors(caught) == [("$", code)]


@pytest.mark.parametrize(("code", "error"), [("35.70", "component"), (3575, "type"), (None, "type")])
def test_lookups_reject_bad_codes(code: object, error: str) -> None:
    """name(), region() and children() raise the code's own errors for bad codes."""
    gazetteer = sample_gazetteer()
    for lookup in (gazetteer.name, gazetteer.region, gazetteer.children):
        with pytest.raises(ValidationError) as caught:
            lookup(code)  # type: ignore[arg-type]
        assert _errors(caught) == [("$", error)]


def test_membership_never_raises() -> None:
    """`in` answers False for junk instead of raising."""
    gazetteer = sample_gazetteer()
    assert "35.75" in gazetteer
    assert RegionCode("35") in gazetteer
    assert "35.70" not in gazetteer
    assert None not in gazetteer
    assert 3575 not in gazetteer


def test_the_in_memory_gazetteer_satisfies_the_protocol() -> None:
    """InMemoryGazetteer is a Gazetteer; so is any object with the three methods."""

    class Empty:
        def name(self, code: RegionCode) -> str | None:
            return None

        def children(self, code: RegionCode) -> tuple[Region, ...]:
            return ()

        def search(
            self, query: str, *, level: RegionLevel | None = None, within: RegionCode | None = None
        ) -> tuple[Region, ...]:
            return ()

    assert isinstance(sample_gazetteer(), Gazetteer)
    assert isinstance(Empty(), Gazetteer)
    with pytest.raises(ValidationError) as caught:
        regency_display_name("35.75", Empty())
    assert _errors(caught) == [("$", "invalid_value")]


# -- bad gazetteer input -----------------------------------------------------


def test_a_code_listed_twice_is_rejected_at_its_second_row() -> None:
    """Duplicate codes are an invariant error at the repeated row."""
    rows = [Region(RegionCode("35.75"), "Kota Pasuruan"), Region(RegionCode("3575"), "Pasuruan")]
    with pytest.raises(ValidationError) as caught:
        InMemoryGazetteer(rows)
    assert _errors(caught) == [("$[1].code", "invariant")]


def test_non_regions_are_type_errors_at_their_index() -> None:
    """Anything but a Region in the list is a located type error; a non-iterable is a type error."""
    with pytest.raises(ValidationError) as caught:
        InMemoryGazetteer([Region(RegionCode("35"), "Jawa Timur"), ("35.75", "Kota Pasuruan")])  # type: ignore[list-item]
    assert _errors(caught) == [("$[1]", "type")]
    for junk in (None, 3, "35.75"):
        with pytest.raises(ValidationError) as caught:
            InMemoryGazetteer(junk)  # type: ignore[arg-type]
        assert _errors(caught) == [("$", "type")]


CSV_CASES = [
    ("code,name\n35.75.01.100,Karangketug\n", [("$[0].code", "length")]),
    ("code,name\n35.70,X\n3575,\n", [("$[0].code", "component"), ("$[1].name", "constraint")]),
    ("code,name\n3575, Kota Pasuruan\n", [("$[0].name", "constraint")]),
    ("code,name\n3575,Kota Pasuruan,extra\n", [("$[0]", "invalid_value")]),
    ("kode,nama\n3575,Kota Pasuruan\n", [("$", "missing"), ("$", "missing"), ("$", "extra_key"), ("$", "extra_key")]),
    ("code,name,note\n3575,Kota Pasuruan,x\n", [("$", "extra_key")]),
    ("", [("$", "missing")]),
    ('code,name\n3575,"unterminated\n', [("$[0].name", "constraint")]),
]


@pytest.mark.parametrize(("text", "expected"), CSV_CASES)
def test_bad_csv_is_rejected_with_located_errors(text: str, expected: list[tuple[str, str]]) -> None:
    """Every problem in a CSV file is reported with its data row and field."""
    with pytest.raises(ValidationError) as caught:
        InMemoryGazetteer.from_csv(io.StringIO(text))
    assert _errors(caught) == expected


JSON_CASES = [
    ('[{"code": "35.70", "name": "X"}]', [("$[0].code", "component")]),
    ('[{"code": 3575, "name": "X"}]', [("$[0].code", "type")]),
    ('{"regions": [{"code": "3575"}]}', [("$.regions[0].name", "missing")]),
    ('{"wilayah": []}', [("$.wilayah", "extra_key"), ("$.regions", "missing")]),
    ('"35.75"', [("$", "type")]),
    ("[", [("$", "json")]),
]


@pytest.mark.parametrize(("text", "expected"), JSON_CASES)
def test_bad_json_is_rejected_with_located_errors(text: str, expected: list[tuple[str, str]]) -> None:
    """Every problem in a JSON gazetteer file is reported with its path."""
    with pytest.raises(ValidationError) as caught:
        InMemoryGazetteer.from_json(io.StringIO(text))
    assert _errors(caught) == expected


def test_a_file_that_is_not_utf8_is_rejected(tmp_path: Path) -> None:
    """Latin-1 bytes in a file are a located error, not a UnicodeDecodeError."""
    path = tmp_path / "wilayah.csv"
    path.write_bytes(b"code,name\n3575,Pasuruan \xe9\n")
    with pytest.raises(ValidationError) as caught:
        InMemoryGazetteer.from_csv(path)
    assert _errors(caught) == [("$", "invalid_value")]


@pytest.mark.parametrize("source", [None, 3, b"code,name\n", io.BytesIO(b"code,name\n")])
def test_sources_that_are_neither_paths_nor_text_files_are_type_errors(source: object) -> None:
    """A loader given bytes or a number says what it expected."""
    with pytest.raises(ValidationError) as caught:
        InMemoryGazetteer.from_csv(source)  # type: ignore[arg-type]
    assert _errors(caught) == [("$", "type")]


# -- the display name of a regency --------------------------------------------


@pytest.mark.parametrize(
    ("code", "listed", "expected"),
    [
        ("35.75", "Kota Pasuruan", "Kota Pasuruan"),
        ("35.75", "Pasuruan", "Kota Pasuruan"),
        ("35.75", "KOTA PASURUAN", "KOTA PASURUAN"),
        ("35.14", "Pasuruan", "Kabupaten Pasuruan"),
        ("35.14", "Kabupaten Pasuruan", "Kabupaten Pasuruan"),
        ("35.14", "Kab. Pasuruan", "Kabupaten Pasuruan"),
        ("35.14", "Kab Pasuruan", "Kabupaten Pasuruan"),
        ("35.14.01", "Pasuruan", "Kabupaten Pasuruan"),
        ("35.79", "Batu", "Kota Batu"),
    ],
)
def test_regency_display_names_carry_kota_or_kabupaten(code: str, listed: str, expected: str) -> None:
    """The gazetteer's spelling is kept, with Kota/Kabupaten from the code's digits and Kab. written out."""
    regency = RegionCode(code).ancestors()[1] if len(RegionCode(code).compact) > 4 else RegionCode(code)
    gazetteer = InMemoryGazetteer([Region(regency, listed)])
    assert regency_display_name(code, gazetteer) == expected


@pytest.mark.parametrize(
    ("code", "listed", "error"),
    [
        ("35", None, "invalid_value"),
        ("35.14", None, "invalid_value"),
        ("35.14", "Kota Pasuruan", "invariant"),
        ("35.75", "Kabupaten Pasuruan", "invariant"),
        ("35.70", None, "component"),
        (3575, None, "type"),
    ],
)
def test_regency_display_name_refuses_to_guess(code: object, listed: str | None, error: str) -> None:
    """A province, an unlisted regency or a name that contradicts the code's digits is an error."""
    rows = [] if listed is None else [Region(RegionCode(str(code)), listed)]
    with pytest.raises(ValidationError) as caught:
        regency_display_name(code, InMemoryGazetteer(rows))  # type: ignore[arg-type]
    assert _errors(caught) == [("$", error)]


@given(region_codes(level=RegionLevel.REGENCY))
def test_every_regency_display_name_starts_with_its_kind(regency: RegionCode) -> None:
    """Whatever the code, the display name starts with Kota for a kota and Kabupaten for a kabupaten."""
    name = regency_display_name(regency, InMemoryGazetteer([Region(regency, "Contoh")]))
    assert name == ("Kota Contoh" if int(regency.compact[2:4]) >= 71 else "Kabupaten Contoh")


@pytest.mark.parametrize("junk", [{"35.75": "Kota Pasuruan"}, "Kota Pasuruan", 3])
def test_regency_display_name_needs_a_gazetteer(junk: object) -> None:
    """Anything that is not a gazetteer is a type error, not an AttributeError."""
    with pytest.raises(ValidationError) as caught:
        regency_display_name("35.75", junk)  # type: ignore[arg-type]
    assert _errors(caught) == [("$", "type")]
