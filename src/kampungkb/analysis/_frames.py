"""Records to and from pandas DataFrames, with the CSV's dotted columns and typed cells.

A frame is the CSV table of :mod:`kampungkb.bulk` with types: the rows are made, checked for
loss and read back by the CSV writer and reader themselves (one rule for the columns, one for
what a table can carry), and each column is then given the dtype its field has.
"""

from __future__ import annotations

import csv
import datetime as _dt
import enum
import io
import math
from collections.abc import Iterable
from types import UnionType
from typing import TYPE_CHECKING, Any, TypeVar

from .._core import type_name_of, union_plan
from ..bulk import iter_csv, to_csv
from ..codec import from_dict
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._extras import require
from ._types import leaf_types, scalar_kind

if TYPE_CHECKING:
    import pandas as pd
    from typing_extensions import TypeForm

__all__ = ["from_frame", "labels_of", "to_frame"]

T = TypeVar("T")

_DTYPES = {"int": "Int64", "float": "Float64", "bool": "boolean", "text": "string", "datetime": "string"}


def to_frame(records: Iterable[Any], cls: type | UnionType) -> pd.DataFrame:
    """A DataFrame of ``records`` (all of type ``cls``): one row each, the CSV's dotted columns, typed.

    Integers are ``Int64``, decimals ``Float64``, booleans ``boolean`` (all nullable), dates
    ``datetime64[s]``, vocabularies categoricals of their codes (``labels_of(frame)`` gives the
    Indonesian labels), text and timestamps (which keep their UTC offset) ``string``. An empty
    cell is missing (``<NA>``). Records a table cannot carry without loss are refused as
    :func:`~kampungkb.bulk.to_csv` refuses them, with their path. Needs ``kampungkb[pandas]``.

    >>> from kampungkb.events import ParticipantGroup, Participants
    >>> frame = to_frame([Participants((ParticipantGroup("Camat", 4),), total=4)], Participants)
    >>> frame[["groups.0.role", "groups.0.count", "total"]]
      groups.0.role  groups.0.count  total
    0         Camat               4      4
    >>> str(frame["total"].dtype)
    'Int64'
    """
    pd = require("pandas", "pandas")
    buffer = io.StringIO()
    to_csv(records, buffer, cls)
    reader = csv.reader(io.StringIO(buffer.getvalue()))
    header = next(reader, None) or []
    rows = list(reader)
    labels: dict[str, dict[str, str]] = {}
    data: dict[str, Any] = {}
    plan = union_plan(cls)
    for position, column in enumerate(header):
        cells = [row[position] for row in rows]
        if plan is not None and column == plan.key:  # the tag: a categorical of the union's tags
            data[column] = pd.Categorical(cells, categories=list(plan.choices))
            continue
        data[column] = _typed(pd, leaf_types(cls, column), cells)
        vocabulary = _vocabulary(leaf_types(cls, column))
        if vocabulary is not None:
            labels[column] = {member.code: member.label for member in vocabulary}
    frame = pd.DataFrame(data, index=pd.RangeIndex(len(rows)), columns=header)
    frame.attrs["kampungkb"] = {"type": type_name_of(cls), "labels": labels}
    return frame


def labels_of(frame: pd.DataFrame) -> dict[str, dict[str, str]]:
    """For each vocabulary column of a frame made by :func:`to_frame`, its codes' Indonesian labels.

    >>> from kampungkb.examples import example_history
    >>> from kampungkb.kampung import PopulationReport
    >>> frame = to_frame([example_history().current_population], PopulationReport)
    >>> labels_of(frame)["age_sex_counts.0.sex"]
    {'male': 'Pria', 'female': 'Wanita'}
    >>> frame["age_sex_counts.0.sex"].map(labels_of(frame)["age_sex_counts.0.sex"]).iloc[0]
    'Pria'
    """
    found = frame.attrs.get("kampungkb", {}).get("labels", {})
    return {column: dict(labels) for column, labels in found.items()}


