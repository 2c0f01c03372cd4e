"""Confidence says no more than the source: a CONFIRMED fact rests on an official page or an instrument's text."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from kampungkb.kampung import InpresKegiatan
from kampungkb.legal import Confidence, registry
from kampungkb.legal._sources import can_confirm
from kampungkb.people import ActingForm
from kampungkb.schema import json_schema

DATA = Path(str(resources.files("kampungkb").joinpath("data")))
FILES = sorted(DATA.rglob("*.json"))

#: The keys under which a fact names the sources it rests on. ``seen_in`` (pages that show a
#: spelling in use) is deliberately not among them: an observation confirms no spelling.
SOURCE_KEYS = frozenset(
    {"sources", "urls", "url", "repository", "main_source", "source", "decree_urls", "data_set_url", "observed"}
)


def _urls(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if value.startswith(("http://", "https://")):
            yield value
    elif isinstance(value, list):
        for item in value:
            yield from _urls(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in SOURCE_KEYS:
                yield from _urls(item)


def _is_confirmed(value: Any) -> bool:
    """A fact's mark that says CONFIRMED (a legend such as 'CONFIRMED = …' defines the word, it marks nothing)."""
    return isinstance(value, str) and re.match(r"(?i)confirmed\b", value) is not None and "=" not in value


def confirmed_facts(document: Any, path: str = "$") -> Iterator[tuple[str, list[str]]]:
    """Every object marked CONFIRMED in a data document, with the URLs of the sources it names."""
    if isinstance(document, dict):
        for key, value in document.items():
            if "confidence" in key and _is_confirmed(value):
                yield f"{path}.{key}", list(_urls({k: v for k, v in document.items() if k in SOURCE_KEYS}))
            yield from confirmed_facts(value, f"{path}.{key}")
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from confirmed_facts(value, f"{path}[{index}]")


def unconfirmed_claims(document: Any) -> list[str]:
    """The CONFIRMED marks none of whose sources can confirm."""
    return [path for path, urls in confirmed_facts(document) if not any(can_confirm(url) for url in urls)]


@pytest.mark.parametrize("file", FILES, ids=lambda file: str(file.relative_to(DATA)))
def test_every_confirmed_fact_rests_on_an_official_page_or_an_instrument_s_text(file: Path) -> None:
    """In every data file (the registry's facts included), a CONFIRMED fact names at least one source that is an
    official page or a copy of an instrument's own text, as data/legal/official_sources.json lists them."""
    document = json.loads(file.read_text(encoding="utf-8"))
    assert unconfirmed_claims(document) == []


def test_the_check_finds_a_confirmed_fact_resting_on_news_alone() -> None:
    """The check can fail: a fact marked confirmed on a news page, or with no source at all, is reported."""
    document = {
        "items": [
            {"fact": "enacted", "confidence": "confirmed", "sources": ["https://www.antaranews.com/berita/1"]},
            {"fact": "title", "confidence": "CONFIRMED by two reports", "urls": ["https://suarabaru.id/x"]},
            {"fact": "gazette", "confidence": "confirmed", "sources": []},
            {"fact": "kept", "confidence": "confirmed", "sources": ["https://jdih.kemenkeu.go.id/x"]},
            {"fact": "seen", "confidence": "CONFIRMED", "sources": ["https://x.id"], "seen_in": ["https://x.go.id"]},
            {"fact": "guess", "confidence": "corroborated", "sources": ["https://www.antaranews.com/berita/1"]},
        ],
        "_source": {"confidence": "CONFIRMED = the regulation's text or an official page"},
    }
    assert unconfirmed_claims(document) == [
        "$.items[0].confidence",
        "$.items[1].confidence",
        "$.items[2].confidence",
        "$.items[4].confidence",
    ]


@pytest.mark.parametrize(
    ("url", "confirms"),
    [
        ("https://jdih.kemenkeu.go.id/fulltext/2014/87tahun2014pp.htm", True),
        ("https://dev-jdihn.bphn.go.id/doc/1325771", True),
        ("https://peraturan.bpk.go.id/Search?tema=63", True),
        ("https://kampungkb.bkkbn.go.id/kampung/7680", True),
        ("http://ejaan.kemdikbud.go.id/eyd/penulisan-kata/singkatan-dan-akronim/", True),
        ("https://github.com/mblonyox/data-peraturan/blob/c87e616/uu/2009/52.md", True),
        ("https://garuda.kemdiktisaintek.go.id/documents/detail/2026057", False),
        ("https://www.antaranews.com/berita/2991617/x", False),
        ("https://akoenksembilantujuh.com/2022/09/undang-undang-nomor-12-tahun-2011.html", False),
        ("https://go.id.example.com/page", False),
        ("https://notgo.id/page", False),
        ("https://github.com/someone/else", False),
    ],
)
def test_which_sources_can_confirm(url: str, confirms: bool) -> None:
    """Government domains (go.id) and listed copies of instruments' texts confirm; news, blogs and look-alikes not."""
    assert can_confirm(url) is confirms


