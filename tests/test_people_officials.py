"""Officials and Pokja members: reading "position, place, name", the rules tying them, round trips."""

from __future__ import annotations

from typing import Any, NamedTuple

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.dates import PartialDate
from kampungkb.errors import ValidationError
from kampungkb.kampung import FamilyFunction, PokjaMember, PokjaPosition
from kampungkb.people import (
    ActingForm,
    Honorific,
    Official,
    Organization,
    OrganizationKind,
    PersonName,
    Position,
    PositionGroup,
    WorkLevel,
)
from kampungkb.regions import InMemoryGazetteer, Region, RegionCode
from kampungkb.testing.strategies import officials, pokja_members

DP3AKB_PASURUAN = "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan"


def test_the_seed_mayor_is_read_with_his_city() -> None:
    """ "Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST": a mayor of Kota Pasuruan (35.75) and his name."""
    mayor = Official.parse("Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST")
    assert mayor.position is Position.MAYOR
    assert (mayor.jurisdiction, mayor.region) == ("Pasuruan", RegionCode("35.75"))
    assert mayor.name == PersonName(
        "Raharto Teno Prasetyo",
        honorific=Honorific.BAPAK,
        degrees_after=("S.T.",),
        original="Bapak Raharto Teno Prasetyo, ST",
    )
    assert mayor.organization is None


def test_the_seed_agency_head_is_read_with_her_agency() -> None:
    """ "Kepala Dinas DP3AKB Kota Pasuruan Ibu Njoman Swasti, S.STP, MM": the head of DP3AKB Kota Pasuruan."""
    head = Official.parse("Kepala Dinas DP3AKB Kota Pasuruan Ibu Njoman Swasti, S.STP, MM")
    assert head.position is Position.HEAD_OF_AGENCY
    assert head.organization == Organization.from_acronym("DP3AKB", region="35.75")
    assert head.name.formal() == "Ibu Njoman Swasti, S.STP., M.M."
    assert str(head) == f"Kepala {DP3AKB_PASURUAN} Ibu Njoman Swasti, S.STP., M.M."


class Written(NamedTuple):
    """An official as a source wrote it, and the parts it must give."""

    text: str
    acting: str | None
    position: str
    organization: str | None
    jurisdiction: str | None
    region: str | None
    name: str


OFFICIAL_TEXTS = [
    Written(*row)
    for row in [
        (
            "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana (DP3AKB) Kota Pasuruan "
            "Ibu Njoman Swasti, S.STP, MM",
            None,
            "head_of_agency",
            DP3AKB_PASURUAN,
            None,
            None,
            "Njoman Swasti, S.STP., M.M.",
        ),
        (
            "Kepala DP3AKB Kota Pasuruan Njoman Swasti, S.STP, MM",
            None,
            "head_of_agency",
            DP3AKB_PASURUAN,
            None,
            None,
            "Njoman Swasti, S.STP., M.M.",
        ),
        (
            "Pjs Wali Kota Pasuruan Dr. Ardo Sahak SE, MM",
            "temporary_interim",
            "mayor",
            None,
            "Pasuruan",
            "35.75",
            "Dr. Ardo Sahak, S.E., M.M.",
        ),
        ("Pjs Wali Kota Blitar Bapak Jumadi", "temporary_interim", "mayor", None, "Blitar", None, "Jumadi"),
        (
            "Kepala Perwakilan BKKBN Provinsi Jawa Timur Drs. Sukaryo Teguh Santoso, M.Pd.",
            None,
            "head_of_bkkbn_provincial_office",
            None,
            "Jawa Timur",
            "35",
            "Drs. Sukaryo Teguh Santoso, M.Pd.",
        ),
        (
            "Kepala Bapelitbangda Kota Pasuruan Drs. H. Djoko Adri Srijono, M.Si.",
            None,
            "head_of_regional_agency",
            "Badan Perencanaan Pembangunan, Penelitian, dan Pengembangan Daerah Kota Pasuruan",
            None,
            None,
            "Drs. H. Djoko Adri Srijono, M.Si.",
        ),
        (
            "Kepala BKKBN Dr (HC) dr. H. Hasto Wardoyo, Sp. (OG)K",
            None,
            "head_of_bkkbn",
            None,
            None,
            None,
            "Dr. (H.C.) dr. H. Hasto Wardoyo, Sp.OG(K)",
        ),
        ("Plt Kepala BKKBN Sigit Priohutomo", "acting", "head_of_bkkbn", None, None, None, "Sigit Priohutomo"),
        (
            "Wakil Wali Kota Cirebon Dra. Hj. Eti Herawati",
            None,
            "vice_mayor",
            None,
            "Cirebon",
            None,
            "Dra. Hj. Eti Herawati",
        ),
        (
            "Gubernur Jawa Timur Khofifah Indar Parawansa",
            None,
            "governor",
            None,
            "Jawa Timur",
            "35",
            "Khofifah Indar Parawansa",
        ),
        ("Camat Gadingrejo Bapak Budi", None, "district_head", None, "Gadingrejo", "35.75.01", "Budi"),
        ("Lurah Karangketug Ibu Siti", None, "urban_village_head", None, "Karangketug", "35.75.01.1001", "Siti"),
        ("Penyuluh KB Budi Santoso", None, "pkb", None, None, None, "Budi Santoso"),
        ("PPKBK Ibu Siti Aminah", None, "ppkbk", None, None, None, "Siti Aminah"),
        ("Pj Kades Tanjungtirta Bapak Ahmad", "interim", "village_head", None, "Tanjungtirta", None, "Ahmad"),
        (
            "Walikota Pasuruan Drs. H. Saifullah Yusuf",
            None,
            "mayor",
            None,
            "Pasuruan",
            "35.75",
            "Drs. H. Saifullah Yusuf",
        ),
        (
            "Kepala DP3KB Kabupaten Brebes Bapak Y",
            None,
            "head_of_regional_agency",
            "DP3KB Kabupaten Brebes",
            None,
            None,
            "Y",
        ),
    ]
]


