"""A kampung's figures as a source states them: any subset of the totals, with an optional as-of date.

A news report or a portal page often gives a kampung's population, its PUS and
its KB users — with no age table, no method breakdown and sometimes no date.
:class:`KampungStatistics` records exactly those figures; the rules check only
what is stated. A full portal report yields its summary (:func:`summarize`);
a summary is never a report (it has no period, no creation time and no breakdown).

>>> from kampungkb.dates import PartialDate
>>> stats = KampungStatistics(as_of=PartialDate(2022), couples_of_childbearing_age=320, users=250, non_users=70)
>>> stats.stated()
('couples_of_childbearing_age', 'users', 'non_users')
"""

from __future__ import annotations

from collections.abc import Iterator

from .._core import field, model
from ..dates import PartialDate
from ..errors import ErrorCode, ErrorItem
from ._family_planning import ContraceptiveUsers, FamilyPlanningReport, PoktanParticipation
from ._population import PopulationReport
from ._rules import unique_items
from ._vocab import ContraceptiveMethod, FamilyCount

__all__ = ["KampungStatistics", "summarize"]

_FIGURES = (
    "population",
    "families",
    "couples_of_childbearing_age",
    "users",
    "non_users",
    "long_acting_users",
)


@model(kw_only=True)
class KampungStatistics:
    """A kampung's figures as a source states them: each one optional, checked as far as they go.

    Any subset of: the population (*jumlah jiwa*), families, couples of
    childbearing age (PUS), KB users (*peserta KB aktif*), non-users, long-acting
    users (MKJP), users per method and families per poktan; ``as_of`` is the
    date the figures describe, as precisely as the source gives it (or None).
    At least one figure is stated. The rules, each checked only when its
    figures are stated: users + non-users = PUS; users ≤ PUS and non-users ≤
    PUS; PUS ≤ population and families ≤ population; the stated methods add up
    to no more than the users (exactly the users when all seven are stated);
    MKJP ≤ users; the stated long-acting methods add up to no more than MKJP
    (exactly MKJP when all are stated), and MKJP plus the stated short-acting
    methods to no more than the users; each poktan's families ≤ the families.

    >>> KampungStatistics(couples_of_childbearing_age=300, users=250, non_users=70)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.couples_of_childbearing_age: users (250) + non-users (70) = 320, but the PUS is 300 [invariant]
    """

    as_of: PartialDate | None = field(default=None, description="the date the figures describe, when stated")
    population: int | None = field(default=None, ge=0, description="jumlah jiwa: everyone counted")
    families: int | None = field(default=None, ge=0, description="jumlah keluarga")
    couples_of_childbearing_age: int | None = field(default=None, ge=0, description="pasangan usia subur (PUS)")
    users: int | None = field(default=None, ge=0, description="peserta KB aktif: couples using any method")
    non_users: int | None = field(default=None, ge=0, description="couples using no method")
    long_acting_users: int | None = field(default=None, ge=0, description="MKJP users: long-acting methods")
    users_by_method: tuple[ContraceptiveUsers, ...] = field(default=(), description="users of the stated methods")
    poktan_participation: tuple[PoktanParticipation, ...] = field(
        default=(), description="families taking part, for the stated poktan"
    )

    def stated(self) -> tuple[str, ...]:
        """The names of the single figures the source states, in field order (``as_of`` and lists aside).

        >>> KampungStatistics(population=1200).stated()
        ('population',)
        """
        return tuple(name for name in _FIGURES if getattr(self, name) is not None)

    def users_of(self, method: ContraceptiveMethod) -> int | None:
        """Couples using ``method``, or None when the source does not state it.

        >>> KampungStatistics(users_by_method=(ContraceptiveUsers(ContraceptiveMethod.IUD, 12),)).users_of(
        ...     ContraceptiveMethod.PILL) is None
        True
        """
        return next((entry.count for entry in self.users_by_method if entry.method is method), None)

    def _invariants(self) -> Iterator[ErrorItem]:
        if not self.stated() and not self.users_by_method and not self.poktan_participation:
            yield ErrorItem((), "state at least one figure", ErrorCode.INVARIANT)
        yield from unique_items(tuple(entry.method for entry in self.users_by_method), "users_by_method")
        yield from unique_items(tuple(entry.poktan for entry in self.poktan_participation), "poktan_participation")
        yield from _couple_rules(self)
        yield from _method_rules(self)
        families = self.families
        if families is not None:
            for index, entry in enumerate(self.poktan_participation):
                if entry.count > families:
                    yield ErrorItem(
                        ("poktan_participation", index, "count"),
                        f"{entry.count} families in {entry.poktan.label}, but only {families} families",
                        ErrorCode.INVARIANT,
                    )