def test_every_listed_official_source_says_why_it_counts() -> None:
    """The one list of what can confirm gives its reason for each entry."""
    data = json.loads((DATA / "legal" / "official_sources.json").read_text(encoding="utf-8"))
    assert data["_source"]["description"]
    for entry in data["official_domains"]:
        assert entry["what"]
        assert all(item["why"] for item in entry.get("except", ()))
    for entry in data["instrument_texts"]:
        assert entry["prefix"].startswith("https://")
        assert entry["what"]


# ---------------------------------------------------------------------------
# The facts the audit found marked beyond their sources


@pytest.mark.parametrize(
    ("citation", "fact"),
    [
        ("Inpres 3/2022", None),
        ("Inpres 3/2022", "enacted"),
        ("Perpres 72/2021", None),
        ("Perpres 72/2021", "enacted"),
        ("UU 12/2011", None),
        ("UU 15/2019", "title"),
        ("UU 13/2022", "title"),
        ("Kepmendagri 300.2.2-2138/2025", None),
    ],
)
def test_facts_resting_on_news_or_secondary_pages_are_corroborated(citation: str, fact: str | None) -> None:
    """The instruments and facts whose sources are news, blogs or mirrors only are marked corroborated."""
    if fact is None:
        instrument = registry.get(citation)
        assert instrument is not None
        assert instrument.confidence is Confidence.CORROBORATED
    else:
        (provenance,) = [p for p in registry.provenance(citation) if p.fact == fact]
        assert provenance.confidence is Confidence.CORROBORATED


@pytest.mark.parametrize("instrument", list(registry), ids=lambda x: f"{x.type.code} {x.number}/{x.year}")
def test_an_instrument_s_confidence_is_that_of_its_weakest_fact(instrument: Any) -> None:
    """A registered instrument marked confirmed has no fact marked corroborated."""
    facts = registry.provenance(instrument)
    if instrument.confidence is Confidence.CONFIRMED:
        assert all(p.confidence is Confidence.CONFIRMED for p in facts), [p.fact for p in facts]


def _degrees() -> dict[str, dict[str, Any]]:
    data = json.loads((DATA / "people" / "degrees.json").read_text(encoding="utf-8"))
    return {entry["canonical"]: entry for entry in data["degrees"]}


@pytest.mark.parametrize("canonical", ["Drs.", "Dra.", "S.H.", "S.T.", "S.Pd.", "S.STP.", "A.Md.", "A.Md.Keb.", "M.M."])
def test_degree_spellings_from_blog_or_news_lists_are_corroborated(canonical: str) -> None:
    """The nine spellings whose only guidance is a blog, school or news list are corroborated; the official pages
    that merely show them in use are listed apart, as seen_in."""
    entry = _degrees()[canonical]
    assert entry["confidence"] == "CORROBORATED"
    assert not any(can_confirm(url) for url in entry["sources"])


def test_spellings_on_badan_bahasa_s_eyd_page_stay_confirmed() -> None:
    """The spellings the official EYD page lists are still confirmed (the check is not a blanket downgrade)."""
    degrees = _degrees()
    for canonical in ("Prof.", "Dr.", "dr.", "S.E.", "S.Sos.", "M.Si.", "M.Hum."):
        assert degrees[canonical]["confidence"] == "CONFIRMED"


def test_acting_forms_cite_the_pages_they_were_seen_on_and_no_legal_basis() -> None:
    """Plt, Pj and Pjs carry the news pages of the notes, corroborated; no unsourced legal basis; Plh (in no
    note) is gone."""
    data = json.loads((DATA / "people" / "positions.json").read_text(encoding="utf-8"))
    forms = data["acting_forms"]
    assert [member.abbreviation for member in ActingForm] == ["Plt", "Pj", "Pjs"]
    assert set(forms) == {member.code for member in ActingForm}
    for entry in forms.values():
        assert "basis" not in entry
        assert entry["confidence"] == "CORROBORATED"
        assert entry["sources"]
        assert "INFERRED" in entry["note"]
    assert "acting_sources" not in data


def test_sdri_cites_no_page_that_does_not_list_it() -> None:
    """'Sdri.' is not in the EYD pages, so its entry cites none of them and says where it was seen instead."""
    data = json.loads((DATA / "people" / "honorifics.json").read_text(encoding="utf-8"))
    (saudari,) = [entry for entry in data["honorifics"] if entry["code"] == "saudari"]
    assert not any("Permendiknas" in url or "ejaan" in url for url in saudari["sources"])
    assert "Lingua::ID::NameParse" in saudari["note"]


def test_the_inpres_kegiatan_indicator_is_described_as_the_portal_s_text() -> None:
    """The indicator is the portal seeder's wording, not an indicator the Inpres is known to set."""
    description = json_schema(InpresKegiatan)["properties"]["indicator"]["description"]
    assert "the Inpres sets" not in description
    assert "portal" in description
