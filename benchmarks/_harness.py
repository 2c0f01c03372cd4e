"""Timing for the benchmarks: interleaved rounds and medians, so that ratios taken in one run
hold on a shared, noisy machine.

Each round times every contender once (in a rotating order), many calls each; the result is
each contender's median over the rounds. Ratios are computed from medians of the same run.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def per_call_microseconds(call: Callable[[], object], calls: int) -> float:
    """Microseconds per call for ``calls`` back-to-back calls (garbage collection paused)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(calls):
            call()
        elapsed = time.perf_counter() - start
    finally:
        if enabled:
            gc.enable()
    return elapsed / calls * 1e6


def calibrate(call: Callable[[], object], seconds: float = 0.02) -> int:
    """How many calls take about ``seconds``."""
    calls = 1
    while True:
        start = time.perf_counter()
        for _ in range(calls):
            call()
        if time.perf_counter() - start >= seconds:
            return calls
        calls *= 2


def compare(contenders: dict[str, Callable[[], object]], rounds: int = 15) -> dict[str, float]:
    """The median microseconds per call of each contender, measured in interleaved rounds."""
    calls = {name: calibrate(call) for name, call in contenders.items()}
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for index in range(rounds):
        order = names[index % len(names) :] + names[: index % len(names)]
        for name in order:
            samples[name].append(per_call_microseconds(contenders[name], calls[name]))
    return {name: statistics.median(values) for name, values in samples.items()}
