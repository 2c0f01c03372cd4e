"""Programme indicators of a Kampung KB: CPR, MKJP share, unmet need, poktan participation, cross-sector agencies.

Each indicator is computed from a kampung's current reports (or its
activities) as a plain percentage, unrounded, and is **None** — not 0, not an
error — when a report it needs is missing or its denominator is 0::

>>> from kampungkb.examples import example_history
>>> history = example_history()
>>> population, kkbpk = history.current_population, history.current_kkbpk
>>> cpr(population, kkbpk), round(mkjp_share(kkbpk), 2), unmet_need(population, kkbpk)
(76.66666666666667, 24.78, 15.0)
>>> cpr(None, kkbpk) is None
True

The classifier (:func:`~kampungkb.kampung.classify`) uses the same counts but
follows the portal: it rounds each percentage and takes a zero denominator
as 0 %.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._activities import Activity
from ._family_planning import FamilyPlanningReport
from ._indicator_counts import (
    Counts,
    cpr_counts,
    cross_sector_agency_set,
    mkjp_counts,
    participation_counts,
    unmet_need_counts,
)
from ._population import PopulationReport
from ._vocab import Poktan

__all__ = ["cpr", "cross_sector_agencies", "mkjp_share", "poktan_participation", "unmet_need"]


def cpr(population: PopulationReport | None, kkbpk: FamilyPlanningReport | None) -> float | None:
    """Contraceptive prevalence: couples using any method ÷ couples of childbearing age (PUS), in percent.

    PUS comes from the population report, users from the KKBPK report.

    >>> from kampungkb.examples import example_history
    >>> h = example_history()
    >>> round(cpr(h.current_population, h.current_kkbpk), 1)
    76.7
    """
    return _percent(cpr_counts(population, kkbpk))


def mkjp_share(kkbpk: FamilyPlanningReport | None) -> float | None:
    """The share of long-acting methods (MKJP: IUD, MOW, MOP, implant) among all users, in percent.

    >>> from kampungkb.examples import example_history
    >>> round(mkjp_share(example_history().current_kkbpk), 1)
    24.8
    """
    return _percent(mkjp_counts(kkbpk))


def unmet_need(population: PopulationReport | None, kkbpk: FamilyPlanningReport | None) -> float | None:
    """Unmet need: couples who want a child later (IAT) or no more children (TIAL) ÷ PUS, in percent.

    >>> from kampungkb.examples import example_history
    >>> h = example_history()
    >>> unmet_need(h.current_population, h.current_kkbpk)
    15.0
    """
    return _percent(unmet_need_counts(population, kkbpk))


def poktan_participation(
    population: PopulationReport | None, kkbpk: FamilyPlanningReport | None
) -> dict[Poktan, float | None]:
    """Per poktan, families taking part ÷ the families it serves, in percent (None when unknown or ÷ 0).

    BKB is measured against families with under-fives, BKR against families
    with adolescents, BKL against families with elderly, UPPKA against all
    families and PIK R against adolescents.

    >>> from kampungkb.examples import example_history
    >>> h = example_history()
    >>> {p.code: round(v, 1) for p, v in poktan_participation(h.current_population, h.current_kkbpk).items()}
    {'bkb': 44.4, 'bkr': 27.3, 'bkl': 0.0, 'uppka': 6.2, 'pik_r': 13.3}
    """
    return {poktan: _percent(counts) for poktan, counts in participation_counts(population, kkbpk).items()}


def cross_sector_agencies(activities: Iterable[Activity], *, portal_compatible: bool = False) -> int:
    """How many distinct agencies the activities involve (the *lintas sektor* indicator).

    Free-text agencies count once together, as the portal stores them all as
    "Lainnya". By default the programme's own agencies (OPD KB and Perwakilan
    BKKBN) are left out, as the portal's query means to; with
    ``portal_compatible=True`` they count, and instead the agencies of the
    activities whose portal ids are 26 and 34 are left out, as its query does.

    >>> from kampungkb.examples import example_activities
    >>> cross_sector_agencies(example_activities()), cross_sector_agencies(example_activities(), portal_compatible=True)
    (4, 3)
    """
    return len(cross_sector_agency_set(activities, portal_compatible=portal_compatible))


def _percent(counts: Counts) -> float | None:
    numerator, denominator = counts
    if numerator is None or not denominator:
        return None
    return numerator / denominator * 100
