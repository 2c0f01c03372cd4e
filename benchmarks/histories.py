"""Generated Kampung KB histories for the benchmarks: a batch of varied ones, and long ones.

Each history is built from the example history's three reports (``example_history``): its
kampung renamed, and ``versions`` versions of the population, profile and KKBPK reports, a
month apart, each KKBPK report an hour after the population and profile reports it builds
on. Every history is valid (so the three libraries load all of them), and the KKBPK rules
look up the reports current at each version, the cost that used to grow with the length.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from kampungkb.codec import to_dict
from kampungkb.examples import example_history

_BASE = dt.datetime(2016, 1, 5, 8, 0)


def history(versions: int, number: int = 0) -> dict[str, Any]:
    """A valid history (as a dict) with ``versions`` versions of each of its three reports."""
    seed = to_dict(example_history())
    assert isinstance(seed, dict)
    kampung = copy.deepcopy(seed["kampung"])
    kampung["name"] = f"Kampung KB Contoh {number}"
    reports: dict[str, list[Any]] = {"population_reports": [], "profile_reports": [], "kkbpk_reports": []}
    for version in range(versions):
        day = _BASE + dt.timedelta(days=31 * version)
        for offset, name in enumerate(("population_reports", "profile_reports", "kkbpk_reports")):
            report = copy.deepcopy(seed[name][0])
            moment = day + dt.timedelta(hours=offset, minutes=number % 60)
            report["created"] = moment.isoformat()
            report["period"] = {"month": moment.month, "year": moment.year}
            reports[name].append(report)
    return {"kampung": kampung, **reports}


def batch(count: int = 200) -> list[dict[str, Any]]:
    """``count`` histories of 1 to 4 versions of each report (3 to 12 reports)."""
    return [history(1 + number % 4, number) for number in range(count)]


def history_of(reports: int) -> dict[str, Any]:
    """A valid history with ``reports`` reports in all (the last KKBPK, then profile versions dropped)."""
    versions = -(-reports // 3)
    found = history(versions)
    extra = 3 * versions - reports
    for name in ("kkbpk_reports", "profile_reports"):
        drop = min(extra, 1)
        if drop:
            found[name] = found[name][:-drop]
            extra -= drop
    return found
