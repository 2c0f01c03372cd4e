"""Names as letters, attendance lists and decrees write them (issue 19): degrees run together and in
lower case, the honorifics Ny./Nn./Tn., religious and customary titles, round trips, linear time."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given

from kampungkb.errors import ValidationError
from kampungkb.people import Honorific, PersonName
from kampungkb.testing.strategies import person_names

# Real-style names: (text, honorific, degrees before, name, degrees after).
NAMES = [
    ("Budi Santoso, SEMM", None, (), "Budi Santoso", ("S.E.", "M.M.")),
    ("Budi Santoso, SE MM", None, (), "Budi Santoso", ("S.E.", "M.M.")),
    ("Sri Wahyuni, S.Pd.M.Pd", None, (), "Sri Wahyuni", ("S.Pd.", "M.Pd.")),
    ("Sri Wahyuni, spd", None, (), "Sri Wahyuni", ("S.Pd.",)),
    ("Sri Wahyuni, spd, mpd", None, (), "Sri Wahyuni", ("S.Pd.", "M.Pd.")),
    ("Agus Salim, se.mm", None, (), "Agus Salim", ("S.E.", "M.M.")),
    ("Rahmat Hidayat, SH.MH", None, (), "Rahmat Hidayat", ("S.H.", "M.H.")),
    ("Dewi Lestari, SKMMKes", None, (), "Dewi Lestari", ("S.K.M.", "M.Kes.")),
    ("dr. Rina Marlina, MMR", None, ("dr.",), "Rina Marlina", ("M.M.R.",)),
    ("dr. Rina Marlina, M.M.R.", None, ("dr.",), "Rina Marlina", ("M.M.R.",)),
    ("drg. Yusuf Maulana, mmr", None, ("drg.",), "Yusuf Maulana", ("M.M.R.",)),
    ("Ny. Siti Aminah", Honorific.NYONYA, (), "Siti Aminah", ()),
    ("Nyonya Hartini, S.Sos", Honorific.NYONYA, (), "Hartini", ("S.Sos.",)),
    ("Nn. Maria Goreti", Honorific.NONA, (), "Maria Goreti", ()),
    ("Nona Yuliana Bere, A.Md.Keb", Honorific.NONA, (), "Yuliana Bere", ("A.Md.Keb.",)),
    ("Tn. Robert Siahaan", Honorific.TUAN, (), "Robert Siahaan", ()),
    ("Sdri. Nur Aisyah, S.Gz", Honorific.SAUDARI, (), "Nur Aisyah", ("S.Gz.",)),
    ("Pdt. Yohanes Lado, S.Th", None, ("Pdt.",), "Yohanes Lado", ("S.Th",)),
    ("Pendeta Markus Ndun", None, ("Pdt.",), "Markus Ndun", ()),
    ("Mgr. Paulus Budi", None, ("Mgr.",), "Paulus Budi", ()),
    ("Tgk. Muhammad Yusuf, S.Ag", None, ("Tgk.",), "Muhammad Yusuf", ("S.Ag.",)),
    ("Teungku Abdullah", None, ("Tgk.",), "Abdullah", ()),
    ("Tb. Hasanuddin, SE, MM", None, ("Tb.",), "Hasanuddin", ("S.E.", "M.M.")),
    ("Dt. Rajo Basa", None, ("Dt.",), "Rajo Basa", ()),
    ("Dg. Mattiro", None, ("Dg.",), "Mattiro", ()),
    ("Abdul Rahman Dg. Tompo", None, (), "Abdul Rahman Dg. Tompo", ()),
    ("Ns. Mahmud Yuwanto, S.Kep., MM", None, ("Ns.",), "Mahmud Yuwanto", ("S.Kep.", "M.M.")),
    ("Bapak Pdt. Daniel Lay, M.Th", Honorific.BAPAK, ("Pdt.",), "Daniel Lay", ("M.Th",)),
]


@pytest.mark.parametrize(("text", "honorific", "before", "name", "after"), NAMES, ids=[row[0] for row in NAMES])
def test_real_style_names_are_read(
    text: str, honorific: Honorific | None, before: tuple[str, ...], name: str, after: tuple[str, ...]
) -> None:
    """Each part lands where it belongs; a reading that changed the text keeps it in original."""
    parsed = PersonName.parse(text)
    assert (parsed.honorific, parsed.degrees_before, parsed.name, parsed.degrees_after) == (
        honorific,
        before,
        name,
        after,
    )
    if parsed.formal() != text:
        assert parsed.original == text


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("Budi Santoso, MMRS", ("MMRS",)),
        ("Budi Santoso, SEMMX", ("SEMMX",)),
        ("Budi Santoso, S.Pd.Dip.Com", ("S.Pd.Dip.Com",)),
        ("Yohanes Lado, S.Th", ("S.Th",)),
    ],
)
def test_an_unknown_run_stays_verbatim_and_listed(text: str, unknown: tuple[str, ...]) -> None:
    """A word no unique reading splits into known degrees is kept whole and flagged, as any unknown degree."""
    parsed = PersonName.parse(text)
    assert parsed.unrecognized_degrees == unknown
    assert parsed.degrees_after == unknown


def test_the_split_of_a_run_is_never_silent() -> None:
    """The text as written is kept in original, and the official form reads back to the same name."""
    parsed = PersonName.parse("Budi Santoso, SEMM")
    assert parsed.original == "Budi Santoso, SEMM"
    assert str(parsed) == "Budi Santoso, S.E., M.M."
    assert PersonName.parse(str(parsed)).degrees_after == parsed.degrees_after


@pytest.mark.parametrize("text", ["Ny.", "Nn. , S.E.", "Tgk.", "Pdt. S.Pd"])
def test_titles_without_a_name_are_refused_quoting_the_text(text: str) -> None:
    """A form of address or title alone is no name."""
    with pytest.raises(ValidationError) as caught:
        PersonName.parse(text)
    assert repr(text) in caught.value.errors[0].message


@given(person_names())
def test_the_formal_form_reads_back(name: PersonName) -> None:
    """formal() (form of address, titles, name, degrees) parses back to the same parts."""
    parsed = PersonName.parse(name.formal())
    assert (parsed.honorific, parsed.degrees_before, parsed.name, parsed.degrees_after) == (
        name.honorific,
        name.degrees_before,
        name.name,
        name.degrees_after,
    )


@pytest.mark.parametrize("unit", ["SEMM", "S.Pd.M.Pd", "spdmpd", "Ny. ", "Tgk. "])
def test_reading_grows_linearly(unit: str, assert_linear: Any) -> None:
    """Eight times the degrees take about eight times as long (the input cap is 1,000 characters)."""
    assert_linear(PersonName.parse, lambda count: "Budi, " + unit * count, 100 // len(unit))
