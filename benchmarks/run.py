"""Every kampungkb benchmark in one run, with each of the issue's targets: ``python benchmarks/run.py``.

Install the extra first (``pip install '.[bench]'`` from a checkout; in a development tree
``PYTHONPATH=src`` works too). The script

1. loads and dumps the same documents with kampungkb, pydantic v2 and msgspec (equivalent
   models, checked to load the same documents, dump the same JSON and refuse the broken
   ones: ``models_pydantic.py``, ``models_msgspec.py``) — from a dict, from JSON bytes and
   from a JSON str, to a dict, to JSON — for the workshop and a batch of 200 generated
   Kampung KB histories (``documents.py``), and loads a document with five errors and
   formats them; this is repeated ``--runs`` times (default 3), each run its own set of
   interleaved rounds;
2. times importing each area in fresh interpreters against ``from pydantic import
   BaseModel`` (``bench_import.py``) and checks that no reference data is read at import;
3. times loading a 3,000-report history against a 10-report one, per report (linear rules);
4. validates JSON Lines files (50,000 and 200,000 records) in fresh child processes,
   against pydantic, with each child's own peak memory (``bench_jsonl.py``);
5. times the canonical Indonesian date forms against dateutil (``bench_dates.py``) and
   parses the real citation variants (``bench_citations.py``).

Timing (``_harness.py``): interleaved rounds in rotating order, garbage collector on,
medians; each ratio is the median of the per-round ratios, printed with its lowest and
highest round. It ends with one line per target — the measured ratio, PASS or FAIL — and
exits with status 1 when a target fails.

Options: ``--quick`` (few rounds, small files: a smoke test, not a measurement),
``--rounds N`` (rounds per comparison, default 15), ``--runs N`` (default 3),
``--targets`` (print only the target lines), ``--no-gc`` (pause the collector while timing),
``--wall`` (time wall clock instead of the process's CPU time, the default: see ``_harness.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

import bench_citations
import bench_dates
import bench_import
import bench_jsonl
import histories
import msgspec
import pydantic
from _harness import Spread, clock_name, ratio, rounds_of, use_wall_clock
from documents import DOCUMENTS, Document

import kampungkb
from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.kampung import KampungHistory

LOADS = ("load from dict", "load from JSON bytes", "load from JSON str")
DUMPS = ("dump to dict", "dump to JSON")
ERRORS = "load + format 5 errors"
#: The issue's limits.
VS_PYDANTIC = 0.8
LOAD_VS_MSGSPEC = 2.0
ERRORS_VS_PYDANTIC = 1.0
GROWTH_LIMIT = 3.0


@dataclass
class Target:
    """One of the issue's targets and the figures measured for it (one per run)."""

    name: str
    limit: float
    unit: str = "×"
    at_most: bool = True
    figures: list[float] = field(default_factory=list)

    @property
    def measured(self) -> float:
        """The median over the runs."""
        return statistics.median(self.figures)

    def passes(self, figure: float) -> bool:
        """Whether one figure meets the target."""
        return figure <= self.limit if self.at_most else figure >= self.limit

    @property
    def met(self) -> bool:
        """The median over the runs meets the target."""
        return self.passes(self.measured)

    def row(self) -> str:
        """One line: PASS/FAIL, the measured figure, the limit, and each run's figure."""
        sign = "≤" if self.at_most else "≥"
        verdict = "PASS" if self.met else "FAIL"
        runs = ""
        if len(self.figures) > 1:
            missed = sum(not self.passes(figure) for figure in self.figures)
            runs = "  runs " + " ".join(f"{figure:.2f}" for figure in self.figures)
            if missed and self.met:
                runs += f" ({missed} over)"
        figure = f"{self.measured:.2f}{self.unit}"
        return f"{verdict}  {self.name:<58} {figure:>10}  (target {sign} {self.limit:g}{self.unit}){runs}"


class Targets(dict[str, Target]):
    """The targets by name, in the order first recorded."""

    def record(self, name: str, figure: float, limit: float, unit: str = "×", *, at_most: bool = True) -> None:
        """Add one run's figure for a target."""
        self.setdefault(name, Target(name, limit, unit, at_most)).figures.append(figure)


