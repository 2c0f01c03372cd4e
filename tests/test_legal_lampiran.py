"""UU 23/2014 Lampiran N: the division of population control and family planning between levels."""

from __future__ import annotations

import pytest

from kampungkb.errors import ValidationError
from kampungkb.legal import (
    AffairCategory,
    Confidence,
    GovernmentLevel,
    InstrumentRef,
    InstrumentType,
    SubAffair,
    authorities,
    family_planning_affair,
)

L = GovernmentLevel
S = SubAffair


@pytest.mark.parametrize(
    ("level", "sub_affair", "letters"),
    [
        (L.CENTRAL, S.POPULATION_CONTROL, ["a", "b"]),
        (L.CENTRAL, S.FAMILY_PLANNING, ["a", "b", "c", "d", "e"]),
        (L.CENTRAL, S.FAMILY_WELFARE, ["a", "b"]),
        (L.CENTRAL, S.STANDARDIZATION_AND_CERTIFICATION, [None]),
        (L.PROVINCE, S.POPULATION_CONTROL, ["a", "b"]),
        (L.PROVINCE, S.FAMILY_PLANNING, ["a", "b"]),
        (L.PROVINCE, S.FAMILY_WELFARE, ["a", "b"]),
        (L.PROVINCE, S.STANDARDIZATION_AND_CERTIFICATION, []),
        (L.REGENCY_CITY, S.POPULATION_CONTROL, ["a", "b"]),
        (L.REGENCY_CITY, S.FAMILY_PLANNING, ["a", "b", "c", "d"]),
        (L.REGENCY_CITY, S.FAMILY_WELFARE, ["a", "b"]),
        (L.REGENCY_CITY, S.STANDARDIZATION_AND_CERTIFICATION, []),
    ],
)
def test_each_cell_of_the_table_has_its_items(level: L, sub_affair: S, letters: list[str | None]) -> None:
    """Each level's authorities in each sub-affair carry the item letters of the printed table."""
    assert [a.item for a in authorities(level, sub_affair)] == letters


def test_wording_follows_the_second_pass() -> None:
    """The central 1b authority is the 'Penetapan' wording; the KB cells name PKB/PLKB."""
    central = authorities(L.CENTRAL, S.POPULATION_CONTROL)
    assert central[1].text.startswith("Penetapan perkiraan pengendalian penduduk")
    assert "PKB/PLKB" in authorities(L.REGENCY_CITY, S.FAMILY_PLANNING)[1].text
    assert authorities(L.CENTRAL, S.FAMILY_PLANNING)[0].note is not None


def test_every_authority_is_confirmed_and_sourced() -> None:
    """All 24 authorities are confirmed from the transcription of UU 23/2014."""
    found = authorities()
    assert len(found) == 24
    assert {a.confidence for a in found} == {Confidence.CONFIRMED}
    assert all(a.sources and "uu/2014/23.md" in a.sources[0] for a in found)


def test_codes_select_like_members() -> None:
    """Codes select the same authorities as members."""
    assert authorities("kabupaten_kota", "keluarga_sejahtera") == authorities(L.REGENCY_CITY, S.FAMILY_WELFARE)


def test_bad_selectors_are_all_reported() -> None:
    """A wrong level code and a non-text sub-affair are both reported, each at its argument."""
    with pytest.raises(ValidationError) as caught:
        authorities("desa", 2)  # type: ignore[arg-type]
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.level", "invalid_value"), ("$.sub_affair", "type")]


def test_the_affair_is_mandatory_but_not_a_basic_service() -> None:
    """Pengendalian penduduk dan KB is Pasal 12 ayat (2) huruf h of UU 23/2014, Lampiran huruf N."""
    affair = family_planning_affair()
    assert affair.category is AffairCategory.MANDATORY_NON_BASIC_SERVICES
    assert affair.provision == "Pasal 12 ayat (2) huruf h"
    assert affair.lampiran == "N"
    assert affair.basis == InstrumentRef(InstrumentType.LAW, "23", 2014)
    assert affair.confidence is Confidence.CONFIRMED
