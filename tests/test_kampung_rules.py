"""Each rule of the portal (portal-data-model.md §3.1–§3.4) and each rule we add, broken on purpose, is reported
at the path of the field that breaks it — whether the record comes from JSON or is built in Python."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.dates import PartialDate
from kampungkb.errors import ValidationError
from kampungkb.examples import example_history, example_reports
from kampungkb.kampung import (
    FamilyPlanningReport,
    KampungHistory,
    KampungKB,
    Pokja,
    PokjaDecree,
    Poktan,
    PoktanParticipation,
    PopulationReport,
    ProfileReport,
)
from kampungkb.regions import Location, RegionCode

Doc = dict[str, Any]
P = ("profile_reports", 0)
POP = ("population_reports", 0)
K = ("kkbpk_reports", 0)


def _located(errors: tuple[Any, ...]) -> set[tuple[tuple[str | int, ...], str]]:
    return {(item.location, item.code) for item in errors}


def _set(*path: str | int, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target: Any = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _all(*changes: Callable[[Doc], None]) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        for each in changes:
            each(doc)

    return change


def _delete(*path: str | int) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target: Any = doc
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return change


def _append_copy(*path: str | int, index: int = 0) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target: Any = doc
        for part in path:
            target = target[part]
        target.append(copy.deepcopy(target[index]))

    return change


def _no_pokja(**overrides: Any) -> Callable[[Doc], None]:
    block = {
        "exists": False,
        "decree": None,
        "trained": False,
        "training_description": None,
        "member_count": 0,
        "trained_count": 0,
    }
    block.update(overrides)
    return _set(*P, "pokja", value=block)


# (rule, change to the example history's JSON document, where the error is, its code)
CASES: list[tuple[str, Callable[[Doc], None], tuple[str | int, ...], str]] = [
    # §3.1 the kampung
    ("the name is required", _delete("kampung", "name"), ("kampung", "name"), "missing"),
    ("the name is not blank", _set("kampung", "name", value="   "), ("kampung", "name"), "constraint"),
    (
        "the launch date is not before 2016-01-01",
        _set("kampung", "launch_date", value="2015-12-31"),
        ("kampung", "launch_date"),
        "constraint",
    ),
    (
        "the kampung sits in a village",
        _all(_set("kampung", "location", "code", value="35.75.01"), _set("kampung", "location", "rw", value=None)),
        ("kampung", "location", "code"),
        "invariant",
    ),
    (
        "ours: a criterion is ticked once",
        _set("kampung", "criteria", "portal", value=["criterion_1", "criterion_1"]),
        ("kampung", "criteria", "portal", 1),
        "invariant",
    ),
    # §3.2 the profile: poktan
    ("every poktan is answered", _delete(*P, "poktan", 1), (*P, "poktan"), "invariant"),
    ("a poktan is answered once", _append_copy(*P, "poktan"), (*P, "poktan", 7), "invariant"),
    (
        "an answer is yes or no",
        _set(*P, "poktan", 0, "present", value=None),
        (*P, "poktan", 0, "present"),
        "type",
    ),
    # §3.2 the Pokja
    ("whether there is a Pokja is answered", _delete(*P, "pokja", "exists"), (*P, "pokja", "exists"), "missing"),
    (
        "trained members need a description of the training",
        _set(*P, "pokja", "training_description", value=None),
        (*P, "pokja", "training_description"),
        "invariant",
    ),
    (
        "never more trained members than members",
        _set(*P, "pokja", "trained_count", value=26),
        (*P, "pokja", "trained_count"),
        "invariant",
    ),
    ("no Pokja, no decree", _no_pokja(decree={"number": None, "date": None}), (*P, "pokja", "decree"), "invariant"),
    ("no Pokja, no training", _no_pokja(trained=True), (*P, "pokja", "trained"), "invariant"),
    (
        "no Pokja, no training description",
        _no_pokja(training_description="x"),
        (*P, "pokja", "training_description"),
        "invariant",
    ),
    ("no Pokja, no members", _no_pokja(member_count=5), (*P, "pokja", "member_count"), "invariant"),
    ("no Pokja, no trained members", _no_pokja(trained_count=1), (*P, "pokja", "trained_count"), "invariant"),
    # §3.2 the PLKB
    ("a PLKB has a NIP", _set(*P, "plkb", "nip", value=None), (*P, "plkb", "nip"), "invariant"),
    (
        "a PLKB means no supervisor kind",
        _set(*P, "plkb", "supervisor", value="cadre"),
        (*P, "plkb", "supervisor"),
        "invariant",
    ),
    (
        "a PLKB means no supervisor",
        _set(*P, "plkb", "supervisor_other", value="Bidan desa"),
        (*P, "plkb", "supervisor_other"),
        "invariant",
    ),
    (
        "without a PLKB a supervisor kind is given",
        _all(_set(*P, "plkb", "accompanied", value=False), _set(*P, "plkb", "nip", value=None)),
        (*P, "plkb", "supervisor"),
        "invariant",
    ),
    (
        "without a PLKB there is no NIP",
        _all(_set(*P, "plkb", "accompanied", value=False), _set(*P, "plkb", "supervisor", value="pkk")),
        (*P, "plkb", "nip"),
        "invariant",
    ),
    (
        "a Lainnya supervisor is described",
        _all(
            _set(*P, "plkb", "accompanied", value=False),
            _set(*P, "plkb", "nip", value=None),
            _set(*P, "plkb", "supervisor", value="other"),
        ),
        (*P, "plkb", "supervisor_other"),
        "invariant",
    ),
    ("the PLKB's name is always given", _delete(*P, "plkb", "name"), (*P, "plkb", "name"), "missing"),
    ("the contact is always given", _set(*P, "plkb", "contact", value=" "), (*P, "plkb", "contact"), "constraint"),
    # §3.2 regulation, plan, data use, funding, routines
    (
        "a regulation names a level",
        _set(*P, "regulation", "levels", value=[]),
        (*P, "regulation", "levels"),
        "invariant",
    ),
    (
        "no regulation, no levels",
        _set(*P, "regulation", "present", value=False),
        (*P, "regulation", "levels"),
        "invariant",
    ),
    (
        "with a plan, data use is answered",
        _all(_set(*P, "community_plan", "uses_data", value=None), _set(*P, "community_plan", "data_uses", value=[])),
        (*P, "community_plan", "uses_data"),
        "invariant",
    ),
    (
        "data used means a data source named",
        _set(*P, "community_plan", "data_uses", value=[]),
        (*P, "community_plan", "data_uses"),
        "invariant",
    ),
    (
        "ours: no data used, no data sources",
        _set(*P, "community_plan", "uses_data", value=False),
        (*P, "community_plan", "data_uses"),
        "invariant",
    ),
    ("ours: a funding source once", _append_copy(*P, "funding_sources"), (*P, "funding_sources", 2), "invariant"),
    ("every routine is answered", _delete(*P, "operations", 4), (*P, "operations"), "invariant"),
    (
        "a performed routine has a frequency",
        _set(*P, "operations", 0, "frequency", value=None),
        (*P, "operations", 0, "frequency"),
        "invariant",
    ),
    (
        "a Lainnya frequency is described",
        _set(*P, "operations", 0, "frequency", value="other"),
        (*P, "operations", 0, "frequency_other"),
        "invariant",
    ),
    # §3.3 the population
    ("all 32 age × sex counts", _delete(*POP, "age_sex_counts", 5), (*POP, "age_sex_counts"), "invariant"),
    ("each age × sex count once", _append_copy(*POP, "age_sex_counts"), (*POP, "age_sex_counts", 32), "invariant"),
    (
        "ours: no negative people",
        _set(*POP, "age_sex_counts", 3, "count", value=-1),
        (*POP, "age_sex_counts", 3, "count"),
        "constraint",
    ),
    (
        "counts are integers",
        _set(*POP, "age_sex_counts", 3, "count", value=4.0),
        (*POP, "age_sex_counts", 3, "count"),
        "type",
    ),
    ("all 6 family counts", _delete(*POP, "family_counts", 0), (*POP, "family_counts"), "invariant"),
    (
        "ours: no negative families",
        _set(*POP, "family_counts", 1, "count", value=-3),
        (*POP, "family_counts", 1, "count"),
        "constraint",
    ),
    (
        "JSON carries male/female, not the portal's P/W",
        _set(*POP, "age_sex_counts", 0, "sex", value="P"),
        (*POP, "age_sex_counts", 0, "sex"),
        "invalid_value",
    ),
    # §3.4 the KKBPK report
    ("a population report comes first", _set("population_reports", value=[]), K, "invariant"),
    (
        "users + non-users = PUS",
        _set(*K, "contraceptive_users", 0, "count", value=21),
        (*K, "contraceptive_users"),
        "invariant",
    ),
    (
        "BKB ≤ families with under-fives",
        _set(*K, "poktan_participation", 0, "count", value=91),
        (*K, "poktan_participation", 0, "count"),
        "invariant",
    ),
    (
        "BKR ≤ families with adolescents",
        _set(*K, "poktan_participation", 1, "count", value=111),
        (*K, "poktan_participation", 1, "count"),
        "invariant",
    ),
    (
        "UPPKA ≤ families",
        _set(*K, "poktan_participation", 3, "count", value=401),
        (*K, "poktan_participation", 3, "count"),
        "invariant",
    ),
    (
        "PIK R ≤ adolescents",
        _set(*K, "poktan_participation", 4, "count", value=151),
        (*K, "poktan_participation", 4, "count"),
        "invariant",
    ),
    (
        "a poktan the profile lacks counts 0",
        _set(*K, "poktan_participation", 2, "count", value=1),
        (*K, "poktan_participation", 2, "count"),
        "invariant",
    ),
    (
        "poktan counts are not negative",
        _set(*K, "poktan_participation", 0, "count", value=-1),
        (*K, "poktan_participation", 0, "count"),
        "constraint",
    ),
    (
        "only the five KKBPK poktan are counted",
        _set(*K, "poktan_participation", 0, "poktan", value="secretariat"),
        (*K, "poktan_participation", 0, "poktan"),
        "invariant",
    ),
    ("every method is counted", _delete(*K, "contraceptive_users", 6), (*K, "contraceptive_users"), "invariant"),
    ("every reason is counted", _delete(*K, "non_users", 0), (*K, "non_users"), "invariant"),
    (
        "ours: no negative users",
        _set(*K, "contraceptive_users", 0, "count", value=-5),
        (*K, "contraceptive_users", 0, "count"),
        "constraint",
    ),
    ("BPJS users ≤ population", _set(*K, "bpjs_users", value=1313), (*K, "bpjs_users"), "invariant"),
    ("BPJS users are not negative", _set(*K, "bpjs_users", value=-1), (*K, "bpjs_users"), "constraint"),
]


@pytest.fixture(scope="module")
def document() -> Doc:
    return to_dict(example_history())  # type: ignore[no-any-return]


@pytest.mark.parametrize(("rule", "change", "path", "code"), CASES, ids=[case[0] for case in CASES])
def test_broken_rule_is_located(
    document: Doc, rule: str, change: Callable[[Doc], None], path: tuple[str | int, ...], code: str
) -> None:
    """Breaking the rule in a full kampung history is reported at the field that breaks it, from dict and JSON."""
    broken = copy.deepcopy(document)
    change(broken)
    with pytest.raises(ValidationError) as from_data:
        from_dict(broken, KampungHistory)
    assert (path, code) in _located(from_data.value.errors), rule
    with pytest.raises(ValidationError) as from_text:
        from_json(json.dumps(broken), KampungHistory)
    assert _located(from_text.value.errors) == _located(from_data.value.errors)


def test_the_unbroken_example_is_valid(document: Doc) -> None:
    """The example history itself breaks no rule and survives the round trip."""
    history = from_dict(document, KampungHistory)
    assert history == example_history()
    assert from_json(to_json(history), KampungHistory) == history


def test_caps_are_inclusive(document: Doc) -> None:
    """A poktan may reach its family count exactly, BPJS users the population exactly."""
    doc = copy.deepcopy(document)
    for index, cap in [(0, 90), (1, 110), (3, 400), (4, 150)]:
        doc["kkbpk_reports"][0]["poktan_participation"][index]["count"] = cap
    doc["kkbpk_reports"][0]["bpjs_users"] = 1312
    doc["kampung"]["launch_date"] = "2016-01-01"
    history = from_dict(doc, KampungHistory)
    report = history.kkbpk_reports[0]
    assert [entry.count for entry in report.poktan_participation] == [90, 110, 0, 400, 150]
    assert (report.bpjs_users, history.kampung.launch_date) == (1312, PartialDate(2016, 1, 1))


# ---------------------------------------------------------------------------
# The same rules, from Python


def test_python_construction_reports_the_same_pokja_rule() -> None:
    """Building a Pokja in Python reports the same located errors as loading it from JSON."""
    bad = {"exists": False, "decree": {"number": None, "date": None}, "member_count": 4}
    with pytest.raises(ValidationError) as in_python:
        Pokja(exists=False, decree=PokjaDecree(), member_count=4)
    with pytest.raises(ValidationError) as from_data:
        from_dict(bad, Pokja)
    assert (
        _located(in_python.value.errors)
        == _located(from_data.value.errors)
        == {
            (("decree",), "invariant"),
            (("member_count",), "invariant"),
        }
    )


def test_python_history_reports_cross_record_errors_at_the_kkbpk_report() -> None:
    """A KKBPK report added in Python whose users and non-users miss PUS is located in the history."""
    history = example_history()
    report = example_reports()[2]
    users = list(report.contraceptive_users)
    users[0] = attrs.evolve(users[0], count=users[0].count + 1)
    later = attrs.evolve(report, contraceptive_users=tuple(users), created=dt.datetime(2023, 3, 21))
    with pytest.raises(ValidationError) as caught:
        history.with_report(later)
    assert (("kkbpk_reports", 1, "contraceptive_users"), "invariant") in _located(caught.value.errors)


def test_validate_against_locates_errors_in_the_report() -> None:
    """validate_against reports every broken cross-record rule at once, located in the KKBPK report."""
    profile, population, report = example_reports()
    participation = [
        PoktanParticipation(Poktan.BKB, 91),
        PoktanParticipation(Poktan.BKR, 0),
        PoktanParticipation(Poktan.BKL, 2),
        PoktanParticipation(Poktan.UPPKA, 0),
        PoktanParticipation(Poktan.PIK_R, 0),
    ]
    broken = attrs.evolve(report, poktan_participation=tuple(participation), bpjs_users=5000)
    with pytest.raises(ValidationError) as caught:
        broken.validate_against(population, profile)
    assert _located(caught.value.errors) == {
        (("poktan_participation", 0, "count"), "invariant"),
        (("poktan_participation", 2, "count"), "invariant"),
        (("bpjs_users",), "invariant"),
    }
    bkl_only = tuple(
        attrs.evolve(entry, count=0) if entry.poktan is not Poktan.BKL else entry for entry in participation
    )
    only_bkl = attrs.evolve(broken, poktan_participation=bkl_only, bpjs_users=0)
    only_bkl.validate_against(population)  # without the profile, BKL is only capped by families with elderly
    with pytest.raises(ValidationError):
        only_bkl.validate_against(population, profile)


@pytest.mark.parametrize(
    ("population", "profile"),
    [(None, None), ("population", None), (1, None)],
)
def test_validate_against_rejects_what_is_not_a_report(population: Any, profile: Any) -> None:
    """validate_against takes a PopulationReport (and a ProfileReport or None), nothing else."""
    report = example_reports()[2]
    with pytest.raises(ValidationError) as caught:
        report.validate_against(population, profile)
    assert caught.value.errors[0].code == "type"


def test_validate_against_rejects_a_profile_of_the_wrong_type() -> None:
    """A profile that is not a ProfileReport is a type error."""
    _, population, report = example_reports()
    with pytest.raises(ValidationError, match="ProfileReport"):
        report.validate_against(population, population)  # type: ignore[arg-type]


def test_kampung_built_in_python_checks_the_village_level() -> None:
    """A KampungKB built in Python with a district code is rejected at location.code."""
    with pytest.raises(ValidationError) as caught:
        KampungKB(name="Melati", location=Location(code=RegionCode("35.75.01")), launch_date=PartialDate(2020))
    assert _located(caught.value.errors) == {(("location", "code"), "invariant")}


@pytest.mark.parametrize("model", [ProfileReport, PopulationReport, FamilyPlanningReport, KampungHistory])
def test_reports_need_their_required_fields(model: type) -> None:
    """An empty document lists every missing required field, each at its own path."""
    with pytest.raises(ValidationError) as caught:
        from_dict({}, model)
    required = [(attribute.name,) for attribute in attrs.fields(model) if attribute.default is attrs.NOTHING]
    assert required
    assert [(item.location, item.code) for item in caught.value.errors] == [(path, "missing") for path in required]
