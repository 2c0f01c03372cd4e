"""The vocabularies of programme events: kinds, levels and the programme's names (re-exported by
:mod:`kampungkb.events`).

    >>> EventKind.MINI_WORKSHOP.code, EventLevel.DISTRICT.label, Programme.KKBPK.code
    ('lokakarya_mini', 'Kecamatan', 'kkbpk')
"""

from __future__ import annotations

import functools

from .._core import CodedEnum
from ..regions import RegionLevel

__all__ = ["EventKind", "EventLevel", "Programme", "SourceKind", "VenueMode"]


class EventKind(CodedEnum):
    """The kinds of programme event, with the ``kind`` code each carries in JSON.

    ``.english`` names the kind in English (for :func:`summary_en`).

    >>> EventKind.WORKSHOP.code, EventKind.WORKSHOP.label, EventKind.WORKSHOP.english
    ('lokakarya', 'Lokakarya', 'workshop')
    >>> EventKind.from_code("rakor").label
    'Rapat Koordinasi'
    """

    english: str

    WORKSHOP = "lokakarya", "Lokakarya", "workshop"
    MINI_WORKSHOP = "lokakarya_mini", "Lokakarya Mini", "mini workshop"
    LAUNCH = "pencanangan", "Pencanangan", "launch"
    COORDINATION_MEETING = "rakor", "Rapat Koordinasi", "coordination meeting"
    SOCIALIZATION = "sosialisasi", "Sosialisasi", "information session"
    APPRECIATION = "apresiasi", "Apresiasi", "award"
    TRAINING = "pelatihan", "Pelatihan", "training"
    ORIENTATION = "orientasi", "Orientasi", "orientation"
    FACILITATION = "fasilitasi", "Fasilitasi", "facilitation visit"
    COACHING = "pembinaan", "Pembinaan", "coaching visit"
    MONITORING = "monev", "Monitoring dan Evaluasi", "monitoring and evaluation visit"
    INAUGURATION = "peresmian", "Peresmian", "inauguration"

    def __init__(self, code: str, label: str, english: str) -> None:
        self.english = english


@functools.total_ordering
class EventLevel(CodedEnum):
    """The level of government an event is held at (*tingkat*), from the village up to the nation.

    Levels are ordered (``EventLevel.VILLAGE < EventLevel.NATIONAL``); below the
    nation their codes are those of :class:`kampungkb.regions.RegionLevel`.

    >>> EventLevel.REGENCY.code, EventLevel.REGENCY.label, EventLevel.REGENCY.english
    ('kabupaten_kota', 'Kabupaten/Kota', 'regency/city')
    >>> EventLevel.DISTRICT < EventLevel.PROVINCE
    True
    """

    english: str

    VILLAGE = "desa_kelurahan", "Desa/Kelurahan", "village"
    DISTRICT = "kecamatan", "Kecamatan", "district"
    REGENCY = "kabupaten_kota", "Kabupaten/Kota", "regency/city"
    PROVINCE = "provinsi", "Provinsi", "province"
    NATIONAL = "nasional", "Nasional", "national"

    def __init__(self, code: str, label: str, english: str) -> None:
        self.english = english

    @property
    def rank(self) -> int:
        """1 for the village level up to 5 for the nation.

        >>> EventLevel.VILLAGE.rank, EventLevel.NATIONAL.rank
        (1, 5)
        """
        return _LEVEL_RANK[self]

    @property
    def region_level(self) -> RegionLevel | None:
        """The level of the region code that hosts an event of this level (None for the nation).

        >>> EventLevel.REGENCY.region_level
        <RegionLevel.REGENCY: 'kabupaten_kota'>
        >>> EventLevel.NATIONAL.region_level is None
        True
        """
        return None if self is EventLevel.NATIONAL else RegionLevel.from_code(self.code)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, EventLevel):
            return NotImplemented
        return self.rank < other.rank


class Programme(CodedEnum):
    """The national programme an event belongs to, under the name it carried at the time.

    KKBPK was the name in the 2015–2019 plan period; Bangga Kencana replaced it at the end
    of 2019 (sources in ``docs/events.md``).

    >>> Programme.BANGGA_KENCANA.label
    'Pembangunan Keluarga, Kependudukan dan Keluarga Berencana'
    """

    KKBPK = "kkbpk", "Kependudukan, Keluarga Berencana dan Pembangunan Keluarga"
    BANGGA_KENCANA = "bangga_kencana", "Pembangunan Keluarga, Kependudukan dan Keluarga Berencana"


class SourceKind(CodedEnum):
    """The kind of source an event was recorded from; ``.precedes_event`` for those written before it.

    An invitation or terms of reference is written before its event by nature; a news
    report, an official report, a press release, a portal page or a social media post
    after it (or during it).

    >>> SourceKind.INVITATION.label, SourceKind.INVITATION.precedes_event
    ('Surat Undangan', True)
    >>> SourceKind.NEWS_REPORT.code, SourceKind.NEWS_REPORT.precedes_event
    ('news_report', False)
    """

    precedes_event: bool

    NEWS_REPORT = "news_report", "Berita", False
    OFFICIAL_REPORT = "official_report", "Laporan Kegiatan", False
    PRESS_RELEASE = "press_release", "Siaran Pers", False
    PORTAL_PAGE = "portal_page", "Halaman Portal Kampung KB", False
    SOCIAL_MEDIA_POST = "social_media_post", "Unggahan Media Sosial", False
    INVITATION = "invitation", "Surat Undangan", True
    TERMS_OF_REFERENCE = "terms_of_reference", "Kerangka Acuan Kegiatan (KAK/TOR)", True

    def __init__(self, code: str, label: str, precedes_event: bool) -> None:
        self.precedes_event = precedes_event


class VenueMode(CodedEnum):
    """How an event was attended: in person (luring), online (daring) or both (hybrid).

    >>> VenueMode.ONLINE.label, VenueMode.HYBRID.code
    ('Daring', 'hybrid')
    """

    IN_PERSON = "in_person", "Luring"
    ONLINE = "online", "Daring"
    HYBRID = "hybrid", "Luring dan Daring (hybrid)"


# ---------------------------------------------------------------------------
# Helpers

_LEVEL_RANK: dict[EventLevel, int] = {level: rank for rank, level in enumerate(EventLevel, start=1)}
