"""Real event records from the research notes (program-roles-events §3.4), written as JSON documents
the way a user would write them, load as valid events of the right kind."""

from __future__ import annotations

from typing import Any

import pytest

from kampungkb.codec import from_dict, from_json, to_json
from kampungkb.dates import parse_date_range
from kampungkb.events import Event, EventKind, summary_en, summary_id

BKKBN_CENTRAL = {
    "name": "Badan Kependudukan dan Keluarga Berencana Nasional",
    "acronym": "BKKBN",
    "kind": "bkkbn_central",
}


def _dates(text: str) -> dict[str, str]:
    found = parse_date_range(text)
    return {"start": found.start.isoformat(), "end": found.end.isoformat()}


RECORDS: list[tuple[str, dict[str, Any]]] = [
    (
        # E3: DP5A Kota Surabaya's lokakarya mini for Kampung KB cadres, 2018.
        "lokmin-surabaya-2018",
        {
            "kind": "lokakarya_mini",
            "title": "Lokakarya Mini Kader Kampung KB",
            "level": "kabupaten_kota",
            "dates": _dates("Senin, 6 Agustus 2018"),
            "venue": {"name": "Gedung Wanita Kalibokor"},
            "host_region": "35.78",
            "organizer": {
                "name": "DP5A Kota Surabaya",
                "acronym": "DP5A",
                "kind": "family_planning_agency",
                "region": "35.78",
            },
            "participants": {
                "groups": [
                    {"role": "Kader Kampung KB", "count": 140, "description": "dari 7 kecamatan", "position": "cadre"}
                ],
                "total": 140,
            },
            "sources": ["http://www.kimmesem.com/2018/08/dp5a-gelar-lokakarya-mini-para-kader.html"],
        },
    ),
    (
        # E5: the Kabupaten Lebak rakor, opened by its Sekda.
        "rakor-lebak-2018",
        {
            "kind": "rakor",
            "title": "Rapat Koordinasi dan Evaluasi Kampung KB Kabupaten Lebak",
            "level": "kabupaten_kota",
            "dates": _dates("Kamis, 18 Oktober 2018"),
            "venue": {"name": "Gedung PKK Kabupaten Lebak", "region": "36.02"},
            "host_region": "36.02",
            "organizer": {"name": "DP2KBP3A Kabupaten Lebak", "acronym": "DP2KBP3A", "kind": "family_planning_agency"},
            "opened_by": {
                "name": "Bapak Dede Jaelani",
                "position": "regional_secretary",
                "jurisdiction": "Kabupaten Lebak",
                "region": "36.02",
            },
            "sources": [
                "http://fesbukbantennews.com/rapat-kordinasi-dp2kbp3a-kabupaten-lebak-bahas-evaluasi-kampung-kb-tahun-2018/"
            ],
        },
    ),
    (
        # E2: the Perwakilan BKKBN Sulawesi Tenggara workshop: a total without a breakdown.
        "lokakarya-sultra-2022",
        {
            "kind": "lokakarya",
            "title": "Lokakarya Pengelolaan Kampung Keluarga Berkualitas",
            "level": "provinsi",
            "dates": _dates("Kamis hingga Sabtu, 6–8 Oktober 2022"),
            "host_region": "74",
            "organizer": {
                "name": "Perwakilan BKKBN Provinsi Sulawesi Tenggara",
                "kind": "bkkbn_provincial_office",
                "region": "74",
            },
            "speakers": [
                {
                    "organization": {
                        "name": "Direktorat Jenderal Pemerintahan Desa Kementerian Dalam Negeri",
                        "kind": "ministry",
                    }
                },
                {"organization": BKKBN_CENTRAL},
            ],
            "participants": {"groups": [], "total": 68},
            "programme": "bangga_kencana",
            "sources": [
                "https://sultra.antaranews.com/berita/430325/bkkbn-sulawesi-tenggara-gelar-lokakarya-pengelolaan-kampung-keluarga-berkualitas"
            ],
        },
    ),
    (
        # E9: orientation of Rumah DataKu managers, Perwakilan BKKBN Kalimantan Timur, 2023.
        "orientasi-kaltim-2023",
        {
            "kind": "orientasi",
            "title": "Orientasi Pengelola Rumah Data Kependudukan Angkatan II",
            "level": "provinsi",
            "dates": _dates("Senin 6 Maret 2023"),
            "host_region": "64",
            "organizer": {
                "name": "Perwakilan BKKBN Provinsi Kalimantan Timur",
                "kind": "bkkbn_provincial_office",
                "region": "64",
            },
            "participants": {"groups": [], "total": 60},
            "sources": ["https://sapos.co.id/2023/03/06/bkkbn-kaltim-gelar-orientasi-pengelola-rdk/"],
        },
    ),
    (
        # E11: information session on strengthening the Pokja, Lombok Tengah, 2023.
        "sosialisasi-lombok-tengah-2023",
        {
            "kind": "sosialisasi",
            "title": "Sosialisasi Penguatan Pokja Kampung KB",
            "level": "kabupaten_kota",
            "dates": _dates("Rabu 23 Agustus 2023"),
            "host_region": "52.02",
            "participants": {
                "groups": [{"role": "Pokja Kampung KB", "count": 25, "description": "dari 21 Kampung KB"}],
                "total": 25,
            },
        },
    ),
    (
        # The national launch of Kampung KB, 2016: a national event has no host region.
        "pencanangan-nasional-2016",
        {
            "kind": "pencanangan",
            "title": "Pencanangan Kampung KB",
            "level": "nasional",
            "dates": _dates("Kamis 14 Januari 2016"),
            "venue": {"name": "Dusun Jenawi, Desa Mertasinga", "region": "32.09"},
            "legal_basis": ["UU 52/2009"],
            "programme": "kkbpk",
            "sources": ["https://www.daldukbanten.org/kampung-kb"],
        },
    ),
]


@pytest.mark.parametrize(("name", "document"), RECORDS, ids=[name for name, _ in RECORDS])
def test_a_real_record_loads_round_trips_and_summarizes(name: str, document: dict[str, Any]) -> None:
    """The document loads as an event of its kind, round-trips, and both summaries give its total."""
    event = from_dict(document, Event)  # type: ignore[arg-type]
    assert event.kind is EventKind.from_code(document["kind"])
    assert from_json(to_json(event), Event) == event  # type: ignore[arg-type]
    for summary in (summary_id(event), summary_en(event)):
        assert event.title in summary
        if event.participants is not None:
            assert str(event.participants.total) in summary


def test_names_in_a_document_are_read_the_official_way() -> None:
    """An opener's name given as text ("Bapak Dede Jaelani") is parsed into its parts."""
    event = from_dict(dict(RECORDS)["rakor-lebak-2018"], Event)  # type: ignore[arg-type]
    assert event.opened_by is not None
    assert event.opened_by.name.formal() == "Bapak Dede Jaelani"
    assert event.opened_by.title == "Sekretaris Daerah Kabupaten Lebak"
