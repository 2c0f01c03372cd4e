"""The Kampung KB itself and its Pokja (working group), as the national portal records them.

>>> from kampungkb.regions import Location, RegionCode
>>> kampung = KampungKB(
...     name="Kampung KB Karangketug",
...     location=Location(code=RegionCode("35.75.01.1001")),
...     launch_date=PartialDate(2017, 9, 27),
... )
>>> kampung.location.code.compact, kampung.active
('3575011001', True)
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

import attrs

from .._core import LABEL, LINE, NON_BLANK, field, model
from ..dates import PartialDate
from ..errors import ErrorCode, ErrorItem
from ..regions import Location, RegionLevel
from ._pokja import PokjaMember
from ._rules import unique_items
from ._vocab import AreaCriterion, CoverageLevel, MainCriterion, PortalCriterion, SpecialCriterion

__all__ = ["EARLIEST_LAUNCH_DATE", "KampungKB", "Pokja", "PokjaDecree", "SelectionCriteria"]

#: The earliest launch date (``tanggal_pencanangan``) the portal accepts: the programme began in January 2016.
EARLIEST_LAUNCH_DATE = _dt.date(2016, 1, 1)
_EARLIEST_LAUNCH = PartialDate.of(EARLIEST_LAUNCH_DATE)


@model(kw_only=True)
class SelectionCriteria:
    """Why the place was chosen: the portal's checkboxes and, optionally, the programme's finer criteria.

    ``portal`` holds what the portal holds (its four boxes, ``new_kampung_kriteria``);
    ``main``, ``area`` and ``special`` hold the programme's criteria (kriteria
    utama, kriteria wilayah, kriteria khusus) when they are known. Each lists a
    value at most once. :meth:`portal_equivalent` maps the finer criteria onto
    the portal's boxes.

    >>> criteria = SelectionCriteria(main=(MainCriterion.POOR_FAMILIES_ABOVE_AVERAGE,), area=(AreaCriterion.COASTAL,))
    >>> [c.label for c in criteria.portal_equivalent()]
    ['Kriteria 2', 'Kriteria 3']
    """

    portal: tuple[PortalCriterion, ...] = field(default=(), description="the portal's ticked boxes")
    main: tuple[MainCriterion, ...] = field(default=(), description="kriteria utama met")
    area: tuple[AreaCriterion, ...] = field(default=(), description="kriteria wilayah: the kinds of area")
    special: tuple[SpecialCriterion, ...] = field(default=(), description="kriteria khusus met")

    def portal_equivalent(self) -> tuple[PortalCriterion, ...]:
        """The portal boxes these criteria correspond to, in the portal's order (``portal`` included)."""
        boxes = set(self.portal)
        boxes.update(criterion.portal_criterion for criterion in self.main)
        boxes.update(criterion.portal_criterion for criterion in self.area)
        boxes.update(criterion.portal_criterion for criterion in self.special)
        return tuple(box for box in PortalCriterion if box in boxes)

    def _invariants(self) -> Iterator[ErrorItem]:
        for name in ("portal", "main", "area", "special"):
            items = getattr(self, name)
            if len(items) > 1:  # none or one item is never listed twice
                yield from unique_items(items, name)


@model(kw_only=True)
class KampungKB:
    """A Kampung KB: its name, village, launch date, selection criteria, status and description.

    ``launch_date`` is a :class:`~kampungkb.dates.PartialDate`: the portal
    holds the day, a news report may give only the year (``PartialDate(2017)``)
    or the month; it is never earlier than :data:`EARLIEST_LAUNCH_DATE`.
    ``location.code`` must be a village (desa/kelurahan) code; ``location.rw``
    or ``location.dusun`` record coverage below the village, and ``coverage``
    the portal's legacy ``cakupan_wilayah``. ``description`` is plain text:
    turn the portal's HTML into text with :func:`kampungkb.kampung.html_to_text`.

    >>> from kampungkb.regions import Location, RegionCode
    >>> KampungKB(name="Melati", location=Location(code=RegionCode("35.75.01")), launch_date=PartialDate(2016))
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.location.code: a Kampung KB sits in a village (desa/kelurahan); found 35.75.01 (kecamatan) [invariant]
    """

    id: int | None = field(default=None, ge=1, description="the portal's id for the kampung, when known")
    name: str = field(min_length=1, max_length=255, pattern=LABEL, description="nama")
    location: Location = field(description="the village (desa/kelurahan) and any RW or dusun it covers")
    launch_date: PartialDate = field(
        ge=_EARLIEST_LAUNCH,
        description="tanggal pencanangan (from 2016-01-01) as precisely as the source states it",
    )
    coverage: CoverageLevel | None = field(default=None, description="the portal's legacy cakupan_wilayah")
    criteria: SelectionCriteria = field(default=attrs.Factory(SelectionCriteria), description="selection criteria")
    active: bool = field(default=True, description="false for a deleted or merged kampung")
    model_for_regency: bool = field(default=False, description="percontohan kabupaten/kota (model kampung)")
    model_for_province: bool = field(default=False, description="percontohan provinsi (model kampung)")
    description: str | None = field(
        default=None, min_length=1, pattern=NON_BLANK, description="gambaran umum, as plain text"
    )
    photo: str | None = field(default=None, min_length=1, max_length=2048, description="path or URL of its photo")
    structure_photo: str | None = field(
        default=None, min_length=1, max_length=2048, description="path or URL of the picture of its structure"
    )

    def _invariants(self) -> Iterator[ErrorItem]:
        code = self.location.code
        if code.level is not RegionLevel.VILLAGE:
            yield ErrorItem(
                ("location", "code"),
                f"a Kampung KB sits in a village (desa/kelurahan); found {code} ({code.level.code})",
                ErrorCode.INVARIANT,
            )

    def _place_date(self) -> _dt.date | None:
        """The date :func:`~kampungkb.regions.check_places` chooses the edition by: the launch (pencanangan),
        its first possible day when only the year or month is known."""
        return self.launch_date.earliest


