"""The vocabularies of people, positions and organizations (re-exported by :mod:`kampungkb.people`).

Sources of the positions and their levels: the kampungkb research notes,
program-roles-events.md §2 (field workforce, government positions, BKKBN
structure) and §1.8 (Pokja Kampung KB); the 2024 form of the head of BKKBN from
Perpres 181/2024 Pasal 7.

    >>> Position.MAYOR.label, Position.MAYOR.level
    ('Wali Kota', <WorkLevel.REGENCY_CITY: 'regency_city'>)
    >>> Position.HEAD_OF_AGENCY.levels
    (<WorkLevel.PROVINCE: 'province'>, <WorkLevel.REGENCY_CITY: 'regency_city'>)
"""

from __future__ import annotations

from .._core import CodedEnum

__all__ = [
    "ActingForm",
    "EventRole",
    "Honorific",
    "OrganizationKind",
    "Position",
    "PositionGroup",
    "WorkLevel",
]


class Honorific(CodedEnum):
    """A form of address (*sapaan*) written before a person's name.

    The members keep their Indonesian names: Bapak and Tuan would both be
    "Mr", and Saudara has no English equivalent. On input the abbreviations
    Bpk., Sdr., Sdri., Ny., Nn. and Tn. are accepted too (``data/people/honorifics.json``).

    >>> Honorific.IBU.label
    'Ibu'
    """

    BAPAK = "bapak", "Bapak"
    IBU = "ibu", "Ibu"
    SAUDARA = "saudara", "Saudara"
    SAUDARI = "saudari", "Saudari"
    NYONYA = "nyonya", "Nyonya"
    NONA = "nona", "Nona"
    TUAN = "tuan", "Tuan"


class WorkLevel(CodedEnum):
    """The level of government or community a position works at.

    Region codes (:mod:`kampungkb.regions`) stop at province, regency/city,
    district and village; people also work nationally and in the RW/RT (and
    dusun) below a village, hence a vocabulary of its own.

    Members are declared from the top down; :attr:`rank` orders them (5 national … 0 RW/RT).

    >>> WorkLevel.RW_RT.label
    'RW/RT'
    >>> WorkLevel.PROVINCE.rank > WorkLevel.DISTRICT.rank
    True
    """

    NATIONAL = "national", "Nasional"
    PROVINCE = "province", "Provinsi"
    REGENCY_CITY = "regency_city", "Kabupaten/Kota"
    DISTRICT = "district", "Kecamatan"
    VILLAGE = "village", "Desa/Kelurahan"
    RW_RT = "rw_rt", "RW/RT"

    @property
    def rank(self) -> int:
        """How high the level is: 0 for RW/RT up to 5 for national."""
        members = list(type(self))
        return len(members) - 1 - members.index(self)


class PositionGroup(CodedEnum):
    """Which kind of body a position belongs to.

    >>> Position.PKB.group.label
    'Lini lapangan KB'
    """

    GOVERNMENT = "government", "Pemerintahan"
    AGENCY = "agency", "Perangkat daerah dan instansi"
    FIELD_WORKFORCE = "field_workforce", "Lini lapangan KB"
    OTHER = "other", "Lainnya"


_N, _P, _K, _D, _V, _R = (
    WorkLevel.NATIONAL,
    WorkLevel.PROVINCE,
    WorkLevel.REGENCY_CITY,
    WorkLevel.DISTRICT,
    WorkLevel.VILLAGE,
    WorkLevel.RW_RT,
)
_GOV, _AGENCY, _FIELD = PositionGroup.GOVERNMENT, PositionGroup.AGENCY, PositionGroup.FIELD_WORKFORCE


