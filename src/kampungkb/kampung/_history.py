"""One Kampung KB with every version of its reports: the current ones, the timeline, the cross-record rules.

>>> from kampungkb.examples import example_history
>>> history = example_history()
>>> [type(report).__name__ for report in history.timeline]
['PopulationReport', 'ProfileReport', 'FamilyPlanningReport']
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TypeVar

from .._core import describe, field, model
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._family_planning import FamilyPlanningReport, cross_record_errors
from ._population import PopulationReport
from ._profile import ProfileReport
from ._record import KampungKB
from ._statistics import KampungStatistics, summarize

__all__ = ["KampungHistory", "Report"]

#: Any of the three versioned reports.
Report = ProfileReport | PopulationReport | FamilyPlanningReport

R = TypeVar("R", ProfileReport, PopulationReport, FamilyPlanningReport)

_KIND_ORDER = {PopulationReport: 0, ProfileReport: 1, FamilyPlanningReport: 2}


@model(kw_only=True)
class KampungHistory:
    """A kampung and all versions of its profile, population and KKBPK reports.

    The portal keeps every version and marks the newest current. Here the
    current version of each report is the latest by period, then by creation
    time (the later-listed wins a full tie). Each KKBPK version is checked
    against the population and profile versions that were current when it was
    created — the newest created at or before it — with the portal's rules:
    a population report must exist; users + non-users = PUS; each poktan ≤
    its family count; BPJS users ≤ population; an absent poktan counts 0.
    Errors are located at ``$.kkbpk_reports[i]...``.

    Creation times must all carry a time zone or all not: naive and aware
    times cannot be ordered together.

    >>> from kampungkb.examples import example_history
    >>> history = example_history()
    >>> history.current_kkbpk.period
    ReportPeriod(month=3, year=2023)
    >>> KampungHistory(kampung=history.kampung, kkbpk_reports=history.kkbpk_reports)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.kkbpk_reports[0]: no population report was created before this KKBPK report; the portal requires one [invariant]
    """

    kampung: KampungKB = field(description="the kampung")
    profile_reports: tuple[ProfileReport, ...] = field(default=(), description="every profile version")
    population_reports: tuple[PopulationReport, ...] = field(default=(), description="every population version")
    kkbpk_reports: tuple[FamilyPlanningReport, ...] = field(default=(), description="every KKBPK version")

    @property
    def current_profile(self) -> ProfileReport | None:
        """The latest profile version, or None."""
        return _latest(self.profile_reports)

    @property
    def current_population(self) -> PopulationReport | None:
        """The latest population version, or None."""
        return _latest(self.population_reports)

    @property
    def current_kkbpk(self) -> FamilyPlanningReport | None:
        """The latest KKBPK version, or None."""
        return _latest(self.kkbpk_reports)

    @property
    def timeline(self) -> tuple[Report, ...]:
        """Every version of every report, oldest first: by period, creation time, then population, profile, KKBPK."""
        reports: list[Report] = [*self.population_reports, *self.profile_reports, *self.kkbpk_reports]
        return tuple(sorted(reports, key=lambda r: (r.period.key, r.created, _KIND_ORDER[type(r)])))

    def statistics(self) -> KampungStatistics:
        """The summary of the current population and KKBPK reports (see :func:`summarize`).

        Raises :class:`~kampungkb.errors.ValidationError` when the history has neither report.

        >>> from kampungkb.examples import example_history
        >>> str(example_history().statistics().users)
        '230'
        """
        return summarize(self.current_population, self.current_kkbpk)

    def with_report(self, report: Report) -> KampungHistory:
        """A new history with one more report version (validated like any history).

        >>> from kampungkb.examples import example_history
        >>> history = example_history()
        >>> len(history.with_report(history.current_profile).profile_reports)
        2
        """
        profiles, populations, kkbpks = self.profile_reports, self.population_reports, self.kkbpk_reports
        if isinstance(report, ProfileReport):
            profiles = (*profiles, report)
        elif isinstance(report, PopulationReport):
            populations = (*populations, report)
        elif isinstance(report, FamilyPlanningReport):
            kkbpks = (*kkbpks, report)
        else:
            raise ValidationError.single((), f"expected a report, found {describe(report)}", ErrorCode.TYPE)
        return KampungHistory(
            kampung=self.kampung, profile_reports=profiles, population_reports=populations, kkbpk_reports=kkbpks
        )

    def _invariants(self) -> Iterator[ErrorItem]:
        mixed = list(_mixed_time_zones(self))
        if mixed:
            yield from mixed
            return
        moments = [report.created for report in self.kkbpk_reports]
        populations = _current_at(self.population_reports, moments)
        profiles = _current_at(self.profile_reports, moments)
        for index, (report, population, profile) in enumerate(
            zip(self.kkbpk_reports, populations, profiles, strict=True)
        ):
            if population is None:
                yield ErrorItem(
                    ("kkbpk_reports", index),
                    "no population report was created before this KKBPK report; the portal requires one",
                    ErrorCode.INVARIANT,
                )
                continue
            for error in cross_record_errors(report, population, profile):
                yield error.prefixed("kkbpk_reports", index)


def _latest(reports: Sequence[R]) -> R | None:
    best: R | None = None
    for report in reports:
        if best is None or (report.period.key, report.created) >= (best.period.key, best.created):
            best = report
    return best


def _current_at(reports: Sequence[R], moments: Sequence[dt.datetime]) -> list[R | None]:
    """For each moment, what :func:`_latest` gives of the reports created at or before it.

    One sort and one binary search per moment (n log n), not a rescan of every report per
    moment: the reports sorted by creation time, the latest of each prefix kept (by period,
    creation time, then list position — the later-listed wins a full tie, as in
    :func:`_latest`), and each moment looks up the last prefix created at or before it.
    """
    order = sorted(range(len(reports)), key=lambda index: reports[index].created)
    created = [reports[index].created for index in order]
    latest: list[R] = []
    best: R | None = None
    best_key: tuple[tuple[int, int], dt.datetime, int] | None = None
    for index in order:
        report = reports[index]
        key = (report.period.key, report.created, index)
        if best is None or best_key is None or key > best_key:
            best, best_key = report, key
        latest.append(best)
    found: list[R | None] = []
    for moment in moments:
        count = bisect.bisect_right(created, moment)
        found.append(latest[count - 1] if count else None)
    return found


def _mixed_time_zones(history: KampungHistory) -> Iterator[ErrorItem]:
    first_aware: bool | None = None
    for name in ("profile_reports", "population_reports", "kkbpk_reports"):
        for index, report in enumerate(getattr(history, name)):
            aware = report.created.utcoffset() is not None
            if first_aware is None:
                first_aware = aware
            elif aware != first_aware:
                expected = "with" if first_aware else "without"
                yield ErrorItem(
                    (name, index, "created"),
                    f"expected a creation time {expected} a time zone, like the first report's",
                    ErrorCode.INVARIANT,
                )