def from_frame(frame: pd.DataFrame, cls: TypeForm[T]) -> list[T]:
    """The records in a DataFrame with the columns :func:`to_frame` makes, each row checked.

    Every problem of every row is reported together in one ValidationError, located at the
    row's index label and the field's path, the message naming the column. Cells are read as
    the CSV reader reads them: a missing value is an empty cell, a text cell is read as its
    field's type (``"4"`` for an integer field); a value of another type is refused, never
    converted (``4.5`` for an integer field).

    >>> import pandas as pd
    >>> from kampungkb.events import ParticipantGroup
    >>> frame = pd.DataFrame({"role": ["Camat", "Lurah"], "count": pd.array([4, -1], dtype="Int64")})
    >>> [(group.role, group.count) for group in from_frame(frame.iloc[:1], ParticipantGroup)]
    [('Camat', 4)]
    >>> from_frame(frame, ParticipantGroup)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $[1].count: row 1, column count: expected a value >= 0, found -1 [constraint]
    """
    require("pandas", "pandas")
    bad = [column for column in frame.columns if not isinstance(column, str)]
    if bad:
        names = ", ".join(repr(column) for column in bad)
        raise ValidationError.single((), f"expected text column names, found {names}", ErrorCode.TYPE)
    labels = list(frame.index)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(list(frame.columns))
    results: dict[int, Any] = {}
    for position, values in enumerate(frame.itertuples(index=False, name=None)):
        cells = [_cell_text(value) for value in values]
        if not any(cells):  # the CSV reader skips an empty row: here it is a record with every field absent
            try:
                results[position] = from_dict({}, cls)
            except ValidationError as exc:
                results[position] = exc
        writer.writerow(cells)
    for row, result in iter_csv(io.StringIO(buffer.getvalue()), cls):
        results[row - 2] = result
    errors: list[ErrorItem] = []
    loaded: list[T] = []
    for position in sorted(results):
        result = results[position]
        if isinstance(result, ValidationError):
            where = () if position < 0 else (_label(labels[position]),)
            prefix = "" if position < 0 else f"row {position}, "
            errors.extend(
                ErrorItem((*where, *item.location), f"{prefix}{item.message}", item.code) for item in result.errors
            )
        else:
            loaded.append(result)
    if errors:
        raise ValidationError(errors)
    return loaded


def _label(label: Any) -> str | int:
    """A row's index label as a location part (an integer stays an integer)."""
    item = getattr(label, "item", None)
    value = item() if callable(item) else label
    return value if type(value) in (int, str) else str(value)


def _cell_text(value: Any) -> str:
    """A frame cell as the CSV cell the reader expects: missing is empty, dates ISO, booleans true/false."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or _is_na(value):
        return ""
    if hasattr(value, "item") and not isinstance(value, str):  # a NumPy scalar
        value = value.item()
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, _dt.datetime) or type(value).__name__ == "Timestamp":
        text: str = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(getattr(value, "code", value.value))
    if type(value) is float:
        return repr(value)
    return f"{value}"


def _is_na(value: Any) -> bool:
    pd = require("pandas", "pandas")
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _vocabulary(types: list[Any]) -> Any:
    if len(types) == 1 and scalar_kind(types[0]) == "enum":
        return types[0]
    return None


def _typed(pd: Any, types: list[Any], cells: list[str]) -> Any:
    """The column of ``cells`` (CSV text) with the dtype of its field."""
    kinds = {scalar_kind(tp) for tp in types}
    kind = kinds.pop() if len(kinds) == 1 else "text"
    if kind == "enum" and len(types) > 1:  # members of a union with different vocabularies here
        kind = "text"
    if kind == "enum":
        codes = [member.code for member in types[0]]
        return pd.Categorical([cell or None for cell in cells], categories=codes)
    if kind == "date":
        np = require("numpy", "pandas")
        return pd.Series(np.array([cell or "NaT" for cell in cells], dtype="datetime64[D]").astype("datetime64[s]"))
    if kind == "int":
        values: list[Any] = [int(cell) if cell else None for cell in cells]
    elif kind == "float":
        values = [float(cell) if cell else None for cell in cells]
    elif kind == "bool":
        values = [cell == "true" if cell else None for cell in cells]
    else:
        values = [cell or None for cell in cells]
    return pd.array(values, dtype=_DTYPES.get(kind, "string"))
