"""Long ("tidy") tables of the reports' counts, and the programme indicators, for many kampung at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .._core import describe
from ..errors import ErrorCode, ErrorItem, ValidationError
from ..kampung import (
    PARTICIPATION_POKTAN,
    AgeBand,
    ContraceptiveMethod,
    FamilyPlanningReport,
    KampungHistory,
    Poktan,
    PopulationReport,
    Sex,
    cpr,
    mkjp_share,
    poktan_participation,
    unmet_need,
)
from ._extras import require

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["INDICATOR_COLUMNS", "indicator_table", "method_table", "participation_table", "population_table"]

_KEYS = ("kampung", "kampung_id", "period")


def population_table(source: Any) -> pd.DataFrame:
    """People per kampung, age band and sex, one row each: ``kampung, kampung_id, period, age_band, sex, count``.

    ``source`` is a :class:`~kampungkb.kampung.KampungHistory` (its current population
    report is used), a :class:`~kampungkb.kampung.PopulationReport`, or an iterable of
    either. A history without a population report gives no rows; a report given alone has no
    kampung (``<NA>``). ``age_band`` and ``sex`` are categoricals of codes, in the
    vocabulary's order, so a pyramid is one pivot. Needs ``kampungkb[pandas]``.

    >>> from kampungkb.examples import example_history
    >>> table = population_table(example_history())
    >>> pyramid = table.pivot(index="age_band", columns="sex", values="count")
    >>> pyramid.loc["age_0_4"].tolist(), int(table["count"].sum())
    ([40, 42], 1312)
    """
    rows = (
        (*keys, item.age_band, item.sex, item.count)
        for keys, report in _reports(source, PopulationReport, "current_population")
        for item in report.age_sex_counts
    )
    return _frame(rows, [("age_band", AgeBand), ("sex", Sex), ("count", None)])


def method_table(source: Any) -> pd.DataFrame:
    """Contraceptive users per kampung and method: ``kampung, kampung_id, period, method, long_acting, count``.

    ``source`` is a history (its current KKBPK report), a
    :class:`~kampungkb.kampung.FamilyPlanningReport`, or an iterable of either. Every
    method the report counts has a row, in the vocabulary's order. Needs ``kampungkb[pandas]``.

    >>> from kampungkb.examples import example_history
    >>> method_table(example_history())[["method", "long_acting", "count"]].head(3)
          method  long_acting  count
    0        iud         True     20
    1  tubectomy         True      5
    2  vasectomy         True      2
    """
    rows = (
        (*keys, item.method, item.method.is_long_acting, item.count)
        for keys, report in _reports(source, FamilyPlanningReport, "current_kkbpk")
        for item in report.contraceptive_users
    )
    return _frame(rows, [("method", ContraceptiveMethod), ("long_acting", bool), ("count", None)])


def participation_table(source: Any) -> pd.DataFrame:
    """Families taking part in each poktan: ``kampung, kampung_id, period, poktan, count``.

    ``source`` is a history (its current KKBPK report), a
    :class:`~kampungkb.kampung.FamilyPlanningReport`, or an iterable of either. Needs
    ``kampungkb[pandas]``.

    >>> from kampungkb.examples import example_history
    >>> participation_table(example_history())[["poktan", "count"]].head(2)
      poktan  count
    0    bkb     40
    1    bkr     30
    """
    rows = (
        (*keys, item.poktan, item.count)
        for keys, report in _reports(source, FamilyPlanningReport, "current_kkbpk")
        for item in report.poktan_participation
    )
    return _frame(rows, [("poktan", Poktan), ("count", None)])


def _indicator_columns() -> dict[str, dict[str, str]]:
    columns = {
        "cpr": {
            "formula": "users of any method / couples of childbearing age (PUS) * 100",
            "numerator": "KKBPK report: contraceptive users, every method",
            "denominator": "population report: couples_of_childbearing_age (PUS)",
        },
        "mkjp_share": {
            "formula": "users of long-acting methods (IUD, MOW, MOP, implant) / users of any method * 100",
            "numerator": "KKBPK report: users of the long-acting methods (MKJP)",
            "denominator": "KKBPK report: contraceptive users, every method",
        },
        "unmet_need": {
            "formula": "couples wanting a child later (IAT) or no more children (TIAL) / PUS * 100",
            "numerator": "KKBPK report: non-users with an unmet need (IAT + TIAL)",
            "denominator": "population report: couples_of_childbearing_age (PUS)",
        },
    }
    for poktan in PARTICIPATION_POKTAN:
        denominator = poktan.family_denominator
        assert denominator is not None  # each of the five is measured against a family count
        columns[f"participation_{poktan.code}"] = {
            "formula": f"families taking part in {poktan.code.upper()} / {denominator.code} * 100",
            "numerator": f"KKBPK report: poktan_participation for {poktan.code}",
            "denominator": f"population report: {denominator.code}",
        }
    return columns


#: The indicator table's columns, each with its formula, numerator and denominator (read-only).
INDICATOR_COLUMNS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {name: MappingProxyType(meta) for name, meta in _indicator_columns().items()}
)


def indicator_table(histories: KampungHistory | Iterable[KampungHistory]) -> pd.DataFrame:
    """The programme indicators of each kampung's current reports, one row per kampung, in percent.

    Columns ``kampung, kampung_id, period`` (the KKBPK report's), then ``cpr``,
    ``mkjp_share``, ``unmet_need`` and ``participation_<poktan>`` — computed by
    :func:`~kampungkb.kampung.cpr` and its kin, unrounded, ``<NA>`` where a report is
    missing or a denominator is 0. ``frame.attrs["kampungkb"]["columns"]`` (also
    :data:`INDICATOR_COLUMNS`) names each column's formula, numerator and denominator. Needs
    ``kampungkb[pandas]``.

    >>> from kampungkb.examples import example_history
    >>> table = indicator_table([example_history()])
    >>> table[["kampung", "cpr", "unmet_need"]].round(1)
                 kampung   cpr  unmet_need
    0  Kampung KB Contoh  76.7        15.0
    >>> table.attrs["kampungkb"]["columns"]["cpr"]["denominator"]
    'population report: couples_of_childbearing_age (PUS)'
    """
    pd = require("pandas", "pandas")
    items = [histories] if isinstance(histories, KampungHistory) else _listed(histories, KampungHistory)
    data: dict[str, list[Any]] = {name: [] for name in (*_KEYS, *INDICATOR_COLUMNS)}
    for history in items:
        population, kkbpk = history.current_population, history.current_kkbpk
        data["kampung"].append(history.kampung.name)
        data["kampung_id"].append(history.kampung.id)
        data["period"].append(None if kkbpk is None else str(kkbpk.period))
        data["cpr"].append(cpr(population, kkbpk))
        data["mkjp_share"].append(mkjp_share(kkbpk))
        data["unmet_need"].append(unmet_need(population, kkbpk))
        for poktan, value in poktan_participation(population, kkbpk).items():
            data[f"participation_{poktan.code}"].append(value)
    frame = pd.DataFrame(
        {
            "kampung": pd.array(data["kampung"], dtype="string"),
            "kampung_id": pd.array(data["kampung_id"], dtype="Int64"),
            "period": pd.array(data["period"], dtype="string"),
            **{name: pd.array(data[name], dtype="Float64") for name in INDICATOR_COLUMNS},
        }
    )
    frame.attrs["kampungkb"] = {"columns": {name: dict(meta) for name, meta in INDICATOR_COLUMNS.items()}}
    return frame


def _listed(source: Any, *accepted: type) -> list[Any]:
    try:
        items = list(source)
    except TypeError:
        names = " or ".join(cls.__name__ for cls in accepted)
        raise ValidationError.single(
            (), f"expected {names}, or an iterable of them, found {describe(source)}", ErrorCode.TYPE
        ) from None
    errors = [
        ErrorItem(
            (index,),
            f"expected {' or '.join(cls.__name__ for cls in accepted)}, found {describe(item)}",
            ErrorCode.TYPE,
        )
        for index, item in enumerate(items)
        if not isinstance(item, accepted)
    ]
    if errors:
        raise ValidationError(errors)
    return items


def _reports(source: Any, report_type: type, current: str) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """For each item of ``source`` (a history or a report, or an iterable of them): its keys and its report."""
    items: list[Any] = [source] if isinstance(source, KampungHistory | report_type) else []
    if not items:
        items = _listed(source, KampungHistory, report_type)
    for item in items:
        if isinstance(item, KampungHistory):
            report = getattr(item, current)
            if report is not None:
                yield (item.kampung.name, item.kampung.id, str(report.period)), report
        else:
            yield (None, None, str(item.period)), item


def _frame(rows: Iterable[tuple[Any, ...]], columns: list[tuple[str, Any]]) -> pd.DataFrame:
    pd = require("pandas", "pandas")
    listed = list(rows)
    names = [*_KEYS, *(name for name, _ in columns)]
    data: dict[str, Any] = {}
    labels: dict[str, dict[str, str]] = {}
    convert: dict[str, Callable[[list[Any]], Any]] = {
        "kampung": lambda values: pd.array(values, dtype="string"),
        "kampung_id": lambda values: pd.array(values, dtype="Int64"),
        "period": lambda values: pd.array(values, dtype="string"),
    }
    for position, name in enumerate(names):
        values = [row[position] for row in listed]
        vocabulary = dict(columns).get(name)
        if name in convert:
            data[name] = convert[name](values)
        elif vocabulary is bool:
            data[name] = pd.array(values, dtype="boolean")
        elif vocabulary is not None:
            data[name] = pd.Categorical([value.code for value in values], categories=[m.code for m in vocabulary])
            labels[name] = {member.code: member.label for member in vocabulary}
        else:
            data[name] = pd.array(values, dtype="Int64")
    frame = pd.DataFrame(data, columns=names)
    frame.attrs["kampungkb"] = {"labels": labels}
    return frame
