"""Dates as letters, invitations, news and portal pages write them (issue 19): the new forms,
the corrections reported, partial dates, dates found in sentences, and linear time."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.dates import (
    DateCorrectionKind,
    DateRange,
    PartialDate,
    find_dates,
    format_date,
    format_date_range,
    parse_date,
    parse_date_detailed,
    parse_date_range,
    parse_partial_date,
)
from kampungkb.errors import ValidationError
from kampungkb.testing.strategies import date_ranges, indonesian_date_range_texts, partial_dates

D = datetime.date

# Real-style strings (written after the patterns of letters, invitations, news and portal pages),
# each with the first and last day it names.
NEW_FORMS = [
    ("Hari/Tanggal : Senin, 6 Maret 2023", D(2023, 3, 6), D(2023, 3, 6)),
    ("Hari / Tanggal : Kamis / 12 Oktober 2023", D(2023, 10, 12), D(2023, 10, 12)),
    ("hari/tanggal: Selasa, 14-11-2023", D(2023, 11, 14), D(2023, 11, 14)),
    ("Hari, tanggal : Rabu, 2 Agustus 2023", D(2023, 8, 2), D(2023, 8, 2)),
    ("Tanggal : 17 Agustus 2022", D(2022, 8, 17), D(2022, 8, 17)),
    ("Senin / 6 Maret 2023", D(2023, 3, 6), D(2023, 3, 6)),
    ("Jumat/3 Februari 2023", D(2023, 2, 3), D(2023, 2, 3)),
    ("Senin (6/3/2023)", D(2023, 3, 6), D(2023, 3, 6)),
    ("(Senin) 6 Maret 2023", D(2023, 3, 6), D(2023, 3, 6)),
    ("(Kamis) 12/10/2023", D(2023, 10, 12), D(2023, 10, 12)),
    ("Senin (6 Maret 2023)", D(2023, 3, 6), D(2023, 3, 6)),
    ("Senin (06/03/2023) s.d. Rabu (08/03/2023)", D(2023, 3, 6), D(2023, 3, 8)),
    ("Wednesday, March 8, 2023", D(2023, 3, 8), D(2023, 3, 8)),
    ("Senin – Rabu / 6 – 8 Maret 2023", D(2023, 3, 6), D(2023, 3, 8)),
    ("Selasa-Kamis/ 9-11 Mei 2023", D(2023, 5, 9), D(2023, 5, 11)),
    ("6 dan 7 Maret 2023", D(2023, 3, 6), D(2023, 3, 7)),
    ("Senin dan Selasa, 6 dan 7 Maret 2023", D(2023, 3, 6), D(2023, 3, 7)),
    ("14 sampai dengan 16 Juni 2022", D(2022, 6, 14), D(2022, 6, 16)),
    ("tanggal 14 hingga 16 Juni 2022", D(2022, 6, 14), D(2022, 6, 16)),
    ("14 sampai 16 Juni 2022", D(2022, 6, 14), D(2022, 6, 16)),
    ("mulai tanggal 1 sampai dengan 3 November 2021", D(2021, 11, 1), D(2021, 11, 3)),
    ("mulai dari tanggal 20 s.d. 22 September 2021", D(2021, 9, 20), D(2021, 9, 22)),
    ("terhitung mulai tanggal 1 Juli 2021 sampai dengan 31 Desember 2021", D(2021, 7, 1), D(2021, 12, 31)),
    ("pada tanggal 9 Januari 2024", D(2024, 1, 9), D(2024, 1, 9)),
    ("tertanggal 30 April 2019", D(2019, 4, 30), D(2019, 4, 30)),
    ("pada hari Sabtu tanggal 11 bulan November tahun 2023", D(2023, 11, 11), D(2023, 11, 11)),
    ("Monday, 6 March 2023", D(2023, 3, 6), D(2023, 3, 6)),
    ("6 March 2023", D(2023, 3, 6), D(2023, 3, 6)),
    ("Friday, 3 Feb 2023", D(2023, 2, 3), D(2023, 2, 3)),
    ("12 Aug 2022", D(2022, 8, 12), D(2022, 8, 12)),
    ("Thursday - Saturday, 5 - 7 October 2023", D(2023, 10, 5), D(2023, 10, 7)),
    ("17 Djuli 1965", D(1965, 7, 17), D(1965, 7, 17)),
    ("Djum'at, 1 Djanuari 1965", D(1965, 1, 1), D(1965, 1, 1)),
    ("5 Djuni 1970", D(1970, 6, 5), D(1970, 6, 5)),
    ("10 Nopember 2019", D(2019, 11, 10), D(2019, 11, 10)),
    ("3 Pebruari 2016", D(2016, 2, 3), D(2016, 2, 3)),
    ("17 Agt 2021", D(2021, 8, 17), D(2021, 8, 17)),
    ("17 Ags. 2021", D(2021, 8, 17), D(2021, 8, 17)),
    ("Rabu, 8 Nopember s/d Jum'at, 10 Nopember 2023", D(2023, 11, 8), D(2023, 11, 10)),
]


@pytest.mark.parametrize(("text", "first", "last"), NEW_FORMS, ids=[row[0] for row in NEW_FORMS])
def test_new_forms_read_as_the_days_they_name(text: str, first: D, last: D) -> None:
    """Each real-style form gives its range, literally (no correction), by both readers."""
    assert parse_date_range(text) == DateRange(first, last)
    match = parse_date_detailed(text)
    assert (match.first, match.last, match.corrections) == (PartialDate.of(first), PartialDate.of(last), ())
    if first == last:
        assert parse_date(text) == first


@pytest.mark.parametrize(
    ("text", "day", "kind", "found", "used"),
    [
        ("Senin (6/3-2023)", D(2023, 3, 6), DateCorrectionKind.MIXED_SEPARATORS, "6/3-2023", "6/3/2023"),
        ("(06-03/2023)", D(2023, 3, 6), DateCorrectionKind.MIXED_SEPARATORS, "06-03/2023", "06/03/2023"),
        ("Kamis, 16.11/2023", D(2023, 11, 16), DateCorrectionKind.MIXED_SEPARATORS, "16.11/2023", "16/11/2023"),
    ],
)
def test_mixed_separators_are_read_day_first_and_reported(
    text: str, day: D, kind: DateCorrectionKind, found: str, used: str
) -> None:
    """A numeric date whose separators differ is read, and the detailed result says so."""
    assert parse_date(text) == day
    (correction,) = parse_date_detailed(text).corrections
    assert (correction.kind, correction.found, correction.used) == (kind, found, used)
    assert found in correction.message


def test_a_contradicting_weekday_is_refused_or_reported() -> None:
    """With the check, the news' wrong weekday is an error; without it, a reported correction."""
    with pytest.raises(ValidationError) as caught:
        parse_date_detailed("Kamis (5/6/2020)")
    assert "'Kamis (5/6/2020)'" in caught.value.errors[0].message
    (correction,) = parse_date_detailed("Kamis (5/6/2020)", check_weekday=False).corrections
    assert (correction.kind, correction.found, correction.used) == (DateCorrectionKind.WEEKDAY, "Kamis", "Jumat")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("6 dan 8 Maret 2023", "'dan' joins two separate days"),
        ("Hari/Tanggal : Senin", "'Hari/Tanggal : Senin'"),
        ("Hari/Tanggal :", "'Hari/Tanggal :'"),
        ("Senin – Rabu / 6 Maret 2023", "two weekdays name a range"),
        ("6/3-23", "'6/3-23'"),
        ("tertanggal 31 Juni 2023", "Juni 2023 has only 30 days"),
        ("Djuli 2023 s.d. Agustus", "'Djuli 2023 s.d. Agustus'"),
    ],
)
def test_what_cannot_be_read_is_refused_quoting_it(text: str, says: str) -> None:
    """Refusals name the problem and quote the text."""
    with pytest.raises(ValidationError) as caught:
        parse_date_detailed(text)
    assert says in " ".join(item.message for item in caught.value.errors)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Juni 2022", PartialDate(2022, 6)),
        ("tahun 2017", PartialDate(2017)),
        ("Tahun 2017", PartialDate(2017)),
        ("2017", PartialDate(2017)),
        ("bulan Juni tahun 2022", PartialDate(2022, 6)),
        ("Jun. 2022", PartialDate(2022, 6)),
        ("June 2022", PartialDate(2022, 6)),
        ("Nopember 2019", PartialDate(2019, 11)),
        ("pada bulan Agustus 2021", PartialDate(2021, 8)),
        ("Djuli 1966", PartialDate(1966, 7)),
        ("Desember, 2020", PartialDate(2020, 12)),
        ("Senin, 28 Desember 2020", PartialDate(2020, 12, 28)),
    ],
)
def test_partial_dates_are_never_completed(text: str, expected: PartialDate) -> None:
    """A month or a year stays a month or a year: no day or month is filled in."""
    found = parse_partial_date(text)
    assert found == expected
    assert (found.month, found.day) == (expected.month, expected.day)
    match = parse_date_detailed(text)
    assert match.first == match.last == expected
    if expected.day is None:
        assert match.dates is None
        with pytest.raises(ValidationError):
            parse_date(text)


