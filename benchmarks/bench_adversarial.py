"""Adversarial inputs against every text parser and the JSON loader: how long each takes.

Catastrophic regex backtracking or unbounded recursion would show here as minutes or
hours: every parser must stay linear in its input (the text parsers refuse over-long input
outright; ``find_citations`` scans a whole document, so it takes time in proportion). The
budget is for this report, not a test assertion (timing is never asserted in the test suite).

    python benchmarks/bench_adversarial.py
"""

from __future__ import annotations

import time
from collections.abc import Callable

from kampungkb.codec import from_json
from kampungkb.dates import parse_date, parse_date_range
from kampungkb.errors import ValidationError
from kampungkb.events import Event
from kampungkb.kampung import KampungHistory, normalize_name, suggest_kegiatan
from kampungkb.legal import find_citations, parse_citation
from kampungkb.people import Official, PersonName
from kampungkb.regions import RegionCode, is_valid

BUDGET_SECONDS = 10.0

PARSERS: dict[str, Callable[[str], object]] = {
    "parse_citation": parse_citation,
    "find_citations": find_citations,
    "parse_date": parse_date,
    "parse_date_range": parse_date_range,
    "PersonName.parse": PersonName.parse,
    "Official.parse": Official.parse,
    "RegionCode.parse": RegionCode.parse,
    "is_valid": is_valid,
    "suggest_kegiatan": suggest_kegiatan,
    "normalize_name": normalize_name,
}
INPUTS = {
    "1 MB of digits": "1" * 1_000_000,
    "1 MB of citation words": "Undang-Undang Nomor " * 50_000,
    "1 MB of 'UU 1/2000 '": "UU 1/2000 " * 100_000,
    "1 MB of date words": "Senin, 28 Desember " * 50_000,
    "1 MB of degrees": "S.T., " * 170_000,
    "1 MB of dots and spaces": ". " * 500_000,
    "1 MB of '(' ": "(" * 1_000_000,
}
DOCUMENTS = {
    "nested 100,000 deep": "[" * 100_000 + "]" * 100_000,
    "a million elements": "[" + ",".join(["0"] * 1_000_000) + "]",
    "a 100 MB string": '"' + "x" * 100_000_000 + '"',
}


def timed(call: Callable[[], object]) -> tuple[float, str]:
    """Seconds taken, and how the call ended."""
    start = time.perf_counter()
    try:
        call()
        outcome = "result"
    except ValidationError as exc:
        outcome = f"ValidationError ({exc.errors[0].code})"
    return time.perf_counter() - start, outcome


def main() -> int:
    """Print the time of every parser on every input; exit 1 if any exceeds the budget."""
    worst = 0.0
    print(f"{'function':<20} {'input':<28} {'seconds':>8}  outcome")
    for name, parser in PARSERS.items():
        for label, text in INPUTS.items():
            seconds, outcome = timed(lambda parser=parser, text=text: parser(text))
            worst = max(worst, seconds)
            print(f"{name:<20} {label:<28} {seconds:>8.4f}  {outcome}")
    for label, document in DOCUMENTS.items():
        for cls in (Event, KampungHistory):
            seconds, outcome = timed(lambda document=document, cls=cls: from_json(document, cls))
            worst = max(worst, seconds)
            name = f"from_json {getattr(cls, '__name__', 'Event')}"
            print(f"{name:<20} {label:<28} {seconds:>8.4f}  {outcome}")
    print(f"\nslowest: {worst:.3f} s (budget {BUDGET_SECONDS} s)")
    return 0 if worst <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
