"""The legal registry: sourced facts, unknowns left empty, Mengingat order, and the generated docs tables."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.errors import ValidationError
from kampungkb.legal import (
    Confidence,
    InstrumentRef,
    InstrumentType,
    LegalInstrument,
    format_citation,
    hierarchy_sorted,
    program_legal_basis,
    registry,
)
from kampungkb.legal._docs import render_sections
from kampungkb.testing.strategies import instrument_refs, legal_instruments, registered_instruments

DOCS_PAGE = Path(__file__).resolve().parent.parent / "docs" / "legal.md"
D = dt.date


def fact(citation: str, path: str) -> Any:
    value: Any = registry.get(citation)
    for part in path.split("."):
        value = getattr(value, part)
    return value


@pytest.mark.parametrize(
    "citation",
    [
        "UU 52/2009",
        "PP 87/2014",
        "UU 23/2014",
        "UU 2/2015",
        "UU 9/2015",
        "UU 6/2023",
        "Perpres 62/2010",
        "Perpres 153/2014",
        "Perpres 72/2021",
        "Inpres 3/2022",
        "Perban 20/2023",
        "UU 12/2011",
        "UU 15/2019",
        "UU 13/2022",
    ],
)
def test_the_issue_s_instruments_are_registered_with_sources(citation: str) -> None:
    """Each instrument the programme's legal basis needs is registered, with sources and a confidence."""
    instrument = registry.get(citation)
    assert instrument is not None
    assert instrument.sources
    assert instrument.confidence is not None
    assert instrument.title


@pytest.mark.parametrize(
    ("citation", "path", "expected"),
    [
        ("UU 52/2009", "enacted", D(2009, 10, 29)),
        ("UU 52/2009", "promulgated", D(2009, 10, 29)),
        ("UU 52/2009", "gazette.number", 161),
        ("UU 52/2009", "gazette.supplement", 5080),
        ("PP 87/2014", "promulgated", D(2014, 10, 17)),
        ("PP 87/2014", "gazette.number", 319),
        ("UU 23/2014", "enacted", D(2014, 9, 30)),
        ("UU 23/2014", "promulgated", D(2014, 10, 2)),
        ("UU 23/2014", "gazette.number", 244),
        ("UU 23/2014", "gazette.supplement", 5587),
        ("Perppu 2/2014", "gazette.number", 246),
        ("Perppu 2/2014", "gazette.supplement", 5589),
        ("UU 2/2015", "promulgated", D(2015, 2, 2)),
        ("UU 2/2015", "gazette.supplement", 5657),
        ("UU 9/2015", "enacted", D(2015, 3, 18)),
        ("UU 9/2015", "gazette.number", 58),
        ("UU 9/2015", "gazette.supplement", 5679),
        ("UU 6/2023", "promulgated", D(2023, 3, 31)),
        ("UU 6/2023", "gazette.number", 41),
        ("UU 6/2023", "gazette.supplement", 6856),
        ("UU 12/2011", "promulgated", D(2011, 8, 12)),
        ("UU 12/2011", "gazette.supplement", 5234),
        ("Perpres 153/2014", "gazette.number", 310),
        ("Perpres 72/2021", "enacted", D(2021, 8, 5)),
        ("Perpres 180/2024", "gazette.number", 376),
        ("Perpres 181/2024", "gazette.number", 377),
        ("Inpres 3/2022", "enacted", D(2022, 5, 20)),
        ("UU 6/2023", "confidence", Confidence.CORROBORATED),
        ("Perban 20/2023", "confidence", Confidence.CORROBORATED),
        ("UU 23/2014", "confidence", Confidence.CONFIRMED),
    ],
)
def test_registered_facts_match_the_notes(citation: str, path: str, expected: object) -> None:
    """Dates, gazette numbers and confidence are the ones the research notes give."""
    assert fact(citation, path) == expected


