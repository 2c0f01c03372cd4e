"""A legal instrument agrees with the registry and with the calendar, however it is built or loaded."""

from __future__ import annotations

import datetime as dt
import json
import typing
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given

from kampungkb import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.legal import (
    Confidence,
    Gazette,
    GazetteKind,
    InstrumentRef,
    InstrumentType,
    LegalInstrument,
    format_citation,
    parse_citation,
    registry,
)
from kampungkb.testing.strategies import legal_instruments

UU_52 = registry.get("UU 52/2009")
assert UU_52 is not None
LATEST = dt.datetime.now(dt.timezone(dt.timedelta(hours=9))).year  # Indonesia's easternmost time zone


def _document(**changes: Any) -> dict[str, Any]:
    document = to_dict(UU_52)
    assert isinstance(document, dict)
    document.update(changes)
    return document


def _errors(build: Callable[[], object]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        build()
    return [(item.path, item.code) for item in caught.value.errors]


def _messages(build: Callable[[], object]) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        build()
    return [item.message for item in caught.value.errors]


#: Each way an instrument is made from a document: the codec (generated and reference paths)
#: and the constructor.
BUILDERS: dict[str, Callable[[dict[str, Any]], object]] = {
    "from_dict": lambda document: from_dict(document, LegalInstrument),
    "from_json": lambda document: from_json(json.dumps(document), LegalInstrument),
    "constructor": lambda document: LegalInstrument(**_python_fields(document)),
}


def _python_fields(document: dict[str, Any]) -> dict[str, Any]:
    """The document's fields as Python values (each part loaded on its own, so only the whole is checked)."""
    hints = typing.get_type_hints(LegalInstrument)
    return {name: from_dict(value, hints[name]) for name, value in document.items()}


# ---------------------------------------------------------------------------
# Contradicting the registry


CONTRADICTIONS: list[tuple[str, dict[str, Any], str]] = [
    ("the 2009 gazette on a 2019 law", {"year": 2019}, "$.gazette.year"),
    ("a changed title", {"title": "Perkembangan Penduduk"}, "$.title"),
    ("a gazette of another year", {"gazette": {**to_dict(UU_52.gazette), "year": 2010}}, "$.gazette.year"),  # type: ignore[arg-type,dict-item]
    ("another gazette number", {"gazette": {**to_dict(UU_52.gazette), "number": 162}}, "$.gazette.number"),  # type: ignore[arg-type,dict-item]
    ("another supplement", {"gazette": {**to_dict(UU_52.gazette), "supplement": 5081}}, "$.gazette.supplement"),  # type: ignore[arg-type,dict-item]
    ("another enactment date", {"enacted": "2009-10-28"}, "$.enacted"),
    ("another promulgation date", {"promulgated": "2009-10-30"}, "$.promulgated"),
    ("another revoked law", {"revokes": ["UU 11/1992"]}, "$.revokes[0]"),
    ("other sources", {"sources": ["https://jdih.example.go.id/uu-52-2009"]}, "$.sources"),
    ("another confidence", {"confidence": "corroborated"}, "$.confidence"),
]


@pytest.mark.parametrize("builder", sorted(BUILDERS))
@pytest.mark.parametrize(
    ("changes", "path"), [row[1:] for row in CONTRADICTIONS], ids=[row[0] for row in CONTRADICTIONS]
)
def test_a_registered_instrument_contradicting_the_registry_is_refused(
    builder: str, changes: dict[str, Any], path: str
) -> None:
    """UU 52/2009 stating a fact the registry gives otherwise is an invariant error at that fact, however built."""
    errors = _errors(lambda: BUILDERS[builder](_document(**changes)))
    assert (path, "invariant") in errors


def test_the_self_contradicting_citation_of_the_issue_cannot_be_made() -> None:
    """UU 52 'of 2019' with the 2009 gazette, marked confirmed, was printed as a confirmed citation; now refused."""
    messages = _messages(lambda: from_dict(_document(year=2019), LegalInstrument))
    assert "the gazette's year 2009 is before the instrument's year 2019" in messages


def test_an_issuer_written_differently_from_the_registry_is_reported() -> None:
    """Permendagri 58/2021 with its issuer in other letter case names the registered instrument: reported."""
    with pytest.raises(ValidationError) as caught:
        LegalInstrument(type=InstrumentType.MINISTERIAL_REGULATION, number="58", year=2021, issuer="dalam negeri")
    (item,) = caught.value.errors
    assert (item.path, item.code) == ("$.issuer", "invariant")
    assert "'Dalam Negeri'" in item.message


def test_a_partial_registered_instrument_is_valid() -> None:
    """Leaving facts unknown contradicts nothing: identity alone, or with the registry's title, is valid."""
    bare = LegalInstrument(type=InstrumentType.LAW, number="52", year=2009)
    titled = LegalInstrument(type=InstrumentType.LAW, number="52", year=2009, title=UU_52.title)
    assert bare.gazette is None
    assert titled.title == UU_52.title
    assert from_dict({"type": "uu", "number": "52", "year": 2009, "gazette": None}, LegalInstrument) == bare


def test_facts_the_registry_does_not_know_may_be_given() -> None:
    """PP 87/2014's Tambahan number is unknown to the registry, so a document may state one."""
    pp = registry.get("PP 87/2014")
    assert pp is not None
    assert pp.gazette is not None
    assert pp.gazette.supplement is None
    stated = attrs.evolve(pp, gazette=attrs.evolve(pp.gazette, supplement=5523), sources=(), confidence=None)
    assert stated.gazette is not None
    assert stated.gazette.supplement == 5523


def test_a_title_as_written_is_kept_only_when_the_user_says_so() -> None:
    """A different title is refused unless title_as_written is set; then it is kept and written as given."""
    written = "Perkembangan Kependudukan Dan Pembangunan Keluarga"
    assert _errors(lambda: from_dict(_document(title=written), LegalInstrument)) == [("$.title", "invariant")]
    kept = from_dict(_document(title=written, title_as_written=True), LegalInstrument)
    assert kept.title == written
    assert format_citation(kept, "long").endswith(f"tentang {written}")
    assert from_json(to_json(kept), LegalInstrument) == kept


def test_title_as_written_needs_a_title() -> None:
    """The flag says how a title is written: with no title it says nothing, and is refused."""
    errors = _errors(lambda: LegalInstrument(type=InstrumentType.LAW, number="5", year=2010, title_as_written=True))
    assert errors == [("$.title_as_written", "invariant")]


def test_another_instrument_may_not_claim_a_registered_gazette_entry() -> None:
    """An unregistered law in LN 2009 No. 161 (UU 52/2009's entry) is refused at the gazette."""
    gazette = Gazette(kind=GazetteKind.STATE_GAZETTE, year=2009, number=161)
    messages = _messages(lambda: LegalInstrument(type=InstrumentType.LAW, number="53", year=2009, gazette=gazette))
    assert messages == [
        "Lembaran Negara Republik Indonesia Tahun 2009 Nomor 161, Tambahan Lembaran Negara Republik Indonesia"
        " Nomor 5080 is UU 52/2009's in the registry, not UU 53/2009's"
    ]


def test_a_citation_naming_a_registered_gazette_for_another_law_is_refused() -> None:
    """Reading a citation builds the instrument, so the same rule refuses it there."""
    with pytest.raises(ValidationError) as caught:
        parse_citation("UU 53/2009 (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 161)")
    assert "UU 52/2009's in the registry" in caught.value.errors[0].message


@pytest.mark.parametrize("instrument", list(registry), ids=format_citation)
def test_every_registered_instrument_agrees_with_itself_outside_the_loader(instrument: LegalInstrument) -> None:
    """Rebuilt field by field after loading (when the check runs), each registered instrument is valid and equal."""
    rebuilt = LegalInstrument(
        **{field.name: getattr(instrument, field.name) for field in attrs.fields(LegalInstrument)}
    )
    assert rebuilt == instrument
    assert from_dict(to_dict(instrument), LegalInstrument) == instrument


# ---------------------------------------------------------------------------
# The calendar


def test_an_instrument_after_the_current_year_is_refused() -> None:
    """'UU 52/2090' names a law of a year that has not come: refused, at the year."""
    messages = _messages(lambda: parse_citation("UU 52/2090"))
    assert messages == [f"the citation's year: an instrument's year 2090 is after the current year ({LATEST})"]


@pytest.mark.parametrize(
    "build",
    [
        lambda: LegalInstrument(type=InstrumentType.LAW, number="1", year=LATEST + 1),
        lambda: InstrumentRef(InstrumentType.LAW, "1", LATEST + 1),
        lambda: Gazette(kind=GazetteKind.STATE_GAZETTE, year=LATEST + 1, number=1),
        lambda: from_dict({"type": "uu", "number": "1", "year": LATEST + 1}, LegalInstrument),
        lambda: from_dict("UU 1/" + str(LATEST + 1), InstrumentRef),
    ],
    ids=["instrument", "ref", "gazette", "instrument from a dict", "ref from a citation"],
)
def test_next_year_is_refused_everywhere(build: Callable[[], object]) -> None:
    """No instrument, reference or gazette entry is of a year after the current one."""
    messages = _messages(build)
    assert len(messages) == 1
    assert f"{LATEST + 1} is after the current year ({LATEST})" in messages[0]


def test_this_year_is_accepted() -> None:
    """The current year itself is fine."""
    assert LegalInstrument(type=InstrumentType.LAW, number="1", year=LATEST).year == LATEST


def test_a_year_typo_seen_in_the_wild_is_refused_not_read() -> None:
    """'PERWALI NO.43 Tahun 2104' (a real typo, note 44) was read as a regulation of 2104; it is refused."""
    with pytest.raises(ValidationError) as caught:
        parse_citation("PERWALI NO.43 Tahun 2104")
    assert "2104 is after the current year" in caught.value.errors[0].message


def test_a_gazette_before_the_instrument_s_year_is_refused() -> None:
    """An unregistered law of 2020 in a 2019 gazette is refused at the gazette's year."""
    gazette = Gazette(kind=GazetteKind.STATE_GAZETTE, year=2019, number=5)
    messages = _messages(lambda: LegalInstrument(type=InstrumentType.LAW, number="7", year=2020, gazette=gazette))
    assert messages == ["the gazette's year 2019 is before the instrument's year 2020"]


def test_a_promulgation_before_the_instrument_s_year_is_refused() -> None:
    """Promulgated in 2019, a law numbered for 2020 cannot be."""
    errors = _errors(
        lambda: LegalInstrument(type=InstrumentType.LAW, number="7", year=2020, promulgated=dt.date(2019, 12, 31))
    )
    assert errors == [("$.promulgated", "invariant")]


def test_a_gazette_of_another_year_than_the_promulgation_is_refused() -> None:
    """The gazette entry is made on promulgation: a 2021 promulgation in a 2020 gazette is refused."""
    gazette = Gazette(kind=GazetteKind.STATE_GAZETTE, year=2020, number=5)
    errors = _errors(
        lambda: LegalInstrument(
            type=InstrumentType.LAW, number="7", year=2020, gazette=gazette, promulgated=dt.date(2021, 1, 4)
        )
    )
    assert errors == [("$.gazette.year", "invariant")]


def test_a_later_gazette_and_promulgation_are_fine() -> None:
    """A law of 2020 promulgated and gazetted early in 2021 breaks no rule."""
    gazette = Gazette(kind=GazetteKind.STATE_GAZETTE, year=2021, number=5)
    law = LegalInstrument(
        type=InstrumentType.LAW, number="7", year=2020, gazette=gazette, promulgated=dt.date(2021, 1, 4)
    )
    assert law.gazette == gazette


@given(legal_instruments())
def test_drawn_instruments_keep_the_calendar_and_the_registry(instrument: LegalInstrument) -> None:
    """The strategy's instruments round-trip through the codec, which re-runs every check."""
    assert instrument.year <= LATEST
    assert from_json(to_json(instrument), LegalInstrument) == instrument


# ---------------------------------------------------------------------------
# Misspelt citations


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("UU Nomr 52 Tahun 2009", "no number"),
        ("Perpress 52 Tahun 2009", "no instrument type"),
        ("Undang-Undang tentang Pemerintahan Daerah", "no year"),
        ("Perda No. 3 Tahun 2019", "a Perda names its level"),
    ],
)
def test_a_misspelt_citation_s_error_quotes_the_text(text: str, says: str) -> None:
    """The message says what is missing and quotes the text it read, so the user sees which citation it was."""
    messages = _messages(lambda: parse_citation(text))
    assert any(says in message for message in messages)
    assert all(repr(text) in message for message in messages)


