"""The national gazetteer (issue 20): the packed data, lookup, search, editions, codes as written, record checks."""

from __future__ import annotations

import datetime as _dt
import json
import lzma
import subprocess
import sys
from importlib import resources
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kampungkb.dates import PartialDate
from kampungkb.errors import ValidationError
from kampungkb.examples import pasuruan_city_workshop_2020
from kampungkb.kampung import KampungKB
from kampungkb.people import Official, Organization, OrganizationKind
from kampungkb.regions import (
    Location,
    RegionCode,
    RegionLevel,
    check_places,
    crosswalk,
    edition_in_force,
    editions,
    national_gazetteer,
    read_code,
    read_code_parts,
)
from kampungkb.regions._names import name_words
from kampungkb.regions._national import packed_header
from kampungkb.testing.strategies import listed_region_codes

SOURCE = Path("/work/shared/data/wilayah")
SRC = Path(__file__).resolve().parent.parent / "src"

#: The README's table of the source folder: rows per level (provinsi, kab/kota, kecamatan, desa/kelurahan).
README_COUNTS = {
    "2025": (38, 514, 7285, 83762),
    "2023": (37, 514, 7277, 83763),
    "2022": (34, 514, 7266, 83467),
    "2020": (34, 514, 7230, 83449),
    "2018": (34, 514, 7187, 83085),
}


# ---------------------------------------------------------------------------
# The packed data


@pytest.mark.skipif(not SOURCE.is_dir(), reason="the source folder /work/shared/data/wilayah is not on this machine")
def test_the_committed_data_is_what_the_generator_writes() -> None:
    """The packed files are generated, never edited: regenerating from the source gives the same bytes."""
    from kampungkb.regions import _build

    for name, data in _build.build(SOURCE).items():
        assert (_build.TARGET / name).read_bytes() == data, f"{name} is stale: run python -m kampungkb.regions._build"


@pytest.mark.parametrize("edition", sorted(README_COUNTS))
def test_row_counts_per_level_equal_the_readme_table(edition: str) -> None:
    """Each edition, as shipped, has as many codes per level as the source's README says."""
    gazetteer = national_gazetteer(edition)
    counts = tuple(len(gazetteer.codes(level)) for level in RegionLevel)
    assert counts == README_COUNTS[edition]
    header = next(e for e in editions() if e["edition"] == edition)
    levels = ("provinsi", "kabupaten_kota", "kecamatan", "desa_kelurahan")
    assert tuple(header["counts"][level] for level in levels) == README_COUNTS[edition]


@pytest.mark.parametrize("edition", sorted(README_COUNTS))
def test_every_code_is_valid_named_and_under_a_listed_parent(edition: str) -> None:
    """Every code parses, has a one-line name without spaces at the ends, and its parent is listed too.

    Except, as found in the source, 110 villages of the 2018 edition whose 13 districts it does not list.
    """
    gazetteer = national_gazetteer(edition)
    orphans = set()
    for region in gazetteer:
        name = gazetteer.name(region.code)
        assert name
        assert name == name.strip()
        assert "\n" not in name
        parent = region.code.parent
        if parent is not None and parent not in gazetteer:
            orphans.add(parent)
            assert [p.code for p in gazetteer.parents(region.code)] == [
                code for code in region.code.ancestors() if code in gazetteer
            ]
    assert len(orphans) == (13 if edition == "2018" else 0)


def test_every_2025_code_resolves_to_its_name_and_level() -> None:
    """Every code of the current edition, read from its compact digits, gives its name, level and kind."""
    gazetteer = national_gazetteer()
    kinds = {"provinsi", "kota", "kabupaten", "kecamatan", "kelurahan", "desa", "desa adat"}
    for region in gazetteer:
        code = RegionCode(region.code.compact)
        assert gazetteer.name(code) == region.name
        assert gazetteer.level(code) is code.level
        assert gazetteer.kind(code) in kinds
    assert gazetteer.kind("35.75") == "kota"
    assert gazetteer.kind("35.14") == "kabupaten"


