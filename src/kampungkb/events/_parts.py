"""The parts of an event record: venue, attendees and speakers, legal references, participants
(re-exported by :mod:`kampungkb.events`).

    >>> Participants((ParticipantGroup("Camat", 4), ParticipantGroup("Lurah", 4)), total=8).total
    8
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._core import LABEL, add_note, field, join_overlapping, model, register_scalar_form
from ..errors import ErrorCode, ErrorItem
from ..legal import LegalInstrument, parse_citation_detailed
from ..people import Official, Organization, Position
from ..regions import RegionCode

__all__ = [
    "Attendee",
    "LegalReference",
    "ParticipantGroup",
    "ParticipantShare",
    "Participants",
    "Speaker",
    "Venue",
]


@model(kw_only=True)
class Venue:
    """Where an event took place: the venue's name, its address and its region when known.

    >>> Venue(name="Hotel Transit", region=RegionCode("35.75")).region.is_city
    True
    """

    name: str = field(max_length=300, pattern=LABEL, description="the venue's name (tempat)")
    address: str | None = field(default=None, max_length=500, pattern=LABEL, description="the street address")
    region: RegionCode | None = field(default=None, description="the region the venue lies in, at any level")


@model(kw_only=True)
class _Party:
    """Who attends or speaks: a named official, or an organization (with the position of its
    unnamed representative when the source gives only that)."""

    official: Official | None = field(default=None, description="a named official")
    organization: Organization | None = field(default=None, description="an organization, when no person is named")
    position: Position | None = field(
        default=None, description="the position of the organization's unnamed representative"
    )

    @property
    def label(self) -> str:
        """How the party is written: the official with name and titles, or the position in the organization."""
        if self.official is not None:
            return str(self.official)
        assert self.organization is not None
        if self.position is None:
            return self.organization.name
        return _position_in(self.position, self.organization)

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.official is not None and self.organization is not None:
            yield ErrorItem(
                ("organization",),
                "expected an official or an organization, found both (an official's organization goes inside it)",
                ErrorCode.INVARIANT,
            )
        elif self.official is None and self.organization is None:
            if self.position is None:
                yield ErrorItem((), "expected an official or an organization, found neither", ErrorCode.INVARIANT)
            else:
                yield ErrorItem(
                    ("position",),
                    "a position is given with the organization that holds it; give the organization too",
                    ErrorCode.INVARIANT,
                )
        if self.official is not None and self.position is not None:
            yield ErrorItem(
                ("position",), "a named official carries the position inside it; give it there", ErrorCode.INVARIANT
            )


@model(kw_only=True)
class Attendee(_Party):
    """Someone notable who attended (*hadir*): a named official, or an organization (with the
    position of its unnamed representative, when the source gives only that).

    Exactly one of ``official`` and ``organization`` is given; ``position`` goes with
    ``organization`` only. Reports often name a position without its holder ("the
    Kepala Perwakilan BKKBN Provinsi Jawa Timur"): that is an organization plus a position.

    >>> from kampungkb.people import Organization
    >>> bkkbn = Organization.from_acronym("BKKBN", region="35")
    >>> Attendee(organization=bkkbn, position=Position.HEAD_OF_BKKBN_PROVINCIAL_OFFICE).label
    'Kepala Perwakilan BKKBN Provinsi Jawa Timur'
    >>> Attendee()
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected an official or an organization, found neither [invariant]
    """


@model(kw_only=True)
class Speaker(_Party):
    """A speaker (*narasumber*): a named official, or an organization with no person named.

    The same rules as :class:`Attendee`, plus an optional ``topic`` (the material presented).

    >>> from kampungkb.people import Organization, OrganizationKind
    >>> health = Organization(name="Dinas Kesehatan Kota Pasuruan", kind=OrganizationKind.REGIONAL_AGENCY,
    ...                       region=RegionCode("35.75"))
    >>> Speaker(organization=health).label
    'Dinas Kesehatan Kota Pasuruan'
    >>> Speaker(position=Position.HEAD_OF_AGENCY)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.position: a position is given with the organization that holds it; give the organization too [invariant]
    """

    topic: str | None = field(default=None, max_length=500, pattern=LABEL, description="the material presented")


@model(kw_only=True)
class LegalReference:
    """One entry of an event's legal basis (*dasar hukum*): an instrument, and the part of it cited.

    On JSON input a citation string is accepted too ("UU 52/2009", "Pasal 1 angka 10
    UU 52 Tahun 2009"): it is parsed with :func:`kampungkb.legal.parse_citation_detailed`,
    which keeps a cited article as the ``provision``.

    >>> from kampungkb import from_dict
    >>> basis = from_dict("Pasal 1 angka 10 UU 52 Tahun 2009", LegalReference)
    >>> basis.instrument.title, basis.provision
    ('Perkembangan Kependudukan dan Pembangunan Keluarga', 'Pasal 1 angka 10')
    """

    instrument: LegalInstrument = field(description="the instrument cited")
    provision: str | None = field(
        default=None, max_length=200, pattern=LABEL, description="the part cited: 'Lampiran huruf N', 'Pasal 7'"
    )


def _legal_reference_from_citation(value: Any) -> LegalReference:
    """A legal reference written as its citation (``"UU 52/2009 Pasal 1"``): the instrument and the article."""
    match = parse_citation_detailed(value)
    for correction in match.corrections:
        add_note(f"the citation {match.matched!r}: {correction.message}")
    return LegalReference(instrument=match.instrument, provision=match.pinpoint)


register_scalar_form(LegalReference, _legal_reference_from_citation)


@model
class ParticipantGroup:
    """One group of participants: who they are, as the record names them, and how many came.

    ``role`` is the group's name as the source writes it ("Camat", "Pokja Kampung KB",
    "Babinsa/Bhabinkamtibmas"); ``description`` adds who they are; ``position`` links a
    group whose members all hold one position to :class:`kampungkb.people.Position`.

    >>> ParticipantGroup("Penyuluh KB", 21, position=Position.PKB).position.label
    'Penyuluh Keluarga Berencana'
    >>> ParticipantGroup("Kepala Perangkat Daerah", 12, "anggota Pokja Kampung KB").label
    'Kepala Perangkat Daerah (anggota Pokja Kampung KB)'
    """

    role: str = field(min_length=1, max_length=200, description="who the participants are, as the source names them")
    count: int = field(ge=0, description="how many took part")
    description: str | None = field(default=None, max_length=1000, description="more on who they are")
    position: Position | None = field(default=None, description="the position every member of the group holds")

    @property
    def label(self) -> str:
        """The group as a summary writes it: the role, then the description in parentheses.

        >>> ParticipantGroup("Camat", 4).label
        'Camat'
        """
        return f"{self.role} ({self.description})" if self.description else self.role


@model
class Participants:
    """Participants as a breakdown by role, with the stated total (which must equal the sum).

    A source that gives only a head count ("68 participants from 17 regencies") is
    recorded with no groups; the sum rule applies as soon as there is a group.

    >>> Participants((ParticipantGroup("Lurah", 4),), total=4).groups[0].label
    'Lurah'
    >>> Participants((), total=68).total
    68
    """

    groups: tuple[ParticipantGroup, ...] = field(max_items=100, description="the breakdown by role")
    total: int = field(ge=0, description="the total the source states")

    def _invariants(self) -> Iterator[ErrorItem]:
        if not self.groups:
            return
        counted = sum(group.count for group in self.groups)
        if counted != self.total:
            yield ErrorItem(
                ("total",),
                f"the stated total is {self.total} but the groups add up to {counted}",
                ErrorCode.INVARIANT,
            )


@model
class ParticipantShare:
    """One row of a participants-by-role table: the group, its count and its share of the total.

    ``share`` is a fraction between 0 and 1 (0 when the total is 0). Rows are made by
    :func:`participants_by_role`.

    >>> row = ParticipantShare("Camat", 4, 0.5)
    >>> row.percent
    50.0
    """

    role: str = field(min_length=1, max_length=1300, description="the group's label (role and description)")
    count: int = field(ge=0, description="how many took part")
    share: float = field(ge=0.0, le=1.0, description="the fraction of the total, 0 to 1")

    @property
    def percent(self) -> float:
        """The share as a percentage, rounded to one decimal place.

        >>> ParticipantShare("Lurah", 4, 4 / 155).percent
        2.6
        """
        return round(self.share * 100, 1)


# ---------------------------------------------------------------------------
# Helpers


def _position_in(position: Position, organization: Organization) -> str:
    """The title of an unnamed holder of ``position`` in ``organization``, written as
    :attr:`kampungkb.people.Official.title` writes a named one ("Kepala Dinas Kesehatan Kota Pasuruan")."""
    label = position.label
    if position is Position.HEAD_OF_REGIONAL_AGENCY:
        label = label.removesuffix(" Perangkat Daerah")
    return join_overlapping(label, organization.name)
