"""Importing each area in a fresh interpreter, against ``from pydantic import BaseModel`` in the same run.

Each figure is the median CPU time (user + system, from ``getrusage`` of the finished
child: unlike wall time, it does not count waiting for a CPU on a shared machine; ``--wall``
in ``run.py`` times wall clock instead) of fresh interpreters running the statement, less
that of a bare interpreter (``python -c pass``) of the same round, in milliseconds;
rounds are interleaved, in rotating order. Bytecode is cached (in a temporary
``PYTHONPYCACHEPREFIX``, after one warm-up run of each statement), as it is for an installed
package, so compiling sources is not counted for anyone. The targets: each area ≤ 50 ms, and
≤ 0.8× pydantic's ``BaseModel`` import (the per-round ratio's median).

A second check imports every module in a fresh interpreter with an audit hook on ``open``
and lists the reference data files (``kampungkb/data/...``) read while importing: there must
be none, since reference data is loaded on first use.

    python benchmarks/bench_import.py [rounds]
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

from _harness import Spread

AREAS = ("dates", "regions", "legal", "people", "kampung", "events")
STATEMENTS = {
    "bare interpreter": "pass",
    "from pydantic import BaseModel": "from pydantic import BaseModel",
    "kampungkb": "import kampungkb",
    **{f"kampungkb.{area}": f"import kampungkb.{area}" for area in AREAS},
}
TARGET_MS = 50.0
TARGET_RATIO = 0.8

_DATA_READ_AT_IMPORT = """
import json, sys
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], str) and "kampungkb" in args[0] and args[0].endswith((".json", ".xz")):
        opened.append(args[0])
sys.addaudithook(hook)
import kampungkb, kampungkb.regions, kampungkb.dates, kampungkb.people, kampungkb.kampung, kampungkb.legal
import kampungkb.events, kampungkb.bulk, kampungkb.schema, kampungkb.codec
print(json.dumps(opened))
"""


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(rounds: int = 11, *, wall: bool = False) -> dict[str, tuple[float, Spread]]:
    """For each statement: (median ms over the bare interpreter, ratio to pydantic's BaseModel import)."""
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    names = list(STATEMENTS)
    with tempfile.TemporaryDirectory() as cache:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for statement in STATEMENTS.values():  # warm-up: write the bytecode
            subprocess.run([sys.executable, "-c", statement], check=True, env=env)
        for index in range(rounds):
            for name in names[index % len(names) :] + names[: index % len(names)]:
                clock = time.perf_counter if wall else _child_cpu
                start = clock()
                subprocess.run([sys.executable, "-c", STATEMENTS[name]], check=True, env=env)
                samples[name].append((clock() - start) * 1000)
    bare = samples.pop("bare interpreter")
    over = {name: [value - base for value, base in zip(values, bare, strict=True)] for name, values in samples.items()}
    pydantic = over["from pydantic import BaseModel"]
    return {
        name: (
            statistics.median(values),
            Spread.of([mine / max(theirs, 0.1) for mine, theirs in zip(values, pydantic, strict=True)]),
        )
        for name, values in over.items()
    }


def data_read_at_import() -> list[str]:
    """The reference data files a fresh interpreter reads while importing every module (should be none)."""
    output = subprocess.run([sys.executable, "-c", _DATA_READ_AT_IMPORT], check=True, capture_output=True, text=True)
    found: list[str] = json.loads(output.stdout)
    return found


def main(argv: list[str]) -> int:
    """Print the import times and whether the targets hold."""
    results = measure(int(argv[0]) if argv else 11)
    ok = True
    for name, (ms, ratio) in results.items():
        verdict = ""
        if name.startswith("kampungkb."):
            met = ms <= TARGET_MS and ratio.median <= TARGET_RATIO
            ok &= met
            verdict = "PASS" if met else "FAIL"
        print(f"{name:<32} {ms:7.1f} ms  {ratio.ratio_text():>20} of pydantic  {verdict}")
    read = data_read_at_import()
    print(f"reference data files read while importing every module: {len(read)} {read or ''}")
    return 0 if ok and not read else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
