"""Real citation strings from the research notes (legal-basis.md §4.6) parse to the right instrument."""

from __future__ import annotations

import pytest

from kampungkb.errors import ValidationError
from kampungkb.legal import CorrectionKind, InstrumentType, parse_citation, parse_citation_detailed

T = InstrumentType

# (note number, text as seen, expected (type, number, year, issuer))
VARIANTS = [
    (
        1,
        "Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan dan Pembangunan Keluarga"
        " (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 161,"
        " Tambahan Lembaran Negara Republik Indonesia Nomor 5080)",
        (T.LAW, "52", 2009, None),
    ),
    (
        2,
        "Undang-Undang Republik Indonesia Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan dan Pembangunan"
        " Keluarga (Lembaran Negara Tahun 2009 Nomor 161, Tambahan Lembaran Negara Nomor 5080)",
        (T.LAW, "52", 2009, None),
    ),
    (
        3,
        "Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan Dan Pembangunan Keluarga",
        (T.LAW, "52", 2009, None),
    ),
    (4, "UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 52 TAHUN 2009", (T.LAW, "52", 2009, None)),
    (
        5,
        "Undang-undang Nomor 52 Tahun 2009 tentang perkembangan kependudukan dan pembangunan keluarga",
        (T.LAW, "52", 2009, None),
    ),
    (6, "UU 52 Tahun 2009 Tentang Perkembangan Kependudukan dan Pembangunan Keluarga", (T.LAW, "52", 2009, None)),
    (7, "Pasal 1 angka 10 UU 52 Tahun 2009", (T.LAW, "52", 2009, None)),
    (8, "UU Nomor 52 Tahun 2009", (T.LAW, "52", 2009, None)),
    (10, "UU 52/2009", (T.LAW, "52", 2009, None)),
    (11, "Undang-undang no 52 tahun 2009", (T.LAW, "52", 2009, None)),
    (12, "Undang-Undang No. 52 tahun 2009", (T.LAW, "52", 2009, None)),
    (13, "UU No. 52 Tahun 2009", (T.LAW, "52", 2009, None)),
    (14, "Undang-undang No. 52 Tahun 2009", (T.LAW, "52", 2009, None)),
    (15, "Undang-undang nomer 52 tahun 2009", (T.LAW, "52", 2009, None)),
    (16, "Undang-undang Nomor 52 Tahun 2009 Pasal 47 Ayat 1", (T.LAW, "52", 2009, None)),
    (17, "Undang-undang Nomor 52 tahun 2009", (T.LAW, "52", 2009, None)),
    (18, "Undang-undang No. 52 tahun 2009", (T.LAW, "52", 2009, None)),
    (19, "UUD no. 52 tahun 2009", (T.LAW, "52", 2009, None)),
    (20, "UUD No. 52 Tahun 2009", (T.LAW, "52", 2009, None)),
    (21, "Undang – Undang Nomor 52 Tahun 2009", (T.LAW, "52", 2009, None)),
    (22, "Undang-Undang No. 52 Tahun 2009", (T.LAW, "52", 2009, None)),
    (22, "UU No. 52 Tahun 2009", (T.LAW, "52", 2009, None)),
    (23, "Undangundang No.52 tahun 2009", (T.LAW, "52", 2009, None)),
    (24, "Undang-Undang 52 tahun 2009", (T.LAW, "52", 2009, None)),
    (25, "UU No. 52 Tahun 2009", (T.LAW, "52", 2009, None)),
    (26, "UU RI No.23 Tahun 2014 tentang Pemerintahan Daerah", (T.LAW, "23", 2014, None)),
    (27, "Undang-Undang (UU )23/2014", (T.LAW, "23", 2014, None)),
    (27, "Peraturan Pemerintah (PP) 87/2014", (T.GOVERNMENT_REGULATION, "87", 2014, None)),
    (
        28,
        "UU No. 23 Tahun 2014, sebagaimana telah diubah beberapakali terakhir dengan UU No. 9 Tahun 2015",
        (T.LAW, "23", 2014, None),
    ),
    (29, "UU No. 23 Tahun 2014 tentang Pemerintah Daerah", (T.LAW, "23", 2014, None)),
    (30, "Undang – Undang Nomor 23 Tahun 2014 … Noomor 5587", (T.LAW, "23", 2014, None)),
    (31, "Lembar Negara Repulik Indonesia Tahun 2014 Nomor 244", (T.LAW, "23", 2014, None)),
    (32, "Perppu No. 2 Tahun 2014", (T.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW, "2", 2014, None)),
    (33, "UU No. 12/2011", (T.LAW, "12", 2011, None)),
    (34, "UU No.12 Tahun 2011", (T.LAW, "12", 2011, None)),
    (34, "UU N0. 10 Tahun 2004", (T.LAW, "10", 2004, None)),
    (35, "UU 17 thn 2009", (T.LAW, "17", 2009, None)),
    (36, "UU No 10 Tahun 2016", (T.LAW, "10", 2016, None)),
    (37, "UU No.6 Tahun 2020", (T.LAW, "6", 2020, None)),
    (38, "PP No 87 Tahun 2014", (T.GOVERNMENT_REGULATION, "87", 2014, None)),
    (38, "Perpes No 3 Tahun 2013", (T.PRESIDENTIAL_REGULATION, "3", 2013, None)),
    (39, "Peraturan Presiden (Perpres) Nomor 72 Tahun 2021", (T.PRESIDENTIAL_REGULATION, "72", 2021, None)),
    (39, "Perpres 72 Tahun 2021", (T.PRESIDENTIAL_REGULATION, "72", 2021, None)),
    (40, "Instruksi Presiden (Inpres) nomor 3 Tahun 2022", (T.PRESIDENTIAL_INSTRUCTION, "3", 2022, None)),
    (41, "Inpres 3/2022", (T.PRESIDENTIAL_INSTRUCTION, "3", 2022, None)),
    (42, "Kepmendagri 300.2.2-2138/2025", (T.MINISTERIAL_DECREE, "300.2.2-2138", 2025, "Dalam Negeri")),
    (43, "Pergub No.47/2019", (T.GOVERNOR_REGULATION, "47", 2019, None)),
    (43, "PERGUB NO. 43 TH 2021", (T.GOVERNOR_REGULATION, "43", 2021, None)),
    (44, "Perwali No. 64/2018", (T.MAYOR_REGULATION, "64", 2018, None)),
    # (44, "PERWALI NO.43 Tahun 2104"): a year typo, refused (tests/test_legal_consistency.py)
    (45, "PerMenKes No. 492 Tahun 2010", (T.MINISTERIAL_REGULATION, "492", 2010, "Kesehatan")),
    (45, "Permenkes No.24 Tahun 2022", (T.MINISTERIAL_REGULATION, "24", 2022, "Kesehatan")),
    (45, "Permenkes No. 6/2024", (T.MINISTERIAL_REGULATION, "6", 2024, "Kesehatan")),
]


