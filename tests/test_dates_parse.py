"""Reading single Indonesian dates: every spelling documents use, and every way a text fails."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kampungkb.dates._parse as date_parse
from kampungkb.dates import DateRange, parse_date, parse_date_range
from kampungkb.errors import ValidationError
from kampungkb.testing.strategies import indonesian_date_texts

D = datetime.date
T = TypeVar("T")
SEED_DAY = D(2020, 12, 28)  # a Monday (Senin)

# The issue's list, each form of 28 December 2020.
ISSUE_FORMS = [
    "28 Desember 2020",
    "Senin, 28 Desember 2020",
    "Senin 28 Desember 2020",
    "Senin (28/12/2020)",
    "28 Des 2020",
    "28-12-2020",
    "28/12/2020",
    "28 / 12 / 2020",
    "2020-12-28",
    "tanggal 28 Desember 2020",
]

# Spellings seen in real documents (program-roles-events.md §3.4 and §5), with the day they mean.
REAL_SPELLINGS = [
    ("Senin, 6 Agustus 2018", D(2018, 8, 6)),  # Surabaya lokakarya mini
    ("Kamis, 18 Oktober 2018", D(2018, 10, 18)),  # Lebak rakor
    ("Selasa, 23 Mei 2017", D(2017, 5, 23)),  # Bangka Belitung rakor
    ("Senin 6 Maret 2023", D(2023, 3, 6)),  # Kaltim RDK orientation
    ("Senin 7 Agustus 2023", D(2023, 8, 7)),  # Denpasar Rumah DataKu
    ("Rabu 23 Agustus 2023", D(2023, 8, 23)),  # Lombok Tengah
    ("Kamis 9 Oktober 2025", D(2025, 10, 9)),  # Boyolali
    ("Jumat 3 Juni 2022", D(2022, 6, 3)),  # Pasuruan verification
    ("11 September 2017 (Senin)", D(2017, 9, 11)),  # Sumatera Barat rakor
    ("Kamis 14 Jan 2016", D(2016, 1, 14)),  # national launch
    ("Rabu 25 Okt 2017", D(2017, 10, 25)),
    ("Rabu 22 Nov 2017", D(2017, 11, 22)),
    ("Kamis 27 Des 2018", D(2018, 12, 27)),
    ("Selasa (15/2/2022)", D(2022, 2, 15)),  # news shorthand
    ("Kamis (09/10/2025)", D(2025, 10, 9)),
    ("Jumat (3/6/2022)", D(2022, 6, 3)),
    ("22 Nopember 2017", D(2017, 11, 22)),  # kodim0726
    ("2 Desember 2024", D(2024, 12, 2)),  # letter-writing guide
    ("17 Januari 2013", D(2013, 1, 17)),
    ("pada hari Senin tanggal 28 Desember 2020", SEED_DAY),  # the seed's wording
]

MONTH_SPELLINGS = [
    ("Januari", 1),
    ("Jan", 1),
    ("Februari", 2),
    ("Pebruari", 2),
    ("Feb", 2),
    ("Peb", 2),
    ("Maret", 3),
    ("Mar", 3),
    ("April", 4),
    ("Apr", 4),
    ("Mei", 5),
    ("Juni", 6),
    ("Jun", 6),
    ("Juli", 7),
    ("Jul", 7),
    ("Agustus", 8),
    ("Agu", 8),
    ("Ags", 8),
    ("Agt", 8),
    ("Agst", 8),
    ("September", 9),
    ("Sep", 9),
    ("Sept", 9),
    ("Oktober", 10),
    ("Okt", 10),
    ("November", 11),
    ("Nopember", 11),
    ("Nov", 11),
    ("Nop", 11),
    ("Desember", 12),
    ("Des", 12),
]

# 1 to 7 June 2020 run from Monday to Sunday.
WEEKDAY_SPELLINGS = [
    ("Senin", 1),
    ("Selasa", 2),
    ("Rabu", 3),
    ("Kamis", 4),
    ("Jumat", 5),
    ("Jum'at", 5),
    ("Jum’at", 5),
    ("Sabtu", 6),
    ("Minggu", 7),
    ("Ahad", 7),
    ("Sen", 1),
    ("Jum", 5),
    ("Min", 7),
]


@pytest.mark.parametrize("text", ISSUE_FORMS)
def test_every_form_the_issue_lists_reads_as_28_december_2020(text: str) -> None:
    """Each of the issue's forms reads as Monday 28 December 2020."""
    assert parse_date(text) == SEED_DAY


