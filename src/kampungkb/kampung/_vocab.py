"""The vocabularies of a Kampung KB record, with the national portal's ids.

Every list the national Kampung KB portal (kampungkb.bkkbn.go.id) seeds into
its database is an enumeration here: the member's ``code`` is our stable code,
its ``label`` the portal's Indonesian wording (verbatim, typos included), and
``portal_id`` the row id the portal gives it::

    >>> ContraceptiveMethod.IMPLANT.label, ContraceptiveMethod.IMPLANT.portal_id
    ('Implan', 5)
    >>> ContraceptiveMethod.from_portal_id(5)
    <ContraceptiveMethod.IMPLANT: 'implant'>
    >>> [m.code for m in ContraceptiveMethod if m.is_long_acting]
    ['iud', 'tubectomy', 'vasectomy', 'implant']

The facts behind each list (the portal file it was seeded from, descriptions,
age limits, display orders, subsets) live in ``kampungkb/data/kampung/*.json``
and are read on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from .._core import CodedEnum, describe, lazy_pattern, row_of, vocabulary, with_article
from ..errors import ErrorCode, ValidationError

__all__ = [
    "AgeBand",
    "AreaCriterion",
    "ContraceptiveMethod",
    "CoverageLevel",
    "DataUse",
    "FamilyCount",
    "Frequency",
    "FundingSource",
    "KampungClass",
    "MainCriterion",
    "NonUseReason",
    "OperationalMechanism",
    "PlkbSupervisorKind",
    "Poktan",
    "PortalCriterion",
    "PortalEnum",
    "ProgrammeCriterion",
    "RegulationLevel",
    "Sex",
    "SpecialCriterion",
]


class PortalEnum(CodedEnum):
    """A vocabulary the national portal seeds: code, Indonesian label and the portal's row id.

    Members are declared as ``NAME = "code", "Label", portal_id``; ``portal_id``
    is None for a value the portal does not have (or whose id is unreliable).

    >>> FamilyCount.from_portal_id(1)
    <FamilyCount.COUPLES_OF_CHILDBEARING_AGE: 'couples_of_childbearing_age'>
    >>> FamilyCount.from_portal_label("Jumlah Remaja")
    <FamilyCount.ADOLESCENTS: 'adolescents'>
    """

    portal_id: int | None

    def __init__(self, code: str, label: str, portal_id: int | None = None) -> None:
        self.portal_id = portal_id

    @property
    def portal_label(self) -> str:
        """The name the portal stores for this value (usually the label itself).

        >>> Poktan.PIK_R.portal_label
        'PIK R'
        """
        return str(row_of(self).get("portal_name", self.label))

    @classmethod
    def from_portal_id(cls, portal_id: object) -> Self:
        """The member with the portal row id ``portal_id``.

        >>> Frequency.from_portal_id(6)
        <Frequency.OTHER: 'other'>
        >>> Frequency.from_portal_id(7)
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $: expected one of the Frequency portal ids 1, 2, 3, 4, 5, 6, found an integer (7) [invalid_value]
        """
        if type(portal_id) is not int:
            raise ValidationError.single(
                (),
                f"expected {with_article(cls.__name__)} portal id (an integer), found {describe(portal_id)}",
                ErrorCode.TYPE,
            )
        by_id = {member.portal_id: member for member in cls if member.portal_id is not None}
        if not by_id:
            raise ValidationError.single(
                (),
                f"{cls.__name__} has no reliable portal ids; look it up by label (from_portal_label)",
                ErrorCode.INVALID_VALUE,
            )
        found = by_id.get(portal_id)
        if found is None:
            allowed = ", ".join(str(key) for key in sorted(by_id))
            raise ValidationError.single(
                (),
                f"expected one of the {cls.__name__} portal ids {allowed}, found {describe(portal_id)}",
                ErrorCode.INVALID_VALUE,
            )
        return found

    @classmethod
    def from_portal_label(cls, label: object) -> Self:
        """The member the portal names ``label`` (exact match, as the portal stores it).

        >>> FundingSource.from_portal_label("Perusahaan (CSR)")
        <FundingSource.COMPANY_CSR: 'company_csr'>
        """
        if type(label) is not str:
            raise ValidationError.single(
                (), f"expected {with_article(cls.__name__)} label (a string), found {describe(label)}", ErrorCode.TYPE
            )
        for member in cls:
            if label in (member.portal_label, member.label):
                return member
        allowed = ", ".join(repr(member.portal_label) for member in cls)
        raise ValidationError.single(
            (),
            f"expected one of the {cls.__name__} portal labels {allowed}, found {describe(label)}",
            ErrorCode.INVALID_VALUE,
        )

    @property
    def _row(self) -> Mapping[str, Any]:
        return row_of(self)


# ---------------------------------------------------------------------------
# Selection criteria


@vocabulary("kampung", "criteria", "portal")
class PortalCriterion(PortalEnum):
    """The portal's own four selection-criteria checkboxes (``new_kriteria``).

    The portal compresses the programme's criteria into three numbered boxes
    and "Lainnya"; :meth:`kampungkb.kampung.SelectionCriteria.portal_equivalent`
    maps our finer criteria onto them.

    >>> PortalCriterion.CRITERION_2.description
    'Jumlah penduduk miskin tinggi (prasejahtera dan KS 1 lebih tinggi dari rata rata desa'
    """

    CRITERION_1 = "criterion_1", "Kriteria 1", 1
    CRITERION_2 = "criterion_2", "Kriteria 2", 2
    CRITERION_3 = "criterion_3", "Kriteria 3", 3
    OTHER = "other", "Lainnya", 4

    @property
    def description(self) -> str:
        """The portal's description of the box, verbatim (its missing ')' included)."""
        return str(self._row["description"])


