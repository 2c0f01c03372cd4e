"""``import kampungkb`` in a fresh interpreter, against importing attrs + cattrs + dateutil alone.

Each figure is the median wall time of fresh interpreters, less the median time of a bare
interpreter (``python -c pass``), in milliseconds; runs are interleaved.

    python benchmarks/bench_import.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

STATEMENTS = {
    "bare interpreter": "pass",
    "attrs + cattrs + dateutil": "import attrs, cattrs, dateutil.parser",
    "kampungkb": "import kampungkb",
    "kampungkb + every area module": (
        "import kampungkb, kampungkb.regions, kampungkb.dates, kampungkb.people kampungkb.kampung, kampungkb.events"
    ),
}
TARGET_MS = 100.0
TARGET_RATIO = 1.5


def measure(rounds: int = 21) -> dict[str, float]:
    """Median milliseconds per statement, bare interpreter subtracted."""
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(rounds):
        for name, statement in STATEMENTS.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", statement], check=True)
            samples[name].append((time.perf_counter() - start) * 1000)
    medians = {name: statistics.median(values) for name, values in samples.items()}
    bare = medians.pop("bare interpreter")
    return {name: value - bare for name, value in medians.items()}


def main() -> int:
    """Print the import times and whether the targets hold."""
    results = measure()
    for name, value in results.items():
        print(f"{name:<32} {value:7.1f} ms")
    ours = results["kampungkb"]
    deps = results["attrs + cattrs + dateutil"]
    ratio = ours / deps
    print(f"import kampungkb: {ours:.1f} ms (target ≤ {TARGET_MS:.0f})")
    print(f"{ratio:.2f}× its dependencies' import (target ≤ {TARGET_RATIO})")
    return 0 if ours <= TARGET_MS and ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
