"""A complete, made-up Kampung KB with one version of each report, for examples, docs and tests.

The kampung ("Kampung KB Contoh") is invented; only its village code is real
(Karangketug, Kota Pasuruan).

    >>> history = example_history()
    >>> history.kampung.name, history.current_population.total_population
    ('Kampung KB Contoh', 1312)
"""

from __future__ import annotations

import datetime as _dt

from ..dates import PartialDate
from ..kampung import (
    AreaCriterion,
    CommunityPlan,
    ContraceptiveMethod,
    ContraceptiveUsers,
    DataUse,
    FamilyCount,
    FamilyPlanningReport,
    Frequency,
    FundingSource,
    KampungHistory,
    KampungKB,
    MainCriterion,
    NonUseReason,
    NonUsers,
    OperationalMechanism,
    OperationalRoutine,
    PlkbSupport,
    Pokja,
    PokjaDecree,
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
)
from ..regions import Location, RegionCode

__all__ = ["example_history", "example_kampung", "example_reports"]


def example_history() -> KampungHistory:
    """The example kampung with a population, a profile and a KKBPK report from March 2023.

    >>> history = example_history()
    >>> history.kampung.name, len(history.population_reports)
    ('Kampung KB Contoh', 1)
    """
    profile, population, kkbpk = example_reports()
    return KampungHistory(
        kampung=example_kampung(),
        profile_reports=(profile,),
        population_reports=(population,),
        kkbpk_reports=(kkbpk,),
    )


def example_kampung() -> KampungKB:
    """The example kampung itself.

    >>> example_kampung().location.rw
    '03'
    """
    return KampungKB(
        name="Kampung KB Contoh",
        location=Location(code=RegionCode("35.75.01.1001"), rw="03"),
        launch_date=PartialDate(2017, 9, 27),
        criteria=SelectionCriteria(
            portal=(PortalCriterion.CRITERION_1, PortalCriterion.CRITERION_2),
            main=tuple(MainCriterion),
            area=(AreaCriterion.DENSELY_POPULATED,),
        ),
        description="Kampung padat penduduk di tepi kota.",
    )


def example_reports() -> tuple[ProfileReport, PopulationReport, FamilyPlanningReport]:
    """The example's profile, population and KKBPK reports, which pass the cross-record rules together.

    >>> profile, population, kkbpk = example_reports()
    >>> kkbpk.validate_against(population, profile)
    """
    population = PopulationReport.from_counts(
        period=ReportPeriod(3, 2023),
        created=_dt.datetime(2023, 3, 1, 8, 0),
        male=[40] * 16,
        female=[42] * 16,
        families={
            FamilyCount.COUPLES_OF_CHILDBEARING_AGE: 300,
            FamilyCount.FAMILIES: 400,
            FamilyCount.ADOLESCENTS: 150,
            FamilyCount.FAMILIES_WITH_UNDER_FIVES: 90,
            FamilyCount.FAMILIES_WITH_ADOLESCENTS: 110,
            FamilyCount.FAMILIES_WITH_ELDERLY: 70,
        },
    )
    profile = ProfileReport(
        period=ReportPeriod(3, 2023),
        created=_dt.datetime(2023, 3, 14, 9, 30),
        poktan=tuple(PoktanPresence(p, p is not Poktan.BKL) for p in Poktan if p.in_profile_report),
        pokja=Pokja(
            exists=True,
            decree=PokjaDecree(number="411/12/2019"),
            member_count=25,
            trained=True,
            training_description="Orientasi Pokja Kampung KB",
            trained_count=10,
        ),
        plkb=PlkbSupport(accompanied=True, nip="198001012005011001", name="Budi Santoso", contact="081234567890"),
        regulation=Regulation(present=True, levels=(RegulationLevel.VILLAGE_HEAD,)),
        community_plan=CommunityPlan(has_plan=True, uses_data=True, data_uses=(DataUse.FAMILY_DATA_COLLECTION,)),
        funding_sources=(FundingSource.VILLAGE_FUND, FundingSource.COMMUNITY_SELF_HELP),
        operations=tuple(
            OperationalRoutine(mechanism=m, performed=True, frequency=Frequency.MONTHLY) for m in OperationalMechanism
        ),
    )
    users = {
        ContraceptiveMethod.IUD: 20,
        ContraceptiveMethod.TUBECTOMY: 5,
        ContraceptiveMethod.VASECTOMY: 2,
        ContraceptiveMethod.CONDOM: 15,
        ContraceptiveMethod.IMPLANT: 30,
        ContraceptiveMethod.INJECTABLE: 120,
        ContraceptiveMethod.PILL: 38,
    }
    non_users = {
        NonUseReason.PREGNANT: 10,
        NonUseReason.WANTS_CHILD_SOON: 15,
        NonUseReason.WANTS_CHILD_LATER: 25,
        NonUseReason.WANTS_NO_MORE_CHILDREN: 20,
    }
    participation = {Poktan.BKB: 40, Poktan.BKR: 30, Poktan.BKL: 0, Poktan.UPPKA: 25, Poktan.PIK_R: 20}
    kkbpk = FamilyPlanningReport(
        period=ReportPeriod(3, 2023),
        created=_dt.datetime(2023, 3, 20, 10, 15),
        poktan_participation=tuple(PoktanParticipation(p, n) for p, n in participation.items()),
        contraceptive_users=tuple(ContraceptiveUsers(m, n) for m, n in users.items()),
        non_users=tuple(NonUsers(r, n) for r, n in non_users.items()),
        bpjs_users=900,
    )
    return profile, population, kkbpk
