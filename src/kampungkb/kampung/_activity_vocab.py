"""The vocabularies of an activity (*intervensi*) and of the Inpres 3/2022 tree, with the portal's ids.

Each list the national Kampung KB portal seeds for its activities is an
enumeration: ``code`` is our stable code, ``label`` the portal's Indonesian
wording (verbatim), ``portal_id`` the portal's row id::

>>> Agency.HEALTH_OFFICE.label, Agency.HEALTH_OFFICE.portal_id
('Dinas Kesehatan', 19)
>>> Agency.from_portal_id(26).portal_alias  # the portal's alias, typo kept
'odp_ppkb'
>>> ActivitySection.LOVE.family_function
<FamilyFunction.LOVE: 'love'>
>>> ImageKind.BEFORE.post_kind
<PostKind.BEFORE_AFTER: 'before_after'>

The facts behind each list (the portal seeder it comes from, aliases,
descriptions) live in ``kampungkb/data/kampung/*.json`` and are read on first use.
"""

from __future__ import annotations

from .._core import data_file, vocabulary
from ._activity_rules import expect_instance
from ._pokja import FamilyFunction
from ._vocab import PortalEnum

__all__ = [
    "ActivitySection",
    "Agency",
    "ImageKind",
    "Ministry",
    "PostKind",
    "TargetGroup",
    "portal_keywords",
]


@vocabulary("kampung", "sasaran")
class TargetGroup(PortalEnum):
    """Sasaran: who an activity is for (the portal's form calls them "Peserta Kegiatan").

    ``OTHER`` ("Lainnya") is how the portal stores a free-text target group;
    an :class:`~kampungkb.kampung.Activity` lists those texts in
    ``other_target_groups`` instead.

    >>> TargetGroup.COUPLES_OF_CHILDBEARING_AGE.label
    'PUS'
    >>> TargetGroup.from_portal_id(9)
    <TargetGroup.OTHER: 'other'>
    """

    ALL_RESIDENTS = "all_residents", "Seluruh Penduduk", 1
    COUPLES_OF_CHILDBEARING_AGE = "couples_of_childbearing_age", "PUS", 2
    ADOLESCENTS = "adolescents", "Remaja", 3
    ELDERLY = "elderly", "Lansia", 4
    UNDER_FIVES = "under_fives", "Balita", 5
    FAMILIES_WITH_UNDER_FIVES = "families_with_under_fives", "Keluarga yang memiliki Balita", 6
    FAMILIES_WITH_ADOLESCENTS = "families_with_adolescents", "Keluarga yang memiliki Remaja", 7
    FAMILIES_WITH_ELDERLY = "families_with_elderly", "Keluarga yang memiliki Lansia", 8
    OTHER = "other", "Lainnya", 9