def contenders(document: Document) -> dict[str, dict[str, Callable[[], object]]]:
    """The calls timed for each operation, by library, on the document's set (a loop over a batch)."""
    cls, theirs_p, theirs_m = document.kampungkb, document.pydantic, document.msgspec
    datas = [to_dict(value) for value in document.values]
    texts = [to_json(value) for value in document.values]
    raw = [text.encode() for text in texts]
    ours = document.values
    p_values = [theirs_p.model_validate(data) for data in datas]
    m_values = [msgspec.convert(data, theirs_m) for data in datas]
    decode = msgspec.json.decode
    return {
        "load from dict": {
            "kampungkb": lambda: [from_dict(data, cls) for data in datas],
            "pydantic": lambda: [theirs_p.model_validate(data) for data in datas],
            "msgspec": lambda: [msgspec.convert(data, theirs_m) for data in datas],
        },
        "load from JSON bytes": {
            "kampungkb": lambda: [from_json(text, cls) for text in raw],
            "pydantic": lambda: [theirs_p.model_validate_json(text) for text in raw],
            "msgspec": lambda: [decode(text, type=theirs_m) for text in raw],
        },
        "load from JSON str": {
            "kampungkb": lambda: [from_json(text, cls) for text in texts],
            "pydantic": lambda: [theirs_p.model_validate_json(text) for text in texts],
            "msgspec": lambda: [decode(text, type=theirs_m) for text in texts],
        },
        "dump to dict": {
            "kampungkb": lambda: [to_dict(value) for value in ours],
            "pydantic": lambda: [value.model_dump(mode="json") for value in p_values],
            "msgspec": lambda: [msgspec.to_builtins(value) for value in m_values],
        },
        "dump to JSON": {
            "kampungkb": lambda: [to_json(value) for value in ours],
            "pydantic": lambda: [value.model_dump_json() for value in p_values],
            "msgspec": lambda: [msgspec.json.encode(value) for value in m_values],
        },
    }


