"""The grammar of citations: reading the text of one, or of every one in a paragraph.

Reading needs no registry; where a registered instrument should be recognised (its canonical
title, an instrument named by its gazette entry), the caller passes a :class:`Lookup`.

    >>> parse_identity("Undang-undang nomer 52 tahun 2009")
    InstrumentRef(type=<InstrumentType.LAW: 'uu'>, number='52', year=2009, issuer=None)

Every pattern here uses bounded quantifiers, and each match looks at most
:data:`MAX_CITATION_LENGTH` characters, so scanning a long text takes time in
proportion to its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final, Protocol

from .._core import CodedEnum, describe, field, lazy_pattern, model, register_scalar_form
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._instrument import (
    MAX_TITLE_LENGTH,
    NUMBER_HEAD,
    NUMBER_TAIL,
    RESERVED_WORD,
    Gazette,
    GazetteKind,
    InstrumentRef,
    InstrumentType,
    LegalInstrument,
)
from ._writing import short_text

__all__ = [
    "MAX_CITATION_LENGTH",
    "CitationMatch",
    "Correction",
    "CorrectionKind",
    "Lookup",
    "find_all",
    "parse_identity",
    "parse_whole",
    "refuse_corrections",
    "require_text",
]

#: The longest text one citation may span (a long title, its gazette and an amendment clause).
MAX_CITATION_LENGTH: Final = 4000


class Lookup(Protocol):
    """Where reading finds registered instruments: by identity and by gazette entry."""

    def by_identity(self, ref: InstrumentRef) -> LegalInstrument | None: ...  # pragma: no cover - a protocol

    def by_gazette(self, gazette: Gazette) -> LegalInstrument | None: ...  # pragma: no cover - a protocol


class CorrectionKind(CodedEnum):
    """What the parser had to correct or overrule in a citation.

    >>> CorrectionKind.TYPE_WORD.label
    'Jenis peraturan dikoreksi'
    """

    TYPE_WORD = "type_word", "Jenis peraturan dikoreksi"
    SPELLING = "spelling", "Salah ketik atau OCR dikoreksi"
    TITLE = "title", "Judul berbeda dari registri"
    GAZETTE = "gazette", "Lembaran/Berita Negara berbeda dari registri"


@model(kw_only=True)
class Correction:
    """One thing a citation said that the parser corrected: what was found and what is used.

    >>> Correction(kind=CorrectionKind.TYPE_WORD, found="UUD", used="UU").message
    "the type word 'UUD' was read as 'UU'"
    """

    kind: CorrectionKind
    found: str = field(max_length=MAX_CITATION_LENGTH)
    used: str = field(max_length=MAX_CITATION_LENGTH)

    @property
    def message(self) -> str:
        """A one-line English explanation."""
        if self.kind is CorrectionKind.TYPE_WORD:
            return f"the type word {self.found!r} was read as {self.used!r}"
        if self.kind is CorrectionKind.SPELLING:
            return f"{self.found!r} (a typing or OCR error) was read as {self.used!r}"
        return f"the citation gives {self.kind.code} {self.found!r}; the registry's {self.used!r} is used"


@model(kw_only=True)
class CitationMatch:
    """A citation found in text: the instrument, where it is, and what had to be corrected.

    ``start``/``end`` are offsets into the text searched (``text[start:end] == matched``).
    ``registered`` tells whether the instrument came from the registry. ``pinpoint`` is an
    article reference written with the citation (``"Pasal 1 angka 10"``).

    >>> from kampungkb.legal import parse_citation_detailed
    >>> m = parse_citation_detailed("Pasal 1 angka 10 UU 52 Tahun 2009")
    >>> m.pinpoint, m.span, m.registered
    ('Pasal 1 angka 10', (0, 33), True)
    """

    instrument: LegalInstrument
    start: int = field(ge=0)
    end: int = field(ge=0)
    matched: str = field(min_length=1, max_length=MAX_CITATION_LENGTH)
    corrections: tuple[Correction, ...] = ()
    pinpoint: str | None = field(default=None, max_length=200)
    registered: bool = False

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.end - self.start != len(self.matched):
            yield ErrorItem(
                ("end",), f"the span {self.start}..{self.end} does not fit the matched text", ErrorCode.INVARIANT
            )

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return (self.start, self.end)


# ---------------------------------------------------------------------------
# Helpers: citations read from data (the codec's scalar forms)


def parse_identity(value: Any) -> InstrumentRef:
    """The identity a bare citation names (``"UU 23/2014"``), without the registry.

    Used where a reference is read from data (JSON): corrections are refused, and so is
    anything a reference cannot hold (a title, gazette, article or amendment clause), so
    that nothing is changed or dropped silently.
    """
    text = require_text(value)
    if len(text) > MAX_CITATION_LENGTH:
        raise ValidationError.single(
            (), f"a citation is at most {MAX_CITATION_LENGTH} characters; found {len(text)}", ErrorCode.CONSTRAINT
        )
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    reading = _read_core(text, start, end)
    if reading is None:
        leading = _LEADING_PINPOINT.match(text, start, end)
        reading = _read_core(text, leading.end(), end) if leading is not None else None
        if reading is None:
            raise ValidationError(_missing_parts(text, start))
        reading.end = -1  # an article before the identity: more than a reference holds
    if reading.corrections:
        raise ValidationError(
            ErrorItem((), f"{c.message}; write the citation as it should be", ErrorCode.INVALID_VALUE)
            for c in reading.corrections
        )
    try:
        ref = InstrumentRef(reading.type, reading.number, reading.year, reading.issuer)
    except ValidationError as exc:
        raise _as_citation_errors(exc) from None
    if reading.end != end:
        raise ValidationError.single(
            (),
            f"a reference holds only the identity; write {short_text(ref)!r}, not {text[:80]!r}",
            ErrorCode.INVALID_VALUE,
        )
    return ref


def _as_citation_errors(exc: ValidationError) -> ValidationError:
    """The errors of an instrument built from a citation, located at the citation (the text)."""
    return ValidationError(
        ErrorItem((), f"the citation's {item.path[2:]}: {item.message}", item.code) for item in exc.errors
    )


def refuse_corrections(match: CitationMatch) -> None:
    """Refuse a citation read from data (JSON) that needed correcting: nothing is changed silently."""
    if match.corrections:
        raise ValidationError(
            ErrorItem((), f"{c.message}; write the citation as it should be", ErrorCode.INVALID_VALUE)
            for c in match.corrections
        )


# ---------------------------------------------------------------------------
# Helpers: patterns (every quantifier bounded)

_S = r"\s{1,3}"
_DASH = r"[\s\-\u2010\u2011\u2012\u2013\u2014]{0,5}"
_UNDANG = rf"undang{_DASH}undang"
_BKKBN_LONG = rf"badan{_S}kependudukan{_S}dan{_S}keluarga{_S}berencana{_S}nasional"
_WALI_KOTA = r"wali\s{0,3}kota"
#: "Presiden" misspelt the ways typing and OCR misspell it (Presden, Persiden, Presidin,
#: Pressiden...), never "presiden" itself.
_PRESIDEN_MISSPELT = r"(?!presiden(?![a-z]))p(?:re|er)s{1,2}[iey]?d[eiy]n"

T = InstrumentType

#: (pattern, type, issuer implied by the pattern). Order matters: the first that matches wins.
_TYPE_WORDS: Final[tuple[tuple[str, InstrumentType, str | None], ...]] = (
    (rf"{_UNDANG}{_S}dasar|uud", T.CONSTITUTION, None),
    (rf"peraturan{_S}pemerintah{_S}pengganti{_S}{_UNDANG}|perp{{1,2}}u", T.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW, None),
    (rf"{_UNDANG}|uu", T.LAW, None),
    (rf"peraturan{_S}pemerintah|pp", T.GOVERNMENT_REGULATION, None),
    (rf"peraturan{_S}presiden|perpr?es", T.PRESIDENTIAL_REGULATION, None),
    (rf"instruksi{_S}presiden|inpres", T.PRESIDENTIAL_INSTRUCTION, None),
    (rf"keputusan{_S}presiden|kepp?res", T.PRESIDENTIAL_DECREE, None),
    (rf"peraturan{_S}{_PRESIDEN_MISSPELT}", T.PRESIDENTIAL_REGULATION, None),
    (rf"instruksi{_S}{_PRESIDEN_MISSPELT}", T.PRESIDENTIAL_INSTRUCTION, None),
    (rf"keputusan{_S}{_PRESIDEN_MISSPELT}", T.PRESIDENTIAL_DECREE, None),
    (rf"ketetapan{_S}(?:majelis{_S}permusyawaratan{_S}rakyat|mpr)|tap\s{{0,3}}mpr", T.MPR_DECREE, None),
    (rf"(?:peraturan{_S}daerah|perda){_S}prov(?:insi)?", T.PROVINCIAL_REGULATION, None),
    (rf"(?:peraturan{_S}daerah|perda){_S}kabupaten\s{{0,3}}/\s{{0,3}}kota", T.REGENCY_CITY_REGULATION, None),
    (rf"(?:peraturan{_S}daerah|perda)(?={_S}(?:kabupaten|kota){_S}[a-z])", T.REGENCY_CITY_REGULATION, None),
    (r"permendagri", T.MINISTERIAL_REGULATION, "Dalam Negeri"),
    (r"permenkes", T.MINISTERIAL_REGULATION, "Kesehatan"),
    (rf"peraturan{_S}menteri|permen", T.MINISTERIAL_REGULATION, None),
    (r"kepmendagri", T.MINISTERIAL_DECREE, "Dalam Negeri"),
    (r"kepmenkes", T.MINISTERIAL_DECREE, "Kesehatan"),
    (rf"keputusan{_S}menteri|kepmen", T.MINISTERIAL_DECREE, None),
    (rf"peraturan{_S}kepala{_S}(?:{_BKKBN_LONG}|bkkbn)|perka{_S}bkkbn", T.BKKBN_HEAD_REGULATION, None),
    (rf"peraturan{_S}(?:{_BKKBN_LONG}|bkkbn)|perban(?:{_S}bkkbn)?", T.BKKBN_REGULATION, None),
    (rf"peraturan{_S}gubernur|pergub", T.GOVERNOR_REGULATION, None),
    (rf"peraturan{_S}bupati|perbup", T.REGENT_REGULATION, None),
    (rf"peraturan{_S}{_WALI_KOTA}|perwali", T.MAYOR_REGULATION, None),
    (rf"keputusan{_S}gubernur", T.GOVERNOR_DECREE, None),
    (rf"keputusan{_S}bupati", T.REGENT_DECREE, None),
    (rf"keputusan{_S}{_WALI_KOTA}", T.MAYOR_DECREE, None),
    (rf"surat{_S}edaran|se(?!-)", T.CIRCULAR, None),
    (rf"surat{_S}keputusan|sk", T.DECREE_LETTER, None),
)

#: The type words above that are misspelt, with the spelling they are read as.
_MISSPELT_TYPE_WORDS: Final = {
    T.PRESIDENTIAL_REGULATION: "Peraturan Presiden",
    T.PRESIDENTIAL_INSTRUCTION: "Instruksi Presiden",
    T.PRESIDENTIAL_DECREE: "Keputusan Presiden",
}
_MISSPELT = lazy_pattern(_PRESIDEN_MISSPELT, re.IGNORECASE)

_TYPE_WORD = "|".join(f"(?P<t{i}>{pattern})" for i, (pattern, _, _) in enumerate(_TYPE_WORDS))
#: A type word, standing as a word of its own, or run into the number word after it ("UUNo. 23").
_TYPE_START = lazy_pattern(
    rf"(?<![a-z0-9])(?:{_TYPE_WORD})(?:(?![a-z])|(?=(?:n[o0]{{1,2}}m{{1,2}}[oe]r|no|nr)\.?\s{{0,3}}:?\s{{0,3}}[0-9]))",
    re.IGNORECASE,
)

#: The number and year words as typing and OCR damage them (Nommor, Tahhun, Talun, Ta:un).
_DAMAGED_WORD = r"(?:n[o0]{1,2}m{1,2}[oe]{1,2}r{1,2}|t[a4]{1,2}[hl:]{1,2}u{1,2}n{1,2})(?![a-z])"
_ISSUER = rf"(?P<issuer>(?:{_S}(?!{RESERVED_WORD}|{_DAMAGED_WORD})[a-z][a-z'.,/-]{{0,39}}){{1,12}})"
_RI = rf"(?:{_S}(?:negara{_S})?(?:republik{_S}indonesia|nri|ri)(?![a-z]))?"
_ABBREV = r"(?:\s{0,3}\(\s{0,3}[a-z][a-z .]{0,30}?\s{0,3}\))?"
_MARKER = r"(?:n[o0]{1,2}m{1,2}[oe]{1,2}r{1,2}|no|n0|nr)(?![a-z])\.?\s{0,3}:?"
_DIGIT_NUMBER = r"[0-9][0-9A-Za-z]{0,19}(?:[./-][0-9A-Za-z]{1,20}){0,9}"
_ANY_NUMBER = rf"(?-i:{NUMBER_HEAD}){NUMBER_TAIL}"
_NUMBER = rf"\s{{0,3}}(?:(?P<marker>{_MARKER})\s{{0,3}}(?P<n1>{_ANY_NUMBER})|(?P<n2>{_DIGIT_NUMBER}))"
_YEAR = (
    r"(?:\s{0,3},?\s{0,3}(?P<yw>t[a4]{1,2}[hl:]{1,2}u{1,2}n{1,2}|thn|th|tah)\.?\s{0,3}(?P<y1>[0-9]{4})"
    r"|\s{0,3}/\s{0,3}(?P<y2>[0-9]{4}))(?![0-9])"
)

_REST = lazy_pattern(rf"{_RI}{_ABBREV}{_NUMBER}{_YEAR}", re.IGNORECASE)
_REST_WITH_ISSUER = lazy_pattern(rf"{_ISSUER}?{_RI}{_ABBREV}{_NUMBER}{_YEAR}", re.IGNORECASE)
_CONSTITUTION_TAIL = lazy_pattern(
    rf"(?:{_S}negara)?(?:{_S}(?:republik{_S}indonesia|nri|ri))?\s{{0,3}}(?:tahun\s{{0,3}})?1945(?![0-9])", re.IGNORECASE
)
_NUMBER_ONLY = lazy_pattern(rf"{_RI}{_ABBREV}{_NUMBER}(?![0-9A-Za-z])", re.IGNORECASE)
_ANY_NUMBER_IN_TEXT = lazy_pattern(
    rf"(?:{_MARKER})\s{{0,3}}[0-9]|(?<![0-9A-Za-z])[0-9]{{1,6}}\s{{0,3}}/\s{{0,3}}[0-9]{{4}}", re.IGNORECASE
)
_ANY_YEAR_IN_TEXT = lazy_pattern(
    r"(?<![a-z])(?:tahun|thn|th)\.?\s{0,3}[0-9]{4}|/\s{0,3}[0-9]{4}(?![0-9])", re.IGNORECASE
)

_ARTICLE = (
    r"pasal\s{1,3}[0-9]{1,4}[a-z]?"
    r"(?:\s{0,3},?\s{0,3}(?:ayat|angka|huruf|butir)\s{0,3}\(?\s{0,3}[0-9a-z]{1,4}\s{0,3}\)?(?![a-z0-9])){0,4}"
)
#: An annex ("Lampiran", "Lampiran I", "Lampiran huruf N", "Lampiran II huruf B") or a chapter ("Bab III").
_ANNEX = (
    r"lampiran(?:\s{1,3}(?:[ivxlcdm]{1,6}|[0-9]{1,3})(?![a-z0-9]))?"
    r"(?:\s{0,3},?\s{0,3}(?:huruf|angka|bagian|sub\s{0,3}urusan)\s{1,3}[0-9a-z]{1,4}(?![a-z0-9])){0,2}"
)
_CHAPTER = r"bab\s{1,3}[ivxlcdm]{1,6}(?![a-z0-9])"
_PART = rf"(?:{_ARTICLE}|{_ANNEX}(?![a-z])|{_CHAPTER})"
#: The part of an instrument cited: up to three of article, annex and chapter ("Bab III Pasal 5").
_PINPOINT = rf"{_PART}(?:\s{{0,3}},?\s{{0,3}}{_PART}){{0,2}}"
_LEADING_PINPOINT = lazy_pattern(rf"\s*(?P<pin>{_PINPOINT})\s{{0,3}},?(?:\s{{1,3}}|$)", re.IGNORECASE)
_PINPOINT_BEFORE = lazy_pattern(rf"(?P<pin>{_PINPOINT})\s{{1,3}}$", re.IGNORECASE)
_TRAILING_PINPOINT = lazy_pattern(rf"\s{{0,3}},?\s{{0,3}}(?P<pin>{_PINPOINT})", re.IGNORECASE)
_TENTANG = lazy_pattern(r"\s{0,3},?\s{1,3}(?:tentang|ttg\.?)\s{1,3}", re.IGNORECASE)
_OPEN_PAREN = lazy_pattern(r"\s{0,3}\(")
_AMENDMENT_CLAUSE = lazy_pattern(r"[\s,]{0,5}sebagaimana(?![a-z])", re.IGNORECASE)
_ELLIPSIS = lazy_pattern(r"\s{0,3}(?:…|\.\.\.)")
_REGIONAL_REGULATION = lazy_pattern(rf"(?:peraturan{_S}daerah|perda)(?![a-z])", re.IGNORECASE)
_TRAILING_PUNCTUATION = lazy_pattern(r"[\s.,;:]*")
#: Where a title ends in a whole citation: a bracket, an amendment clause, or a part of the
#: instrument cited at the very end ("… tentang Pemerintahan Daerah Lampiran huruf N").
_TITLE_STOP = lazy_pattern(
    rf"[();…]|(?<![a-z])sebagaimana(?![a-z])|\s{{0,3}},?\s{{1,3}}(?=(?:{_PINPOINT})[\s.,;]{{0,5}}$)", re.IGNORECASE
)
_TITLE_STOP_IN_PARAGRAPH = lazy_pattern(r"[();…\n\r]|\.\s|(?<![a-z])sebagaimana(?![a-z])", re.IGNORECASE)

_REPUBLIK = rf"(?:{_S}rep[a-z]{{0,4}}lik{_S}indonesia|{_S}ri)?"
_GAZETTE_NUMBER = r"(?:n[o0]{1,2}m[oe]r|no|n0)(?![a-z])\.?\s{0,3}"
_GAZETTE = lazy_pattern(
    rf"\s{{0,3}}(?:(?:lembar(?:an)?{_S}negara{_REPUBLIK}|ln)\.?\s{{0,3}}(?:tahun\s{{0,3}})?(?P<ly>[0-9]{{4}})"
    rf"\s{{0,3}}[,/]?\s{{0,3}}{_GAZETTE_NUMBER}(?P<ln>[0-9]{{1,6}})"
    rf"(?:\s{{0,3}}[,;]?\s{{0,3}}(?:tambahan{_S}lembar(?:an)?{_S}negara{_REPUBLIK}|tln)\.?\s{{0,3}}{_GAZETTE_NUMBER}(?P<ls>[0-9]{{1,6}}))?"
    rf"|(?:berita{_S}negara{_REPUBLIK}|bn)\.?\s{{0,3}}(?:tahun\s{{0,3}})?(?P<by>[0-9]{{4}})"
    rf"\s{{0,3}}[,/]?\s{{0,3}}{_GAZETTE_NUMBER}(?P<bn>[0-9]{{1,6}}))"
    r"[\s.,;]{0,3}",
    re.IGNORECASE,
)


def require_text(value: Any) -> str:
    """``value`` as plain text, or a ``type`` error."""
    if type(value) is str:
        return value
    if isinstance(value, str):  # a str subclass: read its plain text
        return str.__str__(value)
    raise ValidationError.single((), f"expected a citation (a string), found {describe(value)}", ErrorCode.TYPE)


# ---------------------------------------------------------------------------
# Helpers: reading one citation


class _Reading:
    """What was read of one citation so far."""

    __slots__ = (
        "corrections",
        "end",
        "gazette",
        "issuer",
        "number",
        "pin_start",
        "pinpoint",
        "start",
        "title",
        "type",
        "year",
    )

    def __init__(self, start: int) -> None:
        self.start = start
        self.pin_start = start
        self.end = start
        self.type: InstrumentType = InstrumentType.LAW
        self.number: str | None = None
        self.year = 0
        self.issuer: str | None = None
        self.title: str | None = None
        self.gazette: Gazette | None = None
        self.pinpoint: str | None = None
        self.corrections: list[Correction] = []


def _type_at(text: str, pos: int, limit: int) -> tuple[InstrumentType, str | None, int] | None:
    found = _TYPE_START.match(text, pos, limit)
    if found is None or found.lastgroup is None:
        return None
    _, type_, implied = _TYPE_WORDS[int(found.lastgroup[1:])]
    return type_, implied, found.end()


def _read_core(text: str, pos: int, limit: int) -> _Reading | None:
    """Read type, issuer, number and year at ``pos``; None when no citation starts there."""
    typed = _type_at(text, pos, limit)
    if typed is None:
        return None
    type_, implied, after = typed
    reading = _Reading(pos)
    if type_ is InstrumentType.CONSTITUTION:
        tail = _CONSTITUTION_TAIL.match(text, after, limit)
        if tail is not None:
            reading.type, reading.year, reading.end = type_, 1945, tail.end()
            return reading
        rest = _REST.match(text, after, limit)
        if rest is None:
            return None
        reading.corrections.append(Correction(kind=CorrectionKind.TYPE_WORD, found=text[pos:after], used="UU"))
        type_ = InstrumentType.LAW
    elif type_.takes_issuer and implied is None:
        rest = _REST_WITH_ISSUER.match(text, after, limit)
    else:
        rest = _REST.match(text, after, limit)
    if rest is None:
        return None
    reading.type = type_
    _note_damage(text, pos, after, rest, reading)
    reading.number = rest.group("n1") or rest.group("n2")
    reading.year = int(rest.group("y1") or rest.group("y2"))
    reading.issuer = implied
    if implied is None and type_.takes_issuer:
        issuer = rest.group("issuer")
        if issuer is not None:
            reading.issuer = " ".join(issuer.split()).rstrip(".,/-'") or None
    reading.end = rest.end()
    return reading


_DAMAGED_MARKER = lazy_pattern(r"mm|rr|[oe]{2}r", re.IGNORECASE)
_PLAIN_YEAR_WORDS = frozenset({"tahun", "thn", "th", "tah"})


def _note_damage(text: str, pos: int, after: int, rest: re.Match[str], reading: _Reading) -> None:
    """Report each typing or OCR error read past: a misspelt "Presiden", a type word run into
    the number word ("UUNo."), a doubled letter in "Nomor", a damaged "Tahun"."""
    type_word = text[pos:after]
    misspelt = _MISSPELT.search(type_word)
    if misspelt is not None:
        used = _MISSPELT_TYPE_WORDS[reading.type]
        reading.corrections.append(Correction(kind=CorrectionKind.TYPE_WORD, found=type_word, used=used))
    if after < len(text) and text[after].isalpha():
        found = text[pos : rest.end("marker")].rstrip(" \t\n:")
        used = f"{type_word} {text[after : rest.end('marker')]}".rstrip(" \t\n:")
        reading.corrections.append(Correction(kind=CorrectionKind.SPELLING, found=found, used=used))
    marker = rest.group("marker")
    if marker is not None:
        word = marker.rstrip(" \t\n.:")
        if _DAMAGED_MARKER.search(word):
            reading.corrections.append(Correction(kind=CorrectionKind.SPELLING, found=word, used="Nomor"))
    year_word = rest.group("yw")
    if year_word is not None and year_word.casefold() not in _PLAIN_YEAR_WORDS:
        reading.corrections.append(Correction(kind=CorrectionKind.SPELLING, found=year_word, used="Tahun"))


def _known(reading: _Reading, lookup: Lookup | None) -> LegalInstrument | None:
    if lookup is None:
        return None
    try:
        ref = InstrumentRef(reading.type, reading.number, reading.year, reading.issuer)
    except ValidationError:
        return None
    return lookup.by_identity(ref)


def _read_title(text: str, reading: _Reading, known: LegalInstrument | None, limit: int, paragraph: bool) -> None:
    found = _TENTANG.match(text, reading.end, limit)
    if found is None or reading.type is InstrumentType.CONSTITUTION:
        return
    begin = found.end()
    canonical = known.title if known is not None else None
    if canonical is not None:
        end = begin + len(canonical)
        if text[begin:end].casefold() == canonical.casefold() and not text[end : end + 1].isalnum():
            reading.title, reading.end = text[begin:end], end
            return
    if paragraph:
        # In running text a title ends at a stop; with none within the longest title, it is unknown.
        window = min(limit, begin + MAX_TITLE_LENGTH + 1)
        stop = _TITLE_STOP_IN_PARAGRAPH.search(text, begin, window)
        if stop is None and window < limit:
            return
    else:
        stop = _TITLE_STOP.search(text, begin, limit)
    end = stop.start() if stop is not None else limit
    if paragraph:
        following = _TYPE_START.search(text, begin, end)
        while following is not None:
            if _read_core(text, following.start(), limit) is not None:
                end = following.start()
                break
            following = _TYPE_START.search(text, following.start() + 1, end)
    title = text[begin:end].rstrip()
    while title and title[-1] in ".,:":
        title = title[:-1].rstrip()
    if paragraph:
        title = _drop_trailing_joiner(title)
    if title:
        reading.title, reading.end = title, begin + len(title)


def _drop_trailing_joiner(title: str) -> str:
    """In running text, "… tentang X dan UU …" ends the title before "dan"."""
    words = title.rsplit(" ", 1)
    if len(words) == 2 and words[1].casefold() in {"dan", "serta", "atau", "juncto", "jo", "jo."}:
        return words[0].rstrip(" ,")
    return title


def _read_gazette(text: str, reading: _Reading, limit: int) -> None:
    opened = _OPEN_PAREN.match(text, reading.end, limit)
    if opened is None:
        return
    found = _GAZETTE.match(text, opened.end(), limit)
    if found is not None and text.startswith(")", found.end()):
        reading.gazette, reading.end = _gazette_from(found), found.end() + 1


def _gazette_from(found: re.Match[str]) -> Gazette:
    if found.group("ly") is not None:
        supplement = found.group("ls")
        return Gazette(
            kind=GazetteKind.STATE_GAZETTE,
            year=int(found.group("ly")),
            number=int(found.group("ln")),
            supplement=int(supplement) if supplement is not None else None,
        )
    return Gazette(kind=GazetteKind.STATE_BULLETIN, year=int(found.group("by")), number=int(found.group("bn")))


def _read_pinpoint(text: str, reading: _Reading, limit: int) -> None:
    if reading.pinpoint is not None:
        return
    found = _TRAILING_PINPOINT.match(text, reading.end, limit)
    if found is not None:
        reading.pinpoint, reading.end = " ".join(found.group("pin").split()), found.end()


def _read_trailing(text: str, reading: _Reading, known: LegalInstrument | None, limit: int, paragraph: bool) -> None:
    _read_pinpoint(text, reading, limit)
    _read_title(text, reading, known, limit, paragraph)
    _read_gazette(text, reading, limit)
    _read_pinpoint(text, reading, limit)


def _finish(text: str, reading: _Reading, known: LegalInstrument | None) -> CitationMatch:
    """Build the match: a registered instrument's facts win; differences are reported."""
    corrections = list(reading.corrections)
    if known is not None:
        instrument = known
        if reading.title is not None and known.title is not None and _fold(reading.title) != _fold(known.title):
            corrections.append(Correction(kind=CorrectionKind.TITLE, found=reading.title, used=known.title))
        if reading.gazette is not None and reading.gazette != known.gazette:
            corrections.append(
                Correction(
                    kind=CorrectionKind.GAZETTE,
                    found=_describe_gazette(reading.gazette),
                    used=_describe_gazette(known.gazette) if known.gazette is not None else "none recorded",
                )
            )
    else:
        try:
            instrument = LegalInstrument(
                type=reading.type,
                number=reading.number,
                year=reading.year,
                title=reading.title,
                issuer=reading.issuer,
                gazette=reading.gazette,
            )
        except ValidationError as exc:
            raise _as_citation_errors(exc) from None
    return CitationMatch(
        instrument=instrument,
        start=reading.pin_start,
        end=reading.end,
        matched=text[reading.pin_start : reading.end],
        corrections=tuple(corrections),
        pinpoint=reading.pinpoint,
        registered=known is not None,
    )


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _describe_gazette(gazette: Gazette) -> str:
    text = f"{gazette.kind.label} Tahun {gazette.year} Nomor {gazette.number}"
    return text if gazette.supplement is None else f"{text}, Tambahan Nomor {gazette.supplement}"


