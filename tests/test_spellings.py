"""Spellings as written: a parsed name keeps its text whenever normalising changed anything, and the shipped
workshop keeps the degrees as the report writes them beside the canonical form."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from hypothesis import given

from kampungkb import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.examples import example_json, pasuruan_city_workshop_2020
from kampungkb.people import Honorific, Official, PersonName
from kampungkb.testing.strategies import person_names

# (text as written, what it reads as, whether the text is kept)
WRITTEN = [
    ("Ibu Njoman Swasti, S.STP, MM", "Ibu Njoman Swasti, S.STP., M.M.", True),
    ("Bapak Raharto Teno Prasetyo, ST", "Bapak Raharto Teno Prasetyo, S.T.", True),
    ("Bpk. Raharto Teno Prasetyo, S.T.", "Bapak Raharto Teno Prasetyo, S.T.", True),
    ("Sdr. Lukman", "Saudara Lukman", True),
    ("Drs.H. Adri Djoko Srijono, Msi", "Drs. H. Adri Djoko Srijono, M.Si.", True),
    ("Dwi rachmawati, ST, MM", "Dwi rachmawati, S.T., M.M.", True),
    ("H. Wardoyo Wijaya SH. MH", "H. Wardoyo Wijaya, S.H., M.H.", True),
    ("Dra.Hitima Wardhani,MPH.", "Dra. Hitima Wardhani, M.P.H.", True),
    ("TRI ANGGA, RSSTP., MAP", "Tri Angga, RSSTP., M.A.P.", True),
    ("H. IMAM USTADI, S.Si., M.Si.", "H. Imam Ustadi, S.Si., M.Si.", True),
    ("Njoman Swasti, S.STP., M.M.", "Njoman Swasti, S.STP., M.M.", False),
    ("Saudara Lukman", "Saudara Lukman", False),
    ("Dr. Wihaji, S.Ag., M.Pd.", "Dr. Wihaji, S.Ag., M.Pd.", False),
    ("  Njoman \u00a0 Swasti  ", "Njoman Swasti", False),
]


@pytest.mark.parametrize(("text", "official", "kept"), WRITTEN, ids=[row[0].strip() for row in WRITTEN])
def test_a_parsed_name_keeps_its_text_when_reading_changed_anything(text: str, official: str, kept: bool) -> None:
    """Degrees respelled, a form of address written out, capitals title-cased: the text as written is kept in
    original. A text already in the official form (runs of spaces aside) keeps nothing."""
    name = PersonName.parse(text)
    assert name.formal() == official
    assert name.original == (text if kept else None)
    if kept:
        assert PersonName.parse(name.original) == name


def test_the_shipped_workshop_keeps_the_report_s_spellings() -> None:
    """The report writes 'ST' and 'S.STP, MM': the example keeps them beside the canonical degrees."""
    workshop = pasuruan_city_workshop_2020()
    mayor = workshop.opened_by
    assert mayor is not None
    assert mayor.name.degrees_after == ("S.T.",)
    assert mayor.name.original == "Bapak Raharto Teno Prasetyo, ST"
    (head,) = [speaker.official for speaker in workshop.speakers if speaker.official is not None]
    assert head.name.degrees_after == ("S.STP.", "M.M.")
    assert head.name.original == "Ibu Njoman Swasti, S.STP, MM"


def test_the_shipped_json_holds_the_spellings_as_written() -> None:
    """The packaged JSON file (not just the Python example) carries the report's spellings."""
    text = resources.files("kampungkb.examples").joinpath("pasuruan_city_workshop_2020.json").read_text("utf-8")
    document = json.loads(text)
    assert document["opened_by"]["name"]["original"] == "Bapak Raharto Teno Prasetyo, ST"
    heads = [s["official"]["name"]["original"] for s in document["speakers"] if s["official"] is not None]
    assert heads == ["Ibu Njoman Swasti, S.STP, MM"]
    assert text == example_json()
    assert from_json(text, type(pasuruan_city_workshop_2020())) == pasuruan_city_workshop_2020()


def test_an_official_read_from_text_keeps_the_name_as_written() -> None:
    """Official.parse reads the name part with PersonName.parse, so the name keeps its spelling too."""
    official = Official.parse("Pjs Wali Kota Pasuruan Dr. Ardo Sahak SE, MM")
    assert official.name.original == "Dr. Ardo Sahak SE, MM"
    assert str(official.name) == "Dr. Ardo Sahak, S.E., M.M."


def test_a_name_given_as_text_in_json_keeps_it() -> None:
    """A PersonName field given its written form as a JSON string keeps that form."""
    name = from_json('"Ibu Njoman Swasti, S.STP, MM"', PersonName)
    assert name.original == "Ibu Njoman Swasti, S.STP, MM"
    assert name.honorific is Honorific.IBU


@given(person_names())
def test_the_text_as_written_reads_back_as_the_name(name: PersonName) -> None:
    """parse(x.original) == x whenever original is set, and parse(x.formal()) is x without it."""
    if name.original is not None:
        assert PersonName.parse(name.original) == name
    assert PersonName.parse(name.formal()).original is None


@given(person_names())
def test_names_with_their_text_round_trip(name: PersonName) -> None:
    """from_dict(to_dict(x)) == x and from_json(to_json(x)) == x, original included."""
    assert from_dict(to_dict(name), PersonName) == name
    assert from_json(to_json(name), PersonName) == name


BROKEN: list[tuple[dict[str, Any], str]] = [
    ({"name": "Imam Ustadi", "original": "Budi Santoso"}, "reads as 'Budi Santoso', not as this name"),
    ({"name": "Imam Ustadi", "degrees_after": ["S.E."], "original": "Imam Ustadi, MM"}, "reads as 'Imam Ustadi, M.M.'"),
    ({"name": "Imam Ustadi", "original": "Imam Ustadi"}, "already its official form"),
    ({"name": "Imam Ustadi", "honorific": "bapak", "original": "Imam Ustadi"}, "reads as 'Imam Ustadi', not"),
    ({"name": "Imam Ustadi", "original": "S.E., M.M."}, "does not read as a name"),
    ({"name": "Imam Ustadi", "original": "IMAM  USTADI"}, "expected a name or label"),
    ({"name": "Imam Ustadi", "original": "IMAM\nUSTADI"}, "expected a name or label"),
]


@pytest.mark.parametrize(("document", "says"), BROKEN, ids=[row[1] for row in BROKEN])
def test_an_original_that_is_not_this_name_as_written_is_refused(document: dict[str, Any], says: str) -> None:
    """original must read back as this very name and differ from its official form; it is one line."""
    with pytest.raises(ValidationError) as caught:
        from_dict(document, PersonName)
    (item,) = caught.value.errors
    assert item.path == "$.original"
    assert says in item.message


def test_a_name_in_capitals_needs_its_text_as_written() -> None:
    """A name stored in capitals is refused: it is kept title-cased, with the capitals in original."""
    with pytest.raises(ValidationError) as caught:
        PersonName("IMAM USTADI")
    assert "with the text as written in original" in caught.value.errors[0].message
    assert PersonName("Imam Ustadi", original="IMAM USTADI").original == "IMAM USTADI"
