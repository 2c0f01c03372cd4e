"""Partial dates: a year, a month or a day, recorded as the source states it and no more."""

from __future__ import annotations

import datetime as dt
import itertools
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb import ValidationError, from_dict, from_json, to_dict, to_json
from kampungkb.dates import DatePrecision, PartialDate, format_date
from kampungkb.schema import json_schema
from kampungkb.testing.strategies import partial_dates


@given(partial_dates())
def test_a_partial_date_round_trips_through_dict_and_json(date: PartialDate) -> None:
    """from_dict(to_dict(x)) == x and from_json(to_json(x)) == x, for every precision."""
    assert from_dict(to_dict(date), PartialDate) == date
    assert from_json(to_json(date), PartialDate) == date
    assert PartialDate.from_iso(str(date)) == date


@given(partial_dates())
def test_the_json_form_is_iso_text_of_the_stated_precision(date: PartialDate) -> None:
    """A year is 'YYYY', a month 'YYYY-MM', a day 'YYYY-MM-DD': nothing is filled in."""
    length = {DatePrecision.YEAR: 4, DatePrecision.MONTH: 7, DatePrecision.DAY: 10}[date.precision]
    assert len(to_dict(date)) == length


@given(partial_dates())
def test_the_span_covers_exactly_the_days_it_may_stand_for(date: PartialDate) -> None:
    """earliest and latest are the first and last day of the year, month or day, computed independently."""
    if date.precision is DatePrecision.YEAR:
        assert (date.earliest, date.latest) == (dt.date(date.year, 1, 1), dt.date(date.year, 12, 31))
    elif date.precision is DatePrecision.MONTH:
        assert date.month is not None
        following = dt.date(date.year + date.month // 12, date.month % 12 + 1, 1)
        assert (date.earliest, date.latest) == (dt.date(date.year, date.month, 1), following - dt.timedelta(days=1))
    else:
        assert date.earliest == date.latest == date.to_date()
    assert date.contains(date.earliest)
    assert not date.contains(date.latest + dt.timedelta(days=1))


@given(partial_dates(), partial_dates())
def test_certainly_before_after_and_overlapping_are_exclusive(first: PartialDate, second: PartialDate) -> None:
    """Two partial dates are certainly before, certainly after, or may be the same day: exactly one holds."""
    outcomes = [first.is_before(second), first.is_after(second), first.overlaps(second)]
    assert outcomes.count(True) == 1
    assert first.is_before(second) == second.is_after(first)


@given(st.lists(partial_dates(), max_size=8))
def test_sorting_puts_a_year_before_its_months_and_a_month_before_its_days(dates: list[PartialDate]) -> None:
    """Sorted by first possible day, then last: consistent with equality and with certain order."""
    ordered = sorted(dates)
    for earlier, later in itertools.pairwise(ordered):
        assert (earlier.earliest, earlier.latest) <= (later.earliest, later.latest)
        assert not later.is_before(earlier)


@pytest.mark.parametrize(
    ("date", "long", "short", "english"),
    [
        (PartialDate(2017), "2017", "2017", "2017"),
        (PartialDate(2022, 6), "Juni 2022", "Jun 2022", "June 2022"),
        (PartialDate(2020, 8), "Agustus 2020", "Agu 2020", "August 2020"),
        (PartialDate(2020, 12, 28), "28 Desember 2020", "28 Des 2020", "28 December 2020"),
    ],
)
def test_a_partial_date_is_written_the_indonesian_way(date: PartialDate, long: str, short: str, english: str) -> None:
    """Written as far as it is known, in Indonesian (long and short) or English."""
    assert format_date(date) == long
    assert format_date(date, style="short") == short
    assert format_date(date, language="en") == english


def test_a_weekday_needs_a_day() -> None:
    """A month has no weekday: asking for one is refused at the option."""
    with pytest.raises(ValidationError) as caught:
        format_date(PartialDate(2022, 6), weekday=True)
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.weekday", "invalid_value")]
    assert format_date(PartialDate(2020, 12, 28), weekday=True) == "Senin, 28 Desember 2020"


@pytest.mark.parametrize(
    ("parts", "path", "code"),
    [
        ((2021, 2, 29), "$.day", "invalid_value"),
        ((2020, 13), "$.month", "constraint"),
        ((2020, 0), "$.month", "constraint"),
        ((0,), "$.year", "constraint"),
        ((10000,), "$.year", "constraint"),
        ((2020, None, 5), "$.day", "invariant"),
        (("2020",), "$.year", "type"),
        ((2020, True), "$.month", "type"),
        ((2020, 6, 1.0), "$.day", "type"),
    ],
)
def test_each_rule_of_a_partial_date_is_located(parts: tuple[object, ...], path: str, code: str) -> None:
    """An impossible day, a month out of range, a day without its month or a part of the wrong type is refused there."""
    with pytest.raises(ValidationError) as caught:
        PartialDate(*parts)  # type: ignore[arg-type]
    assert [(e.path, e.code) for e in caught.value.errors] == [(path, code)]


@pytest.mark.parametrize("text", ["17", "2022-6", "2022/06", "2022-06-1", "Juni 2022", "2021-02-29", " 2022", 2022])
def test_json_takes_only_the_iso_text(text: object) -> None:
    """JSON carries exactly 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' of a real date; nothing is read loosely."""
    with pytest.raises(ValidationError) as caught:
        from_dict(text, PartialDate)
    assert caught.value.errors[0].path == "$"


def test_a_partial_date_is_immutable_and_pickles() -> None:
    """No part can be changed; a pickled date reads back equal."""
    date = PartialDate(2022, 6)
    with pytest.raises(AttributeError):
        date.year = 2023  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(date)) == date
    assert hash(PartialDate(2022, 6)) == hash(date)
    assert PartialDate(2022, 6) != PartialDate(2022)


def test_only_a_day_is_a_full_date() -> None:
    """to_date refuses a year or a month rather than invent the missing day."""
    with pytest.raises(ValidationError, match="known only to the month"):
        PartialDate(2022, 6).to_date()


def test_the_schema_accepts_the_iso_forms_and_nothing_else() -> None:
    """The JSON Schema's pattern takes each precision's form."""
    import re

    pattern = re.compile(json_schema(PartialDate)["pattern"])
    assert all(pattern.search(text) for text in ("2017", "2022-06", "2020-12-28"))
    assert not any(pattern.search(text) for text in ("2022-6", "2022-13", "20222"))


def test_days_in_month_is_the_gregorian_calendars_for_every_year() -> None:
    """The month lengths kampungkb computes (instead of importing calendar) are calendar.monthrange's."""
    import calendar

    from kampungkb.dates._words import days_in_month

    assert all(
        days_in_month(year, month) == calendar.monthrange(year, month)[1]
        for year in range(1, 10_000)
        for month in range(1, 13)
    )