@pytest.mark.parametrize("text", ["Juni", "tahun", "bulan Juni", "Juni 22", "tahun 17", "", "2017 Juni 2022"])
def test_partial_texts_that_are_not_dates_are_refused_quoting_them(text: str) -> None:
    """No month and year, no reading."""
    with pytest.raises(ValidationError) as caught:
        parse_partial_date(text)
    assert repr(text) in caught.value.errors[0].message or not text.strip()


def test_find_dates_in_a_letter() -> None:
    """Dates inside sentences are found with their offsets; other numbers are left alone."""
    text = (
        "Dengan hormat, kami mengundang Bapak/Ibu pada:\n"
        "Hari/Tanggal : Senin – Rabu / 6 – 8 Maret 2023\n"
        "Tempat : Aula Kantor Desa, RT 02/RW 05.\n"
        "Laporan bulan Juni 2022 telah dikirim tertanggal 5 Juli 2022, sesuai UU 52/2009.\n"
        "Berita: Kamis (5/6/2020) kegiatan dilaksanakan; Monday, 6 March 2023."
    )
    found = find_dates(text)
    assert [match.matched for match in found] == [
        "Senin – Rabu / 6 – 8 Maret 2023",
        "bulan Juni 2022",
        "tertanggal 5 Juli 2022",
        "Kamis (5/6/2020)",
        "Monday, 6 March 2023",
    ]
    for match in found:
        assert text[match.start : match.end] == match.matched
    assert found[0].dates == DateRange(D(2023, 3, 6), D(2023, 3, 8))
    assert found[1].first == PartialDate(2022, 6)
    assert [c.kind for c in found[3].corrections] == [DateCorrectionKind.WEEKDAY]


