"""How fast kampungkb reads the canonical Indonesian date forms, against plain dateutil.

For each canonical form, ``kampungkb.dates.parse_date`` (the fast path: precompiled
patterns, no dateutil call) is timed against ``dateutil.parser.parse`` with the same
Indonesian ``parserinfo`` kampungkb uses for its long tail, in interleaved rounds of one
run (see ``_harness.py``), so the ratio does not depend on the machine.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_dates.py

It is not part of the test suite; its result is recorded in docs/dates.md and docs/performance.md.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys

from _harness import compare
from dateutil import parser

from kampungkb.dates import parse_date
from kampungkb.dates._parse import CANONICAL_EXAMPLES, IndonesianParserInfo

TARGET = 10.0


def measure(rounds: int = 15) -> list[tuple[str, float, float]]:
    """``(text, kampungkb µs, dateutil µs)`` for each canonical form (medians of interleaved rounds)."""
    info = IndonesianParserInfo()
    rows = []
    for text in CANONICAL_EXAMPLES:
        expected = parser.parse(text, parserinfo=info).date()
        if parse_date(text) != expected:
            raise AssertionError(f"kampungkb and dateutil read {text!r} differently")
        times = compare(
            {
                "kampungkb": lambda text=text: parse_date(text),
                "dateutil": lambda text=text: parser.parse(text, parserinfo=info),
            },
            rounds=rounds,
        )
        rows.append((text, times["kampungkb"], times["dateutil"]))
    return rows


def main() -> int:
    """Print the table; exit 1 if the slowest ratio misses the target."""
    print(
        f"python {platform.python_version()} ({sys.implementation.name}), {os.cpu_count()} CPUs, {platform.machine()}"
    )
    print(f"{'text':<26} {'kampungkb':>11} {'dateutil':>11} {'ratio':>7}")
    ratios = []
    for text, ours, theirs in measure():
        ratios.append(theirs / ours)
        print(f"{text!r:<26} {ours:>8.2f} µs {theirs:>8.2f} µs {theirs / ours:>6.1f}×")
    worst = min(ratios)
    print(f"\nslowest ratio {worst:.1f}×, median ratio {statistics.median(ratios):.1f}× (target ≥ {TARGET:.0f}×)")
    return 0 if worst >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
