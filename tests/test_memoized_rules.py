"""The rules remembered for speed (issue 24) give exactly what the rules themselves give.

A person name's rules, the legal registry's check of an instrument and reading a partial date
from its text are pure functions of immutable values, so their results are remembered (a
bounded ``functools.lru_cache``). These tests compare the remembered result with the rule run
afresh — on valid and on broken values, on the first and on a repeated call, from several
threads — and check that each call gets its own error objects and that nothing is remembered
while the registry itself is being read.
"""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from hypothesis import given, settings

from kampungkb.codec import from_dict, to_dict
from kampungkb.dates import PartialDate
from kampungkb.dates import _partial as partial_module
from kampungkb.errors import ErrorCode, ErrorItem, ValidationError
from kampungkb.legal import InstrumentType, LegalInstrument
from kampungkb.legal import _instrument as instrument_module
from kampungkb.legal import _store as store_module
from kampungkb.people import Honorific, PersonName
from kampungkb.people import _person as person_module
from kampungkb.testing import strategies as kst


def _triples(items):
    return [(item.location, item.message, item.code) for item in items]


# -- person names ---------------------------------------------------------------

#: Fields that break each rule of a person name (the fields themselves are well typed).
BROKEN_NAMES = [
    ("123", None, (), (), (), None),  # no letter
    ("Dr Budi", None, (), (), (), None),  # a title inside the name
    ("Budi SE", None, (), (), (), None),  # degrees inside the name
    ("BUDI SANTOSO", None, (), (), (), None),  # capitals, no original
    ("Budi", None, ("dr",), (), (), None),  # not the canonical spelling
    ("Budi", None, (), ("S.E.", "X.Y.Z."), (), None),  # an unknown degree not flagged
    ("Budi", Honorific.BAPAK, (), ("S.E.",), (), "Bapak Budi, S.E."),  # original already the official form
    ("Budi", None, (), (), (), "Ani"),  # original reads as another name
    ("Budi", None, (), (), (), ", SE"),  # original does not read as a name
]


@pytest.mark.parametrize("fields", BROKEN_NAMES)
def test_a_broken_name_gives_the_rules_errors_every_time(fields):
    expected = _triples(person_module._name_rule_problems(*fields))
    assert expected, "each case breaks a rule"
    assert list(person_module._checked_name(fields)) == expected
    assert list(person_module._checked_name(fields)) == expected  # remembered


@settings(max_examples=60, deadline=None)
@given(kst.person_names())
def test_a_valid_name_gives_no_error_remembered_or_not(name):
    fields = (
        name.name,
        name.honorific,
        name.degrees_before,
        name.degrees_after,
        name.unrecognized_degrees,
        name.original,
    )
    assert _triples(person_module._name_rule_problems(*fields)) == []
    assert list(name._invariants()) == []
    assert from_dict(to_dict(name), PersonName) == name


def test_each_call_gets_its_own_error_objects():
    fields = BROKEN_NAMES[0]
    data = {"name": fields[0]}
    with pytest.raises(ValidationError) as first:
        from_dict(data, PersonName)
    first.value.errors[0].location = ("changed",)
    first.value.errors[0].message = "changed"
    with pytest.raises(ValidationError) as second:
        from_dict(data, PersonName)
    assert second.value.errors[0].location == ("name",)
    assert second.value.errors[0].code is ErrorCode.INVARIANT
    assert second.value.errors[0].message != "changed"


def test_the_caches_are_bounded():
    for cached in (
        person_module._checked_name,
        store_module._registry_problems_of,
        instrument_module._own_problems_of,
        partial_module._read_iso,
    ):
        assert cached.cache_info().maxsize is not None


# -- the registry's check of an instrument --------------------------------------


def _registered(**changes):
    data = {"type": "uu", "number": "52", "year": 2009, **changes}
    return LegalInstrument(**{**data, "type": InstrumentType.from_code(data["type"])})


def test_a_contradiction_of_the_registry_is_reported_every_time():
    expected = None
    for _ in range(3):
        with pytest.raises(ValidationError) as caught:
            _registered(title="Judul Lain")
        found = _triples(caught.value.errors)
        assert found == expected or expected is None
        expected = found
    assert expected is not None
    assert expected[0][0] == ("title",)


