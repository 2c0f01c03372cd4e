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
import contextlib
import csv
import io
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar

from ._core import (
    Utf8Lines,
    atomic_writer,
    collecting_notes,
    dumps,
    lines_of,
    parse_json,
    public_types,
    resolve_type,
    union_plan,
)
from ._version import __version__
from .codec import from_dict
from .errors import ErrorCode, ErrorItem, ValidationError

__all__ = ["main"]

T = TypeVar("T")

_FORMATS = ("json", "jsonl", "csv", "xlsx")
_SUFFIX_FORMATS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
}


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
    except (UsageError, ValidationError, OSError, ImportError) as exc:
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

    tables = argparse.ArgumentParser(add_help=False)
    tables.add_argument("--sheet", help="the sheet of an Excel workbook to read (default: the type's, or the first)")
    tables.add_argument(
        "--delimiter",
        choices=(",", ";", "tab"),
        default=None,
        help="the delimiter of a CSV file (default: found from its header)",
    )

    validate = commands.add_parser(
        "validate",
        parents=[common, tables],
        help="validate JSON, JSON Lines, CSV or Excel files",
        description=(
            "Validate JSON documents (.json), JSON Lines (.jsonl, .ndjson), CSV (.csv, .tsv) or Excel workbooks "
            "(.xlsx); the reader is chosen by the file's extension or --format; '-' reads stdin."
        ),
    )
    validate.add_argument("files", nargs="*", metavar="FILE")
    validate.add_argument("--type", "-t", dest="type_name", help="the model each record must be (see 'types')")
    validate.add_argument("--example", action="store_true", help="validate the shipped example document")
    validate.add_argument("--format", "-f", choices=_FORMATS, default=None, help="read every FILE in this format")
    validate.add_argument("--lines", action="store_true", help="read every FILE as JSON Lines (--format jsonl)")
    validate.add_argument("--report", choices=("text", "json"), default="text", help="report format")
    validate.add_argument("--max-errors", type=int, default=None, metavar="N", help="report at most N errors")
    validate.set_defaults(run=_validate)

    convert = commands.add_parser(
        "convert",
        parents=[common, tables],
        help="convert records between JSON, JSON Lines, CSV and Excel, validating them",
        description=(
            "Read IN, validate every record, and write OUT only if all are valid (OUT is replaced only once "
            "complete). Formats come from the extensions (.json, .jsonl, .csv, .xlsx) or --from/--to."
        ),
    )
    convert.add_argument("source", metavar="IN")
    convert.add_argument("target", metavar="OUT")
    convert.add_argument("--type", "-t", dest="type_name", required=True, help="the model of the records")
    convert.add_argument("--from", dest="from_format", choices=_FORMATS, default=None, help="the format of IN")
    convert.add_argument("--to", dest="to_format", choices=_FORMATS, default=None, help="the format of OUT")
    convert.add_argument("--max-errors", type=int, default=None, metavar="N", help="report at most N errors")
    convert.set_defaults(run=_convert, report="text")

    template = commands.add_parser(
        "template",
        parents=[common],
        help="write an empty Excel workbook for entering records of a type",
        description="Write an entry template: headings in Indonesian and English, notes, drop-down lists.",
    )
    template.add_argument("type_name", metavar="TYPE")
    template.add_argument("--xlsx", required=True, metavar="FILE", help="the workbook to write")
    template.add_argument("--items", type=int, default=3, metavar="N", help="column groups for each list field")
    template.set_defaults(run=_template)

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
    """Counts records and prints errors as ``FILE:LINE: $.path: message [code]`` (``FILE:ROW:COLUMN`` for tables)."""

    def __init__(self, output: str, max_errors: int | None, stream: IO[str] | None = None) -> None:
        self.output = output
        self.max_errors = max_errors
        self.stream = stream if stream is not None else sys.stdout
        self.valid = 0
        self.invalid = 0
        self.shown = 0
        self.hidden = 0
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
                print(f"{file}:{line}: note: {message}", file=self.stream)

    def room(self) -> int | None:
        """How many more errors will be shown (None: all)."""
        return None if self.max_errors is None else max(0, self.max_errors - self.shown)

    def bad(
        self, file: str, errors: Sequence[tuple[int, ErrorItem]], column: Callable[[ErrorItem], str] | None = None
    ) -> None:
        """Count one invalid record and show its errors, each with its line (and, for a table, its column)."""
        self.invalid += 1
        for line, item in errors:
            if self.max_errors is not None and self.shown >= self.max_errors:
                self.hidden += 1
                continue
            self.shown += 1
            where = f"{file}:{line}" if column is None else f"{file}:{line}:{column(item)}"
            if self.output == "json":
                entry: dict[str, Any] = {"file": file, "line": line}
                if column is not None:
                    entry["column"] = column(item)
                self.items.append({**entry, **item.as_dict()})
            else:
                print(f"{where}: {item.path}: {item.message} [{item.code}]", file=self.stream)

    def finish(self) -> int:
        status = 0 if self.invalid == 0 else 1
        if self.output == "json":
            report: dict[str, Any] = {
                "valid": self.valid,
                "invalid": self.invalid,
                "errors": self.items,
                "hidden": self.hidden,
            }
            if self.notes:
                report["notes"] = self.notes
            print(json.dumps(report, ensure_ascii=False, indent=2), file=self.stream)
        else:
            if self.hidden:
                print(f"{self.hidden} more errors not shown (--max-errors {self.max_errors})", file=self.stream)
            print(f"{self.valid} valid, {self.invalid} invalid", file=self.stream)
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
    if args.lines and args.format not in (None, "jsonl"):
        raise UsageError("--lines is --format jsonl; give one of them")
    cls = resolve_type(args.type_name)
    report = _Report(args.report, args.max_errors)
    for name in args.files:
        kind = "jsonl" if args.lines else _format_of(name, args.format)
        _read_into(name, kind, cls, report, args, keep=None)
    return report.finish()


