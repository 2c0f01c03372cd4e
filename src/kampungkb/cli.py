"""The ``kampungkb`` command line (also ``python -m kampungkb``).

Exit status: 0 when everything is valid, 1 when some record (or the text given to ``cite``,
``date`` or ``region``) is invalid, 2 for a usage or I/O error. Bad input never shows a
traceback (``--debug`` does).

    >>> main(["region", "35.75.01.1001"])
    code: 35.75.01.1001 (compact 3575011001), edition 2025
    level: desa_kelurahan (Desa/Kelurahan)
    regency kind: kota
    village kind: kelurahan (Kelurahan)
      35: Jawa Timur
      35.75: Kota Pasuruan
      35.75.01: Gadingrejo
      35.75.01.1001: Karangketug
    0
    >>> main(["region", "--search", "lima puluh kota"])
    13.07  kabupaten  Kabupaten Lima Puluh Kota  (Sumatera Barat)
    12.19.04.1001  kelurahan  Lima Puluh Kota  (Lima Puluh, Kabupaten Batu Bara, Sumatera Utara)
    0
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar

from ._core import atomic_writer, collecting_notes, lines_of, parse_json, public_types, resolve_type, union_plan
from ._version import __version__
from .codec import from_dict
from .errors import ErrorCode, ErrorItem, ValidationError

__all__ = ["main"]

T = TypeVar("T")

_LINES_SUFFIXES = (".jsonl", ".ndjson")


class UsageError(Exception):
    """A problem with the command's arguments or files (exit status 2)."""


class _InvalidText(ValidationError):
    """The text a command was given to read is not valid (exit status 1, like an invalid record)."""


def _read_text(parse: Callable[[str], T], text: str) -> T:
    """``parse(text)``; its ValidationError is an invalid input (exit 1), not a usage error."""
    try:
        return parse(text)
    except ValidationError as exc:
        raise _InvalidText(exc.errors) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status.

    >>> main(["date", "Senin, 28 Desember 2020"])
    2020-12-28
    Senin, 28 Desember 2020
    0
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help
        return int(exc.code or 0)
    try:
        return int(args.run(args))
    except (UsageError, ValidationError, OSError) as exc:
        if args.debug:
            raise
        message = str(exc).splitlines()[0] if isinstance(exc, ValidationError) else str(exc)
        if isinstance(exc, ValidationError):
            message = "; ".join(
                item.message if item.path == "$" else f"{item.path}: {item.message}" for item in exc.errors[:3]
            )
        print(f"kampungkb {args.command}: {message}", file=sys.stderr)
        return 1 if isinstance(exc, _InvalidText) else 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if args.debug:
            raise
        print(f"kampungkb {args.command}: internal error: {exc!r} (run with --debug for details)", file=sys.stderr)
        return 2


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kampungkb",
        description="Validate and convert Kampung KB data (kampungkb library).",
    )
    parser.add_argument("--version", action="version", version=f"kampungkb {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show Python tracebacks")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        parents=[common],
        help="validate JSON or JSON Lines files",
        description="Validate JSON documents (.json) or JSON Lines (.jsonl, .ndjson, or --lines); '-' reads stdin.",
    )
    validate.add_argument("files", nargs="*", metavar="FILE")
    validate.add_argument("--type", "-t", dest="type_name", help="the model each record must be (see 'types')")
    validate.add_argument("--example", action="store_true", help="validate the shipped example document")
    validate.add_argument("--lines", action="store_true", help="read every FILE as JSON Lines")
    validate.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    validate.add_argument("--max-errors", type=int, default=None, metavar="N", help="report at most N errors")
    validate.set_defaults(run=_validate)

    output = argparse.ArgumentParser(add_help=False)
    output.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE instead of standard output (FILE is replaced only once complete)",
    )

    schema = commands.add_parser("schema", parents=[common, output], help="print the JSON Schema of a type")
    schema.add_argument("type_name", metavar="TYPE")
    schema.set_defaults(run=_schema)

    example = commands.add_parser("example", parents=[common, output], help="print the shipped example document")
    example.set_defaults(run=_example)

    types = commands.add_parser("types", parents=[common], help="list the types accepted by --type")
    types.set_defaults(run=_types)

    cite = commands.add_parser("cite", parents=[common], help="print a legal citation in its canonical forms")
    cite.add_argument("text", metavar="TEXT")
    cite.set_defaults(run=_cite)

    date = commands.add_parser("date", parents=[common], help="parse an Indonesian date or date range")
    date.add_argument("text", metavar="TEXT")
    date.set_defaults(run=_date)

    region = commands.add_parser(
        "region", parents=[common], help="describe a Kemendagri region code, or find regions by name"
    )
    region.add_argument("code", metavar="CODE_OR_NAME", nargs="?", help="a code (dotted or compact) or a name")
    region.add_argument("--search", metavar="NAME", help="find the regions with this name, country-wide")
    region.add_argument("--edition", metavar="YEAR", help="the edition of the code list (default: the current one)")
    region.set_defaults(run=_region)

    plot = commands.add_parser(
        "plot",
        parents=[common],
        help="draw a chart of a record (needs kampungkb[plot])",
        description=(
            "Draw a chart: 'pyramid', 'methods' or 'profile' of a KampungHistory JSON document, "
            "'participants' of an Event. The image format follows the output's suffix (.png, .svg, .pdf)."
        ),
    )
    plot.add_argument("chart", choices=_CHARTS, metavar="CHART", help=f"one of {', '.join(_CHARTS)}")
    plot.add_argument("file", metavar="FILE", help="the JSON document ('-' reads stdin)")
    plot.add_argument(
        "--output", "-o", metavar="IMAGE", required=True, help="the image to write (replaced when complete)"
    )
    plot.add_argument("--lang", choices=("id", "en"), default="id", help="labels in Indonesian (id) or English (en)")
    plot.set_defaults(run=_plot)
    return parser


