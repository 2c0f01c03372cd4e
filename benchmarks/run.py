"""Every kampungkb benchmark in one run, with the issue's targets: ``python benchmarks/run.py``.

Install the extra first (``pip install '.[bench]'`` from a checkout; in a development tree
``PYTHONPATH=src`` works too). The script

1. loads and dumps the same documents with kampungkb, pydantic v2 and msgspec (equivalent
   models: ``models_pydantic.py``, ``models_msgspec.py``) — from a dict, from JSON bytes, to
   a dict, to a JSON string — and loads a document with five errors and formats them;
2. times ``import kampungkb`` against its dependencies (``bench_import.py``) and checks that
   no reference data is read at import;
3. times the canonical Indonesian date forms against dateutil (``bench_dates.py``);
4. parses the 45 real citation variants (``bench_citations.py``);
5. validates JSON Lines files of 10,000 and 100,000 records (``bench_jsonl.py``).

Every comparison is measured in interleaved rounds in one process and reported as medians
(``_harness.py``); ratios are taken between figures of the same run. It prints the table and
each target as met or not met, and exits with status 1 when a target is not met.

Options: ``--quick`` (fewer rounds, smaller JSON Lines files: a smoke test, not a
measurement), ``--rounds N`` (rounds per comparison, default 15).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass

import bench_citations
import bench_dates
import bench_import
import bench_jsonl
import msgspec
import pydantic
from _harness import compare
from documents import DOCUMENTS, Document

import kampungkb
from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError

OPERATIONS = ("load from dict", "load from JSON bytes", "dump to dict", "dump to JSON string")


@dataclass
class Target:
    """One of the issue's targets and the figure measured for it."""

    name: str
    measured: float
    limit: float
    unit: str
    at_most: bool = True

    @property
    def met(self) -> bool:
        return self.measured <= self.limit if self.at_most else self.measured >= self.limit

    def row(self) -> str:
        sign = "≤" if self.at_most else "≥"
        figure = f"{self.measured:.2f}{self.unit}"
        verdict = "met" if self.met else "NOT MET"
        return f"  {self.name:<58} {figure:>10}  (target {sign} {self.limit:g}{self.unit})  {verdict}"


def contenders(document: Document) -> dict[str, dict[str, Callable[[], object]]]:
    """The calls timed for each operation, by library, on one document."""
    data = to_dict(document.value)
    text = to_json(document.value).encode()
    ours, theirs_p, theirs_m = document.kampungkb, document.pydantic, document.msgspec
    p_value = theirs_p.model_validate(data)
    m_value = msgspec.convert(data, theirs_m)
    return {
        "load from dict": {
            "kampungkb": lambda: from_dict(data, ours),
            "pydantic": lambda: theirs_p.model_validate(data),
            "msgspec": lambda: msgspec.convert(data, theirs_m),
        },
        "load from JSON bytes": {
            "kampungkb": lambda: from_json(text, ours),
            "pydantic": lambda: theirs_p.model_validate_json(text),
            "msgspec": lambda: msgspec.json.decode(text, type=theirs_m),
        },
        "dump to dict": {
            "kampungkb": lambda: to_dict(document.value),
            "pydantic": lambda: p_value.model_dump(mode="json"),
            "msgspec": lambda: msgspec.to_builtins(m_value),
        },
        "dump to JSON string": {
            "kampungkb": lambda: to_json(document.value),
            "pydantic": lambda: p_value.model_dump_json(),  # noqa: PLW0108 - every contender is a lambda
            "msgspec": lambda: msgspec.json.encode(m_value),
        },
    }


def check_equivalent(document: Document) -> None:
    """The three libraries load the document and dump the same JSON, and all refuse the broken one."""
    data = to_dict(document.value)
    text = to_json(document.value)
    if from_dict(data, document.kampungkb) != document.value:
        raise AssertionError(f"{document.name}: kampungkb does not round-trip")
    p_value = document.pydantic.model_validate(data)
    m_value = msgspec.convert(data, document.msgspec)
    if document.pydantic.model_validate_json(text) != p_value:
        raise AssertionError(f"{document.name}: pydantic reads dict and JSON differently")
    if msgspec.json.decode(text.encode(), type=document.msgspec) != m_value:
        raise AssertionError(f"{document.name}: msgspec reads dict and JSON differently")
    dumps = {
        "pydantic": json.loads(p_value.model_dump_json()),
        "msgspec": json.loads(msgspec.json.encode(m_value)),
        "pydantic (dict)": json.loads(json.dumps(p_value.model_dump(mode="json"))),
        "msgspec (dict)": json.loads(json.dumps(msgspec.to_builtins(m_value))),
    }
    for name, dumped in dumps.items():
        if dumped != data:
            raise AssertionError(f"{document.name}: {name} dumps different JSON than kampungkb")
    for name, count in error_counts(document).items():
        if count == 0:
            raise AssertionError(f"{document.name}: {name} accepts the broken document")


def load_and_format(document: Document) -> dict[str, Callable[[], str]]:
    """Load the broken document and format its errors, with each library."""
    broken = document.broken()

    def ours() -> str:
        try:
            from_dict(broken, document.kampungkb)
        except ValidationError as exc:
            return str(exc)
        raise AssertionError("accepted")

    def with_pydantic() -> str:
        try:
            document.pydantic.model_validate(broken)
        except pydantic.ValidationError as exc:
            return str(exc)
        raise AssertionError("accepted")

    def with_msgspec() -> str:
        try:
            msgspec.convert(broken, document.msgspec)
        except msgspec.ValidationError as exc:
            return str(exc)
        raise AssertionError("accepted")

    return {"kampungkb": ours, "pydantic": with_pydantic, "msgspec": with_msgspec}