def check_equivalent(document: Document) -> None:
    """The three libraries load each document and dump the same JSON, and all refuse the broken one."""
    for value in document.values:
        data = to_dict(value)
        text = to_json(value)
        if from_dict(data, document.kampungkb) != value or from_json(text, document.kampungkb) != value:
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
    """The machine: CPUs, CPU model, load, Python and library versions."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as stream:
            model = next(line.split(":", 1)[1].strip() for line in stream if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        load = " load average {:.2f} {:.2f} {:.2f};".format(*os.getloadavg())
    except OSError:
        load = ""
    try:
        import orjson

        parser = f", orjson {orjson.__version__}"
    except ImportError:
        parser = ", no orjson"
    return (
        f"{os.cpu_count()} CPUs ({model});{load} Python {platform.python_version()}; "
        f"kampungkb {kampungkb.__version__}, "
        f"pydantic {pydantic.VERSION}, msgspec {msgspec.__version__}{parser}"
    )


def codec_section(rounds: int, runs: int, targets: Targets, *, show: bool, collect_garbage: bool) -> None:
    """Time the five operations and the error path on each document set, ``runs`` times; record the targets."""
    for document in DOCUMENTS:
        check_equivalent(document)
    for run in range(runs):
        if show:
            print(
                f"run {run + 1} of {runs}: µs per set (median of {rounds} rounds); "
                "ratio = median per-round ratio [range]"
            )
            print(f"{'':<26}{'kampungkb':>11}{'pydantic':>11}{'msgspec':>11}   {'÷ pydantic':<22}{'÷ msgspec':<22}")
        for document in DOCUMENTS:
            if show:
                print(f"{document.name} — {document.size()}")
            calls = contenders(document)
            calls[ERRORS] = load_and_format(document)
            for operation, contending in calls.items():
                samples = rounds_of(contending, rounds, collect_garbage=collect_garbage)
                by_p, by_m = ratio(samples, "kampungkb", "pydantic"), ratio(samples, "kampungkb", "msgspec")
                if show:
                    mine, p, m = (statistics.median(samples[name]) for name in ("kampungkb", "pydantic", "msgspec"))
                    print(
                        f"  {operation:<24}{mine:>11,.0f}{p:>11,.0f}{m:>11,.0f}   "
                        f"{by_p.ratio_text():<22}{by_m.ratio_text():<22}"
                    )
                short = document.short
                if operation == ERRORS:
                    targets.record(f"{short}: {operation} ÷ pydantic", by_p.median, ERRORS_VS_PYDANTIC)
                    continue
                targets.record(f"{short}: {operation} ÷ pydantic", by_p.median, VS_PYDANTIC)
                if operation in LOADS:
                    targets.record(f"{short}: {operation} ÷ msgspec", by_m.median, LOAD_VS_MSGSPEC)
            if show and run == 0:
                counts = error_counts(document)
                print(
                    f"  {'errors reported (of 5)':<24}{counts['kampungkb']:>11}{counts['pydantic']:>11}"
                    f"{counts['msgspec']:>11}"
                )


def imports_section(rounds: int, targets: Targets, *, show: bool, wall: bool) -> None:
    """Each area's import against pydantic's BaseModel; reference data read at import."""
    results = bench_import.measure(rounds=rounds, wall=wall)
    if show:
        print(f"\nimport in fresh interpreters, ms over the bare interpreter (median of {rounds} rounds)")
    for name, (ms, by_p) in results.items():
        if show:
            print(f"  {name:<34}{ms:>8.1f} ms   {by_p.ratio_text()} of pydantic")
        if name.startswith("kampungkb."):
            targets.record(f"import {name} (ms over the bare interpreter)", ms, bench_import.TARGET_MS, " ms")
            targets.record(f"import {name} ÷ from pydantic import BaseModel", by_p.median, bench_import.TARGET_RATIO)
    read = bench_import.data_read_at_import()
    if show:
        print(f"  reference data files read at import: {len(read)} {read or ''}")
    targets.record("reference data files read at import", len(read), 0, "")


def growth_section(rounds: int, targets: Targets, *, show: bool, collect_garbage: bool) -> None:
    """Per-report time of a 3,000-report history ÷ that of a 10-report one (linear rules)."""
    small, large = histories.history_of(10), histories.history_of(3000)
    samples = rounds_of(
        {
            "10 reports": lambda: from_dict(small, KampungHistory),
            "3,000 reports": lambda: from_dict(large, KampungHistory),
        },
        rounds,
        collect_garbage=collect_garbage,
    )
    per_report = [
        big / 3000 / (little / 10) for big, little in zip(samples["3,000 reports"], samples["10 reports"], strict=True)
    ]
    growth = Spread.of(per_report)
    if show:
        each = {name: statistics.median(values) for name, values in samples.items()}
        print(
            f"\nKampungHistory from_dict: {each['10 reports'] / 10:.1f} µs per report at 10 reports, "
            f"{each['3,000 reports'] / 3000:.1f} µs at 3,000: {growth.ratio_text()}"
        )
    targets.record("history: per report at 3,000 ÷ at 10 reports", growth.median, GROWTH_LIMIT)


def jsonl_section(quick: bool, targets: Targets, *, show: bool, wall: bool) -> None:
    """JSON Lines records/s against pydantic, and flat peak memory, in fresh child processes."""
    small, large = (5_000, 20_000) if quick else (50_000, 200_000)
    rates, by_p, small_peak, large_peak = bench_jsonl.run(small, large, rounds=1 if quick else 3, wall=wall)
    growth = large_peak / small_peak
    if show:
        print(f"\nJSON Lines of KampungKB records, fresh child process per file ({small:,} records)")
        for name, rate in rates.items():
            print(f"  {name:<12}{rate:>10,.0f} records/s")
        print(f"  kampungkb ÷ pydantic records/s: {by_p.ratio_text()}")
        print(
            f"  peak memory (VmHWM of the child): {small:,} records {small_peak / 1024:.1f} MiB, "
            f"{large:,} records {large_peak / 1024:.1f} MiB"
        )
    targets.record("JSON Lines records/s ÷ pydantic's", by_p.median, bench_jsonl.TARGET_RATIO, at_most=False)
    targets.record(f"JSON Lines peak memory, {large:,} ÷ {small:,} records", growth, bench_jsonl.GROWTH_LIMIT)


def other_section(rounds: int, targets: Targets, *, show: bool) -> None:
    """Dates against dateutil; citations per second."""
    ratios = []
    if show:
        print("\ncanonical Indonesian dates: kampungkb.dates.parse_date vs dateutil.parser.parse (same parserinfo)")
    for text, mine, theirs in bench_dates.measure(rounds=rounds):
        ratios.append(theirs / mine)
        if show:
            print(f"  {text!r:<32}{mine:>8.2f} µs{theirs:>8.2f} µs{theirs / mine:>9.1f}× faster")
    targets.record("canonical dates: slowest speed-up over dateutil", min(ratios), bench_dates.TARGET, at_most=False)
    try:
        variants, texts, each = bench_citations.measure(rounds=rounds)
    except AssertionError as exc:  # the variants table and the parser disagree: say so, time the rest
        print(f"\ncitations: not timed ({exc})")
        return
    if show:
        print(f"\ncitations: {variants} real variants ({texts} texts): {each:.1f} µs each, {1e6 / each:,.0f}/s")


def main(argv: list[str]) -> int:
    """Run everything, print the tables and one line per target; 1 when a target fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few rounds and small files: a smoke test")
    parser.add_argument("--rounds", type=int, default=15, help="interleaved rounds per comparison")
    parser.add_argument("--runs", type=int, default=3, help="runs of the codec comparisons")
    parser.add_argument("--targets", action="store_true", help="print only the target lines")
    parser.add_argument("--no-gc", action="store_true", help="pause the garbage collector while timing")
    parser.add_argument("--wall", action="store_true", help="time wall clock instead of CPU time")
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else args.rounds
    runs = 1 if args.quick else args.runs
    show, collect = not args.targets, not args.no_gc
    targets = Targets()
    if args.wall:
        use_wall_clock()

    print(machine())
    if show:
        print(f"{clock_name()}; garbage collector {'on' if collect else 'paused while timing'}; ratios from this run\n")
    codec_section(rounds, runs, targets, show=show, collect_garbage=collect)
    imports_section(3 if args.quick else 11, targets, show=show, wall=args.wall)
    growth_section(3 if args.quick else 7, targets, show=show, collect_garbage=collect)
    jsonl_section(args.quick, targets, show=show, wall=args.wall)
    other_section(rounds, targets, show=show)

    print("\ntargets (median over the runs; each run's figure after it)")
    for target in targets.values():
        print(target.row())
    missed = [target for target in targets.values() if not target.met]
    print(f"\n{len(targets) - len(missed)} of {len(targets)} targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
