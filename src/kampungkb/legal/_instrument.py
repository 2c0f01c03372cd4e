"""The legal-instrument models: types, gazette references, identities and instruments.

>>> uu = LegalInstrument(type=InstrumentType.LAW, number="52", year=2009)
>>> uu.ref
InstrumentRef(type=<InstrumentType.LAW: 'uu'>, number='52', year=2009, issuer=None)
>>> InstrumentType.LAW.rank, InstrumentType.LAW.label
(3, 'Undang-Undang')
"""

from __future__ import annotations

import datetime as _dt
import functools
import math
import re
import time
from collections.abc import Callable, Iterator
from typing import Final

from .._core import URL, CodedEnum, field, lazy_pattern, model
from ..errors import ErrorCode, ErrorItem, PathPart

__all__ = [
    "Confidence",
    "Gazette",
    "GazetteKind",
    "InstrumentRef",
    "InstrumentType",
    "LegalInstrument",
    "add_instrument_check",
    "latest_year",
]

#: Indonesia's easternmost time zone (WIT, UTC+9): the first in the country to reach a new year.
_WIT: Final = _dt.timezone(_dt.timedelta(hours=9), "WIT")


def latest_year() -> int:
    """The current year in Indonesia's easternmost time zone (WIT, UTC+9): no instrument is later.

    An instrument's year (and its gazette's) may not be after it. WIT is the first
    Indonesian time zone to reach a new year, so an instrument set anywhere in
    Indonesia on 1 January is never refused for a clock still in the old year.

    >>> latest_year() >= 2025
    True
    """
    until, year = _year_until[0]
    if time.time() < until:  # the clock is read on every call; the calendar only when the year may have changed
        return year
    now = _dt.datetime.now(_WIT)
    _year_until[0] = (_dt.datetime(now.year + 1, 1, 1, tzinfo=_WIT).timestamp(), now.year)
    return now.year


#: The instant (POSIX seconds) the year :func:`latest_year` last found ends in WIT, and that year.
_year_until: list[tuple[float, int]] = [(-math.inf, 0)]


#: Instrument numbers: a digit (or, for TAP MPR, a Roman numeral) then letters and digits,
#: in at most ten segments joined by ".", "/" or "-" (``52``, ``100.1.1-6117``, ``III/MPR``).
NUMBER_HEAD: Final = r"[0-9IVXLCDM]"
NUMBER_TAIL: Final = r"[0-9A-Za-z]{0,19}(?:[./-][0-9A-Za-z]{1,20}){0,9}"
NUMBER_PATTERN: Final = NUMBER_HEAD + NUMBER_TAIL

#: Who issued an instrument whose type needs it: letters, with ' . , / - inside words.
ISSUER_PATTERN: Final = r"[A-Za-z][A-Za-z'.,/-]{0,39}(?: [A-Za-z][A-Za-z'.,/-]{0,39}){0,11}"

#: The longest title (the subject after "tentang") an instrument may have.
MAX_TITLE_LENGTH: Final = 1000

#: A title (the subject after "tentang"): one line, no parentheses, semicolons or ellipsis,
#: not starting with a space, not ending with a space or . , :
TITLE_PATTERN: Final = rf"[^\s();…](?:[^();…\r\n\t\f\v]{{0,{MAX_TITLE_LENGTH - 2}}}[^\s();….,:])?"


#: Words that end an issuer in a citation (number and year markers, "tentang", "Republik
#: Indonesia"), so an issuer may not contain them: a word is reserved when it starts with one
#: of these, followed by anything but a letter ("No." and "No" both are).
RESERVED_ISSUER_WORDS: Final = (
    "nomor",
    "nomer",
    "no",
    "n0",
    "nr",
    "tahun",
    "th",
    "thn",
    "tentang",
    "ttg",
    "republik",
    "nri",
    "ri",
)
RESERVED_WORD: Final = rf"(?:{'|'.join(RESERVED_ISSUER_WORDS)})(?![a-z])"
_RESERVED_WORD = lazy_pattern(RESERVED_WORD, re.IGNORECASE)

