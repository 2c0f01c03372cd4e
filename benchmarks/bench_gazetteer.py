"""The national gazetteer's costs: packed size, import time, first lookup, first search, older editions.

Each figure is the median (and the best) wall time over fresh interpreters, in milliseconds,
bytecode cached (a temporary ``PYTHONPYCACHEPREFIX`` after a warm-up run). The lookup and
search figures are the time of the call alone, measured inside the fresh interpreter after
the imports, so they are what a program pays the first time it asks.

``--baseline SRC`` also times ``import kampungkb`` and every area module with another source
tree on ``PYTHONPATH`` (e.g. a checkout of main), interleaved with this one: the ratio shows
whether the gazetteer changed import time.

    python benchmarks/bench_gazetteer.py [--rounds 15] [--baseline /path/to/main/src]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

IMPORT_ALL = (
    "import kampungkb, kampungkb.regions, kampungkb.dates, kampungkb.people, kampungkb.kampung, "
    "kampungkb.legal, kampungkb.events"
)

#: Snippets that print the milliseconds of the step they time (imports done before the clock starts).
TIMED = {
    "first lookup (name of a code)": (
        "import time\nfrom kampungkb.regions import national_gazetteer\n"
        "t = time.perf_counter(); national_gazetteer().name('35.75')\n"
        "print((time.perf_counter() - t) * 1000)"
    ),
    "first search (after the first lookup)": (
        "import time\nfrom kampungkb.regions import national_gazetteer\ng = national_gazetteer(); g.name('35')\n"
        "t = time.perf_counter(); g.search('Kab. Lima Puluh Kota')\n"
        "print((time.perf_counter() - t) * 1000)"
    ),
    "later search": (
        "import time\nfrom kampungkb.regions import national_gazetteer\ng = national_gazetteer(); g.search('Jatim')\n"
        "t = time.perf_counter(); g.search('Purworejo')\n"
        "print((time.perf_counter() - t) * 1000)"
    ),
    "older edition (2020), after the current": (
        "import time\nfrom kampungkb.regions import national_gazetteer\nnational_gazetteer().name('35')\n"
        "t = time.perf_counter(); national_gazetteer(2020).name('35.75')\n"
        "print((time.perf_counter() - t) * 1000)"
    ),
    "check_places(seed workshop), first call": (
        "import time\nfrom kampungkb.regions import check_places\n"
        "from kampungkb.examples import pasuruan_city_workshop_2020\nw = pasuruan_city_workshop_2020()\n"
        "t = time.perf_counter(); check_places(w)\n"
        "print((time.perf_counter() - t) * 1000)"
    ),
}


def _env(cache: str, path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    env["PYTHONPATH"] = str(path)
    return env


def _wall(statement: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, env=env)
    return (time.perf_counter() - start) * 1000


def measure(rounds: int, baseline: Path | None) -> dict[str, object]:
    """Every figure of the benchmark, in milliseconds and bytes."""
    data = resources.files("kampungkb").joinpath("data", "regions")
    figures: dict[str, object] = {
        "packed bytes": {name: len(data.joinpath(name).read_bytes()) for name in ("wilayah.xz", "wilayah-editions.xz")}
    }
    with tempfile.TemporaryDirectory() as cache:
        trees = {"this tree": SRC} | ({"baseline": baseline} if baseline is not None else {})
        envs = {name: _env(cache, path) for name, path in trees.items()}
        for env in envs.values():
            _wall(IMPORT_ALL, env)
            _wall("pass", env)
        imports: dict[str, list[float]] = {name: [] for name in envs}
        for _ in range(rounds):
            for name, env in envs.items():
                imports[name].append(_wall(IMPORT_ALL, env) - _wall("pass", env))
        figures["import kampungkb + every area (ms, median)"] = {
            name: round(statistics.median(values), 1) for name, values in imports.items()
        }
        if baseline is not None:
            ratio = statistics.median(imports["this tree"]) / statistics.median(imports["baseline"])
            figures["import ratio this/baseline"] = round(ratio, 2)
        env = envs["this tree"]
        for name, snippet in TIMED.items():
            values = []
            for _ in range(rounds):
                out = subprocess.run(
                    [sys.executable, "-c", snippet], check=True, env=env, capture_output=True, text=True
                )
                values.append(float(out.stdout))
            figures[name] = {"median ms": round(statistics.median(values), 1), "best ms": round(min(values), 1)}
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--baseline", type=Path)
    args = parser.parse_args()
    print(json.dumps(measure(args.rounds, args.baseline), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
