"""People in programme records: names with their titles, positions, organizations and officials.

Programme documents name people the Indonesian official way — a form of
address, degrees before the name, the name, then a comma and the degrees after
it — and write them in many ways. :class:`PersonName` reads them all and
writes the official form; :class:`Official` adds the position and where it is
held; :class:`Organization` names an agency, expanding the acronyms regional
family-planning agencies use.

    >>> head = Official.parse("Kepala Dinas DP3AKB Kota Pasuruan Ibu Njoman Swasti, S.STP, MM")
    >>> str(head.name), head.name.formal()
    ('Njoman Swasti, S.STP., M.M.', 'Ibu Njoman Swasti, S.STP., M.M.')
    >>> head.organization.name
    'Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan'
    >>> str(Official.parse("Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST").region)
    '35.75'
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Self

from .._core import describe, field, model, register_scalar_form
from ..errors import ErrorCode, ErrorItem, ValidationError
from ..regions import Gazetteer, RegionCode, RegionLevel, province, regency_display_name
from ._names import is_degrees, leading_title, parse_name, read_degree, title_case, trailing_degrees
from ._nomenclature import AgencyEntry, agencies_named
from ._vocab import ActingForm, EventRole, Honorific, OrganizationKind, Position, PositionGroup, WorkLevel

__all__ = [
    "ActingForm",
    "EventRole",
    "Honorific",
    "Official",
    "Organization",
    "OrganizationKind",
    "PersonName",
    "Position",
    "PositionGroup",
    "WorkLevel",
]

#: A person's name: no commas (they separate degrees), no control characters, single spaces.
NAME_PATTERN = r"[^\s,\x00-\x1f\x7f-\x9f]+(?: [^\s,\x00-\x1f\x7f-\x9f]+)*"
#: A name or label: no control characters, no leading, trailing or doubled spaces.
TEXT_PATTERN = r"[^\s\x00-\x1f\x7f-\x9f]+(?: [^\s\x00-\x1f\x7f-\x9f]+)*"


@model
class PersonName:
    """A person's name as official documents write it, with form of address and degrees.

    ``degrees_before`` and ``degrees_after`` hold canonical spellings from the
    degree table (``data/people/degrees.json``). A degree the table does not
    know — or, before the name, one that reads as two degrees (``DR.``) — is
    kept verbatim and listed, in order, in ``unrecognized_degrees``. A name
    written entirely in capitals is kept title-cased in ``name``, with the
    capitals in ``original_name``.

    ``str()`` gives the official form (degrees before, the name, then ", " and
    the degrees after, each separated by ", "); :meth:`formal` puts the form of
    address in front.

    >>> name = PersonName.parse("Drs.H. Adri Djoko Srijono, Msi")
    >>> name.degrees_before, name.name, name.degrees_after
    (('Drs.', 'H.'), 'Adri Djoko Srijono', ('M.Si.',))
    >>> str(PersonName.parse("Camat TRI ANGGA, RSSTP., MAP".removeprefix("Camat ")))
    'Tri Angga, RSSTP., M.A.P.'
    >>> PersonName("Njoman Swasti", honorific=Honorific.IBU, degrees_after=("S.STP.", "M.M.")).formal()
    'Ibu Njoman Swasti, S.STP., M.M.'
    """

    name: str = field(max_length=200, pattern=NAME_PATTERN, description="the person's name, without titles")
    honorific: Honorific | None = field(default=None, description="the form of address (Bapak, Ibu …)")
    degrees_before: tuple[str, ...] = field(
        default=(), max_items=10, description="titles written before the name (Prof., Dr., Drs., H. …)"
    )
    degrees_after: tuple[str, ...] = field(
        default=(), max_items=10, description="degrees written after the name (S.E., M.Si. …)"
    )
    unrecognized_degrees: tuple[str, ...] = field(
        default=(), max_items=20, description="the degrees kept verbatim because the table does not know them"
    )
    original_name: str | None = field(
        default=None,
        max_length=200,
        pattern=NAME_PATTERN,
        description="the name as written, when it was entirely in capitals",
    )

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read a name the way documents write it.

        >>> PersonName.parse("Dr (HC) dr. H. Hasto Wardoyo, Sp. (OG)K").degrees_before
        ('Dr. (H.C.)', 'dr.', 'H.')
        >>> PersonName.parse(", MM")
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $: expected a name before the comma, found degrees with no name in ', MM' [invalid_value]
        """
        parts = parse_name(text)
        return cls(
            parts.name,
            honorific=None if parts.honorific is None else Honorific.from_code(parts.honorific),
            degrees_before=parts.degrees_before,
            degrees_after=parts.degrees_after,
            unrecognized_degrees=parts.unrecognized,
            original_name=parts.original_name,
        )

    def formal(self) -> str:
        """The official form with the form of address in front ("Ibu Njoman Swasti, S.STP., M.M.").

        >>> PersonName.parse("Bapak Raharto Teno Prasetyo, ST").formal()
        'Bapak Raharto Teno Prasetyo, S.T.'
        """
        return str(self) if self.honorific is None else f"{self.honorific.label} {self}"

    def __str__(self) -> str:
        text = " ".join((*self.degrees_before, self.name))
        return f"{text}, {', '.join(self.degrees_after)}" if self.degrees_after else text

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from _name_problems(self.name, self.original_name)
        flagged: list[str] = []
        for kind, degrees in (("before", self.degrees_before), ("after", self.degrees_after)):
            for index, degree in enumerate(degrees):
                whole, found = read_degree(degree, kind)  # type: ignore[arg-type]
                if whole and found is not None and found.canonical == degree:
                    continue
                if whole and found is None:
                    flagged.append(degree)
                    continue
                spelling = f" (write {found.canonical!r})" if whole and found is not None else ""
                yield ErrorItem(
                    (f"degrees_{kind}", index),
                    f"expected a degree written {kind} a name, in its canonical spelling{spelling}, found {degree!r}",
                    ErrorCode.INVARIANT,
                )
        expected = tuple(dict.fromkeys(flagged))
        if self.unrecognized_degrees != expected:
            yield ErrorItem(
                ("unrecognized_degrees",),
                f"expected the degrees the table does not know, in order: {expected!r}, "
                f"found {self.unrecognized_degrees!r}",
                ErrorCode.INVARIANT,
            )


