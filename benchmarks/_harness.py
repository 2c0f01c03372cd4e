"""Timing for the benchmarks: interleaved rounds in rotating order, garbage collector on, medians
with their spread, so that ratios taken in one run hold on a shared, noisy machine.

The clock is the process's CPU time (``time.process_time``) by default: on a machine whose
CPUs are shared with other jobs, wall time counts the time the benchmark waits for a CPU,
which has nothing to do with the code timed (on the 2-CPU machine of ``docs/performance.md``
at a load average of 10, wall-time rounds of the same call differed 100-fold). CPU time
still counts the garbage collector, and each library's own threads if it had any (none of
the three has). ``use_wall_clock()`` switches to ``time.perf_counter`` (``run.py --wall``).

Each round times every contender once, in an order that rotates from round to round (so no
contender always runs first, or always after a given one), many calls each. The garbage
collector stays ON, as users run (``collect_garbage=False`` pauses it during each timed
batch, for a breakdown). A contender's figure is its median over the rounds; a ratio is the
median of the per-round ratios (both contenders of a round share that round's machine load),
reported with its lowest and highest round, so a reader sees how much it moved.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Spread:
    """A median over rounds, with the lowest and highest round."""

    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: list[float]) -> Spread:
        """The median, lowest and highest of ``values``."""
        return cls(statistics.median(values), min(values), max(values))

    def ratio_text(self) -> str:
        """``0.74× [0.70–0.80]``: the median ratio and its range over the rounds."""
        return f"{self.median:.2f}× [{self.low:.2f}–{self.high:.2f}]"


_clock: list[Callable[[], float]] = [time.process_time]


def use_wall_clock() -> None:
    """Time with ``time.perf_counter`` (wall time) instead of the process's CPU time."""
    _clock[0] = time.perf_counter


def clock_name() -> str:
    """Which clock the timings use."""
    return "wall time (time.perf_counter)" if _clock[0] is time.perf_counter else "CPU time (time.process_time)"


def per_call_microseconds(call: Callable[[], object], calls: int, *, collect_garbage: bool = True) -> float:
    """Microseconds per call for ``calls`` back-to-back calls."""
    enabled = gc.isenabled()
    if not collect_garbage:
        gc.disable()
    clock = _clock[0]
    try:
        start = clock()
        for _ in range(calls):
            call()
        elapsed = clock() - start
    finally:
        if enabled:
            gc.enable()
    return elapsed / calls * 1e6


def calibrate(call: Callable[[], object], seconds: float = 0.02) -> int:
    """How many calls take about ``seconds``."""
    calls = 1
    clock = _clock[0]
    while True:
        start = clock()
        for _ in range(calls):
            call()
        if clock() - start >= seconds:
            return calls
        calls *= 2


def rounds_of(
    contenders: dict[str, Callable[[], object]], rounds: int = 15, *, collect_garbage: bool = True
) -> dict[str, list[float]]:
    """Microseconds per call of each contender in each of ``rounds`` interleaved rounds (rotating order)."""
    calls = {name: calibrate(call) for name, call in contenders.items()}
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for index in range(rounds):
        order = names[index % len(names) :] + names[: index % len(names)]
        for name in order:
            samples[name].append(per_call_microseconds(contenders[name], calls[name], collect_garbage=collect_garbage))
    return samples


def ratio(samples: dict[str, list[float]], ours: str, theirs: str) -> Spread:
    """The per-round ratios ``ours / theirs``: median, lowest, highest."""
    return Spread.of([a / b for a, b in zip(samples[ours], samples[theirs], strict=True)])


def compare(
    contenders: dict[str, Callable[[], object]], rounds: int = 15, *, collect_garbage: bool = True
) -> dict[str, float]:
    """The median microseconds per call of each contender, measured in interleaved rounds."""
    samples = rounds_of(contenders, rounds, collect_garbage=collect_garbage)
    return {name: statistics.median(values) for name, values in samples.items()}
