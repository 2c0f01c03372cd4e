"""The parts of an event record: venue, attendees and speakers, legal references, participants
(re-exported by :mod:`kampungkb.events`).

    >>> Participants((ParticipantGroup("Camat", 4), ParticipantGroup("Lurah", 4)), total=8).total
    8
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._core import LABEL, URL, add_note, field, join_overlapping, model, register_scalar_form
from ..errors import ErrorCode, ErrorItem
from ..kampung import ContraceptiveMethod, Count, CountQualifier, count_sum_problem
from ..legal import LegalInstrument, parse_citation_detailed
from ..people import Official, Organization, Position
from ..regions import RegionCode, RegionLevel
from ._vocab import VenueMode

__all__ = [
    "Attendee",
    "DeclaredKampung",
    "DistrictCount",
    "KampungDeclaration",
    "LegalReference",
    "ParticipantGroup",
    "ParticipantShare",
    "Participants",
    "ServiceDelivery",
    "Speaker",
    "Venue",
]


@model(kw_only=True)
class Venue:
    """Where an event took place: a named place with its address and region, an online
    meeting with its platform and link, or both (hybrid), as the source states them.

    ``mode`` says how it was attended (None when the source does not say). An online
    venue has no address; an in-person one no platform or link. Something is given:
    a source may say only "hybrid, in Kendari" (a mode and a region).

    >>> Venue(name="Hotel Transit", region=RegionCode("35.75")).region.is_city
    True
    >>> Venue(mode=VenueMode.ONLINE, platform="Zoom Meeting").platform
    'Zoom Meeting'
    >>> Venue(mode=VenueMode.ONLINE, name="Aula", address="Jl. Permata 1")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.address: an online venue has no address (found 'Jl. Permata 1'); use hybrid for a place joined online [invariant]
    """

    name: str | None = field(default=None, max_length=300, pattern=LABEL, description="the venue's name (tempat)")
    address: str | None = field(default=None, max_length=500, pattern=LABEL, description="the street address")
    region: RegionCode | None = field(default=None, description="the region the venue lies in, at any level")
    mode: VenueMode | None = field(default=None, description="in person, online or hybrid, when the source says")
    platform: str | None = field(
        default=None, max_length=100, pattern=LABEL, description="the online platform as written ('Zoom Meeting')"
    )
    link: str | None = field(default=None, max_length=2000, pattern=URL, description="the meeting link as stated")

    def _invariants(self) -> Iterator[ErrorItem]:
        if all(getattr(self, name) is None for name in ("name", "address", "region", "platform", "link")):
            yield ErrorItem(
                (), "expected a venue's name, address, region, online platform or link, found none", ErrorCode.INVARIANT
            )
        if self.mode is VenueMode.ONLINE and self.address is not None:
            yield ErrorItem(
                ("address",),
                f"an online venue has no address (found {self.address[:60]!r}); use hybrid for a place joined online",
                ErrorCode.INVARIANT,
            )
        if self.mode is VenueMode.IN_PERSON:
            for name in ("platform", "link"):
                if getattr(self, name) is not None:
                    yield ErrorItem(
                        (name,),
                        f"an in-person venue has no online {name}; use hybrid for a place joined online",
                        ErrorCode.INVARIANT,
                    )

    @property
    def label(self) -> str:
        """The venue as a summary writes it: the name, else the platform, else the link ("" when none is known).

        >>> Venue(mode=VenueMode.HYBRID, name="Aula Kantor Camat", platform="Zoom").label
        'Aula Kantor Camat (luring dan daring melalui Zoom)'
        """
        place = self.name or self.platform or self.link or ""
        if self.mode is VenueMode.HYBRID:
            via = f" melalui {self.platform}" if self.platform is not None and self.name is not None else ""
            return f"{place} (luring dan daring{via})" if place else "luring dan daring"
        if self.mode is VenueMode.ONLINE and self.name is not None and self.platform is not None:
            return f"{self.name} ({self.platform})"
        return place


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
    ``count`` is None when the source names the group without a number (an invitation's
    list of who is invited); ``qualifier`` says how the number bounds the true count
    ("lebih dari 50": :attr:`kampungkb.kampung.CountQualifier.AT_LEAST`).

    >>> ParticipantGroup("Penyuluh KB", 21, position=Position.PKB).position.label
    'Penyuluh Keluarga Berencana'
    >>> ParticipantGroup("Kepala Perangkat Daerah", 12, "anggota Pokja Kampung KB").label
    'Kepala Perangkat Daerah (anggota Pokja Kampung KB)'
    >>> ParticipantGroup("Kader", 50, qualifier=CountQualifier.AT_LEAST).stated_count
    Count(value=50, qualifier=<CountQualifier.AT_LEAST: 'at_least'>)
    >>> ParticipantGroup("Camat").stated_count is None
    True
    """

    role: str = field(min_length=1, max_length=200, description="who the participants are, as the source names them")
    count: int | None = field(default=None, ge=0, description="how many took part (None: not stated)")
    description: str | None = field(default=None, max_length=1000, description="more on who they are")
    position: Position | None = field(default=None, description="the position every member of the group holds")
    qualifier: CountQualifier = field(
        default=CountQualifier.EXACT, description="how the count bounds the true number (exact unless stated)"
    )

    @property
    def label(self) -> str:
        """The group as a summary writes it: the role, then the description in parentheses.

        >>> ParticipantGroup("Camat", 4).label
        'Camat'
        """
        return f"{self.role} ({self.description})" if self.description else self.role

    @property
    def stated_count(self) -> Count | None:
        """The count with its qualifier, or None when the source gives no number."""
        return None if self.count is None else Count(self.count, self.qualifier)

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from qualifier_problems(self.count, self.qualifier, "count")