@pytest.mark.parametrize(("text", "expected"), REAL_SPELLINGS)
def test_real_document_spellings_read_as_the_day_they_mean(text: str, expected: datetime.date) -> None:
    """Dates as real reports, letters and news write them read correctly, weekday included."""
    assert parse_date(text) == expected


@pytest.mark.parametrize(("spelling", "month"), MONTH_SPELLINGS)
def test_every_month_spelling_in_use_is_read(spelling: str, month: int) -> None:
    """Standard names, abbreviations (with or without a period) and old spellings all name their month."""
    assert parse_date(f"5 {spelling} 2021") == D(2021, month, 5)
    if spelling.lower() not in {"mei", "juni", "juli"} and len(spelling) <= 4:
        assert parse_date(f"5 {spelling}. 2021") == D(2021, month, 5)


@pytest.mark.parametrize(("spelling", "day"), WEEKDAY_SPELLINGS)
def test_every_weekday_spelling_in_use_is_read_and_checked(spelling: str, day: int) -> None:
    """Jumat/Jum'at, Minggu/Ahad and the abbreviations name their weekday, which is checked."""
    assert parse_date(f"{spelling}, {day} Juni 2020") == D(2020, 6, day)
    wrong = day % 7 + 1
    with pytest.raises(ValidationError) as caught:
        parse_date(f"{spelling}, {wrong} Juni 2020")
    assert caught.value.errors[0].code == "invariant"


@pytest.mark.parametrize(
    "text",
    [
        "SENIN, 28 DESEMBER 2020",
        "senin, 28 desember 2020",
        "  Senin,   28   Desember\t2020  ",
        "Senin,\u00a028\u00a0Desember\u00a02020",
        "Senin,28 Desember 2020",
        "28 Desember 2020.",
        "28Desember2020",
        "28-Des-2020",
        "28.12.2020",
        "28 Des. 2020",
        "hari Senin, 28 Desember 2020",
        "tgl. 28 Desember 2020",
    ],
)
def test_letter_case_spacing_and_punctuation_do_not_matter(text: str) -> None:
    """Any letter case, extra or odd spaces, and the usual punctuation read the same day."""
    assert parse_date(text) == SEED_DAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Desember 28, 2020", SEED_DAY),
        ("2020 Desember 28", SEED_DAY),
        ("tanggal 28 bulan Desember tahun 2020", SEED_DAY),
        ("Senin, Desember 28 2020", SEED_DAY),
        ("28 ; Desember ; 2020", SEED_DAY),
    ],
)
def test_the_long_tail_is_read_by_dateutil(text: str, expected: datetime.date) -> None:
    """Orders and punctuation outside the fast path are read through dateutil's Indonesian parserinfo."""
    assert parse_date(text) == expected