_URL = lazy_pattern(URL)
_SEBAGAIMANA = lazy_pattern(r"(?i)\bsebagaimana\b")


class InstrumentType(CodedEnum):
    """The kinds of legal instrument met in Kampung KB documents.

    The first eight form the hierarchy of UU 12/2011 Pasal 7 ayat (1) and carry its
    ``rank`` (1 = highest; UU and Perppu share rank 3). The others — instructions,
    decrees, ministerial and agency regulations, regional heads' regulations, circulars —
    have ``rank`` None: UU 12/2011 Pasal 8 recognises some of them, Pasal 7 none.
    ``abbreviations`` are the short forms seen in use (the first is what short citations
    print); ``label`` is the Indonesian name.

    >>> InstrumentType.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW.abbreviations
    ('Perppu', 'Perpu')
    >>> [t.code for t in InstrumentType if t.rank == 3]
    ['uu', 'perppu']
    >>> InstrumentType.BKKBN_REGULATION.label
    'Peraturan Badan Kependudukan dan Keluarga Berencana Nasional'
    """

    rank: int | None
    abbreviations: tuple[str, ...]

    CONSTITUTION = "uud_1945", "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", 1, ("UUD 1945",)
    MPR_DECREE = "tap_mpr", "Ketetapan Majelis Permusyawaratan Rakyat", 2, ("TAP MPR",)
    LAW = "uu", "Undang-Undang", 3, ("UU",)
    GOVERNMENT_REGULATION_IN_LIEU_OF_LAW = (
        "perppu",
        "Peraturan Pemerintah Pengganti Undang-Undang",
        3,
        ("Perppu", "Perpu"),
    )
    GOVERNMENT_REGULATION = "pp", "Peraturan Pemerintah", 4, ("PP",)
    PRESIDENTIAL_REGULATION = "perpres", "Peraturan Presiden", 5, ("Perpres",)
    PROVINCIAL_REGULATION = "perda_provinsi", "Peraturan Daerah Provinsi", 6, ("Perda Provinsi",)
    REGENCY_CITY_REGULATION = "perda_kabupaten_kota", "Peraturan Daerah Kabupaten/Kota", 7, ("Perda Kabupaten/Kota",)
    PRESIDENTIAL_INSTRUCTION = "inpres", "Instruksi Presiden", None, ("Inpres",)
    PRESIDENTIAL_DECREE = "keppres", "Keputusan Presiden", None, ()
    MINISTERIAL_REGULATION = "permen", "Peraturan Menteri", None, ("Permen",)
    MINISTERIAL_DECREE = "kepmen", "Keputusan Menteri", None, ("Kepmen",)
    BKKBN_REGULATION = (
        "perban",
        "Peraturan Badan Kependudukan dan Keluarga Berencana Nasional",
        None,
        ("Perban", "Peraturan BKKBN"),
    )
    BKKBN_HEAD_REGULATION = (
        "peraturan_kepala_bkkbn",
        "Peraturan Kepala Badan Kependudukan dan Keluarga Berencana Nasional",
        None,
        ("Peraturan Kepala BKKBN",),
    )
    GOVERNOR_REGULATION = "pergub", "Peraturan Gubernur", None, ("Pergub",)
    REGENT_REGULATION = "perbup", "Peraturan Bupati", None, ("Perbup",)
    MAYOR_REGULATION = "perwali", "Peraturan Wali Kota", None, ("Perwali",)
    GOVERNOR_DECREE = "keputusan_gubernur", "Keputusan Gubernur", None, ()
    REGENT_DECREE = "keputusan_bupati", "Keputusan Bupati", None, ()
    MAYOR_DECREE = "keputusan_wali_kota", "Keputusan Wali Kota", None, ()
    CIRCULAR = "surat_edaran", "Surat Edaran", None, ()
    DECREE_LETTER = "surat_keputusan", "Surat Keputusan", None, ("SK",)

    def __init__(self, code: str, label: str, rank: int | None = None, abbreviations: tuple[str, ...] = ()) -> None:
        self.rank = rank
        self.abbreviations = abbreviations

    @property
    def short_name(self) -> str:
        """The name short citations print: the first abbreviation, else the label.

        >>> InstrumentType.LAW.short_name, InstrumentType.PRESIDENTIAL_DECREE.short_name
        ('UU', 'Keputusan Presiden')
        """
        return self.abbreviations[0] if self.abbreviations else self.label

    @property
    def takes_issuer(self) -> bool:
        """True when an instrument of this type names its issuer (a ministry, a region, an office).

        >>> InstrumentType.MINISTERIAL_REGULATION.takes_issuer, InstrumentType.LAW.takes_issuer
        (True, False)
        """
        return self in _ISSUER_TYPES

    @property
    def gazette_kind(self) -> GazetteKind | None:
        """Where instruments of this type are promulgated, as far as the notes say (else None).

        Laws, Perppu, PP and Perpres go into the Lembaran Negara; ministerial and BKKBN
        regulations into the Berita Negara.

        >>> InstrumentType.LAW.gazette_kind
        <GazetteKind.STATE_GAZETTE: 'lembaran_negara'>
        >>> InstrumentType.BKKBN_REGULATION.gazette_kind
        <GazetteKind.STATE_BULLETIN: 'berita_negara'>
        >>> InstrumentType.PRESIDENTIAL_INSTRUCTION.gazette_kind is None
        True
        """
        return _GAZETTE_OF.get(self)


