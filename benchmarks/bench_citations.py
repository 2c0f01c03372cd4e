"""Citation parsing throughput on the 45 real variants of legal-basis.md §4.6.

The texts are the real-world spellings the research notes collected; the test suite holds the
same texts with the instrument each names (``tests/test_legal_variants.py``). Two are refused
with located errors, and are timed too: variant 9, an article reference with no instrument,
and one spelling of variant 44, whose year (2104) is a typo for a year after the current one.
Each round parses every text once; the figure is the median over interleaved rounds.

    PYTHONPATH=src python benchmarks/bench_citations.py
"""

from __future__ import annotations

from _harness import compare

from kampungkb.errors import ValidationError
from kampungkb.legal import parse_citation

#: (variant number in legal-basis.md §4.6, the text as seen); some variants have several spellings.
VARIANTS: list[tuple[int, str]] = [
    (
        1,
        "Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan dan Pembangunan Keluarga"
        " (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 161,"
        " Tambahan Lembaran Negara Republik Indonesia Nomor 5080)",
    ),
    (
        2,
        "Undang-Undang Republik Indonesia Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan dan Pembangunan"
        " Keluarga (Lembaran Negara Tahun 2009 Nomor 161, Tambahan Lembaran Negara Nomor 5080)",
    ),
    (3, "Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan Dan Pembangunan Keluarga"),
    (4, "UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 52 TAHUN 2009"),
    (5, "Undang-undang Nomor 52 Tahun 2009 tentang perkembangan kependudukan dan pembangunan keluarga"),
    (6, "UU 52 Tahun 2009 Tentang Perkembangan Kependudukan dan Pembangunan Keluarga"),
    (7, "Pasal 1 angka 10 UU 52 Tahun 2009"),
    (8, "UU Nomor 52 Tahun 2009"),
    (9, "Bab I Pasal 1 ayat 6"),
    (10, "UU 52/2009"),
    (11, "Undang-undang no 52 tahun 2009"),
    (12, "Undang-Undang No. 52 tahun 2009"),
    (13, "UU No. 52 Tahun 2009"),
    (14, "Undang-undang No. 52 Tahun 2009"),
    (15, "Undang-undang nomer 52 tahun 2009"),
    (16, "Undang-undang Nomor 52 Tahun 2009 Pasal 47 Ayat 1"),
    (17, "Undang-undang Nomor 52 tahun 2009"),
    (18, "Undang-undang No. 52 tahun 2009"),
    (19, "UUD no. 52 tahun 2009"),
    (20, "UUD No. 52 Tahun 2009"),
    (21, "Undang – Undang Nomor 52 Tahun 2009"),
    (22, "Undang-Undang No. 52 Tahun 2009"),
    (22, "UU No. 52 Tahun 2009"),
    (23, "Undangundang No.52 tahun 2009"),
    (24, "Undang-Undang 52 tahun 2009"),
    (25, "UU No. 52 Tahun 2009"),
    (26, "UU RI No.23 Tahun 2014 tentang Pemerintahan Daerah"),
    (27, "Undang-Undang (UU )23/2014"),
    (27, "Peraturan Pemerintah (PP) 87/2014"),
    (28, "UU No. 23 Tahun 2014, sebagaimana telah diubah beberapakali terakhir dengan UU No. 9 Tahun 2015"),
    (29, "UU No. 23 Tahun 2014 tentang Pemerintah Daerah"),
    (30, "Undang – Undang Nomor 23 Tahun 2014 … Noomor 5587"),
    (31, "Lembar Negara Repulik Indonesia Tahun 2014 Nomor 244"),
    (32, "Perppu No. 2 Tahun 2014"),
    (33, "UU No. 12/2011"),
    (34, "UU No.12 Tahun 2011"),
    (34, "UU N0. 10 Tahun 2004"),
    (35, "UU 17 thn 2009"),
    (36, "UU No 10 Tahun 2016"),
    (37, "UU No.6 Tahun 2020"),
    (38, "PP No 87 Tahun 2014"),
    (38, "Perpes No 3 Tahun 2013"),
    (39, "Peraturan Presiden (Perpres) Nomor 72 Tahun 2021"),
    (39, "Perpres 72 Tahun 2021"),
    (40, "Instruksi Presiden (Inpres) nomor 3 Tahun 2022"),
    (41, "Inpres 3/2022"),
    (42, "Kepmendagri 300.2.2-2138/2025"),
    (43, "Pergub No.47/2019"),
    (43, "PERGUB NO. 43 TH 2021"),
    (44, "Perwali No. 64/2018"),
    (44, "PERWALI NO.43 Tahun 2104"),
    (45, "PerMenKes No. 492 Tahun 2010"),
    (45, "Permenkes No.24 Tahun 2022"),
    (45, "Permenkes No. 6/2024"),
]


#: The texts of :data:`VARIANTS` that are refused, each for a reason the notes give.
REFUSED: frozenset[str] = frozenset({"Bab I Pasal 1 ayat 6", "PERWALI NO.43 Tahun 2104"})


def parse_all() -> set[str]:
    """Parse every variant once; the texts refused."""
    refused = set()
    for _, text in VARIANTS:
        try:
            parse_citation(text)
        except ValidationError:
            refused.add(text)
    return refused


def measure(rounds: int = 15) -> tuple[int, int, float]:
    """``(variants, texts, µs per text)``: the median time to parse one text, warm (registry loaded)."""
    refused = parse_all()
    if refused != REFUSED:
        raise AssertionError(f"refused {sorted(refused)}, expected {sorted(REFUSED)}")
    per_round = compare({"citations": parse_all}, rounds=rounds)["citations"]
    return len({number for number, _ in VARIANTS}), len(VARIANTS), per_round / len(VARIANTS)


def main() -> int:
    """Print the throughput."""
    variants, texts, each = measure()
    print(f"{variants} variants, {texts} texts: {each:.1f} µs per citation, {1e6 / each:,.0f} citations/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