@given(indonesian_date_texts())
def test_any_real_spelling_of_a_date_reads_back_to_it(pair: tuple[str, datetime.date]) -> None:
    """A date written in any mix of the real spellings, cases and spacings reads as that date."""
    text, expected = pair
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", date_parse.CANONICAL_EXAMPLES)
def test_canonical_forms_never_call_dateutil(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The canonical forms are read by the fast path alone."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("dateutil was called")

    from dateutil import parser as dateutil_parser  # imported by kampungkb on first use only

    monkeypatch.setattr(dateutil_parser.parser, "parse", refuse)
    assert parse_date(text) == SEED_DAY


# ---------------------------------------------------------------------------
# Errors


@pytest.mark.parametrize(
    ("text", "code", "says"),
    [
        ("", "invalid_value", "found ''"),
        ("   ", "invalid_value", "found '   '"),
        ("besok", "invalid_value", "'besok' is not an Indonesian or English month or weekday name"),
        ("28 Desember", "invalid_value", "it has no year"),
        ("Desember 2020", "invalid_value", "it has no day"),
        ("Desember 28", "invalid_value", "it has no year"),
        ("28", "invalid_value", "it has no month or year"),
        ("Senin (28/12)", "invalid_value", "it has no year"),
        ("28/12/20", "invalid_value", "the year '20' has only 2 digit(s)"),
        ("28 Des 20", "invalid_value", "the year '20' has only 2 digit(s)"),
        ("Desember 28, 20", "invalid_value", "two-digit year"),
        ("28 Desember 202", "invalid_value", "expected a four-digit year, found '202'"),
        ("31 Februari 2021", "invalid_value", "Februari 2021 has only 28 days"),
        ("29 Februari 2021", "invalid_value", "Februari 2021 has only 28 days"),
        ("31 April 2021", "invalid_value", "April 2021 has only 30 days"),
        ("28/13/2020", "invalid_value", "there is no month 13"),
        ("0/12/2020", "invalid_value", "there is no day 0"),
        ("28 Desember 0000", "invalid_value", "there is no year 0"),
        ("12 28 2020", "invalid_value", "day first"),
        ("28122020", "invalid_value", "'28122020' is not a day, month or year"),
        ("28 Desember 2020 10.00", "invalid_value", "more numbers than a day and a year"),
        ("28 Desember 2020 pukul 10.00", "invalid_value", "'pukul' is not"),
        ("28-29 Desember 2020", "invalid_value", "use parse_date_range"),
        ("Senin, Selasa 28 Desember 2020", "invalid_value", "more than one weekday"),
        ("28 Desember Januari 2020", "invalid_value", "more than one month"),
        ("28 Dezember 2020", "invalid_value", "'dezember' is not an Indonesian or English month"),
        ("٢٨ Desember ٢٠٢٠", "invalid_value", "unexpected character"),
    ],
)
def test_text_that_is_not_one_calendar_date_is_refused_saying_why(text: str, code: str, says: str) -> None:
    """Missing parts, two-digit years, impossible days and non-dates are located errors that explain."""
    with pytest.raises(ValidationError) as caught:
        parse_date(text)
    (item,) = caught.value.errors
    assert (item.path, item.code) == ("$", code)
    assert says in item.message


@pytest.mark.parametrize(
    "text",
    [
        "SENİN, 28 Desember 2020",
        "Senın, 28 Desember 2020",
        "28 DĖSĖMBĖR 2020",
        "28 Desember 2020\u0307",
    ],
)
def test_letters_that_only_look_like_a_name_are_refused(text: str) -> None:
    """Dotted or dotless i and other look-alike letters do not make a month or weekday name."""
    with pytest.raises(ValidationError) as caught:
        parse_date(text)
    assert caught.value.errors[0].code == "invalid_value"


def test_a_weekday_contradicting_the_date_names_both_days() -> None:
    """The Lampung news item's 'Kamis(5/6/2020)' is refused: 5 June 2020 was a Friday."""
    with pytest.raises(ValidationError) as caught:
        parse_date("Kamis(5/6/2020)")
    (item,) = caught.value.errors
    assert (item.path, item.code) == ("$", "invariant")
    assert "names Kamis" in item.message
    assert "5 Juni 2020 is a Jumat" in item.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamis(5/6/2020)", D(2020, 6, 5)),  # Lampung news; 5 June 2020 was a Friday
        ("Senin, 15 Maret 2023", D(2023, 3, 15)),  # a letter-writing guide's pattern; it was a Wednesday
        ("Senin, 29 Desember 2020", D(2020, 12, 29)),
        ("29 Desember 2020 (Senin)", D(2020, 12, 29)),
    ],
)
def test_check_weekday_false_takes_the_date_and_ignores_the_weekday(text: str, expected: datetime.date) -> None:
    """With check_weekday=False the stated weekday is not compared with the date."""
    assert parse_date(text, check_weekday=False) == expected