@model
class Participants:
    """Participants as a breakdown by role, with the total the source states.

    A source that gives only a head count ("68 participants from 17 regencies") is
    recorded with no groups; one that names the groups but no total (an invitation) with
    ``total=None``. The total may be qualified ("lebih dari 50 peserta"). The groups must
    add up to the total as far as the numbers go: exactly when every number is exact;
    otherwise no further than each qualifier allows (a group of at least 100 never fits a
    total of 80; a group without a number counts as zero or more; an "about" figure is
    never checked as exact).

    >>> Participants((ParticipantGroup("Lurah", 4),), total=4).groups[0].label
    'Lurah'
    >>> Participants((), total=68).total
    68
    >>> Participants((ParticipantGroup("Kader", 100, qualifier=CountQualifier.AT_LEAST),), total=80)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.total: the parts add up to at least 100, more than the stated total of 80 [invariant]
    """

    groups: tuple[ParticipantGroup, ...] = field(max_items=100, description="the breakdown by role")
    total: int | None = field(default=None, ge=0, description="the total the source states (None: not stated)")
    qualifier: CountQualifier = field(
        default=CountQualifier.EXACT, description="how the total bounds the true number (exact unless stated)"
    )

    @property
    def stated_total(self) -> Count | None:
        """The total with its qualifier, or None when the source gives none.

        >>> str(Participants((), total=50, qualifier=CountQualifier.AT_LEAST).stated_total)
        'lebih dari 50'
        """
        return None if self.total is None else Count(self.total, self.qualifier)

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from qualifier_problems(self.total, self.qualifier, "total")
        if not self.groups:
            if self.total is None:
                yield ErrorItem((), "expected groups or a total, found neither", ErrorCode.INVARIANT)
            return
        if self.total is None:
            return
        # Every number exact (the usual case): an equality, without building each group's Count.
        exact = CountQualifier.EXACT
        if self.qualifier is exact and all(
            group.count is not None and group.qualifier is exact for group in self.groups
        ):
            counted = sum(group.count or 0 for group in self.groups)
            if counted != self.total:
                yield ErrorItem(
                    ("total",),
                    f"the stated total is {self.total} but the groups add up to {counted}",
                    ErrorCode.INVARIANT,
                )
            return
        problem = count_sum_problem([group.stated_count for group in self.groups], Count(self.total, self.qualifier))
        if problem is not None:
            yield ErrorItem(("total",), problem, ErrorCode.INVARIANT)


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


