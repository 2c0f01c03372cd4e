"""Records from real kinds of source, kampung and people: recorded as stated, round-tripped, checked by schema.

Each row of SOURCES is one real kind of source, written down the way it states its facts —
nothing invented, nothing dropped — then dumped to JSON, loaded back, and validated
against the committed schema; each broken variant is refused at the path given.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.dates import PartialDate
from kampungkb.errors import ValidationError
from kampungkb.examples import example_history
from kampungkb.kampung import (
    ContraceptiveMethod,
    ContraceptiveUsers,
    Count,
    KampungKB,
    KampungStatistics,
    Poktan,
    PoktanParticipation,
    summarize,
)
from kampungkb.people import Official, Organization, OrganizationKind, PersonName, Position, WorkLevel
from kampungkb.testing.strategies import kampung_statistics, officials

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def _schema(cls: type) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{cls.__name__}.schema.json").read_text("utf-8"))


def _holds_as_stated(dumped: Any, stated: Any, where: str) -> None:
    """Every stated value is in the dump unchanged; every unstated key is empty (None, [] or {})."""
    if isinstance(stated, dict):
        for key, value in dumped.items():
            if key in stated:
                _holds_as_stated(value, stated[key], f"{where}.{key}")
            else:
                assert value in (None, [], ()) or _empty(value) or key in _DEFAULTED, (where, key, value)
    elif isinstance(stated, list):
        assert len(dumped) == len(stated), where
        for index, (got, want) in enumerate(zip(dumped, stated, strict=True)):
            _holds_as_stated(got, want, f"{where}[{index}]")
    else:
        assert dumped == stated, (where, dumped, stated)


#: Keys whose default is a stated fact of the model, not an invented one (a kampung is active unless
#: the source says it was deleted; the Pokja SK's issuer is the village head by the programme's rule).
_DEFAULTED = frozenset({"active", "model_for_regency", "model_for_province", "issuer", "criteria"})


def _empty(value: Any) -> bool:
    if isinstance(value, dict):
        return all(item in (None, [], ()) or _empty(item) for item in value.values())
    return False


def _refused_at(cls: type, document: dict[str, Any]) -> set[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        from_dict(document, cls)
    return {(error.path, error.code) for error in caught.value.errors}


# ---------------------------------------------------------------------------
# KampungStatistics: property tests


@given(kampung_statistics())
def test_statistics_round_trip_and_schema(stats: KampungStatistics) -> None:
    assert from_json(to_json(stats), KampungStatistics) == stats
    assert from_dict(to_dict(stats), KampungStatistics) == stats
    jsonschema.validate(json.loads(to_json(stats)), _schema(KampungStatistics))


@given(kampung_statistics(), st.integers(1, 50))
def test_statistics_users_plus_non_users_must_make_the_pus(stats: KampungStatistics, delta: int) -> None:
    document = to_dict(stats)
    users = stats.users.value if stats.users is not None else 0
    non_users = stats.non_users.value if stats.non_users is not None else 0
    document.update(
        users=str(users), non_users=str(non_users), couples_of_childbearing_age=str(users + non_users + delta)
    )
    document["population"] = None
    assert ("$.couples_of_childbearing_age", "invariant") in _refused_at(KampungStatistics, document)


@given(kampung_statistics(), st.integers(1, 50))
def test_statistics_mkjp_never_exceeds_users(stats: KampungStatistics, delta: int) -> None:
    document = to_dict(stats)
    users = stats.users.value if stats.users is not None else 10
    document.update(users=str(users), long_acting_users=str(users + delta), couples_of_childbearing_age=None)
    assert ("$.long_acting_users", "invariant") in _refused_at(KampungStatistics, document)


@given(st.lists(st.sampled_from(ContraceptiveMethod), min_size=1, unique=True), st.integers(1, 100))
def test_statistics_stated_methods_never_exceed_users(methods: list[ContraceptiveMethod], count: int) -> None:
    by_method = [{"method": method.code, "count": count} for method in methods]
    refused = _refused_at(KampungStatistics, {"users": str(count * len(methods) - 1), "users_by_method": by_method})
    assert ("$.users_by_method", "invariant") in refused


def test_statistics_all_seven_methods_must_make_the_users() -> None:
    by_method = [{"method": method.code, "count": 10} for method in ContraceptiveMethod]
    assert from_dict({"users": "70", "users_by_method": by_method}, KampungStatistics).users == Count(70)
    assert _refused_at(KampungStatistics, {"users": "71", "users_by_method": by_method}) == {
        ("$.users_by_method", "invariant")
    }


def test_statistics_long_acting_methods_and_mkjp() -> None:
    long_acting = [{"method": m.code, "count": 5} for m in ContraceptiveMethod if m.is_long_acting]
    count = len(long_acting) * 5
    assert from_dict({"long_acting_users": str(count), "users_by_method": long_acting}, KampungStatistics)
    assert _refused_at(KampungStatistics, {"long_acting_users": str(count + 1), "users_by_method": long_acting}) == {
        ("$.users_by_method", "invariant")
    }
    short = {"method": ContraceptiveMethod.PILL.code, "count": 30}
    document = {"users": "40", "long_acting_users": "20", "users_by_method": [short]}
    assert _refused_at(KampungStatistics, document) == {("$.long_acting_users", "invariant")}


def test_statistics_checks_only_what_is_stated() -> None:
    assert KampungStatistics(users=Count(500)).stated() == ("users",)
    assert KampungStatistics(couples_of_childbearing_age=Count(300), users=Count(250)).users == Count(250)
    assert _refused_at(KampungStatistics, {"couples_of_childbearing_age": "200", "users": "250"}) == {
        ("$.users", "invariant")
    }
    assert _refused_at(KampungStatistics, {"population": "100", "families": "120"}) == {("$.families", "invariant")}
    assert _refused_at(
        KampungStatistics, {"families": "10", "poktan_participation": [{"poktan": "bkb", "count": 11}]}
    ) == {("$.poktan_participation[0].count", "invariant")}


def test_statistics_with_nothing_stated_or_a_repeat_is_refused() -> None:
    assert _refused_at(KampungStatistics, {}) == {("$", "invariant")}
    assert _refused_at(KampungStatistics, {"as_of": "2022"}) == {("$", "invariant")}
    twice = [{"method": "iud", "count": 1}, {"method": "iud", "count": 2}]
    assert ("$.users_by_method[1]", "invariant") in _refused_at(KampungStatistics, {"users_by_method": twice})


def test_a_full_report_yields_its_summary_and_a_summary_is_no_report() -> None:
    history = example_history()
    stats = history.statistics()
    population, kkbpk = history.current_population, history.current_kkbpk
    assert population is not None
    assert kkbpk is not None
    assert stats == summarize(population, kkbpk)
    assert (stats.population, stats.users, stats.non_users) == (
        Count(population.total_population),
        Count(kkbpk.total_users),
        Count(kkbpk.total_non_users),
    )
    assert all(getattr(stats, name).is_exact for name in stats.stated())
    assert stats.as_of == PartialDate(kkbpk.period.year, kkbpk.period.month)
    assert summarize(population).users is None
    assert summarize(kkbpk=kkbpk).population is None
    from kampungkb.kampung import Report

    with pytest.raises(ValidationError):
        from_dict(to_dict(stats), Report)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        summarize()


# ---------------------------------------------------------------------------
# Real kinds of source, recorded as stated

SOURCES: list[tuple[str, type, dict[str, Any], list[tuple[str, Any, str]]]] = [
    (
        # A portal kampung page: the launch day and the totals, no date on the figures.
        "portal kampung page without statistics date",
        KampungStatistics,
        {
            "population": {"value": 1312, "qualifier": "exact"},
            "families": {"value": 400, "qualifier": "exact"},
            "couples_of_childbearing_age": {"value": 300, "qualifier": "exact"},
            "users": {"value": 230, "qualifier": "exact"},
            "non_users": {"value": 70, "qualifier": "exact"},
        },
        [
            ("users", {"value": 231, "qualifier": "exact"}, "$.couples_of_childbearing_age"),
            ("population", {"value": -1, "qualifier": "exact"}, "$.population.value"),
            ("population", 1312, "$.population"),
            ("as_of", "2022-13", "$.as_of"),
        ],
    ),
    (
        # A news report: "the kampung, launched in 2017, …" — the year only.
        "news report of a kampung's launch year",
        KampungKB,
        {"name": "Kampung KB Karangketug", "location": {"code": "35.75.01.1001"}, "launch_date": "2017"},
        [
            ("launch_date", "2015", "$.launch_date"),
            ("launch_date", "2017-02-30", "$.launch_date"),
            ("location", {"code": "35.75.01"}, "$.location.code"),
        ],
    ),
    (
        # A news report's figures: PUS, active users and MKJP users "as of June 2022", nothing else.
        "statistics summary from a news report",
        KampungStatistics,
        {
            "as_of": "2022-06",
            "couples_of_childbearing_age": {"value": 512, "qualifier": "exact"},
            "users": {"value": 389, "qualifier": "exact"},
            "long_acting_users": {"value": 121, "qualifier": "exact"},
            "users_by_method": [{"method": "implant", "count": 64}],
            "poktan_participation": [{"poktan": "bkb", "count": 45}],
        },
        [
            ("long_acting_users", {"value": 400, "qualifier": "exact"}, "$.long_acting_users"),
            ("users", {"value": 600, "qualifier": "at_least"}, "$.users"),
            ("users_by_method", [{"method": "implant", "count": 130}], "$.users_by_method"),
        ],
    ),
]


SOURCES += [
    (
        # An invitation letter signed for the regent by the regional secretary: "a.n. BUPATI PASURUAN /
        # SEKRETARIS DAERAH, / Drs. H. AGUS SUTIADJI, M.Si" — the regent is named by office only.
        "letter signed a.n. Bupati by the Sekretaris Daerah",
        Official,
        to_dict(Official.parse("a.n. BUPATI PASURUAN\nSEKRETARIS DAERAH,\nDrs. H. AGUS SUTIADJI, M.Si")),
        [
            ("on_behalf_of", {"position": "regional_secretary"}, "$.on_behalf_of"),
            ("on_behalf_of", {"name": "X", "kind": "nope"}, "$.on_behalf_of.kind"),
            ("position", "sekda", "$.position"),
        ],
    ),
    (
        # A news report naming a speaker by a title the list lacks.
        "official with a title not in the list",
        Official,
        to_dict(Official.parse("Kepala UPT Puskesmas Kecamatan Gadingrejo dr. Rina Wati")),
        [
            ("position_as_written", None, "$.position_as_written"),
            ("position_level", "kecamatan", "$.position_level"),
            ("position", "camat", "$.position"),
        ],
    ),
]


SOURCES += [
    (
        # A news report: "Kampung KB itu kini mencatat lebih dari 1.000 PUS; sekitar 700 di antaranya
        # peserta KB aktif dan 150 pasangan belum ber-KB, dari sekitar 4.500 jiwa penduduk (data 2023)."
        "news report with qualified figures",
        KampungStatistics,
        {
            "as_of": "2023",
            "population": {"value": 4500, "qualifier": "about"},
            "couples_of_childbearing_age": {"value": 1000, "qualifier": "at_least"},
            "users": {"value": 700, "qualifier": "about"},
            "non_users": {"value": 150, "qualifier": "exact"},
        },
        [
            ("population", {"value": 900, "qualifier": "at_most"}, "$.couples_of_childbearing_age"),
            ("couples_of_childbearing_age", {"value": 100, "qualifier": "at_most"}, "$.couples_of_childbearing_age"),
            ("users", "ratusan akseptor", "$.users"),
            ("non_users", {"value": 150, "qualifier": "lebih"}, "$.non_users.qualifier"),
        ],
    ),
]


@pytest.mark.parametrize(("kind", "cls", "document", "broken"), SOURCES, ids=[row[0] for row in SOURCES])
def test_a_source_is_recorded_as_stated(
    kind: str, cls: type, document: dict[str, Any], broken: list[tuple[str, Any, str]]
) -> None:
    value = from_dict(document, cls)
    _holds_as_stated(to_dict(value), document, kind)
    assert from_json(to_json(value), cls) == value
    jsonschema.validate(json.loads(to_json(value)), _schema(cls))
    for key, bad, path in broken:
        variant = {**document, key: bad}
        with pytest.raises(ValidationError) as caught:
            from_dict(variant, cls)
        assert path in {error.path for error in caught.value.errors}, (kind, key, caught.value.errors)


def test_the_statistics_source_keeps_poktan_and_methods() -> None:
    stats = from_dict(SOURCES[2][2], KampungStatistics)
    assert stats.users_of(ContraceptiveMethod.IMPLANT) == 64
    assert stats.users_of(ContraceptiveMethod.IUD) is None
    assert stats.poktan_participation == (PoktanParticipation(Poktan.BKB, 45),)
    assert stats.users_by_method == (ContraceptiveUsers(ContraceptiveMethod.IMPLANT, 64),)


def test_the_qualified_news_figures_read_from_their_text_form() -> None:
    written = {
        "as_of": "2023",
        "population": "sekitar 4.500 jiwa",
        "couples_of_childbearing_age": "lebih dari 1.000",
        "users": "sekitar 700 akseptor",
        "non_users": "150",
    }
    stats = from_dict(written, KampungStatistics)
    assert stats == from_dict(SOURCES[5][2], KampungStatistics)
    assert str(stats.couples_of_childbearing_age) == "lebih dari 1.000"
    assert not stats.users.is_exact  # type: ignore[union-attr]


def test_the_letter_keeps_the_office_acted_for() -> None:
    signed = from_dict(SOURCES[3][2], Official)
    assert signed.position is Position.REGIONAL_SECRETARY
    assert isinstance(signed.on_behalf_of, Official)
    assert signed.on_behalf_of.position is Position.REGENT
    assert signed.on_behalf_of.name is None
    assert signed.on_behalf_of.jurisdiction == "PASURUAN"
    assert signed.name is not None
    assert signed.name.original == "Drs. H. AGUS SUTIADJI, M.Si"


def test_the_unlisted_title_is_kept_as_written_with_its_level() -> None:
    official = from_dict(SOURCES[4][2], Official)
    assert official.position is Position.OTHER
    assert official.position_as_written == "Kepala UPT Puskesmas Kecamatan Gadingrejo"
    assert official.work_levels == (WorkLevel.DISTRICT,)
    assert str(official) == "Kepala UPT Puskesmas Kecamatan Gadingrejo dr. Rina Wati"


# ---------------------------------------------------------------------------
# Positions: the added ones, the fallback, acting for someone

ADDED_POSITIONS = [
    ("Deputi BKKBN Bapak Wendy Hartanto", Position.BKKBN_DEPUTY),
    ("Sestama BKKBN Bapak Nofrijal", Position.BKKBN_PRINCIPAL_SECRETARY),
    ("Direktur Dr. Faharuddin", Position.BKKBN_DIRECTOR),
    ("Inspektur Utama Ibu Mieke Selfi Sangian", Position.BKKBN_INSPECTOR_GENERAL),
    ("Sekretaris Perwakilan BKKBN Kaltim Bapak Al Khafid Hidayat", Position.SECRETARY_OF_BKKBN_PROVINCIAL_OFFICE),
    ("Asisten Sekda Kabupaten Lebak Bapak Dede", Position.REGIONAL_SECRETARY_ASSISTANT),
    ("Staf Ahli Bupati Bidang Kemasyarakatan Drs. Budi", Position.EXPERT_STAFF),
    ("Keuchik Lampoh Daya Bapak Teuku Ali", Position.KEUCHIK),
    ("Geuchik Meunasah Bapak Ali", Position.KEUCHIK),
    ("Wali Nagari Koto Baru Bapak Syamsul", Position.WALI_NAGARI),
    ("Perbekel Dauh Puri Bapak Made", Position.PERBEKEL),
    ("Kepala Kampung Bumi Harjo Bapak Zulkarnain", Position.KAMPUNG_HEAD),
    ("Kepala Desa/Lurah Bapak Budi", Position.VILLAGE_OR_URBAN_VILLAGE_HEAD),
    ("Koordinator Balai Penyuluhan KB Kecamatan Pituruh Ibu Sri", Position.KB_EXTENSION_CENTRE_COORDINATOR),
    ("Koordinator PLKB Ibu Sri", Position.KB_EXTENSION_CENTRE_COORDINATOR),
    ("Kepala Badan Pemberdayaan Perempuan dan Keluarga Berencana Bapak Budi", Position.HEAD_OF_BOARD),
]


@pytest.mark.parametrize(("text", "position"), ADDED_POSITIONS, ids=[row[0][:30] for row in ADDED_POSITIONS])
def test_positions_real_sources_use_are_read(text: str, position: Position) -> None:
    official = Official.parse(text)
    assert official.position is position
    assert from_json(to_json(official), Official) == official


@pytest.mark.parametrize(
    "text",
    [
        "Kepala UPT Puskesmas Kecamatan Gadingrejo dr. Rina Wati",
        "Ketua TP PKK Kabupaten Purworejo Ibu Fatimah Verena",
        "Plt Ketua Tim Penggerak PKK Kota Pasuruan Ibu Yudi",
        "Danramil Pituruh Bapak Sugeng",
        "Bidan Desa Tanjungtirta Ibu Yuni",
    ],
)
def test_a_real_signature_line_is_never_refused_for_want_of_a_list_entry(text: str) -> None:
    official = Official.parse(text)
    assert official.position is Position.OTHER
    assert official.position_as_written is not None
    assert official.position_as_written in text
    assert official.name is not None


@pytest.mark.parametrize("text", ["Terima kasih atas perhatiannya", "Acara dibuka pukul 09.00 WIB"])
def test_text_that_is_no_signature_line_is_refused_quoting_it(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Official.parse(text)
    (error,) = caught.value.errors
    assert (error.path, error.code) == ("$", "invalid_value")
    assert repr(text) in error.message


@pytest.mark.parametrize(
    ("text", "principal", "acts"),
    [
        ("a.n. Bupati Pasuruan, Sekretaris Daerah Drs. H. Agus Sutiadji, M.Si", "Bupati Pasuruan", "Sekretaris Daerah"),
        ("atas nama Wali Kota Pasuruan, Asisten Sekda Bapak Budi", "Wali Kota Pasuruan", "Asisten Sekretaris Daerah"),
        (
            "Asisten Pemerintahan dan Kesra Bapak Haryoso, S.H. mewakili Gubernur Kepulauan Bangka Belitung",
            "Gubernur Kepulauan Bangka Belitung",
            "Asisten Sekretaris Daerah Pemerintahan dan Kesra",
        ),
        (
            "Wali Kota Pasuruan yang diwakili oleh Sekretaris Daerah Bapak Budi",
            "Wali Kota Pasuruan",
            "Sekretaris Daerah",
        ),
        ("Kepala Bidang KB Bapak Saroni mewakili DP3AKB Kota Pasuruan", None, "Kepala Bidang KB"),
    ],
)
def test_acting_for_someone_is_read(text: str, principal: str | None, acts: str) -> None:
    official = Official.parse(text)
    assert official.title == acts
    other = official.on_behalf_of
    if principal is None:
        assert isinstance(other, Organization)
        assert other.kind is OrganizationKind.FAMILY_PLANNING_AGENCY
    else:
        assert isinstance(other, Official)
        assert other.title == principal
    assert from_json(to_json(official), Official) == official


def _official_refused(document: dict[str, Any]) -> set[tuple[str, str]]:
    return _refused_at(Official, document)


def test_official_rules_for_the_fallback_and_acting_for() -> None:
    budi = {"name": "Budi", "position": "regional_secretary"}
    assert _official_refused({"name": "Budi", "position": "other"}) == {("$.position_as_written", "invariant")}
    assert _official_refused({**budi, "position_as_written": "Sekda"}) == {("$.position_as_written", "invariant")}
    assert _official_refused({**budi, "position_level": "province"}) == {("$.position_level", "invariant")}
    other = {"position": "other", "position_as_written": "Kepala UPT", "position_level": "district"}
    placed = {**other, "jurisdiction": "Pasuruan", "region": "35.75"}
    assert _official_refused({"name": "Budi", **placed}) == {("$.region", "invariant")}
    assert _official_refused({**budi, "on_behalf_of": budi}) == {("$.on_behalf_of", "invariant")}
    office = {"position": "regional_secretary"}
    assert _official_refused({**budi, "on_behalf_of": office}) == {("$.on_behalf_of", "invariant")}
    nested = {"position": "regent", "on_behalf_of": {"position": "governor"}}
    assert _official_refused({**budi, "on_behalf_of": nested}) == {("$.on_behalf_of.on_behalf_of", "invariant")}
    regent = Official(position=Position.REGENT, jurisdiction="Pasuruan")
    assert str(Official(name=PersonName("Budi"), position=Position.REGIONAL_SECRETARY, on_behalf_of=regent))


@given(officials())
def test_officials_with_every_new_part_round_trip_and_validate(official: Official) -> None:
    assert from_json(to_json(official), Official) == official
    jsonschema.validate(json.loads(to_json(official)), _schema(Official))


# ---------------------------------------------------------------------------
# The portal's own rows load, with the gap visible


def test_a_portal_activity_without_place_target_groups_or_agencies_loads_with_its_gaps() -> None:
    from kampungkb.kampung import Activity

    row = {"title": "Kerja bakti", "date": "2017-05-02", "section": "environmental", "post_kind": "activity"}
    activity = from_dict(row, Activity)
    assert activity.gaps == ("place", "description", "target_groups", "agencies")
    assert from_json(to_json(activity), Activity) == activity
    jsonschema.validate(json.loads(to_json(activity)), _schema(Activity))
    assert _refused_at(Activity, {**row, "place": ""}) == {("$.place", "constraint")}


def test_a_portal_pokja_with_zero_members_loads_with_its_gap() -> None:
    from kampungkb.kampung import Pokja

    pokja = from_dict({"exists": True, "trained": True, "training_description": "Orientasi"}, Pokja)
    assert pokja.gaps == ("member_count", "trained_count")
    assert _refused_at(Pokja, {"exists": True, "member_count": 2, "trained_count": 3}) == {
        ("$.trained_count", "invariant")
    }


# ---------------------------------------------------------------------------
# suggest_kegiatan is not swayed by the programme's own name


@pytest.mark.parametrize(
    "title",
    ["Kampung KB", "Kampung Keluarga Berkualitas", "KAMPUNG KELUARGA BERENCANA", "Rapat Pokja Kampung KB Melati"],
)
def test_the_programme_name_alone_suggests_nothing(title: str) -> None:
    from kampungkb.kampung import suggest_kegiatan

    assert [k.id for k, _ in suggest_kegiatan(title, village="Melati")] == [
        k.id for k, _ in suggest_kegiatan(title.replace("Kampung KB", "").replace("Melati", ""))
    ]
    assert suggest_kegiatan("Kampung KB") == []
    assert suggest_kegiatan("Kampung Keluarga Berkualitas") == []


@pytest.mark.parametrize(
    ("title", "village", "bare", "best"),
    [
        ("Posyandu balita di Kampung KB Sehat Sejahtera", "Sehat Sejahtera", "Posyandu balita di", "K18"),
        (
            "Kampung Keluarga Berkualitas Melati: kelas BKB pola asuh",
            "Kampung KB Melati",
            "kelas BKB pola asuh",
            "K5",
        ),
        ("Penyuluhan KB MOW di Kampung KB Keluarga Sehat", "Keluarga Sehat", "Penyuluhan KB MOW di", "K19"),
    ],
)
def test_the_village_name_does_not_decide(title: str, village: str, bare: str, best: str) -> None:
    """The programme's name and the village's words score nothing: the suggestions are those of the rest."""
    from kampungkb.kampung import suggest_kegiatan

    assert suggest_kegiatan(title, village=village)[0][0].id == best
    assert suggest_kegiatan(title, village=village) == suggest_kegiatan(bare)


def test_ties_are_broken_by_keyword_points_then_name_points_then_tree_order() -> None:
    """'penyuluhan kader': K15 and K11 both score 6; K15's six points are all keywords (penyuluhan, kader),
    K11's are 3 from a keyword, 2 from its name and 1 from its indicator — K15 comes first though K11 is
    earlier in the tree."""
    from kampungkb.kampung import suggest_kegiatan

    found = [(k.id, s) for k, s in suggest_kegiatan("penyuluhan kader", limit=2)]
    assert found == [("K15", 6), ("K11", 6)]


def test_a_village_that_is_not_text_is_refused() -> None:
    from kampungkb.kampung import suggest_kegiatan

    with pytest.raises(ValidationError) as caught:
        suggest_kegiatan("Posyandu", village=5)  # type: ignore[arg-type]
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.village", "type")]


def test_a_term_known_by_its_years_is_recorded_as_stated() -> None:
    """'Bupati periode 2021–2026': the term's years, no days; an end certainly before the start is refused."""
    regent = Official(
        position=Position.REGENT, jurisdiction="Pasuruan", term_start=PartialDate(2021), term_end=PartialDate(2026)
    )
    assert to_dict(regent)["term_start"] == "2021"
    assert from_json(to_json(regent), Official) == regent
    same_year = {"position": "regent", "term_start": "2021-02", "term_end": "2021"}
    assert from_dict(same_year, Official).term_end == PartialDate(2021)  # the year may hold a later day
    assert _refused_at(Official, {"position": "regent", "term_start": "2021-02", "term_end": "2021-01"}) == {
        ("$.term_end", "invariant")
    }


def test_a_kampung_launched_in_a_year_is_checked_in_that_year_s_edition() -> None:
    """check_places dates a launch known only by its year (or month) by its first possible day."""
    from kampungkb.regions import Location, RegionCode, check_places

    kampung = KampungKB(
        name="Melati", location=Location(code=RegionCode("92.01.01.1001")), launch_date=PartialDate(2020)
    )
    assert (
        check_places(kampung).edition
        == check_places(
            KampungKB(name="Melati", location=kampung.location, launch_date=PartialDate(2020, 1, 1))
        ).edition
    )