def test_a_long_misspelt_citation_is_quoted_cut() -> None:
    """A long text is quoted to 60 characters, cut with an ellipsis."""
    text = "Undang-Undang tentang " + "Pemerintahan Daerah " * 10
    messages = _messages(lambda: parse_citation(text))
    assert all(repr(text[:59] + "…") in message for message in messages)


def test_confidence_is_still_the_registry_s() -> None:
    """A registered instrument read from a citation keeps the registry's confidence and sources."""
    assert parse_citation("UU 52/2009").confidence is Confidence.CONFIRMED


def test_the_current_year_is_read_again_once_the_year_it_found_has_ended() -> None:
    """latest_year keeps the year until the next New Year in WIT (UTC+9), then reads the calendar again."""
    import time

    from kampungkb.legal._instrument import _year_until, latest_year

    saved = _year_until[0]
    try:
        _year_until[0] = (time.time() - 1, 1999)  # the remembered year has ended
        year = latest_year()
        assert year == dt.datetime.now(dt.timezone(dt.timedelta(hours=9))).year
        ends = dt.datetime(year + 1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=9))).timestamp()
        assert _year_until[0] == (ends, year)
        _year_until[0] = (time.time() + 60, 1999)  # still within the remembered year
        assert latest_year() == 1999
    finally:
        _year_until[0] = saved
