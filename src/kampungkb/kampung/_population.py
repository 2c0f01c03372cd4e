"""The population report (*Profil Penduduk*): people per age band and sex, and six family counts.

>>> report = PopulationReport.from_counts(
...     period=ReportPeriod(3, 2023), created=_dt.datetime(2023, 3, 14, 10, 0),
...     male=[40] * 16, female=[42] * 16,
...     families={kind: 100 for kind in FamilyCount},
... )
>>> report.total_population, report.count(AgeBand.AGE_0_4, Sex.FEMALE)
(1312, 42)
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, ClassVar

from .._core import describe, field, model
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._period import ReportPeriod
from ._portal_rows import count_value, portal_rows, read_key, read_value
from ._rules import Coverage, each_once
from ._vocab import AgeBand, FamilyCount, Sex

__all__ = ["AgeSexCount", "FamilyTotal", "PopulationReport"]


@model
class AgeSexCount:
    """How many people of one sex are in one age band.

    >>> AgeSexCount(AgeBand.AGE_75_PLUS, Sex.MALE, 12).count
    12
    """

    age_band: AgeBand = field(description="the age band")
    sex: Sex = field(description="male or female (the portal's P or W)")
    count: int = field(ge=0, description="how many people")


@model
class FamilyTotal:
    """One of the six family counts (PUS, families, adolescents, families with under-fives, …).

    >>> FamilyTotal(FamilyCount.COUPLES_OF_CHILDBEARING_AGE, 320).kind.portal_alias
    'pus'
    """

    kind: FamilyCount = field(description="which count")
    count: int = field(ge=0, description="the number")


@model(kw_only=True)
class PopulationReport:
    """One version of a kampung's population profile: 16 age bands × 2 sexes, and 6 family counts.

    Each age band × sex pair and each family count is given exactly once
    (the portal's form has all 38 inputs, each required). The total
    population (the portal's ``jumlah_jiwa``) is derived, never stored.

    The portal records no period for this report, only its creation time;
    use :meth:`ReportPeriod.of` on it. Counts are never negative — a rule
    the portal lacks.

    >>> from kampungkb.examples import example_history
    >>> example_history().current_population.family(FamilyCount.COUPLES_OF_CHILDBEARING_AGE)
    300
    """

    #: In a :data:`Report`, the key that says a document is this report (no tag is written).
    _marker_: ClassVar[str] = "age_sex_counts"

    period: ReportPeriod = field(description="the month the version describes (the month it was created)")
    created: _dt.datetime = field(description="when the version was created")
    age_sex_counts: tuple[AgeSexCount, ...] = field(description="people per age band and sex, 32 entries")
    family_counts: tuple[FamilyTotal, ...] = field(description="the six family counts")

    @property
    def total_population(self) -> int:
        """Everyone counted, both sexes and all ages (``jumlah_jiwa``)."""
        return sum(entry.count for entry in self.age_sex_counts)

    def count(self, age_band: AgeBand, sex: Sex) -> int:
        """The number of people of ``sex`` in ``age_band``."""
        for entry in self.age_sex_counts:
            if entry.age_band is age_band and entry.sex is sex:
                return entry.count
        raise AssertionError("a valid report has every age band and sex")  # pragma: no cover

    def total_of(self, sex: Sex) -> int:
        """Everyone of one sex.

        >>> from kampungkb.examples import example_history
        >>> example_history().current_population.total_of(Sex.MALE)
        640
        """
        return sum(entry.count for entry in self.age_sex_counts if entry.sex is sex)

    def family(self, kind: FamilyCount) -> int:
        """One of the six family counts."""
        for entry in self.family_counts:
            if entry.kind is kind:
                return entry.count
        raise AssertionError("a valid report has every family count")  # pragma: no cover

    @classmethod
    def from_counts(
        cls,
        *,
        period: ReportPeriod,
        created: _dt.datetime,
        male: Sequence[int],
        female: Sequence[int],
        families: Mapping[FamilyCount, int],
    ) -> PopulationReport:
        """A report from two lists of 16 counts (youngest band first) and a map of family counts.

        Entries follow the vocabularies' order; a list of the wrong length or a
        missing family count is reported like any other missing entry.
        """
        errors: list[ErrorItem] = []
        counts: list[AgeSexCount] = []
        for sex, name, numbers in ((Sex.MALE, "male", male), (Sex.FEMALE, "female", female)):
            if type(numbers) not in (list, tuple):
                errors.append(
                    ErrorItem((name,), f"expected a list of 16 counts, found {describe(numbers)}", ErrorCode.TYPE)
                )
                continue
            if len(numbers) != len(AgeBand):
                errors.append(
                    ErrorItem(
                        (name,), f"expected 16 counts (one per age band), found {len(numbers)}", ErrorCode.CONSTRAINT
                    )
                )
                continue
            for index, (band, number) in enumerate(zip(AgeBand, numbers, strict=True)):
                checked = read_value(number, count_value, (name, index), errors)
                if checked is not None:
                    counts.append(AgeSexCount(band, sex, checked))
        totals: list[FamilyTotal] = []
        if not isinstance(families, Mapping):
            errors.append(ErrorItem(("families",), f"expected a mapping, found {describe(families)}", ErrorCode.TYPE))
        else:
            for key, number in families.items():
                if type(key) is not FamilyCount:
                    errors.append(
                        ErrorItem(("families",), f"expected FamilyCount keys, found {describe(key)}", ErrorCode.TYPE)
                    )
                    continue
                checked = read_value(number, count_value, ("families", key.code), errors)
                if checked is not None:
                    totals.append(FamilyTotal(key, checked))
        if errors:
            raise ValidationError(errors)
        return cls(period=period, created=created, age_sex_counts=tuple(counts), family_counts=tuple(totals))

    @classmethod
    def from_portal(
        cls,
        *,
        created: _dt.datetime,
        ranges: Sequence[Mapping[str, Any]],
        keluargas: Sequence[Mapping[str, Any]],
        period: ReportPeriod | None = None,
    ) -> PopulationReport:
        """A report from the portal's rows: ``ranges`` as ``{"range_id", "jenis_kelamin", "jumlah"}`` and
        ``keluargas`` as ``{"keluarga_id", "jumlah"}``.

        ``jenis_kelamin`` is the portal's code: ``"P"`` (pria) is male and
        ``"W"`` (wanita) is female — not the common L/P coding. The period
        defaults to the month of ``created``, as the portal has none.

        >>> rows = [{"range_id": r, "jenis_kelamin": s, "jumlah": 10} for r in range(1, 17) for s in "PW"]
        >>> families = [{"keluarga_id": k, "jumlah": 5} for k in range(1, 7)]
        >>> report = PopulationReport.from_portal(created=_dt.datetime(2022, 8, 1), ranges=rows, keluargas=families)
        >>> report.period, report.total_of(Sex.MALE)
        (ReportPeriod(month=8, year=2022), 160)
        >>> rows[0] = {"range_id": 1, "jenis_kelamin": "L", "jumlah": 10}
        >>> PopulationReport.from_portal(created=_dt.datetime(2022, 8, 1), ranges=rows, keluargas=families)
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $.ranges[0].jenis_kelamin: expected the portal's sex code 'P' (pria, male) or 'W' (wanita, female), ...
        """
        errors: list[ErrorItem] = []
        counts: list[AgeSexCount] = []
        for index, row in portal_rows(ranges, "ranges", errors):
            band = read_key(row, "range_id", AgeBand.from_portal_id, ("ranges", index), errors)
            sex = read_key(row, "jenis_kelamin", Sex.from_portal_code, ("ranges", index), errors)
            number = read_key(row, "jumlah", count_value, ("ranges", index), errors)
            if band is not None and sex is not None and number is not None:
                counts.append(AgeSexCount(band, sex, number))
        totals: list[FamilyTotal] = []
        for index, row in portal_rows(keluargas, "keluargas", errors):
            kind = read_key(row, "keluarga_id", FamilyCount.from_portal_id, ("keluargas", index), errors)
            number = read_key(row, "jumlah", count_value, ("keluargas", index), errors)
            if kind is not None and number is not None:
                totals.append(FamilyTotal(kind, number))
        if errors:
            raise ValidationError(errors)
        return cls(
            period=period if period is not None else ReportPeriod.of(created),
            created=created,
            age_sex_counts=tuple(counts),
            family_counts=tuple(totals),
        )

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from each_once(
            [(entry.age_band, entry.sex) for entry in self.age_sex_counts],
            "age_sex_counts",
            _AGE_SEX,
            key_field="age_band",
            what="the age band × sex counts",
        )
        yield from each_once(
            [entry.kind for entry in self.family_counts],
            "family_counts",
            _FAMILIES,
            key_field="kind",
            what="the family counts",
        )


_AGE_SEX = Coverage((band, sex) for band in AgeBand for sex in Sex)
_FAMILIES = Coverage(FamilyCount)
