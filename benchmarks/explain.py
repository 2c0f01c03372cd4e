"""Where the time goes in the targets ``run.py`` reports as not met: JSON loads and the workshop's JSON dump.

For each document it times, in interleaved rounds of one run, the pieces of ``from_json``
(the standard library's parser alone, kampungkb's parser — orjson with its write-back check
for duplicate keys, see ``docs/performance.md`` — and ``from_dict`` on freshly parsed data)
and of ``to_json`` (``to_dict``, the generated JSON writer, and ``json.dumps`` of
``to_dict`` as before), next to pydantic's; then prints the functions that take the most
time in a profile of each.

    python benchmarks/explain.py
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import sys

from _harness import compare
from documents import DOCUMENTS, Document

from kampungkb._core import parse_json
from kampungkb.codec import from_dict, from_json, to_dict, to_json


def loads(document: Document, rounds: int) -> None:
    """The pieces of from_json, and pydantic's JSON load."""
    text = to_json(document.value).encode()
    times = compare(
        {
            "json.loads (no duplicate-key check)": lambda: json.loads(text),
            "parse_json (orjson, duplicates refused)": lambda: parse_json(text),
            "json.loads + from_dict": lambda: from_dict(json.loads(text), document.kampungkb),
            "from_json": lambda: from_json(text, document.kampungkb),
            "pydantic model_validate_json": lambda: document.pydantic.model_validate_json(text),
        },
        rounds=rounds,
    )
    for name, value in times.items():
        print(f"  {name:<40}{value:>8.1f} µs")
    plain = times["json.loads (no duplicate-key check)"]
    print(f"  {'= parse_json - json.loads':<40}{times['parse_json (orjson, duplicates refused)'] - plain:>8.1f} µs")
    print(f"  {'= from_dict on freshly parsed data':<40}{times['json.loads + from_dict'] - plain:>8.1f} µs")
    profile(lambda: from_json(text, document.kampungkb))


def dumps(document: Document, rounds: int) -> None:
    """The pieces of to_json, and pydantic's JSON dump."""
    value = document.value
    theirs = document.pydantic.model_validate(to_dict(value))
    times = compare(
        {
            "to_dict": lambda: to_dict(value),
            "to_json (generated writer)": lambda: to_json(value),
            "json.dumps(to_dict(...))": lambda: json.dumps(
                to_dict(value), ensure_ascii=False, allow_nan=False, separators=(",", ":")
            ),
            "pydantic model_dump_json": lambda: theirs.model_dump_json(),  # noqa: PLW0108 - all lambdas
        },
        rounds=rounds,
    )
    for name, figure in times.items():
        print(f"  {name:<40}{figure:>8.1f} µs")
    profile(lambda: to_json(value))


def profile(call: object, calls: int = 2000, lines: int = 12) -> None:
    """The functions with the most time of their own over ``calls`` calls."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        call()  # type: ignore[operator]
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(lines)
    table = out.getvalue().split("ncalls", 1)[1].rstrip()
    print(f"  profile of {calls} calls (cProfile, sorted by own time):\n    ncalls" + table.replace("\n", "\n  "))


def main(argv: list[str]) -> int:
    """Print the breakdowns."""
    rounds = int(argv[0]) if argv else 15
    for document in DOCUMENTS:
        print(f"{document.name}\n load from JSON bytes")
        loads(document, rounds)
        print(" dump to JSON string")
        dumps(document, rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
