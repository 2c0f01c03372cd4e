"""Date ranges: reading the ways Indonesian documents write them, and the DateRange model."""

from __future__ import annotations

import datetime
import itertools

import pytest
from hypothesis import given

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.dates import DateRange, parse_date_range
from kampungkb.errors import ValidationError
from kampungkb.testing.strategies import date_ranges, indonesian_date_range_texts

D = datetime.date
SEED = DateRange(D(2020, 12, 28), D(2020, 12, 29))  # Senin–Selasa

# The issue's list, with what each means.
ISSUE_RANGES = [
    ("28-29 Desember 2020", SEED),
    ("28–29 Desember 2020", SEED),
    ("28 s.d. 29 Desember 2020", SEED),
    ("28 s.d 29 Desember 2020", SEED),
    ("28 s/d 29 Desember 2020", SEED),
    ("28 Desember sampai dengan 29 Desember 2020", SEED),
    ("Senin sampai dengan Selasa tanggal 28 Desember sampai dengan 29 Desember 2020", SEED),
    ("30 Desember 2020 - 2 Januari 2021", DateRange(D(2020, 12, 30), D(2021, 1, 2))),
    ("Selasa hingga Kamis, 5–7 Agustus 2025", DateRange(D(2025, 8, 5), D(2025, 8, 7))),
    ("dari tanggal 24 Agustus hingga 27 Agustus 2023", DateRange(D(2023, 8, 24), D(2023, 8, 27))),
]

# Ranges as real documents write them (program-roles-events.md §3.4 and §5).
REAL_RANGES = [
    ("hari Senin sampai dengan hari Selasa tanggal 28 Desember sampai dengan 29 Desember 2020", SEED),  # the seed
    ("pada hari Senin sampai dengan hari Selasa tanggal 28 Desember sampai dengan 29 Desember 2020", SEED),
    ("Senin–Selasa, 28–29 Desember 2020", SEED),
    ("Kamis–Sabtu, 6–8 Oktober 2022", DateRange(D(2022, 10, 6), D(2022, 10, 8))),  # Sulawesi Tenggara
    ("6-8 Oktober 2022", DateRange(D(2022, 10, 6), D(2022, 10, 8))),
    ("Selasa–Kamis, 5–7 Agustus 2025", DateRange(D(2025, 8, 5), D(2025, 8, 7))),  # Jawa Barat
    ("Senin 24 – Kamis 27 Agustus 2020", DateRange(D(2020, 8, 24), D(2020, 8, 27))),  # Probolinggo
    ("dari tanggal 24 Agustus hingga 27 Agustus 2020", DateRange(D(2020, 8, 24), D(2020, 8, 27))),
    (
        "Terhitung sejak tanggal 26 September sampai dengan 5 Desember 2020",  # Pasuruan mayor's leave
        DateRange(D(2020, 9, 26), D(2020, 12, 5)),
    ),
    ("Tanggal 5─10 April 2008", DateRange(D(2008, 4, 5), D(2008, 4, 10))),  # PUEBI's own example
    ("5—10 April 2008", DateRange(D(2008, 4, 5), D(2008, 4, 10))),  # EYD's em dash
    ("5--10 April 2008", DateRange(D(2008, 4, 5), D(2008, 4, 10))),  # two hyphens
]

OTHER_FORMS = [
    ("30 November–2 Desember 2020", DateRange(D(2020, 11, 30), D(2020, 12, 2))),
    ("28/12/2020 - 29/12/2020", SEED),
    ("2020-12-28 - 2020-12-29", SEED),
    ("28/12 - 29/12/2020", SEED),
    ("Senin, 28 Desember 2020 s.d. Selasa, 29 Desember 2020", SEED),
    ("28 s.d.29 Desember 2020", SEED),
    ("28 sd 29 Desember 2020", SEED),
    ("28 sampai 29 Desember 2020", SEED),
    ("mulai 28 hingga 29 Desember 2020", SEED),
    ("28 Desember 2020 s.d. Desember 29, 2020", SEED),  # the end through dateutil
    ("28 DESEMBER S.D. 29 DESEMBER 2020", SEED),
]


