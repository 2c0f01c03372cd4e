"""Drawing from the strategies costs only the draws: no strategy is built again on every example.

On main, the event strategies built their sub-strategies inside each draw — a new @composite
strategy (whose construction reads the function's source) for each opener, each person, each
list, and a flatmap per region code: about 650 strategy objects per event drawn, which made 100
lists of five events take about 23 s. Speed itself is measured, never asserted; what is checked
here is the number of strategy objects built while drawing, which does not depend on the
machine. (Hypothesis builds a lazily defined strategy's inner parts on its first draw: those
are built once, which is why the count is taken after a warm-up and allowed below one per
example.)
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.strategies._internal.strategies import SearchStrategy

from kampungkb.testing.strategies import events, legal_instruments, officials, participants, person_names, region_codes

QUIET = settings(database=None, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


def _draw(strategy: st.SearchStrategy[Any], examples: int) -> None:
    @settings(QUIET, max_examples=examples)
    @given(strategy)
    def run(value: Any) -> None:
        assert value is not None

    run()


@pytest.mark.parametrize(
    "make",
    [
        events,
        officials,
        person_names,
        participants,
        region_codes,
        legal_instruments,
    ],
    ids=[
        "events",
        "officials",
        "person_names",
        "participants",
        "region_codes",
        "legal_instruments",
    ],
)
def test_drawing_builds_no_strategy_per_example(make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a warm-up, 60 more examples build fewer than one strategy object each (main built about 650 per
    event): what is built then is only the first use of a rarely drawn lazy part."""
    strategy = make()
    _draw(strategy, 60)
    built: list[str] = []
    original = SearchStrategy.__init__

    def counting(self: SearchStrategy[Any], *args: Any, **kwargs: Any) -> None:
        built.append(type(self).__name__)
        original(self, *args, **kwargs)

    monkeypatch.setattr(SearchStrategy, "__init__", counting)
    _draw(strategy, 60)
    assert len(built) < 60, sorted(set(built))
