"""The Kampung KB vocabularies match the portal's seeded lists exactly, and their data files match the enums."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from kampungkb._core import CodedEnum
from kampungkb.errors import ValidationError
from kampungkb.kampung import (
    AgeBand,
    AreaCriterion,
    ContraceptiveMethod,
    CoverageLevel,
    DataUse,
    FamilyCount,
    Frequency,
    FundingSource,
    KampungClass,
    MainCriterion,
    NonUseReason,
    OperationalMechanism,
    PlkbSupervisorKind,
    Poktan,
    PortalCriterion,
    PortalEnum,
    RegulationLevel,
    Sex,
    SpecialCriterion,
)

# The portal's seeded lists, (id, name), as portal-data-model.md §2 gives them.
PORTAL_LISTS: dict[type[PortalEnum], list[tuple[int, str]]] = {
    PortalCriterion: [(1, "Kriteria 1"), (2, "Kriteria 2"), (3, "Kriteria 3"), (4, "Lainnya")],
    OperationalMechanism: [
        (1, "Rapat perencanaan kegiatan"),
        (2, "Rapat koordinasi dengan dinas/instansi terkait pendukung kegiatan"),
        (3, "Sosialisasi Kegiatan"),
        (4, "Monitoring dan Evaluasi Kegiatan"),
        (5, "Penyusunan Laporan"),
    ],
    Frequency: [(1, "Mingguan"), (2, "Bulanan"), (3, "Tahunan"), (4, "Semesteran"), (5, "Triwulan"), (6, "Lainnya")],
    PlkbSupervisorKind: [
        (1, "Kader"),
        (2, "Ketua RT/RW"),
        (3, "Perangkat Desa/Kelurahan"),
        (4, "PKK"),
        (5, "Toga/ Toma"),
        (6, "OPDKB Kab/kota"),
        (7, "Perwakilan BKKBN Prov"),
        (8, "PLKB Non PNS"),
        (9, "Lainnya"),
    ],
    RegulationLevel: [
        (1, "Surat Keputusan/Instruksi/Surat Edaran dari Gubernur"),
        (2, "Surat Keputusan/Instruksi/Surat Edaran dari Bupati/Walikota"),
        (3, "SK Kecamatan tentang Kampung KB"),
        (4, "SK Kepala Desa/Lurah tentang Kampung KB"),
    ],
    DataUse: [
        (1, "PK dan Pemutahiran Data"),
        (2, "Data Rutin BKKBN"),
        (3, "Potensi Desa"),
        (4, "Data Sektoral"),
        (5, "Lainnya"),
    ],
    AgeBand: [
        (1, "0 - 4 Tahun"),
        (2, "5 - 9 Tahun"),
        (3, "10 - 14 Tahun"),
        (4, "15 - 19 Tahun"),
        (5, "20 - 24 Tahun"),
        (6, "25 - 29 Tahun"),
        (7, "30 - 34 Tahun"),
        (8, "35 - 39 Tahun"),
        (9, "40 - 44 Tahun"),
        (10, "45 - 49 Tahun"),
        (11, "50 - 54 Tahun"),
        (12, "55 - 59 Tahun"),
        (13, "60 - 64 Tahun"),
        (14, "65 - 69 Tahun"),
        (15, "70 - 74 Tahun"),
        (16, "75+ Tahun"),
    ],
    FamilyCount: [
        (1, "Pasangan Usia Subur"),
        (2, "Jumlah Keluarga"),
        (3, "Jumlah Remaja"),
        (4, "Keluarga yang Memiliki Balita"),
        (5, "Keluarga yang Memiliki Remaja"),
        (6, "Keluarga yang Memiliki Lansia"),
    ],
    ContraceptiveMethod: [
        (1, "IUD"),
        (2, "MOW"),
        (3, "MOP"),
        (4, "Kondom"),
        (5, "Implan"),
        (6, "Suntik"),
        (7, "PIL"),
    ],
    NonUseReason: [
        (1, "Karena Hamil"),
        (2, "Karena Ingin Anak Segera"),
        (3, "Ingin Anak Kemudian/Ingin Anak Tunda (IAT)"),
        (4, "Tidak Ingin Anak Lagi"),
    ],
}

# §2.3: the "Poktan" programme group, (id, name, description as updated).
PORTAL_POKTAN = [
    (1, "BKB", "Bina Keluarga Balita (BKB)"),
    (2, "BKR", "Bina Keluarga Remaja (BKR)"),
    (3, "BKL", "Bina Keluarga Lansia (BKL)"),
    (4, "UPPKA", "Usaha Peningkatan Pendapatan Keluarga Akseptor (UPPKA)"),
    (5, "PIK R", "Pusat Informasi dan Konseling Remaja (PIK R)"),
    (6, "Sekretariat KKB", "Sekretariat Kampung KB"),
    (7, "Rumah Dataku", "Rumah Data Kependudukan Kampung KB"),
]

# §2.4: funding sources are keyed by label.
PORTAL_FUNDING_LABELS = [
    "APBN",
    "APBD",
    "Dana Desa",
    "Donasi/ Hibah Masyarakat",
    "Perusahaan (CSR)",
    "Swadaya Masyarakat",
]

ALL_VOCABULARIES: list[type[CodedEnum]] = [
    *PORTAL_LISTS,
    Poktan,
    FundingSource,
    KampungClass,
    MainCriterion,
    AreaCriterion,
    SpecialCriterion,
    Sex,
    CoverageLevel,
]

DATA_FILES = {
    PortalCriterion: ("criteria", "portal"),
    MainCriterion: ("criteria", "main"),
    AreaCriterion: ("criteria", "area"),
    SpecialCriterion: ("criteria", "special"),
    KampungClass: ("kampung_classes", "items"),
    Poktan: ("poktan", "items"),
    FundingSource: ("funding_sources", "items"),
    OperationalMechanism: ("operational_mechanisms", "items"),
    Frequency: ("frequencies", "items"),
    PlkbSupervisorKind: ("plkb_supervisors", "items"),
    RegulationLevel: ("regulation_levels", "items"),
    DataUse: ("data_uses", "items"),
    AgeBand: ("age_bands", "items"),
    Sex: ("sexes", "items"),
    FamilyCount: ("family_counts", "items"),
    ContraceptiveMethod: ("contraceptive_methods", "items"),
    NonUseReason: ("non_use_reasons", "items"),
    CoverageLevel: ("coverage_levels", "items"),
}


def _data(file: str) -> dict[str, Any]:
    text = resources.files("kampungkb").joinpath("data", "kampung", f"{file}.json").read_text("utf-8")
    return dict(json.loads(text))


@pytest.mark.parametrize("vocabulary", list(PORTAL_LISTS), ids=lambda v: v.__name__)
def test_portal_list_matches_the_seeder(vocabulary: type[PortalEnum]) -> None:
    """Each vocabulary holds the portal's seeded rows, in id order, with the portal's names verbatim."""
    assert [(member.portal_id, member.portal_label) for member in vocabulary] == PORTAL_LISTS[vocabulary]


def test_poktan_matches_the_portal_poktan_group_plus_two_additions() -> None:
    """Poktan 1-7 are the portal's 'Poktan' group; Posyandu and Dashat have no portal id."""
    in_portal = [(p.portal_id, p.portal_label, p.label) for p in Poktan if p.portal_id is not None]
    assert in_portal == PORTAL_POKTAN
    assert [p for p in Poktan if p.portal_id is None] == [Poktan.POSYANDU, Poktan.DASHAT]
    assert all(p.in_profile_report == (p.portal_id is not None) for p in Poktan)