def _format_of(name: str, given: str | None) -> str:
    """The format of a file: as given, else from its extension (JSON when it has none of the known ones)."""
    if given is not None:
        return given
    return _SUFFIX_FORMATS.get(Path(name).suffix.lower(), "json")


def _read_into(
    name: str, kind: str, cls: Any, report: _Report, args: argparse.Namespace, *, keep: list[Any] | None
) -> None:
    """Validate every record of one file into ``report``; valid records are appended to ``keep``."""
    if kind == "json":
        _validate_document(name, cls, report, keep)
    elif kind == "jsonl":
        _validate_lines(name, cls, report, keep)
    else:
        _validate_table(name, kind, cls, report, args, keep=keep)


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


def _validate_document(name: str, cls: Any, report: _Report, keep: list[Any] | None = None) -> None:
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
                loaded = from_dict(record, cls)
            except ValidationError as exc:
                failures.append(exc.errors if index is None else tuple(item.prefixed(index) for item in exc.errors))
                continue
        report.ok()
        if keep is not None:
            keep.append(loaded)
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


def _open_source(name: str) -> Any:
    """An open binary stream for a file name ('-': standard input), or a UsageError."""
    if name == "-":
        return contextlib.nullcontext(sys.stdin.buffer)
    path = Path(name)
    if path.is_dir():
        raise UsageError(f"{name}: is a directory")
    if not path.exists():
        raise UsageError(f"{name}: no such file")
    try:
        return open(path, "rb")  # closed by the caller's with
    except PermissionError:
        raise UsageError(f"{name}: permission denied") from None


def _validate_lines(name: str, cls: Any, report: _Report, keep: list[Any] | None = None) -> None:
    from .bulk import iter_jsonl

    with _open_source(name) as source, _Progress(sys.stderr, source) as progress, collecting_notes() as notes:
        for number, result in iter_jsonl(source, cls):
            progress.tick()
            if isinstance(result, ValidationError):
                report.bad(name, [(number, item) for item in result.errors])
            else:
                report.ok()
                report.note(name, number, notes)
                if keep is not None:
                    keep.append(result)
            notes.clear()


def _validate_table(
    name: str, kind: str, cls: Any, report: _Report, args: argparse.Namespace, *, keep: list[Any] | None
) -> None:
    """A CSV file or an Excel sheet: each error as ``FILE:ROW:COLUMN`` (a workbook's FILE is ``name[sheet]``)."""
    from .bulk import iter_csv, sniff_delimiter

    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    with _open_source(name) as opened:
        # A workbook is a zip archive, read from its end, and a CSV file's header is read twice:
        # standard input is held whole.
        source = io.BytesIO(opened.read()) if name == "-" else opened
        if kind == "xlsx":
            from .spreadsheets import iter_xlsx, read_header

            title, header = read_header(source, cls, sheet=args.sheet)
            where = f"{name}[{title}]" if title else name
            results = iter_xlsx(source, cls, sheet=args.sheet)
        else:
            first = Utf8Lines(source)
            line = next(iter(first), "")
            source.seek(0)
            header = next(csv.reader([line], delimiter=delimiter or sniff_delimiter(line)), [])
            where = name
            results = iter_csv(source, cls, delimiter=delimiter)
        letters = {column: _column_letter(index) for index, column in enumerate(header)}

        def column_of(item: ErrorItem) -> str:
            return letters.get(".".join(str(part) for part in item.location), "-")

        with _Progress(sys.stderr, source if kind == "csv" else None) as progress, collecting_notes() as notes:
            for row, result in results:
                progress.tick()
                if isinstance(result, ValidationError):
                    report.bad(where, [(row, item) for item in result.errors], column_of)
                else:
                    report.ok()
                    report.note(where, row, notes)
                    if keep is not None:
                        keep.append(result)
                notes.clear()


