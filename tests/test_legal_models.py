"""Legal models: valid instances round-trip through dict and JSON; each rule, broken on purpose, is located."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.legal import (
    CitationMatch,
    Gazette,
    GazetteKind,
    InstrumentRef,
    InstrumentType,
    LegalInstrument,
    registry,
)
from kampungkb.testing import _legal as strategies

T = InstrumentType
MODELS = [
    (LegalInstrument, strategies.legal_instruments()),
    (InstrumentRef, strategies.instrument_refs()),
    (Gazette, strategies.gazettes()),
    (CitationMatch, strategies.citation_matches()),
]


@pytest.mark.parametrize(("cls", "strategy"), MODELS, ids=[cls.__name__ for cls, _ in MODELS])
@given(data=st.data())
def test_round_trip_through_dict_and_json(cls: type, strategy: Any, data: st.DataObject) -> None:
    """from_dict(to_dict(x)) == x and from_json(to_json(x)) == x for every drawn instance."""
    value = data.draw(strategy)
    assert from_dict(to_dict(value), cls) == value
    assert from_json(to_json(value), cls) == value


@given(instrument=strategies.registered_instruments())
def test_registered_instruments_round_trip(instrument: LegalInstrument) -> None:
    """Every registered instrument survives the JSON round trip with all its facts."""
    assert from_json(to_json(instrument), LegalInstrument) == instrument


@given(instrument=strategies.legal_instruments(type=st.sampled_from([t for t in T if t.takes_issuer])))
def test_instruments_of_issuer_types_round_trip_through_their_short_citation(instrument: LegalInstrument) -> None:
    """The identity of an instrument that names an issuer survives its short citation."""
    from kampungkb.legal import format_citation, parse_citation

    assert parse_citation(format_citation(instrument)).ref == instrument.ref


def _errors(build: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        build()
    return [(e.path, e.code) for e in caught.value.errors]


def law(**changes: Any) -> LegalInstrument:
    fields: dict[str, Any] = {"type": T.LAW, "number": "5", "year": 2010, **changes}
    return LegalInstrument(**fields)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"number": None}, [("$.number", "invariant")]),
        ({"number": "5 A"}, [("$.number", "constraint")]),
        ({"number": "-5"}, [("$.number", "constraint")]),
        ({"year": 1944}, [("$.year", "constraint")]),
        ({"year": "2010"}, [("$.year", "type")]),
        ({"issuer": "Kesehatan"}, [("$.issuer", "invariant")]),
        ({"title": "Pemerintahan Daerah (Pemda)"}, [("$.title", "constraint")]),
        ({"title": "Pemerintahan Daerah."}, [("$.title", "constraint")]),
        ({"title": " Pemerintahan"}, [("$.title", "constraint")]),
        ({"title": "Pemerintahan Daerah sebagaimana diubah"}, [("$.title", "invariant")]),
        (
            {"gazette": Gazette(kind=GazetteKind.STATE_BULLETIN, year=2010, number=1)},
            [("$.gazette.kind", "invariant")],
        ),
        (
            {"enacted": dt.date(2010, 5, 2), "promulgated": dt.date(2010, 5, 1)},
            [("$.promulgated", "invariant")],
        ),
        ({"amends": (InstrumentRef(T.LAW, "5", 2010),)}, [("$.amends[0]", "invariant")]),
        ({"revokes": [InstrumentRef(T.LAW, "4", 2009), "UU 3/2008"]}, [("$.revokes[1]", "type")]),
        ({"sources": ("ftp://example.org/x",)}, [("$.sources[0]", "invariant")]),
        ({"confidence": "confirmed"}, [("$.confidence", "type")]),
    ],
)
def test_each_rule_of_an_instrument_is_located(changes: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    """A law that breaks one rule is refused, naming the field and the rule's code."""
    assert _errors(lambda: law(**changes)) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"type": T.CONSTITUTION, "number": "1", "year": 1945}, [("$.number", "invariant")]),
        ({"type": T.CONSTITUTION, "number": None, "year": 2002}, [("$.year", "invariant")]),
        ({"type": T.CONSTITUTION, "number": None, "year": 1945, "title": "Dasar"}, [("$.title", "invariant")]),
        (
            {
                "type": T.PRESIDENTIAL_INSTRUCTION,
                "number": "3",
                "year": 2022,
                "gazette": Gazette(kind=GazetteKind.STATE_GAZETTE, year=2022, number=1),
            },
            [("$.gazette", "invariant")],
        ),
        (
            {"type": T.REGENCY_CITY_REGULATION, "number": "9", "year": 2017, "issuer": "Depok"},
            [("$.issuer", "invariant")],
        ),
        (
            {"type": T.MINISTERIAL_REGULATION, "number": "9", "year": 2017, "issuer": "Dalam Negeri RI"},
            [("$.issuer", "invariant")],
        ),
        (
            {"type": T.MINISTERIAL_REGULATION, "number": "9", "year": 2017, "issuer": "Kesehatan,"},
            [("$.issuer", "invariant")],
        ),
        (
            {"type": T.GOVERNOR_REGULATION, "number": "9", "year": 2017, "issuer": "Jawa  Timur"},
            [("$.issuer", "constraint")],
        ),
    ],
)
def test_type_specific_rules_are_located(fields: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    """Rules that depend on the type (Constitution, gazette, issuer form) are refused with their path."""
    assert _errors(lambda: LegalInstrument(**fields)) == expected


def test_a_bulletin_entry_has_no_supplement() -> None:
    """Only a Lembaran Negara entry carries a Tambahan number."""
    assert _errors(lambda: Gazette(kind=GazetteKind.STATE_BULLETIN, year=2020, number=703, supplement=5)) == [
        ("$.supplement", "invariant")
    ]


def test_every_problem_is_reported_at_once() -> None:
    """A record with three bad fields gets three located errors from JSON."""
    document = {"type": "uu", "number": 52, "year": 1900, "title": "", "color": "red"}
    assert _errors(lambda: from_dict(document, LegalInstrument)) == [
        ("$.number", "type"),
        ("$.year", "constraint"),
        ("$.title", "constraint"),
        ("$.color", "extra_key"),
    ]


def test_a_citation_string_stands_for_an_instrument_in_json() -> None:
    """A field typed LegalInstrument accepts a citation; a registered one comes back with its facts."""
    assert from_dict("UU No. 23 Tahun 2014", LegalInstrument) == registry.get("UU 23/2014")
    assert from_dict("Perwali Pasuruan 64/2018", LegalInstrument).issuer == "Pasuruan"
    assert from_dict({"type": "uu", "number": "9", "year": 2015, "amends": ["UU 23/2014"]}, LegalInstrument).amends == (
        InstrumentRef(T.LAW, "23", 2014),
    )


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("UUD No. 52 Tahun 2009", "invalid_value"),
        ("UU No. 23 Tahun 2014 tentang Pemerintah Daerah", "invalid_value"),
        ("tidak ada", "invalid_value"),
        (52, "type"),
        (True, "type"),
    ],
)
def test_json_citations_needing_correction_or_not_citations_are_refused(value: Any, code: str) -> None:
    """In JSON a citation is never silently corrected: misuse and junk are errors at the field."""
    document = {"type": "uu", "number": "9", "year": 2015, "amends": [value]}
    errors = _errors(lambda: from_dict(document, LegalInstrument))
    assert errors[0] == ("$.amends[0]", code)
    if isinstance(value, str) and "tidak" not in value:
        assert _errors(lambda: from_dict(value, LegalInstrument))[0] == ("$", code)


def test_citation_match_span_must_fit_the_text() -> None:
    """A match whose offsets do not fit its matched text is refused."""
    instrument = registry.get("UU 52/2009")
    assert _errors(lambda: CitationMatch(instrument=instrument, start=3, end=4, matched="UU 52/2009")) == [
        ("$.end", "invariant")
    ]
