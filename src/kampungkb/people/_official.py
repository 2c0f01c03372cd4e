"""An official: a person in a position, held perhaps as Plt/Pj/Pjs, in an organization or a place.

>>> str(Official.parse("Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST").region)
'35.75'
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterator
from typing import ClassVar, Self

from .._core import LABEL, field, join_overlapping, lazy_pattern, model
from ..dates import PartialDate
from ..errors import ErrorCode, ErrorItem, ValidationError
from ..regions import Gazetteer, PlaceContext, RegionCode, RegionLevel
from ._names import check_text
from ._nomenclature import match_acting, match_agency
from ._organization import Organization, organization_as_written
from ._person import PersonName
from ._signature import (
    OfficialParts,
    names_listed_position,
    resolve_place,
    split_official,
    split_written_position,
)
from ._vocab import ActingForm, OrganizationKind, Position, PositionGroup, WorkLevel

__all__ = ["Official"]


@model(kw_only=True)
class Official:
    """A person in a position: the name, the position (perhaps held as Plt/Pj/Pjs), and where.

    Where is either the ``organization`` (which carries its own region) or the
    ``jurisdiction`` — the place named after the position, as written
    ("Pasuruan" in "Wali Kota Pasuruan") — with its ``region`` code when known.

    ``term_start`` and ``term_end`` are known as precisely as the source
    states them ("Bupati periode 2021–2026": two years).
    ``name`` is None when a source names the office, not its holder ("a.n.
    Bupati Pasuruan"). A position the list lacks is :attr:`Position.OTHER`
    with ``position_as_written`` (and ``position_level`` when known).
    ``on_behalf_of`` is the official or organization this one acts for
    ("atas nama", "a.n.", "mewakili", "yang diwakili oleh"): never itself,
    and one level only.

    >>> mayor = Official.parse("Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST")
    >>> mayor.position.label, mayor.jurisdiction, str(mayor)
    ('Wali Kota', 'Pasuruan', 'Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, S.T.')
    >>> mayor.addressee()
    'Yth. Wali Kota Pasuruan'
    """

    #: In a union with :class:`Organization` (``on_behalf_of``), the key that says a document is an official.
    _marker_: ClassVar[str] = "position"

    name: PersonName | None = field(default=None, description="the person; None when the source names the office only")
    position: Position = field(description="the position held (other: see position_as_written)")
    position_as_written: str | None = field(
        default=None, max_length=200, pattern=LABEL, description="a position the list lacks, as the source writes it"
    )
    position_level: WorkLevel | None = field(
        default=None, description="the level of a position the list lacks, when known"
    )
    acting: ActingForm | None = field(default=None, description="Plt, Pj or Pjs when not the definitive holder")
    organization: Organization | None = field(default=None, description="the organization the position is in")
    jurisdiction: str | None = field(
        default=None, max_length=200, pattern=LABEL, description="the place after the position, as written"
    )
    region: RegionCode | None = field(default=None, description="the region code of the jurisdiction")
    term_start: PartialDate | None = field(
        default=None, description="the first day in office, as precisely as known ('sejak 2021')"
    )
    term_end: PartialDate | None = field(default=None, description="the last day in office, as precisely as known")
    on_behalf_of: Official | Organization | None = field(
        default=None, description="atas nama / mewakili: the official (or office) or organization acted for"
    )

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

        A position the list lacks is kept as written (:attr:`Position.OTHER`), the
        name starting at a form of address or a title. Acting for someone is read
        from "a.n." / "atas nama" before the office acted for, "mewakili" after
        the official, or "yang diwakili oleh" between the office and the official:

        >>> signed = Official.parse("a.n. Bupati Pasuruan, Sekretaris Daerah Drs. H. Agus Sutiadji, M.Si")
        >>> signed.position.label, signed.on_behalf_of.title, signed.on_behalf_of.name is None
        ('Sekretaris Daerah', 'Bupati Pasuruan', True)
        >>> head = Official.parse("Kepala UPT Puskesmas Kecamatan Gadingrejo dr. Rina Wati")
        >>> head.position.code, head.position_as_written, head.position_level.code
        ('other', 'Kepala UPT Puskesmas Kecamatan Gadingrejo', 'district')
        """
        if type(text) is str and _ON_BEHALF_PREFIX.match(text.lstrip()):
            # A signature block: its line breaks separate the office acted for, the position and the name.
            text = ", ".join(line.strip(" ,") for line in text.strip().splitlines() if line.strip(" ,"))
        clean = check_text(text, "an official's position and name")
        found = _ON_BEHALF_PREFIX.match(clean)
        if found is not None:
            return cls._acting_for(clean[found.end() :], clean, gazetteer, office_first=True)
        found = _REPRESENTED_BY.search(clean)
        if found is not None:
            office = cls._office(clean[: found.start()], gazetteer)
            official = cls._one(clean[found.end() :], gazetteer)
            return official._for(office)
        found = _REPRESENTS.search(clean)
        if found is not None:
            official = cls._one(clean[: found.start()], gazetteer)
            office = cls._office(clean[found.end() :], gazetteer)
            return official._for(office)
        return cls._one(clean, gazetteer)

    @classmethod
    def _acting_for(cls, rest: str, text: str, gazetteer: Gazetteer | None, *, office_first: bool) -> Self:
        """ "a.n. OFFICE, OFFICIAL": try each break (a line break or comma first, then each word) until both read."""
        breaks = [m.start() for m in re.finditer(r"\n|,", rest)] + [m.start() for m in re.finditer(" ", rest)]
        for index in breaks:
            office_text, official_text = rest[:index].strip(" ,\n"), rest[index + 1 :].strip(" ,\n")
            if not office_text or not official_text:
                continue
            try:
                office = cls._office(office_text, gazetteer)
                official = cls._one(official_text, gazetteer)
            except ValidationError:
                continue
            return official._for(office)
        raise ValidationError.single(
            (),
            f"cannot tell the office acted for from the official signing in {text[:160]!r}",
            ErrorCode.INVALID_VALUE,
        )

    @classmethod
    def _office(cls, text: str, gazetteer: Gazetteer | None) -> Official | Organization:
        """The one acted for: a named official, an office (a position and place, no name), or an organization."""
        text = " ".join(text.replace("\n", " ").split()).strip(" ,")
        attempts: list[Callable[[], Official | Organization]] = [
            lambda: cls._one(text, gazetteer),
            lambda: cls._from_parts(split_official(text, gazetteer, name_required=False), None, gazetteer),
            lambda: _organization_named(text, gazetteer),
        ]
        for attempt in attempts:
            try:
                return attempt()
            except ValidationError:
                continue
        raise ValidationError.single(
            (), f"expected an official, an office or an organization, found {text[:120]!r}", ErrorCode.INVALID_VALUE
        )

    @classmethod
    def _one(cls, text: str, gazetteer: Gazetteer | None) -> Self:
        """One official (no acting for anyone): a listed position, or else the position as written."""
        try:
            parts = split_official(text, gazetteer)
        except ValidationError:
            if names_listed_position(text):
                raise  # a listed position whose place or name cannot be told apart: say so
            start = 0
            acting = match_acting(text)
            if acting is not None:
                start = len(text) - len(text[acting[1] :].lstrip(" "))
            written = split_written_position(text[start:])
            level = WorkLevel.NATIONAL if written.national else None
            if written.level is not None:
                level = _WORK_LEVEL[written.level]
            return cls(
                name=_name(written.person),
                position=Position.OTHER,
                position_as_written=written.text,
                position_level=level,
                acting=None if acting is None else ActingForm.from_code(acting[0]),
            )
        return cls._from_parts(parts, _name(parts.person), gazetteer)

    @classmethod
    def _from_parts(cls, parts: OfficialParts, name: PersonName | None, gazetteer: Gazetteer | None) -> Self:
        organization = None
        if parts.agency is not None:
            organization = organization_as_written(parts.agency, parts.place, parts.region, gazetteer)
        return cls(
            name=name,
            position=Position.from_code(parts.position),
            acting=None if parts.acting is None else ActingForm.from_code(parts.acting),
            organization=organization,
            jurisdiction=parts.place if organization is None else None,
            region=parts.region if organization is None else None,
        )

    def _for(self, office: Official | Organization) -> Self:
        """This official, acting for ``office`` (checked again: never for themself)."""
        return type(self)(
            name=self.name,
            position=self.position,
            position_as_written=self.position_as_written,
            position_level=self.position_level,
            acting=self.acting,
            organization=self.organization,
            jurisdiction=self.jurisdiction,
            region=self.region,
            term_start=self.term_start,
            term_end=self.term_end,
            on_behalf_of=office,
        )

    @property
    def title(self) -> str:
        """The position with its organization or place: "Wali Kota Pasuruan", "Kepala Dinas …".

        >>> Official(name=PersonName("Budi"), position=Position.PKB).title
        'Penyuluh Keluarga Berencana'
        """
        label = self.position.label
        if self.position_as_written is not None:
            label = self.position_as_written
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
        if self.position_level is not None:
            return (self.position_level,)
        return self.position.levels

    def addressee(self) -> str:
        """How a letter addresses the official: by position, after "Yth." (not by name).

        >>> Official.parse("Kepala DP3AKB Kota Pasuruan Ibu Njoman Swasti, S.STP, MM").addressee()
        'Yth. Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan'
        """
        return f"Yth. {self.title}"

    def __str__(self) -> str:
        return self.title if self.name is None else f"{self.title} {self.name.formal()}"

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.organization is not None:
            for name in ("jurisdiction", "region"):
                if getattr(self, name) is not None:
                    yield ErrorItem(
                        (name,), f"the organization already says where; give no {name} with it", ErrorCode.INVARIANT
                    )
        yield from _written_position_rules(self)
        if self.region is not None:
            if self.jurisdiction is None:
                yield ErrorItem(("jurisdiction",), "a region code needs the jurisdiction's name", ErrorCode.INVARIANT)
            if self.position is not Position.OTHER:
                yield from _region_fits_position(self.region, self.position)
            elif self.position_level is not None and _WORK_LEVEL[self.region.level] is not self.position_level:
                yield ErrorItem(
                    ("region",),
                    f"the position works at level {self.position_level.label}, found {self.region} "
                    f"({self.region.level.label})",
                    ErrorCode.INVARIANT,
                )
        yield from _on_behalf_rules(self)
        if self.acting is not None and self.position.group is PositionGroup.FIELD_WORKFORCE:
            yield ErrorItem(
                ("acting",),
                f"{self.acting.abbreviation} applies to offices, not to the field workforce ({self.position.label})",
                ErrorCode.INVARIANT,
            )
        if self.term_start is not None and self.term_end is not None and self.term_end.is_before(self.term_start):
            yield ErrorItem(
                ("term_end",),
                f"the term ends ({self.term_end}) before it starts ({self.term_start})",
                ErrorCode.INVARIANT,
            )

    def _place_date(self) -> _dt.date | None:
        """The date :func:`~kampungkb.regions.check_places` chooses the edition by: the term's start (its first
        possible day when only the year or month is known)."""
        return None if self.term_start is None else self.term_start.earliest

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
    Position.KEUCHIK: False,
    Position.WALI_NAGARI: False,
    Position.PERBEKEL: False,
    Position.KAMPUNG_HEAD: False,
}


