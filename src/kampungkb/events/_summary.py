"""The generated summaries of an event, in Indonesian and in English (used by :mod:`kampungkb.events`).

One template builds both, from the same facts in the same order — what and
who held it, when and where, who opened it; the participants with every group;
notable attendees; speakers — with a table of phrases for each language.
Nothing is said that the record does not hold.

    >>> from kampungkb.examples import pasuruan_city_workshop_2020
    >>> summary(pasuruan_city_workshop_2020(), INDONESIAN).count("Kegiatan ini diikuti 155 peserta")
    1
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..dates import DateRange, format_date_range
from ..errors import ValidationError
from ..kampung import Count
from ..regions import RegionCode, RegionLevel, province, regency_display_name
from ._kinds import Event, checked_event
from ._parts import Venue

__all__ = ["ENGLISH", "INDONESIAN", "Phrases", "summary", "summary_en", "summary_id"]


class Phrases(NamedTuple):
    """The words of one language's summary."""

    headline: Callable[[Event], str]
    held: str
    by: str
    together_with: str
    on: str
    dates: Callable[[DateRange], str]
    at: str
    opened_by: str
    number: Callable[[Count], str]
    participants: Callable[[Count], str]
    participants_named: str
    made_up_of: str
    also_present: str
    speakers: str
    last_item: str


def summary(event: Event, phrases: Phrases) -> str:
    """The paragraph about ``event`` in the language of ``phrases``."""
    opening = [phrases.headline(event), phrases.held]
    if event.organizer is not None:
        held_by = f"{phrases.by} {event.organizer.name}"
        if event.co_organizers:
            held_by += f" {phrases.together_with} " + _series([item.name for item in event.co_organizers], phrases)
        opening.append(held_by)
    opening.append(f"{phrases.on} {phrases.dates(event.dates)}")
    if event.venue is not None:
        opening.append(f"{phrases.at} {_venue(event.venue)}")
    first = " ".join(opening)
    if event.opened_by is not None:
        first += f", {phrases.opened_by} {event.opened_by}"
    sentences = [first]
    participants = event.participants
    if participants is not None:
        groups = [
            group.label
            if group.count is None
            else f"{phrases.number(Count(group.count, group.qualifier))} {group.label}"
            for group in participants.groups
        ]
        total = participants.stated_total
        if total is None:
            sentences.append(f"{phrases.participants_named} {_series(groups, phrases)}")
        else:
            count = phrases.participants(total)
            if groups:
                count += f"{phrases.made_up_of}{_series(groups, phrases)}"
            sentences.append(count)
    if event.attendees:
        sentences.append(f"{phrases.also_present} " + _series([item.label for item in event.attendees], phrases, ";"))
    if event.speakers:
        sentences.append(f"{phrases.speakers} " + _series([item.label for item in event.speakers], phrases, ";"))
    return " ".join(text if text.endswith(".") else f"{text}." for text in sentences)


# ---------------------------------------------------------------------------
# The two languages


def _indonesian_headline(event: Event) -> str:
    label = event.kind.label
    return event.title if event.title.casefold().startswith(label.casefold()) else f"{label} “{event.title}”"


def _english_headline(event: Event) -> str:
    return f"{event.title} (a {event.level.english}-level {event.kind.english})"


def _english_count(count: Count) -> str:
    number = f"{count.value:,}"
    return number if count.is_exact else f"{count.qualifier.english} {number}"


INDONESIAN = Phrases(
    headline=_indonesian_headline,
    held="diselenggarakan",
    by="oleh",
    together_with="bersama",
    on="pada",
    dates=lambda dates: format_date_range(dates, weekday=True),
    at="di",
    opened_by="dan dibuka oleh",
    number=str,
    participants=lambda total: f"Kegiatan ini diikuti {total} peserta",
    participants_named="Peserta kegiatan ini:",
    made_up_of=" yang terdiri atas ",
    also_present="Turut hadir",
    speakers="Narasumber:",
    last_item="dan",
)

ENGLISH = Phrases(
    headline=_english_headline,
    held="was held",
    by="by",
    together_with="with",
    on="on",
    dates=lambda dates: format_date_range(dates, weekday=True, language="en"),
    at="at",
    opened_by="and opened by",
    number=_english_count,
    participants=lambda total: f"It had {_english_count(total)} participant{'' if total == Count(1) else 's'}",
    participants_named="Participants:",
    made_up_of=": ",
    also_present="Also present:",
    speakers="Speakers:",
    last_item="and",
)


# ---------------------------------------------------------------------------
# Helpers


def _series(items: list[str], phrases: Phrases, separator: str = ",") -> str:
    """A series: "A and B"; "A, B, and C" (";" between items that hold commas)."""
    if len(items) <= 2:
        return f" {phrases.last_item} ".join(items)
    return f"{separator} ".join(items[:-1]) + f"{separator} {phrases.last_item} {items[-1]}"


def _venue(venue: Venue) -> str:
    """The venue's label, then its address, then its regency or province when a gazetteer knows it."""
    label = venue.label
    parts = [label] if label else []
    if venue.address is not None:
        parts.append(venue.address)
    if venue.region is not None:
        place = _place_name(venue.region)
        if place is not None and place.casefold() not in label.casefold():
            parts.append(place)
        elif not parts:
            parts.append(str(venue.region))
    return ", ".join(parts)


def _place_name(code: RegionCode) -> str | None:
    if code.level is RegionLevel.PROVINCE:
        return f"Provinsi {province(code).name}"
    try:
        return regency_display_name(code)
    except ValidationError:
        return None


def summary_id(event: Event) -> str:
    """A one-paragraph Indonesian summary of the event, generated from its data.

    Dates are written with :func:`kampungkb.dates.format_date_range`; every participant
    group is listed with its count, after the total.

    >>> from kampungkb.examples import pasuruan_city_workshop_2020
    >>> import textwrap  # one paragraph; its first lines, wrapped at 100 characters
    >>> for line in textwrap.wrap(summary_id(pasuruan_city_workshop_2020()), 100)[:4]:
    ...     print(line)
    Lokakarya Tingkat Kota bagi Pengelola Kampung KB se-Kota Pasuruan Tahun 2020 diselenggarakan oleh
    Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan pada
    Senin–Selasa, 28–29 Desember 2020 di Hotel Transit, Kota Pasuruan, dan dibuka oleh Wali Kota
    Pasuruan Bapak Raharto Teno Prasetyo, S.T. Kegiatan ini diikuti 155 peserta yang terdiri atas 12
    """
    return summary(checked_event(event), INDONESIAN)


def summary_en(event: Event) -> str:
    """The English twin of :func:`summary_id`: the same facts in the same order.

    Indonesian names — titles, positions, agencies — are kept as written.

    >>> from kampungkb.examples import pasuruan_city_workshop_2020
    >>> import textwrap  # one paragraph; its first lines, wrapped at 100 characters
    >>> for line in textwrap.wrap(summary_en(pasuruan_city_workshop_2020()), 100)[:4]:
    ...     print(line)
    Lokakarya Tingkat Kota bagi Pengelola Kampung KB se-Kota Pasuruan Tahun 2020 (a regency/city-level
    workshop) was held by Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota
    Pasuruan on Monday–Tuesday, 28–29 December 2020 at Hotel Transit, Kota Pasuruan, and opened by Wali
    Kota Pasuruan Bapak Raharto Teno Prasetyo, S.T. It had 155 participants: 12 Kepala Perangkat Daerah
    """
    return summary(checked_event(event), ENGLISH)
