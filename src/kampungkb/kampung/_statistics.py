"""A kampung's figures as a source states them: any subset of the totals, with an optional as-of date.

A news report or a portal page often gives a kampung's population, its PUS and
its KB users — with no age table, no method breakdown and sometimes no date.
:class:`KampungStatistics` records exactly those figures; the rules check only
what is stated. A full portal report yields its summary (:func:`summarize`);
a summary is never a report (it has no period, no creation time and no breakdown).

Each figure is a :class:`Count`: exact, or as the source qualifies it ("lebih dari 1.000
PUS", "sekitar 300 akseptor"); the rules check qualified figures as far as their bounds go.

>>> from kampungkb.dates import PartialDate
>>> stats = KampungStatistics(as_of=PartialDate(2022), couples_of_childbearing_age=Count(320), users=Count(250),
...                           non_users=Count(70))
>>> stats.stated()
('couples_of_childbearing_age', 'users', 'non_users')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .._core import field, model
from ..dates import PartialDate
from ..errors import ErrorCode, ErrorItem
from ._count import Count, count_sum_problem, sum_bounds
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
    At least one figure is stated. Each single figure is a :class:`Count`, exact
    or qualified ("lebih dari 1.000", "sekitar 300"; on JSON input its text form
    is accepted too); the per-method and per-poktan counts are exact.

    The rules, each checked only when its figures are stated: users + non-users
    = PUS; users ≤ PUS and non-users ≤ PUS; PUS ≤ population and families ≤
    population; the stated methods add up to no more than the users (exactly
    the users when all seven are stated); MKJP ≤ users; the stated long-acting
    methods add up to no more than MKJP (exactly MKJP when all are stated), and
    MKJP plus the stated short-acting methods to no more than the users; each
    poktan's families ≤ the families. Qualified figures are checked by their
    bounds (see :func:`count_sum_problem`): a sum is refused only when no true
    counts within the bounds could make it hold, and an "about" figure bounds
    nothing, so it is never checked as if it were exact.

    >>> KampungStatistics(couples_of_childbearing_age=Count(300), users=Count(250), non_users=Count(70))
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.couples_of_childbearing_age: users (250) + non-users (70) = 320, but the PUS is 300 [invariant]
    >>> from kampungkb.kampung import CountQualifier
    >>> at_least = CountQualifier.AT_LEAST
    >>> KampungStatistics(couples_of_childbearing_age=Count(1000, at_least), users=Count(800), non_users=Count(150))
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.couples_of_childbearing_age: users (800) + non-users (150) = 950, but the PUS is lebih dari 1.000 [invariant]
    >>> KampungStatistics(couples_of_childbearing_age=Count(1000, CountQualifier.ABOUT), users=Count(800),
    ...                   non_users=Count(150)).stated()
    ('couples_of_childbearing_age', 'users', 'non_users')
    """

    as_of: PartialDate | None = field(default=None, description="the date the figures describe, when stated")
    population: Count | None = field(default=None, description="jumlah jiwa: everyone counted")
    families: Count | None = field(default=None, description="jumlah keluarga")
    couples_of_childbearing_age: Count | None = field(default=None, description="pasangan usia subur (PUS)")
    users: Count | None = field(default=None, description="peserta KB aktif: couples using any method")
    non_users: Count | None = field(default=None, description="couples using no method")
    long_acting_users: Count | None = field(default=None, description="MKJP users: long-acting methods")
    users_by_method: tuple[ContraceptiveUsers, ...] = field(default=(), description="users of the stated methods")
    poktan_participation: tuple[PoktanParticipation, ...] = field(
        default=(), description="families taking part, for the stated poktan"
    )

    def stated(self) -> tuple[str, ...]:
        """The names of the single figures the source states, in field order (``as_of`` and lists aside).

        >>> KampungStatistics(population=Count(1200)).stated()
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
                if _exceeds((Count(entry.count),), families):
                    yield ErrorItem(
                        ("poktan_participation", index, "count"),
                        f"{entry.count} families in {entry.poktan.label}, but the families are {families}",
                        ErrorCode.INVARIANT,
                    )


def _exceeds(parts: Iterable[Count], limit: Count) -> bool:
    """Whether ``parts`` must add up to more than ``limit`` allows (some of a whole: never too few)."""
    return count_sum_problem(parts, limit, complete=False) is not None


def _sum_text(parts: Iterable[Count]) -> str:
    """What ``parts`` add up to, as far as their bounds say: "320", "at least 320", "300 to 320"."""
    least, most = sum_bounds(parts)
    if most is None:
        return f"at least {least}"
    return f"{least}" if least == most else f"{least} to {most}"


def _over(path: str, what: str, parts: tuple[Count, ...], limit_name: str, limit: Count) -> Iterator[ErrorItem]:
    """The error when ``parts`` (a figure, or a sum of some) exceed ``limit``; nothing when they may not."""
    if _exceeds(parts, limit):
        value = str(parts[0]) if len(parts) == 1 else _sum_text(parts)
        yield ErrorItem((path,), f"{value} {what}, more than {limit_name} ({limit})", ErrorCode.INVARIANT)


def _couple_rules(stats: KampungStatistics) -> Iterator[ErrorItem]:
    pus, users, non_users = stats.couples_of_childbearing_age, stats.users, stats.non_users
    population = stats.population
    if pus is not None and users is not None and non_users is not None:
        if count_sum_problem((users, non_users), pus) is not None:
            yield ErrorItem(
                ("couples_of_childbearing_age",),
                f"users ({users}) + non-users ({non_users}) = {_sum_text((users, non_users))}, but the PUS is {pus}",
                ErrorCode.INVARIANT,
            )
    elif pus is not None:
        if users is not None:
            yield from _over("users", "users", (users,), "the PUS", pus)
        if non_users is not None:
            yield from _over("non_users", "non-users", (non_users,), "the PUS", pus)
    if population is not None:
        if pus is not None:
            yield from _over("couples_of_childbearing_age", "couples (PUS)", (pus,), "the population", population)
        if stats.families is not None:
            yield from _over("families", "families", (stats.families,), "the population", population)


def _method_rules(stats: KampungStatistics) -> Iterator[ErrorItem]:
    users, long_acting = stats.users, stats.long_acting_users
    stated = {entry.method: Count(entry.count) for entry in stats.users_by_method}
    every = tuple(stated.values())
    long_stated = tuple(count for method, count in stated.items() if method.is_long_acting)
    short_stated = tuple(count for method, count in stated.items() if not method.is_long_acting)
    every_method = len(stated) == len(ContraceptiveMethod)
    every_long = all(method in stated for method in ContraceptiveMethod if method.is_long_acting)
    if users is not None:
        yield from _methods_fit(
            every,
            users,
            every=every_method,
            all_name="all seven methods",
            some_name="stated methods",
            total_name="users",
        )
        if long_acting is not None:
            if _exceeds((long_acting,), users):
                yield from _over("long_acting_users", "MKJP users", (long_acting,), "the users", users)
            else:
                yield from _over(
                    "long_acting_users",
                    "MKJP users and users of the stated short-acting methods",
                    (long_acting, *short_stated),
                    "the users",
                    users,
                )
    if long_acting is not None:
        yield from _methods_fit(
            long_stated,
            long_acting,
            every=every_long,
            all_name="the long-acting methods",
            some_name="stated long-acting methods",
            total_name="MKJP users",
        )


def _methods_fit(
    parts: tuple[Count, ...], total: Count, *, every: bool, all_name: str, some_name: str, total_name: str
) -> Iterator[ErrorItem]:
    """Methods and the figure they make up: all of them must be able to make it, some must not exceed it."""
    if not every:
        yield from _over("users_by_method", f"users of the {some_name}", parts, f"the {total_name}", total)
    elif count_sum_problem(parts, total) is not None:
        yield ErrorItem(
            ("users_by_method",),
            f"{all_name} add up to {_sum_text(parts)}, but the {total_name} are {total}",
            ErrorCode.INVARIANT,
        )


def summarize(
    population: PopulationReport | None = None, kkbpk: FamilyPlanningReport | None = None
) -> KampungStatistics:
    """The summary of a kampung's full portal reports: totals only, exact, dated by their period.

    ``as_of`` is the reports' month when they share it (or the one report's
    month); reports of different months give no single date, so ``as_of`` is
    None. Every figure is an exact :class:`Count` (the reports count). Give at
    least one report.

    >>> from kampungkb.examples import example_history
    >>> history = example_history()
    >>> stats = summarize(history.current_population, history.current_kkbpk)
    >>> stats.users.is_exact, stats.couples_of_childbearing_age.value == stats.users.value + stats.non_users.value
    (True, True)
    >>> str(stats.as_of)
    '2023-03'
    """
    periods = {report.period for report in (population, kkbpk) if report is not None}
    as_of = None
    if len(periods) == 1:
        (period,) = periods
        as_of = PartialDate(period.year, period.month)
    return KampungStatistics(
        as_of=as_of,
        population=None if population is None else Count(population.total_population),
        families=None if population is None else Count(population.family(FamilyCount.FAMILIES)),
        couples_of_childbearing_age=(
            None if population is None else Count(population.family(FamilyCount.COUPLES_OF_CHILDBEARING_AGE))
        ),
        users=None if kkbpk is None else Count(kkbpk.total_users),
        non_users=None if kkbpk is None else Count(kkbpk.total_non_users),
        long_acting_users=(
            None
            if kkbpk is None
            else Count(sum(entry.count for entry in kkbpk.contraceptive_users if entry.method.is_long_acting))
        ),
        users_by_method=() if kkbpk is None else kkbpk.contraceptive_users,
        poktan_participation=() if kkbpk is None else kkbpk.poktan_participation,
    )