def parse_whole(text: str, lookup: Lookup | None) -> CitationMatch:
    """Read ``text`` as exactly one citation (with ``lookup``: recognising registered instruments)."""
    limit = len(text)
    pos = len(text) - len(text.lstrip())
    pinpoint: str | None = None
    leading = _LEADING_PINPOINT.match(text, pos, limit)
    if leading is not None:
        pinpoint = " ".join(leading.group("pin").split())
        pin_start = leading.start("pin")
        pos = leading.end()
    reading = _read_core(text, pos, limit)
    if reading is None:
        gazette_only = _registered_by_gazette(text, pos, lookup) if lookup is not None else None
        if gazette_only is not None:
            return gazette_only
        raise ValidationError(_missing_parts(text, pos))
    if pinpoint is not None:
        reading.pinpoint, reading.pin_start = pinpoint, pin_start
    known = _known(reading, lookup)
    _read_trailing(text, reading, known, limit, paragraph=False)
    match = _finish(text, reading, known)
    rest = reading.end
    clause = _AMENDMENT_CLAUSE.match(text, rest, limit) or _ELLIPSIS.match(text, rest, limit)
    if clause is None:
        tail = _TRAILING_PUNCTUATION.match(text, rest, limit)
        if tail is not None and tail.end() != limit:
            found = text[tail.end() : tail.end() + 40]
            raise ValidationError.single((), f"unexpected text after the citation: {found!r}", ErrorCode.INVALID_VALUE)
    return match