def error_counts(document: Document) -> dict[str, int]:
    """How many of the document's errors each library reports."""
    broken = document.broken()
    counts = {}
    try:
        from_dict(broken, document.kampungkb)
        counts["kampungkb"] = 0
    except ValidationError as exc:
        counts["kampungkb"] = len(exc.errors)
    try:
        document.pydantic.model_validate(broken)
        counts["pydantic"] = 0
    except pydantic.ValidationError as exc:
        counts["pydantic"] = exc.error_count()
    try:
        msgspec.convert(broken, document.msgspec)
        counts["msgspec"] = 0
    except msgspec.ValidationError:
        counts["msgspec"] = 1  # msgspec stops at the first error
    return counts


def machine() -> str:
    """The machine: CPUs, CPU model, Python and library versions."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as stream:
            model = next(line.split(":", 1)[1].strip() for line in stream if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return (
        f"{os.cpu_count()} CPUs ({model}); Python {platform.python_version()}; kampungkb {kampungkb.__version__}, "
        f"pydantic {pydantic.VERSION}, msgspec {msgspec.__version__}"
    )


def codec_section(rounds: int, targets: list[Target]) -> None:
    """Time the four operations and the error path on each document; print them; record the targets."""
    print(f"{'':<34}{'kampungkb':>11}{'pydantic':>11}{'msgspec':>11}{'÷ pydantic':>12}{'÷ msgspec':>11}")
    for document in DOCUMENTS:
        check_equivalent(document)
        print(f"{document.name} — {document.size()}")
        calls = contenders(document)
        calls["load + format 5 errors"] = load_and_format(document)
        for operation, contending in calls.items():
            times = compare(contending, rounds=rounds)
            ours = times["kampungkb"]
            by_p, by_m = ours / times["pydantic"], ours / times["msgspec"]
            print(
                f"  {operation:<32}{ours:>8.1f} µs{times['pydantic']:>8.1f} µs{times['msgspec']:>8.1f} µs"
                f"{by_p:>11.2f}×{by_m:>10.2f}×"
            )
            short = document.short
            if operation.startswith("load from"):
                targets.append(Target(f"{short}: {operation}, ÷ pydantic", by_p, 1.0, "×"))
                targets.append(Target(f"{short}: {operation}, ÷ msgspec", by_m, 4.0, "×"))
            elif operation.startswith("dump"):
                targets.append(Target(f"{short}: {operation}, ÷ pydantic", by_p, 0.8, "×"))
        counts = error_counts(document)
        print(
            f"  {'errors reported (of 5)':<32}{counts['kampungkb']:>11}{counts['pydantic']:>11}{counts['msgspec']:>11}"
        )


def main(argv: list[str]) -> int:
    """Run everything, print the tables and the targets; 1 when a target is not met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and smaller files: a smoke test")
    parser.add_argument("--rounds", type=int, default=15, help="interleaved rounds per comparison")
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else args.rounds
    targets: list[Target] = []

    print(machine())
    print(f"median of {rounds} interleaved rounds per comparison; ratios from this run\n")
    codec_section(rounds, targets)

    print("\nimport (fresh interpreters, bytecode cached, bare interpreter subtracted)")
    imports = bench_import.measure(rounds=5 if args.quick else 21)
    for name, value in imports.items():
        print(f"  {name:<34}{value:>8.1f} ms")
    read = bench_import.data_read_at_import()
    print(f"  reference data files read at import: {len(read)}")
    ours, deps = imports["kampungkb"], imports["attrs + cattrs + dateutil"]
    targets.append(Target("import kampungkb", ours, bench_import.TARGET_MS, " ms"))
    targets.append(
        Target("import kampungkb ÷ import attrs + cattrs + dateutil", ours / deps, bench_import.TARGET_RATIO, "×")
    )
    targets.append(Target("reference data files read at import", len(read), 0, ""))

    print("\ncanonical Indonesian dates: kampungkb.dates.parse_date vs dateutil.parser.parse (same parserinfo)")
    ratios = []
    for text, mine, theirs in bench_dates.measure(rounds=rounds):
        ratios.append(theirs / mine)
        print(f"  {text!r:<32}{mine:>8.2f} µs{theirs:>8.2f} µs{theirs / mine:>9.1f}× faster")
    targets.append(
        Target("canonical dates: slowest speed-up over dateutil", min(ratios), bench_dates.TARGET, "×", False)
    )

    variants, texts, each = bench_citations.measure(rounds=rounds)
    print(f"\ncitations: {variants} real variants ({texts} texts): {each:.1f} µs each, {1e6 / each:,.0f} citations/s")

    sizes = [2_000, 20_000] if args.quick else [10_000, 100_000]
    print("\niter_jsonl over KampungKB records (fresh interpreter per file)")
    rows = bench_jsonl.run(sizes)
    for size, rate, peak in rows:
        print(f"  {size:>9,} records {rate:>10,.0f} records/s   peak RSS {peak / 1024:6.1f} MiB")
    growth = rows[-1][2] / rows[0][2]
    targets.append(
        Target(f"JSONL peak memory, {sizes[-1]:,} ÷ {sizes[0]:,} records", growth, bench_jsonl.GROWTH_LIMIT, "×")
    )

    print("\ntargets")
    for target in targets:
        print(target.row())
    missed = [target for target in targets if not target.met]
    print(f"\n{len(targets) - len(missed)} of {len(targets)} targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
