"""Citations as letters, decrees, portal pages and OCR output write them (issue 19): parts of an
instrument cited, administrative numbers, typing and OCR damage read with a reported correction,
the CLI's corrections, and linear time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kampungkb.errors import ValidationError
from kampungkb.legal import (
    CorrectionKind,
    InstrumentType,
    find_citations,
    format_citation,
    parse_citation,
    parse_citation_detailed,
)
from kampungkb.testing.strategies import citable_instruments

T = InstrumentType

# A part of an instrument cited before or after it: (text, type, number, year, pinpoint).
PINPOINTS = [
    ("Lampiran UU 23/2014", T.LAW, "23", 2014, "Lampiran"),
    ("Lampiran huruf N UU Nomor 23 Tahun 2014", T.LAW, "23", 2014, "Lampiran huruf N"),
    ("UU 23/2014 Lampiran huruf N", T.LAW, "23", 2014, "Lampiran huruf N"),
    ("UU No. 23 Tahun 2014 Lampiran", T.LAW, "23", 2014, "Lampiran"),
    (
        "Lampiran I huruf N Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
        T.LAW,
        "23",
        2014,
        "Lampiran I huruf N",
    ),
    ("UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah Lampiran huruf N", T.LAW, "23", 2014, "Lampiran huruf N"),
    ("Lampiran II Perpres 72/2021", T.PRESIDENTIAL_REGULATION, "72", 2021, "Lampiran II"),
    ("Bab III UU 52/2009", T.LAW, "52", 2009, "Bab III"),
    ("UU 52/2009 Bab III", T.LAW, "52", 2009, "Bab III"),
    ("Bab I Pasal 1 ayat 6 UU 52/2009", T.LAW, "52", 2009, "Bab I Pasal 1 ayat 6"),
    ("Pasal 12 ayat (2) huruf h UU 23/2014", T.LAW, "23", 2014, "Pasal 12 ayat (2) huruf h"),
    ("UU Nomor 23 Tahun 2014, Pasal 12 ayat (2) huruf h", T.LAW, "23", 2014, "Pasal 12 ayat (2) huruf h"),
    (
        "Peraturan Presiden Nomor 72 Tahun 2021 Pasal 5 huruf c",
        T.PRESIDENTIAL_REGULATION,
        "72",
        2021,
        "Pasal 5 huruf c",
    ),
]


@pytest.mark.parametrize(("text", "type_", "number", "year", "pinpoint"), PINPOINTS, ids=[row[0] for row in PINPOINTS])
def test_a_part_of_an_instrument_is_carried_in_the_pinpoint(
    text: str, type_: InstrumentType, number: str, year: int, pinpoint: str
) -> None:
    """The annex, chapter or article cited goes into the pinpoint; the instrument is read whole."""
    match = parse_citation_detailed(text)
    assert (match.instrument.type, match.instrument.number, match.instrument.year) == (type_, number, year)
    assert match.pinpoint == pinpoint
    assert match.corrections == ()


# Letters and decrees numbered the administrative way: (text, type, number, year, issuer).
ADMINISTRATIVE = [
    ("Surat Edaran Menteri Dalam Negeri Nomor 440/123/SJ/2020", T.CIRCULAR, "440/123/SJ", 2020, "Menteri Dalam Negeri"),
    ("SE Kepala BKKBN Nomor 5/KB.01/H1/2021", T.CIRCULAR, "5/KB.01/H1", 2021, "Kepala BKKBN"),
    ("Surat Edaran Nomor 470/25-BKKBN/2016", T.CIRCULAR, "470/25-BKKBN", 2016, None),
    ("SK Kepala BKKBN No. 12/KEP/G4/2019", T.DECREE_LETTER, "12/KEP/G4", 2019, "Kepala BKKBN"),
    (
        "Surat Keputusan Camat Sukamaju Nomor 188.45/17/KEP/2022",
        T.DECREE_LETTER,
        "188.45/17/KEP",
        2022,
        "Camat Sukamaju",
    ),
    (
        "Surat Keputusan Kepala Desa Mekarsari No. 141/05/SK/2023",
        T.DECREE_LETTER,
        "141/05/SK",
        2023,
        "Kepala Desa Mekarsari",
    ),
    ("Keputusan Bupati Garut Nomor 476/Kep.12-DPPKB/2018", T.REGENT_DECREE, "476/Kep.12-DPPKB", 2018, "Garut"),
    (
        "Surat Edaran Gubernur Jawa Timur Nomor 050/123/101.1/2022",
        T.CIRCULAR,
        "050/123/101.1",
        2022,
        "Gubernur Jawa Timur",
    ),
]


@pytest.mark.parametrize(
    ("text", "type_", "number", "year", "issuer"), ADMINISTRATIVE, ids=[row[0] for row in ADMINISTRATIVE]
)
def test_administrative_numbers_keep_the_issuer(
    text: str, type_: InstrumentType, number: str, year: int, issuer: str | None
) -> None:
    """The year after the last slash is the year; the rest is the number; the office is the issuer."""
    instrument = parse_citation(text)
    assert (instrument.type, instrument.number, instrument.year) == (type_, number, year)
    assert instrument.issuer == issuer


# Typing and OCR damage: (text, type, number, year, [(kind, found, used)]).
DAMAGED = [
    ("UUNo. 23 Tahun 2014", T.LAW, "23", 2014, [(CorrectionKind.SPELLING, "UUNo.", "UU No.")]),
    ("PPNomor 21 Tahun 1994", T.GOVERNMENT_REGULATION, "21", 1994, [(CorrectionKind.SPELLING, "PPNomor", "PP Nomor")]),
    ("UU Nommor 52 Tahun 2009", T.LAW, "52", 2009, [(CorrectionKind.SPELLING, "Nommor", "Nomor")]),
    ("UU Nomorr 52 Tahun 2009", T.LAW, "52", 2009, [(CorrectionKind.SPELLING, "Nomorr", "Nomor")]),
    ("UU Nomor 52 Tahhun 2009", T.LAW, "52", 2009, [(CorrectionKind.SPELLING, "Tahhun", "Tahun")]),
    ("UU Nomor 52 Tahunn 2009", T.LAW, "52", 2009, [(CorrectionKind.SPELLING, "Tahunn", "Tahun")]),
    ("UU Nomor 52 Talun 2009", T.LAW, "52", 2009, [(CorrectionKind.SPELLING, "Talun", "Tahun")]),
    ("UU Nomor 52 Ta:un 2009", T.LAW, "52", 2009, [(CorrectionKind.SPELLING, "Ta:un", "Tahun")]),
    (
        "Peraturan Presden Nomor 72 Tahun 2021",
        T.PRESIDENTIAL_REGULATION,
        "72",
        2021,
        [(CorrectionKind.TYPE_WORD, "Peraturan Presden", "Peraturan Presiden")],
    ),
    (
        "Peraturan Persiden No. 72 Tahun 2021",
        T.PRESIDENTIAL_REGULATION,
        "72",
        2021,
        [(CorrectionKind.TYPE_WORD, "Peraturan Persiden", "Peraturan Presiden")],
    ),
    (
        "Instruksi Presidin Nomor 3 Tahun 2022",
        T.PRESIDENTIAL_INSTRUCTION,
        "3",
        2022,
        [(CorrectionKind.TYPE_WORD, "Instruksi Presidin", "Instruksi Presiden")],
    ),
    (
        "Keputusan Pressiden Nomor 57 Tahun 1972",
        T.PRESIDENTIAL_DECREE,
        "57",
        1972,
        [(CorrectionKind.TYPE_WORD, "Keputusan Pressiden", "Keputusan Presiden")],
    ),
    (
        "UU Nommor 52 Taahun 2009",
        T.LAW,
        "52",
        2009,
        [(CorrectionKind.SPELLING, "Nommor", "Nomor"), (CorrectionKind.SPELLING, "Taahun", "Tahun")],
    ),
    (
        "Surat Edaran Menteri Dalam Negeri Nommor 440/123/SJ Tahun 2020",
        T.CIRCULAR,
        "440/123/SJ",
        2020,
        [(CorrectionKind.SPELLING, "Nommor", "Nomor")],
    ),
]


@pytest.mark.parametrize(("text", "type_", "number", "year", "corrections"), DAMAGED, ids=[row[0] for row in DAMAGED])
def test_typing_and_ocr_damage_is_read_and_reported(
    text: str, type_: InstrumentType, number: str, year: int, corrections: list[tuple[CorrectionKind, str, str]]
) -> None:
    """Each damaged word is read as the word it stands for, and reported."""
    match = parse_citation_detailed(text)
    assert (match.instrument.type, match.instrument.number, match.instrument.year) == (type_, number, year)
    assert [(c.kind, c.found, c.used) for c in match.corrections] == corrections
    for correction in match.corrections:
        assert correction.found in correction.message


@pytest.mark.parametrize(
    "text",
    ["UU 52/2009", "Peraturan Presiden Nomor 72 Tahun 2021", "UU Nomer 52 thn 2009", "PP No.21 Th. 1994"],
)
def test_undamaged_citations_report_nothing(text: str) -> None:
    """The accepted spellings are not corrections."""
    assert parse_citation_detailed(text).corrections == ()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("UU Nomr 52 Tahun 2009", "'UU Nomr 52 Tahun 2009' has no number"),
        ("Peraturan Prsdn Nomor 72 Tahun 2021", "'Peraturan Prsdn Nomor 72 Tahun 2021' has no instrument type"),
        ("UU Nomor 52 Thaun 2009", "'UU Nomor 52 Thaun 2009' has no year"),
        ("Lampiran huruf N", "'Lampiran huruf N' has no instrument type"),
        ("UU 23/2014 Lampiran huruf N dan seterusnya", "unexpected text after the citation"),
    ],
)
def test_what_cannot_be_read_unambiguously_is_refused_quoting_it(text: str, says: str) -> None:
    """Damage beyond the known patterns is not guessed at."""
    with pytest.raises(ValidationError) as caught:
        parse_citation_detailed(text)
    assert says in " ".join(item.message for item in caught.value.errors)


def test_find_citations_carries_annexes_and_reads_damage() -> None:
    """In running text an annex before or after the citation is its pinpoint; damage is reported."""
    text = (
        "Sesuai Lampiran huruf N UU 23/2014, dan UU Nommor 52 Tahun 2009 Bab III, serta "
        "Peraturan Presden Nomor 72 Tahun 2021."
    )
    found = find_citations(text)
    assert [(m.instrument.number, m.pinpoint) for m in found] == [
        ("23", "Lampiran huruf N"),
        ("52", "Bab III"),
        ("72", None),
    ]
    assert [c.kind for c in found[1].corrections] == [CorrectionKind.SPELLING]
    assert [c.kind for c in found[2].corrections] == [CorrectionKind.TYPE_WORD]
    for match in found:
        assert text[match.start : match.end] == match.matched


def test_a_damaged_citation_in_data_is_refused() -> None:
    """A citation read from JSON as an instrument or reference identity must be written as it should be."""
    from kampungkb.codec import from_dict
    from kampungkb.legal import InstrumentRef, LegalInstrument

    for cls in (LegalInstrument, InstrumentRef):
        with pytest.raises(ValidationError) as caught:
            from_dict("UU Nommor 52 Tahun 2009", cls)
        assert "'Nommor'" in caught.value.errors[0].message


# ---------------------------------------------------------------------------
# The command line


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kampungkb", *args], capture_output=True, text=True, check=False, timeout=60
    )


def test_cite_prints_the_pinpoint_and_every_correction() -> None:
    """A wrong title is no longer replaced without a word: each correction is printed."""
    result = _cli("cite", "Lampiran huruf N UU Nommor 23 Tahun 2014 tentang Pemerintah Daerah")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert "pinpoint: Lampiran huruf N" in lines
    assert "corrected: 'Nommor' (a typing or OCR error) was read as 'Nomor'" in lines
    assert (
        "corrected: the citation gives title 'Pemerintah Daerah'; the registry's 'Pemerintahan Daerah' is used" in lines
    )


def test_cite_of_a_clean_citation_prints_no_correction() -> None:
    """Nothing corrected, nothing said."""
    result = _cli("cite", "UU 52/2009")
    assert result.returncode == 0
    assert "corrected:" not in result.stdout


def test_validate_notes_what_loading_corrected(tmp_path: Path) -> None:
    """A legal reference loaded from a citation string is valid as corrected; validate says what it corrected."""
    document = tmp_path / "refs.json"
    document.write_text('[\n"UU 52/2009",\n"UUD No. 52 Tahun 2009"\n]\n', encoding="utf-8")
    result = _cli("validate", str(document), "--type", "LegalReference")
    assert result.returncode == 0
    assert f"{document}:3: note: the citation 'UUD No. 52 Tahun 2009': the type word 'UUD' was read as 'UU'" in (
        result.stdout.splitlines()
    )
    assert result.stdout.splitlines()[-1] == "2 valid, 0 invalid"
    lines = tmp_path / "refs.jsonl"
    lines.write_text('"UU 52/2009"\n"UU Nomor 52 Tahhun 2009"\n', encoding="utf-8")
    report = json.loads(_cli("validate", str(lines), "--type", "LegalReference", "--report", "json").stdout)
    assert (report["valid"], report["invalid"]) == (2, 0)
    assert [(note["line"], "'Tahhun'" in note["note"]) for note in report["notes"]] == [(2, True)]


# ---------------------------------------------------------------------------
# Round trip and linear time


@settings(max_examples=60)
@given(
    citable_instruments("full"), st.sampled_from(["short", "long"]), st.sampled_from(["Lampiran huruf N", "Bab III"])
)
def test_formatted_citations_with_a_part_read_back(instrument: object, style: str, part: str) -> None:
    """A formatted citation, with a part cited after it, parses back to the same identity and part."""
    text = f"{format_citation(instrument, style)} {part}"  # type: ignore[arg-type]
    match = parse_citation_detailed(text)
    assert match.instrument.ref == instrument.ref  # type: ignore[attr-defined]
    assert (match.pinpoint, match.corrections) == (part, ())


@pytest.mark.parametrize(
    "unit",
    [
        "Lampiran huruf N UU 23/2014, ",
        "Lampiran Lampiran Bab III Pasal 1 ayat (2) ",
        "UUNo. 23 Tahhun 2014 ",
        "Peraturan Presden Nomor ",
        "Nommor Tahhun Talun ",
    ],
)
def test_find_citations_grows_linearly(unit: str, assert_linear: Any) -> None:
    """Eight times the text takes about eight times as long (a quadratic path would take 64 times); the
    smaller text is already longer than a citation's window (4,000 characters)."""
    assert_linear(find_citations, lambda count: unit * count, 1000)
