"""The KKBPK report (*Perkembangan Program Bangga Kencana*) and the portal's cross-record rules.

>>> from kampungkb.examples import example_history
>>> history = example_history()
>>> report = history.current_kkbpk
>>> report.total_users + report.total_non_users == history.current_population.family(
...     FamilyCount.COUPLES_OF_CHILDBEARING_AGE)
True
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, ClassVar

from .._core import describe, field, model, once
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._period import ReportPeriod
from ._population import PopulationReport
from ._portal_rows import count_value, portal_rows, read_key
from ._profile import ProfileReport
from ._rules import Coverage, each_once
from ._vocab import ContraceptiveMethod, FamilyCount, NonUseReason, Poktan

__all__ = ["ContraceptiveUsers", "FamilyPlanningReport", "NonUsers", "PoktanParticipation", "cross_record_errors"]


@model
class PoktanParticipation:
    """How many families take part in one poktan (BKB, BKR, BKL, UPPKA or PIK R).

    >>> PoktanParticipation(Poktan.BKB, 45).count
    45
    """

    poktan: Poktan = field(description="one of the five poktan the KKBPK report counts")
    count: int = field(ge=0, description="families taking part")


@model
class ContraceptiveUsers:
    """How many couples of childbearing age use one contraceptive method.

    >>> ContraceptiveUsers(ContraceptiveMethod.INJECTABLE, 120).method.label
    'Suntik'
    """

    method: ContraceptiveMethod = field(description="the method")
    count: int = field(ge=0, description="couples using it")


@model
class NonUsers:
    """How many couples of childbearing age use no contraception, for one reason.

    >>> NonUsers(NonUseReason.PREGNANT, 14).reason.is_unmet_need
    False
    """

    reason: NonUseReason = field(description="why they use none")
    count: int = field(ge=0, description="couples with this reason")


@model(kw_only=True)
class FamilyPlanningReport:
    """One version of a kampung's KKBPK report: poktan participation, users, non-users and BPJS users.

    Each of the five poktan, seven methods and four reasons is given exactly
    once, and no count is negative (the portal lets negative user counts
    through; kampungkb does not). The rules that need the population and
    profile reports are checked by :meth:`validate_against` and by
    :class:`~kampungkb.kampung.KampungHistory`.

    >>> from kampungkb.examples import example_history
    >>> example_history().current_kkbpk.users(ContraceptiveMethod.IMPLANT)
    30
    """

    #: In a :data:`Report`, the key that says a document is this report (no tag is written).
    _marker_: ClassVar[str] = "poktan_participation"

    period: ReportPeriod = field(description="bulan/tahun: the month the version was submitted")
    created: _dt.datetime = field(description="when the version was created")
    poktan_participation: tuple[PoktanParticipation, ...] = field(description="families taking part, per poktan")
    contraceptive_users: tuple[ContraceptiveUsers, ...] = field(description="users per method")
    non_users: tuple[NonUsers, ...] = field(description="non-users per reason")
    bpjs_users: int = field(ge=0, description="pengguna_bpjs: people covered by BPJS")

    @property
    def total_users(self) -> int:
        """Couples using any method."""
        return sum(entry.count for entry in self.contraceptive_users)

    @property
    def total_non_users(self) -> int:
        """Couples using none, for any reason."""
        return sum(entry.count for entry in self.non_users)

    def users(self, method: ContraceptiveMethod) -> int:
        """Couples using ``method``."""
        return next(entry.count for entry in self.contraceptive_users if entry.method is method)

    def non_users_for(self, reason: NonUseReason) -> int:
        """Couples using none because of ``reason``.

        >>> from kampungkb.examples import example_history
        >>> example_history().current_kkbpk.non_users_for(NonUseReason.PREGNANT)
        10
        """
        return next(entry.count for entry in self.non_users if entry.reason is reason)

    def participation(self, poktan: Poktan) -> int:
        """Families taking part in ``poktan`` (one of the five the report counts).

        >>> from kampungkb.examples import example_history
        >>> example_history().current_kkbpk.participation(Poktan.BKB)
        40
        """
        for entry in self.poktan_participation:
            if entry.poktan is poktan:
                return entry.count
        raise ValidationError.single((), f"the KKBPK report does not count {poktan.label}", ErrorCode.INVALID_VALUE)

    def validate_against(self, population: PopulationReport, profile: ProfileReport | None = None) -> None:
        """Check the portal's cross-record rules against the kampung's population and profile reports.

        Raises :class:`~kampungkb.errors.ValidationError` with every broken
        rule, located in this report: users + non-users = couples of
        childbearing age (PUS); each poktan's families ≤ its family count;
        BPJS users ≤ the population; a poktan the profile says is absent has 0.

        >>> from kampungkb.examples import example_history
        >>> history = example_history()
        >>> history.current_kkbpk.validate_against(history.current_population, history.current_profile)
        """
        errors = list(cross_record_errors(self, population, profile))
        if errors:
            raise ValidationError(errors)

    @classmethod
    def from_portal(
        cls,
        *,
        created: _dt.datetime,
        programs: Sequence[Mapping[str, Any]],
        kontrasepsis: Sequence[Mapping[str, Any]],
        non_kontrasepsis: Sequence[Mapping[str, Any]],
        pengguna_bpjs: int,
        period: ReportPeriod | None = None,
    ) -> FamilyPlanningReport:
        """A report from the portal's rows, keyed by its ids: ``{"program_id", "jumlah"}``,
        ``{"kontrasepsi_id", "jumlah"}`` and ``{"non_kontrasepsi_id", "jumlah"}``.

        The period defaults to the month of ``created`` (the portal's bulan/tahun).

        >>> report = FamilyPlanningReport.from_portal(
        ...     created=_dt.datetime(2023, 5, 2, 8, 0),
        ...     programs=[{"program_id": i, "jumlah": 0} for i in range(1, 6)],
        ...     kontrasepsis=[{"kontrasepsi_id": i, "jumlah": 10} for i in range(1, 8)],
        ...     non_kontrasepsis=[{"non_kontrasepsi_id": i, "jumlah": 5} for i in range(1, 5)],
        ...     pengguna_bpjs=400,
        ... )
        >>> report.total_users, report.total_non_users, report.period
        (70, 20, ReportPeriod(month=5, year=2023))
        """
        errors: list[ErrorItem] = []
        participation = [
            PoktanParticipation(poktan, number)
            for poktan, number in _pairs(programs, "programs", "program_id", Poktan.from_portal_id, errors)
        ]
        users = [
            ContraceptiveUsers(method, number)
            for method, number in _pairs(
                kontrasepsis, "kontrasepsis", "kontrasepsi_id", ContraceptiveMethod.from_portal_id, errors
            )
        ]
        non_users = [
            NonUsers(reason, number)
            for reason, number in _pairs(
                non_kontrasepsis, "non_kontrasepsis", "non_kontrasepsi_id", NonUseReason.from_portal_id, errors
            )
        ]
        if type(pengguna_bpjs) is not int:
            errors.append(
                ErrorItem(
                    ("pengguna_bpjs",),
                    f"expected a count (an integer), found {describe(pengguna_bpjs)}",
                    ErrorCode.TYPE,
                )
            )
        if errors:
            raise ValidationError(errors)
        return cls(
            period=period if period is not None else ReportPeriod.of(created),
            created=created,
            poktan_participation=tuple(participation),
            contraceptive_users=tuple(users),
            non_users=tuple(non_users),
            bpjs_users=pengguna_bpjs,
        )

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from each_once(
            [entry.poktan for entry in self.poktan_participation],
            "poktan_participation",
            _counted_poktan(),
            key_field="poktan",
            what="the poktan participation counts",
        )
        yield from each_once(
            [entry.method for entry in self.contraceptive_users],
            "contraceptive_users",
            _METHODS,
            key_field="method",
            what="the contraceptive users",
        )
        yield from each_once(
            [entry.reason for entry in self.non_users], "non_users", _REASONS, key_field="reason", what="the non-users"
        )


_METHODS = Coverage(ContraceptiveMethod)
_REASONS = Coverage(NonUseReason)


@once
def _denominators() -> dict[Poktan, FamilyCount]:
    """The family count capping each poktan's participants, for the poktan that have one (read on first use)."""
    return {poktan: cap for poktan in Poktan if (cap := poktan.family_denominator) is not None}


@once
def _counted_poktan() -> Coverage[Poktan]:
    """The poktan the KKBPK report counts (read on first use)."""
    return Coverage(p for p in Poktan if p.in_family_planning_report)


def cross_record_errors(
    report: FamilyPlanningReport, population: PopulationReport, profile: ProfileReport | None
) -> Iterator[ErrorItem]:
    """The portal's KKBPK rules that need the population (and profile) report, located in ``report``.

    The single place these rules live: :meth:`FamilyPlanningReport.validate_against`
    and :class:`~kampungkb.kampung.KampungHistory` both use it.
    """
    if not isinstance(report, FamilyPlanningReport):
        raise ValidationError.single((), f"expected a FamilyPlanningReport, found {describe(report)}", ErrorCode.TYPE)
    if not isinstance(population, PopulationReport):
        raise ValidationError.single(
            (),
            f"expected the PopulationReport the KKBPK report builds on, found {describe(population)}",
            ErrorCode.TYPE,
        )
    if profile is not None and not isinstance(profile, ProfileReport):
        raise ValidationError.single((), f"expected a ProfileReport or None, found {describe(profile)}", ErrorCode.TYPE)
    families = {entry.kind: entry.count for entry in population.family_counts}
    couples = families[FamilyCount.COUPLES_OF_CHILDBEARING_AGE]
    users, non_users = report.total_users, report.total_non_users
    if users + non_users != couples:
        yield ErrorItem(
            ("contraceptive_users",),
            f"users ({users}) + non-users ({non_users}) = {users + non_users}, but the population report "
            f"counts {couples} couples of childbearing age (PUS)",
            ErrorCode.INVARIANT,
        )
    absent = () if profile is None else {answer.poktan for answer in profile.poktan if not answer.present}
    denominators = _denominators()
    for index, entry in enumerate(report.poktan_participation):
        where = ("poktan_participation", index, "count")
        denominator = denominators.get(entry.poktan)
        if denominator is not None and entry.count > families[denominator]:
            yield ErrorItem(
                where,
                f"{entry.count} families in {entry.poktan.portal_label}, more than the "
                f"{families[denominator]} of '{denominator.label}' in the population report",
                ErrorCode.INVARIANT,
            )
        if entry.poktan in absent and entry.count != 0:
            yield ErrorItem(
                where,
                f"the profile says the kampung has no {entry.poktan.portal_label}, so its count is 0, "
                f"found {entry.count}",
                ErrorCode.INVARIANT,
            )
    people = population.total_population
    if report.bpjs_users > people:
        yield ErrorItem(
            ("bpjs_users",),
            f"{report.bpjs_users} BPJS users, more than the population of {people}",
            ErrorCode.INVARIANT,
        )


def _pairs(rows: Any, name: str, id_key: str, lookup: Any, errors: list[ErrorItem]) -> Iterator[tuple[Any, int]]:
    for index, row in portal_rows(rows, name, errors):
        value = read_key(row, id_key, lookup, (name, index), errors)
        number = read_key(row, "jumlah", count_value, (name, index), errors)
        if value is not None and number is not None:
            yield value, number
