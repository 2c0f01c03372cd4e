"""Records to and from Apache Arrow tables and Parquet files, with a schema derived from the model.

The schema follows the model: a nested model is a struct, a tuple a list, a vocabulary a
dictionary-encoded string of its codes, a date a ``date32``; integers are ``int64`` (the
models' integers are within ±(2**53 − 1), so no decimal type is needed) and text is UTF-8. Two
things are kept as their JSON text, so that nothing is lost: a timestamp (``created``), whose
UTC offset an Arrow timestamp column cannot keep per row, and a value type whose JSON form is
not text. A union of models (``Event``, ``Report``) is one table with every member's columns;
the tag column (``kind``) or the marker column that is not null says which member a row is.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable, Iterator
from types import UnionType
from typing import TYPE_CHECKING, Any, TypeVar

from .._core import (
    atomic_writer,
    constraints_of,
    describe,
    dumps,
    field_plans,
    homogeneous_item,
    is_model,
    is_value_type,
    json_value_is_text,
    optional_inner,
    parse_json,
    tag_of,
    type_name_of,
    union_plan,
    with_article,
)
from ..codec import from_dict, to_dict
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._extras import require
from ._types import scalar_kind

if TYPE_CHECKING:
    import pyarrow as pa
    from typing_extensions import TypeForm

__all__ = ["DEFAULT_BATCH_SIZE", "arrow_schema", "from_arrow", "iter_parquet", "to_arrow", "write_parquet"]

T = TypeVar("T")

#: Records per Arrow record batch (and Parquet row group) when writing and reading Parquet.
DEFAULT_BATCH_SIZE = 10_000

_JSON = "json"


def _pa() -> Any:
    return require("pyarrow", "arrow")


def arrow_schema(cls: type | UnionType) -> pa.Schema:
    """The Arrow schema of a model (or a union of models), derived from its field declarations.

    Each field carries its description in the field metadata; a required field is not
    nullable. Needs ``kampungkb[arrow]``.

    >>> from kampungkb.events import Participants
    >>> schema = arrow_schema(Participants)
    >>> schema.field("total").type, schema.field("groups").type.value_type.field("count").type
    (DataType(int64), DataType(int64))
    """
    pa = _pa()
    plan = union_plan(cls)
    if plan is None:
        return pa.schema(_model_fields(pa, cls))
    fields: dict[str, Any] = {}
    if plan.key is not None:
        fields[plan.key] = pa.field(plan.key, _dictionary(pa), nullable=False)
    for member in plan.members:
        for arrow_field in _model_fields(pa, member, tag=False):
            known = fields.get(arrow_field.name)
            if known is not None and not known.type.equals(arrow_field.type):
                raise TypeError(f"{type_name_of(cls)}: members disagree on the type of {arrow_field.name!r}")
            fields.setdefault(arrow_field.name, arrow_field.with_nullable(True))
    return pa.schema(list(fields.values()))


def to_arrow(records: Iterable[Any], cls: type | UnionType) -> pa.Table:
    """An Arrow table of ``records`` (all of type ``cls``), one row each, with :func:`arrow_schema`.

    Every record is checked first: one of another type, or holding text UTF-8 cannot encode,
    is reported with its position and path. Needs ``kampungkb[arrow]``.

    >>> from kampungkb.examples import example_history
    >>> from kampungkb.kampung import KampungHistory
    >>> table = to_arrow([example_history()], KampungHistory)
    >>> table.num_rows, table.column("kampung").type.field("active").type
    (1, DataType(bool))
    """
    pa = _pa()
    return pa.Table.from_pylist(_rows(records, cls), schema=arrow_schema(cls))


def from_arrow(table: pa.Table | pa.RecordBatch, cls: TypeForm[T]) -> list[T]:
    """The records of an Arrow table made by :func:`to_arrow` (or read from its Parquet file), each checked.

    Every problem of every row is reported together, located at the row's position. Needs
    ``kampungkb[arrow]``.

    >>> from kampungkb.examples import pasuruan_city_workshop_2020
    >>> from kampungkb.events import Event
    >>> from_arrow(to_arrow([pasuruan_city_workshop_2020()], Event), Event) == [pasuruan_city_workshop_2020()]
    True
    """
    _pa()
    loaded: list[T] = []
    errors: list[ErrorItem] = []
    for index, row in enumerate(table.to_pylist()):
        try:
            loaded.append(from_dict(_document(cls, row), cls))
        except ValidationError as exc:
            errors.extend(item.prefixed(index) for item in exc.errors)
    if errors:
        raise ValidationError(errors)
    return loaded


def write_parquet(
    records: Iterable[Any],
    path: str | os.PathLike[str],
    cls: type | UnionType,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    compression: str = "zstd",
) -> int:
    """Write ``records`` to a Parquet file in record batches of ``batch_size``; the number written.

    ``records`` may be a generator (``iter_jsonl`` of a large file): only one batch is held at
    a time, so memory stays flat however many records there are. The file is written beside
    the target and renamed over it only when complete, so a record that fails (reported with
    its position) leaves what was at ``path`` as it was. Needs ``kampungkb[arrow]``.

    >>> import pathlib, tempfile
    >>> from kampungkb.examples import example_history
    >>> from kampungkb.kampung import KampungHistory
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "histories.parquet"
    >>> write_parquet([example_history()] * 3, path, KampungHistory, batch_size=2)
    3
    """
    pa = _pa()
    parquet = require("pyarrow.parquet", "arrow")
    if type(batch_size) is not int or batch_size < 1:
        raise ValidationError.single(
            ("batch_size",), f"expected a positive integer, found {describe(batch_size)}", ErrorCode.INVALID_VALUE
        )
    schema = arrow_schema(cls)
    written = 0
    with atomic_writer(path) as handle, parquet.ParquetWriter(handle, schema, compression=compression) as writer:
        batch: list[Any] = []
        for record in records:
            batch.append(record)
            if len(batch) == batch_size:
                writer.write_table(pa.Table.from_pylist(_rows(batch, cls, start=written), schema=schema))
                written += len(batch)
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(_rows(batch, cls, start=written), schema=schema))
            written += len(batch)
    return written


def iter_parquet(
    path: str | os.PathLike[str], cls: TypeForm[T], *, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[tuple[int, T | ValidationError]]:
    """Yield ``(row_index, record_or_error)`` for each row of a Parquet file, reading one batch at a time.

    Rows count from 0. The file is read one row group at a time (:func:`write_parquet` writes
    one per batch), and each is turned into records ``batch_size`` rows at a time. The file's
    schema must be the model's (:func:`arrow_schema`); a file whose columns differ gives one
    error for the file (row index -1) and no rows. Needs ``kampungkb[arrow]``.

    >>> import pathlib, tempfile
    >>> from kampungkb.examples import example_history
    >>> from kampungkb.kampung import KampungHistory
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "histories.parquet"
    >>> write_parquet([example_history()], path, KampungHistory)
    1
    >>> [(index, record == example_history()) for index, record in iter_parquet(path, KampungHistory)]
    [(0, True)]
    """
    _pa()
    parquet = require("pyarrow.parquet", "arrow")
    expected = arrow_schema(cls)  # type: ignore[arg-type]
    with parquet.ParquetFile(path) as source:
        found = source.schema_arrow
        if found.names != expected.names or not all(
            found.field(name).type.equals(expected.field(name).type) for name in expected.names
        ):
            message = f"the file's columns are not those of {with_article(type_name_of(cls))}"
            yield -1, ValidationError.single((), message, ErrorCode.INVALID_VALUE)
            return
        index = 0
        # Row group by row group (pyarrow cannot stream nested dictionary columns across row
        # groups): memory is bounded by the writer's batch size, rows are converted a batch at a time.
        for group in range(source.num_row_groups):
            for batch in source.read_row_group(group).to_batches(max_chunksize=batch_size):
                for row in batch.to_pylist():
                    try:
                        yield index, from_dict(_document(cls, row), cls)
                    except ValidationError as exc:
                        yield index, exc
                    index += 1


# ---------------------------------------------------------------------------
# The schema


def _dictionary(pa: Any) -> Any:
    return pa.dictionary(pa.int32(), pa.string())


def _model_fields(pa: Any, cls: Any, *, tag: bool = True) -> list[Any]:
    fields = []
    tagged = tag_of(cls)
    if tagged is not None and tag:
        fields.append(pa.field(tagged[0], _dictionary(pa), nullable=False))
    for plan in field_plans(cls):
        inner = optional_inner(plan.type)
        arrow_type, meta = _arrow_type(pa, plan.type if inner is None else inner)
        description = constraints_of(plan.attribute).description
        if description:
            meta["description"] = description
        fields.append(pa.field(plan.name, arrow_type, nullable=inner is not None, metadata=meta or None))
    return fields


def _arrow_type(pa: Any, tp: Any) -> tuple[Any, dict[str, str]]:
    """The Arrow type of values of ``tp`` (not optional), and metadata saying how it is stored."""
    item = homogeneous_item(tp)
    if item is not None:
        inner = optional_inner(item)
        item_type, meta = _arrow_type(pa, item if inner is None else inner)
        return pa.list_(pa.field("item", item_type, nullable=inner is not None)), meta
    if union_plan(tp) is not None:
        return pa.string(), {"kampungkb": _JSON}
    if is_model(tp) and not is_value_type(tp):
        return pa.struct(_model_fields(pa, tp)), {}
    if is_value_type(tp):
        return pa.string(), ({} if json_value_is_text(tp) else {"kampungkb": _JSON})
    kind = scalar_kind(tp)
    if kind == "enum":
        return _dictionary(pa), {"vocabulary": tp.__name__}
    types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32(), "text": pa.string()}
    if kind in types:
        return types[kind], {}
    if kind == "datetime":
        return pa.string(), {"kampungkb": "iso8601 timestamp with its UTC offset"}
    raise TypeError(f"no Arrow type for {tp!r}")


# ---------------------------------------------------------------------------
# Values


def _rows(records: Iterable[Any], cls: Any, start: int = 0) -> list[dict[str, Any]]:
    plan = union_plan(cls)
    accepted = plan.members if plan is not None else (cls,)
    rows: list[dict[str, Any]] = []
    errors: list[ErrorItem] = []
    for offset, obj in enumerate(records):
        index = start + offset
        if type(obj) not in accepted:
            message = f"expected {with_article(type_name_of(cls))}, found {describe(obj)}"
            errors.append(ErrorItem((index,), message, ErrorCode.TYPE))
            continue
        # The text rule keeps unpaired surrogates out of every text field, so all text is UTF-8.
        rows.append(_to_arrow_value(type(obj), to_dict(obj)))
    if errors:
        raise ValidationError(errors)
    return rows


def _to_arrow_value(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    inner = optional_inner(tp)
    if inner is not None:
        return _to_arrow_value(inner, value)
    item = homogeneous_item(tp)
    if item is not None:
        return [_to_arrow_value(item, element) for element in value]
    if union_plan(tp) is not None or (is_value_type(tp) and not json_value_is_text(tp)):
        return dumps(value)
    if is_model(tp) and not is_value_type(tp):
        types = {plan.name: plan.type for plan in field_plans(tp)}
        return {
            key: _to_arrow_value(types[key], element) if key in types else element for key, element in value.items()
        }
    if tp is _dt.date:
        return _dt.date.fromisoformat(value)
    return value


def _document(cls: Any, row: dict[str, Any]) -> Any:
    """The JSON document of an Arrow row of ``cls``."""
    plan = union_plan(cls)
    if plan is None:
        return _to_json_value(cls, row)
    try:
        member = plan.choose(row, lambda value: value is not None)
    except ValidationError:  # the codec reports what is missing or wrong
        return {key: value for key, value in row.items() if value is not None}
    own = {plan.name for plan in field_plans(member)} | ({plan.key} if plan.key is not None else set())
    return _to_json_value(member, {key: value for key, value in row.items() if key in own})


def _to_json_value(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    inner = optional_inner(tp)
    if inner is not None:
        return _to_json_value(inner, value)
    item = homogeneous_item(tp)
    if item is not None and isinstance(value, list):
        return [_to_json_value(item, element) for element in value]
    if (union_plan(tp) is not None or (is_value_type(tp) and not json_value_is_text(tp))) and isinstance(value, str):
        try:
            return parse_json(value)
        except ValidationError:  # left as text: the codec reports it at its path
            return value
    if is_model(tp) and not is_value_type(tp) and isinstance(value, dict):
        types = {plan.name: plan.type for plan in field_plans(tp)}
        return {key: _to_json_value(types.get(key), element) for key, element in value.items()}
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value.isoformat()
    return value