@vocabulary("kampung", "instansi")
class Agency(PortalEnum):
    """Instansi: the portal's 37 agencies an activity can involve (its cross-sector partners).

    ``OTHER`` ("Lainnya", id 37) is how the portal stores a free-text agency;
    an :class:`~kampungkb.kampung.Activity` lists those texts in
    ``other_agencies`` instead. ``FAMILY_PLANNING_OFFICE`` (26) and
    ``BKKBN_REPRESENTATIVE`` (34) are the programme's own agencies, which the
    cross-sector indicator is meant to leave out.

    >>> Agency.MILITARY_POLICE.label
    'TNI – POLRI'
    >>> Agency.from_portal_label("Puskesmas")
    <Agency.PUSKESMAS: 'puskesmas'>
    >>> Agency.FAMILY_PLANNING_OFFICE.is_programme_agency, Agency.PUSKESMAS.is_programme_agency
    (True, False)
    """

    TRANSPORTATION_OFFICE = "transportation_office", "Dinas Perhubungan", 1
    MARINE_FISHERIES_OFFICE = "marine_fisheries_office", "Dinas Kelautan dan Perikanan", 2
    TOURISM_OFFICE = "tourism_office", "Dinas Pariwisata", 3
    ENERGY_MINERAL_RESOURCES_OFFICE = "energy_mineral_resources_office", "Dinas Energi dan Sumber Daya Mineral", 4
    CIVIL_REGISTRATION_OFFICE = "civil_registration_office", "Dinas Dukcapil", 5
    MILITARY_POLICE = "military_police", "TNI – POLRI", 6
    LAW_HUMAN_RIGHTS_REGIONAL_OFFICE = "law_human_rights_regional_office", "Kanwil Kementerian Hukum dan HAM", 7
    COMMUNICATION_INFORMATICS_OFFICE = "communication_informatics_office", "Dinas Kominfo", 8
    STATE_REGIONAL_ENTERPRISES = "state_regional_enterprises", "BUMN dan BUMD", 9
    COOPERATIVES_OFFICE = "cooperatives_office", "Dinas Koperasi", 10
    INDUSTRY_OFFICE = "industry_office", "Dinas Perindustrian", 11
    TRADE_OFFICE = "trade_office", "Dinas Perdagangan", 12
    AGRICULTURE_OFFICE = "agriculture_office", "Dinas Pertanian", 13
    MANPOWER_OFFICE = "manpower_office", "Dinas Ketenagakerjaan", 14
    PUBLIC_WORKS_HOUSING_OFFICE = "public_works_housing_office", "Dinas Pekerjaan Umum dan Perumahan Rakyat", 15
    FORESTRY_ENVIRONMENT_OFFICE = "forestry_environment_office", "Dinas Kehutanan dan Lingkungan Hidup", 16
    ROADS_SPATIAL_PLANNING_OFFICE = "roads_spatial_planning_office", "Dinas Bina Marga dan Penataan Ruang", 17
    RELIGIOUS_AFFAIRS_REGIONAL_OFFICE = "religious_affairs_regional_office", "Kanwil Kementrian Agama", 18
    HEALTH_OFFICE = "health_office", "Dinas Kesehatan", 19
    SOCIAL_AFFAIRS_OFFICE = "social_affairs_office", "Dinas Sosial", 20
    WOMEN_CHILD_PROTECTION_OFFICE = "women_child_protection_office", "Dinas PP dan PA", 21
    EDUCATION_OFFICE = "education_office", "Dinas Pendidikan", 22
    YOUTH_SPORTS_OFFICE = "youth_sports_office", "Dinas Pemuda dan Olahraga", 23
    VILLAGE_COMMUNITY_EMPOWERMENT_OFFICE = (
        "village_community_empowerment_office",
        "Dinas Pemberdayaan dan Masyarakat Desa",
        24,
    )
    REGIONAL_GOVERNMENT = "regional_government", "Pemerintahan Daerah", 25
    FAMILY_PLANNING_OFFICE = "family_planning_office", "OPD Pengendalian Penduduk dan KB", 26
    VILLAGE_GOVERNMENT = "village_government", "Pemerintahan Desa/Lurah", 27
    EDUCATIONAL_INSTITUTION = "educational_institution", "Lembaga Pendidikan", 28
    PRIVATE_COMPANY = "private_company", "Swasta/Perusahaan", 29
    PUSKESMAS = "puskesmas", "Puskesmas", 30
    HOSPITAL_CLINIC = "hospital_clinic", "Rumah Sakit/Klinik", 31
    KAMPUNG_KB_COMMUNITY = "kampung_kb_community", "Komponen Masyarakat Kampung KB", 32
    STATISTICS_BUREAU = "statistics_bureau", "BPS", 33
    BKKBN_REPRESENTATIVE = "bkkbn_representative", "Perwakilan BKKBN", 34
    FOOD_SECURITY_OFFICE = "food_security_office", "Dinas Ketahanan Pangan", 35
    LIVESTOCK_ANIMAL_HEALTH_OFFICE = "livestock_animal_health_office", "Dinas Peternakan dan Kesehatan Hewan", 36
    OTHER = "other", "Lainnya", 37

    @property
    def portal_alias(self) -> str:
        """The portal's alias for the agency, verbatim (``dinas_olagraga``, ``odp_ppkb`` … typos kept)."""
        return str(self._row["portal_alias"])

    @property
    def is_programme_agency(self) -> bool:
        """True for the family-planning programme's own agencies (OPD KB and Perwakilan BKKBN).

        The cross-sector (*lintas sektor*) indicator counts the other agencies.
        """
        return bool(self._row.get("programme_agency", False))


@vocabulary("kampung", "kategori")
class ActivitySection(PortalEnum):
    """The section (*Seksi Kegiatan*) an activity belongs to: one of the 8 family functions, or Lainnya.

    The codes of the eight functions are those of
    :class:`~kampungkb.kampung.FamilyFunction`; the labels and ids are the
    portal's (its order is not the order of PP 87/2014).

    >>> ActivitySection.RELIGIOUS.portal_id, ActivitySection.RELIGIOUS.label
    (1, 'Keagamaan')
    >>> ActivitySection.for_function(FamilyFunction.ENVIRONMENTAL)
    <ActivitySection.ENVIRONMENTAL: 'environmental'>
    >>> ActivitySection.OTHER.family_function is None
    True
    """

    RELIGIOUS = "religious", "Keagamaan", 1
    EDUCATION = "education", "Pendidikan", 2
    REPRODUCTION = "reproduction", "Reproduksi", 3
    ECONOMIC = "economic", "Ekonomi", 4
    PROTECTION = "protection", "Perlindungan", 5
    LOVE = "love", "Kasih Sayang", 6
    SOCIAL_CULTURAL = "social_cultural", "Sosial Budaya", 7
    ENVIRONMENTAL = "environmental", "Pembinaan Lingkungan", 8
    OTHER = "other", "Lainnya", 9

    @property
    def family_function(self) -> FamilyFunction | None:
        """The family function this section serves; None for Lainnya."""
        return None if self is ActivitySection.OTHER else FamilyFunction.from_code(self.code)

    @property
    def portal_description(self) -> str:
        """The portal's description ("Seksi Keagamaan" …; the empty string for Lainnya, as seeded)."""
        return str(self._row["portal_description"])

    @classmethod
    def for_function(cls, function: FamilyFunction) -> ActivitySection:
        """The section of a family function."""
        return cls.from_code(expect_instance(function, FamilyFunction, "a FamilyFunction").code)


