"""Validate JSON Lines files of Kampung KB records: records/s against pydantic, and peak memory.

Writes N generated ``KampungKB`` records to a temporary JSON Lines file. Each measurement
runs in a fresh child interpreter (``subprocess``, not a fork) that does only the work —
import, read the file line by line, validate every record — and reports its elapsed time and
its own peak resident memory (``VmHWM`` in ``/proc/self/status``), so the figure belongs to
the work alone and not to the benchmark that wrote the file.

* Throughput: kampungkb's ``iter_jsonl(path, KampungKB)`` against pydantic's
  ``KampungKB.model_validate_json(line)`` over the same file's lines, in interleaved rounds
  (rotating order); the ratio is the median of the per-round ratios of records/s.
* Memory: kampungkb's peak at the small file and at a file four times as long; ``iter_jsonl``
  holds one line at a time, so the two must be flat (the large ÷ the small < 1.10).

    python benchmarks/bench_jsonl.py [small large]
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from _harness import Spread

from kampungkb.codec import to_json
from kampungkb.dates import PartialDate
from kampungkb.kampung import KampungKB, SelectionCriteria
from kampungkb.regions import Location, RegionCode

#: Peak memory at the largest file may exceed the smallest file's by less than this factor ("flat").
GROWTH_LIMIT = 1.10
#: kampungkb's records/s must be at least this multiple of pydantic's.
TARGET_RATIO = 1.25

_PEAK = """
def peak_kib():
    with open("/proc/self/status", encoding="ascii") as stream:
        return next(int(line.split()[1]) for line in stream if line.startswith("VmHWM:"))
"""

_KAMPUNGKB = (
    _PEAK
    + """
import sys, time
from kampungkb.bulk import iter_jsonl
from kampungkb.kampung import KampungKB
clock = time.perf_counter if sys.argv[3] == "wall" else time.process_time
start = clock()
valid = invalid = 0
for _, result in iter_jsonl(sys.argv[1], KampungKB):
    if isinstance(result, Exception):
        invalid += 1
    else:
        valid += 1
print(valid, invalid, clock() - start, peak_kib())
"""
)

_PYDANTIC = (
    _PEAK
    + """
import sys, time
sys.path.insert(0, sys.argv[2])
import pydantic
from models_pydantic import KampungKB
clock = time.perf_counter if sys.argv[3] == "wall" else time.process_time
start = clock()
valid = invalid = 0
with open(sys.argv[1], "rb") as stream:
    for line in stream:
        if not line.strip():
            continue
        try:
            KampungKB.model_validate_json(line)
            valid += 1
        except pydantic.ValidationError:
            invalid += 1
print(valid, invalid, clock() - start, peak_kib())
"""
)

CHILDREN = {"kampungkb": _KAMPUNGKB, "pydantic": _PYDANTIC}


def records(count: int) -> list[str]:
    """``count`` distinct, valid KampungKB documents as JSON lines (a few hundred shapes, cycled)."""
    villages = [f"35.75.0{1 + i % 4}.1{i % 34 + 1:03d}" for i in range(34)]
    lines = []
    for index in range(count):
        kampung = KampungKB(
            name=f"Kampung KB {index}",
            location=Location(code=RegionCode.parse(villages[index % len(villages)]), rw=f"RW {index % 9 + 1:02d}"),
            launch_date=PartialDate.of(dt.date(2016, 1, 14) + dt.timedelta(days=index % 3000)),
            criteria=SelectionCriteria(),
            description=("Kampung KB percontohan " * (index % 5)).strip() or None,
        )
        lines.append(to_json(kampung))
    return lines


def child(library: str, path: Path, *, wall: bool = False) -> tuple[float, int]:
    """Validate ``path`` with ``library`` in a fresh interpreter: (records/s, peak KiB); every record valid.

    The time is the child's CPU time over the validation (``wall``: its wall time).
    """
    here = str(Path(__file__).resolve().parent)
    clock = "wall" if wall else "cpu"
    output = subprocess.run(
        [sys.executable, "-c", CHILDREN[library], str(path), here, clock], check=True, capture_output=True, text=True
    ).stdout.split()
    valid, invalid, seconds, peak = int(output[0]), int(output[1]), float(output[2]), int(output[3])
    if invalid:
        raise SystemExit(f"{library}: {invalid} of {valid + invalid} records refused")
    return valid / seconds, peak


def write(path: Path, size: int, sample: list[str]) -> None:
    """A JSON Lines file of ``size`` distinct records."""
    with path.open("w", encoding="utf-8") as stream:
        for index in range(size):
            stream.write(sample[index % len(sample)].replace("Kampung KB ", f"Kampung KB {index}-", 1))
            stream.write("\n")


def run(small: int, large: int, rounds: int = 3, *, wall: bool = False) -> tuple[dict[str, float], Spread, int, int]:
    """(median records/s by library, per-round ratio kampungkb ÷ pydantic, peak KiB small, peak KiB large)."""
    sample = records(1000)
    names = list(CHILDREN)
    rates: dict[str, list[float]] = {name: [] for name in names}
    peaks: list[int] = []
    with tempfile.TemporaryDirectory() as folder:
        small_path, large_path = Path(folder) / "small.jsonl", Path(folder) / "large.jsonl"
        write(small_path, small, sample)
        write(large_path, large, sample)
        for index in range(rounds):
            for name in names[index % len(names) :] + names[: index % len(names)]:
                rate, peak = child(name, small_path, wall=wall)
                rates[name].append(rate)
                if name == "kampungkb":
                    peaks.append(peak)
        _, large_peak = child("kampungkb", large_path)
    ratio = Spread.of([a / b for a, b in zip(rates["kampungkb"], rates["pydantic"], strict=True)])
    medians = {name: sorted(values)[len(values) // 2] for name, values in rates.items()}
    return medians, ratio, max(peaks), large_peak


def main(argv: list[str]) -> int:
    """Write the files, validate them, print the figures; exit 1 if a target is missed."""
    small, large = (int(argv[0]), int(argv[1])) if argv else (50_000, 200_000)
    rates, ratio, small_peak, large_peak = run(small, large)
    for name, rate in rates.items():
        print(f"{name:<10} {rate:>10,.0f} records/s")
    print(f"kampungkb ÷ pydantic records/s: {ratio.ratio_text()} (target ≥ {TARGET_RATIO})")
    growth = large_peak / small_peak
    print(
        f"peak memory (VmHWM): {small:,} records {small_peak / 1024:.1f} MiB, {large:,} records "
        f"{large_peak / 1024:.1f} MiB: {growth:.2f}× (target < {GROWTH_LIMIT})"
    )
    return 0 if growth < GROWTH_LIMIT and ratio.median >= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
