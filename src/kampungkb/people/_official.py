"""An official: a person in a position, held perhaps as Plt/Pj/Pjs, in an organization or a place.

>>> str(Official.parse("Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST").region)
'35.75'
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Self

from .._core import LABEL, field, join_overlapping, model
from ..errors import ErrorCode, ErrorItem, ValidationError
from ..regions import Gazetteer, PlaceContext, RegionCode, RegionLevel
from ._organization import Organization, organization_as_written
from ._person import PersonName
from ._signature import split_official
from ._vocab import ActingForm, OrganizationKind, Position, PositionGroup, WorkLevel

__all__ = ["Official"]


@model(kw_only=True)
class Official:
    """A person in a position: the name, the position (perhaps held as Plt/Pj/Pjs), and where.

    Where is either the ``organization`` (which carries its own region) or the
    ``jurisdiction`` — the place named after the position, as written
    ("Pasuruan" in "Wali Kota Pasuruan") — with its ``region`` code when known.

    >>> mayor = Official.parse("Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST")
    >>> mayor.position.label, mayor.jurisdiction, str(mayor)
    ('Wali Kota', 'Pasuruan', 'Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, S.T.')
    >>> mayor.addressee()
    'Yth. Wali Kota Pasuruan'
    """

    name: PersonName = field(description="the person")
    position: Position = field(description="the position held")
    acting: ActingForm | None = field(default=None, description="Plt, Pj or Pjs when not the definitive holder")
    organization: Organization | None = field(default=None, description="the organization the position is in")
    jurisdiction: str | None = field(
        default=None, max_length=200, pattern=LABEL, description="the place after the position, as written"
    )
    region: RegionCode | None = field(default=None, description="the region code of the jurisdiction")
    term_start: _dt.date | None = field(default=None, description="the first day in office")
    term_end: _dt.date | None = field(default=None, description="the last day in office")

    @classmethod
    def parse(cls, text: str, *, gazetteer: Gazetteer | None = None) -> Self:
        """Read a position followed by a name: "Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST".

        The text is read as: an optional acting form (Plt, Pj, Pjs …), a
        position, for agency positions an agency (acronym or full name), a
        place, then the person's name. The name starts at a form of address
        (Bapak, Ibu …) or a title (Drs., dr. …); without either, the place must
        be one the gazetteer (the sample one by default) or the province table
        knows. Places are resolved to region codes where the gazetteer knows them.

        >>> pjs = Official.parse("Pjs Wali Kota Pasuruan Dr. Ardo Sahak SE, MM")
        >>> pjs.acting.abbreviation, str(pjs.name)
        ('Pjs', 'Dr. Ardo Sahak, S.E., M.M.')
        >>> Official.parse("Camat Gegesik TRI ANGGA, RSSTP., MAP")
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $: cannot tell where the place ends and the name begins in 'Gegesik TRI ANGGA, RSSTP., MAP'; ...
        """
        parts = split_official(text, gazetteer)
        organization = None
        if parts.agency is not None:
            organization = organization_as_written(parts.agency, parts.place, parts.region, gazetteer)
        try:
            name = PersonName.parse(parts.person)
        except ValidationError as exc:
            raise exc.prefixed("name") from None
        return cls(
            name=name,
            position=Position.from_code(parts.position),
            acting=None if parts.acting is None else ActingForm.from_code(parts.acting),
            organization=organization,
            jurisdiction=parts.place if organization is None else None,
            region=parts.region if organization is None else None,
        )

    @property
    def title(self) -> str:
        """The position with its organization or place: "Wali Kota Pasuruan", "Kepala Dinas …".

        >>> Official(name=PersonName("Budi"), position=Position.PKB).title
        'Penyuluh Keluarga Berencana'
        """
        label = self.position.label
        if self.acting is not None:
            label = f"{self.acting.abbreviation} {label}"
        if self.organization is not None:
            if self.position is Position.HEAD_OF_REGIONAL_AGENCY:
                label = label.removesuffix(" Perangkat Daerah")
            return join_overlapping(label, self.organization.name)
        return label if self.jurisdiction is None else f"{label} {self.jurisdiction}"

    @property
    def work_levels(self) -> tuple[WorkLevel, ...]:
        """The level(s) the official works at: from the organization's region or kind (a ministry
        or BKKBN works nationally), else from the jurisdiction's region, else the position's levels.

        >>> Official.parse("Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST").work_levels
        (<WorkLevel.REGENCY_CITY: 'regency_city'>,)
        >>> Official(name=PersonName("Budi"), position=Position.PKB).work_levels
        (<WorkLevel.DISTRICT: 'district'>, <WorkLevel.VILLAGE: 'village'>)
        """
        organization = self.organization
        if organization is not None:
            if organization.region is not None:
                return (_WORK_LEVEL[organization.region.level],)
            if organization.kind in _NATIONAL_KINDS:
                return (WorkLevel.NATIONAL,)
        if self.region is not None:
            return (_WORK_LEVEL[self.region.level],)
        return self.position.levels

    def addressee(self) -> str:
        """How a letter addresses the official: by position, after "Yth." (not by name).

        >>> Official.parse("Kepala DP3AKB Kota Pasuruan Ibu Njoman Swasti, S.STP, MM").addressee()
        'Yth. Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan'
        """
        return f"Yth. {self.title}"

    def __str__(self) -> str:
        return f"{self.title} {self.name.formal()}"

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.organization is not None:
            for name in ("jurisdiction", "region"):
                if getattr(self, name) is not None:
                    yield ErrorItem(
                        (name,), f"the organization already says where; give no {name} with it", ErrorCode.INVARIANT
                    )
        if self.region is not None:
            if self.jurisdiction is None:
                yield ErrorItem(("jurisdiction",), "a region code needs the jurisdiction's name", ErrorCode.INVARIANT)
            yield from _region_fits_position(self.region, self.position)
        if self.acting is not None and self.position.group is PositionGroup.FIELD_WORKFORCE:
            yield ErrorItem(
                ("acting",),
                f"{self.acting.abbreviation} applies to offices, not to the field workforce ({self.position.label})",
                ErrorCode.INVARIANT,
            )
        if self.term_start is not None and self.term_end is not None and self.term_end < self.term_start:
            yield ErrorItem(
                ("term_end",),
                f"the term ends ({self.term_end}) before it starts ({self.term_start})",
                ErrorCode.INVARIANT,
            )

    def _place_date(self) -> _dt.date | None:
        """The date :func:`~kampungkb.regions.check_places` chooses the edition by: the term's start."""
        return self.term_start

    def _place_checks(self, places: PlaceContext) -> Iterator[tuple[bool, ErrorItem]]:
        """The place rule :func:`~kampungkb.regions.check_places` runs: the jurisdiction is the region's name."""
        if (
            self.region is not None
            and self.jurisdiction is not None
            and places.is_named(self.region, self.jurisdiction) is False
        ):
            yield (
                True,
                ErrorItem(
                    ("jurisdiction",),
                    f"the jurisdiction {self.jurisdiction!r} is not the name of {places.label(self.region)}",
                    ErrorCode.INVARIANT,
                ),
            )


