"""Strategies for :mod:`kampungkb.kampung` (requires hypothesis).

Every strategy builds VALID objects by construction: counts that must add up
are drawn as parts and summed, capped counts are drawn below their caps, and
conditional fields are drawn only when their condition holds. Nothing is
filtered. :func:`kampung_strategy_for_type` maps each public model of
:mod:`kampungkb.kampung` to its strategy.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ..kampung import (
    AgeBand,
    AgeSexCount,
    AreaCriterion,
    CommunityPlan,
    ContraceptiveMethod,
    ContraceptiveUsers,
    Count,
    CoverageLevel,
    DataUse,
    DuplicatePair,
    DuplicateReason,
    FamilyCount,
    FamilyFunction,
    FamilyPlanningReport,
    FamilyTotal,
    Frequency,
    FundingSource,
    KampungHistory,
    KampungKB,
    KampungStatistics,
    MainCriterion,
    NonUseReason,
    NonUsers,
    OperationalMechanism,
    OperationalRoutine,
    PlkbSupervisorKind,
    PlkbSupport,
    Pokja,
    PokjaDecree,
    PokjaMember,
    PokjaPosition,
    Poktan,
    PoktanParticipation,
    PoktanPresence,
    PopulationReport,
    PortalCriterion,
    ProfileReport,
    Regulation,
    RegulationLevel,
    ReportPeriod,
    SelectionCriteria,
    Sex,
    SpecialCriterion,
)
from ..people import PersonName
from ..regions import Location, RegionLevel
from ._counts import counts, draw_consistent_total
from ._dates import partial_dates
from ._regions import locations, region_codes
from ._text import labels, lines, text

__all__ = [
    "age_sex_counts",
    "community_plans",
    "contraceptive_users",
    "duplicate_pairs",
    "family_planning_reports",
    "family_totals",
    "kampung_histories",
    "kampung_kbs",
    "kampung_statistics",
    "kampung_strategy_for_type",
    "non_users",
    "operational_routines",
    "plkb_supports",
    "pokja_decrees",
    "pokja_members",
    "pokjas",
    "poktan_participations",
    "poktan_presences",
    "population_reports",
    "profile_reports",
    "regulations",
    "report_periods",
    "selection_criteria",
]

E = TypeVar("E", bound=enum.Enum)

_EARLIEST = _dt.datetime(2016, 1, 1)
_LATEST = _dt.datetime(2035, 12, 31, 23, 59, 59)
_WIB = _dt.timezone(_dt.timedelta(hours=7), "WIB")
_COUNTS = st.integers(0, 5000)


def kampung_strategy_for_type() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """Each public model of :mod:`kampungkb.kampung`, with the function giving its default strategy.

    >>> kampung_strategy_for_type()[KampungKB] is kampung_kbs
    True
    """
    return {
        AgeSexCount: age_sex_counts,
        CommunityPlan: community_plans,
        ContraceptiveUsers: contraceptive_users,
        DuplicatePair: duplicate_pairs,
        FamilyPlanningReport: family_planning_reports,
        FamilyTotal: family_totals,
        KampungHistory: kampung_histories,
        KampungKB: kampung_kbs,
        KampungStatistics: kampung_statistics,
        NonUsers: non_users,
        OperationalRoutine: operational_routines,
        PlkbSupport: plkb_supports,
        Pokja: pokjas,
        PokjaDecree: pokja_decrees,
        PoktanParticipation: poktan_participations,
        PoktanPresence: poktan_presences,
        PopulationReport: population_reports,
        ProfileReport: profile_reports,
        Regulation: regulations,
        ReportPeriod: report_periods,
        SelectionCriteria: selection_criteria,
    }


# ---------------------------------------------------------------------------
# The kampung


def report_periods() -> st.SearchStrategy[ReportPeriod]:
    """Valid :class:`~kampungkb.kampung.ReportPeriod` values, 2016–2035 (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(report_periods())
    ... def check(period):
    ...     assert 1 <= period.month <= 12
    >>> check()
    """
    return st.builds(ReportPeriod, st.integers(1, 12), st.integers(2016, 2035))


def selection_criteria() -> st.SearchStrategy[SelectionCriteria]:
    """Valid :class:`~kampungkb.kampung.SelectionCriteria`: each value at most once (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(selection_criteria())
    ... def check(criteria):
    ...     assert len(set(criteria.area)) == len(criteria.area)
    >>> check()
    """
    return st.builds(
        SelectionCriteria,
        portal=_subsets(PortalCriterion),
        main=_subsets(MainCriterion),
        area=_subsets(AreaCriterion),
        special=_subsets(SpecialCriterion),
    )


def kampung_kbs(
    *,
    location: st.SearchStrategy[Location] | None = None,
    name: st.SearchStrategy[str] | None = None,
    active: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[KampungKB]:
    """Valid :class:`~kampungkb.kampung.KampungKB` values (requires hypothesis).

    ``location`` must draw village-level locations (the default does).

    >>> from hypothesis import given
    >>> @given(kampung_kbs())
    ... def check(kampung):
    ...     assert kampung.launch_date.year >= 2016
    >>> check()
    """
    return st.builds(
        KampungKB,
        id=st.none() | st.integers(1, 2**31 - 1),
        name=name if name is not None else labels(max_size=255),
        location=location if location is not None else locations(code=region_codes(level=RegionLevel.VILLAGE)),
        launch_date=partial_dates(min_value=_dt.date(2016, 1, 1), max_value=_dt.date(2035, 12, 31)),
        coverage=st.none() | st.sampled_from(CoverageLevel),
        criteria=selection_criteria(),
        active=active if active is not None else st.booleans(),
        model_for_regency=st.booleans(),
        model_for_province=st.booleans(),
        description=st.none() | _non_blank(500),
        photo=st.none() | _paths(),
        structure_photo=st.none() | _paths(),
    )


@st.composite
def kampung_statistics(draw: st.DrawFn) -> KampungStatistics:
    """Valid :class:`~kampungkb.kampung.KampungStatistics`: every subset of figures, every qualifier,
    consistent by construction (requires hypothesis).

    Methods and poktan are drawn first (exact, as the model counts them); each figure that
    bounds them is then drawn, with any qualifier, from the totals the stated parts can make
    (:func:`~kampungkb.testing.strategies.consistent_totals`): a sum of all its parts when
    they are all stated, otherwise one that is never less than the parts need.

    >>> from hypothesis import given
    >>> @given(kampung_statistics())
    ... def check(stats):
    ...     assert stats.stated() or stats.users_by_method or stats.poktan_participation
    >>> check()
    """
    maybe = _BOOLEANS
    methods = draw(st.lists(st.sampled_from(ContraceptiveMethod), unique=True, max_size=len(ContraceptiveMethod)))
    by_method = tuple(ContraceptiveUsers(method, draw(_COUNTS)) for method in methods)
    long_stated = [Count(entry.count) for entry in by_method if entry.method.is_long_acting]
    short_sum = sum(entry.count for entry in by_method if not entry.method.is_long_acting)
    every_long = all(method in methods for method in ContraceptiveMethod if method.is_long_acting)
    every_method = len(methods) == len(ContraceptiveMethod)
    long_acting = draw_consistent_total(draw, long_stated, complete=every_long) if draw(maybe) else None
    users = None
    if draw(maybe):
        # Users bound the stated methods (all seven: their sum), and MKJP with the short-acting methods.
        mkjp_and_short = (0 if long_acting is None else long_acting.bounds[0]) + short_sum
        needed = max(sum(entry.count for entry in by_method), mkjp_and_short)
        users = draw_consistent_total(draw, [Count(needed)], complete=every_method)
    non_users = draw(_MAYBE_COUNTS)
    pus = None
    if draw(maybe):
        if users is not None and non_users is not None:
            pus = draw_consistent_total(draw, [users, non_users])
        else:
            pus = _at_least(draw, users, non_users)
    poktan = draw(st.lists(st.sampled_from(Poktan), unique=True, max_size=5))
    participation = tuple(PoktanParticipation(item, draw(_COUNTS)) for item in poktan)
    families = None
    if draw(maybe):
        families = _at_least(draw, *(Count(entry.count) for entry in participation))
    population = _at_least(draw, pus, families) if draw(maybe) else None
    if not (by_method or participation or any(v is not None for v in (users, non_users, pus, families, population))):
        population = draw(_ALL_COUNTS)
    return KampungStatistics(
        as_of=draw(st.none() | partial_dates(min_value=_dt.date(2016, 1, 1), max_value=_dt.date(2035, 12, 31))),
        population=population,
        families=families,
        couples_of_childbearing_age=pus,
        users=users,
        non_users=non_users,
        long_acting_users=long_acting,
        users_by_method=by_method,
        poktan_participation=participation,
    )


_BOOLEANS = st.booleans()
_ALL_COUNTS = counts()
_MAYBE_COUNTS = st.none() | _ALL_COUNTS


def _at_least(draw: st.DrawFn, *figures: Count | None) -> Count:
    """A figure, of any qualifier, that no stated one of ``figures`` must exceed (each is some of it)."""
    needed = max((figure.bounds[0] for figure in figures if figure is not None), default=0)
    return draw_consistent_total(draw, [Count(needed)], complete=False)


def duplicate_pairs() -> st.SearchStrategy[DuplicatePair]:
    """Valid :class:`~kampungkb.kampung.DuplicatePair` values: the second index after the first.

    >>> from hypothesis import given
    >>> @given(duplicate_pairs())
    ... def check(pair):
    ...     assert pair.first < pair.second
    >>> check()
    """
    return st.builds(
        lambda first, gap, village, reason: DuplicatePair(
            first=first, second=first + gap, village=village, reason=reason
        ),
        st.integers(0, 10_000),
        st.integers(1, 10_000),
        region_codes(level=RegionLevel.VILLAGE),
        st.sampled_from(DuplicateReason),
    )


# ---------------------------------------------------------------------------
# The Pokja


def pokja_decrees() -> st.SearchStrategy[PokjaDecree]:
    """Valid :class:`~kampungkb.kampung.PokjaDecree` values (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(pokja_decrees())
    ... def check(decree):
    ...     assert decree.issuer.strip()
    >>> check()
    """
    return st.builds(
        PokjaDecree,
        number=st.none() | lines(max_size=60),
        date=st.none() | partial_dates(min_value=_dt.date(2016, 1, 1), max_value=_dt.date(2035, 12, 31)),
        issuer=st.just("Kepala Desa/Lurah") | lines(max_size=100),
    )


def pokja_members() -> st.SearchStrategy[PokjaMember]:
    """Valid Pokja members: a section (family function) exactly for section members (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(pokja_members())
    ... def check(member):
    ...     assert (member.section is None) == (member.position is not PokjaPosition.SECTION_MEMBER)
    >>> check()
    """

    @st.composite
    def build(draw: st.DrawFn) -> PokjaMember:
        position = draw(st.sampled_from(PokjaPosition))
        section = draw(st.sampled_from(FamilyFunction)) if position is PokjaPosition.SECTION_MEMBER else None
        return PokjaMember(name=PersonName(draw(st.sampled_from(_NAMES))), position=position, section=section)

    return build()


def pokjas(*, exists: st.SearchStrategy[bool] | None = None) -> st.SearchStrategy[Pokja]:
    """Valid :class:`~kampungkb.kampung.Pokja` values: no Pokja means no SK, no training, zero counts.

    >>> from hypothesis import given
    >>> @given(pokjas())
    ... def check(pokja):
    ...     assert pokja.trained_count <= pokja.member_count
    >>> check()
    """
    decrees, members = pokja_decrees(), pokja_members()

    @st.composite
    def build(draw: st.DrawFn) -> Pokja:
        if not draw(exists if exists is not None else st.booleans()):
            return Pokja(exists=False)
        count = draw(st.integers(0, 300))  # 0: a count the portal's server let through (Pokja.gaps)
        trained = draw(st.booleans())
        return Pokja(
            exists=True,
            decree=draw(st.none() | decrees),
            trained=trained,
            training_description=draw(_non_blank(255)) if trained else None,
            member_count=count,
            trained_count=draw(st.integers(0, count)),
            members=tuple(draw(st.lists(members, max_size=4))),
        )

    return build()


# ---------------------------------------------------------------------------
# The profile report


def poktan_presences() -> st.SearchStrategy[PoktanPresence]:
    """Valid :class:`~kampungkb.kampung.PoktanPresence` values (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(poktan_presences())
    ... def check(answer):
    ...     assert isinstance(answer.present, bool)
    >>> check()
    """
    return st.builds(PoktanPresence, st.sampled_from(Poktan), st.booleans())


def plkb_supports() -> st.SearchStrategy[PlkbSupport]:
    """Valid :class:`~kampungkb.kampung.PlkbSupport`: a NIP with a PLKB, a supervisor kind without.

    >>> from hypothesis import given
    >>> @given(plkb_supports())
    ... def check(plkb):
    ...     assert (plkb.nip is None) == (plkb.supervisor is not None)
    >>> check()
    """

    @st.composite
    def build(draw: st.DrawFn) -> PlkbSupport:
        name, contact = draw(labels(max_size=100)), draw(st.none() | lines(max_size=60))
        if draw(st.booleans()):
            nip = draw(st.text("0123456789", min_size=18, max_size=18))
            return PlkbSupport(accompanied=True, nip=nip, name=name, contact=contact)
        kind = draw(st.sampled_from(PlkbSupervisorKind))
        other = draw(lines(max_size=100)) if kind is PlkbSupervisorKind.OTHER else draw(st.none() | lines(max_size=100))
        return PlkbSupport(accompanied=False, name=name, contact=contact, supervisor=kind, supervisor_other=other)

    return build()


def regulations() -> st.SearchStrategy[Regulation]:
    """Valid :class:`~kampungkb.kampung.Regulation`: levels exactly when there is a regulation.

    >>> from hypothesis import given
    >>> @given(regulations())
    ... def check(regulation):
    ...     assert regulation.present == bool(regulation.levels)
    >>> check()
    """
    present = st.lists(st.sampled_from(RegulationLevel), min_size=1, unique=True).map(
        lambda levels: Regulation(present=True, levels=tuple(levels))
    )
    return present | st.just(Regulation(present=False))


def community_plans() -> st.SearchStrategy[CommunityPlan]:
    """Valid :class:`~kampungkb.kampung.CommunityPlan`: data uses exactly when data were used.

    >>> from hypothesis import given
    >>> @given(community_plans())
    ... def check(plan):
    ...     assert bool(plan.data_uses) == (plan.uses_data is True)
    >>> check()
    """

    @st.composite
    def build(draw: st.DrawFn) -> CommunityPlan:
        has_plan = draw(st.booleans())
        uses_data = draw(st.booleans() if has_plan else st.none() | st.booleans())
        uses = draw(st.lists(st.sampled_from(DataUse), min_size=1, unique=True)) if uses_data else []
        return CommunityPlan(
            has_plan=has_plan, uses_data=uses_data, data_uses=tuple(uses), document=draw(st.none() | _paths())
        )

    return build()


def operational_routines(
    *, mechanism: st.SearchStrategy[OperationalMechanism] | None = None
) -> st.SearchStrategy[OperationalRoutine]:
    """Valid :class:`~kampungkb.kampung.OperationalRoutine`: a frequency when performed, text for Lainnya.

    >>> from hypothesis import given
    >>> @given(operational_routines())
    ... def check(routine):
    ...     assert routine.frequency is not None or not routine.performed
    >>> check()
    """
    mechanisms = mechanism if mechanism is not None else st.sampled_from(OperationalMechanism)

    @st.composite
    def build(draw: st.DrawFn) -> OperationalRoutine:
        performed = draw(st.booleans())
        frequencies = st.sampled_from(Frequency)
        frequency = draw(frequencies if performed else st.none() | frequencies)
        other = draw(lines(max_size=100)) if frequency is Frequency.OTHER else None
        return OperationalRoutine(
            mechanism=draw(mechanisms), performed=performed, frequency=frequency, frequency_other=other
        )

    return build()


def profile_reports(
    *,
    period: st.SearchStrategy[ReportPeriod] | None = None,
    created: st.SearchStrategy[_dt.datetime] | None = None,
) -> st.SearchStrategy[ProfileReport]:
    """Valid :class:`~kampungkb.kampung.ProfileReport` values (requires hypothesis).

    Every portal poktan and every routine is answered once, in a drawn order;
    Posyandu and Dashat are sometimes answered too.

    >>> from hypothesis import given
    >>> @given(profile_reports())
    ... def check(report):
    ...     assert report.has(Poktan.BKB) is not None
    >>> check()
    """
    asked = [p for p in Poktan if p.in_profile_report]
    extra = [p for p in Poktan if not p.in_profile_report]
    chosen = st.lists(st.sampled_from(extra), unique=True).map(lambda more: asked + more)
    answers = chosen.flatmap(st.permutations).flatmap(
        lambda order: st.tuples(*(st.builds(PoktanPresence, st.just(p), st.booleans()) for p in order))
    )
    routines = st.permutations(list(OperationalMechanism)).flatmap(
        lambda order: st.tuples(*(operational_routines(mechanism=st.just(m)) for m in order))
    )
    return st.builds(
        ProfileReport,
        period=period if period is not None else report_periods(),
        created=created if created is not None else _created(),
        poktan=answers,
        pokja=pokjas(),
        plkb=plkb_supports(),
        regulation=regulations(),
        community_plan=community_plans(),
        funding_sources=_subsets(FundingSource),
        operations=routines,
    )


# ---------------------------------------------------------------------------
# The population report


def age_sex_counts() -> st.SearchStrategy[AgeSexCount]:
    """Valid :class:`~kampungkb.kampung.AgeSexCount` values (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(age_sex_counts())
    ... def check(entry):
    ...     assert entry.count >= 0
    >>> check()
    """
    return st.builds(AgeSexCount, st.sampled_from(AgeBand), st.sampled_from(Sex), _COUNTS)


def family_totals() -> st.SearchStrategy[FamilyTotal]:
    """Valid :class:`~kampungkb.kampung.FamilyTotal` values (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(family_totals())
    ... def check(entry):
    ...     assert entry.count >= 0
    >>> check()
    """
    return st.builds(FamilyTotal, st.sampled_from(FamilyCount), _COUNTS)


def population_reports(
    *,
    period: st.SearchStrategy[ReportPeriod] | None = None,
    created: st.SearchStrategy[_dt.datetime] | None = None,
    counts: st.SearchStrategy[int] | None = None,
) -> st.SearchStrategy[PopulationReport]:
    """Valid :class:`~kampungkb.kampung.PopulationReport` values: all 32 age × sex counts and 6 family counts.

    ``counts`` draws every count (default 0–5000).

    >>> from hypothesis import given
    >>> @given(population_reports())
    ... def check(report):
    ...     assert len(report.age_sex_counts) == 32
    >>> check()
    """
    count = counts if counts is not None else _COUNTS
    period_strategy = period if period is not None else report_periods()
    created_strategy = created if created is not None else _created()

    @st.composite
    def build(draw: st.DrawFn) -> PopulationReport:
        return _population(draw, count, draw(period_strategy), draw(created_strategy))

    return build()


# ---------------------------------------------------------------------------
# The KKBPK report


def poktan_participations() -> st.SearchStrategy[PoktanParticipation]:
    """Valid :class:`~kampungkb.kampung.PoktanParticipation` values, for the five KKBPK poktan.

    >>> from hypothesis import given
    >>> @given(poktan_participations())
    ... def check(entry):
    ...     assert entry.poktan.in_family_planning_report
    >>> check()
    """
    return st.builds(PoktanParticipation, st.sampled_from(_KKBPK_POKTAN), _COUNTS)


def contraceptive_users() -> st.SearchStrategy[ContraceptiveUsers]:
    """Valid :class:`~kampungkb.kampung.ContraceptiveUsers` values (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(contraceptive_users())
    ... def check(entry):
    ...     assert entry.count >= 0
    >>> check()
    """
    return st.builds(ContraceptiveUsers, st.sampled_from(ContraceptiveMethod), _COUNTS)


def non_users() -> st.SearchStrategy[NonUsers]:
    """Valid :class:`~kampungkb.kampung.NonUsers` values (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(non_users())
    ... def check(entry):
    ...     assert entry.count >= 0
    >>> check()
    """
    return st.builds(NonUsers, st.sampled_from(NonUseReason), _COUNTS)


def family_planning_reports(
    *,
    population: PopulationReport | None = None,
    profile: ProfileReport | None = None,
    period: st.SearchStrategy[ReportPeriod] | None = None,
    created: st.SearchStrategy[_dt.datetime] | None = None,
) -> st.SearchStrategy[FamilyPlanningReport]:
    """Valid :class:`~kampungkb.kampung.FamilyPlanningReport` values (requires hypothesis).

    Given a ``population`` report, the users and non-users are drawn as parts
    of its PUS, each poktan's count at most its family count, and BPJS users
    at most its population; given a ``profile`` too, a poktan it marks absent
    counts 0 — so the report passes ``validate_against(population, profile)``.

    >>> from hypothesis import given
    >>> from kampungkb.examples import example_reports
    >>> profile, population, _ = example_reports()
    >>> @given(family_planning_reports(population=population, profile=profile))
    ... def check(report):
    ...     report.validate_against(population, profile)
    >>> check()
    """
    if population is not None and not isinstance(population, PopulationReport):
        raise InvalidArgument(f"population must be a PopulationReport, not {population!r}")
    if profile is not None and not isinstance(profile, ProfileReport):
        raise InvalidArgument(f"profile must be a ProfileReport, not {profile!r}")
    period_strategy = period if period is not None else report_periods()
    created_strategy = created if created is not None else _created()

    @st.composite
    def build(draw: st.DrawFn) -> FamilyPlanningReport:
        return _kkbpk(draw, population, profile, draw(period_strategy), draw(created_strategy))

    return build()


# ---------------------------------------------------------------------------
# The history


def kampung_histories(
    *,
    kampung: st.SearchStrategy[KampungKB] | None = None,
    max_versions: int = 2,
) -> st.SearchStrategy[KampungHistory]:
    """Valid :class:`~kampungkb.kampung.KampungHistory` values (requires hypothesis).

    Up to ``max_versions`` versions of each report are created one after
    another (periods are the months they were created in, as on the portal);
    every KKBPK version is built against the population and profile versions
    current when it was created. Either all creation times are naive or all
    are in WIB (UTC+7).

    >>> from hypothesis import given
    >>> @given(kampung_histories())
    ... def check(history):
    ...     assert (history.current_population is None) <= (history.current_kkbpk is None)
    >>> check()
    """
    if type(max_versions) is not int or max_versions < 0:
        raise InvalidArgument(f"max_versions must be an integer >= 0, not {max_versions!r}")
    kampung_strategy = kampung if kampung is not None else kampung_kbs()
    any_profile = profile_reports()

    @st.composite
    def build(draw: st.DrawFn) -> KampungHistory:
        kkbpk_count = draw(st.integers(0, max_versions))
        population_count = draw(st.integers(1 if kkbpk_count else 0, max(max_versions, 1 if kkbpk_count else 0)))
        counts = {"population": population_count, "profile": draw(st.integers(0, max_versions)), "kkbpk": kkbpk_count}
        kinds = _population_first(draw(st.permutations([kind for kind, n in counts.items() for _ in range(n)])))
        zone = draw(st.sampled_from((None, _WIB)))
        moments = sorted(draw(st.lists(_created(), min_size=len(kinds), max_size=len(kinds), unique=True)))
        populations: list[PopulationReport] = []
        profiles: list[ProfileReport] = []
        kkbpks: list[FamilyPlanningReport] = []
        for kind, naive in zip(kinds, moments, strict=True):
            moment = naive.replace(tzinfo=zone)
            period = ReportPeriod.of(moment)
            if kind == "population":
                populations.append(_population(draw, _COUNTS, period, moment))
            elif kind == "profile":
                profiles.append(_at(draw(any_profile), period, moment))
            else:
                kkbpks.append(_kkbpk(draw, populations[-1], profiles[-1] if profiles else None, period, moment))
        return KampungHistory(
            kampung=draw(kampung_strategy),
            profile_reports=tuple(profiles),
            population_reports=tuple(populations),
            kkbpk_reports=tuple(kkbpks),
        )

    return build()


# ---------------------------------------------------------------------------
# Helpers

_NAMES = ("Siti Aminah", "Budi Santoso", "Sri Wahyuni", "Agus Salim", "Dewi Lestari", "Nur Hidayah", "Eko Prasetyo")
_CELLS = [(band, sex) for band in AgeBand for sex in Sex]
_KKBPK_POKTAN = [p for p in Poktan if p.in_family_planning_report]


def _subsets(vocabulary: type[E]) -> st.SearchStrategy[tuple[E, ...]]:
    return st.lists(st.sampled_from(list(vocabulary)), unique=True).map(tuple)


def _non_blank(max_size: int) -> st.SearchStrategy[str]:
    first = st.characters(codec="utf-8", categories=("L", "N"))
    return st.tuples(first, text(max_size=min(max_size - 1, 60))).map("".join)


def _paths() -> st.SearchStrategy[str]:
    return st.builds("public/{}/gambar.{}".format, st.integers(1, 99999), st.sampled_from(("jpg", "png")))


def _created() -> st.SearchStrategy[_dt.datetime]:
    return st.datetimes(_EARLIEST, _LATEST)


def _parts_of(total: int, count: int) -> st.SearchStrategy[list[int]]:
    """``count`` counts >= 0 that add up to ``total``."""
    cuts = st.lists(st.integers(0, total), min_size=count - 1, max_size=count - 1).map(sorted)
    return cuts.map(lambda points: [b - a for a, b in zip([0, *points], [*points, total], strict=True)])


def _population_first(kinds: list[str]) -> list[str]:
    """The kinds with the first population report moved before the first KKBPK report."""
    if "kkbpk" not in kinds:
        return kinds
    first_kkbpk, first_population = kinds.index("kkbpk"), kinds.index("population")
    if first_population > first_kkbpk:
        kinds = list(kinds)
        kinds[first_kkbpk], kinds[first_population] = kinds[first_population], kinds[first_kkbpk]
    return kinds


def _at(report: ProfileReport, period: ReportPeriod, created: _dt.datetime) -> ProfileReport:
    """The same profile report, dated."""
    return ProfileReport(
        period=period,
        created=created,
        poktan=report.poktan,
        pokja=report.pokja,
        plkb=report.plkb,
        regulation=report.regulation,
        community_plan=report.community_plan,
        funding_sources=report.funding_sources,
        operations=report.operations,
    )


def _population(
    draw: st.DrawFn, count: st.SearchStrategy[int], period: ReportPeriod, created: _dt.datetime
) -> PopulationReport:
    numbers = draw(st.lists(count, min_size=len(_CELLS), max_size=len(_CELLS)))
    cells = [AgeSexCount(band, sex, n) for (band, sex), n in zip(_CELLS, numbers, strict=True)]
    families = [FamilyTotal(kind, draw(count)) for kind in FamilyCount]
    return PopulationReport(
        period=period,
        created=created,
        age_sex_counts=tuple(draw(st.permutations(cells))),
        family_counts=tuple(draw(st.permutations(families))),
    )


def _kkbpk(
    draw: st.DrawFn,
    population: PopulationReport | None,
    profile: ProfileReport | None,
    period: ReportPeriod,
    created: _dt.datetime,
) -> FamilyPlanningReport:
    methods, reasons = list(ContraceptiveMethod), list(NonUseReason)
    if population is None:
        parts = draw(st.lists(st.integers(0, 2000), min_size=11, max_size=11))
    else:
        parts = draw(_parts_of(population.family(FamilyCount.COUPLES_OF_CHILDBEARING_AGE), 11))
    participation = []
    for poktan in _KKBPK_POKTAN:
        cap = 2000
        if population is not None and poktan.family_denominator is not None:
            cap = population.family(poktan.family_denominator)
        if profile is not None and profile.has(poktan) is False:
            cap = 0
        participation.append(PoktanParticipation(poktan, draw(st.integers(0, cap))))
    users = [ContraceptiveUsers(method, n) for method, n in zip(methods, parts[: len(methods)], strict=True)]
    without = [NonUsers(reason, n) for reason, n in zip(reasons, parts[len(methods) :], strict=True)]
    people = population.total_population if population is not None else 10_000
    return FamilyPlanningReport(
        period=period,
        created=created,
        poktan_participation=tuple(draw(st.permutations(participation))),
        contraceptive_users=tuple(draw(st.permutations(users))),
        non_users=tuple(draw(st.permutations(without))),
        bpjs_users=draw(st.integers(0, people)),
    )