@pytest.mark.parametrize("row", OFFICIAL_TEXTS, ids=[row.text[:50] for row in OFFICIAL_TEXTS])
def test_officials_as_written_split_into_their_parts(row: Written) -> None:
    """The acting form, position, agency, place and name are each found where the text puts them."""
    official = Official.parse(row.text)
    assert official.acting is (None if row.acting is None else ActingForm.from_code(row.acting))
    assert official.position is Position.from_code(row.position)
    assert (None if official.organization is None else official.organization.name) == row.organization
    assert official.jurisdiction == row.jurisdiction
    assert official.region == (None if row.region is None else RegionCode.parse(row.region))
    assert str(official.name) == row.name


def test_a_users_gazetteer_resolves_places_the_sample_does_not_know() -> None:
    """With a gazetteer listing Kota Blitar, the Pjs Wali Kota Blitar gets its region code."""
    gazetteer = InMemoryGazetteer([Region(RegionCode("35.72"), "Blitar")])
    official = Official.parse("Pjs Wali Kota Blitar Jumadi", gazetteer=gazetteer)
    assert (official.jurisdiction, official.region) == ("Blitar", RegionCode("35.72"))
    assert str(official.name) == "Jumadi"


def test_letters_address_an_official_by_position() -> None:
    """addressee() gives "Yth." and the position with its place, never the personal name."""
    assert Official.parse("Pjs Wali Kota Pasuruan Dr. Ardo Sahak SE, MM").addressee() == "Yth. Pjs Wali Kota Pasuruan"


BAD_TEXTS: list[tuple[Any, str, str, str]] = [
    ("Camat Gegesik TRI ANGGA, RSSTP., MAP", "$", "invalid_value", "write Bapak or Ibu"),
    ("Kepala DPPPAPPKB Kota Cirebon Suwarso Budi Winarno", "$", "invalid_value", "cannot tell where"),
    ("Terima kasih atas perhatiannya", "$", "invalid_value", "expected a position"),
    ("Wali Kota Pasuruan", "$", "invalid_value", "cannot tell where"),
    ("Wali Kota Pasuruan Bapak", "$.name", "invalid_value", "form of address"),
    ("Penyuluh KB , MM", "$.name", "invalid_value", "no name"),
    ("Penyuluh KB", "$", "invalid_value", "found none"),
    ("Lurah Karangketug\tIbu Siti", "$", "invalid_value", "control characters"),
    ("", "$", "constraint", "expected an official"),
    (None, "$", "type", "found null"),
    (["Wali Kota"], "$", "type", "an array"),
    ("Wali Kota " + "x" * 1000, "$", "constraint", "at most 1000"),
]


@pytest.mark.parametrize(("text", "path", "code", "says"), BAD_TEXTS, ids=[repr(row[0])[:40] for row in BAD_TEXTS])
def test_text_that_cannot_be_read_is_rejected_with_the_reason(text: Any, path: str, code: str, says: str) -> None:
    """Without a form of address or a known place, the split is not guessed; non-strings and junk are rejected."""
    with pytest.raises(ValidationError) as caught:
        Official.parse(text)
    (item,) = caught.value.errors
    assert (item.path, item.code) == (path, code)
    assert says in item.message