class ProgrammeCriterion(PortalEnum):
    """Base of the programme's own criteria, which the portal records under one of its four boxes.

    >>> issubclass(AreaCriterion, ProgrammeCriterion)
    True
    """

    @property
    def portal_criterion(self) -> PortalCriterion:
        """The portal checkbox this criterion is recorded under (our reading of the boxes; see the data file)."""
        return PortalCriterion.from_code(self._row["portal_criterion"])


@vocabulary("kampung", "criteria", "main")
class MainCriterion(ProgrammeCriterion):
    """Kriteria utama: the two main criteria a Kampung KB must meet (both are required).

    >>> MainCriterion.FP_PARTICIPANTS_BELOW_AVERAGE.portal_criterion
    <PortalCriterion.CRITERION_1: 'criterion_1'>
    """

    POOR_FAMILIES_ABOVE_AVERAGE = "poor_families_above_average", "Keluarga Pra-Sejahtera dan KS I di atas rata-rata"
    FP_PARTICIPANTS_BELOW_AVERAGE = "fp_participants_below_average", "Peserta KB di bawah rata-rata"


@vocabulary("kampung", "criteria", "area")
class AreaCriterion(ProgrammeCriterion):
    """Kriteria wilayah: the ten kinds of area, at least one of which a Kampung KB has.

    >>> AreaCriterion.RIVER_BASIN.label
    'Daerah Aliran Sungai (DAS)'
    >>> AreaCriterion.REMOTE.portal_criterion
    <PortalCriterion.CRITERION_3: 'criterion_3'>
    """

    SLUM = "slum", "Kumuh"
    COASTAL = "coastal", "Pesisir/nelayan"
    RIVER_BASIN = "river_basin", "Daerah Aliran Sungai (DAS)"
    RAILWAY_BANK = "railway_bank", "Bantaran kereta api"
    POOR_AREA = "poor_area", "Kawasan miskin (termasuk miskin perkotaan)"
    REMOTE = "remote", "Terpencil"
    BORDER = "border", "Perbatasan"
    INDUSTRIAL_AREA = "industrial_area", "Kawasan industri"
    TOURISM_AREA = "tourism_area", "Kawasan wisata"
    DENSELY_POPULATED = "densely_populated", "Padat penduduk"


@vocabulary("kampung", "criteria", "special")
class SpecialCriterion(ProgrammeCriterion):
    """Kriteria khusus, as summarised from Peraturan BKKBN 20/2023 (a secondary source).

    >>> SpecialCriterion.FAMILY_DATA.portal_criterion
    <PortalCriterion.OTHER: 'other'>
    """

    FAMILY_DATA = "family_data", "Data dan peta keluarga di setiap RT/RW"
    SCHOOL_PARTICIPATION = "school_participation", "Partisipasi penduduk usia sekolah rendah"
    FAMILY_PLANNING = "family_planning", "Peserta KB aktif dan MKJP di bawah rata-rata"
    COMMUNITY_PARTICIPATION = "community_participation", "Partisipasi masyarakat dalam pembangunan keluarga rendah"
    SECTOR_ACHIEVEMENT = "sector_achievement", "Capaian program sektor terkait rendah"


# ---------------------------------------------------------------------------
# Classes


