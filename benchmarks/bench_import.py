"""``import kampungkb`` in a fresh interpreter, against importing attrs + cattrs + dateutil alone.

Each figure is the median wall time of fresh interpreters, less the median time of a bare
interpreter (``python -c pass``), in milliseconds; runs are interleaved. Bytecode is cached
(in a temporary ``PYTHONPYCACHEPREFIX``, after one warm-up run of each statement), as it is
for an installed package, so compiling sources is not counted for anyone. A second check
imports every area module in a fresh interpreter with an audit hook on ``open`` and lists
the reference data files (``kampungkb/data/...``) read while importing: there must be none,
since reference data is loaded on first use.

    python benchmarks/bench_import.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

STATEMENTS = {
    "bare interpreter": "pass",
    "attrs + cattrs + dateutil": "import attrs, cattrs, dateutil.parser",
    "kampungkb": "import kampungkb",
    "kampungkb + every area module": (
        "import kampungkb, kampungkb.regions, kampungkb.dates, kampungkb.people, kampungkb.kampung, "
        "kampungkb.legal, kampungkb.events"
    ),
}
TARGET_MS = 100.0
TARGET_RATIO = 1.5

_DATA_READ_AT_IMPORT = """
import json, sys
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], str) and "kampungkb" in args[0] and args[0].endswith((".json", ".xz")):
        opened.append(args[0])
sys.addaudithook(hook)
import kampungkb, kampungkb.regions, kampungkb.dates, kampungkb.people, kampungkb.kampung, kampungkb.legal
import kampungkb.events, kampungkb.bulk, kampungkb.schema
print(json.dumps(opened))
"""


def measure(rounds: int = 21) -> dict[str, float]:
    """Median milliseconds per statement, bare interpreter subtracted."""
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    with tempfile.TemporaryDirectory() as cache:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for statement in STATEMENTS.values():  # warm-up: write the bytecode
            subprocess.run([sys.executable, "-c", statement], check=True, env=env)
        for _ in range(rounds):
            for name, statement in STATEMENTS.items():
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", statement], check=True, env=env)
                samples[name].append((time.perf_counter() - start) * 1000)
    medians = {name: statistics.median(values) for name, values in samples.items()}
    bare = medians.pop("bare interpreter")
    return {name: value - bare for name, value in medians.items()}


def data_read_at_import() -> list[str]:
    """The reference data files a fresh interpreter reads while importing every module (should be none)."""
    output = subprocess.run([sys.executable, "-c", _DATA_READ_AT_IMPORT], check=True, capture_output=True, text=True)
    found: list[str] = json.loads(output.stdout)
    return found


def main() -> int:
    """Print the import times and whether the targets hold."""
    results = measure()
    for name, value in results.items():
        print(f"{name:<32} {value:7.1f} ms")
    ours = results["kampungkb"]
    deps = results["attrs + cattrs + dateutil"]
    ratio = ours / deps
    read = data_read_at_import()
    print(f"import kampungkb: {ours:.1f} ms (target ≤ {TARGET_MS:.0f})")
    print(f"{ratio:.2f}× its dependencies' import (target ≤ {TARGET_RATIO})")
    print(f"reference data files read while importing every module: {len(read)} {read or ''}")
    return 0 if ours <= TARGET_MS and ratio <= TARGET_RATIO and not read else 1


if __name__ == "__main__":
    raise SystemExit(main())
