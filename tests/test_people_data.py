"""The people data files: every fact has a source, every spelling reads as its own entry."""

from __future__ import annotations

import pytest

from kampungkb._core import data_file
from kampungkb.people import ActingForm, Honorific, OrganizationKind, Position
from kampungkb.people._degrees import AMBIGUOUS, degree_table, key_of
from kampungkb.people._names import read_degree
from kampungkb.people._nomenclature import agencies, match_acting, match_position

DEGREES = data_file("people", "degrees")["degrees"]
SPELLINGS = [
    (entry["canonical"], spelling) for entry in DEGREES for spelling in (entry["canonical"], *entry["variants"])
]


@pytest.mark.parametrize("name", ["degrees.json", "honorifics.json", "agencies.json", "positions.json"])
def test_each_data_file_has_a_source_header(name: str) -> None:
    """Every people data file opens with a "_source" header that names where its facts come from."""
    header = data_file("people", name.removesuffix(".json"))["_source"]
    assert header["description"]
    assert "notes" in header


def test_the_degree_table_holds_the_40_degrees_of_the_notes() -> None:
    """All 40 canonical degrees of the notes' table are in the data, once each."""
    canonicals = [entry["canonical"] for entry in DEGREES]
    assert len(canonicals) == len(set(canonicals)) >= 40
    notes_40 = {"Prof.", "Dr.", "Dr. (H.C.)", "dr.", "drg.", "drh.", "Drs.", "Dra.", "Ir.", "H.", "Hj.", "K.H."}
    notes_40 |= {"S.E.", "S.H.", "S.Sos.", "S.I.P.", "S.K.M.", "S.Kom.", "S.T.", "S.Pd.", "S.Si.", "S.Ag.", "S.S."}
    notes_40 |= {"S.Kep.", "S.Gz.", "S.Hut.", "S.P.", "S.A.P.", "S.STP.", "S.Tr.I.P.", "A.Md.", "M.M.", "M.Si."}
    notes_40 |= {"M.Kes.", "M.Pd.", "M.H.", "M.A.P.", "M.Hum.", "M.T.", "M.P.H."}
    assert len(notes_40) == 40
    assert notes_40 <= set(canonicals)


@pytest.mark.parametrize("entry", DEGREES, ids=[entry["canonical"] for entry in DEGREES])
def test_each_degree_has_evidence_and_a_confidence(entry: dict[str, object]) -> None:
    """A degree names its sources and confidence; an INFERRED spelling says why in a note."""
    assert entry["kind"] in ("before", "after")
    assert entry["sources"]
    assert entry["confidence"] in ("CONFIRMED", "CORROBORATED", "INFERRED")
    if entry["confidence"] == "INFERRED":
        assert "UNCONFIRMED" in str(entry.get("note", "")) or "EYD" in str(entry.get("note", ""))


@pytest.mark.parametrize(("canonical", "spelling"), SPELLINGS, ids=[s for _, s in SPELLINGS])
def test_each_spelling_reads_as_its_own_degree(canonical: str, spelling: str) -> None:
    """Every canonical spelling and variant in the table reads, standing alone, as its entry."""
    kind = next(entry["kind"] for entry in DEGREES if entry["canonical"] == canonical)
    found = degree_table().lookup(spelling, kind)
    assert found is not None
    assert found is not AMBIGUOUS
    assert found.canonical == canonical
    whole, degree = read_degree(canonical, kind)
    assert whole
    assert degree is not None
    assert degree.canonical == canonical


def test_no_two_degrees_share_a_key() -> None:
    """No spelling key (periods and spaces removed) belongs to two degrees of the same kind."""
    owners: dict[tuple[str, str], set[str]] = {}
    for entry in DEGREES:
        for spelling in (entry["canonical"], *entry["variants"]):
            owners.setdefault((entry["kind"], key_of(spelling)), set()).add(entry["canonical"])
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_only_dr_and_dr_share_a_key_when_case_is_ignored() -> None:
    """The one case-insensitive clash is dr. (dokter) and Dr. (doktor), which is why "DR." stays unrecognized."""
    owners: dict[tuple[str, str], set[str]] = {}
    for entry in DEGREES:
        for spelling in (entry["canonical"], *entry["variants"]):
            owners.setdefault((entry["kind"], key_of(spelling).upper()), set()).add(entry["canonical"])
    clashes = {key: names for key, names in owners.items() if len(names) > 1}
    assert clashes == {("before", "DR"): {"Dr.", "dr."}}
    assert degree_table().lookup("DR.", "before") is AMBIGUOUS


def test_honorific_spellings_name_members_of_the_vocabulary() -> None:
    """Every honorific in the data is a Honorific member, and every member has spellings."""
    data = data_file("people", "honorifics")["honorifics"]
    assert {entry["code"] for entry in data} == {member.code for member in Honorific}
    for entry in data:
        assert entry["sources"] or entry["note"]
        assert Honorific.from_code(entry["code"]).label in entry["spellings"]


def test_position_spellings_name_positions_and_read_back() -> None:
    """Every position spelling names a Position member and is read as that position."""
    data = data_file("people", "positions")
    assert set(data["positions"]) == {member.code for member in Position}
    for code, spellings in data["positions"].items():
        for spelling in spellings:
            assert match_position(spelling) == (code, len(spelling))
    assert data["position_sources"]


def test_acting_forms_in_the_data_match_the_vocabulary() -> None:
    """Every acting form in the data is an ActingForm, its abbreviation among its spellings, with its sources."""
    data = data_file("people", "positions")["acting_forms"]
    assert set(data) == {member.code for member in ActingForm}
    for code, entry in data.items():
        assert ActingForm.from_code(code).abbreviation in entry["spellings"]
        assert entry["sources"]
        assert entry["confidence"] == "CORROBORATED"
        assert match_acting(entry["spellings"][0] + " Wali Kota") == (code, len(entry["spellings"][0]))


def test_each_agency_names_its_kind_sources_and_regions() -> None:
    """Every agency row has a known kind, the regions it was seen in, a source for each, and a confidence."""
    for row in agencies():
        OrganizationKind.from_code(row.kind)
        assert row.regions
        assert row.sources
        assert (row.expansion is None) == (row.confidence == "UNCONFIRMED")


def test_the_agency_table_holds_the_nomenclature_the_issue_names() -> None:
    """The regional family-planning agency acronyms named in the issue are all in the table."""
    named = {"DP3AKB", "DP3A-KB", "DPPKB", "Dinas PPKB", "DP2KBP3A", "DPPKBP3A", "DP3AP2KB", "DPPPAPPKB"}
    named |= {"DP3A-PPKB", "DP5A"}
    assert named <= {row.acronym for row in agencies()}


def test_unconfirmed_expansions_are_left_empty() -> None:
    """DP3KB's expansion is UNCONFIRMED in the notes, so the table leaves it null rather than guess."""
    (row,) = [row for row in agencies() if row.acronym == "DP3KB"]
    assert row.expansion is None