@vocabulary("kampung", "kampung_classes")
class KampungClass(CodedEnum):
    """The four classes of a Kampung KB (Peraturan BKKBN 20/2023), lowest first.

    >>> KampungClass.MANDIRI.level
    3
    >>> sorted(KampungClass, key=lambda c: c.level)[-1]
    <KampungClass.BERKELANJUTAN: 'berkelanjutan'>
    """

    DASAR = "dasar", "Dasar"
    BERKEMBANG = "berkembang", "Berkembang"
    MANDIRI = "mandiri", "Mandiri"
    BERKELANJUTAN = "berkelanjutan", "Berkelanjutan"

    @property
    def level(self) -> int:
        """1 (Dasar) to 4 (Berkelanjutan)."""
        return int(row_of(self)["level"])


# ---------------------------------------------------------------------------
# Poktan and facilities


@vocabulary("kampung", "poktan")
class Poktan(PortalEnum):
    """Kelompok kegiatan (poktan) and facilities a Kampung KB may have.

    The first seven are the portal's "Poktan" programme group, asked yes/no in
    every profile report; BKB to PIK R are also counted in the KKBPK report.
    Posyandu and Dashat are programme institutions the portal does not list
    (``portal_id`` is None).

    >>> Poktan.UPPKA.label
    'Usaha Peningkatan Pendapatan Keluarga Akseptor (UPPKA)'
    >>> Poktan.from_name("UPPKS")  # the former name
    <Poktan.UPPKA: 'uppka'>
    >>> [p.code for p in Poktan if p.in_family_planning_report]
    ['bkb', 'bkr', 'bkl', 'uppka', 'pik_r']
    """

    BKB = "bkb", "Bina Keluarga Balita (BKB)", 1
    BKR = "bkr", "Bina Keluarga Remaja (BKR)", 2
    BKL = "bkl", "Bina Keluarga Lansia (BKL)", 3
    UPPKA = "uppka", "Usaha Peningkatan Pendapatan Keluarga Akseptor (UPPKA)", 4
    PIK_R = "pik_r", "Pusat Informasi dan Konseling Remaja (PIK R)", 5
    SECRETARIAT = "secretariat", "Sekretariat Kampung KB", 6
    RUMAH_DATAKU = "rumah_dataku", "Rumah Data Kependudukan Kampung KB", 7
    POSYANDU = "posyandu", "Pos Pelayanan Terpadu (Posyandu)"
    DASHAT = "dashat", "Dapur Sehat Atasi Stunting (Dashat)"

    @property
    def in_profile_report(self) -> bool:
        """True when the portal's profile form asks about it (its "Poktan" group)."""
        return "poktan" in self._row.get("portal_groups", ())

    @property
    def in_family_planning_report(self) -> bool:
        """True when the portal's KKBPK report counts the families taking part (its "KKBPK" group)."""
        return "kkbpk" in self._row.get("portal_groups", ())

    @property
    def is_facility(self) -> bool:
        """True for a facility (sarana) rather than an activity group: the secretariat and Rumah DataKu."""
        return bool(self._row.get("facility", False))

    @property
    def family_denominator(self) -> FamilyCount | None:
        """The family count that caps this poktan's participants in the KKBPK report (None if uncapped).

        >>> Poktan.BKL.family_denominator
        <FamilyCount.FAMILIES_WITH_ELDERLY: 'families_with_elderly'>
        """
        code = self._row.get("family_denominator")
        return None if code is None else FamilyCount.from_code(code)

    @classmethod
    def from_name(cls, name: object) -> Poktan:
        """The poktan for a real-world name: its code, label, abbreviation or a known variant.

        Matching ignores case and treats runs of spaces, hyphens and underscores
        alike ("PIK-R", "PIK R", "pik_r"). Former names are accepted: UPPKS and
        UPPK name today's UPPKA.

        >>> Poktan.from_name("PIK Remaja")
        <Poktan.PIK_R: 'pik_r'>
        >>> Poktan.from_name("Rumah DataKu")
        <Poktan.RUMAH_DATAKU: 'rumah_dataku'>
        """
        if type(name) is not str:
            raise ValidationError.single(
                (), f"expected a poktan name (a string), found {describe(name)}", ErrorCode.TYPE
            )
        wanted = _fold(name)
        for member in cls:
            row = member._row
            names = [member.code, member.label, member.portal_label, *row.get("aliases", ())]
            if any(_fold(known) == wanted for known in names):
                return member
        raise ValidationError.single(
            (), f"expected the name of a poktan or facility, found {describe(name)}", ErrorCode.INVALID_VALUE
        )


