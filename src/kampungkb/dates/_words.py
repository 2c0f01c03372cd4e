"""The Indonesian calendar words kampungkb reads and writes, loaded on first use.

The words live in ``data/dates/calendar.json`` with their sources (see that
file's ``_source`` header): the standard month and weekday names, their
abbreviations and variant spellings, the words that join the two ends of a
range and the filler words around a date.

    >>> words = calendar_words()
    >>> words.month_names[12], words.month_abbreviations[8], words.weekday_names[5]
    ('Desember', 'Agu', 'Jumat')
    >>> words.months["nopember"], words.weekdays["ahad"], words.months["djuli"], words.months["march"]
    (11, 7, 7, 3)
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from .._core import data_file, once

__all__ = ["CalendarWords", "calendar_words", "days_in_month", "month_name", "weekday_name", "write_date"]


@attrs.frozen(repr=False, eq=False)  # an internal record: identity is its equality
class CalendarWords:
    """Every calendar word, indexed for reading (case-folded) and for writing (standard spelling).

    ``month_names[n]`` is month ``n``'s standard name (index 0 is empty);
    ``weekday_names[n]`` is ISO weekday ``n``'s (Monday is 1). ``months`` and
    ``weekdays`` map every accepted spelling, case-folded, to its number;
    ``month_spellings[n]`` and ``weekday_spellings[n]`` list each one's
    spellings as written in the sources, the English names last.
    """

    month_names: tuple[str, ...]
    month_abbreviations: tuple[str, ...]
    month_spellings: tuple[tuple[str, ...], ...]
    weekday_names: tuple[str, ...]
    english_month_names: tuple[str, ...]
    english_weekday_names: tuple[str, ...]
    weekday_abbreviations: tuple[str, ...]
    weekday_spellings: tuple[tuple[str, ...], ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    range_words: tuple[str, ...]
    range_dashes: tuple[str, ...]
    pair_words: tuple[str, ...]
    labels: tuple[str, ...]
    before_range: tuple[str, ...]
    before_weekday: tuple[str, ...]
    before_day: tuple[str, ...]
    inside_date: tuple[str, ...]


@once
def calendar_words() -> CalendarWords:
    """The calendar words, read from the package data once, on first use.

    >>> calendar_words() is calendar_words()
    True
    """
    raw = data_file("dates", "calendar")
    months = sorted(raw["months"], key=lambda entry: entry["number"])
    weekdays = sorted(raw["weekdays"], key=lambda entry: entry["isoweekday"])
    month_spellings = tuple(_spellings(entry) for entry in months)
    weekday_spellings = tuple(_spellings(entry) for entry in weekdays)
    fillers = raw["fillers"]
    return CalendarWords(
        month_names=("", *(entry["name"] for entry in months)),
        month_abbreviations=("", *(entry["abbreviation"] for entry in months)),
        month_spellings=((), *month_spellings),
        weekday_names=("", *(entry["name"] for entry in weekdays)),
        english_month_names=("", *(entry["english"] for entry in months)),
        english_weekday_names=("", *(entry["english"] for entry in weekdays)),
        weekday_abbreviations=("", *(entry["abbreviation"] for entry in weekdays)),
        weekday_spellings=((), *weekday_spellings),
        months=_index(month_spellings),
        weekdays=_index(weekday_spellings),
        range_words=tuple(raw["range_connectors"]["words"]),
        range_dashes=tuple(raw["range_connectors"]["dashes"]),
        pair_words=tuple(raw["range_connectors"]["pair_words"]),
        labels=tuple(fillers["labels"]),
        before_range=tuple(fillers["before_range"]),
        before_weekday=tuple(fillers["before_weekday"]),
        before_day=tuple(fillers["before_day"]),
        inside_date=tuple(fillers["inside_date"]),
    )


def _spellings(entry: dict[str, Any]) -> tuple[str, ...]:
    """Every spelling read: the Indonesian name, abbreviation and variants, then the English
    name and its first three letters (the short form written in English)."""
    english = entry["english"]
    found = [entry["name"], entry["abbreviation"], *entry["variants"], english, english[:3]]
    return tuple(dict.fromkeys(found))


def _index(spellings: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    return {spelling.casefold(): number for number, group in enumerate(spellings, start=1) for spelling in group}


def write_date(day: datetime.date, *, weekday: bool = False, short: bool = False, english: bool = False) -> str:
    """``day`` in the standard spelling: ``28 Desember 2020``; ``Senin, 28 Des 2020``.

    The year always has four digits, so that the text reads back to the same date. In
    English the layout stays the same, with the English names (``Monday, 28 December 2020``);
    short English months are their first three letters.

    >>> write_date(datetime.date(2020, 12, 28), weekday=True, short=True)
    'Senin, 28 Des 2020'
    >>> write_date(datetime.date(2020, 12, 28), weekday=True, english=True)
    'Monday, 28 December 2020'
    """
    text = f"{day.day} {month_name(day.month, short=short, english=english)} {day.year:04d}"
    return f"{weekday_name(day.isoweekday(), english=english)}, {text}" if weekday else text


def month_name(month: int, *, short: bool = False, english: bool = False) -> str:
    """The standard name of ``month`` (1–12), abbreviated when ``short``."""
    words = calendar_words()
    if english:
        name = words.english_month_names[month]
        return name[:3] if short else name
    return (words.month_abbreviations if short else words.month_names)[month]


def weekday_name(isoweekday: int, *, english: bool = False) -> str:
    """The standard name of ISO weekday ``isoweekday`` (Monday is 1)."""
    words = calendar_words()
    return (words.english_weekday_names if english else words.weekday_names)[isoweekday]


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The number of days of ``month`` (1-12) in ``year`` of the Gregorian calendar.

    >>> days_in_month(2020, 2), days_in_month(2021, 2), days_in_month(1900, 2), days_in_month(2020, 12)
    (29, 28, 28, 31)
    """
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]
