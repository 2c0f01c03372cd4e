"""Arrow and Parquet: every public model round-trips losslessly; the schema follows the model; Parquet is
written and read in batches; errors are located; DuckDB reads the files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kampungkb._core import is_value_type, public_models, public_unions
from kampungkb.dates import DateRange
from kampungkb.errors import ErrorCode, ValidationError
from kampungkb.events import Event, ParticipantGroup, Participants, Workshop
from kampungkb.examples import example_history, example_reports, pasuruan_city_workshop_2020
from kampungkb.kampung import KampungHistory, Report
from kampungkb.testing.strategies import strategy_for_type

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from kampungkb.analysis import (  # noqa: E402
    arrow_schema,
    from_arrow,
    iter_parquet,
    to_arrow,
    write_parquet,
)

TYPES: dict[str, Any] = {
    **{name: cls for name, cls in public_models().items() if not is_value_type(cls)},
    **public_unions(),
}


@pytest.mark.parametrize("name", sorted(TYPES))
def test_every_public_model_round_trips_through_arrow_and_parquet(name: str, tmp_path: Path) -> None:
    """from_arrow(to_arrow(xs)) == xs and the Parquet file gives them back: nothing is lost, not even ''."""
    cls = TYPES[name]
    path = tmp_path / "records.parquet"

    @settings(max_examples=5)
    @given(st.lists(strategy_for_type()[cls](), min_size=1, max_size=3))
    def check(items: list[Any]) -> None:
        table = to_arrow(items, cls)
        assert table.schema.equals(arrow_schema(cls))
        assert from_arrow(table, cls) == items
        assert write_parquet(items, path, cls, batch_size=2) == len(items)
        assert [record for _, record in iter_parquet(path, cls, batch_size=2)] == items

    check()


def test_the_schema_follows_the_model() -> None:
    """Structs, lists, dictionary-encoded vocabularies, date32, int64; required fields are not nullable."""
    schema = arrow_schema(KampungHistory)
    kampung = schema.field("kampung").type
    assert pa.types.is_struct(kampung)
    assert kampung.field("launch_date").type == pa.string()  # a partial date: its text
    assert arrow_schema(DateRange).field("start").type == pa.date32()
    assert kampung.field("id").nullable
    assert not kampung.field("name").nullable
    reports = schema.field("population_reports").type
    assert pa.types.is_list(reports)
    counts = reports.value_type.field("age_sex_counts").type.value_type
    assert pa.types.is_dictionary(counts.field("sex").type)
    assert counts.field("count").type == pa.int64()
    assert counts.field("sex").metadata == {
        b"vocabulary": b"Sex",
        b"description": b"male or female (the portal's P or W)",
    }


def test_a_union_is_one_table_with_every_members_columns() -> None:
    """Event: a tag column and the members' columns; Report: members told apart by their marker column."""
    assert arrow_schema(Event).names[0] == "kind"
    reports = list(example_reports())
    table = to_arrow(reports, Report)
    assert {"age_sex_counts", "poktan_participation"} <= set(table.schema.names)
    assert from_arrow(table, Report) == reports
    workshop = pasuruan_city_workshop_2020()
    assert from_arrow(to_arrow([workshop], Workshop), Workshop) == [workshop]


def test_an_empty_string_and_none_stay_apart() -> None:
    """What CSV cannot carry, Arrow can: '' and None in an optional text field."""
    items = [ParticipantGroup("Camat", 4, description=""), ParticipantGroup("Camat", 4)]
    assert from_arrow(to_arrow(items, ParticipantGroup), ParticipantGroup) == items


def test_timestamps_keep_their_utc_offset() -> None:
    """The report's created timestamp comes back with its offset (kept as ISO text)."""
    history = example_history()
    back = from_arrow(to_arrow([history], KampungHistory), KampungHistory)[0]
    assert [r.created for r in back.population_reports] == [r.created for r in history.population_reports]


def test_to_arrow_refuses_another_type_with_its_position() -> None:
    """A record of another type is a located type error; nothing is converted."""
    with pytest.raises(ValidationError) as caught:
        to_arrow([Participants((ParticipantGroup("Camat", 4),), total=4), "x"], Participants)
    assert caught.value.errors[0].location == (1,)
    assert caught.value.errors[0].code == ErrorCode.TYPE


def test_from_arrow_locates_each_bad_row() -> None:
    """A table whose rows break the model's rules: each error at its row and path."""
    table = pa.table({"role": ["Camat", "Lurah"], "count": [4, -1]})
    with pytest.raises(ValidationError) as caught:
        from_arrow(table, ParticipantGroup)
    assert [(item.location, item.code) for item in caught.value.errors] == [((1, "count"), ErrorCode.CONSTRAINT)]


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    """A bad record in the third batch: the error names it, and the file that was there is kept."""
    path = tmp_path / "out.parquet"
    path.write_bytes(b"old")
    records = [Participants((ParticipantGroup("Camat", 4),), total=4)] * 5 + ["not a record"]
    with pytest.raises(ValidationError) as caught:
        write_parquet(records, path, Participants, batch_size=2)
    assert caught.value.errors[0].location == (5,)
    assert path.read_bytes() == b"old"


def test_parquet_is_written_in_row_groups_of_the_batch_size(tmp_path: Path) -> None:
    """Five records in batches of two: three row groups, read back lazily."""
    path = tmp_path / "out.parquet"
    write_parquet(
        (Participants((ParticipantGroup("Camat", 4),), total=4) for _ in range(5)), path, Participants, batch_size=2
    )
    assert pq.ParquetFile(path).metadata.num_row_groups == 3
    assert [index for index, _ in iter_parquet(path, Participants)] == [0, 1, 2, 3, 4]


def test_write_parquet_refuses_a_bad_batch_size(tmp_path: Path) -> None:
    """batch_size must be a positive integer."""
    with pytest.raises(ValidationError):
        write_parquet([], tmp_path / "x.parquet", Participants, batch_size=0)


def test_a_file_of_another_model_is_one_error(tmp_path: Path) -> None:
    """Reading a file with the wrong model gives one error for the file and no rows."""
    path = tmp_path / "groups.parquet"
    write_parquet([ParticipantGroup("Camat", 4)], path, ParticipantGroup)
    results = list(iter_parquet(path, Participants))
    assert len(results) == 1
    assert results[0][0] == -1
    assert isinstance(results[0][1], ValidationError)


def test_dates_at_the_ends_of_the_calendar() -> None:
    """Year 1 and year 9999 dates survive date32."""
    items = [DateRange(dt.date(1, 1, 1), dt.date(1, 1, 2)), DateRange(dt.date(9999, 12, 30), dt.date(9999, 12, 31))]
    assert from_arrow(to_arrow(items, DateRange), DateRange) == items


def test_duckdb_queries_the_parquet_file(tmp_path: Path) -> None:
    """The documented DuckDB query: people per sex across kampung, straight from the Parquet file."""
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "histories.parquet"
    write_parquet([example_history()] * 3, path, KampungHistory)
    query = f"""
        SELECT c.sex AS sex, SUM(c.count) AS people
        FROM read_parquet('{path}') AS h,
             UNNEST(h.population_reports[-1].age_sex_counts) AS t(c)
        GROUP BY c.sex ORDER BY c.sex
    """
    found = dict(duckdb.sql(query).fetchall())
    report = example_history().current_population
    assert report is not None
    from kampungkb.kampung import Sex

    assert found == {sex.code: 3 * report.total_of(sex) for sex in Sex}