@model(kw_only=True)
class ServiceDelivery:
    """A service delivered at an event, as the source counts it: "pelayanan KB: IUD 16, implan 5".

    ``service`` names the service as written; ``method`` is the contraceptive method for
    a family-planning service counted by method; ``count`` how many received it (None
    when the source names the service without a number).

    >>> from kampungkb.kampung import ContraceptiveMethod, Count
    >>> row = ServiceDelivery(service="Pelayanan KB", method=ContraceptiveMethod.IUD, count=Count(16))
    >>> row.label
    'Pelayanan KB IUD: 16'
    """

    service: str = field(max_length=200, pattern=LABEL, description="the service as written ('Pelayanan KB')")
    method: ContraceptiveMethod | None = field(
        default=None, description="the contraceptive method, when counted by method"
    )
    count: Count | None = field(default=None, description="how many received it, as stated")

    @property
    def label(self) -> str:
        """The row as a summary writes it: the service, the method, the count."""
        text = self.service if self.method is None else f"{self.service} {self.method.label}"
        return text if self.count is None else f"{text}: {self.count}"


@model(kw_only=True)
class DeclaredKampung:
    """One kampung a launch declared: its Kampung KB name, its village and kecamatan as written,
    and its desa/kelurahan code, whichever the source gives (at least one of the name, the
    village and the code).

    >>> DeclaredKampung(village="Desa Pepe", district="Pituruh").village
    'Desa Pepe'
    >>> DeclaredKampung(district="Pituruh")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected the kampung's name, its village or its code, found none [invariant]
    """

    name: str | None = field(default=None, max_length=200, pattern=LABEL, description="the Kampung KB's own name")
    village: str | None = field(
        default=None, max_length=200, pattern=LABEL, description="its desa/kelurahan as written"
    )
    district: str | None = field(default=None, max_length=200, pattern=LABEL, description="its kecamatan as written")
    region: RegionCode | None = field(default=None, description="the code of its desa/kelurahan")

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.name is None and self.village is None and self.region is None:
            yield ErrorItem((), "expected the kampung's name, its village or its code, found none", ErrorCode.INVARIANT)
        yield from level_problems(self.region, RegionLevel.VILLAGE)


@model(kw_only=True)
class DistrictCount:
    """How many kampung a launch declared in one kecamatan (named as written, or by code, or both).

    >>> from kampungkb.kampung import Count
    >>> DistrictCount(district="Pituruh", count=Count(2)).count.value
    2
    """

    district: str | None = field(default=None, max_length=200, pattern=LABEL, description="the kecamatan as written")
    region: RegionCode | None = field(default=None, description="the kecamatan's code")
    count: Count = field(description="how many kampung were declared there")

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.district is None and self.region is None:
            yield ErrorItem((), "expected the kecamatan's name or code, found neither", ErrorCode.INVARIANT)
        yield from level_problems(self.region, RegionLevel.DISTRICT)


