"""Writing dates and ranges in the standard Indonesian spelling, and reading them back."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kampungkb.dates import DateRange, format_date, format_date_range, parse_date, parse_date_range
from kampungkb.errors import ValidationError
from kampungkb.testing.strategies import date_ranges

D = datetime.date
FIRST, LAST = D(1900, 1, 1), D(2100, 12, 31)
STYLES = st.sampled_from(["long", "short"])


@pytest.mark.parametrize(
    ("day", "weekday", "style", "expected"),
    [
        (D(2020, 12, 28), False, "long", "28 Desember 2020"),
        (D(2020, 12, 28), True, "long", "Senin, 28 Desember 2020"),
        (D(2020, 12, 28), False, "short", "28 Des 2020"),
        (D(2020, 12, 28), True, "short", "Senin, 28 Des 2020"),
        (D(2021, 2, 5), True, "long", "Jumat, 5 Februari 2021"),
        (D(2021, 11, 7), True, "long", "Minggu, 7 November 2021"),
        (D(2025, 8, 17), False, "short", "17 Agu 2025"),
        (D(2024, 12, 2), False, "long", "2 Desember 2024"),
        (D(5, 1, 1), False, "long", "1 Januari 0005"),
    ],
)
def test_a_date_is_written_in_the_standard_spelling(
    day: datetime.date, weekday: bool, style: str, expected: str
) -> None:
    """Standard names (Februari, November, Jumat, Minggu), day without a leading zero, four-digit year."""
    assert format_date(day, weekday=weekday, style=style) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "end", "weekday", "style", "expected"),
    [
        (D(2020, 12, 28), D(2020, 12, 29), False, "long", "28–29 Desember 2020"),
        (D(2020, 12, 30), D(2021, 1, 2), False, "long", "30 Desember 2020–2 Januari 2021"),
        (D(2020, 11, 30), D(2020, 12, 2), False, "long", "30 November–2 Desember 2020"),
        (D(2020, 12, 28), D(2020, 12, 29), True, "long", "Senin–Selasa, 28–29 Desember 2020"),
        (D(2025, 8, 5), D(2025, 8, 7), True, "short", "Selasa–Kamis, 5–7 Agu 2025"),
        (D(2020, 12, 28), D(2020, 12, 28), True, "long", "Senin, 28 Desember 2020"),
        (D(2020, 12, 28), D(2020, 12, 28), False, "short", "28 Des 2020"),
    ],
)
def test_a_range_is_written_with_an_en_dash_and_shared_parts_once(
    start: datetime.date, end: datetime.date, weekday: bool, style: str, expected: str
) -> None:
    """The start leaves out the month and year it shares with the end; a one-day range is its date."""
    assert format_date_range(DateRange(start, end), weekday=weekday, style=style) == expected  # type: ignore[arg-type]


@given(st.dates(min_value=FIRST, max_value=LAST), st.booleans(), STYLES)
@example(FIRST, False, "long")
@example(FIRST, True, "short")
@example(LAST, True, "long")
@example(LAST, False, "short")
@example(D(2000, 2, 29), True, "long")  # a leap day in a century leap year
@example(D(1900, 2, 28), True, "short")  # 1900 was not a leap year
@example(D(2020, 12, 28), True, "long")
def test_every_written_date_reads_back_to_itself(day: datetime.date, weekday: bool, style: str) -> None:
    """parse_date(format_date(d)) == d for every date 1900-01-01..2100-12-31, every style, with or without weekday."""
    assert parse_date(format_date(day, weekday=weekday, style=style)) == day  # type: ignore[arg-type]


@given(date_ranges(min_value=FIRST, max_value=LAST), st.booleans(), STYLES)
@example(DateRange(FIRST, FIRST), True, "long")
@example(DateRange(LAST, LAST), False, "short")
@example(DateRange(D(2099, 12, 31), LAST), True, "long")
@example(DateRange(FIRST, D(1900, 12, 31)), False, "long")
@example(DateRange(D(2020, 2, 28), D(2020, 3, 1)), True, "short")
@example(DateRange(D(2020, 12, 30), D(2021, 1, 2)), True, "long")
def test_every_written_range_reads_back_to_itself(dates: DateRange, weekday: bool, style: str) -> None:
    """parse_date_range(format_date_range(r)) == r in every style, with or without weekdays."""
    assert parse_date_range(format_date_range(dates, weekday=weekday, style=style)) == dates  # type: ignore[arg-type]


@given(st.dates(), st.booleans(), STYLES)
def test_dates_outside_the_usual_centuries_also_read_back(day: datetime.date, weekday: bool, style: str) -> None:
    """Years 1 to 9999 are written with four digits, so they read back too."""
    assert parse_date(format_date(day, weekday=weekday, style=style)) == day  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "code"),
    [("2020-12-28", "type"), (datetime.datetime(2020, 12, 28, 10, 0), "type"), (None, "type"), (20201228, "type")],
)
def test_only_a_date_can_be_written(value: object, code: str) -> None:
    """A string, a datetime (its time would be lost) or a number is refused, not converted."""
    with pytest.raises(ValidationError) as caught:
        format_date(value)  # type: ignore[arg-type]
    assert [(item.path, item.code) for item in caught.value.errors] == [("$", code)]


@pytest.mark.parametrize("value", [(D(2020, 12, 28), D(2020, 12, 29)), "28–29 Desember 2020", None])
def test_only_a_date_range_can_be_written_as_a_range(value: object) -> None:
    """format_date_range takes a DateRange, nothing else."""
    with pytest.raises(ValidationError) as caught:
        format_date_range(value)  # type: ignore[arg-type]
    assert [(item.path, item.code) for item in caught.value.errors] == [("$", "type")]


def test_bad_options_are_each_reported_at_their_name() -> None:
    """An unknown style and a non-boolean weekday are two located errors."""
    with pytest.raises(ValidationError) as caught:
        format_date(D(2020, 12, 28), weekday="yes", style="numeric")  # type: ignore[arg-type]
    assert [(item.path, item.code) for item in caught.value.errors] == [
        ("$.weekday", "type"),
        ("$.style", "invalid_value"),
    ]
    with pytest.raises(ValidationError) as caught:
        format_date_range(DateRange(D(2020, 12, 28), D(2020, 12, 29)), style=["long"])  # type: ignore[arg-type]
    assert [(item.path, item.code) for item in caught.value.errors] == [("$.style", "invalid_value")]
