"""The history's "current when created" lookup (n log n) gives what the old rescan gave.

The old rule scanned every earlier report for each KKBPK report (quadratic); the new one
sorts once and binary-searches. Both are compared here on generated report lists with many
ties in period and creation time (where "the later-listed wins" matters), and on whole
generated histories, including broken ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kampungkb.errors import ValidationError
from kampungkb.kampung import KampungHistory
from kampungkb.kampung._family_planning import cross_record_errors
from kampungkb.kampung._history import _current_at, _latest
from kampungkb.testing.strategies import kampung_histories


@dataclass(frozen=True)
class _Period:
    year: int
    month: int

    @property
    def key(self) -> tuple[int, int]:
        return (self.year, self.month)


@dataclass(frozen=True)
class _Report:
    period: _Period
    created: dt.datetime
    label: int


def _old_rule(reports: list[Any], moment: dt.datetime) -> Any:
    """The rule as it was: rescan every report for each moment."""
    return _latest([report for report in reports if report.created <= moment])


_BASE = dt.datetime(2023, 1, 1)
_moments = st.integers(0, 6).map(lambda hours: _BASE + dt.timedelta(hours=hours))
_periods = st.builds(_Period, st.integers(2022, 2023), st.integers(1, 3))


@given(
    st.lists(st.tuples(_periods, _moments), max_size=12),
    st.lists(_moments, max_size=8),
)
def test_current_at_matches_the_rescan(rows: list[tuple[_Period, dt.datetime]], moments: list[dt.datetime]) -> None:
    reports = [_Report(period, created, label) for label, (period, created) in enumerate(rows)]
    found = _current_at(reports, moments)  # type: ignore[type-var]
    assert found == [_old_rule(reports, moment) for moment in moments]


@settings(max_examples=30, deadline=None)
@given(kampung_histories(max_versions=4), st.data())
def test_shuffled_histories_give_the_same_errors(history: KampungHistory, data: st.DataObject) -> None:
    """Reordering the reports (which changes which one is current) gives the old rule's errors."""
    populations = data.draw(st.permutations(history.population_reports))
    profiles = data.draw(st.permutations(history.profile_reports))
    kkbpks = data.draw(st.permutations(history.kkbpk_reports))
    expected = []
    for index, report in enumerate(kkbpks):
        population = _old_rule(list(populations), report.created)
        profile = _old_rule(list(profiles), report.created)
        expected.append((index, population is None, population, profile))
    try:
        rebuilt = KampungHistory(
            kampung=history.kampung,
            profile_reports=tuple(profiles),
            population_reports=tuple(populations),
            kkbpk_reports=tuple(kkbpks),
        )
    except ValidationError as exc:
        errors = exc.errors
    else:
        errors = ()
        assert rebuilt.kkbpk_reports == tuple(kkbpks)
    want = []
    for index, missing, population, profile in expected:
        if missing:
            want.append((("kkbpk_reports", index), "invariant"))
            continue
        want += [
            (error.prefixed("kkbpk_reports", index).location, error.code.value)
            for error in cross_record_errors(kkbpks[index], population, profile)
        ]
    assert [(error.location, error.code.value) for error in errors] == want
