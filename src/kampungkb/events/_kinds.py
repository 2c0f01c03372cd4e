"""The kinds of programme event, each its own model over one set of shared fields and rules.

>>> from kampungkb.examples import pasuruan_city_workshop_2020
>>> pasuruan_city_workshop_2020().kind
<EventKind.WORKSHOP: 'lokakarya'>
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Any, ClassVar, cast

from .._core import LABEL, URL, LazyPattern, describe, field, lazy_pattern, model, with_article
from ..dates import DateRange, PartialDate
from ..errors import ErrorCode, ErrorItem, ValidationError
from ..kampung import FundingSource
from ..people import Official, Organization
from ..regions import PlaceContext, RegionCode
from ._parts import (
    Attendee,
    KampungDeclaration,
    LegalReference,
    Participants,
    ParticipantShare,
    ServiceDelivery,
    Speaker,
    Venue,
)
from ._vocab import EventKind, EventLevel, Programme, SourceKind

__all__ = [
    "Appreciation",
    "Coaching",
    "CoordinationMeeting",
    "Event",
    "Facilitation",
    "Inauguration",
    "Launch",
    "MiniWorkshop",
    "MonitoringVisit",
    "Orientation",
    "Socialization",
    "Training",
    "Workshop",
    "event_class",
    "participants_by_role",
]


@model(kw_only=True)
class _EventBase:
    """The fields every kind of event has, and the rules that tie them together."""

    kind: ClassVar[EventKind]
    #: The tag the codec writes first and reads to choose the class: ("kind", the kind's code).
    _tag_: ClassVar[tuple[str, str]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "kind" in cls.__dict__:
            cls._tag_ = ("kind", cls.kind.code)

    title: str = field(max_length=500, pattern=LABEL, description="the event's name")
    level: EventLevel = field(description="the level of government it is held at (tingkat)")
    dates: DateRange = field(description="the first and last day")
    venue: Venue | None = field(default=None, description="where it took place (tempat)")
    host_region: RegionCode | None = field(
        default=None, description="the region whose programme it serves; its level is the event's level"
    )
    organizer: Organization | None = field(default=None, description="who held it (penyelenggara)")
    co_organizers: tuple[Organization, ...] = field(default=(), max_items=20, description="who held it with them")
    opened_by: Official | None = field(default=None, description="who opened it officially (dibuka oleh)")
    attendees: tuple[Attendee, ...] = field(default=(), max_items=100, description="notable attendees (hadir)")
    speakers: tuple[Speaker, ...] = field(default=(), max_items=100, description="the speakers (narasumber)")
    participants: Participants | None = field(default=None, description="the participants (peserta) by role")
    purpose: str | None = field(default=None, max_length=2000, pattern=LABEL, description="maksud")
    objectives: tuple[str, ...] = field(default=(), max_items=20, description="tujuan, one entry each")
    funding_sources: tuple[FundingSource, ...] = field(default=(), max_items=10, description="sumber dana")
    programme: Programme | None = field(default=None, description="KKBPK or Bangga Kencana")
    legal_basis: tuple[LegalReference, ...] = field(default=(), max_items=50, description="dasar hukum")
    kampung_ids: tuple[int, ...] = field(default=(), max_items=1000, description="portal ids of related Kampung KB")
    sources: tuple[str, ...] = field(default=(), max_items=20, description="URLs of the reports it was recorded from")
    reported_on: PartialDate | None = field(
        default=None, description="the source's date (published, or written for a letter), to the precision stated"
    )
    source_kind: SourceKind | None = field(default=None, description="what kind of source it was recorded from")
    services: tuple[ServiceDelivery, ...] = field(
        default=(), max_items=100, description="services delivered at the event (pelayanan), as counted"
    )

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from _text_items(self.objectives, "objectives", _TEXT, 2000, "a line of text")
        yield from _text_items(self.sources, "sources", _URL, 2000, "an http(s) URL")
        for index, kampung_id in enumerate(self.kampung_ids):
            if kampung_id < 1:
                yield ErrorItem(
                    ("kampung_ids", index), f"expected a portal id >= 1, found {kampung_id}", ErrorCode.CONSTRAINT
                )
        yield from _host_region_problems(self.level, self.host_region)
        if self.opened_by is not None:
            yield from _opener_problems(self.level, self.opened_by)
        yield from _source_date_problems(self.dates, self.reported_on, self.source_kind)
        seen: set[tuple[str, object]] = set()
        for index, service in enumerate(self.services):
            key = (service.service.casefold(), service.method)
            if key in seen:
                yield ErrorItem(("services", index), f"{service.label} is listed twice", ErrorCode.INVARIANT)
            seen.add(key)

    def _place_date(self) -> _dt.date:
        """The date :func:`~kampungkb.regions.check_places` chooses the edition by: the first day."""
        return self.dates.start

    def _place_checks(self, places: PlaceContext) -> Iterator[tuple[bool, ErrorItem]]:
        """The place rules :func:`~kampungkb.regions.check_places` runs: host, venue, organizer and opener agree."""
        host = self.host_region
        if host is None:
            return
        where = f"the host region {places.label(host)} of this {self.level.label}-level event"
        venue = None if self.venue is None else self.venue.region
        if venue is not None and not (venue.is_within(host) or host.is_within(venue)):
            yield (
                False,
                ErrorItem(
                    ("venue", "region"),
                    f"the venue lies in {places.label(venue)}, outside {where}",
                    ErrorCode.INVARIANT,
                ),
            )
        parties: list[tuple[tuple[str, ...], RegionCode | None, str]] = []
        if self.organizer is not None:
            parties.append((("organizer", "region"), self.organizer.region, "organizer"))
        if self.opened_by is not None:
            opener = self.opened_by
            if opener.organization is not None:
                parties.append((("opened_by", "organization", "region"), opener.organization.region, "opener"))
            else:
                parties.append((("opened_by", "region"), opener.region, "opener"))
        for location, region, who in parties:
            if region is None:
                continue
            if not (region.is_within(host) or host.is_within(region)):
                yield (
                    True,
                    ErrorItem(
                        location, f"the {who} serves {places.label(region)}, outside {where}", ErrorCode.INVARIANT
                    ),
                )
            elif who == "organizer" and region != host:
                above = host.is_within(region)
                yield (
                    False,
                    ErrorItem(
                        location,
                        f"the organizer serves {places.label(region)}, {'above' if above else 'inside'} {where}; "
                        "the organizer of an event is usually an office of its host region",
                        ErrorCode.INVARIANT,
                    ),
                )


@model(kw_only=True)
class Workshop(_EventBase):
    """A workshop (*lokakarya*), e.g. a city's workshop for the managers of its Kampung KB.

    >>> from kampungkb.examples import pasuruan_city_workshop_2020
    >>> pasuruan_city_workshop_2020().title
    'Lokakarya Tingkat Kota bagi Pengelola Kampung KB se-Kota Pasuruan Tahun 2020'
    """

    kind: ClassVar[EventKind] = EventKind.WORKSHOP


@model(kw_only=True)
class MiniWorkshop(_EventBase):
    """A mini workshop (*lokakarya mini*, lokmin): the Pokja brings problems to the sectors for support.

    >>> MiniWorkshop.kind.label
    'Lokakarya Mini'
    """

    kind: ClassVar[EventKind] = EventKind.MINI_WORKSHOP


@model(kw_only=True)
class Launch(_EventBase):
    """A launch (*pencanangan*): the ceremony declaring a kampung, or a batch of them, Kampung KB.

    ``declared`` records what it declared (:class:`KampungDeclaration`): the kampung named,
    the counts per kecamatan and the total, as the source states them.

    >>> Launch.kind.code
    'pencanangan'
    """

    kind: ClassVar[EventKind] = EventKind.LAUNCH

    declared: KampungDeclaration | None = field(default=None, description="the kampung it declared, as stated")


@model(kw_only=True)
class CoordinationMeeting(_EventBase):
    """A coordination meeting (*rapat koordinasi*, rakor) of the Pokja with the sectors and agencies.

    >>> CoordinationMeeting.kind.code
    'rakor'
    """

    kind: ClassVar[EventKind] = EventKind.COORDINATION_MEETING


@model(kw_only=True)
class Socialization(_EventBase):
    """An information session (*sosialisasi*), e.g. on strengthening the Pokja Kampung KB.

    >>> Socialization.kind.code
    'sosialisasi'
    """

    kind: ClassVar[EventKind] = EventKind.SOCIALIZATION


@model(kw_only=True)
class Appreciation(_EventBase):
    """An award event (*apresiasi*): the programme's competition and recognition of Kampung KB.

    >>> Appreciation.kind.code
    'apresiasi'
    """

    kind: ClassVar[EventKind] = EventKind.APPRECIATION


@model(kw_only=True)
class Training(_EventBase):
    """A training (*pelatihan*), e.g. for Kampung KB cadres.

    >>> Training.kind.code
    'pelatihan'
    """

    kind: ClassVar[EventKind] = EventKind.TRAINING


@model(kw_only=True)
class Orientation(_EventBase):
    """An orientation (*orientasi*), e.g. for the managers of a Rumah DataKu.

    >>> Orientation.kind.code
    'orientasi'
    """

    kind: ClassVar[EventKind] = EventKind.ORIENTATION


@model(kw_only=True)
class Facilitation(_EventBase):
    """A facilitation visit (*fasilitasi*): an agency helps a kampung's Pokja put its programme in place.

    >>> Facilitation.kind.code, Facilitation.kind.english
    ('fasilitasi', 'facilitation visit')
    """

    kind: ClassVar[EventKind] = EventKind.FACILITATION


@model(kw_only=True)
class Coaching(_EventBase):
    """A coaching visit (*pembinaan*): officials guide a kampung's Pokja and cadres.

    >>> Coaching.kind.label
    'Pembinaan'
    """

    kind: ClassVar[EventKind] = EventKind.COACHING


@model(kw_only=True)
class MonitoringVisit(_EventBase):
    """A monitoring and evaluation visit (*monitoring dan evaluasi*, monev) to a kampung or its Pokja.

    >>> MonitoringVisit.kind.code
    'monev'
    """

    kind: ClassVar[EventKind] = EventKind.MONITORING


@model(kw_only=True)
class Inauguration(_EventBase):
    """An inauguration (*peresmian*): a Kampung KB, its secretariat or a Rumah DataKu opened officially.

    ``inaugurated`` names what was inaugurated, as the source writes it.

    >>> Inauguration.kind.label
    'Peresmian'
    """

    kind: ClassVar[EventKind] = EventKind.INAUGURATION

    inaugurated: str | None = field(
        default=None, max_length=300, pattern=LABEL, description="what was inaugurated, as written"
    )


#: Any kind of programme event: load one with ``from_dict(data, Event)``; the ``kind`` tag chooses the class.
Event = (
    Workshop
    | MiniWorkshop
    | Launch
    | CoordinationMeeting
    | Socialization
    | Appreciation
    | Training
    | Orientation
    | Facilitation
    | Coaching
    | MonitoringVisit
    | Inauguration
)


def event_class(kind: EventKind | str) -> type[Event]:
    """The model class of an event kind (given as an :class:`EventKind` or its code).

    >>> event_class("lokakarya_mini").__name__
    'MiniWorkshop'
    >>> event_class(EventKind.LAUNCH) is Launch
    True
    """
    member = kind if isinstance(kind, EventKind) else EventKind.from_code(kind)
    return _CLASSES[member]


def participants_by_role(participants: Participants | Event) -> tuple[ParticipantShare, ...]:
    """The participants as rows of (group, count, share of the total), in the order recorded.

    Args:
        participants: the breakdown, or an event (no rows when it records no participants).

    Returns:
        One :class:`ParticipantShare` per group.

    >>> from kampungkb.events import ParticipantGroup
    >>> camat, lurah = ParticipantGroup("Camat", 4), ParticipantGroup("Lurah", 12)
    >>> rows = participants_by_role(Participants((camat, lurah), total=16))
    >>> [(row.role, row.count, row.percent) for row in rows]
    [('Camat', 4, 25.0), ('Lurah', 12, 75.0)]
    """
    if isinstance(participants, _EventBase):
        found = participants.participants
        if found is None:
            return ()
        participants = found
    if not isinstance(participants, Participants):
        raise ValidationError.single(
            (), f"expected Participants or an event, found {describe(participants)}", ErrorCode.TYPE
        )
    total = participants.total
    if total is None or not participants.stated_total or not participants.stated_total.is_exact:
        raise ValidationError.single(
            ("total",), "shares of the total need an exact total; this breakdown has none", ErrorCode.INVALID_VALUE
        )
    rows = []
    for index, group in enumerate(participants.groups):
        count = group.stated_count
        if count is None or not count.is_exact:
            raise ValidationError.single(
                ("groups", index, "count"),
                f"shares of the total need exact counts; the group {group.role!r} has none",
                ErrorCode.INVALID_VALUE,
            )
        rows.append(ParticipantShare(group.label, count.value, count.value / total if total else 0.0))
    return tuple(rows)


# ---------------------------------------------------------------------------
# Helpers


_TEXT = lazy_pattern(LABEL)
_URL = lazy_pattern(URL)

_CLASSES: dict[EventKind, type[Event]] = {
    cls.kind: cls
    for cls in (
        Workshop,
        MiniWorkshop,
        Launch,
        CoordinationMeeting,
        Socialization,
        Appreciation,
        Training,
        Orientation,
        Facilitation,
        Coaching,
        MonitoringVisit,
        Inauguration,
    )
}


def checked_event(event: object) -> Event:
    if not isinstance(event, _EventBase):
        raise ValidationError.single(
            (), f"expected an event (Workshop, Launch …), found {describe(event)}", ErrorCode.TYPE
        )
    return cast(Event, event)


def _text_items(
    items: tuple[str, ...], name: str, pattern: LazyPattern, max_length: int, what: str
) -> Iterator[ErrorItem]:
    """The rule of a tuple of strings whose items each have a pattern (objectives, sources)."""
    for index, item in enumerate(items):
        if len(item) > max_length or pattern.fullmatch(item) is None:
            yield ErrorItem(
                (name, index),
                f"expected {what} (at most {max_length} characters), found {item[:60]!r}",
                ErrorCode.CONSTRAINT,
            )


def _host_region_problems(level: EventLevel, host_region: RegionCode | None) -> Iterator[ErrorItem]:
    """The host region's level is the event's level: a city-level event is hosted in a kota/kabupaten code."""
    expected = level.region_level
    if expected is None:
        if host_region is not None:
            yield ErrorItem(
                ("host_region",),
                f"a national event has no host region, found {host_region} ({host_region.level.label})",
                ErrorCode.INVARIANT,
            )
    elif host_region is None:
        yield ErrorItem(
            ("host_region",),
            f"{with_article(level.label)}-level event needs its host region's code",
            ErrorCode.INVARIANT,
        )
    elif host_region.level is not expected:
        yield ErrorItem(
            ("host_region",),
            f"{with_article(level.label)}-level event is hosted in {with_article(expected.label)} code, "
            f"found {host_region} "
            f"({host_region.level.label})",
            ErrorCode.INVARIANT,
        )


def _opener_problems(level: EventLevel, opener: Official) -> Iterator[ErrorItem]:
    """An event is opened by an official who works at its level or above (a Camat does not open a city's event)."""
    levels = opener.work_levels
    if max(item.rank for item in levels) < level.rank:
        works = " or ".join(item.label for item in levels)
        yield ErrorItem(
            ("opened_by",),
            f"{opener.title} works at level {works}, below this {level.label}-level event; "
            "an event is opened by an official of its level or above",
            ErrorCode.INVARIANT,
        )


def _source_date_problems(
    dates: DateRange, reported_on: PartialDate | None, source_kind: SourceKind | None
) -> Iterator[ErrorItem]:
    """A report comes after its event has begun; an invitation or terms of reference before it."""
    if reported_on is None:
        return
    if source_kind is not None and source_kind.precedes_event:
        if reported_on.is_after(dates.start):
            yield ErrorItem(
                ("reported_on",),
                f"{source_kind.label} ({source_kind.code}) is written before its event, "
                f"found reported_on {reported_on}, after the start ({dates.start.isoformat()})",
                ErrorCode.INVARIANT,
            )
    elif reported_on.is_before(dates.start):
        yield ErrorItem(
            ("dates", "start"),
            f"the event starts on {dates.start.isoformat()}, after the report of it (reported_on {reported_on})",
            ErrorCode.INVARIANT,
        )