_NATIONAL_KINDS = frozenset({OrganizationKind.BKKBN_CENTRAL, OrganizationKind.MINISTRY})


_WORK_LEVEL: dict[RegionLevel, WorkLevel] = {
    RegionLevel.PROVINCE: WorkLevel.PROVINCE,
    RegionLevel.REGENCY: WorkLevel.REGENCY_CITY,
    RegionLevel.DISTRICT: WorkLevel.DISTRICT,
    RegionLevel.VILLAGE: WorkLevel.VILLAGE,
}


def _region_fits_position(region: RegionCode, position: Position) -> Iterator[ErrorItem]:
    """The rules tying a jurisdiction's region code to the position held there."""
    level = _WORK_LEVEL[region.level]
    levels = position.levels
    fits = level in levels or (level is WorkLevel.VILLAGE and WorkLevel.RW_RT in levels)
    if not fits:
        expected = " or ".join(item.label for item in levels)
        yield ErrorItem(
            ("region",),
            f"{position.label} works at level {expected}, found {region} ({region.level.label})",
            ErrorCode.INVARIANT,
        )
        return
    wants_city = _CITY_POSITIONS.get(position)
    if wants_city is not None and region.is_city is not wants_city:
        place = "a kota" if wants_city else "a kabupaten"
        yield ErrorItem(("region",), f"{position.label} heads {place}, found {region}", ErrorCode.INVARIANT)
    wants_kelurahan = _KELURAHAN_POSITIONS.get(position)
    if wants_kelurahan is not None and region.village_kind is not None:
        is_kelurahan = region.village_kind.code == "kelurahan"
        if is_kelurahan is not wants_kelurahan:
            place = "a kelurahan" if wants_kelurahan else "a desa"
            yield ErrorItem(("region",), f"{position.label} heads {place}, found {region}", ErrorCode.INVARIANT)


_CITY_POSITIONS: dict[Position, bool] = {
    Position.MAYOR: True,
    Position.VICE_MAYOR: True,
    Position.REGENT: False,
    Position.VICE_REGENT: False,
}


_KELURAHAN_POSITIONS: dict[Position, bool] = {
    Position.URBAN_VILLAGE_HEAD: True,
    Position.VILLAGE_HEAD: False,
}