class Confidence(CodedEnum):
    """How sure a built-in fact is.

    ``confirmed``: stated by the regulation's own text or an official page.
    ``corroborated``: secondary sources only (news, templates), or two consistent ones.
    Facts that could not be confirmed either way are not shipped at all.

    >>> Confidence.from_code("corroborated").label
    'Didukung sumber sekunder'
    """

    CONFIRMED = "confirmed", "Terkonfirmasi"
    CORROBORATED = "corroborated", "Didukung sumber sekunder"


class GazetteKind(CodedEnum):
    """The official gazettes instruments are promulgated in.

    >>> GazetteKind.STATE_GAZETTE.label
    'Lembaran Negara Republik Indonesia'
    """

    STATE_GAZETTE = "lembaran_negara", "Lembaran Negara Republik Indonesia"
    STATE_BULLETIN = "berita_negara", "Berita Negara Republik Indonesia"


_GAZETTE_OF: Final[dict[InstrumentType, GazetteKind]] = {
    InstrumentType.LAW: GazetteKind.STATE_GAZETTE,
    InstrumentType.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW: GazetteKind.STATE_GAZETTE,
    InstrumentType.GOVERNMENT_REGULATION: GazetteKind.STATE_GAZETTE,
    InstrumentType.PRESIDENTIAL_REGULATION: GazetteKind.STATE_GAZETTE,
    InstrumentType.MINISTERIAL_REGULATION: GazetteKind.STATE_BULLETIN,
    InstrumentType.BKKBN_REGULATION: GazetteKind.STATE_BULLETIN,
    InstrumentType.BKKBN_HEAD_REGULATION: GazetteKind.STATE_BULLETIN,
}

_ISSUER_TYPES: Final = frozenset(
    {
        InstrumentType.MINISTERIAL_REGULATION,
        InstrumentType.MINISTERIAL_DECREE,
        InstrumentType.PROVINCIAL_REGULATION,
        InstrumentType.REGENCY_CITY_REGULATION,
        InstrumentType.GOVERNOR_REGULATION,
        InstrumentType.REGENT_REGULATION,
        InstrumentType.MAYOR_REGULATION,
        InstrumentType.GOVERNOR_DECREE,
        InstrumentType.REGENT_DECREE,
        InstrumentType.MAYOR_DECREE,
        InstrumentType.CIRCULAR,
        InstrumentType.DECREE_LETTER,
    }
)

_REGENCY_OR_CITY = lazy_pattern(r"(?i)(?:kabupaten|kota) \S")