def test_find_dates_splits_days_that_dan_does_not_make_a_range() -> None:
    """'5 Maret 2023 dan 7 Maret 2023' are two dates, each found."""
    found = find_dates("Rapat tanggal 5 Maret 2023 dan 7 Maret 2023 di balai.")
    assert [(m.first, m.last) for m in found] == [
        (PartialDate(2023, 3, 5), PartialDate(2023, 3, 5)),
        (PartialDate(2023, 3, 7), PartialDate(2023, 3, 7)),
    ]


def test_find_dates_takes_text_only() -> None:
    """Anything else is a type error at $."""
    with pytest.raises(ValidationError) as caught:
        find_dates(b"6 Maret 2023")
    assert [(item.path, item.code) for item in caught.value.errors] == [("$", "type")]


# ---------------------------------------------------------------------------
# Round trips: the canonical output reads back to the same value


@given(date_ranges(), st.booleans(), st.sampled_from(["long", "short"]), st.sampled_from(["id", "en"]))
def test_formatted_ranges_read_back_detailed(dates: DateRange, weekday: bool, style: Any, language: Any) -> None:
    """format_date_range's output, in either language, parses back to the same range with no correction."""
    text = format_date_range(dates, weekday=weekday, style=style, language=language)
    match = parse_date_detailed(text)
    assert (match.dates, match.corrections) == (dates, ())
    assert find_dates(f"Kegiatan {text}.")[0].dates == dates


@given(partial_dates(), st.sampled_from(["long", "short"]), st.sampled_from(["id", "en"]))
def test_formatted_partial_dates_read_back(day: PartialDate, style: Any, language: Any) -> None:
    """format_date's output of a partial date parses back to the same partial date."""
    text = format_date(day, style=style, language=language)
    assert parse_partial_date(text) == day
    assert parse_date_detailed(text).first == day


# ---------------------------------------------------------------------------
# Linear time


@pytest.mark.parametrize(
    "unit",
    [
        "Senin, 28 Desember 2020 ",
        "6 dan 8 Maret 2023 dan ",
        "Hari/Tanggal : Senin – Rabu / 6 – 8 Maret 2023. ",
        "Juni 2022 ",
        "12/12/12/12/12 ",
        "senin senin 2020 ",
    ],
)
def test_find_dates_grows_linearly(unit: str, assert_linear: Any) -> None:
    """Eight times the text takes about eight times as long (a quadratic path would take 64 times)."""
    assert_linear(find_dates, lambda count: unit * count, 400)


@given(indonesian_date_range_texts())
def test_every_generated_spelling_is_found_in_a_sentence(pair: tuple[str, DateRange]) -> None:
    """find_dates finds each spelling the strategies write (labels, English, Dj-, dan...) inside a sentence."""
    text, dates = pair
    found = find_dates(f"Kegiatan {text} di balai desa.")
    assert found
    assert found[0].dates == dates


def test_the_date_command_prints_partial_dates_and_corrections() -> None:
    """'kampungkb date' reads a month or a year as far as it is known, and says what it corrected."""
    import subprocess
    import sys

    def run(text: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-m", "kampungkb", "date", text], capture_output=True, text=True, check=True, timeout=60
        )
        return result.stdout.splitlines()

    assert run("Juni 2022") == ["2022-06", "Juni 2022"]
    assert run("tahun 2017") == ["2017", "2017"]
    assert run("Senin (6/3-2023)") == [
        "2023-03-06",
        "Senin, 6 Maret 2023",
        "corrected: the date '6/3-2023' mixes its separators; it was read as '6/3/2023'",
    ]