@pytest.mark.parametrize(
    ("citation", "path"),
    [
        ("PP 87/2014", "gazette.supplement"),
        ("Perpres 62/2010", "enacted"),
        ("Perpres 62/2010", "promulgated"),
        ("Perpres 62/2010", "gazette"),
        ("Perpres 153/2014", "enacted"),
        ("Perpres 153/2014", "promulgated"),
        ("Perpres 72/2021", "promulgated"),
        ("Perpres 72/2021", "gazette"),
        ("Perban 20/2023", "enacted"),
        ("Perban 20/2023", "promulgated"),
        ("Perban 20/2023", "gazette"),
        ("UU 6/2023", "enacted"),
        ("UU 15/2019", "enacted"),
        ("UU 15/2019", "promulgated"),
        ("UU 13/2022", "enacted"),
        ("UU 13/2022", "promulgated"),
        ("Inpres 3/2022", "promulgated"),
    ],
)
def test_facts_not_found_are_left_empty(citation: str, path: str) -> None:
    """A fact the notes mark unconfirmed or not found is None, never guessed."""
    assert fact(citation, path) is None


def test_amendment_chains_are_recorded() -> None:
    """UU 23/2014 was amended by UU 2/2015, UU 9/2015, UU 11/2020 and lastly UU 6/2023; UU 12/2011 twice."""
    assert [format_citation(x) for x in registry.amended_by("UU 23/2014")] == [
        "UU 2/2015",
        "UU 9/2015",
        "UU 11/2020",
        "UU 6/2023",
    ]
    assert [format_citation(x) for x in registry.amended_by("UU 12/2011")] == ["UU 15/2019", "UU 13/2022"]
    assert registry.amended_by("UU 52/2009") == ()


def test_full_citation_of_a_once_amended_law() -> None:
    """A law amended once gets 'sebagaimana telah diubah dengan' and the amending law's gazette."""
    text = format_citation(registry.get("UU 12/2011"), "full")  # type: ignore[arg-type]
    assert "sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 13 Tahun 2022" in text
    text = format_citation(registry.get("UU 52/2009"), "full")  # type: ignore[arg-type]
    assert "sebagaimana" not in text


@given(instrument=registered_instruments())
def test_every_fact_has_its_provenance(instrument: LegalInstrument) -> None:
    """Each registered instrument has sources and a confidence; its differing facts name an http(s) source or
    say in a note why they have none."""
    assert instrument.sources
    assert instrument.confidence is not None
    for provenance in registry.provenance(instrument):
        assert provenance.sources or provenance.note
        assert all(url.startswith(("http://", "https://")) for url in provenance.sources)


def test_program_legal_basis_is_in_mengingat_order() -> None:
    """The programme's basis lists laws first, then PP, Perpres, and the unranked instruments."""
    assert [format_citation(x) for x in program_legal_basis()] == [
        "UU 52/2009",
        "UU 23/2014",
        "PP 87/2014",
        "Perpres 62/2010",
        "Perpres 153/2014",
        "Perpres 72/2021",
        "Inpres 3/2022",
        "Perban 20/2023",
    ]


def test_laws_and_perppu_share_a_rank_and_sort_by_date() -> None:
    """UU 23/2014 (30 Sept 2014) comes before Perppu 2/2014 (2 Oct 2014), which comes before UU 2/2015."""
    items = [registry.get(c) for c in ("UU 2/2015", "Perppu 2/2014", "UU 23/2014", "PP 87/2014")]
    assert [format_citation(x) for x in hierarchy_sorted(items)] == [  # type: ignore[arg-type]
        "UU 23/2014",
        "Perppu 2/2014",
        "UU 2/2015",
        "PP 87/2014",
    ]


