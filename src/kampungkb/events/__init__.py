"""Programme events: lokakarya, lokakarya mini, pencanangan, rakor and their kin.

Each kind of event is its own model class — :class:`Workshop` for a lokakarya,
:class:`Launch` for a pencanangan, and so on — and all share one set of fields:
title, level, dates, venue, host region, organizer, opener, attendees,
speakers, participants, purpose, objectives, funding, programme, legal basis,
related Kampung KB and sources. In JSON they travel as a tagged union: the
``kind`` code comes first and chooses the class, so a document loads as
:data:`Event` without saying which kind it is::

    >>> from kampungkb import from_dict
    >>> from kampungkb.examples import pasuruan_city_workshop_2020
    >>> workshop = pasuruan_city_workshop_2020()
    >>> workshop.kind, workshop.level, workshop.participants.total
    (<EventKind.WORKSHOP: 'lokakarya'>, <EventLevel.REGENCY: 'kabupaten_kota'>, 155)
    >>> from_dict({"kind": "seminar", "title": "Seminar"}, Event)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.kind: expected one of 'lokakarya', 'lokakarya_mini', ..., found a string ('seminar') [invalid_value]

Participants are a breakdown by role with the total the source states, which
must equal the sum:

    >>> groups = (ParticipantGroup("Camat", 4), ParticipantGroup("Lurah", 4))
    >>> Participants(groups, total=9)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.total: the stated total is 9 but the groups add up to 8 [invariant]

The rules, and why each exists, are in ``docs/events.md``.
"""

from ._kinds import (
    Appreciation,
    Coaching,
    CoordinationMeeting,
    Event,
    Facilitation,
    Inauguration,
    Launch,
    MiniWorkshop,
    MonitoringVisit,
    Orientation,
    Socialization,
    Training,
    Workshop,
    event_class,
    participants_by_role,
)
from ._parts import (
    Attendee,
    DeclaredKampung,
    DistrictCount,
    KampungDeclaration,
    LegalReference,
    ParticipantGroup,
    Participants,
    ParticipantShare,
    ServiceDelivery,
    Speaker,
    Venue,
)
from ._summary import summary_en, summary_id
from ._vocab import EventKind, EventLevel, Programme, SourceKind, VenueMode

__all__ = [
    "Appreciation",
    "Attendee",
    "Coaching",
    "CoordinationMeeting",
    "DeclaredKampung",
    "DistrictCount",
    "Event",
    "EventKind",
    "EventLevel",
    "Facilitation",
    "Inauguration",
    "KampungDeclaration",
    "Launch",
    "LegalReference",
    "MiniWorkshop",
    "MonitoringVisit",
    "Orientation",
    "ParticipantGroup",
    "ParticipantShare",
    "Participants",
    "Programme",
    "ServiceDelivery",
    "Socialization",
    "SourceKind",
    "Speaker",
    "Training",
    "Venue",
    "VenueMode",
    "Workshop",
    "event_class",
    "participants_by_role",
    "summary_en",
    "summary_id",
]