def test_the_header_carries_the_licence_sources_and_the_open_conflict() -> None:
    """The data's header names the data set and commit, holds the MIT licence text and keeps the conflict visible."""
    header = packed_header()
    assert header["commit"] == "b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7"
    assert "Permission is hereby granted" in header["licence_text"]
    assert "Cahya" in header["licence_text"]
    assert "300.2.2-2138" in header["conflict"]
    assert "300.2.2-2430" in header["conflict"]
    assert "Unresolved" in header["conflict"]
    assert header["confidence"].startswith("CORROBORATED")
    licence = resources.files("kampungkb").joinpath("data", "regions", "LICENSE.cahyadsn-wilayah").read_text("utf-8")
    assert licence == header["licence_text"]
    raw = resources.files("kampungkb").joinpath("data", "regions", "wilayah.xz").read_bytes()
    assert json.loads(lzma.decompress(raw).decode("utf-8").partition("\n")[0])["_source"] == header


def test_importing_loads_no_region_data() -> None:
    """Importing kampungkb and every area reads no packed data and imports no decompressor."""
    script = (
        "import sys\nimport kampungkb, kampungkb.regions, kampungkb.people, kampungkb.kampung, kampungkb.events\n"
        "from kampungkb.regions import _national\n"
        "print(len(_national._built))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["0"]


# ---------------------------------------------------------------------------
# Lookup and search


def test_children_parents_and_within() -> None:
    """Children in code order, the parent chain province first, and is_within over listed codes."""
    gazetteer = national_gazetteer()
    assert [str(r.code) for r in gazetteer.children("35.75")] == ["35.75.01", "35.75.02", "35.75.03", "35.75.04"]
    assert [r.name for r in gazetteer.parents("35.75.04.1001")][:2] == ["Jawa Timur", "Kota Pasuruan"]
    assert gazetteer.is_within("35.75.04.1001", "35")
    with pytest.raises(ValidationError, match="not a region code in the 2025 edition"):
        gazetteer.is_within("35.57", "35")


def _regency_spellings() -> list[tuple[str, str]]:
    gazetteer = national_gazetteer()
    cases = []
    for code in gazetteer.codes(RegionLevel.REGENCY):
        name = gazetteer.name(code)
        assert name is not None
        bare = name.split(" ", 1)[1].removeprefix("Administrasi ")
        short = ("Kota " if code.is_city else "Kab. ") + bare
        cases.extend([(name.upper(), str(code)), (short, str(code)), (bare.replace(" ", ""), str(code))])
        cases.append((bare.lower().replace(" ", "-"), str(code)))
    return cases


def test_every_regency_is_found_in_capitals_with_its_prefix_and_with_its_spacing_changed() -> None:
    """Each of the 514 regencies is found by its name in capitals, with "Kab."/"Kota", run together, hyphened."""
    gazetteer = national_gazetteer()
    missing = [
        (query, code)
        for query, code in _regency_spellings()
        if code not in [str(region.code) for region in gazetteer.search(query)]
    ]
    assert missing == []


def test_a_prefixed_regency_name_is_the_one_answer_when_it_is_unique() -> None:
    """ "Kota X" narrows to kota: Kota Pasuruan is not Kabupaten Pasuruan."""
    gazetteer = national_gazetteer()
    assert [str(r.code) for r in gazetteer.search("KOTA PASURUAN")] == ["35.75"]
    assert [str(r.code) for r in gazetteer.search("Kab. Pasuruan")] == ["35.14"]
    assert [str(r.code) for r in gazetteer.search("Kab. Lima Puluh Kota")] == ["13.07"]


PLACES: list[tuple[str, dict[str, object], str]] = [
    # provinces with and without Provinsi/Prov., their short forms, any case
    ("Jawa Timur", {}, "35"),
    ("Provinsi Jawa Timur", {}, "35"),
    ("PROV. JAWA TIMUR", {}, "35"),
    ("prov jatim", {}, "35"),
    ("Jatim", {}, "35"),
    ("JABAR", {}, "32"),
    ("Prov. Jabar", {}, "32"),
    ("Jateng", {}, "33"),
    ("DIY", {}, "34"),
    ("D.I. Yogyakarta", {}, "34"),
    ("Kaltim", {}, "64"),
    ("Kaltara", {}, "65"),
    ("Sulsel", {}, "73"),
    ("sultra", {}, "74"),
    ("NTT", {}, "53"),
    ("N.T.B.", {}, "52"),
    ("Babel", {}, "19"),
    ("Kepri", {}, "21"),
    ("DKI Jakarta", {}, "31"),
    ("Papua Barat Daya", {}, "96"),
    ("Provinsi Papua Pegunungan", {}, "95"),
    # regencies and cities, written as records write them
    ("Kabupaten Lima Puluh Kota", {}, "13.07"),
    ("limapuluh kota", {"level": RegionLevel.REGENCY}, "13.07"),
    ("Kab Limapuluh Kota", {}, "13.07"),
    ("KOTA PASURUAN", {}, "35.75"),
    ("kota pasuruan", {}, "35.75"),
    ("Kab. Pasuruan", {}, "35.14"),
    ("KAB. PASURUAN", {}, "35.14"),
    ("Kota Adm. Jakarta Utara", {}, "31.72"),
    ("Kota Administrasi Jakarta Selatan", {}, "31.74"),
    ("Kab. Tulang Bawang Barat", {}, "18.12"),
    ("Kabupaten Toli-Toli", {}, "72.04"),
    ("kab. tolitoli", {}, "72.04"),
    ("Kotamadya Surabaya", {}, "35.78"),
    ("Kodya Probolinggo", {}, "35.74"),
    ("Kota Baubau", {}, "74.72"),
    ("Kota Bau-Bau", {}, "74.72"),
    # districts and villages, narrowed by a parent
    ("Kec. Gadingrejo", {"within": "35"}, "35.75.01"),
    ("Kecamatan Gading Rejo", {"within": "18"}, "18.10.02"),
    ("Purworejo", {"level": RegionLevel.DISTRICT, "within": "35.75"}, "35.75.02"),
    ("Purworejo", {"level": RegionLevel.REGENCY}, "33.06"),
    ("Kel. Karangketug", {}, "35.75.01.1001"),
    ("Tapa'an", {"within": "35.75"}, "35.75.03.1003"),
    ("TAPAAN", {"within": "35.75"}, "35.75.03.1003"),
]


@pytest.mark.parametrize(("query", "narrow", "code"), PLACES)
def test_place_names_as_records_write_them(query: str, narrow: dict[str, object], code: str) -> None:
    """Each real-style spelling finds its region first."""
    found = national_gazetteer().search(query, **narrow)  # type: ignore[arg-type]
    assert found, query
    assert str(found[0].code) == code


def test_an_ambiguous_name_returns_every_candidate_ranked() -> None:
    """ "Purworejo" is a regency, districts and villages: all come back, higher levels first, never one guessed."""
    found = national_gazetteer().search("Purworejo")
    assert len(found) > 10
    levels = [len(region.code.compact) for region in found]
    assert levels == sorted(levels)
    assert str(found[0].code) == "33.06"


def test_a_blank_or_non_text_query_is_refused() -> None:
    """Search needs a name: blank text and non-strings are refused with a located error."""
    with pytest.raises(ValidationError, match="expected a name to search for"):
        national_gazetteer().search(" - ")
    with pytest.raises(ValidationError, match="found an integer"):
        national_gazetteer().search(35)  # type: ignore[arg-type]


@given(st.text(max_size=40))
@settings(max_examples=60, deadline=None)
def test_search_never_raises_anything_but_validation_error(query: str) -> None:
    """Any text gives a tuple of regions or a ValidationError (blank), nothing else."""
    try:
        found = national_gazetteer().search(query)
    except ValidationError:
        assert not name_words(query)
    else:
        assert isinstance(found, tuple)


@given(listed_region_codes(level=RegionLevel.REGENCY))
@settings(max_examples=30, deadline=None)
def test_a_listed_regency_is_found_by_its_own_name(code: RegionCode) -> None:
    """Search by a listed regency's name finds it (the strategy draws real codes)."""
    gazetteer = national_gazetteer()
    name = gazetteer.name(code)
    assert name is not None
    assert code in [region.code for region in gazetteer.search(name)]


# ---------------------------------------------------------------------------
# Editions


@pytest.mark.parametrize(
    ("day", "edition"),
    [
        (_dt.date(2016, 1, 14), "2018"),
        (_dt.date(2019, 12, 31), "2018"),
        (_dt.date(2020, 9, 22), "2020"),
        (_dt.date(2022, 6, 1), "2022"),
        (_dt.date(2024, 2, 1), "2023"),
        (_dt.date(2025, 11, 12), "2025"),
        (None, "2025"),
    ],
)
def test_the_edition_in_force_at_a_date(day: _dt.date | None, edition: str) -> None:
    """The newest edition whose year is not after the date's (INFERRED); the oldest before 2018."""
    assert edition_in_force(day) == edition


def test_an_older_edition_has_its_own_names_and_codes() -> None:
    """2020 writes names in capitals and lists Papua Barat's Sorong as 92.01; 2025 lists it as 96.01."""
    old = national_gazetteer("2020")
    assert old.name("35.75") == "KOTA PASURUAN"
    assert old.name("92.01") == "KAB. SORONG"
    assert "96" not in old
    assert national_gazetteer(2025).name("96.01") == "Kabupaten Sorong"


def test_the_crosswalk_follows_papuas_new_provinces_with_both_codes() -> None:
    """Regencies that moved to the 2022 provinces map from old to new code, INFERRED, with the rule used."""
    changes = {str(c.old_code): c for c in crosswalk("2020")}
    nabire = changes["91.04"]
    assert str(nabire.new_code) == "94.01"
    assert nabire.confidence == "INFERRED"
    assert "same name" in nabire.rule
    assert str(changes["92.01"].new_code) == "96.01"
    assert str(changes["92.01.01"].new_code).startswith("96.01.")


def test_the_crosswalk_refuses_a_newer_old_edition() -> None:
    """The old edition must be older than the new one."""
    with pytest.raises(ValidationError, match="expected an older edition"):
        crosswalk(2025, 2023)


# ---------------------------------------------------------------------------
# Codes as systems write them


@pytest.mark.parametrize(
    ("written", "code", "corrected"),
    [
        ("35.75.01.1001", "35.75.01.1001", False),
        ("3575011001", "35.75.01.1001", False),
        (" 3575 ", "35.75", False),
        (3575011001, "35.75.01.1001", True),
        ("357511001", "35.75.01.1001", True),
        ("35.75.1.1001", "35.75.01.1001", True),
        ("35.5", "35.05", True),
        ("1371", "13.71", False),
    ],
)
def test_read_code_restores_lost_zeros_and_says_so(written: str | int, code: str, corrected: bool) -> None:
    """A lost leading zero is restored only when one listed code fits, and the reading says it was."""
    reading = read_code(written)
    assert str(reading.code) == code
    assert bool(reading.corrections) is corrected


@pytest.mark.parametrize(
    ("written", "says"),
    [
        ("35.1", "ambiguous: 35.01 (Kabupaten Pacitan) or 35.10"),
        ("3575010", "BPS layout of a kecamatan"),
        ("3575010001", "BPS layout (PP KK CCC DDD"),
        ("35.57", "did you mean 35.75 (Kota Pasuruan)"),
        ("35.99", "35.99 is not a region code in the 2025 edition"),
        ("35.70", "neither a kabupaten"),
        (True, "region code"),
    ],
)
def test_read_code_refuses_with_the_difference_named(written: str, says: str) -> None:
    """Ambiguous, BPS-style and unlisted codes are refused, saying why."""
    with pytest.raises(ValidationError) as caught:
        read_code(written)
    assert says in str(caught.value)


def test_read_code_parts_as_the_portal_stores_them() -> None:
    """provinsi_id, kabupaten_id, kecamatan_id, desa_id: each lies in the one above; errors name the part."""
    reading = read_code_parts(provinsi_id="35", kabupaten_id="3575", kecamatan_id="357501", desa_id="3575011001")
    assert str(reading.code) == "35.75.01.1001"
    assert reading.corrections == ()
    with pytest.raises(ValidationError) as caught:
        read_code_parts(provinsi_id="35", kabupaten_id="3575", kecamatan_id="357601")
    assert [e.path for e in caught.value.errors] == ["$.kecamatan_id"]
    with pytest.raises(ValidationError) as caught:
        read_code_parts(kecamatan_id="357501")
    assert {e.path for e in caught.value.errors} == {"$.provinsi_id", "$.kabupaten_id"}


# ---------------------------------------------------------------------------
# Records checked against the gazetteer


def test_the_seed_workshop_validates_against_the_2020_edition() -> None:
    """The 2020 Kota Pasuruan workshop is checked against the 2020 edition and has neither errors nor notes."""
    check = check_places(pasuruan_city_workshop_2020())
    assert check.edition == "2020"
    assert check.errors == ()
    assert check.notes == ()


@pytest.mark.parametrize(
    ("host", "path", "says"),
    [
        ("35.57", "$.host_region", "did you mean 35.75 (KOTA PASURUAN)"),
        ("35.99", "$.host_region", "35.99 is not a region code in the 2020 edition"),
        ("35.14", "$.organizer.region", "outside the host region 35.14 (KAB. PASURUAN)"),
    ],
)
def test_the_issues_wrong_host_regions_are_refused_with_located_messages(host: str, path: str, says: str) -> None:
    """Digits swapped, a city that does not exist, the kabupaten for the kota: each an error at its path."""
    workshop = attrs.evolve(pasuruan_city_workshop_2020(), host_region=RegionCode(host))
    check = check_places(workshop)
    assert not check.ok
    assert any(item.path == path and says in item.message for item in check.errors), check.errors
    with pytest.raises(ValidationError):
        check.raise_for_errors()


def test_a_name_that_states_a_region_must_match_its_code() -> None:
    """ "DP3AKB Kota Pasuruan" carrying 35.14 is an error at its region."""
    office = Organization(
        name="DP3AKB Kota Pasuruan", kind=OrganizationKind.REGIONAL_AGENCY, region=RegionCode("35.14")
    )
    (item,) = check_places(office).errors
    assert item.path == "$.region"
    assert "Kota Pasuruan (35.75)" in item.message
    right = Organization(name="DP3AKB Kota Pasuruan", kind=OrganizationKind.REGIONAL_AGENCY, region=RegionCode("35.75"))
    assert check_places(right).ok


def test_an_officials_jurisdiction_must_be_the_regions_name() -> None:
    """A Wali Kota of "Probolinggo" carrying Kota Pasuruan's code is an error at the jurisdiction."""
    mayor = Official.parse("Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST")
    assert check_places(mayor).ok
    wrong = attrs.evolve(mayor, jurisdiction="Probolinggo")
    (item,) = check_places(wrong).errors
    assert item.path == "$.jurisdiction"


def test_a_kampungs_location_is_checked_in_the_edition_of_its_launch() -> None:
    """A Kampung KB in an unlisted village is an error at location.code, against its launch year's edition."""
    kampung = KampungKB(
        name="Melati", location=Location(code=RegionCode("35.75.01.1099")), launch_date=PartialDate(2017, 9, 27)
    )
    check = check_places(kampung)
    assert check.edition == "2018"
    (item,) = check.errors
    assert item.path == "$.location.code"
    assert "2018 edition" in item.message


def test_a_code_of_another_edition_is_a_note_with_both_codes() -> None:
    """A 2020 record in Sorong (92.01) is fine in 2020; the note gives the 2025 code 96.01."""
    kampung = KampungKB(
        name="Melati", location=Location(code=RegionCode("92.01.01.1001")), launch_date=PartialDate(2020, 5, 1)
    )
    check = check_places(kampung)
    assert check.edition == "2020"
    assert check.ok
    (note,) = check.notes
    assert note.path == "$.location.code"
    assert "96.01.01" in note.message
    assert "INFERRED" in note.message
    later = check_places(kampung, edition=2025)
    (item,) = later.notes
    assert later.ok
    assert "2023, 2022, 2020, 2018 editions list it" in item.message


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("bugulkidul", "35.75.03"),
        ("Kec. Bugul-Kidul", "35.75.03"),
        ("KOTA PASURUAN", "35.75"),
        ("Kel. Tapa'an", "35.75.03.1003"),
        ("panggung rejo", "35.75.04"),
    ],
)
def test_every_gazetteer_searches_by_the_same_rules(query: str, code: str) -> None:
    """The sample (an InMemoryGazetteer) matches spacing, hyphens and level words as the national one does."""
    from kampungkb.regions import sample_gazetteer

    assert str(sample_gazetteer().search(query)[0].code) == code
    assert str(national_gazetteer().search(query, within="35.75")[0].code) == code


def test_an_organizer_named_for_the_city_but_coded_as_the_kabupaten_is_refused_in_the_event() -> None:
    """Inside an event, "DP3AKB Kota Pasuruan" with 35.14 is an error at $.organizer.region, naming both."""
    workshop = pasuruan_city_workshop_2020()
    assert workshop.organizer is not None
    organizer = attrs.evolve(workshop.organizer, region=RegionCode("35.14"))
    check = check_places(attrs.evolve(workshop, organizer=organizer))
    said = [item.message for item in check.errors if item.path == "$.organizer.region"]
    assert any("the name says Kota Pasuruan (35.75)" in message for message in said), check.errors