def _registered_by_gazette(text: str, pos: int, lookup: Lookup) -> CitationMatch | None:
    """A text that is only a gazette reference names the instrument promulgated there."""
    found = _GAZETTE.match(text, pos)
    if found is None or text[found.end() :].strip():
        return None
    instrument = lookup.by_gazette(_gazette_from(found))
    if instrument is None:
        return None
    end = len(text.rstrip())
    return CitationMatch(instrument=instrument, start=pos, end=end, matched=text[pos:end], registered=True)


def _missing_parts(text: str, pos: int) -> list[ErrorItem]:
    """Why the text at ``pos`` is not a citation: each missing part, or what it is instead, quoting the text."""
    limit = min(len(text), pos + MAX_CITATION_LENGTH)
    gazette = _GAZETTE.match(text, pos, limit)
    if gazette is not None and not text[gazette.end() : limit].strip():
        shown = _describe_gazette(_gazette_from(gazette))
        message = f"{shown} is a gazette entry of no registered instrument; a citation needs its type, number and year"
        return [ErrorItem((), message, ErrorCode.INVALID_VALUE)]
    quoted = _quote(text[:limit].strip())
    errors = []
    typed = _type_at(text, pos, limit)
    regional = _REGIONAL_REGULATION.match(text, pos, limit)
    if typed is not None:
        after = typed[2]
    elif regional is not None:
        after = regional.end()
        errors.append(ErrorItem((), _PERDA_WITHOUT_LEVEL.format(quoted), ErrorCode.INVALID_VALUE))
    else:
        after = pos
        errors.append(ErrorItem((), _NO_TYPE.format(quoted), ErrorCode.INVALID_VALUE))
    has_number = _NUMBER_ONLY.match(text, after, limit) or _ANY_NUMBER_IN_TEXT.search(text, after, limit)
    if has_number is None:
        errors.append(ErrorItem((), _NO_NUMBER.format(quoted), ErrorCode.INVALID_VALUE))
    if _ANY_YEAR_IN_TEXT.search(text, after, limit) is None:
        errors.append(ErrorItem((), _NO_YEAR.format(quoted), ErrorCode.INVALID_VALUE))
    if not errors:
        errors.append(ErrorItem((), f"not a citation of a legal instrument: {quoted}", ErrorCode.INVALID_VALUE))
    return errors