@pytest.mark.parametrize("value", [None, 20201228, 2020.0, b"28/12/2020", ["28/12/2020"], SEED_DAY])
def test_a_value_that_is_not_text_is_a_type_error(value: object) -> None:
    """Only strings are read; anything else is refused with code 'type'."""
    with pytest.raises(ValidationError) as caught:
        parse_date(value)  # type: ignore[arg-type]
    assert caught.value.errors[0].code == "type"


@pytest.mark.parametrize("flag", [None, 1, "yes"])
def test_check_weekday_must_be_a_boolean(flag: object) -> None:
    """A check_weekday that is not True or False is refused at its own path."""
    with pytest.raises(ValidationError) as caught:
        parse_date("28 Desember 2020", check_weekday=flag)  # type: ignore[arg-type]
    assert (caught.value.errors[0].path, caught.value.errors[0].code) == ("$.check_weekday", "type")


def test_a_megabyte_of_text_is_refused_unread() -> None:
    """Text longer than the limit is a 'constraint' error, whatever it holds."""
    with pytest.raises(ValidationError) as caught:
        parse_date("28 Desember 2020 " * 60_000)
    assert caught.value.errors[0].code == "constraint"


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 127,
        "28" * 128,
        "-" * 256,
        "s.d. " * 51,
        "(" * 128 + ")" * 128,
        "senin " * 42,
        "28 desember " * 21,
        "28-" * 85,
        "2020-" * 51,
    ],
)
def test_texts_built_to_stress_the_patterns_are_answered(text: str) -> None:
    """Long repetitive texts just under the limit end in a ValidationError, not a hang or a crash."""
    with pytest.raises(ValidationError):
        parse_date(text)


def _outcome(read: Callable[[str], T], text: str) -> T | list[tuple[str, str]]:
    """What reading ``text`` gives: the value read, or the located errors of the refusal."""
    try:
        return read(text)
    except ValidationError as exc:
        return [(item.path, item.code) for item in exc.errors]


@given(indonesian_date_texts(), st.data())
def test_a_real_date_with_one_character_changed_reads_or_is_refused(
    pair: tuple[str, datetime.date], data: st.DataObject
) -> None:
    """Changing any one character of a real date text never makes reading crash: a day read as a date reads
    as the one-day range of that day, and every refusal is located at the text or at an end of the range."""
    text, expected = pair
    where = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    changed = text[:where] + data.draw(st.characters()) + text[where + 1 :]
    day, dates = _outcome(parse_date, changed), _outcome(parse_date_range, changed)
    if isinstance(day, datetime.date):
        assert dates == DateRange(day, day)
    else:
        assert day, "a refusal without errors"
        assert {path for path, _ in day} == {"$"}
    if not isinstance(dates, DateRange):
        assert dates, "a refusal without errors"
        assert {path for path, _ in dates} <= {"$", "$.start", "$.end"}
    if changed == text:
        assert day == expected


@given(st.text(max_size=300))
def test_any_text_either_reads_or_raises_a_validation_error(text: str) -> None:
    """Arbitrary text never escapes as anything but a date or a ValidationError located at the text itself."""
    found = _outcome(parse_date, text)
    if isinstance(found, datetime.date):
        assert type(found) is datetime.date
    else:
        assert found, "a refusal without errors"
        assert {path for path, _ in found} == {"$"}