# ---------------------------------------------------------------------------
# Profile report vocabularies


@vocabulary("kampung", "funding_sources")
class FundingSource(PortalEnum):
    """Sumber dana: where a Kampung KB's money comes from.

    The portal's ids for these disagree from file to file (see the data file),
    so they are keyed by label only: ``portal_id`` is None.

    >>> FundingSource.VILLAGE_FUND.label
    'Dana Desa'
    >>> FundingSource.VILLAGE_FUND.portal_id is None
    True
    """

    APBN = "apbn", "APBN"
    APBD = "apbd", "APBD"
    VILLAGE_FUND = "village_fund", "Dana Desa"
    COMMUNITY_DONATION = "community_donation", "Donasi/ Hibah Masyarakat"
    COMPANY_CSR = "company_csr", "Perusahaan (CSR)"
    COMMUNITY_SELF_HELP = "community_self_help", "Swadaya Masyarakat"


@vocabulary("kampung", "operational_mechanisms")
class OperationalMechanism(PortalEnum):
    """Mekanisme operasional: the five routines the profile report asks about.

    >>> OperationalMechanism.from_portal_id(4).label
    'Monitoring dan Evaluasi Kegiatan'
    """

    PLANNING_MEETING = "planning_meeting", "Rapat perencanaan kegiatan", 1
    COORDINATION_MEETING = (
        "coordination_meeting",
        "Rapat koordinasi dengan dinas/instansi terkait pendukung kegiatan",
        2,
    )
    SOCIALIZATION = "socialization", "Sosialisasi Kegiatan", 3
    MONITORING_EVALUATION = "monitoring_evaluation", "Monitoring dan Evaluasi Kegiatan", 4
    REPORTING = "reporting", "Penyusunan Laporan", 5


@vocabulary("kampung", "frequencies")
class Frequency(PortalEnum):
    """Frekuensi: how often an operational routine happens; "Lainnya" needs free text.

    >>> [f.label for f in Frequency.in_display_order()]
    ['Mingguan', 'Bulanan', 'Triwulan', 'Semesteran', 'Tahunan', 'Lainnya']
    """

    WEEKLY = "weekly", "Mingguan", 1
    MONTHLY = "monthly", "Bulanan", 2
    YEARLY = "yearly", "Tahunan", 3
    SEMIANNUAL = "semiannual", "Semesteran", 4
    QUARTERLY = "quarterly", "Triwulan", 5
    OTHER = "other", "Lainnya", 6

    @property
    def display_order(self) -> int:
        """The portal's display position (1 = first), which is not the id order."""
        return int(self._row["display_order"])

    @classmethod
    def in_display_order(cls) -> tuple[Frequency, ...]:
        """The members in the order the portal shows them."""
        return tuple(sorted(cls, key=lambda member: member.display_order))


@vocabulary("kampung", "plkb_supervisors")
class PlkbSupervisorKind(PortalEnum):
    """Pengarah: who guides the kampung when no PLKB/PKB accompanies it; "Lainnya" needs free text.

    >>> PlkbSupervisorKind.from_portal_id(5).label
    'Toga/ Toma'
    """

    CADRE = "cadre", "Kader", 1
    RT_RW_HEAD = "rt_rw_head", "Ketua RT/RW", 2
    VILLAGE_APPARATUS = "village_apparatus", "Perangkat Desa/Kelurahan", 3
    PKK = "pkk", "PKK", 4
    RELIGIOUS_COMMUNITY_LEADER = "religious_community_leader", "Toga/ Toma", 5
    REGENCY_FP_AGENCY = "regency_fp_agency", "OPDKB Kab/kota", 6
    PROVINCIAL_BKKBN = "provincial_bkkbn", "Perwakilan BKKBN Prov", 7
    NON_CIVIL_SERVANT_PLKB = "non_civil_servant_plkb", "PLKB Non PNS", 8
    OTHER = "other", "Lainnya", 9


@vocabulary("kampung", "regulation_levels")
class RegulationLevel(PortalEnum):
    """Regulasi: the level of government whose decree, instruction or circular backs the kampung.

    >>> RegulationLevel.VILLAGE_HEAD.label
    'SK Kepala Desa/Lurah tentang Kampung KB'
    """

    GOVERNOR = "governor", "Surat Keputusan/Instruksi/Surat Edaran dari Gubernur", 1
    REGENT_MAYOR = "regent_mayor", "Surat Keputusan/Instruksi/Surat Edaran dari Bupati/Walikota", 2
    SUBDISTRICT = "subdistrict", "SK Kecamatan tentang Kampung KB", 3
    VILLAGE_HEAD = "village_head", "SK Kepala Desa/Lurah tentang Kampung KB", 4