# ---------------------------------------------------------------------------
# validate


class _Report:
    """Counts records and prints errors as ``FILE:LINE: $.path: message [code]``."""

    def __init__(self, output: str, max_errors: int | None) -> None:
        self.output = output
        self.max_errors = max_errors
        self.valid = 0
        self.invalid = 0
        self.shown = 0
        self.items: list[dict[str, Any]] = []
        self.notes: list[dict[str, Any]] = []

    def ok(self) -> None:
        self.valid += 1

    def note(self, file: str, line: int, messages: Sequence[str]) -> None:
        """Show what loading a valid record corrected (it is valid as corrected)."""
        for message in messages:
            if self.output == "json":
                self.notes.append({"file": file, "line": line, "note": message})
            else:
                print(f"{file}:{line}: note: {message}")

    def room(self) -> int | None:
        """How many more errors will be shown (None: all)."""
        return None if self.max_errors is None else max(0, self.max_errors - self.shown)

    def bad(self, file: str, errors: Sequence[tuple[int, ErrorItem]]) -> None:
        """Count one invalid record and show its errors, each with its line."""
        self.invalid += 1
        for line, item in errors:
            if self.max_errors is not None and self.shown >= self.max_errors:
                return
            self.shown += 1
            if self.output == "json":
                self.items.append({"file": file, "line": line, **item.as_dict()})
            else:
                print(f"{file}:{line}: {item.path}: {item.message} [{item.code}]")

    def finish(self) -> int:
        status = 0 if self.invalid == 0 else 1
        if self.output == "json":
            report: dict[str, Any] = {"valid": self.valid, "invalid": self.invalid, "errors": self.items}
            if self.notes:
                report["notes"] = self.notes
            print(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            print(f"{self.valid} valid, {self.invalid} invalid")
        return status


def _validate(args: argparse.Namespace) -> int:
    if args.max_errors is not None and args.max_errors < 0:
        raise UsageError("--max-errors takes a number >= 0")
    if args.example:
        if args.files or args.type_name:
            raise UsageError("--example takes no FILE or --type")
        return _validate_example()
    if not args.files:
        raise UsageError("give one or more FILEs (or --example)")
    if not args.type_name:
        raise UsageError("give --type TYPE (see 'kampungkb types')")
    cls = resolve_type(args.type_name)
    report = _Report(args.format, args.max_errors)
    for name in args.files:
        lines = args.lines or name.endswith(_LINES_SUFFIXES)
        if lines:
            _validate_lines(name, cls, report)
        else:
            _validate_document(name, cls, report)
    return report.finish()


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    if path.is_dir():
        raise UsageError(f"{name}: is a directory")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file") from None
    except PermissionError:
        raise UsageError(f"{name}: permission denied") from None


def _validate_document(name: str, cls: Any, report: _Report) -> None:
    data = _read_bytes(name)
    try:
        document = parse_json(data)
    except ValidationError as exc:
        line = _json_error_line(exc)
        report.bad(name, [(line, item) for item in exc.errors])
        return
    records = list(enumerate(document)) if type(document) is list else [(None, document)]
    failures: list[tuple[ErrorItem, ...]] = []
    noted: list[tuple[tuple[int, ...], list[str]]] = []
    for index, record in records:
        with collecting_notes() as notes:
            try:
                from_dict(record, cls)
            except ValidationError as exc:
                failures.append(exc.errors if index is None else tuple(item.prefixed(index) for item in exc.errors))
                continue
        report.ok()
        if notes:
            noted.append(((index,) if index is not None else (), notes))
    if noted:
        note_lines = lines_of(data.decode("utf-8"), [location for location, _ in noted])
        for (_, notes), line in zip(noted, note_lines, strict=True):
            report.note(name, line, notes)
    # The lines of every error that will be shown, found in one pass over the text.
    shown = [item.location for errors in failures for item in errors][: report.room()]
    lines = iter(lines_of(data.decode("utf-8"), shown)) if shown else iter(())
    for errors in failures:
        report.bad(name, [(next(lines, 1), item) for item in errors])


def _json_error_line(exc: ValidationError) -> int:
    message = exc.errors[0].message
    marker = " at line "
    if marker in message:
        number = message.split(marker, 1)[1].split(",", 1)[0]
        if number.isdigit():
            return int(number)
    return 1


def _validate_lines(name: str, cls: Any, report: _Report) -> None:
    from .bulk import iter_jsonl

    if name == "-":
        source: Any = sys.stdin.buffer
    else:
        path = Path(name)
        if path.is_dir():
            raise UsageError(f"{name}: is a directory")
        if not path.exists():
            raise UsageError(f"{name}: no such file")
        source = path
    with _Progress(sys.stderr) as progress, collecting_notes() as notes:
        for number, result in iter_jsonl(source, cls):
            progress.tick()
            if isinstance(result, ValidationError):
                report.bad(name, [(number, item) for item in result.errors])
            else:
                report.ok()
                report.note(name, number, notes)
            notes.clear()


class _Progress:
    """Records and records/s on stderr, only when stderr is a terminal."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.active = stream.isatty()
        self.count = 0
        self.started = time.monotonic()
        self.shown = self.started

    def __enter__(self) -> _Progress:
        return self

    def tick(self) -> None:
        self.count += 1
        if self.active and self.count % 1000 == 0:
            now = time.monotonic()
            if now - self.shown >= 0.5:
                rate = self.count / max(now - self.started, 1e-9)
                self.stream.write(f"\r{self.count} records, {rate:,.0f} records/s")
                self.stream.flush()
                self.shown = now

    def __exit__(self, *exc: object) -> None:
        if self.active and self.shown != self.started:
            self.stream.write("\n")


def _validate_example() -> int:
    from .dates import format_date_range
    from .events import Event, participants_by_role
    from .examples import example_json

    try:
        example: Event = from_dict(parse_json(example_json()), Event)
    except ValidationError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"example: {example.title} (kind {example.kind.code}, level {example.level.code})")
    print(f"  when: {format_date_range(example.dates, weekday=True)}")
    if example.venue is not None:
        print(f"  where: {example.venue.name}, host region {example.host_region}")
    if example.participants is not None:
        groups = ", ".join(f"{row.count} {row.role}" for row in participants_by_role(example))
        print(f"  participants: {example.participants.total} ({groups})")
    print(f"  speakers: {len(example.speakers)}; legal basis: {len(example.legal_basis)} instrument(s)")
    print("valid")
    return 0


# ---------------------------------------------------------------------------
# the other commands


def _schema(args: argparse.Namespace) -> int:
    from .schema import schema_text

    _emit(schema_text(resolve_type(args.type_name)), args.output)
    return 0


def _example(args: argparse.Namespace) -> int:
    from .examples import example_json

    _emit(example_json(), args.output)
    return 0


def _emit(text: str, output: str | None) -> None:
    """Write ``text`` to standard output, or to the file ``output`` (replaced only once written whole)."""
    if output is None:
        sys.stdout.write(text)
        return
    if output == "-":
        raise UsageError("--output takes a file name (leave it out to write to standard output)")
    if Path(output).is_dir():
        raise UsageError(f"{output}: is a directory")
    try:
        with atomic_writer(output) as handle:
            handle.write(text.encode("utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{output}: no such directory") from None
    except PermissionError:
        raise UsageError(f"{output}: permission denied") from None


def _types(args: argparse.Namespace) -> int:
    for name, cls in public_types().items():
        plan = union_plan(cls)
        summary = _summary(cls) if plan is None else " ".join(plan.describe().split())
        print(f"{name:<28} {summary}")
    return 0


def _summary(cls: type) -> str:
    """The first paragraph of a docstring, whole, on one line (markup quotes dropped)."""
    paragraph = (cls.__doc__ or "").strip().split("\n\n", 1)[0]
    return " ".join(paragraph.split()).replace("``", "")


def _cite(args: argparse.Namespace) -> int:
    from .legal import format_citation, parse_citation_detailed

    match = _read_text(parse_citation_detailed, args.text)
    for style in ("short", "long", "full"):
        print(f"{style}: {format_citation(match.instrument, style=style)}")
    if match.pinpoint is not None:
        print(f"pinpoint: {match.pinpoint}")
    for correction in match.corrections:
        print(f"corrected: {correction.message}")
    return 0


def _date(args: argparse.Namespace) -> int:
    from .dates import format_date, format_date_range, parse_date_detailed

    match = _read_text(parse_date_detailed, args.text)
    found = match.dates
    if found is None:  # a month or a year: written as far as it is known
        print(str(match.first))
        print(format_date(match.first))
    elif found.start == found.end:
        print(found.start.isoformat())
        print(format_date(found.start, weekday=True))
    else:
        print(f"{found.start.isoformat()}/{found.end.isoformat()}")
        print(format_date_range(found, weekday=True))
    for correction in match.corrections:
        print(f"corrected: {correction.message}")
    return 0


def _region(args: argparse.Namespace) -> int:
    from .regions import national_gazetteer, read_code

    query = args.search if args.search is not None else args.code
    if query is None or (args.search is not None and args.code is not None):
        raise UsageError("give a code or a name, or --search NAME")
    gazetteer = _read_text(national_gazetteer, args.edition)
    if args.search is None and query.strip().replace(".", "").isdigit():
        reading = _read_text(lambda text: read_code(text, edition=gazetteer.edition), query)
        code = reading.code
        for correction in reading.corrections:
            print(f"note: {correction}")
        print(f"code: {code} (compact {code.compact}), edition {gazetteer.edition}")
        print(f"level: {code.level.code} ({code.level.label})")
        if code.is_city is not None:
            print(f"regency kind: {'kota' if code.is_city else 'kabupaten'}")
        if code.village_kind is not None:
            print(f"village kind: {code.village_kind.code} ({code.village_kind.label})")
        for part in (*code.ancestors(), code):
            print(f"  {part}: {gazetteer.name(part)}")
        return 0
    found = _read_text(gazetteer.search, query)
    if not found:
        raise _InvalidText(
            [ErrorItem((), f"no region in the {gazetteer.edition} edition is named {query!r}", ErrorCode.INVALID_VALUE)]
        )
    for region in found[:_SHOWN]:
        within = ", ".join(parent.name for parent in reversed(gazetteer.parents(region.code)))
        print(f"{region.code}  {gazetteer.kind(region.code)}  {region.name}" + (f"  ({within})" if within else ""))
    if len(found) > _SHOWN:
        print(f"... and {len(found) - _SHOWN} more; narrow the name (Kab., Kota, Kec.)")
    return 0


_SHOWN = 50


# ---------------------------------------------------------------------------
# plot

_CHARTS = ("pyramid", "methods", "profile", "participants")
_IMAGE_SUFFIXES = (".png", ".svg", ".pdf")


def _plot(args: argparse.Namespace) -> int:
    from . import charts
    from .analysis import MissingExtraError
    from .events import Event
    from .kampung import KampungHistory, classify

    suffix = Path(args.output).suffix.lower()
    if suffix not in _IMAGE_SUFFIXES:
        raise UsageError(f"{args.output}: the image must end in {', '.join(_IMAGE_SUFFIXES)}")
    cls: Any = Event if args.chart == "participants" else KampungHistory
    try:
        record = from_dict(parse_json(_read_bytes(args.file)), cls)
    except ValidationError as exc:  # an invalid record: exit status 1, as for validate
        raise _InvalidText(exc.errors) from None
    try:
        if args.chart == "pyramid":
            figure = charts.population_pyramid(record, lang=args.lang)
        elif args.chart == "methods":
            figure = charts.method_mix(record, lang=args.lang)
        elif args.chart == "profile":
            figure = charts.classification_profile(classify(record), lang=args.lang)
        else:
            figure = charts.participants(record, lang=args.lang)
        with atomic_writer(args.output) as handle:
            figure.savefig(handle, format=suffix[1:])
    except MissingExtraError as exc:
        raise UsageError(str(exc)) from None
    return 0