@pytest.mark.parametrize(("note", "text", "expected"), VARIANTS, ids=[f"{n}:{t[:40]}" for n, t, _ in VARIANTS])
def test_real_variant_parses_to_its_identity(note: int, text: str, expected: tuple[object, ...]) -> None:
    """Each real-world spelling parses to the instrument it names (type, number, year, issuer)."""
    ref = parse_citation(text).ref
    assert (ref.type, ref.number, ref.year, ref.issuer) == expected


def test_article_reference_alone_is_not_a_citation() -> None:
    """Variant 9, 'Bab I Pasal 1 ayat 6', names no instrument: type, number and year are all reported missing."""
    with pytest.raises(ValidationError) as caught:
        parse_citation("Bab I Pasal 1 ayat 6")
    messages = [item.message for item in caught.value.errors]
    assert [item.code for item in caught.value.errors] == ["invalid_value"] * 3
    assert "type" in messages[0]
    assert "number" in messages[1]
    assert "year" in messages[2]


@pytest.mark.parametrize("text", ["UUD no. 52 tahun 2009", "UUD No. 52 Tahun 2009"])
def test_uud_written_for_a_numbered_law_is_flagged(text: str) -> None:
    """'UUD No. 52 Tahun 2009' is read as UU 52/2009 and the correction of the type word is reported."""
    match = parse_citation_detailed(text)
    assert match.instrument.type is T.LAW
    assert [(c.kind, c.found, c.used) for c in match.corrections] == [(CorrectionKind.TYPE_WORD, "UUD", "UU")]


