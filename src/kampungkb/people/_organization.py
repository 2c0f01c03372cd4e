"""An organization: a named agency with its acronym, kind and region, expanded from acronyms.

>>> Organization.from_acronym("DP3AKB", region="35.75").name
'Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan'
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Self

from .._core import LABEL, describe, field, model
from ..errors import ErrorCode, ErrorItem, ValidationError
from ..regions import Gazetteer, PlaceContext, RegionCode, RegionLevel, province, regency_display_name
from ._nomenclature import AgencyEntry, agencies_named
from ._vocab import OrganizationKind

__all__ = ["Organization", "organization_as_written"]


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

    #: In a union with :class:`Official` (an official's ``on_behalf_of``), the key that says a document
    #: is an organization.
    _marker_: ClassVar[str] = "kind"

    name: str = field(max_length=300, pattern=LABEL, description="the full name, with its region")
    acronym: str | None = field(default=None, max_length=40, pattern=LABEL, description="the short form")
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

    def _place_checks(self, places: PlaceContext) -> Iterator[tuple[bool, ErrorItem]]:
        """The place rule :func:`~kampungkb.regions.check_places` runs: a region the name states is the code's."""
        if self.region is not None:
            for item in places.name_matches(self.name, self.region, ("region",)):
                yield True, item


_REGION_LEVELS_BY_KIND: dict[OrganizationKind, tuple[RegionLevel, ...]] = {
    OrganizationKind.FAMILY_PLANNING_AGENCY: (RegionLevel.PROVINCE, RegionLevel.REGENCY),
    OrganizationKind.REGIONAL_AGENCY: (RegionLevel.PROVINCE, RegionLevel.REGENCY),
    OrganizationKind.BKKBN_CENTRAL: (),
    OrganizationKind.MINISTRY: (),
    OrganizationKind.BKKBN_PROVINCIAL_OFFICE: (RegionLevel.PROVINCE,),
    OrganizationKind.DISTRICT_OFFICE: (RegionLevel.DISTRICT,),
    OrganizationKind.VILLAGE_OFFICE: (RegionLevel.VILLAGE,),
}


def _region_code(region: object) -> RegionCode | None:
    """A region argument: None, or what :meth:`RegionCode.parse` reads (a RegionCode or its text)."""
    return None if region is None else RegionCode.parse(region)  # type: ignore[arg-type]


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


def organization_as_written(
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