#: "a.n." / "an." / "atas nama" before the office acted for (then the official signing).
_ON_BEHALF_PREFIX = lazy_pattern(r"(?:a\.\s?n\.?|atas\s+nama)\s+", re.IGNORECASE)
#: "(yang) diwakili oleh" between the office and the official who represents it.
_REPRESENTED_BY = lazy_pattern(r"\s*,?\s+(?:yang\s+)?diwakili\s+oleh\s+", re.IGNORECASE)
#: "(yang) mewakili" between the official and the one they represent.
_REPRESENTS = lazy_pattern(r"\s*,?\s+(?:yang\s+)?mewakili\s+", re.IGNORECASE)


def _name(text: str) -> PersonName:
    try:
        return PersonName.parse(text)
    except ValidationError as exc:
        raise exc.prefixed("name") from None


def _organization_named(text: str, gazetteer: Gazetteer | None) -> Organization:
    """An organization named by its acronym or full name, then its place ("DP3AKB Kota Pasuruan")."""
    found = match_agency(text)
    if found is None:
        raise ValidationError.single((), f"expected an organization, found {text[:120]!r}", ErrorCode.INVALID_VALUE)
    rows, end = found
    place = text[end:].strip() or None
    region = resolve_place(place, "head_of_agency", True, gazetteer) if place else None
    if region is not None and region.level not in (RegionLevel.PROVINCE, RegionLevel.REGENCY):
        region = None
    return organization_as_written(rows, place, region, gazetteer)


def _written_position_rules(official: Official) -> Iterator[ErrorItem]:
    if official.position is Position.OTHER:
        if official.position_as_written is None:
            yield ErrorItem(
                ("position_as_written",), "a position the list lacks is given as written", ErrorCode.INVARIANT
            )
        return
    for name in ("position_as_written", "position_level"):
        if getattr(official, name) is not None:
            yield ErrorItem(
                (name,), f"{name} is only for a position the list lacks (position 'other')", ErrorCode.INVARIANT
            )


def _on_behalf_rules(official: Official) -> Iterator[ErrorItem]:
    other = official.on_behalf_of
    if not isinstance(other, Official):
        return
    if other.on_behalf_of is not None:
        yield ErrorItem(
            ("on_behalf_of", "on_behalf_of"),
            "the one acted for acts for no one in turn: give the official actually acted for",
            ErrorCode.INVARIANT,
        )
    same_person = official.name is not None and other.name is not None and official.name == other.name
    same_office = (other.position, other.position_as_written, other.title) == (
        official.position,
        official.position_as_written,
        official.title,
    )
    if same_person or same_office:
        yield ErrorItem(
            ("on_behalf_of",),
            f"an official does not act on behalf of themself ({other.title})",
            ErrorCode.INVARIANT,
        )