@pytest.mark.parametrize(("text", "expected"), ISSUE_RANGES + REAL_RANGES + OTHER_FORMS)
def test_ranges_as_documents_write_them_are_read(text: str, expected: DateRange) -> None:
    """Every connector, elision and weekday placement in use reads as the range it means."""
    assert parse_date_range(text) == expected


@pytest.mark.parametrize("text", ["28 Desember 2020", "Senin, 28 Desember 2020", "28-12-2020", "Senin (28/12/2020)"])
def test_a_single_date_is_a_one_day_range(text: str) -> None:
    """A text naming one day reads as the range of that day alone."""
    found = parse_date_range(text)
    assert (found.start, found.end, found.days) == (D(2020, 12, 28), D(2020, 12, 28), 1)


@given(indonesian_date_range_texts())
def test_any_real_spelling_of_a_range_reads_back_to_it(pair: tuple[str, DateRange]) -> None:
    """A range written with any connector, elision, weekdays and casing reads as that range."""
    text, expected = pair
    assert parse_date_range(text) == expected


@pytest.mark.parametrize(
    ("text", "path", "code", "says"),
    [
        ("29-28 Desember 2020", "$.end", "invariant", "ends on 2020-12-28, before it starts on 2020-12-29"),
        ("30 Desember - 2 Januari 2021", "$.end", "invariant", "before it starts on 2021-12-30"),
        ("Senin–Rabu, 28–29 Desember 2020", "$.end", "invariant", "names Rabu, but 29 Desember 2020 is a Selasa"),
        ("Selasa 28 - 29 Desember 2020", "$.start", "invariant", "names Selasa, but 28 Desember 2020 is a Senin"),
        ("28 Desember 2020 - 29", "$.end", "invalid_value", "it has no month or year"),
        ("28 Des 20 - 29 Des 2020", "$.start", "invalid_value", "the year '20' has only 2 digit(s)"),
        ("31 Februari - 2 Maret 2021", "$.start", "invalid_value", "Februari 2021 has only 28 days"),
        ("28 - 32 Desember 2020", "$.end", "invalid_value", "Desember 2020 has only 31 days"),
        ("Senin sampai Selasa, 28 Desember 2020", "$", "invalid_value", "only one date"),
        ("Kamis hingga Sabtu (8/10)", "$", "invalid_value", "it has no year"),
        ("besok - lusa", "$", "invalid_value", "'besok' is not"),
        ("", "$", "invalid_value", "found ''"),
    ],
)
def test_a_range_that_cannot_be_is_refused_at_the_end_at_fault(text: str, path: str, code: str, says: str) -> None:
    """Reversed ranges, wrong weekdays, missing parts and impossible days are located errors that explain."""
    with pytest.raises(ValidationError) as caught:
        parse_date_range(text)
    item = caught.value.errors[0]
    assert (item.path, item.code) == (path, code)
    assert says in item.message


def test_every_problem_of_a_range_is_reported_together() -> None:
    """Two wrong weekdays and a reversed order are three errors in one ValidationError."""
    with pytest.raises(ValidationError) as caught:
        parse_date_range("Rabu–Kamis, 29–28 Desember 2020")
    assert [(item.path, item.code) for item in caught.value.errors] == [
        ("$.start", "invariant"),
        ("$.end", "invariant"),
        ("$.end", "invariant"),
    ]


def test_check_weekday_false_ignores_the_weekdays_of_a_range() -> None:
    """With check_weekday=False a range is read whatever weekdays it names."""
    assert parse_date_range("Rabu–Kamis, 28–29 Desember 2020", check_weekday=False) == SEED


def test_a_megabyte_range_is_refused_unread() -> None:
    """Text longer than the limit is a 'constraint' error."""
    with pytest.raises(ValidationError) as caught:
        parse_date_range("28 s.d. " * 200_000)
    assert caught.value.errors[0].code == "constraint"