def _quote(text: str) -> str:
    """The text a message quotes: at most 60 characters, cut with an ellipsis."""
    return repr(text if len(text) <= 60 else text[:59] + "…")


_NO_TYPE = "the citation {} has no instrument type at its start (such as 'UU', 'PP', 'Perpres' or 'Undang-Undang')"
_NO_NUMBER = "the citation {} has no number (such as 'Nomor 23' or '23/2014')"
_NO_YEAR = "the citation {} has no year (such as 'Tahun 2014' or '/2014')"
_PERDA_WITHOUT_LEVEL = (
    "the instrument type of {} is incomplete: a Perda names its level"
    " ('Perda Provinsi …', 'Perda Kabupaten …', 'Perda Kota …' or 'Perda Kabupaten/Kota')"
)


def find_all(text: str, lookup: Lookup | None) -> Iterator[CitationMatch]:
    """Every citation in running text, in order (with ``lookup``: recognising registered instruments)."""
    pos = 0
    length = len(text)
    while pos < length:
        candidate = _TYPE_START.search(text, pos)
        if candidate is None:
            return
        start = candidate.start()
        limit = min(length, start + MAX_CITATION_LENGTH)
        reading = _read_core(text, start, limit)
        if reading is None:
            pos = start + 1
            continue
        before = _PINPOINT_BEFORE.search(text, max(0, start - 120), start)
        if before is not None:
            reading.pinpoint = " ".join(before.group("pin").split())
            reading.pin_start = before.start("pin")
        known = _known(reading, lookup)
        _read_trailing(text, reading, known, limit, paragraph=True)
        try:
            yield _finish(text, reading, known)
        except ValidationError:
            pos = start + 1
            continue
        pos = reading.end


register_scalar_form(InstrumentRef, parse_identity)