def test_registered_law_comes_back_with_the_canonical_title() -> None:
    """A misspelt title of UU 23/2014 ('Pemerintah Daerah') yields the registry's title and a title correction."""
    match = parse_citation_detailed("UU No. 23 Tahun 2014 tentang Pemerintah Daerah")
    assert match.instrument.title == "Pemerintahan Daerah"
    assert [c.kind for c in match.corrections] == [CorrectionKind.TITLE]


# Other forms the notes show (§1.5, §3, §4.5, §5), beyond the 45 variants.
OTHER_FORMS = [
    ("Permenkes No. 2 Tahun 2020", (T.MINISTERIAL_REGULATION, "2", 2020, "Kesehatan")),
    ("Pergub No. 63 Tahun 2021", (T.GOVERNOR_REGULATION, "63", 2021, None)),
    ("Perwali No. 27 Tahun 2019", (T.MAYOR_REGULATION, "27", 2019, None)),
    ("PERBAN Nomor 4 Tahun 2020", (T.BKKBN_REGULATION, "4", 2020, None)),
    ("Peraturan BKKBN Nomor 20 Tahun 2023", (T.BKKBN_REGULATION, "20", 2023, None)),
    ("Peraturan Kepala BKKBN Nomor 324/Per/D3/2014", (T.BKKBN_HEAD_REGULATION, "324/Per/D3", 2014, None)),
    ("Perka BKKBN Nomor 12 Tahun 2017", (T.BKKBN_HEAD_REGULATION, "12", 2017, None)),
    (
        "Peraturan Menteri Dalam Negeri (Permendagri) Nomor 58 Tahun 2021",
        (T.MINISTERIAL_REGULATION, "58", 2021, "Dalam Negeri"),
    ),
    ("Kepmendagri 100.1.1-6117 Tahun 2022", (T.MINISTERIAL_DECREE, "100.1.1-6117", 2022, "Dalam Negeri")),
    ("Perpu No. 1 Tahun 2014", (T.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW, "1", 2014, None)),
    ("Peraturan Daerah Kota Depok Nomor 9 Tahun 2017", (T.REGENCY_CITY_REGULATION, "9", 2017, "Kota Depok")),
    ("Perda Provinsi Jawa Timur No. 5 Tahun 2010", (T.PROVINCIAL_REGULATION, "5", 2010, "Jawa Timur")),
    ("Instruksi Presiden Nomor 3 Tahun 2022", (T.PRESIDENTIAL_INSTRUCTION, "3", 2022, None)),
    (
        "Perpres NO 153 thn 2014 ttg Grand Design Pembangunan Kependudukan",
        (T.PRESIDENTIAL_REGULATION, "153", 2014, None),
    ),
    ("LN.2011/No. 82, TLN No. 5234", (T.LAW, "12", 2011, None)),
    ("Undang-Undang Nomor 2 Tahun 2014", (T.LAW, "2", 2014, None)),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_FORMS, ids=[t[:40] for t, _ in OTHER_FORMS])
def test_other_real_forms_parse(text: str, expected: tuple[object, ...]) -> None:
    """Instruments cited in the notes' other spellings parse to their identity."""
    ref = parse_citation(text).ref
    assert (ref.type, ref.number, ref.year, ref.issuer) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Perda No. 5 Tahun 2010", ["Perda names its level"]),
        ("LN. 2014 No. 245", ["gazette entry of no registered instrument"]),
        ("BN 2023/NO. 331", ["Berita Negara", "no registered instrument"]),
    ],
)
def test_near_citations_are_explained(text: str, words: list[str]) -> None:
    """A Perda without its level, or a gazette entry the registry does not know, gets a specific message."""
    with pytest.raises(ValidationError) as caught:
        parse_citation(text)
    assert [e.code for e in caught.value.errors] == ["invalid_value"]
    assert all(word in caught.value.errors[0].message for word in words)
