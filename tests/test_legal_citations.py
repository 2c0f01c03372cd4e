"""Citations: format and parse are inverse, find_citations locates every citation, bad input is refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.errors import ValidationError
from kampungkb.legal import (
    MAX_CITATION_LENGTH,
    InstrumentRef,
    InstrumentType,
    find_citations,
    format_citation,
    parse_citation,
    parse_citation_detailed,
    registry,
)
from kampungkb.testing.strategies import citable_instruments, instrument_refs, registered_instruments

STYLES = ["short", "long", "full"]


@pytest.mark.parametrize("style", STYLES)
@given(data=st.data())
def test_parse_reads_back_what_format_writes(style: str, data: st.DataObject) -> None:
    """parse_citation(format_citation(x, style)) == x for instruments holding what the style writes."""
    instrument = data.draw(citable_instruments(style))  # type: ignore[arg-type]
    text = format_citation(instrument, style)  # type: ignore[arg-type]
    match = parse_citation_detailed(text)
    assert match.instrument == instrument
    assert match.corrections == ()
    assert match.span == (0, len(text))


@pytest.mark.parametrize("style", STYLES)
@given(instrument=registered_instruments())
def test_registered_instruments_round_trip_in_every_style(style: str, instrument: object) -> None:
    """A registered instrument, written in any style, parses back to the registry's record."""
    assert parse_citation(format_citation(instrument, style)) == instrument  # type: ignore[arg-type]


@given(ref=instrument_refs())
def test_a_reference_formats_like_its_instrument(ref: InstrumentRef) -> None:
    """An InstrumentRef's short citation parses back to the same identity."""
    assert parse_citation(format_citation(ref)).ref == ref


@given(
    items=st.lists(st.tuples(citable_instruments("long"), st.sampled_from(["short", "long"])), min_size=1, max_size=4),
    glue=st.sampled_from(["; ", ".\n", " dan ", ", serta "]),
)
def test_find_citations_locates_each_citation_in_a_paragraph(items: list[tuple[object, str]], glue: str) -> None:
    """Citations joined into a paragraph are all found, in order, at their offsets."""
    # Titles that contain a sentence end or a citation of their own are cut in running text by design; the
    # drawn titles hold neither (no period, no digit), so each citation is found once, in order.
    texts = [format_citation(x, "short" if style == "short" else "long") for x, style in items]  # type: ignore[arg-type]
    paragraph = "Dasar hukum: " + glue.join(texts) + "."
    found = find_citations(paragraph)
    assert [m.instrument.ref for m in found] == [x.ref for x, _ in items]  # type: ignore[attr-defined]
    assert [paragraph[m.start : m.end] for m in found] == [m.matched for m in found]
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_find_citations_reads_a_mengingat_list() -> None:
    """Each line of a real-style Mengingat list yields its instrument, amending laws included."""
    text = (
        "Mengingat : 1. Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n"
        "2. " + format_citation(registry.get("UU 52/2009"), "full") + ";\n"  # type: ignore[arg-type]
        "3. " + format_citation(registry.get("UU 23/2014"), "full") + ";"  # type: ignore[arg-type]
    )
    found = find_citations(text)
    assert [format_citation(m.instrument) for m in found] == ["UUD 1945", "UU 52/2009", "UU 23/2014", "UU 6/2023"]
    assert found[0].pinpoint == "Pasal 5 ayat (2)"
    assert all(m.registered for m in found[1:])


def test_find_citations_in_the_seed_sentence() -> None:
    """The seed's legal basis sentence names UU 52/2009 and UU 23/2014."""
    text = (
        "Landasan hukum Kampung KB adalah Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan "
        "dan Pembangunan Keluarga dan Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah yang dalam "
        "lampirannya membagi urusan pengendalian penduduk dan keluarga berencana."
    )
    found = find_citations(text)
    assert [format_citation(m.instrument) for m in found] == ["UU 52/2009", "UU 23/2014"]
    assert found[1].matched == "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"


@pytest.mark.parametrize("value", [None, 52, 52.0, b"UU 52/2009", ["UU 52/2009"], {"type": "uu"}])
def test_non_text_is_a_type_error(value: object) -> None:
    """parse_citation, parse_citation_detailed and find_citations refuse non-strings with code 'type'."""
    for function in (parse_citation, parse_citation_detailed, find_citations):
        with pytest.raises(ValidationError) as caught:
            function(value)
        assert [(e.path, e.code) for e in caught.value.errors] == [("$", "type")]


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("", ["type", "number", "year"]),
        ("Nomor 52 Tahun 2009", ["type"]),
        ("UU tentang Pemerintahan Daerah", ["number", "year"]),
        ("UU No. 52", ["year"]),
        ("Peraturan Presiden Tahun 2021", ["number"]),
        ("Keluarga berkualitas", ["type", "number", "year"]),
    ],
)
def test_not_a_citation_names_the_missing_parts(text: str, missing: list[str]) -> None:
    """Text that is not a citation raises invalid_value errors naming each missing part."""
    with pytest.raises(ValidationError) as caught:
        parse_citation(text)
    errors = caught.value.errors
    assert [e.code for e in errors] == ["invalid_value"] * len(missing)
    assert [next(part for part in ("type", "number", "year") if part in e.message) for e in errors] == missing


@pytest.mark.parametrize(
    "text", ["UU 52/2009 lalu diubah", "lihat UU 52/2009", "UU 52/2009 (catatan)", "PP 87/2014 tentang X (Y)"]
)
def test_text_around_a_citation_is_refused_by_parse(text: str) -> None:
    """parse_citation takes one citation; other text before or after it is an invalid_value error."""
    with pytest.raises(ValidationError) as caught:
        parse_citation(text)
    assert {e.code for e in caught.value.errors} == {"invalid_value"}


def test_gazette_of_the_wrong_kind_is_located() -> None:
    """A Perpres cited with a Berita Negara entry is refused, naming the gazette."""
    with pytest.raises(ValidationError) as caught:
        parse_citation("Perpres 5/2010 (Berita Negara Republik Indonesia Tahun 2010 Nomor 3)")
    assert [e.code for e in caught.value.errors] == ["invariant"]
    assert "gazette" in caught.value.errors[0].message


def test_a_huge_text_is_refused_by_parse_and_scanned_by_find() -> None:
    """A 1 MB string: parse_citation refuses it by length; find_citations scans it and finds the one citation."""
    filler = "UU Nomor tahun Peraturan " * 40_000
    text = filler + "UU 52/2009" + " x" * 10
    with pytest.raises(ValidationError) as caught:
        parse_citation(text)
    assert caught.value.errors[0].code == "constraint"
    assert str(MAX_CITATION_LENGTH) in caught.value.errors[0].message
    assert [m.matched for m in find_citations(text)] == ["UU 52/2009"]


def test_pathological_repetition_does_not_backtrack() -> None:
    """Long runs of number-like and issuer-like text near a type word are rejected, not explored."""
    for text in ("UU " + "1." * 1999, "Permen " + "Kesehatan " * 390, "UU 5" + "/a" * 1990, "Pasal 1 " * 490):
        with pytest.raises(ValidationError):
            parse_citation(text)


def test_constitution_has_no_number() -> None:
    """'UUD 1945' and its long form are the Constitution, which has no number."""
    for text in ("UUD 1945", "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "UUD NRI Tahun 1945"):
        instrument = parse_citation(text)
        assert (instrument.type, instrument.number, instrument.year) == (InstrumentType.CONSTITUTION, None, 1945)