@pytest.mark.parametrize("value", [None, 28, b"28-29 Desember 2020", SEED])
def test_a_range_that_is_not_text_is_a_type_error(value: object) -> None:
    """Only strings are read as ranges."""
    with pytest.raises(ValidationError) as caught:
        parse_date_range(value)  # type: ignore[arg-type]
    assert caught.value.errors[0].code == "type"


# ---------------------------------------------------------------------------
# The model


@given(date_ranges())
def test_a_range_survives_the_dict_and_json_round_trip(dates: DateRange) -> None:
    """from_dict(to_dict(x)) == x and from_json(to_json(x)) == x."""
    assert from_dict(to_dict(dates), DateRange) == dates
    assert from_json(to_json(dates), DateRange) == dates


def test_a_range_travels_as_two_iso_dates() -> None:
    """The JSON form is {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}."""
    assert to_json(SEED) == '{"start":"2020-12-28","end":"2020-12-29"}'


@given(date_ranges(max_days=60))
def test_days_membership_and_iteration_agree(dates: DateRange) -> None:
    """Iterating gives .days consecutive days from start to end, each of them in the range."""
    days = list(dates)
    assert len(days) == dates.days == dates.end.toordinal() - dates.start.toordinal() + 1
    assert (days[0], days[-1]) == (dates.start, dates.end)
    assert all((later - earlier).days == 1 for earlier, later in itertools.pairwise(days))
    assert all(day in dates for day in days)
    assert dates.start - datetime.timedelta(days=1) not in dates
    assert dates.end + datetime.timedelta(days=1) not in dates


@pytest.mark.parametrize("value", ["2020-12-28", datetime.datetime(2020, 12, 28), None, 20201228])
def test_only_a_date_can_be_in_a_range(value: object) -> None:
    """A string, a datetime or a number is never 'in' a range (no error, no coercion)."""
    assert value not in SEED


def test_a_range_may_end_on_the_last_representable_day() -> None:
    """Iterating a range that ends on date.max stops there."""
    last = DateRange(datetime.date.max - datetime.timedelta(days=1), datetime.date.max)
    assert list(last) == [last.start, last.end]


def test_an_end_before_the_start_is_refused_at_end() -> None:
    """The invariant end >= start is located at 'end', from Python and from JSON alike."""
    with pytest.raises(ValidationError) as built:
        DateRange(D(2020, 12, 29), D(2020, 12, 28))
    with pytest.raises(ValidationError) as loaded:
        from_dict({"start": "2020-12-29", "end": "2020-12-28"}, DateRange)
    assert built.value.errors == loaded.value.errors
    assert [(item.path, item.code) for item in built.value.errors] == [("$.end", "invariant")]


@pytest.mark.parametrize(
    ("data", "path", "code"),
    [
        ({"start": "28/12/2020", "end": "2020-12-29"}, "$.start", "invalid_value"),
        ({"start": "2020-12-28"}, "$.end", "missing"),
        ({"start": "2020-12-28", "end": "2020-12-29", "days": 2}, "$.days", "extra_key"),
        ({"start": 20201228, "end": "2020-12-29"}, "$.start", "type"),
        ({"start": "2020-02-30", "end": "2020-12-29"}, "$.start", "invalid_value"),
    ],
)
def test_bad_json_for_a_range_is_located(data: dict[str, object], path: str, code: str) -> None:
    """Loading a range checks each field strictly and reports where the problem is."""
    with pytest.raises(ValidationError) as caught:
        from_dict(data, DateRange)
    assert [(item.path, item.code) for item in caught.value.errors] == [(path, code)]


@pytest.mark.parametrize(
    ("start", "end"), [("2020-12-28", D(2020, 12, 29)), (datetime.datetime(2020, 12, 28), D(2020, 12, 29))]
)
def test_a_range_is_built_from_dates_only(start: object, end: datetime.date) -> None:
    """A string or a datetime for a day is a type error, not converted."""
    with pytest.raises(ValidationError) as caught:
        DateRange(start, end)  # type: ignore[arg-type]
    assert [(item.path, item.code) for item in caught.value.errors] == [("$.start", "type")]