@vocabulary("kampung", "data_uses")
class DataUse(PortalEnum):
    """Penggunaan data: the data sources used in planning.

    >>> DataUse.FAMILY_DATA_COLLECTION.label  # "Pemutahiran" as the portal spells it
    'PK dan Pemutahiran Data'
    """

    FAMILY_DATA_COLLECTION = "family_data_collection", "PK dan Pemutahiran Data", 1
    BKKBN_ROUTINE_DATA = "bkkbn_routine_data", "Data Rutin BKKBN", 2
    VILLAGE_POTENTIAL = "village_potential", "Potensi Desa", 3
    SECTORAL_DATA = "sectoral_data", "Data Sektoral", 4
    OTHER = "other", "Lainnya", 5


# ---------------------------------------------------------------------------
# Population and family-planning report vocabularies


@vocabulary("kampung", "age_bands")
class AgeBand(PortalEnum):
    """The 16 five-year age bands of the population report; the last (75+) is open-ended.

    >>> AgeBand.AGE_20_24.start, AgeBand.AGE_20_24.end
    (20, 24)
    >>> AgeBand.AGE_75_PLUS.end is None
    True
    >>> AgeBand.for_age(80)
    <AgeBand.AGE_75_PLUS: 'age_75_plus'>
    """

    AGE_0_4 = "age_0_4", "0 - 4 Tahun", 1
    AGE_5_9 = "age_5_9", "5 - 9 Tahun", 2
    AGE_10_14 = "age_10_14", "10 - 14 Tahun", 3
    AGE_15_19 = "age_15_19", "15 - 19 Tahun", 4
    AGE_20_24 = "age_20_24", "20 - 24 Tahun", 5
    AGE_25_29 = "age_25_29", "25 - 29 Tahun", 6
    AGE_30_34 = "age_30_34", "30 - 34 Tahun", 7
    AGE_35_39 = "age_35_39", "35 - 39 Tahun", 8
    AGE_40_44 = "age_40_44", "40 - 44 Tahun", 9
    AGE_45_49 = "age_45_49", "45 - 49 Tahun", 10
    AGE_50_54 = "age_50_54", "50 - 54 Tahun", 11
    AGE_55_59 = "age_55_59", "55 - 59 Tahun", 12
    AGE_60_64 = "age_60_64", "60 - 64 Tahun", 13
    AGE_65_69 = "age_65_69", "65 - 69 Tahun", 14
    AGE_70_74 = "age_70_74", "70 - 74 Tahun", 15
    AGE_75_PLUS = "age_75_plus", "75+ Tahun", 16

    @property
    def start(self) -> int:
        """The youngest age in the band, in whole years."""
        return int(self._row["start"])

    @property
    def end(self) -> int | None:
        """The oldest age in the band; None for the open-ended 75+ (the portal stores 999999)."""
        end = self._row["end"]
        return None if end is None else int(end)

    @classmethod
    def for_age(cls, age: object) -> AgeBand:
        """The band holding ``age`` (whole years, >= 0)."""
        if type(age) is not int:
            raise ValidationError.single(
                (), f"expected an age in whole years (an integer), found {describe(age)}", ErrorCode.TYPE
            )
        if age < 0:
            raise ValidationError.single((), f"expected an age >= 0, found {age}", ErrorCode.CONSTRAINT)
        for band in cls:
            end = band.end
            if band.start <= age and (end is None or age <= end):
                return band
        raise AssertionError("the age bands cover every age")  # pragma: no cover


