"""Bulk data: stream JSON Lines, and move records to and from CSV for spreadsheets.

JSON Lines is read lazily, one line at a time, so memory stays flat however long the file
is; each line gives either an object or the ValidationError that says what is wrong with
it, and reading goes on::

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> lines = io.BytesIO(b'{"role": "Camat", "count": 4}\\n\\n{"role": "Lurah", "count": -4}\\n')
    >>> for line, result in iter_jsonl(lines, ParticipantGroup):
    ...     print(line, result)
    1 ParticipantGroup(role='Camat', count=4, description=None, position=None)
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

import csv
import io
import os
import re
from collections.abc import Iterable, Iterator
from types import UnionType
from typing import IO, TYPE_CHECKING, Any, TypeVar

from ._core import (
    describe,
    field_plans,
    homogeneous_item,
    is_model,
    optional_inner,
    parse_json,
    type_name_of,
    union_plan,
    with_article,
)
from .codec import from_dict, to_dict, to_json
from .errors import ErrorCode, ErrorItem, ValidationError

if TYPE_CHECKING:  # a model class, or a union of models such as Event
    from typing_extensions import TypeForm

__all__ = ["DEFAULT_MAX_LINE_BYTES", "from_csv", "iter_csv", "iter_jsonl", "to_csv", "write_jsonl"]

T = TypeVar("T")
Source = str | os.PathLike[str] | IO[bytes] | IO[str]

#: Lines longer than this (in bytes) are reported as errors without being held in memory.
DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024

_CHUNK = 1024 * 1024
_INTEGER = re.compile(r"-?[0-9]{1,4300}")


def iter_jsonl(
    source: Source, cls: TypeForm[T], *, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
) -> Iterator[tuple[int, T | ValidationError]]:
    """Yield ``(line_number, object_or_error)`` for each non-blank line of a JSON Lines source.

    ``source`` is a path or an open file (binary or text). Blank lines are skipped; a UTF-8
    byte order mark and CRLF line ends are tolerated; a line that is not UTF-8, not JSON, not
    a valid ``cls`` or longer than ``max_line_bytes`` yields its ValidationError.

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
            text = line[3:] if number == 1 and line.startswith(b"\xef\xbb\xbf") else line
            if not text.strip():
                continue
            try:
                yield number, from_dict(parse_json(text), cls)
            except ValidationError as exc:
                yield number, exc


def write_jsonl(objects: Iterable[Any], target: str | os.PathLike[str] | IO[str]) -> int:
    """Write one compact JSON document per line; returns how many were written.

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> out = io.StringIO()
    >>> write_jsonl([ParticipantGroup("Camat", 4)], out)
    1
    >>> out.getvalue()
    '{"role":"Camat","count":4,"description":null,"position":null}\\n'
    """
    count = 0
    with _open_text(target, "w") as stream:
        for obj in objects:
            stream.write(to_json(obj))
            stream.write("\n")
            count += 1
    return count


def to_csv(
    objects: Iterable[Any], target: str | os.PathLike[str] | IO[str], cls: type | UnionType, *, bom: bool = False
) -> int:
    """Write ``objects`` (all of type ``cls``) as CSV rows with dotted column names.

    ``bom=True`` starts the file with a UTF-8 byte order mark, which spreadsheet programs
    use to recognise UTF-8. Returns the number of rows written.

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
    groups.0.role,groups.0.count,groups.0.description,groups.0.position,total
    Camat,4,,,4
    """
    plan = union_plan(cls)
    accepted = plan.members if plan is not None else (cls,)
    rows: list[dict[str, str]] = []
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
        row = _flatten(to_dict(obj))
        lost = _first_loss(cls, obj, row)
        if lost is not None:
            errors.append(lost.prefixed(index))
            continue
        rows.append(row)
        columns.update(dict.fromkeys(row))
    if errors:
        raise ValidationError(errors)
    with _open_text(target, "w", newline="", bom=bom) as stream:
        writer = csv.DictWriter(stream, fieldnames=list(columns), restval="")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def iter_csv(source: Source, cls: TypeForm[T]) -> Iterator[tuple[int, T | ValidationError]]:
    """Yield ``(row_number, object_or_error)`` for each data row of a CSV file made by :func:`to_csv`.

    Row numbers count the header as row 1, as spreadsheet programs do; each error's message
    names its column.

    >>> import io
    >>> from kampungkb.events import ParticipantGroup
    >>> rows = io.StringIO("role,count,description\\nCamat,4,\\nLurah,four,\\n")
    >>> for row, result in iter_csv(rows, ParticipantGroup):
    ...     print(row, result)
    2 ParticipantGroup(role='Camat', count=4, description=None, position=None)
    3 1 validation error
    $.count: column count: expected an integer, found a string ('four') [type]
    """
    with _open_text(source, "r", newline="") as stream:
        text = _skip_bom(stream)
        reader = csv.reader(text)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            yield 1, ValidationError.single((), f"row 1: not CSV: {exc}", ErrorCode.INVALID_VALUE)
            return
        if header is None:
            return
        while True:
            row_number = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield row_number, ValidationError.single((), f"not CSV: {exc}", ErrorCode.INVALID_VALUE)
                continue
            row_number = reader.line_num
            if not any(cells):
                continue
            if len(cells) > len(header):
                yield (
                    row_number,
                    ValidationError.single(
                        (),
                        f"the row has {len(cells)} cells but the header names {len(header)} columns",
                        ErrorCode.INVALID_VALUE,
                    ),
                )
                continue
            flat = dict(zip(header, cells, strict=False))
            try:
                yield row_number, from_dict(_unflatten(cls, _trie(flat)), cls)
            except ValidationError as exc:
                yield row_number, ValidationError(_name_column(item) for item in exc.errors)