def _column_letter(index: int) -> str:
    """A spreadsheet column's letter: 0 is A, 25 is Z, 26 is AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class _Progress:
    """A progress bar (with records and records/s) on stderr, only when stderr is a terminal.

    Given the binary stream being read, the bar shows how much of the file is read; without
    one (a workbook), the count of records.
    """

    def __init__(self, stream: IO[str], source: Any = None) -> None:
        self.stream = stream
        self.active = stream.isatty()
        self.source = source
        self.size = _size_of(source) if self.active else None
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
                bar = ""
                if self.size:
                    done = min(1.0, self.source.tell() / self.size)
                    filled = int(done * 30)
                    bar = f"[{'#' * filled}{' ' * (30 - filled)}] {done:4.0%} "
                self.stream.write(f"\r{bar}{self.count:,} records, {rate:,.0f} records/s")
                self.stream.flush()
                self.shown = now

    def __exit__(self, *exc: object) -> None:
        if self.active and self.shown != self.started:
            self.stream.write("\n")


def _size_of(source: Any) -> int | None:
    try:
        return os.fstat(source.fileno()).st_size if source is not None and source.seekable() else None
    except (OSError, AttributeError, ValueError):
        return None


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
# convert, template


def _convert(args: argparse.Namespace) -> int:
    if args.max_errors is not None and args.max_errors < 0:
        raise UsageError("--max-errors takes a number >= 0")
    cls = resolve_type(args.type_name)
    source_kind = _format_of(args.source, args.from_format)
    target_kind = _format_of(args.target, args.to_format)
    if args.target == "-" and target_kind == "xlsx":
        raise UsageError("an Excel workbook is written to a file, not standard output")
    records: list[Any] = []
    report = _Report("text", args.max_errors, stream=sys.stderr)
    _read_into(args.source, source_kind, cls, report, args, keep=records)
    if report.invalid:
        report.finish()
        print(f"kampungkb convert: {args.target} not written", file=sys.stderr)
        return 1
    target: Any = sys.stdout.buffer if args.target == "-" else args.target
    if target is not sys.stdout.buffer and Path(args.target).is_dir():
        raise UsageError(f"{args.target}: is a directory")
    try:
        _write_records(records, target, target_kind, cls, args)
    except FileNotFoundError:
        raise UsageError(f"{args.target}: no such directory") from None
    except PermissionError:
        raise UsageError(f"{args.target}: permission denied") from None
    print(f"{len(records)} records written to {args.target}", file=sys.stderr)
    return 0


def _write_records(records: list[Any], target: Any, kind: str, cls: Any, args: argparse.Namespace) -> None:
    from .bulk import to_csv, write_jsonl

    if kind == "jsonl":
        write_jsonl(records, target)
    elif kind == "csv":
        delimiter = "\t" if args.delimiter == "tab" else (args.delimiter or ",")
        to_csv(records, target, cls, delimiter=delimiter)
    elif kind == "xlsx":
        from .spreadsheets import to_xlsx

        to_xlsx(records, target, cls, sheet=args.sheet)
    else:
        from .codec import to_dict

        text = dumps([to_dict(record) for record in records]) + "\n"
        if target is sys.stdout.buffer:
            target.write(text.encode("utf-8"))
        else:
            with atomic_writer(target) as handle:
                handle.write(text.encode("utf-8"))


def _template(args: argparse.Namespace) -> int:
    from .spreadsheets import write_template

    if args.items < 1:
        raise UsageError("--items takes a number >= 1")
    cls = resolve_type(args.type_name)
    if Path(args.xlsx).is_dir():
        raise UsageError(f"{args.xlsx}: is a directory")
    try:
        write_template(args.xlsx, cls, items=args.items)
    except FileNotFoundError:
        raise UsageError(f"{args.xlsx}: no such directory") from None
    except PermissionError:
        raise UsageError(f"{args.xlsx}: permission denied") from None
    print(f"template for {args.type_name} written to {args.xlsx}", file=sys.stderr)
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