NAME = PersonName("Budi")
BROKEN: list[tuple[dict[str, Any], str, str]] = [
    (
        {
            "position": Position.HEAD_OF_AGENCY,
            "organization": Organization.from_acronym("DP3AKB", region="35.75"),
            "jurisdiction": "Pasuruan",
        },
        "$.jurisdiction",
        "already says where",
    ),
    (
        {
            "position": Position.HEAD_OF_AGENCY,
            "organization": Organization.from_acronym("DP3AKB", region="35.75"),
            "region": RegionCode("35.75"),
            "jurisdiction": None,
        },
        "$.region",
        "already says where",
    ),
    ({"position": Position.MAYOR, "region": RegionCode("35.75")}, "$.jurisdiction", "needs the jurisdiction"),
    ({"position": Position.MAYOR, "jurisdiction": "Pasuruan", "region": RegionCode("35.14")}, "$.region", "a kota"),
    (
        {"position": Position.REGENT, "jurisdiction": "Pasuruan", "region": RegionCode("35.75")},
        "$.region",
        "a kabupaten",
    ),
    ({"position": Position.MAYOR, "jurisdiction": "Jawa Timur", "region": RegionCode("35")}, "$.region", "level"),
    (
        {"position": Position.URBAN_VILLAGE_HEAD, "jurisdiction": "X", "region": RegionCode("35.14.01.2001")},
        "$.region",
        "a kelurahan",
    ),
    (
        {"position": Position.VILLAGE_HEAD, "jurisdiction": "X", "region": RegionCode("35.75.01.1001")},
        "$.region",
        "a desa",
    ),
    (
        {"position": Position.HEAD_OF_BKKBN, "jurisdiction": "Jawa Timur", "region": RegionCode("35")},
        "$.region",
        "Nasional",
    ),
    ({"position": Position.PKB, "acting": ActingForm.ACTING}, "$.acting", "field workforce"),
    (
        {"position": Position.MAYOR, "term_start": PartialDate(2021, 2, 26), "term_end": PartialDate(2020)},
        "$.term_end",
        "before it starts",
    ),
    ({"position": "mayor"}, "$.position", "a Position member"),
    ({"position": Position.MAYOR, "jurisdiction": "  Pasuruan"}, "$.jurisdiction", "expected a name or label"),
]


@pytest.mark.parametrize(("fields", "path", "says"), BROKEN, ids=[row[2] for row in BROKEN])
def test_an_official_breaking_a_rule_is_rejected_at_the_field(fields: dict[str, Any], path: str, says: str) -> None:
    """The place is given once; the region fits the position; acting forms are for offices; terms run forward."""
    with pytest.raises(ValidationError) as caught:
        Official(name=NAME, **fields)
    assert any(item.path == path and says in item.message for item in caught.value.errors), caught.value


def test_a_rw_head_may_be_placed_in_the_village_holding_the_rw() -> None:
    """A Ketua RW works below the village, so the village's code is the finest region code there is for it."""
    head = Official(name=NAME, position=Position.RW_HEAD, jurisdiction="RW 05", region=RegionCode("35.75.01.1001"))
    assert head.title == "Ketua RW RW 05"


def test_the_mayor_of_the_seed_round_trips_with_term_dates() -> None:
    """An official with term dates travels through JSON with ISO dates and comes back equal."""
    mayor = Official(
        name=PersonName.parse("Raharto Teno Prasetyo, ST"),
        position=Position.MAYOR,
        jurisdiction="Pasuruan",
        region=RegionCode("35.75"),
        term_start=PartialDate(2020, 9, 21),
        term_end=PartialDate(2021, 2, 17),
    )
    data = to_dict(mayor)
    assert (data["term_start"], data["region"], data["position"]) == ("2020-09-21", "35.75", "mayor")
    assert from_dict(data, Official) == mayor


def test_an_officials_name_may_be_given_in_json_as_written() -> None:
    """The name of an official in JSON may be its written form, read by PersonName.parse."""
    loaded = from_dict({"name": "Ibu Njoman Swasti, S.STP, MM", "position": "head_of_agency"}, Official)
    assert loaded.name.degrees_after == ("S.STP.", "M.M.")


@given(officials())
def test_officials_round_trip_through_dict_and_json(official: Official) -> None:
    """from_dict(to_dict(x)) == x and from_json(to_json(x)) == x."""
    assert from_dict(to_dict(official), Official) == official
    assert from_json(to_json(official), Official) == official


@given(officials())
def test_an_officials_printed_form_ends_with_the_formal_name(official: Official) -> None:
    """str(official) is the title and the formal name (the title alone for an office named without its holder)."""
    expected = official.title if official.name is None else f"{official.title} {official.name.formal()}"
    assert str(official) == expected


# ---------------------------------------------------------------------------
# Pokja members and the vocabularies


