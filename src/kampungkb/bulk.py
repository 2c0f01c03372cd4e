"""Bulk data: stream JSON Lines, and move records to and from CSV for spreadsheets.

JSON Lines is read lazily, one line at a time, so memory stays flat however long the file
is; each line gives either an object or the ValidationError that says what is wrong with
it, and reading goes on::

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> lines = io.BytesIO(b'{"role": "Camat", "count": 4}\\n\\n{"role": "Lurah", "count": -4}\\n')
    >>> for line, result in iter_jsonl(lines, ParticipantGroup):
    ...     print(line, result)
    1 ParticipantGroup(role='Camat', count=4, description=None, position=None, qualifier=<CountQualifier.EXACT: ...>)
    3 1 validation error
    $.count: expected a value >= 0, found -4 [constraint]

CSV flattens nested fields to dotted column names: a nested model's field is
``parent.field``, the i-th element of a tuple is ``field.i`` (from 0), so a workshop's first
participant group count is ``participants.groups.0.count``. Cells are text: ``true`` /
``false`` for booleans, an empty cell for null, dates as ``YYYY-MM-DD``, enumerations as
their codes. :func:`to_csv` refuses (with a ValidationError naming the path) an object that
this scheme cannot carry without loss — an empty string in an optional text field, or a
trailing tuple element with only empty cells — so that :func:`iter_csv` always gives back
exactly what was written.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import UnionType
from typing import IO, TYPE_CHECKING, Any, TypeVar

from ._core import (
    Utf8Lines,
    atomic_writer,
    describe,
    field_plans,
    homogeneous_item,
    is_model,
    is_value_type,
    lazy_pattern,
    optional_inner,
    parse_json,
    type_name_of,
    union_members,
    union_plan,
    with_article,
)
from .codec import from_dict, to_dict, to_json
from .errors import ErrorCode, ErrorItem, ValidationError

if TYPE_CHECKING:  # a model class, or a union of models such as Event
    from typing_extensions import TypeForm

__all__ = [
    "DEFAULT_MAX_LINE_BYTES",
    "FORMULA_STARTS",
    "escape_text",
    "from_csv",
    "iter_csv",
    "iter_jsonl",
    "read_table",
    "sniff_delimiter",
    "table_rows",
    "to_csv",
    "unescape_text",
    "write_jsonl",
]

T = TypeVar("T")
Source = str | os.PathLike[str] | IO[bytes] | IO[str]

#: Lines longer than this (in bytes) are reported as errors without being held in memory.
DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024

_CHUNK = 1024 * 1024
_INTEGER = lazy_pattern(r"-?[0-9]{1,4300}")
#: A tuple element's index in a column name, as :func:`to_csv` writes it (ASCII digits, no leading zero).
_INDEX = lazy_pattern(r"0|[1-9][0-9]*")
_MAX_INDEX_DIGITS = 18
_DELIMITERS = frozenset(",;\t")
#: The one column of a table of value types (``RegionCode``, ``PartialDate``).
_VALUE = "value"


def iter_jsonl(
    source: Source, cls: TypeForm[T], *, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
) -> Iterator[tuple[int, T | ValidationError]]:
    """Yield ``(line_number, object_or_error)`` for each non-blank line of a JSON Lines source.

    ``source`` is a path or an open file (binary or text). Blank lines are skipped; a UTF-8
    byte order mark and CRLF line ends are tolerated; a line that is not UTF-8 (or, from a
    text stream, holds an unpaired surrogate), not JSON, cut short, not a valid ``cls`` or
    longer than ``max_line_bytes`` yields its ValidationError.

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> [n for n, r in iter_jsonl(io.StringIO('{"role":"Camat","count":4}\\r\\n'), ParticipantGroup)]
    [1]
    """
    with _open_binary(source) as stream:
        for number, line in _lines(stream, max_line_bytes):
            if isinstance(line, ValidationError):
                yield number, line
                continue
            not_text = stream.take_error() if isinstance(stream, _TextAsBytes) else None
            text = line[3:] if number == 1 and line.startswith(b"\xef\xbb\xbf") else line
            text = text.removesuffix(b"\n").removesuffix(b"\r")
            if not_text is not None:
                yield number, ValidationError.single((), not_text, ErrorCode.JSON)
                continue
            if not text.strip():
                continue
            try:
                document = parse_json(text)
            except ValidationError as exc:
                yield number, (_cut_short(text) if _is_utf8(text) else None) or exc
                continue
            try:
                yield number, from_dict(document, cls)
            except ValidationError as exc:
                yield number, exc


def write_jsonl(objects: Iterable[Any], target: str | os.PathLike[str] | IO[str] | IO[bytes]) -> int:
    """Write one compact JSON document per line (UTF-8); returns how many were written.

    Given a path, the lines go to a new file beside it that replaces it only once every object
    is written: if an object cannot be written (it is not a model, or holds text that UTF-8
    cannot encode, an error raised at ``$[i]``) or writing fails or is interrupted, the file
    that was there is left as it was. Given an open stream (text or binary), which the caller
    owns, lines are written as they come, and those before a failure stay written.

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> out = io.StringIO()
    >>> write_jsonl([ParticipantGroup("Camat", 4)], out)
    1
    >>> out.getvalue()
    '{"role":"Camat","count":4,"description":null,"position":null,"qualifier":"exact"}\\n'
    """
    count = 0
    with _writer(target) as write:
        for index, obj in enumerate(objects):
            line = to_json(obj)
            try:
                write(line + "\n")
            except _NotUTF8:
                raise _unencodable(to_dict(obj)).prefixed(index) from None
            count += 1
    return count


def to_csv(
    objects: Iterable[Any],
    target: str | os.PathLike[str] | IO[str],
    cls: type | UnionType,
    *,
    bom: bool = False,
    delimiter: str = ",",
) -> int:
    """Write ``objects`` (all of type ``cls``) as CSV rows with dotted column names.

    ``bom=True`` starts the file with a UTF-8 byte order mark, which spreadsheet programs
    use to recognise UTF-8. Returns the number of rows written. Every object is checked
    before anything is written; given a path, the file is written beside the target and
    renamed over it only when complete, so a failure leaves the file that was there as it
    was. An open stream (text or binary) is the caller's and is written in place.

    ``cls`` may be a union of models (``Event``, ``Report``): each record is written as its
    own kind, its tag (``kind``) in the first column, and the header holds every column any
    record uses (a cell a record's kind does not have is empty). :func:`iter_csv` with the
    same union reads each row back as the kind its tag names — or, for a union chosen by a
    marker key (``Report``), the kind whose marker column the row fills.

    >>> import io
    >>> from kampungkb.events import ParticipantGroup, Participants
    >>> out = io.StringIO()
    >>> to_csv([Participants((ParticipantGroup("Camat", 4),), total=4)], out, Participants)
    1
    >>> print(out.getvalue().replace("\\r", ""), end="")
    groups.0.role,groups.0.count,groups.0.description,groups.0.position,groups.0.qualifier,total,qualifier
    Camat,4,,,exact,4,exact
    """
    _check_delimiter(delimiter)
    typed, columns = table_rows(objects, cls)
    with _writer(target) as write:
        if bom:
            write("\ufeff")
        writer = csv.writer(_WriteText(write), delimiter=delimiter)
        writer.writerow(columns)
        for row in typed:
            writer.writerow([_cell(row.get(column)) for column in columns])
    return len(typed)


def table_rows(objects: Iterable[Any], cls: type | UnionType) -> tuple[list[dict[str, Any]], list[str]]:
    """Each object as a row of JSON leaves by dotted column name, and the columns of them all.

    Every object is checked first: one of another type, or one the layout cannot carry
    without loss, is an error at ``$[i]``, and one ValidationError lists them all. (The
    shared step of :func:`to_csv` and the Excel writer.)

    >>> from kampungkb.events import ParticipantGroup, Participants
    >>> columns = table_rows([Participants((ParticipantGroup("Camat", 4),), total=4)], Participants)[1]
    >>> columns[:3]
    ['groups.0.role', 'groups.0.count', 'groups.0.description']
    >>> columns[3:]
    ['groups.0.position', 'groups.0.qualifier', 'total', 'qualifier']
    """
    plan = union_plan(cls)
    accepted = plan.members if plan is not None else (cls,)
    rows: list[dict[str, Any]] = []
    columns: dict[str, None] = {}
    errors: list[ErrorItem] = []
    for index, obj in enumerate(objects):
        if type(obj) not in accepted:
            errors.append(
                ErrorItem(
                    (index,), f"expected {with_article(type_name_of(cls))}, found {describe(obj)}", ErrorCode.TYPE
                )
            )
            continue
        document = to_dict(obj)
        row = _flatten(document if type(document) is dict else {_VALUE: document})
        if not any(_has_content(cell) for cell in row.values()):
            message = "cannot be written as a table row: it has no filled cell, and a blank row is read as no record"
            errors.append(ErrorItem((index,), message, ErrorCode.INVALID_VALUE))
            continue
        lost = _first_loss(cls, obj, row)
        if lost is not None:
            errors.append(lost.prefixed(index))
            continue
        unwritable = _unwritable_cell(row)
        if unwritable is not None:
            errors.append(unwritable.prefixed(index))
            continue
        rows.append(row)
        columns.update(dict.fromkeys(row))
    if errors:
        raise ValidationError(errors)
    return rows, list(columns)


def iter_csv(
    source: Source, cls: TypeForm[T], *, delimiter: str | None = None
) -> Iterator[tuple[int, T | ValidationError]]:
    """Yield ``(row_number, object_or_error)`` for each data row of a CSV file made by :func:`to_csv`.

    Row numbers count the header as row 1, as spreadsheet programs do; each error's message
    names its column. A path or binary stream is read as UTF-8 (a byte that is not gives its
    row an error naming the byte's offset). A header that no file made by :func:`to_csv`
    could have — a column named twice, a tuple index that is not ``0``, ``1``, ``2`` … or is
    beyond the field's ``max_items`` or the header's width — gives one error for row 1,
    naming each such column, and no rows.

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> rows = io.StringIO("role,count,description\\nCamat,4,\\nLurah,four,\\n")
    >>> for row, result in iter_csv(rows, ParticipantGroup):
    ...     print(row, result)
    2 ParticipantGroup(role='Camat', count=4, description=None, position=None, qualifier=<CountQualifier.EXACT: ...>)
    3 1 validation error
    $.count: column count: expected an integer, found a string ('four') [type]
    """
    if delimiter is not None:
        _check_delimiter(delimiter)
    with _open_lines(source) as (text_lines, take_error):
        lines = iter(text_lines)
        first = next(lines, None)
        if first is None:
            return
        reader = csv.reader(itertools.chain((first,), lines), delimiter=delimiter or sniff_delimiter(first))
        try:
            header = next(reader, None)
        except csv.Error as exc:
            yield 1, ValidationError.single((), f"not CSV: {exc}", ErrorCode.INVALID_VALUE)
            return
        not_utf8 = take_error()
        if not_utf8 is not None:
            yield 1, ValidationError.single((), not_utf8, ErrorCode.INVALID_VALUE)
            return
        if header is None:
            return
        yield from read_table(cls, header, _csv_rows(reader, take_error))


def _csv_rows(reader: Iterator[list[str]], take_error: Callable[[], str | None]) -> Iterator[tuple[int, Any]]:
    """``(row_number, cells_or_error)`` for each row after the header (row 1)."""
    row_number = 1
    while True:
        row_number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            take_error()
            yield row_number, ValidationError.single((), f"not CSV: {exc}", ErrorCode.INVALID_VALUE)
            continue
        not_utf8 = take_error()
        if not_utf8 is not None:
            yield row_number, ValidationError.single((), not_utf8, ErrorCode.INVALID_VALUE)
            continue
        yield row_number, cells


def read_table(
    cls: TypeForm[T],
    header: Sequence[str],
    rows: Iterable[tuple[int, Sequence[Any] | ValidationError]],
    *,
    column_names: Mapping[str, str] | None = None,
) -> Iterator[tuple[int, T | ValidationError]]:
    """Yield ``(row_number, object_or_error)`` for rows of cells under a header of dotted column names.

    The shared reader of CSV files and Excel sheets: the header is checked first (an error
    for row 1 and no rows when it is wrong); a row of empty cells is skipped; a cell is
    text as :func:`to_csv` writes it, or a number, boolean or empty (None) cell as a
    spreadsheet holds it; each error's message names its column (as ``column_names`` says,
    when given: the Excel reader adds the column's letter).

    >>> from kampungkb.events import ParticipantGroup
    >>> list(read_table(ParticipantGroup, ["role", "count"], [(2, ["Camat", 4]), (3, [None, None])])) == [
    ...     (2, ParticipantGroup("Camat", 4))
    ... ]
    True
    """
    paths, problems = _header_paths(cls, list(header))
    if problems:
        yield 1, ValidationError(problems)
        return
    for row_number, row in rows:
        if isinstance(row, ValidationError):
            yield row_number, row
            continue
        cells = row
        if not any(_has_content(cell) for cell in cells):
            continue
        if len(cells) > len(header):
            if any(_has_content(cell) for cell in cells[len(header) :]):
                yield (
                    row_number,
                    ValidationError.single(
                        (),
                        f"the row has {len(cells)} cells but the header names {len(header)} columns",
                        ErrorCode.INVALID_VALUE,
                    ),
                )
                continue
            cells = cells[: len(header)]
        elif len(cells) < len(header):  # a row cut after its last filled cell: the rest are empty
            cells = [*cells, *([""] * (len(header) - len(cells)))]
        try:
            yield row_number, from_dict(_root(cls, _trie(zip(paths, cells, strict=False))), cls)
        except ValidationError as exc:
            yield row_number, ValidationError(_name_column(item, column_names) for item in exc.errors)


def _check_delimiter(delimiter: object) -> None:
    if delimiter not in _DELIMITERS:
        raise ValidationError.single(
            ("delimiter",), f"expected ',', ';' or a tab, found {describe(delimiter)}", ErrorCode.INVALID_VALUE
        )


def sniff_delimiter(header_line: str) -> str:
    """The delimiter of a CSV file, from its header line: comma, semicolon or tab, whichever is most used.

    Column names never hold any of them, so the header's separators say which one the file
    uses; Excel in an Indonesian locale writes semicolons. A header of one column is comma
    separated.

    >>> sniff_delimiter("kode;nama;jumlah\\r\\n"), sniff_delimiter("kode,nama\\n"), sniff_delimiter("kode\\n")
    (';', ',', ',')
    """
    counts = {delimiter: header_line.count(delimiter) for delimiter in _DELIMITERS}
    best = max(counts.values())
    return next(d for d in ",;\t" if counts[d] == best) if best else ","


def from_csv(source: Source, cls: TypeForm[T], *, delimiter: str | None = None) -> list[T]:
    """Every data row of a CSV file made by :func:`to_csv`, or one ValidationError for all bad rows.

    The file is treated as an array of records: an error in the first data row (spreadsheet
    row 2) is located at ``$[0]``, and its message names the row and the column; an error in
    the header (row 1) is located at ``$``.

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> [g.count for g in from_csv(io.StringIO("role,count\\nCamat,4\\nLurah,4\\n"), ParticipantGroup)]
    [4, 4]
    >>> from_csv(io.StringIO("role,count\\nCamat,4\\nLurah,empat\\n"), ParticipantGroup)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $[1].count: row 3, column count: expected an integer, found a string ('empat') [type]
    """
    loaded: list[T] = []
    errors: list[ErrorItem] = []
    for index, (row, result) in enumerate(iter_csv(source, cls, delimiter=delimiter)):
        if isinstance(result, ValidationError):
            where: tuple[int, ...] = () if row == 1 else (index,)
            errors.extend(
                ErrorItem((*where, *item.location), f"row {row}, {item.message}", item.code) for item in result.errors
            )
        else:
            loaded.append(result)
    if errors:
        raise ValidationError(errors)
    return loaded


# ---------------------------------------------------------------------------
# Files


class _Closing:
    """Context manager that closes what it opened (a stream the caller passed stays open)."""

    def __init__(self, stream: Any, *, owned: bool) -> None:
        self.stream = stream
        self.owned = owned

    def __enter__(self) -> Any:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        if self.owned:
            self.stream.close()


def _open_binary(source: Source) -> _Closing:
    if isinstance(source, str | os.PathLike):
        return _Closing(open(source, "rb"), owned=True)
    if isinstance(source, io.TextIOBase):
        return _Closing(_TextAsBytes(source), owned=False)
    return _Closing(source, owned=False)


@contextlib.contextmanager
def _open_lines(source: Source) -> Iterator[tuple[Iterable[str], Callable[[], str | None]]]:
    """The text lines of a source, and a function giving the decoding problem of the last lines read.

    Paths and binary streams are decoded as UTF-8 by the core's one decoder; a text stream is
    read as it is (its first BOM dropped).
    """
    if isinstance(source, io.TextIOBase):
        yield _skip_bom(source), _no_error
        return
    with _open_binary(source) as stream:
        lines = Utf8Lines(stream)
        yield lines, lines.take_error


def _no_error() -> None:
    return None


@contextlib.contextmanager
def _writer(target: str | os.PathLike[str] | IO[str] | IO[bytes]) -> Iterator[Callable[[str], object]]:
    """A function writing text to ``target`` as UTF-8; a path is replaced only when the block succeeds.

    Text that UTF-8 cannot encode (an unpaired surrogate) raises :class:`_NotUTF8` before
    anything of it is written, whatever the target; a text stream's own encoding errors are
    its own and pass through.
    """
    if isinstance(target, str | os.PathLike):
        with atomic_writer(target) as handle:
            yield lambda text: handle.write(_utf8(text))
    elif isinstance(target, io.TextIOBase):

        def write_text(text: str) -> object:
            _utf8(text)
            return target.write(text)

        yield write_text
    else:
        yield lambda text: target.write(_utf8(text))  # type: ignore[arg-type]


class _NotUTF8(Exception):
    """Text that UTF-8 cannot encode was about to be written."""


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise _NotUTF8 from None


class _WriteText:
    """The file-like face ``csv.writer`` needs, over a write function."""

    def __init__(self, write: Callable[[str], object]) -> None:
        self.write = write


class _TextAsBytes:
    """Reads a text stream as UTF-8 bytes, line by line, keeping the first text UTF-8 cannot hold."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.error: str | None = None

    def readline(self, limit: int = -1) -> bytes:
        text = self.stream.readline(limit)
        try:
            return text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError as exc:
            if self.error is None:
                self.error = (
                    f"invalid JSON Lines: the text holds an unpaired surrogate (U+{ord(text[exc.start]):04X}), "
                    "which is not a character"
                )
            return text.encode("utf-8", "surrogatepass")

    def take_error(self) -> str | None:
        error, self.error = self.error, None
        return error


def _lines(stream: Any, max_line_bytes: int) -> Iterator[tuple[int, bytes | ValidationError]]:
    """Lines in chunks, so a line over the limit is skipped without being held in memory."""
    number = 0
    while True:
        part = stream.readline(_CHUNK)
        if not part:
            return
        number += 1
        parts = [part]
        size = len(part)
        while not part.endswith(b"\n"):
            part = stream.readline(_CHUNK)
            if not part:
                break
            size += len(part)
            if size <= max_line_bytes:
                parts.append(part)
            else:
                parts.clear()
        if size > max_line_bytes:
            yield (
                number,
                ValidationError.single((), f"the line is longer than {max_line_bytes} bytes", ErrorCode.CONSTRAINT),
            )
        else:
            yield number, b"".join(parts)


def _skip_bom(stream: Iterable[str]) -> Iterator[str]:
    first = True
    for line in stream:
        yield line[1:] if first and line.startswith("\ufeff") else line
        first = False


_JSON_SPECIAL = re.compile(rb'[\\"\[\]{}]')
_OPENERS = {ord("{"): "an object", ord("["): "an array"}


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _cut_short(line: bytes) -> ValidationError | None:
    """The error for a line that ends inside a string, an object or an array; None otherwise.

    A record cut short (the end of a truncated file) or split over several lines fails to
    parse with whatever the JSON parser met at the line's end; this says what happened.
    """
    inside_string = False
    escaped = -1
    open_containers: list[int] = []
    for match in _JSON_SPECIAL.finditer(line):
        position = match.start()
        if position == escaped:
            continue
        char = line[position]
        if inside_string:
            if char == 0x5C:  # a backslash escapes the next byte
                escaped = position + 1
            elif char == 0x22:
                inside_string = False
        elif char == 0x22:
            inside_string = True
        elif char in _OPENERS:
            open_containers.append(char)
        elif open_containers and char != 0x5C:
            open_containers.pop()
    if inside_string:
        inside = "a string"
    elif open_containers:
        inside = _OPENERS[open_containers[-1]]
    else:
        return None
    return ValidationError.single(
        (),
        f"invalid JSON: the line ends inside {inside}; the record is cut short or split over several lines",
        ErrorCode.JSON,
    )


# ---------------------------------------------------------------------------
# Flattening


def _flatten(value: Any, prefix: str = "", out: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON leaves of a document by dotted path (an empty list or object has none)."""
    out = {} if out is None else out
    if type(value) is dict:
        for key, item in value.items():
            _flatten(item, f"{prefix}{key}.", out)
    elif type(value) is list:
        for index, item in enumerate(value):
            _flatten(item, f"{prefix}{index}.", out)
    else:
        out[prefix[:-1]] = value
    return out


def _cell(value: Any) -> str:
    """The CSV cell of a JSON leaf: text escaped (see :func:`escape_text`), null as an empty cell."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is float:
        return repr(value)
    if type(value) is str:
        return escape_text(value)
    return str(value)


#: A text starting with one of these is a formula (or a number, or a command) to a spreadsheet program.
FORMULA_STARTS = frozenset("=+-@\t\r")
_QUOTE = "'"


def escape_text(text: str) -> str:
    """The CSV cell for ``text``: an apostrophe before it when a spreadsheet would not show it as it is.

    The apostrophe is added before a text that starts with ``=``, ``+``, ``-``, ``@``, a tab
    or a carriage return (which a spreadsheet would run as a formula), before the empty text
    (an empty cell is null), and before a text that itself starts with an apostrophe that
    :func:`unescape_text` would remove. :func:`unescape_text` gives back the text exactly.

    >>> [escape_text(text) for text in ("=SUM(A1)", "+62 812", "Camat", "", "'s-Hertogenbosch", "'=")]
    ["'=SUM(A1)", "'+62 812", 'Camat', "'", "'s-Hertogenbosch", "''="]
    """
    if not text or text[0] in FORMULA_STARTS or _is_escaped(text):
        return _QUOTE + text
    return text


def unescape_text(cell: str) -> str:
    """The text a CSV cell holds: one leading apostrophe removed when :func:`escape_text` put it there.

    A lone apostrophe is the empty text; an apostrophe before ``=``, ``+``, ``-``, ``@``, a tab,
    a carriage return or another apostrophe is removed; any other cell is its own text.

    >>> [unescape_text(cell) for cell in ("'=SUM(A1)", "'", "'s-Hertogenbosch", "''=", "Camat")]
    ['=SUM(A1)', '', "'s-Hertogenbosch", "'=", 'Camat']
    """
    return cell[1:] if _is_escaped(cell) else cell


def _is_escaped(cell: str) -> bool:
    return cell[:1] == _QUOTE and (len(cell) == 1 or cell[1] in FORMULA_STARTS or cell[1] == _QUOTE)


def _first_loss(cls: Any, obj: Any, row: dict[str, Any]) -> ErrorItem | None:
    try:
        back: Any = from_dict(
            _root(cls, _trie((tuple(column.split(".")), _cell(cell)) for column, cell in row.items())), cls
        )
    except ValidationError as exc:
        item = exc.errors[0]
        return ErrorItem(
            item.location, f"cannot be written to CSV without loss ({item.message})", ErrorCode.INVALID_VALUE
        )
    if back == obj:
        return None
    location = _first_difference(to_dict(back), to_dict(obj))
    return ErrorItem(
        location,
        "cannot be written to CSV without loss (an empty string in an optional field, "
        "or a tuple element with only empty cells)",
        ErrorCode.INVALID_VALUE,
    )


def _first_difference(left: Any, right: Any, location: tuple[str | int, ...] = ()) -> tuple[str | int, ...]:
    if type(left) is dict and type(right) is dict:
        for key in right:
            if left.get(key) != right[key]:
                return _first_difference(left.get(key), right[key], (*location, key))
    if type(left) is list and type(right) is list:
        for index, item in enumerate(right):
            if index >= len(left) or left[index] != item:
                return _first_difference(left[index] if index < len(left) else None, item, (*location, index))
    return location


def _trie(columns: Iterable[tuple[tuple[str, ...], Any]]) -> dict[str, Any]:
    """The cells of a row nested by the parts of their column names.

    A name that is both a cell and the parent of others (``opened_by`` and ``opened_by.name``,
    where a field is text or a model) keeps the cell under ``""`` only when it is filled.
    """
    root: dict[str, Any] = {}
    for parts, cell in columns:
        node = root
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = {"": child} if _has_content(child) else {}
                node[part] = child
            node = child
        existing = node.get(parts[-1])
        if isinstance(existing, dict):
            if _has_content(cell):
                existing[""] = cell
        else:
            node[parts[-1]] = cell
    return root


def _header_paths(cls: Any, header: list[str]) -> tuple[list[tuple[str, ...]], list[ErrorItem]]:
    """Each column's path (its dotted parts, checked against ``cls``), and the header's problems."""
    paths: list[tuple[str, ...]] = []
    problems: list[ErrorItem] = []
    seen: set[str] = set()
    if is_value_type(cls):
        for column in header:
            if column != _VALUE:
                problems.append(
                    ErrorItem(
                        (),
                        f"column {_quoted(column)}: a table of {type_name_of(cls)} has one column, 'value'",
                        ErrorCode.INVALID_VALUE,
                    )
                )
        return [(_VALUE,)] * len(header), problems
    for column in header:
        if column in seen:
            problems.append(ErrorItem((), f"column {_quoted(column)} is named twice", ErrorCode.INVALID_VALUE))
        seen.add(column)
        path, problem = _column_path(cls, column, len(header))
        if problem is not None:
            problems.append(ErrorItem((), f"column {_quoted(column)}: {problem}", ErrorCode.INVALID_VALUE))
        paths.append(path)
    return paths, problems


def _column_path(cls: Any, column: str, width: int) -> tuple[tuple[str, ...], str | None]:
    """The parts of a dotted column name, following the types of ``cls``; a problem, or None.

    Parts are followed while the type they reach has them (a field of a model, an index of a
    tuple); the rest of the name is kept as one last part, so that the codec reports the key
    or type it does not expect, and no column nests deeper than the model. An index must be
    written as :func:`to_csv` writes it and stay below the field's ``max_items`` and the
    header's width (each element takes a column), so no row can ask for more elements.
    """
    parts = column.split(".")
    reached: list[tuple[Any, int | None]] = [(cls, None)]
    for depth, part in enumerate(parts):
        following: list[tuple[Any, int | None]] = []
        problem = None
        for tp, max_items in _alternatives(reached):
            item = homogeneous_item(tp)
            if item is not None:
                if _INDEX.fullmatch(part) is None:
                    problem = f"{_quoted(part)} is not an index (0, 1, 2 …) of {_quoted('.'.join(parts[:depth]))}"
                elif len(part) > _MAX_INDEX_DIGITS or int(part) >= min(width, max_items or width):
                    within = max_items is not None and max_items < width
                    bound = f"at most {max_items} items" if within else f"the header's {width} columns"
                    problem = f"index {_quoted(part)[1:-1]} is beyond {bound}"
                else:
                    following.append((item, None))
            elif is_model(tp) and not is_value_type(tp):
                for plan in field_plans(tp):
                    if plan.name == part:
                        limit = plan.constraints.max_items if plan.constraints is not None else None
                        following.append((plan.type, limit))
        if not following:
            if problem is not None:
                return tuple(parts), problem
            return (*parts[: depth + 1], ".".join(parts[depth + 1 :])) if depth + 1 < len(parts) else tuple(parts), None
        reached = following
    return tuple(parts), None


def _alternatives(reached: list[tuple[Any, int | None]]) -> Iterator[tuple[Any, int | None]]:
    """The concrete types among ``reached``: optionals unwrapped, unions split into their members."""
    pending = list(reached)
    while pending:
        tp, max_items = pending.pop()
        inner = optional_inner(tp)
        members = union_members(tp) if inner is None else (inner,)
        if members is not None:
            pending.extend((member, max_items) for member in members)
        else:
            yield tp, max_items


def _is_index(key: str) -> bool:
    return len(key) <= _MAX_INDEX_DIGITS and _INDEX.fullmatch(key) is not None


def _quoted(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:60] + "…")


def _unwritable_cell(row: dict[str, Any]) -> ErrorItem | None:
    """The first cell (or column name) that UTF-8 cannot encode, located by its column."""
    for column, cell in row.items():
        for text in (column, _cell(cell)):
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                location = tuple(int(part) if _is_index(part) else part for part in column.split("."))
                return ErrorItem(location, _not_encodable(text, exc), ErrorCode.INVALID_VALUE)
    return None


def _unencodable(document: Any) -> ValidationError:
    """The error for the first text in ``document`` that UTF-8 cannot encode, at its path."""
    pending: list[tuple[tuple[str | int, ...], Any]] = [((), document)]
    while pending:
        location, value = pending.pop()
        items: Iterable[tuple[str | int, Any]] = ()
        if type(value) is dict:
            items = value.items()
            for key in value:
                pending.append((location, key))
        elif type(value) is list:
            items = enumerate(value)
        elif type(value) is str:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                return ValidationError.single(location, _not_encodable(value, exc), ErrorCode.INVALID_VALUE)
        pending.extend(((*location, key), item) for key, item in items)
    return ValidationError.single((), "cannot be written as UTF-8 text", ErrorCode.INVALID_VALUE)


def _not_encodable(text: str, exc: UnicodeEncodeError) -> str:
    return (
        f"cannot be written as UTF-8: the text holds an unpaired surrogate (U+{ord(text[exc.start]):04X}), "
        "which is not a character"
    )


def _has_content(node: Any) -> bool:
    if isinstance(node, dict):
        return any(_has_content(child) for child in node.values())
    return node is not None and node != ""


_ABSENT = object()


def _root(cls: Any, trie: dict[str, Any]) -> Any:
    """The document of one row: a value type's one ``value`` column, or a model's columns."""
    if is_value_type(cls):
        return _unflatten(cls, trie.get(_VALUE, ""))
    return _unflatten(cls, trie)


def _unflatten(tp: Any, node: Any) -> Any:
    """Turn a trie of cells into the JSON-like value ``tp`` expects, typed by ``tp``.

    Cells that do not convert are passed on as text, so that the codec reports them with
    their path.
    """
    inner = optional_inner(tp)
    if inner is not None:
        return None if not _has_content(node) else _unflatten(inner, node)
    item = homogeneous_item(tp)
    if item is not None:
        if not isinstance(node, dict):
            return node
        indices = [int(key) for key in node if _is_index(key) and _has_content(node[key])]
        length = max(indices) + 1 if indices else 0
        return [_unflatten(item, node.get(str(index), "")) for index in range(length)]
    plan = union_plan(tp)
    if plan is not None and isinstance(node, dict):
        try:
            member = plan.choose(node, _has_content)
        except ValidationError:  # the codec reports what is missing or wrong, with its path
            return {key: _passthrough(value) for key, value in node.items() if _has_content(value)}
        # The columns of the other kinds are empty in this row: only the member's own are read.
        own = {field.name for field in field_plans(member)} | ({plan.key} if plan.key is not None else set())
        return _unflatten(member, {key: value for key, value in node.items() if key in own or _has_content(value)})
    members = union_members(tp) if plan is None else None
    if members is not None and isinstance(node, dict):
        # An untagged union of models (an official acting for an Official or an Organization):
        # the member whose fields hold this row's filled cells, each as deep as they are.
        for member in members:
            if _fits(member, node):
                return _unflatten(member, node)
        return {key: _passthrough(value) for key, value in node.items() if _has_content(value)}
    if is_model(tp):
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        types = {plan.name: plan.type for plan in field_plans(tp)}  # annotations resolved
        for key, value in node.items():
            if key not in types:
                out[key] = _passthrough(value)
            elif optional_inner(types[key]) is not None or _has_content(value):
                out[key] = _unflatten(types[key], value)
            # else: an empty cell of a field that cannot be null is a value not given (its default, or missing)
        for key, field_type in types.items():
            # A tuple with no elements has no columns; so has a nested model holding only such tuples.
            if key not in out and optional_inner(field_type) is None:
                if homogeneous_item(field_type) is not None:
                    out[key] = []
                elif is_model(field_type) and not is_value_type(field_type) and union_plan(field_type) is None:
                    out[key] = _unflatten(field_type, {})
        return out
    return _scalar(tp, _cell_of(node))


def _is_structured(node: Any) -> bool:
    """Whether a trie node holds filled cells below it (not only its own cell, kept under "")."""
    return isinstance(node, dict) and any(_has_content(value) for key, value in node.items() if key != "")


def _cell_of(node: Any) -> Any:
    """A node's own cell, when the columns below it (written for other rows) are empty here."""
    return node.get("", "") if isinstance(node, dict) and not _is_structured(node) else node


def _fits(member: Any, node: dict[str, Any]) -> bool:
    """Whether every filled cell of ``node`` has a field of ``member``, nested as deep as the field."""
    if not is_model(member) or is_value_type(member):
        return False
    types = {plan.name: plan.type for plan in field_plans(member)}
    for key, value in node.items():
        if key == "" or not _has_content(value):
            continue
        if key not in types:
            return False
        field_type = optional_inner(types[key]) or types[key]
        nested = (is_model(field_type) and not is_value_type(field_type)) or (
            homogeneous_item(field_type) is not None or union_members(field_type) is not None
        )
        if nested != _is_structured(value):
            return False
    return True


def _passthrough(node: Any) -> Any:
    return node


def _scalar(tp: Any, cell: Any) -> Any:
    if not isinstance(cell, str):
        return cell
    cell = unescape_text(cell)
    if tp is int and _INTEGER.fullmatch(cell):
        return int(cell)
    if tp is float:
        try:
            return float(cell) if _INTEGER.fullmatch(cell) is None else int(cell)
        except ValueError:
            return cell
    if tp is bool and cell.lower() in ("true", "false"):  # TRUE / FALSE as spreadsheets write them
        return cell.lower() == "true"
    return cell


def _name_column(item: ErrorItem, names: Mapping[str, str] | None = None) -> ErrorItem:
    column = ".".join(str(part) for part in item.location)
    if names is not None:
        column = names.get(column, column)
    return ErrorItem(item.location, f"column {column}: {item.message}", item.code)
