"""The seed's workshop: Kota Pasuruan's city-level lokakarya for Kampung KB managers, 28–29 December 2020.

>>> from kampungkb import from_json
>>> from kampungkb.events import Event
>>> from_json(example_json(), Event) == pasuruan_city_workshop_2020()
True
"""

from __future__ import annotations

import datetime as _dt
from importlib import resources

from ..dates import DateRange
from ..events import (
    Attendee,
    EventLevel,
    LegalReference,
    ParticipantGroup,
    Participants,
    Programme,
    Speaker,
    Venue,
    Workshop,
)
from ..legal import family_planning_affair, parse_citation
from ..people import Official, Organization, OrganizationKind, PersonName, Position
from ..regions import RegionCode

__all__ = ["PASURUAN_REPORT", "example_json", "pasuruan_city_workshop_2020"]

#: The city government's news report of the workshop (the seed of this library).
PASURUAN_REPORT = (
    "https://pasuruankota.go.id/2020/12/28/wali-kota-pasuruan-membuka-lokakarya-tingkat-kota-kampung-kb-tahun-2020"
)


def pasuruan_city_workshop_2020() -> Workshop:
    """The city-level Kampung KB workshop in Kota Pasuruan, Monday–Tuesday 28–29 December 2020.

    Every value is a fact of the city's news report (:data:`PASURUAN_REPORT`), restated,
    never quoted: held by DP3AKB Kota Pasuruan at Hotel Transit; opened by the Wali Kota,
    Raharto Teno Prasetyo; attended by the Kepala Perwakilan BKKBN Provinsi Jawa Timur;
    four speakers, one of them an agency with no person named; 155 participants in five
    groups; the purpose and objective in our own words; UU 52/2009 and UU 23/2014 (its
    Lampiran's division of population-control and family-planning affairs) as legal basis.
    What the report does not say — the funding, the programme's Kampung KB ids, the
    speakers' names but one — is left empty.

    >>> workshop = pasuruan_city_workshop_2020()
    >>> [group.count for group in workshop.participants.groups], workshop.participants.total
    ([12, 4, 4, 114, 21], 155)
    >>> workshop.opened_by.name.formal(), workshop.opened_by.name.original
    ('Bapak Raharto Teno Prasetyo, S.T.', 'Bapak Raharto Teno Prasetyo, ST')
    """
    city = RegionCode("35.75")
    dp3akb = Organization.from_acronym("DP3AKB", region=city)
    bkkbn_east_java = Organization.from_acronym("BKKBN", region="35")
    planning_agency = Organization(
        name="Bapelitbangda Kota Pasuruan",
        acronym="Bapelitbangda",
        kind=OrganizationKind.REGIONAL_AGENCY,
        region=city,
    )
    health_office = Organization(
        name="Dinas Kesehatan Kota Pasuruan", kind=OrganizationKind.REGIONAL_AGENCY, region=city
    )
    # The two names are read as the city's pages write them ("ST", "S.STP, MM"): each keeps that
    # text in ``original`` beside the canonical degrees.
    mayor = Official(
        name=PersonName.parse("Bapak Raharto Teno Prasetyo, ST"),
        position=Position.MAYOR,
        jurisdiction="Pasuruan",
        region=city,
    )
    head_of_dp3akb = Official(
        name=PersonName.parse("Ibu Njoman Swasti, S.STP, MM"),
        position=Position.HEAD_OF_AGENCY,
        organization=dp3akb,
    )
    return Workshop(
        title="Lokakarya Tingkat Kota bagi Pengelola Kampung KB se-Kota Pasuruan Tahun 2020",
        level=EventLevel.REGENCY,
        dates=DateRange(_dt.date(2020, 12, 28), _dt.date(2020, 12, 29)),
        venue=Venue(name="Hotel Transit", region=city),
        host_region=city,
        organizer=dp3akb,
        opened_by=mayor,
        attendees=(Attendee(organization=bkkbn_east_java, position=Position.HEAD_OF_BKKBN_PROVINCIAL_OFFICE),),
        speakers=(
            Speaker(organization=bkkbn_east_java, position=Position.HEAD_OF_BKKBN_PROVINCIAL_OFFICE),
            Speaker(organization=planning_agency, position=Position.HEAD_OF_REGIONAL_AGENCY),
            Speaker(organization=health_office),
            Speaker(official=head_of_dp3akb),
        ),
        participants=Participants(
            groups=(
                ParticipantGroup(
                    "Kepala Perangkat Daerah",
                    12,
                    "anggota Pokja Kampung KB",
                    position=Position.HEAD_OF_REGIONAL_AGENCY,
                ),
                ParticipantGroup("Camat", 4, position=Position.DISTRICT_HEAD),
                ParticipantGroup("Lurah", 4, position=Position.URBAN_VILLAGE_HEAD),
                ParticipantGroup("Pokja Kampung KB", 114),
                ParticipantGroup("Penyuluh KB", 21, position=Position.PKB),
            ),
            total=155,
        ),
        purpose=(
            "Mengangkat mutu hidup warga lewat program Bangga Kencana beserta pembangunan lintas sektor, "
            "agar terwujud keluarga kecil yang berkualitas."
        ),
        objectives=(
            "Memperkuat koordinasi dan keterlibatan perangkat daerah serta mitra program "
            "dalam pengembangan Kampung KB.",
        ),
        programme=Programme.BANGGA_KENCANA,
        legal_basis=(
            LegalReference(instrument=parse_citation("UU 52/2009")),
            # The division of population-control and family-planning affairs: UU 23/2014's
            # Lampiran, the letter the legal registry gives that affair.
            LegalReference(
                instrument=parse_citation("UU 23/2014"),
                provision=f"Lampiran huruf {family_planning_affair().lampiran}",
            ),
        ),
        sources=(PASURUAN_REPORT,),
    )


def example_json() -> str:
    """The shipped example as JSON text (package data): the workshop, as ``to_json(..., indent=2)`` writes it.

    >>> example_json().splitlines()[1]
    '  "kind": "lokakarya",'
    """
    return resources.files(__package__).joinpath("pasuruan_city_workshop_2020.json").read_text(encoding="utf-8")