def _over(path: str, what: str, value: int, limit_name: str, limit: int) -> ErrorItem:
    return ErrorItem((path,), f"{value} {what}, more than {limit_name} ({limit})", ErrorCode.INVARIANT)


def _couple_rules(stats: KampungStatistics) -> Iterator[ErrorItem]:
    pus, users, non_users = stats.couples_of_childbearing_age, stats.users, stats.non_users
    population = stats.population
    if pus is not None and users is not None and non_users is not None:
        if users + non_users != pus:
            yield ErrorItem(
                ("couples_of_childbearing_age",),
                f"users ({users}) + non-users ({non_users}) = {users + non_users}, but the PUS is {pus}",
                ErrorCode.INVARIANT,
            )
    elif pus is not None:
        if users is not None and users > pus:
            yield _over("users", "users", users, "the PUS", pus)
        if non_users is not None and non_users > pus:
            yield _over("non_users", "non-users", non_users, "the PUS", pus)
    if population is not None:
        if pus is not None and pus > population:
            yield _over("couples_of_childbearing_age", "couples (PUS)", pus, "the population", population)
        if stats.families is not None and stats.families > population:
            yield _over("families", "families", stats.families, "the population", population)


def _method_rules(stats: KampungStatistics) -> Iterator[ErrorItem]:
    users, long_acting = stats.users, stats.long_acting_users
    stated = {entry.method: entry.count for entry in stats.users_by_method}
    total = sum(stated.values())
    long_stated = sum(count for method, count in stated.items() if method.is_long_acting)
    short_stated = total - long_stated
    every_method = len(stated) == len(ContraceptiveMethod)
    every_long = all(method in stated for method in ContraceptiveMethod if method.is_long_acting)
    if users is not None:
        if every_method and total != users:
            yield ErrorItem(
                ("users_by_method",),
                f"all seven methods add up to {total}, but the users are {users}",
                ErrorCode.INVARIANT,
            )
        elif total > users:
            yield _over("users_by_method", "users of the stated methods", total, "the users", users)
        if long_acting is not None:
            if long_acting > users:
                yield _over("long_acting_users", "MKJP users", long_acting, "the users", users)
            elif long_acting + short_stated > users:
                yield _over(
                    "long_acting_users",
                    "MKJP users and users of the stated short-acting methods",
                    long_acting + short_stated,
                    "the users",
                    users,
                )
    if long_acting is not None:
        if every_long and long_stated != long_acting:
            yield ErrorItem(
                ("users_by_method",),
                f"the long-acting methods add up to {long_stated}, but the MKJP users are {long_acting}",
                ErrorCode.INVARIANT,
            )
        elif long_stated > long_acting:
            yield _over(
                "users_by_method", "users of the stated long-acting methods", long_stated, "the MKJP users", long_acting
            )


def summarize(
    population: PopulationReport | None = None, kkbpk: FamilyPlanningReport | None = None
) -> KampungStatistics:
    """The summary of a kampung's full portal reports: totals only, dated by their period.

    ``as_of`` is the reports' month when they share it (or the one report's
    month); reports of different months give no single date, so ``as_of`` is
    None. Give at least one report.

    >>> from kampungkb.examples import example_history
    >>> history = example_history()
    >>> stats = summarize(history.current_population, history.current_kkbpk)
    >>> stats.couples_of_childbearing_age == stats.users + stats.non_users, str(stats.as_of)
    (True, '2023-03')
    """
    periods = {report.period for report in (population, kkbpk) if report is not None}
    as_of = None
    if len(periods) == 1:
        (period,) = periods
        as_of = PartialDate(period.year, period.month)
    return KampungStatistics(
        as_of=as_of,
        population=None if population is None else population.total_population,
        families=None if population is None else population.family(FamilyCount.FAMILIES),
        couples_of_childbearing_age=(
            None if population is None else population.family(FamilyCount.COUPLES_OF_CHILDBEARING_AGE)
        ),
        users=None if kkbpk is None else kkbpk.total_users,
        non_users=None if kkbpk is None else kkbpk.total_non_users,
        long_acting_users=(
            None
            if kkbpk is None
            else sum(entry.count for entry in kkbpk.contraceptive_users if entry.method.is_long_acting)
        ),
        users_by_method=() if kkbpk is None else kkbpk.contraceptive_users,
        poktan_participation=() if kkbpk is None else kkbpk.poktan_participation,
    )