@settings(max_examples=40, deadline=None)
@given(kst.legal_instruments())
def test_the_remembered_registry_check_is_the_check(instrument):
    fresh = _triples(store_module._registry_problems(instrument))
    assert _triples(store_module.registry_problems(instrument)) == fresh
    assert _triples(store_module.registry_problems(instrument)) == fresh


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "Perubahan atas Undang-Undang sebagaimana telah diubah", "title_as_written": True},
        {"enacted": dt.date(2009, 10, 29), "promulgated": dt.date(2009, 10, 1)},
        {"sources": ("bukan sebuah URL",)},
    ],
)
def test_the_remembered_rules_of_an_instrument_are_reported_every_time(changes):
    """The rules of an instrument's own fields are remembered: the same errors on every construction."""
    found = []
    for _ in range(3):
        with pytest.raises(ValidationError) as caught:
            _registered(**changes)
        found.append(_triples(caught.value.errors))
    assert found[0]
    assert found[0] == found[1] == found[2]


@settings(max_examples=40, deadline=None)
@given(kst.legal_instruments())
def test_the_remembered_rules_of_an_instrument_are_its_rules(instrument):
    fresh = _triples(instrument._own_problems())
    assert _triples(ErrorItem(*t) for t in instrument_module._own_problems_of(instrument)) == fresh


def test_the_year_is_checked_against_the_current_year_on_every_construction():
    """Not remembered: an instrument of this year is refused once the clock says the year before."""
    year = instrument_module.latest_year()
    LegalInstrument(type=InstrumentType.GOVERNMENT_REGULATION, number="1", year=year)
    saved = instrument_module._year_until[0]
    instrument_module._year_until[0] = (time.time() + 60, year - 1)
    try:
        with pytest.raises(ValidationError) as caught:
            LegalInstrument(type=InstrumentType.GOVERNMENT_REGULATION, number="1", year=year)
    finally:
        instrument_module._year_until[0] = saved
    assert [e.location for e in caught.value.errors] == [("year",)]


def test_nothing_is_remembered_while_the_registry_is_read():
    instrument = LegalInstrument(type=InstrumentType.LAW, number="52", year=2009)
    store_module._registry_problems_of.cache_clear()
    token = store_module._LOADING.set(True)
    try:
        assert list(store_module.registry_problems(instrument)) == []
    finally:
        store_module._LOADING.reset(token)
    assert store_module._registry_problems_of.cache_info().currsize == 0


# -- partial dates read from text ---------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(kst.partial_dates())
def test_a_partial_date_read_from_text_is_the_value(value):
    text = str(value)
    read = from_dict(text, PartialDate)
    again = from_dict(text, PartialDate)
    assert read == value == again
    assert (read.earliest, read.latest) == (value.earliest, value.latest)
    assert (read < value, read <= value, read > value, read >= value) == (False, True, False, True)


@pytest.mark.parametrize("text", ["2021-02-29", "2020-13", "20200", "0000", ""])
def test_a_text_that_does_not_read_is_refused_every_time(text):
    before = partial_module._read_iso.cache_info().currsize
    for _ in range(2):
        with pytest.raises(ValidationError):
            from_dict(text, PartialDate)
    assert partial_module._read_iso.cache_info().currsize == before  # a refusal is not remembered


def test_comparisons_of_shared_partial_dates_are_stable():
    june = from_dict("2022-06", PartialDate)
    assert june < from_dict("2022-07", PartialDate)
    assert june.overlaps(from_dict("2022", PartialDate))
    assert from_dict("2022-06", PartialDate) is june  # the same text reads as the same value
    with pytest.raises(AttributeError):
        june._year = 2023  # type: ignore[misc]


# -- threads ------------------------------------------------------------------------


def test_loads_from_several_threads_agree():
    from kampungkb.events import Workshop
    from kampungkb.examples import pasuruan_city_workshop_2020

    data = to_dict(pasuruan_city_workshop_2020())
    person_module._checked_name.cache_clear()
    store_module._registry_problems_of.cache_clear()
    partial_module._read_iso.cache_clear()
    results: list[object] = []
    failures: list[BaseException] = []

    def work():
        try:
            for _ in range(20):
                results.append(from_dict(data, Workshop))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert len(results) == 80
    assert all(result == results[0] for result in results)


def test_names_beyond_the_bound_are_still_checked():
    bound = person_module._CHECKED_NAMES
    person_module._checked_name.cache_clear()
    for index in range(bound + 10):
        fields = (f"Nama{index}", None, (), (), (), None)
        assert list(person_module._checked_name(fields)) == []
    assert person_module._checked_name.cache_info().currsize == bound
    assert _triples(person_module._name_rule_problems("123", None, (), (), (), None))
    assert list(person_module._checked_name(("123", None, (), (), (), None)))
