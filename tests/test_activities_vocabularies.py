"""The activity and Inpres vocabularies match the portal's seeded lists exactly, and their data files the enums."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from kampungkb.errors import ValidationError
from kampungkb.kampung import (
    ActivitySection,
    Agency,
    FamilyFunction,
    ImageKind,
    Ministry,
    PortalEnum,
    PostKind,
    TargetGroup,
    portal_keywords,
)

# The portal's seeded lists, (id, name), as portal-data-model.md §2 gives them.
PORTAL_LISTS: dict[type[PortalEnum], list[tuple[int, str]]] = {
    TargetGroup: [
        (1, "Seluruh Penduduk"),
        (2, "PUS"),
        (3, "Remaja"),
        (4, "Lansia"),
        (5, "Balita"),
        (6, "Keluarga yang memiliki Balita"),
        (7, "Keluarga yang memiliki Remaja"),
        (8, "Keluarga yang memiliki Lansia"),
        (9, "Lainnya"),
    ],
    Agency: [
        (1, "Dinas Perhubungan"),
        (2, "Dinas Kelautan dan Perikanan"),
        (3, "Dinas Pariwisata"),
        (4, "Dinas Energi dan Sumber Daya Mineral"),
        (5, "Dinas Dukcapil"),
        (6, "TNI – POLRI"),
        (7, "Kanwil Kementerian Hukum dan HAM"),
        (8, "Dinas Kominfo"),
        (9, "BUMN dan BUMD"),
        (10, "Dinas Koperasi"),
        (11, "Dinas Perindustrian"),
        (12, "Dinas Perdagangan"),
        (13, "Dinas Pertanian"),
        (14, "Dinas Ketenagakerjaan"),
        (15, "Dinas Pekerjaan Umum dan Perumahan Rakyat"),
        (16, "Dinas Kehutanan dan Lingkungan Hidup"),
        (17, "Dinas Bina Marga dan Penataan Ruang"),
        (18, "Kanwil Kementrian Agama"),
        (19, "Dinas Kesehatan"),
        (20, "Dinas Sosial"),
        (21, "Dinas PP dan PA"),
        (22, "Dinas Pendidikan"),
        (23, "Dinas Pemuda dan Olahraga"),
        (24, "Dinas Pemberdayaan dan Masyarakat Desa"),
        (25, "Pemerintahan Daerah"),
        (26, "OPD Pengendalian Penduduk dan KB"),
        (27, "Pemerintahan Desa/Lurah"),
        (28, "Lembaga Pendidikan"),
        (29, "Swasta/Perusahaan"),
        (30, "Puskesmas"),
        (31, "Rumah Sakit/Klinik"),
        (32, "Komponen Masyarakat Kampung KB"),
        (33, "BPS"),
        (34, "Perwakilan BKKBN"),
        (35, "Dinas Ketahanan Pangan"),
        (36, "Dinas Peternakan dan Kesehatan Hewan"),
        (37, "Lainnya"),
    ],
    ActivitySection: [
        (1, "Keagamaan"),
        (2, "Pendidikan"),
        (3, "Reproduksi"),
        (4, "Ekonomi"),
        (5, "Perlindungan"),
        (6, "Kasih Sayang"),
        (7, "Sosial Budaya"),
        (8, "Pembinaan Lingkungan"),
        (9, "Lainnya"),
    ],
    PostKind: [(1, "Sebelum - Sesudah"), (2, "Kegiatan")],
    ImageKind: [(1, "Kegiatan"), (2, "Sebelum"), (3, "Sesudah")],
    Ministry: [
        (1, "Badan Kependudukan dan Keluarga Berencana Nasional"),
        (2, "Kementerian Dalam Negeri"),
        (3, "Kementerian Kesehatan"),
        (4, "Kementerian Agama"),
        (5, "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak"),
        (6, "Kementerian Sosial"),
        (7, "Pemda Kab/Kota"),
        (8, "Kementerian Pendidikan dan Kebudayaan"),
        (9, "Pemerintah Daerah Kabupaten/Kota"),
        (10, "Kementerian Koperasi dan UKM"),
        (11, "Pemerintah Provinsi"),
        (12, "Kementerian Kelautan dan Perikanan"),
        (13, "Pemerintah Daerah"),
        (14, "Kementerian Pekerjaan Umum dan Perumahan Rakyat"),
    ],
}

DATA_FILES: dict[type[PortalEnum], tuple[str, str]] = {
    TargetGroup: ("sasaran", "items"),
    Agency: ("instansi", "items"),
    ActivitySection: ("kategori", "items"),
    PostKind: ("jenis_post", "post_kinds"),
    ImageKind: ("jenis_post", "image_kinds"),
    Ministry: ("kementerian", "items"),
}


def _data(name: str) -> dict[str, Any]:
    text = resources.files("kampungkb").joinpath("data", "kampung", f"{name}.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@pytest.mark.parametrize("vocabulary", list(PORTAL_LISTS), ids=lambda v: v.__name__)
def test_vocabulary_matches_the_portals_seeded_list(vocabulary: type[PortalEnum]) -> None:
    """Each member has the portal's id and its name verbatim, in the portal's order, and nothing is missing."""
    assert [(member.portal_id, member.label) for member in vocabulary] == PORTAL_LISTS[vocabulary]


@pytest.mark.parametrize("vocabulary", list(DATA_FILES), ids=lambda v: v.__name__)
def test_data_file_rows_match_the_enum(vocabulary: type[PortalEnum]) -> None:
    """The data file lists the enum's codes, in order, and leaves ids and labels to the enum."""
    file, section = DATA_FILES[vocabulary]
    rows = _data(file)[section]
    assert [row["code"] for row in rows] == [member.code for member in vocabulary]
    assert not [row for row in rows if {"label", "portal_id"} & set(row)]