def test_funding_sources_are_keyed_by_label_only() -> None:
    """Funding sources carry the seeder's labels and no portal id, because the portal's ids conflict."""
    assert [f.label for f in FundingSource] == PORTAL_FUNDING_LABELS
    assert all(f.portal_id is None for f in FundingSource)
    with pytest.raises(ValidationError) as caught:
        FundingSource.from_portal_id(1)
    assert "by label" in caught.value.errors[0].message


@pytest.mark.parametrize("vocabulary", ALL_VOCABULARIES, ids=lambda v: v.__name__)
def test_enum_matches_its_data_file_exactly(vocabulary: type[CodedEnum]) -> None:
    """The data file's rows are the enum's codes, in order; labels and portal ids are written
    once, in the enum, so no row repeats them."""
    file, section = DATA_FILES[vocabulary]
    rows = _data(file)[section]
    assert [row["code"] for row in rows] == [m.code for m in vocabulary]
    assert not [row for row in rows if {"label", "portal_id"} & set(row)]


@pytest.mark.parametrize("file", sorted({file for file, _ in DATA_FILES.values()}))
def test_every_data_file_cites_its_sources(file: str) -> None:
    """Each data file has a _source header naming at least one source and a confidence for each."""
    header = _data(file)["_source"]
    assert header["summary"]
    assert header["sources"]
    assert all(source["confidence"] in {"CONFIRMED", "CORROBORATED", "INFERRED"} for source in header["sources"])


def test_subsets_and_maps_match_the_portal() -> None:
    """MKJP, unmet need, the KKBPK poktan, their family caps and the frequency display order are the portal's."""
    assert {m.portal_id for m in ContraceptiveMethod if m.is_long_acting} == {1, 2, 3, 5}
    assert {r.portal_id for r in NonUseReason if r.is_unmet_need} == {3, 4}
    caps = {p.portal_id: p.family_denominator.portal_id for p in Poktan if p.family_denominator is not None}
    assert caps == {1: 4, 2: 5, 3: 6, 4: 2, 5: 3}
    assert [p.portal_id for p in Poktan if p.in_family_planning_report] == [1, 2, 3, 4, 5]
    assert [p for p in Poktan if p.is_facility] == [Poktan.SECRETARIAT, Poktan.RUMAH_DATAKU]
    assert [f.portal_id for f in Frequency.in_display_order()] == [1, 2, 5, 4, 3, 6]
    assert [c.level for c in KampungClass] == [1, 2, 3, 4]