@model(kw_only=True)
class Gazette:
    """Where an instrument was promulgated: a Lembaran Negara or Berita Negara entry.

    ``supplement`` is the Tambahan Lembaran Negara number (the explanatory supplement
    laws get); it exists only for the Lembaran Negara.

    >>> Gazette(kind=GazetteKind.STATE_GAZETTE, year=2009, number=161, supplement=5080).supplement
    5080
    >>> Gazette(kind=GazetteKind.STATE_BULLETIN, year=2020, number=703, supplement=1)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.supplement: only the Lembaran Negara has a Tambahan (supplement) number [invariant]
    """

    kind: GazetteKind
    year: int = field(ge=1945, le=2999, description="the gazette's year")
    number: int = field(ge=1, le=999_999, description="the entry number in that year's gazette")
    supplement: int | None = field(default=None, ge=1, le=999_999, description="Tambahan Lembaran Negara number")

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from _future_year(self.year, "a gazette's")
        if self.supplement is not None and self.kind is not GazetteKind.STATE_GAZETTE:
            yield ErrorItem(
                ("supplement",), "only the Lembaran Negara has a Tambahan (supplement) number", ErrorCode.INVARIANT
            )


@model
class InstrumentRef:
    """The identity of an instrument — type, number, year and, where the type needs it, issuer.

    This is what ``amends`` and ``revokes`` hold. The Constitution has no number.

    >>> InstrumentRef(InstrumentType.LAW, "23", 2014)
    InstrumentRef(type=<InstrumentType.LAW: 'uu'>, number='23', year=2014, issuer=None)
    >>> InstrumentRef(InstrumentType.LAW, None, 2014)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.number: an instrument of type 'Undang-Undang' needs a number [invariant]
    """

    type: InstrumentType
    number: str | None = field(
        pattern=NUMBER_PATTERN, max_length=200, description="as printed, e.g. '52' or '100.1.1-6117'"
    )
    year: int = field(ge=1945, le=2999)
    issuer: str | None = field(
        default=None, pattern=ISSUER_PATTERN, max_length=500, description="ministry, region or office"
    )

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from identity_problems(self.type, self.number, self.year, self.issuer)


