"""Reading Indonesian dates and date ranges: a fast path of precompiled patterns,
and python-dateutil (with an Indonesian ``parserinfo``) for the long tail.

Text is first *normalised*: whitespace runs become one space, letters are
case-folded, apostrophes and dashes are unified, and a trailing period or
comma is dropped. The fast path then strips the words that may stand before a
date (``pada``, ``hari``, a weekday, ``tanggal``) and matches what is left
against a few anchored patterns (``28 Desember 2020``, ``28/12/2020``,
``2020-12-28``, and the partial forms a range start may take: ``28`` and
``28 Desember``). Text none of them fits goes to dateutil, but only once every
word in it is known and its numbers can be one day and one four-digit year
beside one month name, and its answer is taken only when dateutil filled in
nothing from its defaults.

Every pattern is anchored and built from bounded pieces (no nested
quantifiers), and no text longer than :data:`MAX_TEXT_LENGTH` characters
reaches a pattern, so reading is linear in the length of the text.

    >>> read_date("Senin, 28 Desember 2020", check_weekday=True)
    datetime.date(2020, 12, 28)
    >>> read_range("28–29 Desember 2020", check_weekday=True)[:2]
    (datetime.date(2020, 12, 28), datetime.date(2020, 12, 29))
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from .._core import describe, lazy_pattern, once
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._words import calendar_words, days_in_month, write_date

if TYPE_CHECKING:  # dateutil is imported on first use (it costs more than the area's own import)
    from dateutil import parser as _dateutil

__all__ = [
    "CANONICAL_EXAMPLES",
    "MAX_TEXT_LENGTH",
    "Note",
    "read_date",
    "read_date_detailed",
    "read_partial",
    "read_range",
    "read_range_detailed",
]

#: Texts longer than this are refused before any pattern runs.
MAX_TEXT_LENGTH = 256

#: One example of each canonical form, all 28 December 2020: the forms read without dateutil
#: (the tests check that; the benchmark times them).
CANONICAL_EXAMPLES = (
    "Senin, 28 Desember 2020",
    "28 Desember 2020",
    "28 Des 2020",
    "28/12/2020",
    "28-12-2020",
    "2020-12-28",
)

_EXPECTED_DATE = "a date such as '28 Desember 2020'"
_EXPECTED_RANGE = "a date or date range such as '28–29 Desember 2020'"


def read_date(text: object, *, check_weekday: object) -> _dt.date:
    """The date ``text`` states; ValidationError (located at ``$``) saying why not.

    >>> read_date("Kamis(5/6/2020)", check_weekday=True)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: 'Kamis(5/6/2020)' names Kamis, but 5 Juni 2020 is a Jumat [invariant]
    """
    checking = _check_flag(check_weekday)
    if type(text) is str and len(text) <= MAX_TEXT_LENGTH:
        canonical = _read_canonical(text, checking)
        if canonical is not None:
            return canonical
    return read_date_detailed(text, checking)[0]


def read_date_detailed(text: object, checking: bool) -> tuple[_dt.date, list[Note]]:
    """The date ``text`` states, with a note for each reading that is not literal."""
    normal = _strip_label(_normalise(text, _EXPECTED_DATE))
    assert isinstance(text, str)
    piece = _read_single(normal, text, _EXPECTED_DATE)
    day = _to_date(piece, text, _EXPECTED_DATE)
    notes = _piece_notes(piece)
    if piece.weekday is not None and piece.weekday != day.isoweekday():
        if checking:
            raise ValidationError([_weekday_mismatch(text, piece.weekday, day, ())])
        notes.append(_weekday_note(piece.weekday, day))
    return day, notes


class Note(NamedTuple):
    """A reading that is not literal: its kind (a code), what was found and what is used."""

    kind: str
    found: str
    used: str


def _piece_notes(piece: _Piece) -> list[Note]:
    if piece.mixed is None:
        return []
    return [Note("mixed_separators", piece.mixed, re.sub(r" ?[/.-] ?", "/", piece.mixed))]


def _weekday_note(stated: int, day: _dt.date) -> Note:
    names = calendar_words().weekday_names
    return Note("weekday", names[stated], names[day.isoweekday()])


def read_partial(text: str) -> tuple[int, int | None] | None:
    """The year and month of a year-only or month-and-year text (``2017``, ``Juni 2022``); None otherwise."""
    if len(text) > MAX_TEXT_LENGTH:
        return None
    normal = _strip_label(" ".join(text.split()).casefold().translate(_FOLD).rstrip(" .,;"))
    found = _patterns().partial.fullmatch(normal)
    if found is None:
        return None
    month = found.group("month")
    return int(found.group("year")), None if month is None else calendar_words().months[month]


def _strip_label(normal: str) -> str:
    """The text after a leading label such as ``hari/tanggal :``."""
    label = _patterns().label.match(normal)
    return normal[label.end() :] if label is not None and label.end() < len(normal) else normal


def read_range(text: object, *, check_weekday: object) -> tuple[_dt.date, _dt.date, list[ErrorItem]]:
    """The first and last day ``text`` states, with any weekday that contradicts them.

    The order of the two days is not checked here: :class:`kampungkb.dates.DateRange`
    owns that rule.

    >>> read_range("Senin sampai dengan Selasa tanggal 28 Desember sampai dengan 29 Desember 2020", check_weekday=True)
    (datetime.date(2020, 12, 28), datetime.date(2020, 12, 29), [])
    >>> read_range("Selasa–Rabu, 28–30 Desember 2020", check_weekday=True)[2]
    [ErrorItem('$.start', "'Selasa–Rabu, ...' names Selasa, but 28 Desember 2020 is a Senin", 'invariant')]
    """
    start, end, problems, _ = read_range_detailed(text, _check_flag(check_weekday))
    return start, end, problems


def read_range_detailed(text: object, checking: bool) -> tuple[_dt.date, _dt.date, list[ErrorItem], list[Note]]:
    """Like :func:`read_range`, with a note for each reading that is not literal."""
    normal = _strip_label(_normalise(text, _EXPECTED_RANGE))
    assert isinstance(text, str)
    found = _patterns()
    opener = found.range_opener.match(normal)
    body = normal[opener.end() :] if opener else normal
    stated: list[tuple[int, _dt.date, str]] = []
    notes: list[Note] = []

    pair = found.weekday_pair.match(body)
    if pair is not None:
        body = body[pair.end() :]
    single = None if pair is not None else _read_piece(body)
    ends = None if single is not None else _split_range(body, text)
    if ends is None:
        if single is None:
            single = _read_single(body, text, _EXPECTED_RANGE)
        start = end = _to_date(single, text, _EXPECTED_RANGE)
        if pair is not None:
            raise ValidationError.single(
                (),
                f"expected {_EXPECTED_RANGE}, found {_quote(text)}: two weekdays name a range of days "
                f"but only one date ({write_date(start)}) follows them",
                ErrorCode.INVALID_VALUE,
            )
        if single.weekday is not None:
            stated.append((single.weekday, start, "start"))
        notes.extend(_piece_notes(single))
    else:
        start_piece, end_piece, start, end = ends
        notes.extend((*_piece_notes(start_piece), *_piece_notes(end_piece)))
        if start_piece.weekday is not None:
            stated.append((start_piece.weekday, start, "start"))
        if end_piece.weekday is not None:
            stated.append((end_piece.weekday, end, "end"))
    if pair is not None:
        words = calendar_words().weekdays
        stated.append((words[pair.group("first")], start, "start"))
        stated.append((words[pair.group("second")], end, "end"))
    problems = [
        _weekday_mismatch(text, weekday, day, (where,))
        for weekday, day, where in stated
        if checking and weekday != day.isoweekday()
    ]
    if not checking:
        notes.extend(_weekday_note(weekday, day) for weekday, day, _ in stated if weekday != day.isoweekday())
    return start, end, problems, notes


def __getattr__(name: str) -> Any:
    """``IndonesianParserInfo`` is made on first use: dateutil is imported then, not with kampungkb."""
    if name == "IndonesianParserInfo":
        return _parser_info_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@once
def _parser_info_class() -> type[_dateutil.parserinfo]:
    from dateutil import parser as _dateutil

    class IndonesianParserInfo(_dateutil.parserinfo):
        """dateutil's ``parserinfo`` for Indonesian dates: day first, Indonesian month and weekday
        names (every spelling kampungkb accepts), Indonesian filler words, and none of dateutil's
        English words (``of``, ``at``, ``am``/``pm``, ``UTC``...).

        >>> from dateutil import parser
        >>> parser.parse("Senin, 28 Desember 2020", parserinfo=IndonesianParserInfo())
        datetime.datetime(2020, 12, 28, 0, 0)
        """

        def __init__(self, dayfirst: bool = True, yearfirst: bool = False) -> None:
            words = calendar_words()
            fillers = (*words.before_weekday, *words.before_day, *words.inside_date)
            self.JUMP = [" ", ".", ",", ";", "-", "/", "'", *(word.rstrip(".") for word in fillers)]
            # dateutil's stubs say 2-tuples; any number of spellings works.
            self.WEEKDAYS = cast("list[tuple[str, str]]", list(words.weekday_spellings[1:]))
            self.MONTHS = cast("list[tuple[str, str] | tuple[str, str, str]]", list(words.month_spellings[1:]))
            self.HMS = []
            self.AMPM = []
            self.UTCZONE = []
            self.PERTAIN = []
            super().__init__(dayfirst=dayfirst, yearfirst=yearfirst)

    return IndonesianParserInfo


# ---------------------------------------------------------------------------
# Normalising


_FOLD = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark
        "\u2018": "'",
        "\u02bc": "'",  # modifier letter apostrophe
        "`": "'",
        "\u00b4": "'",
        "\u2014": "–",  # em dash
        "\u2015": "–",  # horizontal bar
        "\u2500": "–",  # box drawing light horizontal (PUEBI's own example uses it)
        "\u2012": "–",  # figure dash
        "\u2212": "–",  # minus sign
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
    }
)


def _normalise(text: object, expected: str) -> str:
    if not isinstance(text, str):
        raise ValidationError.single((), f"expected {expected} as text, found {describe(text)}", ErrorCode.TYPE)
    if len(text) > MAX_TEXT_LENGTH:
        raise ValidationError.single(
            (),
            f"expected {expected} of at most {MAX_TEXT_LENGTH} characters, found {len(text)} characters",
            ErrorCode.CONSTRAINT,
        )
    normal = " ".join(text.split()).casefold().translate(_FOLD)
    if "--" in normal:
        normal = normal.replace("--", "–")
    normal = normal.rstrip(" .,;")
    if not normal:
        raise ValidationError.single((), f"expected {expected}, found {_quote(text)}", ErrorCode.INVALID_VALUE)
    return normal


def _check_flag(value: object) -> bool:
    if type(value) is not bool:
        raise ValidationError.single(("check_weekday",), f"expected a boolean, found {describe(value)}", ErrorCode.TYPE)
    return value


# ---------------------------------------------------------------------------
# The fast path


# The canonical numeric forms: 28/12/2020, 28-12-2020, 28.12.2020 and 2020-12-28.
_CANONICAL_NUMERIC = lazy_pattern(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})|([0-9]{4})-([0-9]{2})-([0-9]{2})")


@once
def _canonical_named() -> re.Pattern[str]:
    """The canonical forms with a month name, as written (any ASCII case): ``[Senin, ]28 Desember 2020``.

    Case is ignored for ASCII letters only: Unicode case-insensitive matching would let
    ``SENİN`` (dotted capital I) match ``senin`` although it does not case-fold to it.
    """
    words = calendar_words()
    return re.compile(
        rf"(?:({_alternation(words.weekdays)}),? )?([0-9]{{1,2}}) ({_alternation(words.months)}) ([0-9]{{4}})",
        re.IGNORECASE | re.ASCII,
    )


def _read_canonical(text: str, checking: bool) -> _dt.date | None:
    """The date of a text in a canonical form; None for any other text, for an impossible date and
    for a weekday that contradicts the date (the general path then explains what is wrong)."""
    match = _CANONICAL_NUMERIC.fullmatch(text)
    if match is not None:
        day, _, month, year, iso_year, iso_month, iso_day = match.groups()
        try:
            if day is not None:
                return _dt.date(int(year), int(month), int(day))
            return _dt.date(int(iso_year), int(iso_month), int(iso_day))
        except ValueError:
            return None
    match = _canonical_named().fullmatch(text)
    if match is None:
        return None
    weekday, day, month, year = match.groups()
    words = calendar_words()
    try:
        found = _dt.date(int(year), words.months[month.lower()], int(day))
    except ValueError:
        return None
    if weekday is not None and checking and words.weekdays[weekday.lower()] != found.isoweekday():
        return None
    return found


class _Piece(NamedTuple):
    """One date as written: the parts it states (None where it leaves them out)."""

    day: int
    month: int | None
    year: int | None
    year_text: str | None
    weekday: int | None
    mixed: str | None = None  # the numeric date as written, when its separators differ


class _Patterns(NamedTuple):
    prefix: re.Pattern[str]
    forms: tuple[re.Pattern[str], ...]
    separator: re.Pattern[str]
    weekday_pair: re.Pattern[str]
    range_opener: re.Pattern[str]
    token: re.Pattern[str]
    label: re.Pattern[str]
    partial: re.Pattern[str]


_NOT_LETTER = r"(?![^\W\d_])"


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, so that ``sept`` is tried before ``sep``."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


@once
def _patterns() -> _Patterns:
    words = calendar_words()
    month = _alternation(words.months)
    weekday = _alternation(words.weekdays)
    lead = rf"(?:(?:{_alternation(words.before_weekday)}) ){{0,2}}"
    day_fill = rf"(?:(?:{_alternation(words.before_day)}){_NOT_LETTER} ?){{0,2}}"
    after_weekday = r"(?:, ?| ?/ ?| ?(?=\()| )"
    dashes = "".join(re.escape(dash) for dash in words.range_dashes)
    # A connector word stands between spaces; one that ends in a period may touch the day after it.
    connectors = _alternation((*words.range_words, *words.pair_words))
    separator = rf"(?: ?[{dashes}] ?| (?:{connectors})(?: |(?<=\.)(?=[0-9])))"
    digits = "[0-9]"
    forms = (
        rf"(?P<day>{digits}{{1,2}})[ ./-]{{0,2}}(?P<month>{month}){_NOT_LETTER}[ ,./-]{{0,3}}(?P<year>{digits}+)",
        rf"(?P<day>{digits}{{1,2}}) ?(?P<sep>[/.-]) ?(?P<month>{digits}{{1,2}}) ?(?P=sep) ?(?P<year>{digits}+)",
        rf"(?P<year>{digits}{{4}}) ?(?P<sep>[/.-]) ?(?P<month>{digits}{{1,2}}) ?(?P=sep) ?(?P<day>{digits}{{1,2}})",
        rf"(?P<day>{digits}{{1,2}}) ?(?P<mixed>[/.-]) ?(?P<month>{digits}{{1,2}}) ?[/.-] ?(?P<year>{digits}{{4}})",
        rf"(?P<day>{digits}{{1,2}})[ ./-]{{0,2}}(?P<month>{month}){_NOT_LETTER}\.?",
        rf"(?P<day>{digits}{{1,2}}) ?/ ?(?P<month>{digits}{{1,2}})",
        rf"(?P<day>{digits}{{1,2}})",
    )
    return _Patterns(
        prefix=re.compile(rf"{lead}(?:(?P<weekday>{weekday}){_NOT_LETTER}\.?{after_weekday})?{day_fill}"),
        forms=tuple(re.compile(form) for form in forms),
        separator=re.compile(separator),
        weekday_pair=re.compile(
            rf"{lead}(?P<first>{weekday}){_NOT_LETTER}\.?{separator}"
            rf"{lead}(?P<second>{weekday}){_NOT_LETTER}\.?{after_weekday}{day_fill}"
        ),
        range_opener=re.compile(rf"(?:{_alternation(words.before_range)}) "),
        token=re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|[0-9]+|\S"),
        label=re.compile(rf"(?:{_alternation(words.labels)}) ?: ?"),
        partial=re.compile(
            rf"(?:pada )?(?:(?:bulan )?(?P<month>{month}){_NOT_LETTER}\.?,? (?:tahun )?|tahun )?(?P<year>{digits}{{4}})"
        ),
    )


def _read_piece(normal: str) -> _Piece | None:
    """The parts of the date ``normal`` states in a fast-path form; None for any other text."""
    found = _patterns()
    words = calendar_words()
    close = normal.find(")", 1, 16) if normal.startswith("(") else -1
    if close > 0 and normal[1:close].strip() in words.weekdays:
        # the weekday in brackets before the date: "(Senin) 28 Desember 2020"
        piece = _read_piece(normal[close + 1 :].lstrip(" ,/"))
        if piece is None or piece.weekday is not None:
            return None
        return piece._replace(weekday=words.weekdays[normal[1:close].strip()])
    prefix = found.prefix.match(normal)
    assert prefix is not None  # every part of the prefix is optional
    weekday_word = prefix.group("weekday")
    rest = normal[prefix.end() :]
    if rest.endswith(")"):
        opening = rest.rfind("(")
        if opening == 0:
            rest = rest[1:-1].strip()
        elif opening > 0 and weekday_word is None:
            # a weekday after the date: "28 Desember 2020 (Senin)"
            weekday_word = rest[opening + 1 : -1].strip()
            if weekday_word not in words.weekdays:
                return None
            rest = rest[:opening].rstrip(" ,")
    for form in found.forms:
        match = form.fullmatch(rest)
        if match is not None:
            parts = match.groupdict()
            month = parts.get("month")
            year = parts.get("year")
            return _Piece(
                int(parts["day"]),
                None if month is None else int(month) if month.isdigit() else words.months[month],
                None if year is None else int(year),
                year,
                None if weekday_word is None else words.weekdays[weekday_word],
                rest if parts.get("mixed") is not None else None,
            )
    return None


def _read_single(normal: str, text: str, expected: str) -> _Piece:
    """The parts of one date, from the fast path or else from dateutil; ValidationError saying why not."""
    piece = _read_piece(normal)
    if piece is not None:
        return piece
    found = _read_long_tail(normal)
    if isinstance(found, _Piece):
        return found
    if _patterns().separator.search(normal) and expected == _EXPECTED_DATE:
        found += " (for a date range, use parse_date_range)"
    raise ValidationError.single((), f"expected {expected}, found {_quote(text)}: {found}", ErrorCode.INVALID_VALUE)


def _split_range(body: str, text: str) -> tuple[_Piece, _Piece, _dt.date, _dt.date] | None:
    """The two ends of a range: the first split of ``body`` at a connector where both sides read as dates.

    None when no split reads as two dates; a ValidationError (located at ``start`` or
    ``end``) when one does but a side is not a calendar date.
    """
    problems: list[ValidationError] = []
    for connector in _patterns().separator.finditer(body):
        left = body[: connector.start()].strip()
        right = body[connector.end() :].strip()
        if not left or not right:
            continue
        end_piece = _read_piece(right) or _complete_long_tail(right)
        if end_piece is None:
            continue
        start_piece = _read_piece(left) or _complete_long_tail(left)
        if start_piece is None:
            continue
        try:
            end = _to_date(end_piece, text, _EXPECTED_RANGE)
        except ValidationError as exc:
            problems.append(exc.prefixed("end"))
            continue
        try:
            start = _to_date(start_piece, text, _EXPECTED_RANGE, month=end.month, year=end.year)
        except ValidationError as exc:
            problems.append(exc.prefixed("start"))
            continue
        joiner = connector.group().strip()
        if joiner in calendar_words().pair_words and (end - start).days != 1:
            raise ValidationError.single(
                (),
                f"expected {_EXPECTED_RANGE}, found {_quote(text)}: {joiner!r} joins two separate days"
                f" ({write_date(start)} and {write_date(end)}), not a range; read each on its own",
                ErrorCode.INVALID_VALUE,
            )
        return start_piece, end_piece, start, end
    if problems:
        raise problems[0]
    return None


def _to_date(piece: _Piece, text: str, expected: str, *, month: int | None = None, year: int | None = None) -> _dt.date:
    """The calendar date of ``piece`` (its missing month and year taken from ``month``, ``year``)."""
    if piece.month is None and month is None:
        reason = "it has no month or year"
    elif piece.year is None and year is None:
        reason = "it has no year"
    elif piece.year_text is not None and len(piece.year_text) != 4:
        if len(piece.year_text) <= 2:
            reason = f"the year {piece.year_text!r} has only {len(piece.year_text)} digit(s); write all four"
        else:
            reason = f"expected a four-digit year, found {piece.year_text!r}"
    else:
        month_number = piece.month if piece.month is not None else month
        year_number = piece.year if piece.year is not None else year
        assert month_number is not None
        assert year_number is not None
        try:
            return _dt.date(year_number, month_number, piece.day)
        except ValueError:
            reason = _why_not_a_date(year_number, month_number, piece.day)
    raise ValidationError.single((), f"expected {expected}, found {_quote(text)}: {reason}", ErrorCode.INVALID_VALUE)


def _why_not_a_date(year: int, month: int, day: int) -> str:
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if year < 1:
        return "there is no year 0"
    month_name = calendar_words().month_names[month]
    length = days_in_month(year, month)
    if day < 1:
        return "there is no day 0"
    return f"{month_name} {year} has only {length} days"


def _weekday_mismatch(text: str, stated: int, day: _dt.date, location: tuple[str, ...]) -> ErrorItem:
    names = calendar_words().weekday_names
    return ErrorItem(
        location,
        f"{_quote(text)} names {names[stated]}, but {write_date(day)} is a {names[day.isoweekday()]}",
        ErrorCode.INVARIANT,
    )


def _quote(text: str) -> str:
    shown = repr(text)
    return shown if len(shown) <= 60 else shown[:57] + "..."


# ---------------------------------------------------------------------------
# The long tail: dateutil


_PUNCTUATION = frozenset(".,;/-'")
# Two defaults differing in every part: a part dateutil fills from its default differs
# between the two results. Both years are leap years and both months have 31 days, so no
# stated day makes one default fail where the other succeeds.
_DEFAULTS = (_dt.datetime(1904, 1, 1, 0, 0, 0), _dt.datetime(1908, 3, 3, 1, 1, 1))


@once
def _parser() -> _dateutil.parser:
    from dateutil import parser as _dateutil

    return _dateutil.parser(_parser_info_class()())


@once
def _filler_words() -> frozenset[str]:
    words = calendar_words()
    return frozenset(word.rstrip(".") for word in (*words.before_weekday, *words.before_day, *words.inside_date))


def _complete_long_tail(normal: str) -> _Piece | None:
    found = _read_long_tail(normal)
    return found if isinstance(found, _Piece) else None


def _read_long_tail(normal: str) -> _Piece | str:
    """The complete date dateutil reads in ``normal``, or the reason it is not taken.

    dateutil is asked only when every word is a month, weekday or filler word, one month is
    named, and there are exactly two numbers (a day and a four-digit year); the weekday and
    filler words are blanked out first (kampungkb checks the weekday itself).
    """
    words = calendar_words()
    fillers = _filler_words()
    months = 0
    weekday: int | None = None
    numbers: list[str] = []
    kept = list(normal)
    for token in _patterns().token.finditer(normal):
        value = token.group()
        if "0" <= value[0] <= "9":
            numbers.append(value)
        elif value in words.months:
            months += 1
        elif value in words.weekdays:
            if weekday is not None:
                return "it names more than one weekday"
            weekday = words.weekdays[value]
            kept[token.start() : token.end()] = " " * len(value)
        elif value in fillers:
            kept[token.start() : token.end()] = " " * len(value)
        elif value.isalpha() or "'" in value:
            return f"{value!r} is not an Indonesian or English month or weekday name"
        elif value not in _PUNCTUATION:
            return f"unexpected character {value!r}"
    reason = _long_tail_shape(months, numbers)
    if reason is not None:
        return reason
    text = "".join(kept)
    try:
        first, second = (_parser().parse(text, default=default) for default in _DEFAULTS)
    except (ValueError, OverflowError, TypeError) as exc:  # dateutil's ParserError is a ValueError
        return f"it is not a date ({exc})"
    for part in ("year", "month", "day"):
        if getattr(first, part) != getattr(second, part):
            return f"it has no {part}"
    if first.time() != _DEFAULTS[0].time() or second.time() != _DEFAULTS[1].time() or first.tzinfo is not None:
        return "it has a time of day; give the date alone"
    year_text = next(number for number in numbers if len(number) == 4)
    return _Piece(first.day, first.month, first.year, year_text, weekday)


def _long_tail_shape(months: int, numbers: list[str]) -> str | None:
    """Why the words and numbers cannot be one date with a month name; None when they can."""
    for number in numbers:
        if len(number) > 4:
            return f"{number!r} is not a day, month or year"
    if months == 0:
        return "numbers alone must be written day first, as 28/12/2020, 28-12-2020 or 28.12.2020, or as 2020-12-28"
    if months > 1:
        return "it names more than one month"
    if len(numbers) > 2:
        return "it has more numbers than a day and a year"
    years = [number for number in numbers if len(number) == 4]
    if len(numbers) < 2:
        return "it has no day" if years else "it has no year"
    if not years:
        longest = max(numbers, key=len)
        if len(longest) == 3:
            return f"expected a four-digit year, found {longest!r}"
        return f"it has no four-digit year (a two-digit year such as {numbers[-1]!r} is ambiguous); write all four"
    if len(years) > 1:
        return "it has more than one year"
    return None
