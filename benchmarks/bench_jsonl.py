"""Validate JSON Lines files of Kampung KB records with ``iter_jsonl``: records/s and peak memory.

Writes N generated ``KampungKB`` records (N = 10,000 and 100,000 by default) to a temporary
JSON Lines file, then, in a fresh interpreter per file, validates every line and reports the
records per second and the process's peak resident memory. Memory must not grow with the
file's length: ``iter_jsonl`` holds one line at a time.

    python benchmarks/bench_jsonl.py [N ...]
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from kampungkb.codec import to_json
from kampungkb.kampung import KampungKB, SelectionCriteria
from kampungkb.regions import Location, RegionCode

#: Peak memory at the largest file may exceed the smallest file's by less than this factor ("flat").
GROWTH_LIMIT = 1.10

_MEASURE = """
import resource, sys, time
from kampungkb.bulk import iter_jsonl
from kampungkb.kampung import KampungKB
start = time.perf_counter()
valid = invalid = 0
for _, result in iter_jsonl(sys.argv[1], KampungKB):
    if isinstance(result, Exception):
        invalid += 1
    else:
        valid += 1
elapsed = time.perf_counter() - start
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(valid, invalid, elapsed, peak_kib)
"""


def records(count: int) -> list[str]:
    """``count`` distinct, valid KampungKB documents as JSON lines (a few hundred shapes, cycled)."""
    villages = [f"35.75.0{1 + i % 4}.1{i % 34 + 1:03d}" for i in range(34)]
    lines = []
    for index in range(count):
        kampung = KampungKB(
            name=f"Kampung KB {index}",
            location=Location(code=RegionCode.parse(villages[index % len(villages)]), rw=f"RW {index % 9 + 1:02d}"),
            launch_date=dt.date(2016, 1, 14) + dt.timedelta(days=index % 3000),
            criteria=SelectionCriteria(),
            description=("Kampung KB percontohan " * (index % 5)).strip() or None,
        )
        lines.append(to_json(kampung))
    return lines


def measure(path: Path) -> tuple[int, int, float, int]:
    """Validate ``path`` in a fresh interpreter: (valid, invalid, seconds, peak KiB)."""
    output = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], check=True, capture_output=True, text=True
    ).stdout.split()
    return int(output[0]), int(output[1]), float(output[2]), int(output[3])


def run(sizes: list[int]) -> list[tuple[int, float, int]]:
    """Write a file of each size and validate it in a fresh interpreter: ``(records, records/s, peak KiB)``."""
    sample = records(1000)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"kampung-{size}.jsonl"
            with path.open("w", encoding="utf-8") as stream:
                for index in range(size):
                    stream.write(sample[index % len(sample)].replace("Kampung KB ", f"Kampung KB {index}-", 1))
                    stream.write("\n")
            valid, invalid, seconds, peak = measure(path)
            if invalid or valid != size:
                raise SystemExit(f"expected {size} valid records, found {valid} valid and {invalid} invalid")
            rows.append((size, size / seconds, peak))
    return rows


def main(argv: list[str]) -> int:
    """Write the files, validate them, print the table; exit 1 if memory grew with length."""
    sizes = [int(arg) for arg in argv] or [10_000, 100_000]
    rows = run(sizes)
    print(f"{'records':>9} {'records/s':>11} {'peak RSS':>10}")
    for size, rate, peak in rows:
        print(f"{size:>9,} {rate:>11,.0f} {peak / 1024:>8.1f} MiB")
    growth = rows[-1][2] / rows[0][2]
    print(f"peak memory at {sizes[-1]:,} records is {growth:.2f}× the peak at {sizes[0]:,}")
    return 0 if growth < GROWTH_LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