@given(
    items=st.lists(st.one_of(legal_instruments(), registered_instruments(), instrument_refs()), max_size=8),
    data=st.data(),
)
def test_hierarchy_order_is_by_rank_and_does_not_depend_on_input_order(items: list[Any], data: st.DataObject) -> None:
    """hierarchy_sorted is a permutation, ranks never go up, and shuffling the input leaves the identities' order."""
    ordered = hierarchy_sorted(items)
    assert sorted(map(repr, ordered)) == sorted(map(repr, items))
    ranks = [x.type.rank if x.type.rank is not None else 99 for x in ordered]
    assert ranks == sorted(ranks)
    shuffled = data.draw(st.permutations(items))
    assert [_identity(x) for x in hierarchy_sorted(shuffled)] == [_identity(x) for x in ordered]


def _identity(item: LegalInstrument | InstrumentRef) -> InstrumentRef:
    return item.ref if isinstance(item, LegalInstrument) else item


def test_hierarchy_sorted_refuses_other_things() -> None:
    """A non-instrument in the list is a type error at its index; a non-list is a type error."""
    with pytest.raises(ValidationError) as caught:
        hierarchy_sorted([registry.get("UU 52/2009"), "UU 23/2014"])
    assert [(e.path, e.code) for e in caught.value.errors] == [("$[1]", "type")]
    for junk in (None, 5, "UU 52/2009"):
        with pytest.raises(ValidationError) as caught:
            hierarchy_sorted(junk)  # type: ignore[arg-type]
        assert [(e.path, e.code) for e in caught.value.errors] == [("$", "type")]


@pytest.mark.parametrize(
    "citation",
    [
        "UU 52/2009",
        "Undang-undang No. 52 tahun 2009",
        "UUD No. 52 Tahun 2009",
        InstrumentRef(InstrumentType.LAW, "52", 2009),
    ],
)
def test_get_takes_any_form_of_the_citation(citation: Any) -> None:
    """registry.get takes citations in any spelling, references and instruments."""
    found = registry.get(citation)
    assert found is not None
    assert registry.get(found) is found
    assert found.ref == InstrumentRef(InstrumentType.LAW, "52", 2009)


def test_get_of_the_wrong_thing() -> None:
    """Unknown instruments give None; non-citations and other types raise; membership never raises."""
    assert registry.get("Permen 58/2021") is None  # the issuer (Dalam Negeri) is part of the identity
    assert registry.get("Permendagri 58/2021") is not None
    for value, code in (("bukan sitasi", "invalid_value"), (52, "type"), (None, "type")):
        with pytest.raises(ValidationError) as caught:
            registry.get(value)  # type: ignore[arg-type]
        assert caught.value.errors[0].code == code
    assert 52 not in registry
    assert "bukan sitasi" not in registry
    with pytest.raises(ValidationError):
        registry.provenance("UU 1/2099")


def test_the_registry_is_loaded_on_first_use() -> None:
    """Importing kampungkb.legal reads no data file; the first lookup reads the registry."""
    code = (
        "import kampungkb.legal as L, kampungkb._core._data as D; before = sorted(D._files); "
        "L.registry.get('UU 52/2009'); print(before, sorted(D._files))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[] [('legal', 'registry')]"


def test_the_docs_tables_are_generated_from_the_data() -> None:
    """docs/legal.md holds exactly what the generator writes (run python -m kampungkb.legal._docs docs/legal.md)."""
    page = DOCS_PAGE.read_text(encoding="utf-8")
    assert render_sections(page) == page
    for marker in ("legal-types", "legal-registry", "legal-provenance", "legal-lampiran-n"):
        assert f"<!-- begin generated: {marker} -->\n|" in page or f"<!-- begin generated: {marker} -->\nSource" in page


def test_each_identity_is_registered_once() -> None:
    """No two registry records share an identity, and every gazette entry belongs to one instrument."""
    refs = [instrument.ref for instrument in registry]
    assert len(set(refs)) == len(refs)
    gazettes = [(g.kind, g.year, g.number) for g in (x.gazette for x in registry) if g is not None]
    assert len(set(gazettes)) == len(gazettes)
