"""Excel workbooks, entry templates and Frictionless Table Schemas for the CSV layout.

The Excel functions need openpyxl, installed with the ``excel`` extra
(``pip install 'kampungkb[excel]'``); without it they raise an ImportError that says so.
Nothing else in kampungkb imports openpyxl. A sheet has the same dotted column names as the
CSV layout of :mod:`kampungkb.bulk` (the header in row 1), and the same rules for reading::

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> book = io.BytesIO()
    >>> to_xlsx([ParticipantGroup("Camat", 4), ParticipantGroup("Lurah", 21)], book, ParticipantGroup)
    2
    >>> [group.count for group in from_xlsx(book, ParticipantGroup)]
    [4, 21]

Cells are typed: text as text cells (so region codes, NIPs and phone numbers keep their
leading zeros and a text starting with ``=`` is never a formula), numbers as numbers,
booleans as booleans, dates as date cells, null as an empty cell. A text that is empty, or
starts with an apostrophe, is written after one more apostrophe, which reading removes.
"""

from __future__ import annotations

import csv
import datetime as _dt
import enum
import itertools
import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import UnionType
from typing import IO, TYPE_CHECKING, Any, NamedTuple, TypeVar

import attrs

from ._core import (
    atomic_writer,
    field_plans,
    homogeneous_item,
    is_model,
    is_value_type,
    lazy_pattern,
    optional_inner,
    tag_of,
    type_name_of,
    union_members,
    union_plan,
)
from .bulk import escape_text, read_table, table_rows
from .dates import PartialDate
from .errors import ErrorCode, ErrorItem, ValidationError

if TYPE_CHECKING:
    from typing_extensions import TypeForm

__all__ = [
    "DEFAULT_MAX_XLSX_BYTES",
    "MAX_CELL_CHARACTERS",
    "Column",
    "data_package",
    "from_xlsx",
    "iter_xlsx",
    "read_header",
    "table_columns",
    "table_schema",
    "to_xlsx",
    "write_template",
    "write_workbook",
]

T = TypeVar("T")
Source = str | os.PathLike[str] | IO[bytes]