@model(kw_only=True)
class PokjaDecree:
    """The decree (SK) that set up a Pokja: number, date and issuer, each optional.

    The portal records only that an SK exists; an empty ``PokjaDecree()`` says
    just that. The SK is issued by the village head unless the regency's own
    policy says otherwise.

    >>> PokjaDecree(number="411/12/2019").issuer
    'Kepala Desa/Lurah'
    """

    number: str | None = field(default=None, min_length=1, max_length=255, pattern=LINE)
    date: PartialDate | None = field(
        default=None, description="the date of the decree, as precisely as known (an SK often cites only its year)"
    )
    issuer: str = field(
        default="Kepala Desa/Lurah", min_length=1, max_length=255, pattern=LINE, description="who issued it"
    )


@model(kw_only=True)
class Pokja:
    """The Pokja Kampung KB (working group): whether it exists, its SK, size, training and members.

    The portal's rules (``ProfilKampung``): with no Pokja there is no SK, no
    training and both counts are 0; when members were trained, the training
    is described; never more trained members than members. The portal's form
    also asks for at least one member and, with training, at least one trained
    member, but its server does not: a record with 0 there loads, and
    :attr:`gaps` names the count it lacks.
    ``members`` optionally names people with their Pokja position (and, for a
    section member, the family function of the section); the portal records
    only the counts. With no Pokja there are no members (our rule).

    >>> Pokja(exists=True, decree=PokjaDecree(), member_count=25, trained=True,
    ...       training_description="Orientasi Pokja", trained_count=10).trained_count
    10
    >>> Pokja(exists=False, decree=PokjaDecree(), member_count=3)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 2 validation errors
    $.decree: a kampung with no Pokja has no decree (SK) [invariant]
    $.member_count: a kampung with no Pokja has 0 members, found 3 [invariant]
    """

    exists: bool = field(description="pokja_pengurusan_flag: the kampung has a Pokja")
    decree: PokjaDecree | None = field(default=None, description="the SK (pokja_sk_flag), None when there is none")
    trained: bool = field(default=False, description="pokja_pelatihan_flag: members have been trained")
    training_description: str | None = field(
        default=None, min_length=1, max_length=255, pattern=NON_BLANK, description="pokja_pelatihan_desc"
    )
    member_count: int = field(default=0, ge=0, description="pokja_jumlah: how many members")
    trained_count: int = field(default=0, ge=0, description="pokja_jumlah_terlatih: how many members were trained")
    members: tuple[PokjaMember, ...] = field(default=(), description="named members, when known")

    @property
    def gaps(self) -> tuple[str, ...]:
        """The counts the portal's form asks for that this record gives as 0 (a Pokja that exists, with training).

        >>> Pokja(exists=True, decree=PokjaDecree(), member_count=0).gaps
        ('member_count',)
        """
        if not self.exists:
            return ()
        missing = ["member_count"] if self.member_count == 0 else []
        if self.trained and self.trained_count == 0:
            missing.append("trained_count")
        return tuple(missing)

    def _invariants(self) -> Iterator[ErrorItem]:
        if not self.exists:
            if self.decree is not None:
                yield ErrorItem(("decree",), "a kampung with no Pokja has no decree (SK)", ErrorCode.INVARIANT)
            if self.trained:
                yield ErrorItem(("trained",), "a kampung with no Pokja has no training", ErrorCode.INVARIANT)
            if self.training_description is not None:
                yield ErrorItem(
                    ("training_description",), "a kampung with no Pokja has no training", ErrorCode.INVARIANT
                )
            if self.member_count != 0:
                yield ErrorItem(
                    ("member_count",),
                    f"a kampung with no Pokja has 0 members, found {self.member_count}",
                    ErrorCode.INVARIANT,
                )
            if self.trained_count != 0:
                yield ErrorItem(
                    ("trained_count",),
                    f"a kampung with no Pokja has 0 trained members, found {self.trained_count}",
                    ErrorCode.INVARIANT,
                )
            if self.members:
                yield ErrorItem(("members",), "a kampung with no Pokja has no Pokja members", ErrorCode.INVARIANT)
            return
        if self.trained and self.training_description is None:
            yield ErrorItem(("training_description",), "describe the training the members had", ErrorCode.INVARIANT)
        if self.trained_count > self.member_count:
            yield ErrorItem(
                ("trained_count",),
                f"{self.trained_count} trained members but only {self.member_count} members",
                ErrorCode.INVARIANT,
            )
