"""Adversarial inputs against every text parser, the JSON loader, the bulk readers and the
command line's validate: how long each takes.

Catastrophic regex backtracking, a quadratic scan or unbounded recursion would show here as
minutes or hours: every parser must stay linear in its input (the text parsers refuse
over-long input outright; ``find_citations`` and ``html_to_text`` read a whole document, so
they take time in proportion). The budget is for this report, not a test assertion (timing
is never asserted in the test suite; the tests check growth ratios).

    python benchmarks/bench_adversarial.py
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kampungkb.bulk import from_csv, iter_csv, iter_jsonl
from kampungkb.cli import main as cli_main
from kampungkb.codec import from_json
from kampungkb.dates import parse_date, parse_date_range
from kampungkb.errors import ValidationError
from kampungkb.events import Event, ParticipantGroup, Participants
from kampungkb.kampung import KampungHistory, html_to_text, normalize_name, suggest_kegiatan
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
    "html_to_text": html_to_text,
}
INPUTS = {
    "1 MB of digits": "1" * 1_000_000,
    "1 MB of citation words": "Undang-Undang Nomor " * 50_000,
    "1 MB of 'UU 1/2000 '": "UU 1/2000 " * 100_000,
    "1 MB of date words": "Senin, 28 Desember " * 50_000,
    "1 MB of degrees": "S.T., " * 170_000,
    "1 MB of dots and spaces": ". " * 500_000,
    "1 MB of '(' ": "(" * 1_000_000,
    "400 KB of '<a'": "<a" * 200_000,
    "400 KB of '</'": "</" * 200_000,
    "400 KB of '<?'": "<?" * 200_000,
    "1 MB of '<a b=\"x\" '": '<a b="x" ' * 100_000,
    "1 MB of '&#' and digits": ("&#" + "1" * 5000 + ";") * 200,
}
DOCUMENTS = {
    "nested 100,000 deep": "[" * 100_000 + "]" * 100_000,
    "a million elements": "[" + ",".join(["0"] * 1_000_000) + "]",
    "a 100 MB string": '"' + "x" * 100_000_000 + '"',
}


#: The bulk readers on raw bytes (each a fresh stream per call).
BULK: dict[str, Callable[[], object]] = {
    "iter_csv, 1 MB not UTF-8": lambda: list(
        iter_csv(io.BytesIO(b"role,count\n" + b"\xff,4\n" * 200_000), ParticipantGroup)
    ),
    "from_csv, header index 99999999": lambda: from_csv(
        io.BytesIO(b"groups.99999999.role,groups.99999999.count,total\nCamat,4,4\n"), Participants
    ),
    "from_csv, 1,000-part header": lambda: from_csv(
        io.BytesIO((".".join(["groups"] + ["0"] * 1000) + ",total\nCamat,4\n").encode()), Participants
    ),
    "iter_jsonl, 1 MB of '{' lines": lambda: list(
        iter_jsonl(io.BytesIO((b"{" * 1000 + b"\n") * 1000), ParticipantGroup)
    ),
    "iter_jsonl, 1 MB of cut-short lines": lambda: list(
        iter_jsonl(io.BytesIO((b'{"role": "' + b"x" * 1000 + b"\n") * 1000), ParticipantGroup)
    ),
}


def validate_bad_records(count: int) -> Callable[[], object]:
    """``kampungkb validate`` (in process) on a JSON array of ``count`` invalid records, one per line."""
    path = Path(tempfile.mkdtemp()) / f"bad-{count}.json"
    records = ",\n".join(json.dumps({"role": "Camat", "count": -1}) for _ in range(count))
    path.write_text(f"[\n{records}\n]\n", encoding="utf-8")

    def run() -> object:
        with contextlib.redirect_stdout(io.StringIO()):
            return cli_main(["validate", str(path), "--type", "ParticipantGroup"])

    return run


def timed(call: Callable[[], object]) -> tuple[float, str]:
    """Seconds taken, and how the call ended."""
    start = time.perf_counter()
    try:
        result = call()
        outcome = str(result) if type(result) is int else "result"
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
    for label, call in BULK.items():
        seconds, outcome = timed(call)
        worst = max(worst, seconds)
        print(f"{'bulk':<20} {label:<28} {seconds:>8.4f}  {outcome}")
    for count in (2_000, 20_000, 100_000):
        seconds, outcome = timed(validate_bad_records(count))
        worst = max(worst, seconds)
        print(f"{'cli validate':<20} {f'{count:,} bad records':<28} {seconds:>8.4f}  exit {outcome}")
    print(f"\nslowest: {worst:.3f} s (budget {BUDGET_SECONDS} s)")
    return 0 if worst <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