@given(pokja_members())
def test_pokja_members_round_trip_through_dict_and_json(member: PokjaMember) -> None:
    """from_dict(to_dict(x)) == x and from_json(to_json(x)) == x."""
    assert from_dict(to_dict(member), PokjaMember) == member
    assert from_json(to_json(member), PokjaMember) == member


def test_a_section_member_needs_a_section() -> None:
    """A seksi member without a family function is rejected at $.section."""
    with pytest.raises(ValidationError) as caught:
        PokjaMember(name=NAME, position=PokjaPosition.SECTION_MEMBER)
    assert [(item.path, item.code) for item in caught.value.errors] == [("$.section", "invariant")]


def test_the_pokja_has_a_section_for_each_of_the_eight_family_functions() -> None:
    """The 8 family functions of PP 87/2014 (Pasal 7) each give a seksi."""
    assert [function.label for function in FamilyFunction] == [
        "Fungsi keagamaan",
        "Fungsi sosial budaya",
        "Fungsi cinta kasih",
        "Fungsi perlindungan",
        "Fungsi reproduksi",
        "Fungsi sosialisasi dan pendidikan",
        "Fungsi ekonomi",
        "Fungsi pembinaan lingkungan",
    ]
    for function in FamilyFunction:
        member = PokjaMember(name=NAME, position=PokjaPosition.SECTION_MEMBER, section=function)
        assert from_dict(to_dict(member), PokjaMember).section is function


def test_every_position_works_at_a_level() -> None:
    """Each position lists at least one level, and .level is that level exactly when it is alone."""
    for position in Position:
        assert position.levels
        assert position.level == (position.levels[0] if len(position.levels) == 1 else None)
        assert isinstance(position.group, PositionGroup)
    assert Position.SUB_PPKBD.level is WorkLevel.RW_RT
    assert Position.HEAD_OF_BKKBN.level is WorkLevel.NATIONAL


def test_organization_kinds_travel_as_codes() -> None:
    """An organization's kind is written as its code in JSON."""
    organization = Organization.from_acronym("BKKBN", region="35")
    assert to_dict(organization)["kind"] == OrganizationKind.BKKBN_PROVINCIAL_OFFICE.code


def test_a_title_writes_the_words_position_and_organization_share_once() -> None:
    """ "Kepala Perwakilan BKKBN Provinsi" with the office "Perwakilan BKKBN Provinsi Jawa Timur" reads naturally."""
    office = Organization.from_acronym("BKKBN", region="35")
    head = Official(name=NAME, position=Position.HEAD_OF_BKKBN_PROVINCIAL_OFFICE, organization=office)
    assert head.title == "Kepala Perwakilan BKKBN Provinsi Jawa Timur"
    agency = Organization.from_acronym("DP3AKB", region="35.75")
    secretary = Official(name=NAME, position=Position.AGENCY_SECRETARY, organization=agency)
    assert secretary.title == f"Sekretaris {DP3AKB_PASURUAN}"


@given(
    st.text(max_size=200)
    | st.lists(
        st.sampled_from(
            ["Wali Kota", "Kepala", "Dinas", "DP3AKB", "Kota", "Pasuruan", "Bapak", "Ibu", "Drs.", "Budi", ","]
        ),
        max_size=12,
    ).map(" ".join)
)
def test_any_text_gives_an_official_or_a_validation_error(text: str) -> None:
    """Whatever text is given, Official.parse returns an official whose printed form reads back to it (the name's
    text as written aside), or raises ValidationError located at the text or inside the name, nothing else."""
    try:
        official = Official.parse(text)
    except ValidationError as exc:
        assert exc.errors
        assert all(item.path == "$" or item.path.startswith("$.name") for item in exc.errors)
        return
    written = attrs.evolve(official, name=attrs.evolve(official.name, original=None))
    assert Official.parse(str(official)) == written


@pytest.mark.parametrize("text", [", , BAPAK A", ", Bapak A", "- Ibu Sri", "(.) Bapak Budi", ", , Drs. Budi"])
def test_punctuation_before_a_name_is_not_a_position(text: str) -> None:
    """Regression: ", , BAPAK A" gave an official whose position as written was ",", printed as
    ", Bapak A", which did not read back. A position as written has a letter in it."""
    with pytest.raises(ValidationError) as caught:
        Official.parse(text)
    assert [item.path for item in caught.value.errors] == ["$"]


def test_a_written_position_keeps_its_words_and_drops_the_commas_around_it() -> None:
    """The commas between a position the list lacks and the name are not part of the position."""
    official = Official.parse("Kepala UPT Puskesmas, , Bapak Budi")
    assert official.position_as_written == "Kepala UPT Puskesmas"
    assert Official.parse(str(official)).position_as_written == "Kepala UPT Puskesmas"