@model(kw_only=True)
class LegalInstrument:
    """A legal instrument: its identity, title, dates, gazette, links and the sources of its facts.

    ``number`` is a string (numbers such as ``100.1.1-6117`` exist). ``title`` is the subject
    after "tentang". ``issuer`` names the ministry (``"Dalam Negeri"``), region
    (``"Jawa Timur"``, ``"Kota Pasuruan"``) or office for types that need one.
    ``amends``/``revokes`` hold the identities of other instruments. ``sources`` and
    ``confidence`` document built-in facts (the registry's); a fact not found in any source
    is ``None``, never guessed.

    An instrument that names a registered instrument (same type, number, year and issuer)
    may leave any fact unknown, but every fact it states must be the registry's: a
    different date, gazette, amendment link, source or confidence is an ``invariant`` error
    at that field. A title written differently from the registry's is refused too, unless
    ``title_as_written`` says it is kept as the document wrote it. An instrument may not
    claim another registered instrument's gazette entry. Its year, and its gazette's, are
    not after the current year (:func:`latest_year`), and neither the gazette nor the
    promulgation comes before the instrument's year.

    In JSON an instrument travels as an object; any field typed ``LegalInstrument`` also
    accepts a citation string on input, parsed with :func:`kampungkb.legal.parse_citation`
    (a registered instrument comes back with the registry's facts). A citation that would
    need a correction is refused there, so data never changes silently.

    >>> from kampungkb.codec import from_dict
    >>> pp = from_dict("PP 87/2014", LegalInstrument)
    >>> pp.title
    'Perkembangan Kependudukan dan Pembangunan Keluarga, Keluarga Berencana, dan Sistem Informasi Keluarga'
    >>> LegalInstrument(type=InstrumentType.LAW, number="5", year=2010, issuer="Kesehatan")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.issuer: an instrument of type 'Undang-Undang' names no issuer; found 'Kesehatan' [invariant]
    >>> LegalInstrument(type=InstrumentType.LAW, number="52", year=2009, enacted=_dt.date(2009, 10, 30))
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.enacted: the registry gives UU 52/2009 enacted 2009-10-29; found 2009-10-30 [invariant]
    """

    type: InstrumentType
    number: str | None = field(
        pattern=NUMBER_PATTERN, max_length=200, description="as printed, e.g. '52' or '100.1.1-6117'"
    )
    year: int = field(ge=1945, le=2999)
    title: str | None = field(
        default=None, pattern=TITLE_PATTERN, max_length=MAX_TITLE_LENGTH, description="the subject after 'tentang'"
    )
    title_as_written: bool = field(
        default=False,
        description="true: the title is kept as the document wrote it, even where the registry's differs",
    )
    issuer: str | None = field(
        default=None, pattern=ISSUER_PATTERN, max_length=500, description="ministry, region or office"
    )
    enacted: _dt.date | None = field(default=None, description="ditetapkan / disahkan")
    promulgated: _dt.date | None = field(default=None, description="diundangkan")
    gazette: Gazette | None = None
    amends: tuple[InstrumentRef, ...] = field(default=(), max_items=50)
    revokes: tuple[InstrumentRef, ...] = field(default=(), max_items=50)
    sources: tuple[str, ...] = field(default=(), max_items=50)
    confidence: Confidence | None = None

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from _future_year(self.year, "an instrument's")  # depends on the date: checked on every call
        for location, message, code in _own_problems_of(self):
            yield ErrorItem(location, message, code)
        for check in _CHECKS:
            yield from check(self)

    def _own_problems(self) -> Iterator[ErrorItem]:
        """The rules of the instrument's own fields but the year's (a pure function of the instrument)."""
        yield from identity_rules(self.type, self.number, self.year, self.issuer)
        if self.type is InstrumentType.CONSTITUTION and self.title is not None:
            yield ErrorItem(("title",), "the Constitution's citation has no 'tentang' title", ErrorCode.INVARIANT)
        if self.title is not None and _SEBAGAIMANA.search(self.title):
            yield ErrorItem(
                ("title",), "a title may not contain 'sebagaimana' (it opens an amendment clause)", ErrorCode.INVARIANT
            )
        if self.gazette is not None:
            expected = self.type.gazette_kind
            if expected is None:
                yield ErrorItem(
                    ("gazette",),
                    f"an instrument of type {self.type.label!r} is not promulgated in a gazette",
                    ErrorCode.INVARIANT,
                )
            elif self.gazette.kind is not expected:
                yield ErrorItem(
                    ("gazette", "kind"),
                    f"an instrument of type {self.type.label!r} is promulgated in the {expected.label},"
                    f" not the {self.gazette.kind.label}",
                    ErrorCode.INVARIANT,
                )
        if self.enacted is not None and self.promulgated is not None and self.promulgated < self.enacted:
            yield ErrorItem(
                ("promulgated",),
                f"promulgated {self.promulgated.isoformat()} before it was enacted {self.enacted.isoformat()}",
                ErrorCode.INVARIANT,
            )
        yield from self._year_problems()
        if self.title_as_written and self.title is None:
            yield ErrorItem(("title_as_written",), "title_as_written is set but there is no title", ErrorCode.INVARIANT)
        own = (self.type, self.number, self.year, self.issuer)  # the identity, as self.ref would hold it
        for name in ("amends", "revokes"):
            for index, ref in enumerate(getattr(self, name)):
                if (ref.type, ref.number, ref.year, ref.issuer) == own:
                    yield ErrorItem((name, index), f"an instrument cannot {name[:-1]} itself", ErrorCode.INVARIANT)
        for index, source in enumerate(self.sources):
            if _URL.fullmatch(source) is None:
                yield ErrorItem(
                    ("sources", index), f"expected an http(s) URL, found {source[:60]!r}", ErrorCode.INVARIANT
                )

    def _year_problems(self) -> Iterator[ErrorItem]:
        """The gazette and the promulgation are not before the instrument's year, nor apart from each other."""
        gazette, promulgated = self.gazette, self.promulgated
        if gazette is not None and gazette.year < self.year:
            yield ErrorItem(
                ("gazette", "year"),
                f"the gazette's year {gazette.year} is before the instrument's year {self.year}",
                ErrorCode.INVARIANT,
            )
        if promulgated is not None and promulgated.year < self.year:
            yield ErrorItem(
                ("promulgated",),
                f"promulgated {promulgated.isoformat()}, before the instrument's year {self.year}",
                ErrorCode.INVARIANT,
            )
        elif gazette is not None and promulgated is not None and self.year <= gazette.year != promulgated.year:
            yield ErrorItem(
                ("gazette", "year"),
                f"a gazette of {gazette.year} for an instrument promulgated {promulgated.isoformat()}",
                ErrorCode.INVARIANT,
            )

    @property
    def ref(self) -> InstrumentRef:
        """The instrument's identity (type, number, year, issuer).

        >>> LegalInstrument(type=InstrumentType.LAW, number="52", year=2009).ref.number
        '52'
        """
        return InstrumentRef(self.type, self.number, self.year, self.issuer)


