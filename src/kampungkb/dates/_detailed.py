"""Dates read with what was corrected, partial dates read from text, and dates found in running text.

>>> match = parse_date_detailed("Kamis (5/6-2020)", check_weekday=False)
>>> match.dates
DateRange(start=datetime.date(2020, 6, 5), end=datetime.date(2020, 6, 5))
>>> for correction in match.corrections:
...     print(correction.message)
the date '5/6-2020' mixes its separators; it was read as '5/6/2020'
the text names Kamis, but the day is a Jumat; the date was kept
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from .._core import CodedEnum, describe, field, lazy_pattern, model, once
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._parse import (
    _FOLD,
    MAX_TEXT_LENGTH,
    Note,
    _alternation,
    _check_flag,
    _patterns,
    read_date_detailed,
    read_partial,
    read_range_detailed,
)
from ._partial import PartialDate
from ._range import DateRange
from ._words import calendar_words

__all__ = [
    "DateCorrection",
    "DateCorrectionKind",
    "DateMatch",
    "find_dates",
    "parse_date_detailed",
    "parse_partial_date",
]

#: The longest text one date (or range) found in running text may span.
_MAX_MATCH: Final = MAX_TEXT_LENGTH


class DateCorrectionKind(CodedEnum):
    """What the date reader had to correct or overrule.

    >>> DateCorrectionKind.MIXED_SEPARATORS.label
    'Pemisah tanggal tidak seragam'
    """

    MIXED_SEPARATORS = "mixed_separators", "Pemisah tanggal tidak seragam"
    WEEKDAY = "weekday", "Nama hari tidak sesuai tanggal"


@model(kw_only=True)
class DateCorrection:
    """One thing a date's text said that the reader corrected: what was found and what is used.

    >>> DateCorrection(kind=DateCorrectionKind.WEEKDAY, found="Kamis", used="Jumat").message
    'the text names Kamis, but the day is a Jumat; the date was kept'
    """

    kind: DateCorrectionKind
    found: str = field(min_length=1, max_length=MAX_TEXT_LENGTH)
    used: str = field(min_length=1, max_length=MAX_TEXT_LENGTH)

    @property
    def message(self) -> str:
        """A one-line English explanation."""
        if self.kind is DateCorrectionKind.MIXED_SEPARATORS:
            return f"the date {self.found!r} mixes its separators; it was read as {self.used!r}"
        return f"the text names {self.found}, but the day is a {self.used}; the date was kept"


@model(kw_only=True)
class DateMatch:
    """A date read from text: the first and last day it names, where it is, what was corrected.

    ``first`` and ``last`` are the same for a single date; a text that names only a month or
    a year gives a :class:`PartialDate` of that precision, never completed with any day.
    ``start``/``end`` are offsets into the text read (``text[start:end] == matched``).

    >>> match = parse_date_detailed("Senin – Rabu / 6 – 8 Maret 2023")
    >>> match.first, match.last, match.dates.days
    (PartialDate(2023, 3, 6), PartialDate(2023, 3, 8), 3)
    >>> parse_date_detailed("Juni 2022").dates is None
    True
    """

    first: PartialDate = field(description="the first day (or the month, or the year) named")
    last: PartialDate = field(description="the last day named; the same as first for a single date")
    start: int = field(ge=0)
    end: int = field(ge=0)
    matched: str = field(min_length=1, max_length=MAX_TEXT_LENGTH)
    corrections: tuple[DateCorrection, ...] = ()

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.end - self.start != len(self.matched):
            yield ErrorItem(
                ("end",), f"the span {self.start}..{self.end} does not fit the matched text", ErrorCode.INVARIANT
            )
        if self.first.precision is not self.last.precision:
            yield ErrorItem(("last",), "first and last are known to different precisions", ErrorCode.INVARIANT)
        elif self.last < self.first:
            yield ErrorItem(("last",), f"{self.last} is before {self.first}", ErrorCode.INVARIANT)

    @property
    def dates(self) -> DateRange | None:
        """The days named, as a range (one day for a single date); None for a month or a year."""
        if self.first.day is None:
            return None
        return DateRange(self.first.to_date(), self.last.to_date())

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return (self.start, self.end)


def parse_date_detailed(text: Any, *, check_weekday: bool = True) -> DateMatch:
    """Read a date, a date range, a month or a year, and say what had to be corrected.

    Reads everything :func:`parse_date_range` and :func:`parse_partial_date` read. A
    numeric date whose separators differ (``6/3-2023``) is read day first and reported; with
    ``check_weekday=False`` a weekday that contradicts the date is reported instead of
    refused.

    >>> match = parse_date_detailed("Hari/Tanggal : Senin / 6 Maret 2023")
    >>> match.dates.start, match.corrections
    (datetime.date(2023, 3, 6), ())
    >>> from kampungkb.errors import ValidationError
    >>> try:
    ...     parse_date_detailed("6 dan 8 Maret 2023")
    ... except ValidationError as error:
    ...     print(error.errors[0].message.split(": ", 1)[1])
    'dan' joins two separate days (6 Maret 2023 and 8 Maret 2023), not a range; read each on its own
    """
    checking = _check_flag(check_weekday)
    if type(text) is str:
        partial = read_partial(text)
        if partial is not None:
            day = PartialDate(*partial)
            return _match(text, 0, day, day, [])
    start, end, problems, notes = read_range_detailed(text, checking)
    assert isinstance(text, str)
    try:
        DateRange(start, end)
    except ValidationError as exc:
        problems.extend(exc.errors)
    if problems:
        raise ValidationError(problems)
    return _match(text, 0, PartialDate.of(start), PartialDate.of(end), notes)


def parse_partial_date(text: Any) -> PartialDate:
    """Read a date known to the year, the month or the day: ``2017``, ``tahun 2017``, ``Juni 2022``.

    A year alone (``2017``, ``tahun 2017``) and a month with its year (``Juni 2022``, ``Jun
    2022``, ``bulan Juni tahun 2022``, ``June 2022``) are read to that precision and never
    completed with a day or month; a full date is read as :func:`parse_date` reads it.

    >>> parse_partial_date("Juni 2022"), parse_partial_date("tahun 2017")
    (PartialDate(2022, 6), PartialDate(2017))
    >>> parse_partial_date("Senin, 28 Desember 2020")
    PartialDate(2020, 12, 28)
    >>> parse_partial_date("Juni")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected a day, a month or a year such as 'Juni 2022' or '2017', found 'Juni' [invalid_value]
    """
    if type(text) is str:
        partial = read_partial(text)
        if partial is not None:
            return PartialDate(*partial)
    try:
        day, _ = read_date_detailed(text, True)
    except ValidationError as exc:
        if (
            type(text) is str
            and len(text) <= MAX_TEXT_LENGTH
            and exc.errors[0].code == ErrorCode.INVALID_VALUE
            and not any(character.isdigit() for character in text)
        ):
            raise ValidationError.single(
                (), f"expected {_EXPECTED_PARTIAL}, found {_quote(text)}", ErrorCode.INVALID_VALUE
            ) from None
        raise
    return PartialDate.of(day)


_EXPECTED_PARTIAL = "a day, a month or a year such as 'Juni 2022' or '2017'"


def find_dates(text: Any) -> tuple[DateMatch, ...]:
    """Every date, date range and month with its year in running text, in order, with offsets.

    Each is read as :func:`parse_date_detailed` reads it; a weekday that contradicts its date
    is reported as a correction, not a reason to skip the date. A year alone (``tahun 2017``)
    is not looked for: in running text it is as often a citation's year or a count.

    >>> found = find_dates("Rapat diadakan pada hari Senin, 6 Maret 2023 di balai desa; laporan Juni 2022.")
    >>> [(m.matched, m.start) for m in found]
    [('hari Senin, 6 Maret 2023', 20), ('Juni 2022', 68)]
    """
    if type(text) is not str:
        if isinstance(text, str):
            text = str.__str__(text)
        else:
            raise ValidationError.single((), f"expected text, found {describe(text)}", ErrorCode.TYPE)
    folded, origin = _fold(text)
    found: list[DateMatch] = []
    patterns = _finder()
    for candidate in patterns.candidate.finditer(folded):
        match = _read_found(text, origin, candidate.start(), candidate.end())
        if match is not None:
            found.append(match)
            continue
        for single in patterns.single.finditer(folded, candidate.start(), candidate.end()):
            match = _read_found(text, origin, single.start(), single.end())
            if match is not None:
                found.append(match)
    return tuple(found)


# ---------------------------------------------------------------------------
# Helpers


def _match(text: str, offset: int, first: PartialDate, last: PartialDate, notes: list[Note]) -> DateMatch:
    begin = len(text) - len(text.lstrip())
    matched = text.strip()
    return DateMatch(
        first=first,
        last=last,
        start=offset + begin,
        end=offset + begin + len(matched),
        matched=matched,
        corrections=tuple(_correction_of(note) for note in notes),
    )


def _correction_of(note: Note) -> DateCorrection:
    return DateCorrection(kind=DateCorrectionKind.from_code(note.kind), found=note.found, used=note.used)


def _read_found(text: str, origin: list[int], start: int, end: int) -> DateMatch | None:
    begin, stop = origin[start], origin[end - 1] + 1
    piece = text[begin:stop]
    if len(piece) > _MAX_MATCH:
        return None
    try:
        match = parse_date_detailed(piece, check_weekday=False)
    except ValidationError:
        return None
    return _match(piece, begin, match.first, match.last, [_note_of(c) for c in match.corrections])


def _note_of(correction: DateCorrection) -> Note:
    return Note(correction.kind.code, correction.found, correction.used)


_ASCII_LOWER = {ord(upper): ord(upper.lower()) for upper in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_WHITESPACE = lazy_pattern(r"\s+")


def _fold(text: str) -> tuple[str, list[int]]:
    """``text`` with each whitespace run made one space and ASCII letters lower case, and the
    offset in ``text`` of each character kept (one character for one, so offsets map back)."""
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for gap in _WHITESPACE.finditer(text):
        pieces.append(text[position : gap.start()])
        origin.extend(range(position, gap.start()))
        pieces.append(" ")
        origin.append(gap.start())
        position = gap.end()
    pieces.append(text[position:])
    origin.extend(range(position, len(text)))
    folded = "".join(pieces).translate(_ASCII_LOWER).translate(_FOLD)
    return folded, origin


class _Finder:
    __slots__ = ("candidate", "single")

    def __init__(self, candidate: re.Pattern[str], single: re.Pattern[str]) -> None:
        self.candidate = candidate
        self.single = single


@once
def _finder() -> _Finder:
    """The shapes of a date in running text (every quantifier bounded): a full date, with what
    may stand before it and an optional range start; or a month with its year."""
    words = calendar_words()
    base = _patterns()
    letter_after = r"(?![^\W\d_])"
    month = rf"(?:{_alternation(words.months)}){letter_after}"
    weekday = rf"(?:{_alternation(words.weekdays)}){letter_after}\.?"
    after_weekday = r"(?:, ?| ?/ ?| ?(?=\()| )"
    # "pada" stays outside the match: it belongs to the sentence, not to the date.
    lead = rf"(?:(?:{_alternation(word for word in words.before_weekday if word != 'pada')}) )?"
    day_fill = rf"(?:(?:{_alternation(words.before_day)}){letter_after} ?){{0,2}}"
    separator = base.separator.pattern
    digits = "[0-9]"
    named = rf"{digits}{{1,2}}[ ./-]{{0,2}}{month}[ ,./-]{{0,3}}{digits}{{4}}"
    numeric = (
        rf"{digits}{{1,2}} ?[/.-] ?{digits}{{1,2}} ?[/.-] ?{digits}{{4}}"
        rf"|{digits}{{4}}-{digits}{{2}}-{digits}{{2}}"
    )
    full = rf"(?:{named}|{numeric}|\( ?(?:{named}|{numeric}) ?\))"
    start_part = rf"(?:{numeric}|{digits}{{1,2}}(?:[ ./-]{{0,2}}{month}\.?(?:[ ,./-]{{0,3}}{digits}{{4}})?)?)"
    before = rf"{lead}(?:{weekday}{after_weekday}|\( ?{weekday} ?\) ?)?{day_fill}"
    pair = rf"{lead}{weekday}{separator}{weekday}{after_weekday}{day_fill}"
    trailing_weekday = rf"(?: ?\( ?{weekday} ?\))?"
    edge = r"(?<![\w'])"
    close = r"(?![\w])"
    ranged = rf"(?:{pair}|{before})(?:{start_part}{separator}{before})?{full}{trailing_weekday}"
    month_year = rf"(?:bulan )?{month}\.?,? (?:tahun )?{digits}{{4}}"
    return _Finder(
        candidate=re.compile(rf"{edge}(?:{ranged}|{month_year}){close}"),
        single=re.compile(rf"{edge}{before}{full}{trailing_weekday}{close}"),
    )


def _quote(text: str) -> str:
    shown = repr(text)
    return shown if len(shown) <= 60 else shown[:57] + "..."