register_scalar_form(PersonName, PersonName.parse)


@model(kw_only=True)
class Organization:
    """An organization people work for: its name, acronym, kind and region.

    :meth:`from_acronym` expands the acronyms of regional family-planning
    agencies from the nomenclature table (``data/people/agencies.json``).

    >>> Organization.from_acronym("DP3AKB", region="35.75").name
    'Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan'
    >>> Organization(name="Dinas Kesehatan Kota Pasuruan", kind=OrganizationKind.REGIONAL_AGENCY,
    ...              region=RegionCode("35.75")).acronym is None
    True
    """

    name: str = field(max_length=300, pattern=TEXT_PATTERN, description="the full name, with its region")
    acronym: str | None = field(default=None, max_length=40, pattern=TEXT_PATTERN, description="the short form")
    kind: OrganizationKind = field(description="what kind of body it is")
    region: RegionCode | None = field(default=None, description="the region it serves")

    @classmethod
    def from_acronym(
        cls, acronym: str, region: RegionCode | str | None = None, *, gazetteer: Gazetteer | None = None
    ) -> Self:
        """The organization an acronym stands for, in ``region`` (a province or a regency/city).

        The region's display name comes from ``gazetteer`` (the sample
        gazetteer by default; provinces are built in). ``BKKBN`` with a province
        gives that province's BKKBN representative office. An acronym whose
        expansion is not known, or that stands for different names in different
        regions, raises a ValidationError saying so.

        >>> Organization.from_acronym("BKKBN", region="35").name
        'Perwakilan BKKBN Provinsi Jawa Timur'
        >>> Organization.from_acronym("DP3KB")
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $: the expansion of 'DP3KB' is not known (observed in Kabupaten Brebes); build the Organization ...
        """
        if type(acronym) is not str:
            raise ValidationError.single(
                (), f"expected an acronym (a string), found {describe(acronym)}", ErrorCode.TYPE
            )
        rows = agencies_named(acronym)
        if not rows:
            raise ValidationError.single(
                (),
                f"expected an acronym from the nomenclature table, found {describe(acronym)}",
                ErrorCode.INVALID_VALUE,
            )
        code = _region_code(region)
        return cls._from_rows(rows, code, _place_name(code, gazetteer) if code is not None else None)

    @classmethod
    def _from_rows(cls, rows: tuple[AgencyEntry, ...], region: RegionCode | None, place: str | None) -> Self:
        """The organization named by table rows (one acronym) in a region whose display name is ``place``."""
        first = rows[0]
        kind = OrganizationKind.from_code(first.kind)
        if kind is OrganizationKind.BKKBN_CENTRAL and region is not None:
            if region.level is not RegionLevel.PROVINCE:
                raise ValidationError.single(
                    (), f"BKKBN has representative offices in provinces only, found {region}", ErrorCode.INVALID_VALUE
                )
            return cls(name=f"Perwakilan BKKBN {place}", kind=OrganizationKind.BKKBN_PROVINCIAL_OFFICE, region=region)
        row = _one_expansion(rows, place)
        if row.expansion is None:
            seen = ", ".join(row.regions)
            raise ValidationError.single(
                (),
                f"the expansion of {row.acronym!r} is not known (observed in {seen}); "
                "build the Organization with its name",
                ErrorCode.INVALID_VALUE,
            )
        name = row.expansion if place is None else f"{row.expansion} {place}"
        return cls(name=name, acronym=row.acronym, kind=kind, region=region)

    def __str__(self) -> str:
        return self.name

    def _invariants(self) -> Iterator[ErrorItem]:
        allowed = _REGION_LEVELS_BY_KIND.get(self.kind)
        if allowed is None:
            return
        if self.region is None:
            if self.kind is OrganizationKind.BKKBN_PROVINCIAL_OFFICE:
                yield ErrorItem(("region",), "a BKKBN provincial office needs its province's code", ErrorCode.INVARIANT)
        elif self.region.level not in allowed:
            levels = " or ".join(level.label for level in allowed) or "no region"
            yield ErrorItem(
                ("region",),
                f"{self.kind.label} expects a region at level {levels}, found {self.region} "
                f"({self.region.level.label})",
                ErrorCode.INVARIANT,
            )


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
    acting: ActingForm | None = field(default=None, description="Plt, Plh, Pj or Pjs when not the definitive holder")
    organization: Organization | None = field(default=None, description="the organization the position is in")
    jurisdiction: str | None = field(
        default=None, max_length=200, pattern=TEXT_PATTERN, description="the place after the position, as written"
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
        from ._signature import split_official

        parts = split_official(text, gazetteer)
        organization = None
        if parts.agency is not None:
            organization = _organization_as_written(parts.agency, parts.place, parts.region, gazetteer)
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
            return _overlapping(label, self.organization.name)
        return label if self.jurisdiction is None else f"{label} {self.jurisdiction}"

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


# ---------------------------------------------------------------------------
# Helpers

_REGION_LEVELS_BY_KIND: dict[OrganizationKind, tuple[RegionLevel, ...]] = {
    OrganizationKind.FAMILY_PLANNING_AGENCY: (RegionLevel.PROVINCE, RegionLevel.REGENCY),
    OrganizationKind.REGIONAL_AGENCY: (RegionLevel.PROVINCE, RegionLevel.REGENCY),
    OrganizationKind.BKKBN_CENTRAL: (),
    OrganizationKind.MINISTRY: (),
    OrganizationKind.BKKBN_PROVINCIAL_OFFICE: (RegionLevel.PROVINCE,),
    OrganizationKind.DISTRICT_OFFICE: (RegionLevel.DISTRICT,),
    OrganizationKind.VILLAGE_OFFICE: (RegionLevel.VILLAGE,),
}

_WORK_LEVEL: dict[RegionLevel, WorkLevel] = {
    RegionLevel.PROVINCE: WorkLevel.PROVINCE,
    RegionLevel.REGENCY: WorkLevel.REGENCY_CITY,
    RegionLevel.DISTRICT: WorkLevel.DISTRICT,
    RegionLevel.VILLAGE: WorkLevel.VILLAGE,
}


def _name_problems(name: str, original: str | None) -> Iterator[ErrorItem]:
    """The rules of ``name`` itself: a letter, no titles inside, capitals kept aside."""
    if not any(char.isalpha() for char in name):
        yield ErrorItem(("name",), f"expected a name with at least one letter, found {name!r}", ErrorCode.INVARIANT)
        return
    title = leading_title(name)
    if title is not None:
        yield ErrorItem(
            ("name",),
            f"the name begins with {title!r}, which reads as a form of address or a degree; "
            "give it as honorific or in degrees_before",
            ErrorCode.INVARIANT,
        )
    words = name.split(" ")
    trailing = trailing_degrees(words)
    if trailing is not None or is_degrees(name):
        tail = " ".join(words[trailing[0] :] if trailing is not None else words)
        yield ErrorItem(
            ("name",),
            f"the name ends with {tail!r}, which reads as degrees written after a name; give them in degrees_after",
            ErrorCode.INVARIANT,
        )
    if original is None:
        if name.isupper() and title_case(name) != name:
            yield ErrorItem(
                ("name",),
                f"a name in capitals is kept title-cased ({title_case(name)!r}) with the capitals in original_name",
                ErrorCode.INVARIANT,
            )
    elif not original.isupper() or title_case(original) != name or original == name:
        yield ErrorItem(
            ("original_name",),
            f"expected the name in capitals whose title case is {name!r}, found {original!r}",
            ErrorCode.INVARIANT,
        )


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


def _overlapping(label: str, name: str) -> str:
    """``label`` followed by ``name``, the words they share written once ("Kepala Dinas" + "Dinas X")."""
    label_words, name_words = label.split(" "), name.split(" ")
    for size in range(min(len(label_words), len(name_words)), 0, -1):
        if [w.casefold() for w in label_words[-size:]] == [w.casefold() for w in name_words[:size]]:
            return " ".join((*label_words, *name_words[size:]))
    return f"{label} {name}"


def _region_code(region: object) -> RegionCode | None:
    if region is None or type(region) is RegionCode:
        return region
    if isinstance(region, str):
        return RegionCode.parse(region)
    raise ValidationError.single(
        (), f"expected a region code (RegionCode or text), found {describe(region)}", ErrorCode.TYPE
    )


def _place_name(region: RegionCode, gazetteer: Gazetteer | None) -> str:
    """The display name an agency's name ends with: "Kota Pasuruan", "Provinsi Jawa Timur"."""
    if region.level is RegionLevel.PROVINCE:
        return f"Provinsi {province(region).name}"
    if region.level is not RegionLevel.REGENCY:
        raise ValidationError.single(
            (),
            f"expected a province or regency/city code for an agency, found {region} ({region.level.label})",
            ErrorCode.INVALID_VALUE,
        )
    return regency_display_name(region, gazetteer)


def _one_expansion(rows: tuple[AgencyEntry, ...], place: str | None) -> AgencyEntry:
    """The row to use when an acronym has several expansions: the one observed in ``place``."""
    expansions = {row.expansion for row in rows}
    if len(expansions) == 1:
        return rows[0]
    if place is not None:
        folded = place.casefold()
        matching = [row for row in rows if any(seen.casefold() == folded for seen in row.regions)]
        if len(matching) == 1:
            return matching[0]
    listed = "; ".join(f"{row.expansion!r} ({', '.join(row.regions)})" for row in rows)
    raise ValidationError.single(
        (),
        f"{rows[0].acronym!r} stands for different names in different regions: {listed}; "
        "give a region where it was observed, or build the Organization with its name",
        ErrorCode.INVALID_VALUE,
    )


def _organization_as_written(
    rows: tuple[AgencyEntry, ...], place: str | None, region: RegionCode | None, gazetteer: Gazetteer | None
) -> Organization:
    """The organization an official's text names: expanded when known, else as written."""
    kind = OrganizationKind.from_code(rows[0].kind)
    display = _place_name(region, gazetteer) if region is not None else place
    try:
        return Organization._from_rows(rows, region, display)
    except ValidationError:
        if rows[0].expansion is not None and len({row.expansion for row in rows}) == 1:
            raise
    name = rows[0].acronym if place is None else f"{rows[0].acronym} {place}"
    return Organization(name=name, acronym=rows[0].acronym, kind=kind, region=region)