def test_age_bands_tile_every_age() -> None:
    """The 16 bands are contiguous five-year bands from 0, the last one open-ended."""
    assert [(b.start, b.end) for b in AgeBand] == [(s, s + 4) for s in range(0, 75, 5)] + [(75, None)]
    assert AgeBand.for_age(0) is AgeBand.AGE_0_4
    assert AgeBand.for_age(74) is AgeBand.AGE_70_74
    assert AgeBand.for_age(120) is AgeBand.AGE_75_PLUS


@pytest.mark.parametrize(("age", "code"), [(-1, "constraint"), ("5", "type"), (True, "type"), (4.0, "type")])
def test_for_age_rejects_what_is_not_an_age(age: object, code: str) -> None:
    """AgeBand.for_age rejects a negative or non-integer age with a located error."""
    with pytest.raises(ValidationError) as caught:
        AgeBand.for_age(age)
    assert caught.value.errors[0].code == code


def test_criteria_map_onto_the_portal_boxes() -> None:
    """Main criteria map onto Kriteria 1/2, every area kind onto Kriteria 3, special criteria onto Lainnya."""
    assert MainCriterion.FP_PARTICIPANTS_BELOW_AVERAGE.portal_criterion is PortalCriterion.CRITERION_1
    assert MainCriterion.POOR_FAMILIES_ABOVE_AVERAGE.portal_criterion is PortalCriterion.CRITERION_2
    assert {a.portal_criterion for a in AreaCriterion} == {PortalCriterion.CRITERION_3}
    assert {s.portal_criterion for s in SpecialCriterion} == {PortalCriterion.OTHER}
    assert len(AreaCriterion) == 10


@pytest.mark.parametrize(
    ("spelling", "poktan"),
    [
        ("BKB", Poktan.BKB),
        ("Bina Keluarga Remaja", Poktan.BKR),
        ("bkl", Poktan.BKL),
        ("UPPKA", Poktan.UPPKA),
        ("UPPKS", Poktan.UPPKA),
        ("UPPK", Poktan.UPPKA),
        ("PIK-R", Poktan.PIK_R),
        ("PIK R", Poktan.PIK_R),
        ("PIK Remaja", Poktan.PIK_R),
        ("PIKR", Poktan.PIK_R),
        ("Sekretariat KKB", Poktan.SECRETARIAT),
        ("Sekretariat Kampung KB", Poktan.SECRETARIAT),
        ("Rumah DataKu", Poktan.RUMAH_DATAKU),
        ("Rumah Dataku", Poktan.RUMAH_DATAKU),
        ("RDK", Poktan.RUMAH_DATAKU),
        ("Rumah Data Kependudukan dan Informasi Keluarga", Poktan.RUMAH_DATAKU),
        ("Posyandu", Poktan.POSYANDU),
        ("Dashat", Poktan.DASHAT),
        ("DASHAT", Poktan.DASHAT),
    ],
)
def test_real_world_poktan_spellings(spelling: str, poktan: Poktan) -> None:
    """Names seen in the sources resolve to their poktan, former names included."""
    assert Poktan.from_name(spelling) is poktan


@pytest.mark.parametrize(("value", "code"), [("Karang Taruna", "invalid_value"), (None, "type"), (1, "type")])
def test_unknown_poktan_names_are_rejected(value: object, code: str) -> None:
    """A name that is no poktan, or not text, is a located error."""
    with pytest.raises(ValidationError) as caught:
        Poktan.from_name(value)
    assert caught.value.errors[0].code == code


@pytest.mark.parametrize(
    ("portal_code", "sex"),
    [("P", Sex.MALE), ("W", Sex.FEMALE)],
)
def test_portal_sex_codes(portal_code: str, sex: Sex) -> None:
    """The portal's P is pria (male) and W is wanita (female)."""
    assert Sex.from_portal_code(portal_code) is sex
    assert sex.portal_code == portal_code


@pytest.mark.parametrize(("value", "code"), [("L", "invalid_value"), ("p", "invalid_value"), (1, "type")])
def test_other_sex_codes_are_rejected(value: object, code: str) -> None:
    """L (the common code for male), lower case and non-text are not portal sex codes."""
    with pytest.raises(ValidationError) as caught:
        Sex.from_portal_code(value)
    assert caught.value.errors[0].code == code


@pytest.mark.parametrize(("value", "code"), [(0, "invalid_value"), (True, "type"), ("1", "type")])
def test_from_portal_id_rejects_bad_ids(value: object, code: str) -> None:
    """An unknown id, a boolean or a string is not a portal id."""
    with pytest.raises(ValidationError) as caught:
        AgeBand.from_portal_id(value)
    assert caught.value.errors[0].code == code


def test_from_portal_label_is_exact() -> None:
    """Portal labels match exactly; a near miss is rejected and non-text is a type error."""
    assert NonUseReason.from_portal_label("Tidak Ingin Anak Lagi") is NonUseReason.WANTS_NO_MORE_CHILDREN
    with pytest.raises(ValidationError, match="invalid_value"):
        NonUseReason.from_portal_label("tidak ingin anak lagi")
    with pytest.raises(ValidationError, match="type"):
        NonUseReason.from_portal_label(4)