class Position(CodedEnum):
    """A position (*jabatan*) or role a person holds, with the level(s) it works at.

    The list is open: a position a source writes that the list lacks is
    :attr:`OTHER`, and the :class:`~kampungkb.people.Official` keeps it as
    written with its level when known. Each position added for real sources
    has its note, sources and confidence in ``data/people/positions.json``
    (``position_facts``). ``.levels`` lists every level the position exists at; ``.level`` is that
    level when there is exactly one, else None (a Kepala Dinas heads a
    provincial or a regency/city agency: the organization tells which).

    >>> Position.PPKBK.label, Position.PPKBK.level.label
    ('Pembantu Pembina Keluarga Berencana Kelurahan', 'Desa/Kelurahan')
    >>> Position.REGIONAL_SECRETARY.level is None
    True
    """

    levels: tuple[WorkLevel, ...]
    group: PositionGroup

    # Regional heads, their deputies, and the heads below them
    GOVERNOR = "governor", "Gubernur", (_P,), _GOV
    VICE_GOVERNOR = "vice_governor", "Wakil Gubernur", (_P,), _GOV
    REGENT = "regent", "Bupati", (_K,), _GOV
    VICE_REGENT = "vice_regent", "Wakil Bupati", (_K,), _GOV
    MAYOR = "mayor", "Wali Kota", (_K,), _GOV
    VICE_MAYOR = "vice_mayor", "Wakil Wali Kota", (_K,), _GOV
    REGIONAL_SECRETARY = "regional_secretary", "Sekretaris Daerah", (_P, _K), _GOV
    REGIONAL_SECRETARY_ASSISTANT = "regional_secretary_assistant", "Asisten Sekretaris Daerah", (_P, _K), _GOV
    EXPERT_STAFF = "expert_staff", "Staf Ahli", (_P, _K), _GOV
    DISTRICT_HEAD = "district_head", "Camat", (_D,), _GOV
    URBAN_VILLAGE_HEAD = "urban_village_head", "Lurah", (_V,), _GOV
    VILLAGE_HEAD = "village_head", "Kepala Desa", (_V,), _GOV
    VILLAGE_OR_URBAN_VILLAGE_HEAD = "village_or_urban_village_head", "Kepala Desa/Lurah", (_V,), _GOV
    # The village head's regional titles (a desa's head is called otherwise in some regions)
    KEUCHIK = "keuchik", "Keuchik", (_V,), _GOV
    WALI_NAGARI = "wali_nagari", "Wali Nagari", (_V,), _GOV
    PERBEKEL = "perbekel", "Perbekel", (_V,), _GOV
    KAMPUNG_HEAD = "kampung_head", "Kepala Kampung", (_V,), _GOV
    HAMLET_HEAD = "hamlet_head", "Kepala Dusun", (_R,), _GOV
    RW_HEAD = "rw_head", "Ketua RW", (_R,), _GOV
    RT_HEAD = "rt_head", "Ketua RT", (_R,), _GOV
    # Heads and staff of agencies
    HEAD_OF_AGENCY = "head_of_agency", "Kepala Dinas", (_P, _K), _AGENCY
    HEAD_OF_REGIONAL_AGENCY = "head_of_regional_agency", "Kepala Perangkat Daerah", (_P, _K), _AGENCY
    AGENCY_SECRETARY = "agency_secretary", "Sekretaris Dinas", (_P, _K), _AGENCY
    HEAD_OF_DIVISION = "head_of_division", "Kepala Bidang", (_P, _K), _AGENCY
    HEAD_OF_SECTION = "head_of_section", "Kepala Seksi", (_P, _K), _AGENCY
    HEAD_OF_BOARD = "head_of_board", "Kepala Badan", (_P, _K), _AGENCY
    HEAD_OF_BKKBN_PROVINCIAL_OFFICE = (
        "head_of_bkkbn_provincial_office",
        "Kepala Perwakilan BKKBN Provinsi",
        (_P,),
        _AGENCY,
    )
    SECRETARY_OF_BKKBN_PROVINCIAL_OFFICE = (
        "bkkbn_provincial_secretary",
        "Sekretaris Perwakilan BKKBN Provinsi",
        (_P,),
        _AGENCY,
    )
    HEAD_OF_BKKBN = "head_of_bkkbn", "Kepala BKKBN", (_N,), _AGENCY
    BKKBN_PRINCIPAL_SECRETARY = "bkkbn_principal_secretary", "Sekretaris Utama BKKBN", (_N,), _AGENCY
    BKKBN_DEPUTY = "bkkbn_deputy", "Deputi BKKBN", (_N,), _AGENCY
    BKKBN_DIRECTOR = "bkkbn_director", "Direktur", (_N,), _AGENCY
    BKKBN_INSPECTOR_GENERAL = "bkkbn_inspector_general", "Inspektur Utama BKKBN", (_N,), _AGENCY
    MINISTER_HEAD_OF_BKKBN = (
        "minister_head_of_bkkbn",
        "Menteri Kependudukan dan Pembangunan Keluarga/Kepala BKKBN",
        (_N,),
        _AGENCY,
    )
    # The family-planning field workforce
    PKB = "pkb", "Penyuluh Keluarga Berencana", (_D, _V), _FIELD
    PLKB = "plkb", "Petugas Lapangan Keluarga Berencana", (_D, _V), _FIELD
    TPD = "tpd", "Tenaga Penggerak Desa", (_V,), _FIELD
    PPKBD = "ppkbd", "Pembantu Pembina Keluarga Berencana Desa", (_V,), _FIELD
    PPKBK = "ppkbk", "Pembantu Pembina Keluarga Berencana Kelurahan", (_V,), _FIELD
    SUB_PPKBD = "sub_ppkbd", "Sub Pembantu Pembina Keluarga Berencana Desa", (_R,), _FIELD
    KB_GROUP = "kb_group", "Kelompok KB", (_R,), _FIELD
    CADRE = "cadre", "Kader", (_V, _R), _FIELD
    FAMILY_ASSISTANCE_TEAM = "family_assistance_team", "Tim Pendamping Keluarga", (_V,), _FIELD
    KB_EXTENSION_CENTRE_COORDINATOR = (
        "kb_extension_centre_coordinator",
        "Koordinator Balai Penyuluhan KB",
        (_D,),
        _FIELD,
    )
    # The fallback: a position the list lacks, kept as written on the Official (position_as_written)
    OTHER = "other", "Lainnya", (_N, _P, _K, _D, _V, _R), PositionGroup.OTHER

    def __init__(self, code: str, label: str, levels: tuple[WorkLevel, ...], group: PositionGroup) -> None:
        self.levels = levels
        self.group = group

    @property
    def level(self) -> WorkLevel | None:
        """The one level this position works at, or None when it exists at several."""
        return self.levels[0] if len(self.levels) == 1 else None