@vocabulary("kampung", "jenis_post", "post_kinds")
class PostKind(PortalEnum):
    """Jenis post: an activity is posted either as a Kegiatan (captioned photos) or as Sebelum - Sesudah.

    >>> PostKind.from_portal_id(2)
    <PostKind.ACTIVITY: 'activity'>
    >>> PostKind.BEFORE_AFTER.image_kinds
    (<ImageKind.BEFORE: 'before'>, <ImageKind.AFTER: 'after'>)
    """

    BEFORE_AFTER = "before_after", "Sebelum - Sesudah", 1
    ACTIVITY = "activity", "Kegiatan", 2

    @property
    def image_kinds(self) -> tuple[ImageKind, ...]:
        """The image kinds a post of this kind may hold."""
        return tuple(kind for kind in ImageKind if kind.post_kind is self)


@vocabulary("kampung", "jenis_post", "image_kinds")
class ImageKind(PortalEnum):
    """The kind of an activity image; each belongs to one post kind.

    >>> ImageKind.ACTIVITY.post_kind
    <PostKind.ACTIVITY: 'activity'>
    """

    ACTIVITY = "activity", "Kegiatan", 1
    BEFORE = "before", "Sebelum", 2
    AFTER = "after", "Sesudah", 3

    @property
    def post_kind(self) -> PostKind:
        """The post kind an image of this kind belongs to."""
        return PostKind.from_code(self._row["post_kind"])


@vocabulary("kampung", "kementerian")
class Ministry(PortalEnum):
    """Kementerian: the ministry or government responsible (*penanggung jawab*) for an Inpres kegiatan.

    The portal seeds the regency/city government twice (ids 7 and 9, with
    different wording); both are kept because the ids are the portal's.

    >>> Ministry.from_portal_id(1).label
    'Badan Kependudukan dan Keluarga Berencana Nasional'
    >>> Ministry.PEMDA_REGENCY_CITY.label, Ministry.REGENCY_CITY_GOVERNMENT.label
    ('Pemda Kab/Kota', 'Pemerintah Daerah Kabupaten/Kota')
    """

    BKKBN = "bkkbn", "Badan Kependudukan dan Keluarga Berencana Nasional", 1
    HOME_AFFAIRS = "home_affairs", "Kementerian Dalam Negeri", 2
    HEALTH = "health", "Kementerian Kesehatan", 3
    RELIGIOUS_AFFAIRS = "religious_affairs", "Kementerian Agama", 4
    WOMEN_EMPOWERMENT_CHILD_PROTECTION = (
        "women_empowerment_child_protection",
        "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak",
        5,
    )
    SOCIAL_AFFAIRS = "social_affairs", "Kementerian Sosial", 6
    PEMDA_REGENCY_CITY = "pemda_regency_city", "Pemda Kab/Kota", 7
    EDUCATION_CULTURE = "education_culture", "Kementerian Pendidikan dan Kebudayaan", 8
    REGENCY_CITY_GOVERNMENT = "regency_city_government", "Pemerintah Daerah Kabupaten/Kota", 9
    COOPERATIVES_SMES = "cooperatives_smes", "Kementerian Koperasi dan UKM", 10
    PROVINCIAL_GOVERNMENT = "provincial_government", "Pemerintah Provinsi", 11
    MARINE_AFFAIRS_FISHERIES = "marine_affairs_fisheries", "Kementerian Kelautan dan Perikanan", 12
    REGIONAL_GOVERNMENT = "regional_government", "Pemerintah Daerah", 13
    PUBLIC_WORKS_HOUSING = "public_works_housing", "Kementerian Pekerjaan Umum dan Perumahan Rakyat", 14


def portal_keywords() -> tuple[str, ...]:
    """The portal's keyword table: 154 words in id order (id = position + 1), verbatim.

    The portal links Inpres kegiatan (and agencies) to these words; a keyword
    the Inpres seeder names but this table lacks (the multi-word ones such as
    "olah raga") is not linked in the portal's database.

    >>> words = portal_keywords()
    >>> len(words), words[0], words[-1]
    (154, 'rumah', 'KPM')
    """
    return tuple(str(word) for word in data_file("kampung", "keywords")["items"])
