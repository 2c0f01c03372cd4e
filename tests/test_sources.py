"""Real sources recorded exactly as they state things (issue 18, "Done when").

Each case is one kind of real source — a news report of a launch, an invitation letter, a
portal page, a coordination meeting report, an aggregate a regency states — recorded with
the facts it gives and nothing else: what it does not state stays None, partial or
qualified. Each record round-trips through JSON, validates against its committed JSON
Schema, and broken-on-purpose variants of its document are refused at the right path.

The facts come from the sources named in each case (in /work/shared/domain/program-roles-events.md
and the pages it cites); region codes are looked up in the gazetteer tables from the names
the sources write. The kampung and people cases (a portal page without a statistics date,
an official signing "atas nama") are in tests/test_sources_kampung.py.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.dates import DateRange, PartialDate
from kampungkb.errors import ValidationError
from kampungkb.events import (
    Attendee,
    CoordinationMeeting,
    DeclaredKampung,
    DistrictCount,
    Event,
    EventLevel,
    Facilitation,
    Inauguration,
    KampungDeclaration,
    Launch,
    Orientation,
    ParticipantGroup,
    Participants,
    Programme,
    ServiceDelivery,
    SourceKind,
    Speaker,
    Venue,
    VenueMode,
    Workshop,
)
from kampungkb.examples import example_json, pasuruan_city_workshop_2020
from kampungkb.kampung import (
    ClassCount,
    ContraceptiveMethod,
    Count,
    CountQualifier,
    KampungClass,
    KampungClassCounts,
    KampungTarget,
)
from kampungkb.people import Official, Organization, OrganizationKind, PersonName, Position
from kampungkb.regions import RegionCode

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def _bkkbn_office(province: str, name: str) -> Organization:
    return Organization(name=name, kind=OrganizationKind.BKKBN_PROVINCIAL_OFFICE, region=RegionCode(province))


# -- the records ------------------------------------------------------------------------------------


def bolmong_launch_2018() -> Launch:
    """News report (instink.net, detotabuan.com, pilarsulut.com): on Friday 12 October 2018 the regent of
    Bolaang Mongondow declared 13 villages from 12 kecamatan Kampung KB, the ceremony held in Desa
    Solimandungan II, Kecamatan Bolaang. The reports do not list the 13 villages nor the count of each
    kecamatan: the declaration records the total and the number of kecamatan only."""
    return Launch(
        title="Pencanangan Kampung KB Kabupaten Bolaang Mongondow Tahun 2018",
        level=EventLevel.REGENCY,
        dates=DateRange(dt.date(2018, 10, 12), dt.date(2018, 10, 12)),
        venue=Venue(name="Desa Solimandungan II, Kecamatan Bolaang", region=RegionCode("71.01.13.2002")),
        host_region=RegionCode("71.01"),
        opened_by=Official.parse("Bupati Bolaang Mongondow Dra. Yasti Soepredjo Mokoagow"),
        attendees=(
            Attendee(
                organization=_bkkbn_office("71", "Perwakilan BKKBN Provinsi Sulawesi Utara"),
                position=Position.HEAD_OF_DIVISION,
            ),
        ),
        participants=Participants(
            (ParticipantGroup("Kepala Perangkat Daerah"), ParticipantGroup("Camat"), ParticipantGroup("Sangadi"))
        ),
        programme=Programme.KKBPK,
        declared=KampungDeclaration(total=Count(13), districts=12),
        sources=(
            "https://instink.net/bupati-lakukan-pencanangan-13-desa-di-bolmong-menjadi-kampung-kb/",
            "https://detotabuan.com/bolaang-mongondow-raya/bolmong/bupati-canangkan-13-desa-di-bolmong-sebagai-kampung-kb-tahun-2018",
        ),
        source_kind=SourceKind.NEWS_REPORT,
    )


def pituruh_launch_2018() -> Launch:
    """News report (pituruhnews.com): on Thursday 8 November 2018, at the Balai Desa Pepe, the camat of
    Pituruh declared Desa Pepe and Desa Ngandagan Kampung KB (the regency's 28th and 29th), with 53 new
    family-planning acceptors served."""
    pituruh = RegionCode("33.06.11")
    return Launch(
        title="Pencanangan Kampung KB Desa Pepe dan Desa Ngandagan",
        level=EventLevel.DISTRICT,
        dates=DateRange(dt.date(2018, 11, 8), dt.date(2018, 11, 8)),
        venue=Venue(name="Balai Desa Pepe", region=RegionCode("33.06.11.2003")),
        host_region=pituruh,
        opened_by=Official(
            name=PersonName.parse("Siti Choeriyah, S.STP., M.M."),
            position=Position.DISTRICT_HEAD,
            jurisdiction="Pituruh",
            region=pituruh,
        ),
        declared=KampungDeclaration(
            kampung=(
                DeclaredKampung(village="Desa Pepe", district="Pituruh", region=RegionCode("33.06.11.2003")),
                DeclaredKampung(village="Desa Ngandagan", district="Pituruh", region=RegionCode("33.06.11.2030")),
            ),
            by_district=(DistrictCount(district="Pituruh", region=pituruh, count=Count(2)),),
            total=Count(2),
        ),
        services=(ServiceDelivery(service="Pelayanan KB akseptor baru", count=Count(53)),),
        sources=("https://www.pituruhnews.com/2018/11/dua-desa-di-kecamatan-pituruh.html",),
        source_kind=SourceKind.NEWS_REPORT,
    )


def sukoharjo_launch_with_services_2017() -> Launch:
    """News report (kodim0726.info): on Wednesday 22 November 2017, 20.00–22.25 WIB, the regent of Sukoharjo
    declared Dk. Jetis RT 01 RW 02, Desa Kwarasan, Kecamatan Grogol a Kampung KB; the safari KB served
    MOW 4, implant 5 and IUD 16. (The official who came for the head of the provincial BKKBN office is a
    case of "acting for", recorded in the people tests.)"""
    return Launch(
        title="Pencanangan Kampung KB Desa Kwarasan",
        level=EventLevel.REGENCY,
        dates=DateRange(dt.date(2017, 11, 22), dt.date(2017, 11, 22)),
        venue=Venue(name="Dk. Jetis RT 01 RW 02, Desa Kwarasan", region=RegionCode("33.11.09.2010")),
        host_region=RegionCode("33.11"),
        opened_by=Official.parse("Bupati Sukoharjo H. Wardoyo Wijaya"),
        declared=KampungDeclaration(
            kampung=(DeclaredKampung(village="Desa Kwarasan", district="Grogol", region=RegionCode("33.11.09.2010")),),
            total=Count(1),
        ),
        services=(
            ServiceDelivery(service="Safari KB", method=ContraceptiveMethod.TUBECTOMY, count=Count(4)),
            ServiceDelivery(service="Safari KB", method=ContraceptiveMethod.IMPLANT, count=Count(5)),
            ServiceDelivery(service="Safari KB", method=ContraceptiveMethod.IUD, count=Count(16)),
        ),
        sources=("https://kodim0726.info/2017/11/bupati-sukoharjo-canangkan-kampung-kb.html",),
        source_kind=SourceKind.NEWS_REPORT,
    )


def jabar_orientation_invitation_2022() -> Orientation:
    """Invitation letter 2889/PD.02.02/J.2/2022 of 16 June 2022 from Perwakilan BKKBN Provinsi Jawa Barat:
    an orientation for Rumah DataKu managers on Wednesday–Friday 22–24 June 2022 at the Grand Asrilia Hotel
    Convention, Bandung. It names who each regency is to send (one officer and one admin per regency, one
    PKB/PLKB and two poktan officers per locus) but no totals: groups without counts, no total."""
    return Orientation(
        title="Orientasi Pengelola Rumah Data Kependudukan (Rumah DataKu) Provinsi Jawa Barat Tahun 2022 Gelombang I",
        level=EventLevel.PROVINCE,
        dates=DateRange(dt.date(2022, 6, 22), dt.date(2022, 6, 24)),
        venue=Venue(
            name="Grand Asrilia Hotel Convention",
            address="Jl. Pelajar Pejuang 45 No. 123 Kota Bandung 40264",
            region=RegionCode("32.73"),
            mode=VenueMode.IN_PERSON,
        ),
        host_region=RegionCode("32"),
        organizer=_bkkbn_office("32", "Perwakilan BKKBN Provinsi Jawa Barat"),
        participants=Participants(
            (
                ParticipantGroup(
                    "Pejabat Struktural/Pejabat Fungsional OPD-KB Kabupaten/Kota",
                    description="1 orang per kabupaten/kota, yang menangani Rumah Data Kependudukan",
                ),
                ParticipantGroup("Admin Rumah DataKu Tingkat Kabupaten/Kota", description="1 orang per kabupaten/kota"),
                ParticipantGroup(
                    "PKB/PLKB PNS dan Non PNS", description="1 orang per lokus Pro PN, pembina Rumah Data Kependudukan"
                ),
                ParticipantGroup(
                    "Pengurus Poktan Rumah DataKu", description="2 orang (ketua dan kader) per lokus Pro PN"
                ),
            )
        ),
        sources=("https://id.scribd.com/document/643861577/2889-Surat-Orientasi-RDK-2022",),
        reported_on=PartialDate(2022, 6, 16),
        source_kind=SourceKind.INVITATION,
    )


def brebes_coordination_meeting_2023() -> CoordinationMeeting:
    """News report (jateng.disway.id): a coordination meeting on strengthening Kampung KB, Wednesday 2 August
    2023, in the third-floor meeting room of the KPT, led by the regional secretary Djoko Gunawan, attended
    by representatives of every OPD, the TNI-Polri and stakeholders down to the villages — no counts."""
    return CoordinationMeeting(
        title="Rapat Koordinasi Penguatan Kampung KB Kabupaten Brebes",
        level=EventLevel.REGENCY,
        dates=DateRange(dt.date(2023, 8, 2), dt.date(2023, 8, 2)),
        venue=Venue(name="Ruang rapat lantai 3 KPT", region=RegionCode("33.29")),
        host_region=RegionCode("33.29"),
        opened_by=Official(
            name=PersonName.parse("Djoko Gunawan"),
            position=Position.REGIONAL_SECRETARY,
            jurisdiction="Brebes",
            region=RegionCode("33.29"),
        ),
        participants=Participants(
            (
                ParticipantGroup("Perwakilan seluruh Organisasi Perangkat Daerah"),
                ParticipantGroup("Jajaran TNI-Polri"),
                ParticipantGroup("Stakeholder terkait", description="hingga tingkat pemerintah desa"),
            )
        ),
        sources=(
            "https://jateng.disway.id/amp/661705/brebes-targetkan-pembentukan-153-kampung-kb-bisa-tuntas-tahun-depan",
        ),
        source_kind=SourceKind.NEWS_REPORT,
    )


def brebes_classes_2023() -> KampungClassCounts:
    """The same report: of the Kampung KB formed so far, 11 dasar, 22 berkembang, 4 mandiri and 12
    berkelanjutan. It states no total: the total stays None (the sum, 49, is not a stated fact)."""
    return KampungClassCounts(
        region=RegionCode("33.29"),
        counts=(
            ClassCount(KampungClass.DASAR, Count(11)),
            ClassCount(KampungClass.BERKEMBANG, Count(22)),
            ClassCount(KampungClass.MANDIRI, Count(4)),
            ClassCount(KampungClass.BERKELANJUTAN, Count(12)),
        ),
        as_of=PartialDate(2023, 8),
    )


def brebes_target_2023() -> KampungTarget:
    """The same report: the regency targets 153 Kampung KB formed by the end of 2023."""
    return KampungTarget(
        region=RegionCode("33.29"),
        period=PartialDate(2023),
        target=Count(153),
        basis="ditarget tuntas pada akhir 2023, sesuai Inpres 3/2022",
    )


def kendal_target_2018() -> KampungTarget:
    """News report (radarpekalongan.co.id, October 2018): the centre sets Kabupaten Kendal a target of 17
    Kampung KB each year; the regency formed 20 in 2018 (three on its own funds)."""
    return KampungTarget(
        region=RegionCode("33.24"),
        period=PartialDate(2018),
        target=Count(17),
        achieved=Count(20),
        basis="target dari pusat setiap tahun",
    )


def pasuruan_classes_2025() -> KampungClassCounts:
    """News report (beritajatim, natmed.id) of the launch of 365 Kampung KB in Kabupaten Pasuruan on
    Wednesday 12 November 2025: 265 dasar, 62 berkembang, 11 mandiri, 27 berkelanjutan."""
    return KampungClassCounts(
        region=RegionCode("35.14"),
        counts=(
            ClassCount(KampungClass.DASAR, Count(265)),
            ClassCount(KampungClass.BERKEMBANG, Count(62)),
            ClassCount(KampungClass.MANDIRI, Count(11)),
            ClassCount(KampungClass.BERKELANJUTAN, Count(27)),
        ),
        total=Count(365),
        as_of=PartialDate(2025, 11, 12),
    )


def tabanan_classes_2025() -> KampungClassCounts:
    """News report (balienews.com): as of 22 August 2025, of 133 Kampung KB in Kabupaten Tabanan, 60 are
    berkelanjutan, 23 mandiri and 13 dasar; berkembang is given only as "around 33 percent", so it is not
    recorded as a count."""
    return KampungClassCounts(
        region=RegionCode("51.02"),
        counts=(
            ClassCount(KampungClass.BERKELANJUTAN, Count(60)),
            ClassCount(KampungClass.MANDIRI, Count(23)),
            ClassCount(KampungClass.DASAR, Count(13)),
        ),
        total=Count(133),
        as_of=PartialDate(2025, 8, 22),
    )


def brebes_facilitation_portal_2025() -> Facilitation:
    """Portal page (kampungkb.bkkbn.go.id, kampung 8370): on 6 August 2025 in Sirampog, Perwakilan BKKBN
    Provinsi Jawa Tengah with DP3KB Kabupaten Brebes held a facilitation and coaching of the Pokja Kampung
    KB; Joko Santoso, S.Sos., M.Sos. spoke for the provincial office. His position is not given, and an
    official needs one today, so the speaker is recorded as the office (the name waits for the people
    area's typed fallback position, issue 18's other half)."""
    return Facilitation(
        title="Fasilitasi dan Pembinaan Kampung Keluarga Berkualitas (KB)",
        level=EventLevel.DISTRICT,
        dates=DateRange(dt.date(2025, 8, 6), dt.date(2025, 8, 6)),
        venue=Venue(name="Sirampog", region=RegionCode("33.29.05")),
        host_region=RegionCode("33.29.05"),
        organizer=_bkkbn_office("33", "Perwakilan BKKBN Provinsi Jawa Tengah"),
        co_organizers=(
            Organization(
                name="DP3KB Kabupaten Brebes", kind=OrganizationKind.FAMILY_PLANNING_AGENCY, region=RegionCode("33.29")
            ),
        ),
        speakers=(Speaker(organization=_bkkbn_office("33", "Perwakilan BKKBN Provinsi Jawa Tengah")),),
        participants=Participants((ParticipantGroup("Kelompok Kerja Kampung KB"),)),
        kampung_ids=(8370,),
        sources=(
            "https://kampungkb.bkkbn.go.id/kampung/8370/intervensi/1861654/fasilitasi-dan-pembinaan-kampung-keluarga-berkualitas-kb",
        ),
        source_kind=SourceKind.PORTAL_PAGE,
    )


def katingan_inauguration_2016() -> Inauguration:
    """News report (kalteng.antaranews.com, "BKKBN resmikan Kampung KB di Kabupaten Katingan"): on Tuesday
    8 March 2016 the head of BKKBN, Surya Chandra Surapaty, inaugurated Kampung KB "Belum Lamus" in Desa
    Banut Kalaman, Kecamatan Katingan Hilir, signing the plaque, with the regent A. Yantengli."""
    return Inauguration(
        title="Peresmian Kampung KB Belum Lamus",
        level=EventLevel.REGENCY,
        dates=DateRange(dt.date(2016, 3, 8), dt.date(2016, 3, 8)),
        venue=Venue(name="Desa Banut Kalaman, Kecamatan Katingan Hilir", region=RegionCode("62.06.02.2006")),
        host_region=RegionCode("62.06"),
        opened_by=Official.parse("Kepala BKKBN Surya Chandra Surapaty"),
        attendees=(
            Attendee(
                official=Official(
                    name=PersonName.parse("A. Yantengli"),
                    position=Position.REGENT,
                    jurisdiction="Katingan",
                    region=RegionCode("62.06"),
                )
            ),
        ),
        inaugurated="Kampung KB Belum Lamus",
        sources=("https://kalteng.antaranews.com/berita/250914/bkkbn-resmikan-kampung-kb-di-kabupaten-katingan",),
        source_kind=SourceKind.NEWS_REPORT,
    )


def cililitan_inauguration_2016() -> Inauguration:
    """News report (beritajakarta.id): on Wednesday 13 April the provincial BPMPKB inaugurated Kelurahan
    Cililitan, Kramat Jati, a Kampung KB at the RPTRA Cililitan; "about 500" residents came, mostly PLKB
    cadres, RW-level helpers, RT/RW officers, community and religious figures and the FKDM. The page gives
    no year; 2016 is the one year the BPMPKB existed in which 13 April was a Wednesday (read from the
    source's weekday, not guessed)."""
    return Inauguration(
        title="Peresmian Kampung KB Kelurahan Cililitan",
        level=EventLevel.PROVINCE,
        dates=DateRange(dt.date(2016, 4, 13), dt.date(2016, 4, 13)),
        venue=Venue(name="RPTRA Cililitan", region=RegionCode("31.75.04.1006")),
        host_region=RegionCode("31"),
        participants=Participants(
            (
                ParticipantGroup("Kader PLKB"),
                ParticipantGroup("Petugas pembantu KB tingkat RW"),
                ParticipantGroup("Pengurus RT/RW"),
                ParticipantGroup("Tokoh masyarakat"),
                ParticipantGroup("Tokoh agama"),
                ParticipantGroup("FKDM"),
            ),
            total=500,
            qualifier=CountQualifier.ABOUT,
        ),
        inaugurated="Kelurahan Cililitan sebagai Kampung KB",
        sources=("https://m.beritajakarta.id/read/28966/Cililitan%20Diresmikan%20Jadi",),
        source_kind=SourceKind.NEWS_REPORT,
    )


def sultra_hybrid_workshop_2022() -> Workshop:
    """News report (sultra.antaranews.com): Perwakilan BKKBN Sulawesi Tenggara's workshop on managing
    Kampung Keluarga Berkualitas, Thursday–Saturday 6–8 October 2022 in Kendari, hybrid, 68 participants
    from 17 regencies and cities: Bappeda and DPPKB officials in person, the health and village-government
    agencies online (no count per group). The hotel is not named."""
    return Workshop(
        title="Lokakarya Pengelolaan Kampung Keluarga Berkualitas Provinsi Sulawesi Tenggara",
        level=EventLevel.PROVINCE,
        dates=DateRange(dt.date(2022, 10, 6), dt.date(2022, 10, 8)),
        venue=Venue(mode=VenueMode.HYBRID, region=RegionCode("74.71")),
        host_region=RegionCode("74"),
        organizer=_bkkbn_office("74", "Perwakilan BKKBN Provinsi Sulawesi Tenggara"),
        participants=Participants(
            (
                ParticipantGroup("Bappeda", description="hadir langsung"),
                ParticipantGroup("DPPKB", description="hadir langsung"),
                ParticipantGroup("Dinas Kesehatan", description="daring"),
                ParticipantGroup("Dinas Pemerintahan Desa", description="daring"),
            ),
            total=68,
        ),
        sources=(
            "https://sultra.antaranews.com/berita/430325/bkkbn-sulawesi-tenggara-gelar-lokakarya-pengelolaan-kampung-keluarga-berkualitas",
        ),
        source_kind=SourceKind.NEWS_REPORT,
    )


# -- the table ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[], Any]
    cls: Any
    #: (the document's change, the path of the error it must raise)
    breaks: tuple[tuple[Callable[[dict[str, Any]], None], str], ...]


def _set(*path: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _both(*changes: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        for each in changes:
            each(document)

    return change


CASES = [
    Case(
        "news report of a launch across kecamatan",
        bolmong_launch_2018,
        Event,
        (
            (_set("declared", "districts", value=0), "$.declared.districts"),
            (_set("host_region", value="71"), "$.host_region"),
            (_set("declared", "total", value="sekitar tiga belas"), "$.declared.total"),
        ),
    ),
    Case(
        "news report of a launch naming its kampung",
        pituruh_launch_2018,
        Event,
        (
            (_set("declared", "total", value={"value": 3, "qualifier": "exact"}), "$.declared.total"),
            (_set("declared", "kampung", 0, "region", value="33.06.11"), "$.declared.kampung[0].region"),
            (
                _set("declared", "by_district", 0, "count", value={"value": 1, "qualifier": "exact"}),
                "$.declared.by_district[0].count",
            ),
        ),
    ),
    Case(
        "news report of a launch with KB services by method",
        sukoharjo_launch_with_services_2017,
        Event,
        (
            (_set("services", 2, "method", value="tubectomy"), "$.services[2]"),
            (_set("services", 0, "count", value={"value": -4, "qualifier": "exact"}), "$.services[0].count.value"),
        ),
    ),
    Case(
        "invitation letter to an orientation (roles, no counts)",
        jabar_orientation_invitation_2022,
        Event,
        (
            (_set("reported_on", value="2022-06-23"), "$.reported_on"),
            (_set("participants", "groups", 0, "qualifier", value="at_least"), "$.participants.groups[0].qualifier"),
            (_set("venue", "platform", value="Zoom"), "$.venue.platform"),
        ),
    ),
    Case(
        "coordination meeting report with roles and no counts",
        brebes_coordination_meeting_2023,
        Event,
        (
            (
                _both(_set("participants", "total", value=2), _set("participants", "groups", 0, "count", value=5)),
                "$.participants.total",
            ),
            (_set("participants", "groups", value=[]), "$.participants"),
        ),
    ),
    Case(
        "kampung classes of a regency without a total",
        brebes_classes_2023,
        KampungClassCounts,
        (
            (_set("total", value={"value": 40, "qualifier": "exact"}), "$.total"),
            (_set("counts", 3, "kampung_class", value="dasar"), "$.counts[3].kampung_class"),
        ),
    ),
    Case(
        "a regency's target number of kampung",
        brebes_target_2023,
        KampungTarget,
        (
            (_set("target", value={"value": 0, "qualifier": "exact"}), "$.target.value"),
            (_set("period", value="akhir 2023"), "$.period"),
        ),
    ),
    Case(
        "a regency's yearly target and what it achieved",
        kendal_target_2018,
        KampungTarget,
        (
            (_set("region", value="33.24.01.2001"), "$.region"),
            (_set("as_of", value="2018-13"), "$.as_of"),
        ),
    ),
    Case(
        "kampung classes of a regency adding up to the total",
        pasuruan_classes_2025,
        KampungClassCounts,
        ((_set("total", value={"value": 366, "qualifier": "exact"}), "$.total"),),
    ),
    Case(
        "kampung classes of a regency, one class unstated",
        tabanan_classes_2025,
        KampungClassCounts,
        ((_set("total", value={"value": 95, "qualifier": "exact"}), "$.total"),),
    ),
    Case(
        "portal page of a facilitation and coaching visit",
        brebes_facilitation_portal_2025,
        Event,
        (
            (_set("host_region", value="33.29"), "$.host_region"),
            (_set("kampung_ids", value=[0]), "$.kampung_ids[0]"),
        ),
    ),
    Case(
        "news report of an inauguration",
        katingan_inauguration_2016,
        Event,
        (
            (_set("inaugurated", value=""), "$.inaugurated"),
            (_set("reported_on", value="2016-03-07"), "$.dates.start"),
        ),
    ),
    Case(
        "news report with an approximate head count",
        cililitan_inauguration_2016,
        Event,
        (
            (_set("participants", "qualifier", value="sekitar"), "$.participants.qualifier"),
            (_set("participants", "groups", 0, "count", value=-1), "$.participants.groups[0].count"),
        ),
    ),
    Case(
        "news report of a hybrid workshop",
        sultra_hybrid_workshop_2022,
        Event,
        (
            (_set("venue", value={}), "$.venue"),
            (_set("participants", "groups", 0, "count", value=69), "$.participants.total"),
        ),
    ),
    Case(
        "the seed: the city's report of its workshop",
        pasuruan_city_workshop_2020,
        Event,
        ((_set("participants", "total", value=156), "$.participants.total"),),
    ),
]


def _schema_name(cls: Any) -> str:
    return "Event" if cls is Event else cls.__name__


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_source_round_trips_and_validates_against_its_schema(case: Case) -> None:
    """The record survives dict and JSON round trips, and its JSON validates against the committed schema."""
    record = case.build()
    assert from_dict(to_dict(record), case.cls) == record
    assert from_json(to_json(record), case.cls) == record
    schema = json.loads((SCHEMAS / f"{_schema_name(case.cls)}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(json.loads(to_json(record)))


@pytest.mark.parametrize(
    ("case", "index"),
    [(case, index) for case in CASES for index in range(len(case.breaks))],
    ids=[f"{case.name}-{index}" for case in CASES for index in range(len(case.breaks))],
)
def test_each_broken_variant_is_refused_at_its_path(case: Case, index: int) -> None:
    """A document broken on purpose is refused, and the first error is at the path the rule belongs to."""
    change, path = case.breaks[index]
    document = to_dict(case.build())
    change(document)
    with pytest.raises(ValidationError) as caught:
        from_dict(document, case.cls)
    assert path in [error.path for error in caught.value.errors]


def test_there_are_at_least_twelve_kinds_of_source() -> None:
    """The table covers at least twelve kinds of real source (with the kampung and people cases elsewhere)."""
    assert len(CASES) >= 12


def test_nothing_unstated_is_filled_in() -> None:
    """What the sources do not state stays empty: no total for the invitation, no per-kecamatan counts for
    Bolaang Mongondow, no hotel name for Kendari, no total for Brebes' classes, no berkembang for Tabanan."""
    assert jabar_orientation_invitation_2022().participants.total is None  # type: ignore[union-attr]
    assert bolmong_launch_2018().declared.by_district == ()  # type: ignore[union-attr]
    assert sultra_hybrid_workshop_2022().venue.name is None  # type: ignore[union-attr]
    assert brebes_classes_2023().total is None
    assert tabanan_classes_2025().count_of(KampungClass.BERKEMBANG) is None
    assert [group.count for group in sultra_hybrid_workshop_2022().participants.groups] == [None] * 4  # type: ignore[union-attr]


def test_a_source_contradicting_itself_is_refused() -> None:
    """Kota Probolinggo 2025 states 29 Kampung KB but classes adding up to 30: the record is refused at
    $.total rather than one of the figures being silently changed."""
    with pytest.raises(ValidationError) as caught:
        KampungClassCounts(
            region=RegionCode("35.74"),
            counts=tuple(
                ClassCount(kampung_class, Count(value))
                for kampung_class, value in zip(KampungClass, (2, 13, 1, 14), strict=True)
            ),
            total=Count(29),
        )
    assert [error.path for error in caught.value.errors] == ["$.total"]


def test_the_seed_workshop_is_unchanged() -> None:
    """The seed's facts are as before: 155 participants in five exact groups, and the shipped JSON is the
    example as written (the new fields are empty or default)."""
    workshop = pasuruan_city_workshop_2020()
    assert workshop.participants is not None
    assert workshop.participants.stated_total == Count(155)
    assert [group.count for group in workshop.participants.groups] == [12, 4, 4, 114, 21]
    assert (workshop.source_kind, workshop.services, workshop.reported_on) == (None, (), None)
    assert from_json(example_json(), Event) == workshop  # type: ignore[arg-type]