@model(kw_only=True)
class KampungDeclaration:
    """What a launch (*pencanangan*) declared: the kampung it names, the counts per kecamatan,
    the total and the number of kecamatan, as far as the source states them.

    The counts per kecamatan add up to the total (as far as qualified counts allow; only
    to at most the total when ``districts`` says more kecamatan took part than are
    counted); the kampung listed never outnumber the total, nor those of a kecamatan
    its count.

    >>> from kampungkb.kampung import Count
    >>> declaration = KampungDeclaration(
    ...     kampung=(DeclaredKampung(village="Desa Pepe", district="Pituruh"),
    ...              DeclaredKampung(village="Desa Ngandagan", district="Pituruh")),
    ...     by_district=(DistrictCount(district="Pituruh", count=Count(2)),),
    ...     total=Count(2),
    ... )
    >>> len(declaration.kampung)
    2
    >>> KampungDeclaration(by_district=declaration.by_district, total=Count(3))
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.total: the parts add up to 2, not the stated total of 3 [invariant]
    """

    kampung: tuple[DeclaredKampung, ...] = field(default=(), max_items=2000, description="the kampung named")
    by_district: tuple[DistrictCount, ...] = field(default=(), max_items=500, description="counts per kecamatan")
    total: Count | None = field(default=None, description="how many kampung were declared in all")
    districts: int | None = field(default=None, ge=1, le=10_000, description="in how many kecamatan, as stated")

    def _invariants(self) -> Iterator[ErrorItem]:
        if not self.kampung and not self.by_district and self.total is None:
            yield ErrorItem(
                (), "expected the kampung, the counts per kecamatan or a total, found none", ErrorCode.INVARIANT
            )
        yield from self._district_problems()
        one = Count(1)
        if self.total is not None:
            complete = self.districts is None or self.districts == len(self.by_district)
            if self.by_district:
                problem = count_sum_problem((item.count for item in self.by_district), self.total, complete=complete)
                if problem is not None:
                    yield ErrorItem(("total",), problem, ErrorCode.INVARIANT)
            if self.kampung and count_sum_problem([one] * len(self.kampung), self.total, complete=False):
                yield ErrorItem(
                    ("kampung",),
                    f"{len(self.kampung)} kampung are listed, more than the stated total of {self.total}",
                    ErrorCode.INVARIANT,
                )
        for index, item in enumerate(self.by_district):
            listed = [kampung for kampung in self.kampung if _same_district(kampung, item)]
            if listed and count_sum_problem([one] * len(listed), item.count, complete=False):
                yield ErrorItem(
                    ("by_district", index, "count"),
                    f"{len(listed)} kampung are listed in this kecamatan, more than its count of {item.count}",
                    ErrorCode.INVARIANT,
                )

    def _district_problems(self) -> Iterator[ErrorItem]:
        seen: set[str] = set()
        for index, item in enumerate(self.by_district):
            keys = {key for key in (_district_key(item.district), str(item.region) if item.region else None) if key}
            if keys & seen:
                yield ErrorItem(("by_district", index), "this kecamatan is counted twice", ErrorCode.INVARIANT)
            seen |= keys
        if self.districts is not None and len(self.by_district) > self.districts:
            yield ErrorItem(
                ("districts",),
                f"{len(self.by_district)} kecamatan are counted, more than the stated {self.districts}",
                ErrorCode.INVARIANT,
            )


# ---------------------------------------------------------------------------
# Helpers


def _position_in(position: Position, organization: Organization) -> str:
    """The title of an unnamed holder of ``position`` in ``organization``, written as
    :attr:`kampungkb.people.Official.title` writes a named one ("Kepala Dinas Kesehatan Kota Pasuruan")."""
    label = position.label
    if position is Position.HEAD_OF_REGIONAL_AGENCY:
        label = label.removesuffix(" Perangkat Daerah")
    return join_overlapping(label, organization.name)


def qualifier_problems(count: int | None, qualifier: CountQualifier, name: str) -> Iterator[ErrorItem]:
    """A qualifier other than exact goes with a number."""
    if count is None and qualifier is not CountQualifier.EXACT:
        yield ErrorItem(
            ("qualifier",),
            f"the qualifier {qualifier.code!r} goes with a {name}; give the {name} too",
            ErrorCode.INVARIANT,
        )


def level_problems(region: RegionCode | None, level: RegionLevel) -> Iterator[ErrorItem]:
    """A region code given for a place of one level (a kampung's desa, a kecamatan) is of that level."""
    if region is not None and region.level is not level:
        yield ErrorItem(
            ("region",), f"expected a {level.label} code, found {region} ({region.level.label})", ErrorCode.INVARIANT
        )


def _district_key(name: str | None) -> str | None:
    if name is None:
        return None
    folded = name.casefold()
    return folded.removeprefix("kecamatan ").removeprefix("kec. ")


def _same_district(kampung: DeclaredKampung, item: DistrictCount) -> bool:
    if kampung.region is not None and item.region is not None:
        return kampung.region.parent == item.region
    key = _district_key(kampung.district)
    return key is not None and key == _district_key(item.district)
