"""The generated summaries of an event, in Indonesian and in English (used by :mod:`kampungkb.events`).

Both are built from the same facts in the same order: what and who held it,
when and where, who opened it; the participants with every group; notable
attendees; speakers. Nothing is said that the record does not hold.

    >>> from kampungkb.examples import pasuruan_city_workshop_2020
    >>> indonesian(pasuruan_city_workshop_2020()).count("Kegiatan ini diikuti 155 peserta")
    1
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from .dates import DateRange, format_date_range
from .errors import ValidationError
from .regions import RegionCode, RegionLevel, province, regency_display_name

if TYPE_CHECKING:
    from .events import Event, Venue

__all__ = ["english", "indonesian"]


def indonesian(event: Event) -> str:
    """The Indonesian paragraph (see :func:`kampungkb.events.summary_id`)."""
    label = event.kind.label
    head = event.title if _starts_with(event.title, label) else f"{label} “{event.title}”"
    opening = [head, "diselenggarakan"]
    if event.organizer is not None:
        held_by = f"oleh {event.organizer.name}"
        if event.co_organizers:
            held_by += " bersama " + _join_id([item.name for item in event.co_organizers], ",")
        opening.append(held_by)
    opening.append(f"pada {format_date_range(event.dates, weekday=True)}")
    if event.venue is not None:
        opening.append(f"di {_venue(event.venue)}")
    first = " ".join(opening)
    if event.opened_by is not None:
        first += f", dan dibuka oleh {event.opened_by}"
    sentences = [first]
    participants = event.participants
    if participants is not None:
        count = f"Kegiatan ini diikuti {participants.total} peserta"
        if participants.groups:
            groups = [f"{group.count} {group.label}" for group in participants.groups]
            count += " yang terdiri atas " + _join_id(groups, ",")
        sentences.append(count)
    if event.attendees:
        sentences.append("Turut hadir " + _join_id([item.label for item in event.attendees], ";"))
    if event.speakers:
        sentences.append("Narasumber: " + _join_id([item.label for item in event.speakers], ";"))
    return " ".join(_sentence(text) for text in sentences)


def english(event: Event) -> str:
    """The English paragraph (see :func:`kampungkb.events.summary_en`)."""
    opening = [f"{event.title} (a {event.level.english}-level {event.kind.english}) was held"]
    if event.organizer is not None:
        held_by = f"by {event.organizer.name}"
        if event.co_organizers:
            held_by += " with " + _join_en([item.name for item in event.co_organizers], ",")
        opening.append(held_by)
    opening.append(f"on {_english_range(event.dates)}")
    if event.venue is not None:
        opening.append(f"at {_venue(event.venue)}")
    first = " ".join(opening)
    if event.opened_by is not None:
        first += f", and opened by {event.opened_by}"
    sentences = [first]
    participants = event.participants
    if participants is not None:
        noun = "participant" if participants.total == 1 else "participants"
        count = f"It had {participants.total} {noun}"
        if participants.groups:
            count += ": " + _join_en([f"{group.count} {group.label}" for group in participants.groups], ",")
        sentences.append(count)
    if event.attendees:
        sentences.append("Also present: " + _join_en([item.label for item in event.attendees], ";"))
    if event.speakers:
        sentences.append("Speakers: " + _join_en([item.label for item in event.speakers], ";"))
    return " ".join(_sentence(text) for text in sentences)


# ---------------------------------------------------------------------------
# Helpers

_ENGLISH_MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ENGLISH_WEEKDAYS = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _starts_with(text: str, prefix: str) -> bool:
    return text.casefold().startswith(prefix.casefold())


def _sentence(text: str) -> str:
    return text if text.endswith(".") else f"{text}."


def _join_id(items: list[str], separator: str) -> str:
    """An Indonesian series: "A dan B"; "A, B, dan C" (with ";" when the items hold commas)."""
    if len(items) <= 2:
        return " dan ".join(items)
    return f"{separator} ".join(items[:-1]) + f"{separator} dan {items[-1]}"


def _join_en(items: list[str], separator: str) -> str:
    """An English series: "A and B"; "A, B and C" (with ";" when the items hold commas)."""
    if len(items) <= 2:
        return " and ".join(items)
    return f"{separator} ".join(items[:-1]) + (" and " if separator == "," else "; and ") + items[-1]


def _venue(venue: Venue) -> str:
    """The venue's name, then its address, then its regency or province when a gazetteer knows it."""
    parts = [venue.name]
    if venue.address is not None:
        parts.append(venue.address)
    if venue.region is not None:
        place = _place_name(venue.region)
        if place is not None and place.casefold() not in venue.name.casefold():
            parts.append(place)
    return ", ".join(parts)


def _place_name(code: RegionCode) -> str | None:
    if code.level is RegionLevel.PROVINCE:
        return f"Provinsi {province(code).name}"
    try:
        return regency_display_name(code)
    except ValidationError:
        return None


def _english_date(day: _dt.date) -> str:
    return f"{day.day} {_ENGLISH_MONTHS[day.month]} {day.year:04d}"


def _english_range(dates: DateRange) -> str:
    """ "Monday–Tuesday, 28–29 December 2020": the layout of the Indonesian form, in English words."""
    start, end = dates.start, dates.end
    if start == end:
        return f"{_ENGLISH_WEEKDAYS[start.isoweekday()]}, {_english_date(start)}"
    if start.year != end.year:
        text = f"{_english_date(start)}–{_english_date(end)}"
    elif start.month != end.month:
        text = f"{start.day} {_ENGLISH_MONTHS[start.month]}–{_english_date(end)}"
    else:
        text = f"{start.day}–{_english_date(end)}"
    return f"{_ENGLISH_WEEKDAYS[start.isoweekday()]}–{_ENGLISH_WEEKDAYS[end.isoweekday()]}, {text}"
