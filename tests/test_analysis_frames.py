"""DataFrames: every public model round-trips; columns are typed; from_frame locates each error by row and column;
the long tables and the indicator table agree with the models."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kampungkb._core import is_value_type, public_models, public_unions
from kampungkb.bulk import from_csv, to_csv
from kampungkb.errors import ErrorCode, ValidationError
from kampungkb.events import Event, ParticipantGroup, Workshop
from kampungkb.examples import example_activities, example_history, pasuruan_city_workshop_2020
from kampungkb.kampung import (
    Activity,
    AgeBand,
    KampungHistory,
    Sex,
    cpr,
    mkjp_share,
    poktan_participation,
    unmet_need,
)
from kampungkb.testing.strategies import strategy_for_type

pd = pytest.importorskip("pandas")

from kampungkb.analysis import (  # noqa: E402
    INDICATOR_COLUMNS,
    from_frame,
    indicator_table,
    labels_of,
    method_table,
    participation_table,
    population_table,
    to_frame,
)

TYPES: dict[str, Any] = {
    **{name: cls for name, cls in public_models().items() if not is_value_type(cls)},
    **public_unions(),
}


def _through_csv(items: list[Any], cls: Any) -> list[Any] | None:
    """What the CSV writer and reader give back for ``items``; None when either refuses them."""
    buffer = io.StringIO()
    try:
        to_csv(items, buffer, cls)
        return from_csv(io.StringIO(buffer.getvalue()), cls)
    except ValidationError:
        return None


@pytest.mark.parametrize("name", sorted(TYPES))
def test_every_public_model_round_trips_through_a_frame(name: str) -> None:
    """from_frame(to_frame([x])) == [x] whenever the CSV can carry x; to_frame refuses what to_csv refuses."""
    cls = TYPES[name]

    @settings(max_examples=6)
    @given(strategy_for_type()[cls]())
    def check(item: Any) -> None:
        try:
            to_csv([item], io.StringIO(), cls)
        except ValidationError:
            with pytest.raises(ValidationError):
                to_frame([item], cls)
            return
        assert from_frame(to_frame([item], cls), cls) == [item]

    check()


@pytest.mark.parametrize("name", ["Event", "KampungHistory", "Participants"])
def test_a_frame_of_many_records_reads_back_as_the_csv_does(name: str) -> None:
    """For several records of mixed shapes, a frame gives back what the CSV gives back (the same rule)."""
    cls = TYPES[name]

    @settings(max_examples=10)
    @given(st.lists(strategy_for_type()[cls](), min_size=2, max_size=3))
    def check(items: list[Any]) -> None:
        expected = _through_csv(items, cls)
        try:
            got = from_frame(to_frame(items, cls), cls)
        except ValidationError:
            got = None
        assert got == expected

    check()


def test_csv_of_two_rows_with_and_without_a_nested_model_round_trips() -> None:
    """A nested model absent (None) in one record and present in the next reads back as written
    (the CSV reader once read the absent one's empty cells as a key '')."""
    import attrs

    workshop = pasuruan_city_workshop_2020()
    items = [attrs.evolve(workshop, venue=None), workshop]
    assert _through_csv(items, Workshop) == items
    assert from_frame(to_frame(items, Workshop), Workshop) == items


def test_the_examples_round_trip() -> None:
    """The shipped examples (workshop, history, activities) come back equal."""
    assert from_frame(to_frame([pasuruan_city_workshop_2020()], Event), Event) == [pasuruan_city_workshop_2020()]
    assert from_frame(to_frame([example_history()], KampungHistory), KampungHistory) == [example_history()]
    activities = list(example_activities())
    assert from_frame(to_frame(activities, Activity), Activity) == activities


def test_columns_are_the_csv_columns_with_types() -> None:
    """Integers Int64, booleans boolean, dates datetime64[s], vocabularies categoricals of codes, text string."""
    frame = to_frame([example_history()], KampungHistory)
    buffer = io.StringIO()
    to_csv([example_history()], buffer, KampungHistory)
    assert list(frame.columns) == buffer.getvalue().splitlines()[0].split(",")
    assert str(frame["kampung.id"].dtype) == "Int64"
    assert str(frame["kampung.active"].dtype) == "boolean"
    # a partial date (a value type) is its text; a full date is datetime64[s]
    assert str(frame["kampung.launch_date"].dtype) == "string"
    activities = to_frame(example_activities(), Activity)
    assert str(activities["date"].dtype) == "datetime64[s]"
    assert activities.loc[0, "date"] == pd.Timestamp(example_activities()[0].date)
    assert str(frame["kampung.name"].dtype) == "string"
    sex = frame["population_reports.0.age_sex_counts.0.sex"]
    assert isinstance(sex.dtype, pd.CategoricalDtype)
    assert list(sex.cat.categories) == [member.code for member in Sex]
    assert labels_of(frame)["population_reports.0.age_sex_counts.0.age_band"][AgeBand.AGE_0_4.code] == "0 - 4 Tahun"


def test_an_empty_optional_cell_is_missing() -> None:
    """None becomes <NA>, not an empty string."""
    frame = to_frame([ParticipantGroup("Camat", 4)], ParticipantGroup)
    assert frame["description"].isna().all()


def test_from_frame_locates_every_error_by_row_label_and_column() -> None:
    """Each bad row is reported at its index label and path, the message naming the column."""
    frame = pd.DataFrame(
        {"role": ["Camat", "Lurah", ""], "count": pd.array([4, -1, 2], dtype="Int64")},
        index=[10, 11, 12],
    )
    with pytest.raises(ValidationError) as caught:
        from_frame(frame, ParticipantGroup)
    found = [(item.location, item.code) for item in caught.value.errors]
    assert found == [((11, "count"), ErrorCode.CONSTRAINT), ((12, "role"), ErrorCode.MISSING)]
    assert "column count" in caught.value.errors[0].message


def test_from_frame_refuses_a_float_for_an_integer_rather_than_converting_it() -> None:
    """4.5 in an integer field is an error; nothing is rounded."""
    frame = pd.DataFrame({"role": ["Camat"], "count": [4.5]})
    with pytest.raises(ValidationError) as caught:
        from_frame(frame, ParticipantGroup)
    assert caught.value.errors[0].location == (0, "count")


def test_from_frame_reports_an_unknown_column_and_an_empty_row() -> None:
    """An unknown column is an extra key; a row with every cell empty is a record with no fields, not skipped."""
    frame = pd.DataFrame({"role": ["Camat"], "count": [4], "colour": ["red"]})
    with pytest.raises(ValidationError) as caught:
        from_frame(frame, ParticipantGroup)
    assert caught.value.errors[0].code == ErrorCode.EXTRA_KEY
    empty = pd.DataFrame({"role": ["Camat", None], "count": pd.array([4, None], dtype="Int64")})
    with pytest.raises(ValidationError) as caught:
        from_frame(empty, ParticipantGroup)
    assert caught.value.errors
    assert {item.location[0] for item in caught.value.errors} == {1}
    assert {item.code for item in caught.value.errors} == {ErrorCode.MISSING}


def test_a_record_with_no_cells_is_refused_as_the_csv_refuses_it() -> None:
    """SelectionCriteria() fills no cell at all (every tuple empty): a table cannot tell its row
    from no record, so to_frame refuses it, located, as to_csv does, instead of losing it."""
    from kampungkb.kampung import SelectionCriteria

    with pytest.raises(ValidationError) as caught:
        to_frame([SelectionCriteria(), SelectionCriteria()], SelectionCriteria)
    assert [(item.location, item.code) for item in caught.value.errors] == [
        ((0,), ErrorCode.INVALID_VALUE),
        ((1,), ErrorCode.INVALID_VALUE),
    ]


def test_from_frame_refuses_column_names_that_are_not_text() -> None:
    """A frame with integer column labels is refused with a type error."""
    with pytest.raises(ValidationError) as caught:
        from_frame(pd.DataFrame({0: [1]}), ParticipantGroup)
    assert caught.value.errors[0].code == ErrorCode.TYPE


def test_dates_far_from_the_epoch_survive() -> None:
    """Dates in year 1 and 9999 (beyond pandas' nanosecond range) round-trip."""
    from kampungkb.dates import DateRange

    items = [DateRange(dt.date(1, 1, 1), dt.date(1, 1, 2)), DateRange(dt.date(9999, 12, 30), dt.date(9999, 12, 31))]
    assert from_frame(to_frame(items, DateRange), DateRange) == items


def test_population_table_counts_are_the_reports_counts() -> None:
    """One row per age band and sex, each count the report's count."""
    history = example_history()
    report = history.current_population
    assert report is not None
    table = population_table([history, report])
    assert len(table) == 2 * len(report.age_sex_counts)
    first = table.iloc[: len(report.age_sex_counts)]
    for row in first.itertuples():
        assert row.count == report.count(AgeBand(row.age_band), Sex(row.sex))
    assert first["kampung"].iloc[0] == history.kampung.name
    assert table["kampung"].iloc[-1] is pd.NA


def test_method_and_participation_tables_are_the_reports_counts() -> None:
    """Users per method and families per poktan are read as the report holds them."""
    kkbpk = example_history().current_kkbpk
    assert kkbpk is not None
    methods = method_table(kkbpk)
    assert {row.method: row.count for row in methods.itertuples()} == {
        item.method.code: item.count for item in kkbpk.contraceptive_users
    }
    poktan = participation_table(kkbpk)
    assert {row.poktan: row.count for row in poktan.itertuples()} == {
        item.poktan.code: item.count for item in kkbpk.poktan_participation
    }


def test_tables_refuse_what_is_not_a_report_with_its_position() -> None:
    """A non-report in the iterable is a located type error."""
    with pytest.raises(ValidationError) as caught:
        population_table([example_history(), "a report"])
    assert caught.value.errors[0].location == (1,)
    with pytest.raises(ValidationError):
        population_table(42)


def test_indicator_table_uses_the_kampung_indicators() -> None:
    """Each column is the value kampungkb.kampung computes; metadata names formula and denominator."""
    history = example_history()
    without_reports = KampungHistory(kampung=history.kampung)
    table = indicator_table([history, without_reports])
    population, kkbpk = history.current_population, history.current_kkbpk
    assert table.loc[0, "cpr"] == cpr(population, kkbpk)
    assert table.loc[0, "mkjp_share"] == mkjp_share(kkbpk)
    assert table.loc[0, "unmet_need"] == unmet_need(population, kkbpk)
    for poktan, value in poktan_participation(population, kkbpk).items():
        assert table.loc[0, f"participation_{poktan.code}"] == value
    assert table.iloc[1][list(INDICATOR_COLUMNS)].isna().all()
    for name, meta in table.attrs["kampungkb"]["columns"].items():
        assert set(meta) == {"formula", "numerator", "denominator"}, name
    assert "families_with_under_fives" in INDICATOR_COLUMNS["participation_bkb"]["denominator"]