def from_csv(source: Source, cls: TypeForm[T]) -> list[T]:
    """Every data row of a CSV file made by :func:`to_csv`, or one ValidationError for all bad rows.

    The file is treated as an array of records: an error in the first data row (spreadsheet
    row 2) is located at ``$[0]``, and its message names the row and the column.

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
    for index, (row, result) in enumerate(iter_csv(source, cls)):
        if isinstance(result, ValidationError):
            errors.extend(
                ErrorItem((index, *item.location), f"row {row}, {item.message}", item.code) for item in result.errors
            )
        else:
            loaded.append(result)
    if errors:
        raise ValidationError(errors)
    return loaded


# ---------------------------------------------------------------------------
# Files


class _Closing:
    """Context manager that closes what it opened and detaches the wrappers it made."""

    def __init__(self, stream: Any, *, owned: bool, wrapper: bool = False) -> None:
        self.stream = stream
        self.owned = owned
        self.wrapper = wrapper

    def __enter__(self) -> Any:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        if self.owned:
            self.stream.close()
        elif self.wrapper:
            self.stream.flush()
            self.stream.detach()


def _open_binary(source: Source) -> _Closing:
    if isinstance(source, str | os.PathLike):
        return _Closing(open(source, "rb"), owned=True)
    if isinstance(source, io.TextIOBase):
        return _Closing(_TextAsBytes(source), owned=False)
    return _Closing(source, owned=False)


def _open_text(target: Source, mode: str, *, newline: str | None = None, bom: bool = False) -> _Closing:
    if isinstance(target, str | os.PathLike):
        encoding = "utf-8-sig" if bom else "utf-8"
        return _Closing(open(target, mode, encoding=encoding, newline=newline), owned=True)
    if isinstance(target, io.TextIOBase):
        if bom and mode == "w":
            target.write("\ufeff")
        return _Closing(target, owned=False)
    wrapped = io.TextIOWrapper(target, encoding="utf-8-sig" if bom else "utf-8", newline=newline)  # type: ignore[type-var]
    return _Closing(wrapped, owned=False, wrapper=True)


class _TextAsBytes:
    """Reads a text stream as UTF-8 bytes, line by line."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def readline(self, limit: int = -1) -> bytes:
        return self.stream.readline(limit).encode("utf-8", "surrogateescape")


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


def _skip_bom(stream: IO[str]) -> Iterator[str]:
    first = True
    for line in stream:
        yield line[1:] if first and line.startswith("\ufeff") else line
        first = False


# ---------------------------------------------------------------------------
# Flattening


def _flatten(value: Any, prefix: str = "", out: dict[str, str] | None = None) -> dict[str, str]:
    out = {} if out is None else out
    if type(value) is dict:
        for key, item in value.items():
            _flatten(item, f"{prefix}{key}.", out)
    elif type(value) is list:
        for index, item in enumerate(value):
            _flatten(item, f"{prefix}{index}.", out)
    else:
        out[prefix[:-1]] = _cell(value)
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is float:
        return repr(value)
    return str(value)


def _first_loss(cls: Any, obj: Any, row: dict[str, str]) -> ErrorItem | None:
    try:
        back: Any = from_dict(_unflatten(cls, _trie(row)), cls)
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


def _trie(flat: dict[str, str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for column, cell in flat.items():
        node = root
        parts = column.split(".")
        for part in parts[:-1]:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                child = node[part] = {"": child}
            node = child
        node[parts[-1]] = cell
    return root


def _has_content(node: Any) -> bool:
    if isinstance(node, dict):
        return any(_has_content(child) for child in node.values())
    return bool(node != "")


_ABSENT = object()


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
        indices = [int(key) for key in node if key.isdigit() and _has_content(node[key])]
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
    if is_model(tp):
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        types = {plan.name: plan.type for plan in field_plans(tp)}  # annotations resolved
        for key, value in node.items():
            out[key] = _unflatten(types[key], value) if key in types else _passthrough(value)
        return out
    return _scalar(tp, node)


def _passthrough(node: Any) -> Any:
    return node


def _scalar(tp: Any, cell: Any) -> Any:
    if not isinstance(cell, str):
        return cell
    if tp is int and _INTEGER.fullmatch(cell):
        return int(cell)
    if tp is float:
        try:
            return float(cell) if _INTEGER.fullmatch(cell) is None else int(cell)
        except ValueError:
            return cell
    if tp is bool and cell in ("true", "false"):
        return cell == "true"
    return cell


def _name_column(item: ErrorItem) -> ErrorItem:
    column = ".".join(str(part) for part in item.location)
    return ErrorItem(item.location, f"column {column}: {item.message}", item.code)
