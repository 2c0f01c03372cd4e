"""Convert JSON Lines files of Kampung KB records to Parquet with ``write_parquet``: records/s and peak memory.

Writes N generated ``KampungKB`` records (N = 10,000 and 100,000 by default, the same records
as ``bench_jsonl.py``) to a temporary JSON Lines file, then, in a fresh interpreter per file,
streams ``iter_jsonl`` into ``write_parquet`` (record batches of ``DEFAULT_BATCH_SIZE``) and
reports the records per second, the process's peak resident memory (``VmHWM`` from
``/proc/self/status``), the growth of that peak over the process's memory after the imports,
and the Parquet file's size. Memory must not grow with the file's length: one batch is held
at a time.

    python benchmarks/bench_parquet.py [N ...]

Needs ``kampungkb[arrow]``; Linux (for ``/proc/self/status``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench_jsonl import records

#: Peak memory at the largest file may exceed the smallest file's by less than this factor ("flat").
GROWTH_LIMIT = 1.10

_MEASURE = """
import sys, time
from pathlib import Path

def vm(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise SystemExit("no " + key)

from kampungkb.analysis import write_parquet
from kampungkb.bulk import iter_jsonl
from kampungkb.kampung import KampungKB
import pyarrow.parquet
after_imports = vm("VmRSS")
invalid = 0

def valid_records():
    global invalid
    for _, result in iter_jsonl(sys.argv[1], KampungKB):
        if isinstance(result, Exception):
            invalid += 1
        else:
            yield result

start = time.perf_counter()
written = write_parquet(valid_records(), sys.argv[2], KampungKB)
elapsed = time.perf_counter() - start
print(written, invalid, elapsed, vm("VmHWM"), after_imports, Path(sys.argv[2]).stat().st_size)
"""


def measure(source: Path, target: Path) -> tuple[int, int, float, int, int, int]:
    """Convert in a fresh interpreter: (written, invalid, seconds, peak KiB, KiB after imports, bytes)."""
    output = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(source), str(target)], check=True, capture_output=True, text=True
    ).stdout.split()
    written, invalid, seconds, peak, base, size = output
    return int(written), int(invalid), float(seconds), int(peak), int(base), int(size)


def run(sizes: list[int]) -> list[tuple[int, float, int, int, int]]:
    """Write a JSON Lines file of each size and convert it: ``(records, records/s, peak KiB, base KiB, bytes)``."""
    sample = records(1000)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"kampung-{size}.jsonl"
            with path.open("w", encoding="utf-8") as stream:
                for index in range(size):
                    stream.write(sample[index % len(sample)].replace("Kampung KB ", f"Kampung KB {index}-", 1))
                    stream.write("\n")
            written, invalid, seconds, peak, base, parquet_bytes = measure(
                path, Path(folder) / f"kampung-{size}.parquet"
            )
            if invalid or written != size:
                raise SystemExit(f"expected {size} records written, found {written} written and {invalid} invalid")
            rows.append((size, size / seconds, peak, base, parquet_bytes))
    return rows


def main(argv: list[str]) -> int:
    """Write the files, convert them, print the table; exit 1 if memory grew with length."""
    sizes = [int(arg) for arg in argv] or [10_000, 100_000]
    rows = run(sizes)
    print(f"{'records':>9} {'records/s':>11} {'peak (VmHWM)':>13} {'after imports':>14} {'Parquet':>10}")
    for size, rate, peak, base, parquet_bytes in rows:
        print(
            f"{size:>9,} {rate:>11,.0f} {peak / 1024:>9.1f} MiB {base / 1024:>10.1f} MiB"
            f" {parquet_bytes / 1024 / 1024:>6.2f} MiB"
        )
    growth = rows[-1][2] / rows[0][2]
    print(f"peak memory at {sizes[-1]:,} records is {growth:.2f}× the peak at {sizes[0]:,}")
    return 0 if growth < GROWTH_LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