#: Further rules of an instrument, added by the modules that know what they need (the registry's).
_CHECKS: list[Callable[[LegalInstrument], Iterator[ErrorItem]]] = []


def add_instrument_check(check: Callable[[LegalInstrument], Iterator[ErrorItem]]) -> None:
    """Run ``check`` among every :class:`LegalInstrument`'s invariants (the registry adds its own this way)."""
    _CHECKS.append(check)


def _future_year(year: int, whose: str) -> Iterator[ErrorItem]:
    latest = latest_year()
    if year > latest:
        yield ErrorItem(("year",), f"{whose} year {year} is after the current year ({latest})", ErrorCode.INVARIANT)


#: How many distinct instruments the rules of their own fields are remembered for.
_REMEMBERED_INSTRUMENTS = 1024


@functools.lru_cache(maxsize=_REMEMBERED_INSTRUMENTS)
def _own_problems_of(item: LegalInstrument) -> tuple[tuple[tuple[PathPart, ...], str, ErrorCode], ...]:
    """``item._own_problems()``, remembered: a pure function of the (immutable, hashable) instrument.
    Kept as plain tuples, so that each call builds its own :class:`ErrorItem` objects."""
    return tuple((problem.location, problem.message, problem.code) for problem in item._own_problems())


def identity_problems(type_: InstrumentType, number: str | None, year: int, issuer: str | None) -> Iterator[ErrorItem]:
    """The rules that tie an identity's parts to its type (shared by refs and instruments)."""
    yield from _future_year(year, "an instrument's")
    yield from identity_rules(type_, number, year, issuer)


def identity_rules(type_: InstrumentType, number: str | None, year: int, issuer: str | None) -> Iterator[ErrorItem]:
    """:func:`identity_problems` but the year's, which depends on the date."""
    if type_ is InstrumentType.CONSTITUTION:
        if number is not None:
            yield ErrorItem(("number",), "the Constitution has no number", ErrorCode.INVARIANT)
        if year != 1945:
            yield ErrorItem(("year",), f"the Constitution's year is 1945, found {year}", ErrorCode.INVARIANT)
    elif number is None:
        yield ErrorItem(("number",), f"an instrument of type {type_.label!r} needs a number", ErrorCode.INVARIANT)
    if issuer is None:
        return
    if not type_.takes_issuer:
        yield ErrorItem(
            ("issuer",),
            f"an instrument of type {type_.label!r} names no issuer; found {issuer[:60]!r}",
            ErrorCode.INVARIANT,
        )
        return
    reserved = [word for word in issuer.split(" ") if _RESERVED_WORD.match(word)]
    if reserved:
        yield ErrorItem(
            ("issuer",),
            f"an issuer may not contain the citation word {reserved[0]!r} (Nomor, Tahun, RI…)",
            ErrorCode.INVARIANT,
        )
    if issuer[-1] in ".,/-'":
        yield ErrorItem(
            ("issuer",), f"an issuer may not end with punctuation; found {issuer[:60]!r}", ErrorCode.INVARIANT
        )
    if type_ is InstrumentType.REGENCY_CITY_REGULATION and _REGENCY_OR_CITY.match(issuer) is None:
        yield ErrorItem(
            ("issuer",),
            f"a Perda Kabupaten/Kota names 'Kabupaten …' or 'Kota …'; found {issuer[:60]!r}",
            ErrorCode.INVARIANT,
        )