class ActingForm(CodedEnum):
    """How a person holds an office when not its definitive holder, as documents write it.

    Plt, Pj and Pjs are each seen written before a position in programme news
    (sources and confidence, CORROBORATED, in ``data/people/positions.json``). The
    research notes give no legal basis for them and do not write them out, so
    the labels are INFERRED; other forms (Plh) are not in the notes and not read.

    ``.abbreviation`` is the short form written before the position.

    >>> ActingForm.TEMPORARY_INTERIM.label, ActingForm.TEMPORARY_INTERIM.abbreviation
    ('Penjabat Sementara', 'Pjs')
    """

    abbreviation: str

    ACTING = "acting", "Pelaksana Tugas", "Plt"
    INTERIM = "interim", "Penjabat", "Pj"
    TEMPORARY_INTERIM = "temporary_interim", "Penjabat Sementara", "Pjs"

    def __init__(self, code: str, label: str, abbreviation: str) -> None:
        self.abbreviation = abbreviation


class EventRole(CodedEnum):
    """The part a person or organization plays in a programme event.

    >>> EventRole.SPEAKER.label
    'Narasumber'
    """

    OPENER = "opener", "Pembuka"
    SPEAKER = "speaker", "Narasumber"
    MODERATOR = "moderator", "Moderator"
    PARTICIPANT = "participant", "Peserta"
    ORGANIZER_STAFF = "organizer_staff", "Panitia"
    INVITEE = "invitee", "Undangan"


class OrganizationKind(CodedEnum):
    """What kind of body an organization is.

    >>> OrganizationKind.FAMILY_PLANNING_AGENCY.label
    'OPD KB'
    """

    FAMILY_PLANNING_AGENCY = "family_planning_agency", "OPD KB"
    REGIONAL_AGENCY = "regional_agency", "Perangkat Daerah"
    BKKBN_CENTRAL = "bkkbn_central", "BKKBN Pusat"
    BKKBN_PROVINCIAL_OFFICE = "bkkbn_provincial_office", "Perwakilan BKKBN Provinsi"
    MINISTRY = "ministry", "Kementerian"
    DISTRICT_OFFICE = "district_office", "Kantor Kecamatan"
    VILLAGE_OFFICE = "village_office", "Kantor Desa/Kelurahan"
    COMMUNITY_BODY = "community_body", "Lembaga kemasyarakatan"
    PRIVATE = "private", "Swasta"