#: A workbook whose parts would unpack to more than this many bytes is refused unread (a zip bomb).
DEFAULT_MAX_XLSX_BYTES = 1024 * 1024 * 1024
#: Excel's own limit on the characters of one cell; a longer cell is an error, written or read.
MAX_CELL_CHARACTERS = 32767
_MAX_PARTS = 10_000
_EXCEL_INSTALL = "pip install 'kampungkb[excel]'"
_SHEET_NAME_BAD = lazy_pattern(r"[\[\]:*?/\\]")
_LARGEST_EXACT = 2**53
_ISO_DATE = lazy_pattern(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise ImportError(f"reading and writing Excel workbooks needs openpyxl: {_EXCEL_INSTALL}") from None
    return openpyxl


# ---------------------------------------------------------------------------
# Columns


class Column(NamedTuple):
    """One column of a model's table layout: its dotted name, the type of its cells and its rules.

    ``required`` is true when every record fills it; ``choices`` holds ``(code, label)`` for
    each value a vocabulary's column (or a tag's column) takes.

    >>> from kampungkb.events import ParticipantGroup
    >>> [(c.name, c.required) for c in table_columns(ParticipantGroup)][:2]
    [('role', True), ('count', False)]
    """

    name: str
    type: Any
    required: bool
    constraints: Any = None  # the field's rules (max_length, ge, le, description …), or None
    choices: tuple[tuple[str, str], ...] = ()

    @property
    def description(self) -> str:
        """What the column holds (the field's description), or ``""``."""
        if self.constraints is None or self.constraints.description is None:
            return ""
        return str(self.constraints.description)


def table_columns(cls: type | UnionType, *, items: int = 3) -> list[Column]:
    """The columns of ``cls``'s table layout, with ``items`` columns groups for each tuple.

    A tuple field has one group of columns per element (``field.0.…``, ``field.1.…``), up to
    the field's ``max_items``; a union's columns are those of all its members, the tag first.

    >>> from kampungkb.events import Participants
    >>> [c.name for c in table_columns(Participants, items=1)][:3]
    ['groups.0.role', 'groups.0.count', 'groups.0.description']
    >>> [c.name for c in table_columns(Participants, items=1)][3:]
    ['groups.0.position', 'groups.0.qualifier', 'total', 'qualifier']
    """
    found: dict[str, Column] = {}
    if is_value_type(cls):
        found["value"] = Column("value", cls, required=True)
    else:
        _layout(cls, "", True, items, found, rules=None)
    return list(found.values())


#: How often one model may appear inside itself in a layout: an official acting for another
#: official (whose own acting-for the model refuses) is one level; a deeper column could never
#: hold a value, and a self-referring model would otherwise have endless columns.
_SELF_NESTING = 1


def _layout(
    tp: Any,
    prefix: str,
    required: bool,
    items: int,
    out: dict[str, Column],
    *,
    rules: Any,
    within: tuple[Any, ...] = (),
) -> None:
    inner = optional_inner(tp)
    if inner is not None:
        _layout(inner, prefix, False, items, out, rules=rules, within=within)
        return
    plan = union_plan(tp)
    if plan is not None:
        for member in plan.members:
            _layout(member, prefix, required and len(plan.members) == 1, items, out, rules=rules, within=within)
        return
    members = union_members(tp)
    if members is not None:
        for member in members:
            _layout(member, prefix, False, items, out, rules=rules, within=within)
        return
    item = homogeneous_item(tp)
    if item is not None:
        limit = rules.max_items if rules is not None and rules.max_items is not None else items
        for index in range(min(limit, items)):
            _layout(item, f"{prefix}{index}.", False, items, out, rules=None, within=within)
        return
    if is_model(tp) and not is_value_type(tp):
        if within.count(tp) > _SELF_NESTING:
            return
        within = (*within, tp)
        tag = tag_of(tp)
        if tag is not None:
            name = f"{prefix}{tag[0]}"
            previous = out.get(name)
            tags = (previous.choices if previous is not None else ()) + ((tag[1], type_name_of(tp)),)
            out[name] = Column(name, str, required=required, choices=tags)
        for field in field_plans(tp):
            has_default = field.attribute.default is not attrs.NOTHING
            required_here = required and not has_default
            _layout(
                field.type, f"{prefix}{field.name}.", required_here, items, out, rules=field.constraints, within=within
            )
        return
    name = prefix[:-1]
    previous = out.get(name)
    if previous is not None and previous.type is not tp and previous.type is not object:
        # union members with a field of this name but another type (an integer here, a boolean there)
        out[name] = previous._replace(type=object, constraints=None, choices=())
    if name not in out:
        choices: tuple[tuple[str, str], ...] = ()
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            choices = tuple((str(member.value), str(getattr(member, "label", member.value))) for member in tp)
        out[name] = Column(name, tp, required=required, constraints=rules, choices=choices)


# ---------------------------------------------------------------------------
# Writing


def to_xlsx(
    objects: Iterable[Any],
    target: str | os.PathLike[str] | IO[bytes],
    cls: type | UnionType,
    *,
    sheet: str | None = None,
) -> int:
    """Write ``objects`` (all of type ``cls``) to a new workbook, one sheet named ``sheet`` (default: the type's name).

    Every object is checked before anything is written, as by :func:`kampungkb.bulk.to_csv`;
    a text longer than Excel's 32,767 characters, or holding a control character a
    workbook cannot hold, is an error at its path. Given a path, the workbook replaces the
    file only once complete. Returns the number of rows written.

    >>> import io
    >>> from kampungkb.regions import RegionCode
    >>> book = io.BytesIO()
    >>> to_xlsx([RegionCode("35.75.01.1001")], book, RegionCode, sheet="Wilayah")
    1
    """
    return write_workbook(target, [(type_name_of(cls) if sheet is None else sheet, cls, objects)])


def write_workbook(
    target: str | os.PathLike[str] | IO[bytes], sheets: Sequence[tuple[str, type | UnionType, Iterable[Any]]]
) -> int:
    """Write several tables to one workbook, one sheet each: ``[(sheet_name, cls, objects), …]``.

    Returns the number of rows written in all. Sheet names follow Excel's rules (1 to 31
    characters, none of ``[]:*?/\\``, each used once).

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> from kampungkb.regions import RegionCode
    >>> write_workbook(io.BytesIO(), [("Kelompok", ParticipantGroup, [ParticipantGroup("Camat", 4)]),
    ...                                ("Wilayah", RegionCode, [RegionCode("35")])])
    2
    """
    openpyxl = _openpyxl()
    prepared: list[tuple[str, type | UnionType, list[dict[str, Any]], list[str]]] = []
    errors: list[ErrorItem] = []
    names: set[str] = set()
    for number, (name, cls, objects) in enumerate(sheets):
        problem = _sheet_name_problem(name, names)
        if problem is not None:
            errors.append(ErrorItem((number,), problem, ErrorCode.INVALID_VALUE))
            continue
        names.add(name.lower())
        try:
            rows, columns = table_rows(objects, cls)
        except ValidationError as exc:
            errors.extend(exc.errors if len(sheets) == 1 else (item.prefixed(name) for item in exc.errors))
            continue
        for index, row in enumerate(rows):
            for column, value in row.items():
                problem = _cell_problem(value)
                if problem is not None:
                    where = (index, *_location(column))
                    errors.append(
                        ErrorItem(where if len(sheets) == 1 else (name, *where), problem, ErrorCode.CONSTRAINT)
                    )
        prepared.append((name, cls, rows, columns))
    if errors:
        raise ValidationError(errors)
    book = openpyxl.Workbook(write_only=True)
    total = 0
    for name, cls, rows, columns in prepared:
        kinds = {column.name: column.type for column in table_columns(cls, items=1)}
        sheet = book.create_sheet(title=name)
        sheet.freeze_panes = "A2"
        sheet.append([_header_cell(openpyxl, sheet, column) for column in columns])
        column_types = [kinds.get(_generic(column)) for column in columns]
        for row in rows:
            sheet.append(
                [_cell(openpyxl, sheet, row.get(column), tp) for column, tp in zip(columns, column_types, strict=True)]
            )
            total += 1
    _save(book, target)
    return total


def _save(book: Any, target: str | os.PathLike[str] | IO[bytes]) -> None:
    """Save a workbook to a stream, or to a path replaced only once the workbook is whole."""
    if isinstance(target, str | os.PathLike):
        with atomic_writer(target) as handle:
            book.save(handle)
    else:
        book.save(target)


def _generic(column: str) -> str:
    """The column's name with every tuple index made 0 (the layout's one group per tuple)."""
    return ".".join("0" if part.isdigit() else part for part in column.split("."))


def _location(column: str) -> tuple[str | int, ...]:
    return tuple(int(part) if part.isdigit() else part for part in column.split("."))


def _sheet_name_problem(name: object, taken: set[str]) -> str | None:
    if not isinstance(name, str) or not 1 <= len(name) <= 31 or _SHEET_NAME_BAD.search(name):
        return f"a sheet name is 1 to 31 characters, none of []:*?/\\; found {name!r}"
    if name.lower() in taken:
        return f"the sheet name {name!r} is used twice"
    return None


_CONTROL = lazy_pattern("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell_problem(value: Any) -> str | None:
    if type(value) is not str:
        return None
    if len(value) + 1 > MAX_CELL_CHARACTERS:
        return f"cannot be written to Excel: the text has {len(value)} characters, more than a cell holds"
    match = _CONTROL.search(value)
    if match is not None:
        return f"cannot be written to Excel: the text holds the control character U+{ord(match.group()):04X}"
    return None


def _header_cell(openpyxl: Any, sheet: Any, name: str) -> Any:
    cell = openpyxl.cell.WriteOnlyCell(sheet, value=name)
    cell.data_type = "s"
    cell.font = openpyxl.styles.Font(bold=True)
    return cell


def _cell(openpyxl: Any, sheet: Any, value: Any, tp: Any) -> Any:
    if value is None:
        return None
    cell = openpyxl.cell.WriteOnlyCell(sheet)
    if type(value) is str:
        if (tp is _dt.date or tp is PartialDate) and _ISO_DATE.fullmatch(value):
            # a date, or a partial date known to the day: a date cell (it reads back as the same text)
            cell.value = _dt.date.fromisoformat(value)
            cell.number_format = "yyyy-mm-dd"
            return cell
        cell.value = "'" + value if value == "" or value.startswith("'") else value
        cell.data_type = "s"  # never a formula or an error value, whatever it starts with
        cell.number_format = "@"
        return cell
    if (type(value) is int and abs(value) > _LARGEST_EXACT) or (
        type(value) is float and float(f"{value:.16g}") != value
    ):
        # beyond what a spreadsheet's numbers hold exactly (openpyxl writes 16 significant digits)
        cell.value = repr(value) if type(value) is float else str(value)
        cell.data_type = "s"
        cell.number_format = "@"
        return cell
    cell.value = value
    if type(value) is int:
        cell.number_format = "0"
    return cell


# ---------------------------------------------------------------------------
# Reading


def iter_xlsx(
    source: Source,
    cls: TypeForm[T],
    *,
    sheet: str | None = None,
    max_bytes: int = DEFAULT_MAX_XLSX_BYTES,
) -> Iterator[tuple[int, T | ValidationError]]:
    """Yield ``(row_number, object_or_error)`` for each data row of one sheet of a workbook.

    The sheet is ``sheet``, or else the one named after the type (``KampungKB``), or else
    the first. It is streamed (openpyxl's read-only mode): memory stays flat however many
    rows there are. Row numbers are the sheet's own (the header is row 1); each error names
    its column by letter and dotted name. Cells hold values as the workbook last computed
    them (a formula's cached result). A workbook that is not one, would unpack to more than
    ``max_bytes``, or lacks the sheet gives one error for row 1 (located at ``$``); a cell
    longer than 32,767 characters is an error for its row.

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> book = io.BytesIO()
    >>> _ = to_xlsx([ParticipantGroup("Camat", 4)], book, ParticipantGroup)
    >>> [(row, group.role) for row, group in iter_xlsx(book, ParticipantGroup)]
    [(2, 'Camat')]
    """
    openpyxl = _openpyxl()
    problem = _archive_problem(source, max_bytes)
    if problem is not None:
        yield 1, ValidationError.single((), problem, ErrorCode.INVALID_VALUE)
        return
    try:
        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken workbook
        yield 1, ValidationError.single((), f"not an Excel workbook (.xlsx): {exc}", ErrorCode.INVALID_VALUE)
        return
    try:
        worksheet = _pick_sheet(book, sheet, type_name_of(cls))
        if isinstance(worksheet, str):
            yield 1, ValidationError.single((), worksheet, ErrorCode.INVALID_VALUE)
            return
        worksheet.reset_dimensions()  # a declared size (A1:XFD1048576) is not trusted
        header_row = _header_row(book, worksheet.title)
        rows = worksheet.iter_rows(values_only=True)
        header_cells = next(itertools.islice(rows, header_row - 1, None), None)
        if header_cells is None:
            return
        header = _header(header_cells)
        names = {name: f"{_letter(openpyxl, index)} ({name})" for index, name in enumerate(header)}
        yield from read_table(cls, header, _sheet_rows(rows, header_row + 1), column_names=names)
    finally:
        book.close()


def from_xlsx(
    source: Source, cls: TypeForm[T], *, sheet: str | None = None, max_bytes: int = DEFAULT_MAX_XLSX_BYTES
) -> list[T]:
    """Every data row of a sheet as an object, or one ValidationError for all bad rows.

    Errors are located as in an array of records (``$[0]`` is row 2), each message naming
    the sheet, the row and the column.

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> book = io.BytesIO()
    >>> _ = to_xlsx([ParticipantGroup("Camat", 4)], book, ParticipantGroup, sheet="Peserta")
    >>> from_xlsx(book, ParticipantGroup) == [ParticipantGroup("Camat", 4)]
    True
    """
    name = type_name_of(cls) if sheet is None else sheet
    loaded: list[T] = []
    errors: list[ErrorItem] = []
    for index, (row, result) in enumerate(iter_xlsx(source, cls, sheet=sheet, max_bytes=max_bytes)):
        if isinstance(result, ValidationError):
            where: tuple[int, ...] = () if row == 1 else (index,)
            errors.extend(
                ErrorItem((*where, *item.location), f"sheet {name}, row {row}, {item.message}", item.code)
                for item in result.errors
            )
        else:
            loaded.append(result)
    if errors:
        raise ValidationError(errors)
    return loaded


def read_header(
    source: Source, cls: type | UnionType, *, sheet: str | None = None, max_bytes: int = DEFAULT_MAX_XLSX_BYTES
) -> tuple[str, list[str]]:
    """The sheet :func:`iter_xlsx` would read, and its header (the dotted column names).

    A workbook that cannot be read gives ``("", [])``: :func:`iter_xlsx` reports why.

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> book = io.BytesIO()
    >>> _ = to_xlsx([ParticipantGroup("Camat", 4)], book, ParticipantGroup)
    >>> read_header(book, ParticipantGroup)
    ('ParticipantGroup', ['role', 'count', 'description', 'position', 'qualifier'])
    """
    openpyxl = _openpyxl()
    if _archive_problem(source, max_bytes) is not None:
        return "", []
    position = None if isinstance(source, str | os.PathLike) else source.tell()
    try:
        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except Exception:  # iter_xlsx says what is wrong
        return "", []
    try:
        worksheet = _pick_sheet(book, sheet, type_name_of(cls))
        if isinstance(worksheet, str):
            return "", []
        worksheet.reset_dimensions()
        row = _header_row(book, worksheet.title)
        cells = next(itertools.islice(worksheet.iter_rows(values_only=True), row - 1, None), None)
        return worksheet.title, _header(cells) if cells is not None else []
    finally:
        book.close()
        if position is not None:
            source.seek(position)  # type: ignore[union-attr]


def _archive_problem(source: Source, max_bytes: int) -> str | None:
    """Why the workbook is refused before it is opened (not a zip, too large unpacked), or None."""
    position = source.tell() if not isinstance(source, str | os.PathLike) else None
    try:
        with zipfile.ZipFile(source) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        if isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError):
            raise
        return f"not an Excel workbook (.xlsx): {exc}"
    finally:
        if position is not None:
            source.seek(position)  # type: ignore[union-attr]
    if len(parts) > _MAX_PARTS:
        return f"not an Excel workbook (.xlsx): {len(parts)} parts, more than {_MAX_PARTS}"
    unpacked = sum(part.file_size for part in parts)
    if unpacked > max_bytes:
        return f"the workbook would unpack to {unpacked} bytes, more than the limit of {max_bytes} (max_bytes)"
    return None


def _pick_sheet(book: Any, sheet: str | None, type_name: str) -> Any:
    names = book.sheetnames
    if sheet is not None:
        if sheet not in names:
            return f"the workbook has no sheet {sheet!r} (it has {', '.join(map(repr, names))})"
        return book[sheet]
    if type_name in names:
        return book[type_name]
    if not names:
        return "the workbook has no sheet"
    return book[names[0]]


def _header(cells: Sequence[Any]) -> list[str]:
    """The header's column names (trailing empty cells dropped)."""
    values = list(cells)
    while values and values[-1] in (None, ""):
        values.pop()
    return ["" if value is None else str(value) for value in values]


def _letter(openpyxl: Any, index: int) -> str:
    return str(openpyxl.utils.get_column_letter(index + 1))


def _header_row(book: Any, title: str) -> int:
    """The row of the dotted column names: 1, or where a template's ``kampungkb_header`` says."""
    defined = book.defined_names.get(_HEADER_NAME)
    if defined is None:
        return 1
    for sheet, cells in defined.destinations:
        match = re.fullmatch(r"\$([0-9]{1,7}):\$\1", cells)
        if sheet == title and match is not None:
            return int(match.group(1))
    return 1


def _sheet_rows(rows: Iterator[Sequence[Any]], first: int) -> Iterator[tuple[int, Sequence[Any] | ValidationError]]:
    for number, cells in enumerate(rows, start=first):
        converted: list[Any] = []
        too_long: str | None = None
        for index, value in enumerate(cells):
            if type(value) is str and len(value) > MAX_CELL_CHARACTERS and too_long is None:
                too_long = (
                    f"the cell in column {index + 1} has {len(value)} characters, "
                    f"more than Excel's {MAX_CELL_CHARACTERS}"
                )
            converted.append(_read_cell(value))
        if too_long is not None:
            yield number, ValidationError.single((), too_long, ErrorCode.CONSTRAINT)
            continue
        yield number, converted


def _read_cell(value: Any) -> Any:
    """A workbook cell as the table reader takes it (text as the CSV layout writes it)."""
    if type(value) is str:
        return escape_text(value[1:] if value.startswith("'") else value)
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return str(value)
    return value


# ---------------------------------------------------------------------------
# Table Schemas

_TRUE = ["true", "TRUE", "True"]
_FALSE = ["false", "FALSE", "False"]


def table_schema(cls: type | UnionType, *, header: Sequence[str] | None = None, items: int = 3) -> dict[str, Any]:
    """A Frictionless Table Schema describing ``cls``'s CSV layout, as a JSON-ready dict.

    ``header`` names the columns of an actual file (its first row); without it the schema
    has the columns of :func:`table_columns` (``items`` groups per tuple). Types: integer,
    number, boolean (``true``/``false`` in any of their usual cases), date, string; a
    vocabulary's column is constrained to its codes; required columns are marked so. A
    text column's ``maxLength`` counts the apostrophe that may start its cell (see
    :func:`kampungkb.bulk.escape_text`). A header column the type has no place for is a
    ValidationError.

    >>> from kampungkb.events import ParticipantGroup
    >>> table_schema(ParticipantGroup)["fields"][1]["constraints"]
    {'minimum': 0}
    """
    known = {_generic(column.name): column for column in table_columns(cls, items=1)}
    if header is None:
        columns = table_columns(cls, items=items)
    else:
        columns = []
        errors = []
        for index, name in enumerate(header):
            column = known.get(_generic(name))
            if column is None and any(known_name.startswith(_generic(name) + ".") for known_name in known):
                # a nested model or list written as null: its one column, empty
                column = Column(name, None, required=False)
            if column is None:
                errors.append(ErrorItem((index,), f"{type_name_of(cls)} has no column {name!r}", ErrorCode.EXTRA_KEY))
            else:
                columns.append(column._replace(name=name, required=column.required and name == column.name))
        if errors:
            raise ValidationError(errors)
    return {"fields": [_schema_field(column) for column in columns], "missingValues": [""]}


def _schema_field(column: Column) -> dict[str, Any]:
    tp = column.type
    field: dict[str, Any] = {"name": column.name}
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    rules = column.constraints
    if tp is bool:
        field.update(type="boolean", trueValues=_TRUE, falseValues=_FALSE)
    elif tp is int or tp is float:
        field["type"] = "integer" if tp is int else "number"
        if rules is not None and rules.ge is not None:
            constraints["minimum"] = rules.ge
        if rules is not None and rules.le is not None:
            constraints["maximum"] = rules.le
    elif tp is _dt.date:
        field["type"] = "date"
        if rules is not None and rules.ge is not None:
            constraints["minimum"] = rules.ge.isoformat()
        if rules is not None and rules.le is not None:
            constraints["maximum"] = rules.le.isoformat()
    elif tp is object:
        field["type"] = "any"  # the union's kinds hold different types here
    elif tp is None:
        field.update(type="string", description="a nested value written as null: always empty")
        constraints["maxLength"] = 0
    else:
        field["type"] = "string"
        if column.choices:
            constraints["enum"] = [code for code, _ in column.choices]
        elif rules is not None and rules.max_length is not None:
            constraints["maxLength"] = rules.max_length + 1
    if column.description:
        field["description"] = column.description
    if constraints:
        field["constraints"] = constraints
    return field


def data_package(
    resources: Mapping[str, type | UnionType], *, name: str, base: str | os.PathLike[str] | None = None
) -> dict[str, Any]:
    """A Frictionless (tabular) data package descriptor for CSV files written by :func:`kampungkb.bulk.to_csv`.

    ``resources`` maps each file's path (relative to ``base``, where the descriptor will
    sit) to its type. A file that exists is described by its own header (and delimiter);
    one that does not yet, by the type's layout. Save the dict as ``datapackage.json``.

    >>> from kampungkb.kampung import KampungKB
    >>> package = data_package({"kampung.csv": KampungKB}, name="kampung-kb-jatim")
    >>> package["resources"][0]["name"], package["resources"][0]["schema"]["fields"][0]["name"]
    ('kampung', 'id')
    """
    from .bulk import sniff_delimiter

    described = []
    for path, cls in resources.items():
        full = os.path.join(base, path) if base is not None else path
        resource: dict[str, Any] = {
            "name": re.sub(r"[^a-z0-9._-]+", "-", os.path.splitext(os.path.basename(path))[0].lower()) or "data",
            "path": path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
        }
        header = None
        if os.path.isfile(full):
            with open(full, encoding="utf-8-sig", newline="") as handle:
                first = handle.readline()
            delimiter = sniff_delimiter(first)
            header = next(csv.reader([first], delimiter=delimiter), [])
            if delimiter != ",":
                resource["dialect"] = {"delimiter": delimiter}
        resource["schema"] = table_schema(cls, header=header)
        described.append(resource)
    return {"name": name, "profile": "tabular-data-package", "resources": described}


# ---------------------------------------------------------------------------
# Templates


def write_template(
    target: str | os.PathLike[str] | IO[bytes], cls: type | UnionType, *, items: int = 3, rows: int = 1000
) -> None:
    """Write an empty workbook for entering records of ``cls`` by hand; :func:`from_xlsx` reads it back filled.

    The data sheet (named after the type) has three heading rows: each column's heading in
    Indonesian and English (row 1), a note on what it holds, whether it must be filled and
    in what form (row 2), and the dotted column name that :func:`from_xlsx` reads (row 3,
    which the workbook names ``kampungkb_header``). Data goes from row 4. A column from a
    vocabulary has a drop-down list of its codes (the sheet ``Pilihan`` lists each code with
    its Indonesian label, and the cell's prompt shows them); true/false columns a TRUE /
    FALSE list; whole numbers, decimals and dates are checked as typed and formatted
    (``yyyy-mm-dd``); every other cell is a text cell, so codes keep their leading zeros.
    The heading rows are protected (without a password: it guards against slips); the
    ``rows`` data rows below are not. Each tuple field gets ``items`` groups of columns.

    >>> import io
    >>> from kampungkb.kampung import KampungKB
    >>> book = io.BytesIO()
    >>> write_template(book, KampungKB)
    >>> from_xlsx(book, KampungKB)  # nothing entered yet
    []
    """
    openpyxl = _openpyxl()
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    columns = table_columns(cls, items=items)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = type_name_of(cls)[:31]
    choices_sheet = book.create_sheet("Pilihan")
    styles = openpyxl.styles
    heading_font = styles.Font(bold=True)
    heading_fill = styles.PatternFill("solid", fgColor="DDEBF7")
    note_font = styles.Font(italic=True, size=9)
    wrap = styles.Alignment(wrap_text=True, vertical="top")
    lists: dict[tuple[tuple[str, str], ...], str] = {}
    last = _HEADER_ROW + rows
    for index, column in enumerate(columns, start=1):
        letter = openpyxl.utils.get_column_letter(index)
        indonesian, english = _headings(column.name)
        cells = (
            (1, f"{indonesian}\n{english}", heading_font),
            (2, _note(column), note_font),
            (_HEADER_ROW, column.name, None),
        )
        for row, value, font in cells:
            cell = sheet.cell(row=row, column=index, value=value)
            cell.data_type = "s"
            cell.alignment = wrap
            cell.fill = heading_fill
            if font is not None:
                cell.font = font
        dimension = sheet.column_dimensions[letter]
        dimension.width = 22
        dimension.number_format = _number_format(column.type)
        dimension.protection = styles.Protection(locked=False)
        area = f"{letter}{_HEADER_ROW + 1}:{letter}{last}"
        validation = _validation(DataValidation, column, choices_sheet, lists)
        if validation is not None:
            validation.add(area)
            sheet.add_data_validation(validation)
    sheet.row_dimensions[1].height = 32
    sheet.row_dimensions[2].height = 60
    sheet.freeze_panes = f"A{_HEADER_ROW + 1}"
    sheet.protection.sheet = True
    for option in ("formatColumns", "formatRows", "insertRows", "deleteRows", "sort", "autoFilter"):
        setattr(sheet.protection, option, False)  # False: the user may do it
    choices_sheet.protection.sheet = True
    book.defined_names[_HEADER_NAME] = DefinedName(
        _HEADER_NAME, attr_text=f"'{sheet.title}'!${_HEADER_ROW}:${_HEADER_ROW}"
    )
    _save(book, target)


_HEADER_ROW = 3
_HEADER_NAME = "kampungkb_header"

#: Indonesian for the words of column names (the English is the name itself).
_INDONESIAN = {
    "acronym": "singkatan", "acting": "pelaksana tugas", "active": "aktif", "address": "alamat",
    "agencies": "instansi", "amends": "mengubah", "area": "kriteria wilayah", "attendees": "yang hadir",
    "caption": "keterangan", "co_organizers": "penyelenggara pendamping", "code": "kode",
    "confidence": "tingkat keyakinan", "count": "jumlah", "coverage": "cakupan wilayah", "criteria": "kriteria",
    "date": "tanggal", "dates": "tanggal pelaksanaan", "degrees_after": "gelar belakang",
    "degrees_before": "gelar depan", "description": "gambaran umum", "dusun": "dusun",
    "enacted": "tanggal ditetapkan", "end": "sampai", "funding_sources": "sumber dana",
    "gazette": "lembaran negara", "groups": "kelompok", "honorific": "sapaan", "host_region": "wilayah tuan rumah",
    "id": "ID", "images": "foto", "inpres_kegiatan": "kegiatan Inpres", "instrument": "peraturan",
    "issuer": "penetap", "jurisdiction": "wilayah berlaku", "kampung_ids": "ID kampung", "kind": "jenis",
    "latitude": "lintang", "launch_date": "tanggal pencanangan", "legal_basis": "dasar hukum", "level": "tingkat",
    "location": "lokasi", "longitude": "bujur", "main": "kriteria utama",
    "model_for_province": "percontohan provinsi", "model_for_regency": "percontohan kabupaten/kota",
    "name": "nama", "number": "nomor", "objectives": "sasaran kegiatan", "official": "pejabat",
    "opened_by": "dibuka oleh", "organization": "organisasi", "organizer": "penyelenggara",
    "original": "teks asli", "other_agencies": "instansi lain", "other_target_groups": "sasaran lain",
    "participants": "peserta", "path": "berkas", "photo": "foto", "place": "tempat", "portal": "kriteria portal",
    "position": "jabatan", "post_kind": "jenis pos", "programme": "susunan acara",
    "promulgated": "tanggal diundangkan", "provision": "ketentuan", "purpose": "tujuan", "region": "wilayah",
    "reported_on": "tanggal berita", "revokes": "mencabut", "role": "peran", "rt": "RT", "rw": "RW",
    "section": "bagian", "sources": "sumber", "speakers": "narasumber", "special": "kriteria khusus",
    "start": "mulai", "structure_photo": "foto struktur", "supplement": "tambahan lembaran negara",
    "target_groups": "kelompok sasaran", "term_end": "akhir masa jabatan", "term_start": "awal masa jabatan",
    "title": "judul", "title_as_written": "judul seperti tertulis", "topic": "topik", "total": "total",
    "type": "jenis", "unrecognized_degrees": "gelar lain", "value": "nilai", "venue": "tempat", "year": "tahun",
}  # fmt: skip


def _headings(name: str) -> tuple[str, str]:
    """A column's heading in Indonesian and in English, from the words of its dotted name."""
    indonesian: list[str] = []
    english: list[str] = []
    for part in name.split("."):
        if part.isdigit():
            indonesian[-1] += f" ke-{int(part) + 1}"
            english[-1] += f" #{int(part) + 1}"
            continue
        words = part.replace("_", " ")
        indonesian.append(_INDONESIAN.get(part, words))
        english.append(words)
    return (" › ".join(indonesian)).capitalize(), (" › ".join(english)).capitalize()


def _note(column: Column) -> str:
    parts = ["wajib diisi / required" if column.required else "boleh kosong / optional"]
    tp = column.type
    rules = column.constraints
    if column.choices:
        parts.append("pilih kode dari daftar (lembar Pilihan) / pick a code from the list")
    elif tp is bool:
        parts.append("TRUE / FALSE")
    elif tp is int:
        parts.append("bilangan bulat / whole number")
    elif tp is float:
        parts.append("angka / number")
    elif tp is _dt.date:
        parts.append("tanggal / date (yyyy-mm-dd)")
    else:
        parts.append("teks / text")
    if rules is not None and rules.ge is not None:
        parts.append(f">= {rules.ge}")
    if rules is not None and rules.le is not None:
        parts.append(f"<= {rules.le}")
    if rules is not None and rules.max_length is not None:
        parts.append(f"maks. {rules.max_length} karakter / characters")
    if column.description:
        parts.append(column.description)
    return "; ".join(parts)


def _number_format(tp: Any) -> str:
    if tp is int:
        return "0"
    if tp is float:
        return "General"
    if tp is _dt.date:
        return "yyyy-mm-dd"
    if tp is bool:
        return "General"
    return "@"


def _validation(
    data_validation: Any, column: Column, choices_sheet: Any, lists: dict[tuple[tuple[str, str], ...], str]
) -> Any:
    tp = column.type
    rules = column.constraints
    if column.choices:
        area = lists.get(column.choices)
        if area is None:
            first = 2 * len(lists) + 1
            code_letter = choices_sheet.cell(row=1, column=first).column_letter
            label_letter = choices_sheet.cell(row=1, column=first + 1).column_letter
            choices_sheet.cell(row=1, column=first, value=f"{column.name}: kode / code")
            choices_sheet.cell(row=1, column=first + 1, value="label")
            for row, (code, label) in enumerate(column.choices, start=2):
                choices_sheet.cell(row=row, column=first, value=code).data_type = "s"
                choices_sheet.cell(row=row, column=first + 1, value=label).data_type = "s"
            choices_sheet.column_dimensions[code_letter].width = 28
            choices_sheet.column_dimensions[label_letter].width = 40
            area = f"Pilihan!${code_letter}$2:${code_letter}${len(column.choices) + 1}"
            lists[column.choices] = area
        prompt = "; ".join(f"{code} = {label}" for code, label in column.choices)
        validation = data_validation(type="list", formula1=area, allow_blank=True)
        validation.prompt = prompt if len(prompt) <= 250 else prompt[:249] + "…"
        validation.promptTitle = "Pilihan"
        validation.showInputMessage = True
        validation.showErrorMessage = True
        return validation
    if tp is bool:
        return data_validation(type="list", formula1='"TRUE,FALSE"', allow_blank=True, showErrorMessage=True)
    if tp in (int, float, _dt.date):
        kind = {int: "whole", float: "decimal", _dt.date: "date"}[tp]
        low = rules.ge if rules is not None and rules.ge is not None else None
        high = rules.le if rules is not None and rules.le is not None else None
        if tp is _dt.date:
            low = _excel_date(low) if low is not None else 1
            high = _excel_date(high) if high is not None else 2958465  # 9999-12-31
        else:
            low = low if low is not None else -(10**15)
            high = high if high is not None else 10**15
        return data_validation(
            type=kind,
            operator="between",
            formula1=str(low),
            formula2=str(high),
            allow_blank=True,
            showErrorMessage=True,
        )
    return None


def _excel_date(day: _dt.date) -> int:
    return (day - _dt.date(1899, 12, 30)).days
