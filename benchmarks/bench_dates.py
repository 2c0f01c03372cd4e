"""How fast kampungkb reads the canonical Indonesian date forms, against plain dateutil.

For each canonical form, ``kampungkb.dates.parse_date`` (the fast path: precompiled
patterns, no dateutil call) is timed against ``dateutil.parser.parse`` with the same
Indonesian ``parserinfo`` kampungkb uses for its long tail, in one run, so the ratio does
not depend on the machine. Each figure is the median of several repeats of many calls.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_dates.py

It is not part of the test suite; its result is recorded in docs/dates.md.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import timeit
from collections.abc import Callable

from dateutil import parser

from kampungkb._date_parse import CANONICAL_EXAMPLES, IndonesianParserInfo
from kampungkb.dates import parse_date

REPEATS = 7
CALLS = 20_000
TARGET = 10.0


def median_microseconds(call: Callable[[], object], calls: int) -> float:
    """The median time of one call, in microseconds, over REPEATS runs of ``calls`` calls."""
    runs = timeit.repeat(call, number=calls, repeat=REPEATS)
    return statistics.median(runs) / calls * 1e6


def main() -> int:
    info = IndonesianParserInfo()
    machine = f"{os.cpu_count()} CPUs, {platform.machine()}"
    print(f"python {platform.python_version()} ({sys.implementation.name}), {machine}")
    print(f"median of {REPEATS} repeats; kampungkb {CALLS} calls, dateutil {CALLS // 10} calls per repeat\n")
    print(f"{'text':<26} {'kampungkb':>11} {'dateutil':>11} {'ratio':>7}")
    ratios = []
    for text in CANONICAL_EXAMPLES:
        expected = parser.parse(text, parserinfo=info).date()
        assert parse_date(text) == expected, text
        ours = median_microseconds(lambda text=text: parse_date(text), CALLS)
        theirs = median_microseconds(lambda text=text: parser.parse(text, parserinfo=info), CALLS // 10)
        ratio = theirs / ours
        ratios.append(ratio)
        print(f"{text!r:<26} {ours:>8.2f} µs {theirs:>8.2f} µs {ratio:>6.1f}×")
    worst = min(ratios)
    print(f"\nslowest ratio {worst:.1f}×, median ratio {statistics.median(ratios):.1f}× (target ≥ {TARGET:.0f}×)")
    return 0 if worst >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