@pytest.mark.parametrize("name", ["sasaran", "instansi", "kategori", "jenis_post", "kementerian", "keywords"])
def test_each_data_file_cites_the_portal_seeder_it_comes_from(name: str) -> None:
    """Every data file has a _source naming the portal's repository, commit and seeder file."""
    source = _data(name)["_source"]
    assert source["summary"]
    paths = [entry["path"] for entry in source["sources"]]
    assert any(path.startswith("database/seeds/") and path.endswith("Seeder.php") for path in paths)
    assert all(entry["commit"] == "b1229f7" for entry in source["sources"])


def test_the_37_agencies_and_their_portal_aliases() -> None:
    """Instansi has 37 entries; aliases are the portal's, typos included, and unique."""
    assert len(Agency) == 37
    aliases = [agency.portal_alias for agency in Agency]
    assert len(set(aliases)) == 37
    assert Agency.YOUTH_SPORTS_OFFICE.portal_alias == "dinas_olagraga"
    assert Agency.FAMILY_PLANNING_OFFICE.portal_alias == "odp_ppkb"
    assert Agency.VILLAGE_GOVERNMENT.portal_alias == "pemerindah_desa"


def test_programme_agencies_are_opd_kb_and_perwakilan_bkkbn() -> None:
    """Exactly the agencies 26 and 34 are the programme's own (those the lintas-sektor query means to leave out)."""
    assert sorted(agency.portal_id for agency in Agency if agency.is_programme_agency) == [26, 34]


def test_sections_are_the_eight_family_functions_plus_lainnya() -> None:
    """Every family function has exactly one section with its code; Lainnya has none."""
    functions = [section.family_function for section in ActivitySection]
    assert functions.count(None) == 1
    assert ActivitySection.OTHER.family_function is None
    assert {f for f in functions if f is not None} == set(FamilyFunction)
    for function in FamilyFunction:
        assert ActivitySection.for_function(function).code == function.code


def test_section_descriptions_are_the_portals() -> None:
    """The portal describes each section as "Seksi <name>", and Lainnya with the empty string."""
    for section in ActivitySection:
        expected = "" if section is ActivitySection.OTHER else f"Seksi {section.label}"
        assert section.portal_description == expected


def test_image_kinds_belong_to_their_post_kind() -> None:
    """Kegiatan images belong to Kegiatan posts; Sebelum and Sesudah images to Sebelum - Sesudah posts."""
    assert PostKind.ACTIVITY.image_kinds == (ImageKind.ACTIVITY,)
    assert PostKind.BEFORE_AFTER.image_kinds == (ImageKind.BEFORE, ImageKind.AFTER)
    assert {kind.post_kind for kind in ImageKind} == set(PostKind)


def test_the_portals_keyword_table() -> None:
    """The keyword table has 154 distinct words in id order, from 'rumah' to 'KPM'; no multi-word keyword."""
    words = portal_keywords()
    assert len(words) == 154 == len(set(words))
    assert words[:3] == ("rumah", "data", "pengumpulan")
    assert words[-3:] == ("spiral", "PKH", "KPM")
    assert all(" " not in word for word in words)
    assert {"olah", "raga", "air", "gangguan", "jiwa", "sekolah", "minggu"} <= set(words)


@pytest.mark.parametrize(
    ("vocabulary", "label", "member"),
    [
        (Agency, "Dinas Kesehatan", Agency.HEALTH_OFFICE),
        (Agency, "TNI – POLRI", Agency.MILITARY_POLICE),
        (Agency, "Lainnya", Agency.OTHER),
        (TargetGroup, "Keluarga yang memiliki Balita", TargetGroup.FAMILIES_WITH_UNDER_FIVES),
        (TargetGroup, "PUS", TargetGroup.COUPLES_OF_CHILDBEARING_AGE),
        (ActivitySection, "Kasih Sayang", ActivitySection.LOVE),
        (PostKind, "Sebelum - Sesudah", PostKind.BEFORE_AFTER),
        (Ministry, "Kementerian Koperasi dan UKM", Ministry.COOPERATIVES_SMES),
    ],
)
def test_portal_labels_are_read_back(vocabulary: type[PortalEnum], label: str, member: PortalEnum) -> None:
    """A value exported by the portal, by its label, is read back to the right member."""
    assert vocabulary.from_portal_label(label) is member


@pytest.mark.parametrize(
    ("vocabulary", "portal_id", "member"),
    [
        (Agency, 37, Agency.OTHER),
        (Agency, 26, Agency.FAMILY_PLANNING_OFFICE),
        (TargetGroup, 9, TargetGroup.OTHER),
        (ActivitySection, 8, ActivitySection.ENVIRONMENTAL),
        (PostKind, 1, PostKind.BEFORE_AFTER),
        (ImageKind, 3, ImageKind.AFTER),
        (Ministry, 14, Ministry.PUBLIC_WORKS_HOUSING),
    ],
)
def test_portal_ids_are_read_back(vocabulary: type[PortalEnum], portal_id: int, member: PortalEnum) -> None:
    """A value exported by the portal, by its id, is read back to the right member."""
    assert vocabulary.from_portal_id(portal_id) is member


@pytest.mark.parametrize(("vocabulary", "bad"), [(Agency, 38), (Agency, 0), (TargetGroup, 10), (Ministry, "1")])
def test_unknown_portal_ids_are_rejected(vocabulary: type[PortalEnum], bad: object) -> None:
    """An id the portal never seeded (or not an integer) is a ValidationError, not a KeyError."""
    with pytest.raises(ValidationError) as caught:
        vocabulary.from_portal_id(bad)
    assert caught.value.errors[0].code in {"invalid_value", "type"}