@vocabulary("kampung", "sexes")
class Sex(CodedEnum):
    """Sex as the population report counts it; the portal codes it P (pria) / W (wanita).

    The portal's codes are not the common L/P coding: there ``P`` is *male*.
    :meth:`from_portal_code` reads them; JSON and the API use ``male``/``female``.

    >>> Sex.from_portal_code("P")
    <Sex.MALE: 'male'>
    >>> Sex.FEMALE.portal_code
    'W'
    """

    MALE = "male", "Pria"
    FEMALE = "female", "Wanita"

    @property
    def portal_code(self) -> str:
        """The portal's one-letter code (``jenis_kelamin``)."""
        return str(row_of(self)["portal_code"])

    @classmethod
    def from_portal_code(cls, code: object) -> Sex:
        """The member for the portal's code ``P`` (pria, male) or ``W`` (wanita, female); exact match.

        >>> Sex.from_portal_code("L")
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $: expected the portal's sex code 'P' (pria, male) or 'W' (wanita, female), found a string ('L') [invalid_value]
        """
        if type(code) is not str:
            raise ValidationError.single(
                (), f"expected the portal's sex code (a string), found {describe(code)}", ErrorCode.TYPE
            )
        for member in cls:
            if member.portal_code == code:
                return member
        raise ValidationError.single(
            (),
            f"expected the portal's sex code 'P' (pria, male) or 'W' (wanita, female), found {describe(code)}",
            ErrorCode.INVALID_VALUE,
        )


@vocabulary("kampung", "family_counts")
class FamilyCount(PortalEnum):
    """The six family counts of the population report (``new_keluarga``).

    >>> FamilyCount.COUPLES_OF_CHILDBEARING_AGE.portal_alias
    'pus'
    """

    COUPLES_OF_CHILDBEARING_AGE = "couples_of_childbearing_age", "Pasangan Usia Subur", 1
    FAMILIES = "families", "Jumlah Keluarga", 2
    ADOLESCENTS = "adolescents", "Jumlah Remaja", 3
    FAMILIES_WITH_UNDER_FIVES = "families_with_under_fives", "Keluarga yang Memiliki Balita", 4
    FAMILIES_WITH_ADOLESCENTS = "families_with_adolescents", "Keluarga yang Memiliki Remaja", 5
    FAMILIES_WITH_ELDERLY = "families_with_elderly", "Keluarga yang Memiliki Lansia", 6

    @property
    def portal_alias(self) -> str:
        """The portal's alias column for this count."""
        return str(self._row["portal_alias"])


@vocabulary("kampung", "contraceptive_methods")
class ContraceptiveMethod(PortalEnum):
    """The seven contraceptive methods counted in the KKBPK report; MKJP are the long-acting ones.

    >>> ContraceptiveMethod.TUBECTOMY.label, ContraceptiveMethod.TUBECTOMY.is_long_acting
    ('MOW', True)
    """

    IUD = "iud", "IUD", 1
    TUBECTOMY = "tubectomy", "MOW", 2
    VASECTOMY = "vasectomy", "MOP", 3
    CONDOM = "condom", "Kondom", 4
    IMPLANT = "implant", "Implan", 5
    INJECTABLE = "injectable", "Suntik", 6
    PILL = "pill", "PIL", 7

    @property
    def is_long_acting(self) -> bool:
        """True for a long-acting or permanent method (MKJP), as the portal counts them."""
        return bool(self._row["long_acting"])


@vocabulary("kampung", "non_use_reasons")
class NonUseReason(PortalEnum):
    """Why a couple of childbearing age uses no contraception; two of them are unmet need.

    >>> [r.code for r in NonUseReason if r.is_unmet_need]
    ['wants_child_later', 'wants_no_more_children']
    """

    PREGNANT = "pregnant", "Karena Hamil", 1
    WANTS_CHILD_SOON = "wants_child_soon", "Karena Ingin Anak Segera", 2
    WANTS_CHILD_LATER = "wants_child_later", "Ingin Anak Kemudian/Ingin Anak Tunda (IAT)", 3
    WANTS_NO_MORE_CHILDREN = "wants_no_more_children", "Tidak Ingin Anak Lagi", 4

    @property
    def is_unmet_need(self) -> bool:
        """True for the reasons the portal counts as unmet need (IAT and TIAL)."""
        return bool(self._row["unmet_need"])

    @property
    def portal_alias(self) -> str:
        """The portal's alias column for this reason."""
        return str(self._row["portal_alias"])


# ---------------------------------------------------------------------------
# Kampung record


@vocabulary("kampung", "coverage_levels")
class CoverageLevel(PortalEnum):
    """The portal's legacy ``cakupan_wilayah``: the area a kampung covers (RW, dusun or the whole desa).

    >>> CoverageLevel.from_portal_label("Dusun")
    <CoverageLevel.HAMLET: 'hamlet'>
    """

    RW = "rw", "RW"
    HAMLET = "hamlet", "Dusun"
    VILLAGE = "village", "Desa"


# ---------------------------------------------------------------------------
# Helpers

_SEPARATORS = lazy_pattern(r"[\s_\-]+")


def _fold(name: str) -> str:
    return _SEPARATORS.sub(" ", name).strip().casefold()
