"""Strategies for :mod:`kampungkb.legal` (requires hypothesis).

Drawn instruments are valid by construction and never carry the identity of a registered
instrument (a citation of one would come back with the registry's facts), nor a registered
instrument's gazette entry, so ``parse_citation(format_citation(x, style)) == x`` holds for
what :func:`citable_instruments` draws. Years are drawn up to the current year (UTC, which
is never ahead of Indonesia's), and a drawn gazette and promulgation date are moved into
the instrument's year or later, the gazette into the promulgation's year.
"""

from __future__ import annotations

import datetime as _dt
import string
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ..legal import (
    AffairClassification,
    Authority,
    CitationMatch,
    CitationStyle,
    Confidence,
    Correction,
    CorrectionKind,
    FactProvenance,
    Gazette,
    GazetteKind,
    InstrumentRef,
    InstrumentType,
    LegalInstrument,
    authorities,
    family_planning_affair,
    format_citation,
    registry,
)

__all__ = [
    "affair_classifications",
    "citable_instruments",
    "citation_matches",
    "corrections",
    "fact_provenances",
    "gazettes",
    "instrument_numbers",
    "instrument_refs",
    "instrument_titles",
    "instrument_types",
    "issuers",
    "lampiran_authorities",
    "legal_instruments",
    "registered_instruments",
]

T = InstrumentType


def _this_year() -> int:
    """The current year in UTC: never ahead of the year the library checks against (WIT, UTC+9)."""
    return _dt.datetime.now(_dt.UTC).year


def _years() -> st.SearchStrategy[int]:
    return st.integers(1945, _this_year())


_MINISTRIES = (
    "Dalam Negeri",
    "Kesehatan",
    "Keuangan",
    "Agama",
    "Sosial",
    "Pendidikan, Kebudayaan, Riset, dan Teknologi",
    "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
    "PPN/Kepala Bappenas",
)
_PROVINCES = ("Jawa Timur", "DKI Jakarta", "Daerah Istimewa Yogyakarta", "Nusa Tenggara Barat", "Papua Barat Daya")
_PLACES = ("Pasuruan", "Bogor", "Depok", "Kendal", "Cirebon", "Tapa'an")
_OFFICES = (
    "Menteri Dalam Negeri",
    "Kepala Dinas Kesehatan",
    "Gubernur Jawa Timur",
    "Kepala BKKBN",
    "Wali Kota Pasuruan",
)
_TITLE_WORDS = (
    "Penyelenggaraan",
    "Kampung",
    "Keluarga",
    "Berkualitas",
    "Pembangunan",
    "Kependudukan",
    "Percepatan",
    "Penurunan",
    "Stunting",
    "Pedoman",
    "Organisasi",
    "Tata",
    "Kerja",
    "dan",
    "atas",
    "Perubahan",
    "Kedua",
    "Pendataan",
    "Kelompok",
    "Pokja",
    "KB",
    "Tahun",
    "2024",
    "Nomor",
    "tentang",
    "Pasal",
    "Undang-Undang",
)


def instrument_types(*, ranked: bool | None = None) -> st.SearchStrategy[InstrumentType]:
    """Instrument types; ``ranked=True`` only the UU 12/2011 hierarchy, ``False`` only the others.

    >>> from hypothesis import given
    >>> @given(instrument_types(ranked=True))
    ... def check(t):
    ...     assert t.rank is not None
    >>> check()
    """
    members = [t for t in InstrumentType if ranked is None or (t.rank is not None) == ranked]
    return st.sampled_from(members)


def instrument_numbers() -> st.SearchStrategy[str]:
    """Instrument numbers as printed: ``52``, ``100.1.1-6117``, ``324/Per/D3/2014``, ``III/MPR``.

    >>> from hypothesis import given
    >>> import re
    >>> from kampungkb.legal._instrument import NUMBER_PATTERN
    >>> @given(instrument_numbers())
    ... def check(n):
    ...     assert re.fullmatch(NUMBER_PATTERN, n)
    >>> check()
    """
    segment = st.text(string.ascii_letters + string.digits, min_size=1, max_size=6)
    composite = st.builds(
        lambda head, rest: head + "".join(sep + part for sep, part in rest),
        st.integers(1, 99_999).map(str),
        st.lists(st.tuples(st.sampled_from("./-"), segment), min_size=1, max_size=4),
    )
    roman = st.builds(
        lambda head, tail: head + tail,
        st.sampled_from(["I", "II", "III", "IV", "IX", "XI"]),
        st.sampled_from(["", "/MPR"]),
    )
    return st.one_of(st.integers(1, 999).map(str), composite, roman)


def _word(*, capital: bool) -> st.SearchStrategy[str]:
    # The words a citation reserves ("nomor", "tahun", "tentang", "republik" and their short
    # forms) start with n, t or r, and an amendment clause with "sebagaimana": a word starting
    # with none of those letters is never one of them, so these are valid by construction.
    word = st.builds(
        lambda head, tail: head + tail,
        st.sampled_from("bdgjklmpw"),
        st.text(string.ascii_lowercase, min_size=1, max_size=9),
    )
    return word.map(lambda w: w.capitalize() if capital else w)


def _names(known: tuple[str, ...]) -> st.SearchStrategy[str]:
    made = st.lists(_word(capital=True), min_size=1, max_size=3).map(" ".join)
    return st.one_of(st.sampled_from(known), made)


def issuers(type: InstrumentType) -> st.SearchStrategy[str]:
    """Issuers valid for ``type``: a ministry, a region (``Kota …`` for a Perda Kabupaten/Kota) or an office.

    >>> from hypothesis import given
    >>> @given(issuers(InstrumentType.REGENCY_CITY_REGULATION))
    ... def check(issuer):
    ...     assert issuer.startswith(("Kabupaten ", "Kota "))
    >>> check()
    """
    if not type.takes_issuer:
        raise InvalidArgument(f"an instrument of type {type.label!r} names no issuer")
    if type in (T.MINISTERIAL_REGULATION, T.MINISTERIAL_DECREE):
        return _names(_MINISTRIES)
    if type in (T.PROVINCIAL_REGULATION, T.GOVERNOR_REGULATION, T.GOVERNOR_DECREE):
        return _names(_PROVINCES)
    if type is T.REGENCY_CITY_REGULATION:
        return st.builds(lambda kind, name: f"{kind} {name}", st.sampled_from(["Kabupaten", "Kota"]), _names(_PLACES))
    if type in (T.REGENT_REGULATION, T.REGENT_DECREE, T.MAYOR_REGULATION, T.MAYOR_DECREE):
        return _names(_PLACES)
    return _names(_OFFICES)


def instrument_titles() -> st.SearchStrategy[str]:
    """Titles (the subject after "tentang"): words, sometimes with commas, on one line.

    >>> from hypothesis import given
    >>> @given(instrument_titles())
    ... def check(title):
    ...     assert title == title.strip() and "(" not in title
    >>> check()
    """
    word = st.one_of(st.sampled_from(_TITLE_WORDS), _word(capital=False), _word(capital=True))
    piece = st.tuples(word, st.sampled_from([" ", " ", " ", ", ", " / ", "-"]))
    return st.builds(
        lambda pieces, last: "".join(w + sep for w, sep in pieces) + last,
        st.lists(piece, max_size=8),
        word,
    )


def gazettes(kind: GazetteKind | None = None) -> st.SearchStrategy[Gazette]:
    """Gazette entries; only a Lembaran Negara entry may carry a Tambahan (supplement) number.

    >>> from hypothesis import given
    >>> @given(gazettes(GazetteKind.STATE_BULLETIN))
    ... def check(g):
    ...     assert g.supplement is None
    >>> check()
    """
    by_kind = {
        k: st.builds(
            Gazette,
            kind=st.just(k),
            year=_years(),
            number=st.integers(1, 999_999),
            supplement=st.none() | st.integers(1, 999_999) if k is GazetteKind.STATE_GAZETTE else st.none(),
        )
        for k in GazetteKind
    }
    return by_kind[kind] if kind is not None else st.one_of(*by_kind.values())


def _unregistered(ref: InstrumentRef) -> InstrumentRef:
    """The same identity, its year moved until no registered instrument has it."""
    if ref.type is T.CONSTITUTION:
        return ref
    moved = ref
    last = _this_year()
    while moved in registry:
        year = moved.year + 1 if moved.year < last else 1945
        moved = InstrumentRef(ref.type, ref.number, year, ref.issuer)
    return moved


def _free_gazette(gazette: Gazette, kind: GazetteKind, year: int) -> Gazette:
    """``gazette`` of ``kind`` in ``year``, its number moved until no registered instrument has the entry."""
    number = gazette.number
    supplement = gazette.supplement if kind is GazetteKind.STATE_GAZETTE else None
    moved = Gazette(kind=kind, year=year, number=number, supplement=supplement)
    while registry.by_gazette(moved) is not None:
        number = number + 1 if number < 999_999 else 1
        moved = Gazette(kind=kind, year=year, number=number, supplement=supplement)
    return moved


def _type_strategy(
    type: InstrumentType | st.SearchStrategy[InstrumentType] | None,
) -> st.SearchStrategy[InstrumentType]:
    if type is None:
        return instrument_types()
    if isinstance(type, InstrumentType):
        return st.just(type)
    return type


def instrument_refs(
    type: InstrumentType | st.SearchStrategy[InstrumentType] | None = None,
    *,
    number: st.SearchStrategy[str] | None = None,
    year: st.SearchStrategy[int] | None = None,
    issuer: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[InstrumentRef]:
    """Identities of unregistered instruments (the Constitution's is the only one it has).

    ``issuer`` is used only for types that name one.

    >>> from hypothesis import given
    >>> from kampungkb.legal import registry
    >>> @given(instrument_refs(InstrumentType.LAW))
    ... def check(ref):
    ...     assert ref not in registry
    >>> check()
    """
    numbers = number if number is not None else instrument_numbers()
    years = year if year is not None else _years()

    def build(t: InstrumentType) -> st.SearchStrategy[InstrumentRef]:
        if t is T.CONSTITUTION:
            return st.just(InstrumentRef(t, None, 1945))
        issuer_strategy: st.SearchStrategy[str | None] = st.none()
        if t.takes_issuer:
            issuer_strategy = issuer if issuer is not None else st.none() | issuers(t)
        return st.builds(InstrumentRef, st.just(t), numbers, years, issuer_strategy).map(_unregistered)

    by_type = {t: build(t) for t in InstrumentType}  # built once, not on every draw
    return _type_strategy(type).flatmap(by_type.__getitem__)


def _urls() -> st.SearchStrategy[str]:
    host = st.text(string.ascii_lowercase, min_size=1, max_size=12).map(lambda h: f"{h}.go.id")
    path = st.text(string.ascii_letters + string.digits + "/-_.?=&", max_size=30)
    return st.builds(lambda scheme, h, p: f"{scheme}://{h}/{p}", st.sampled_from(["http", "https"]), host, path)


def _dates() -> st.SearchStrategy[_dt.date]:
    return st.dates(_dt.date(1945, 8, 18), _dt.date(_this_year(), 12, 31))


def _in_year_or_later(day: _dt.date, year: int) -> _dt.date:
    return day if day.year >= year else _dt.date(year, day.month, min(day.day, 28))


def legal_instruments(
    type: InstrumentType | st.SearchStrategy[InstrumentType] | None = None,
    *,
    title: st.SearchStrategy[str | None] | None = None,
    issuer: st.SearchStrategy[str | None] | None = None,
    gazette: st.SearchStrategy[Gazette | None] | None = None,
    enacted: st.SearchStrategy[_dt.date | None] | None = None,
    promulgated: st.SearchStrategy[_dt.date | None] | None = None,
    amends: st.SearchStrategy[tuple[InstrumentRef, ...]] | None = None,
    revokes: st.SearchStrategy[tuple[InstrumentRef, ...]] | None = None,
    sources: st.SearchStrategy[tuple[str, ...]] | None = None,
    confidence: st.SearchStrategy[Confidence | None] | None = None,
    title_as_written: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[LegalInstrument]:
    """Valid, unregistered instruments of every type (or of ``type``), every field drawn.

    Keyword arguments narrow a field. Rules are kept by construction: ``issuer`` and the
    gazette only where the type has them (a drawn gazette takes the type's gazette kind, a
    year no earlier than the instrument's — the promulgation's, when there is one — and an
    entry no registered instrument has), dates in order, no instrument amending itself;
    ``title_as_written`` only with a title; the Constitution has no number, title, issuer or
    gazette.

    >>> from hypothesis import given
    >>> @given(legal_instruments(InstrumentType.BKKBN_REGULATION))
    ... def check(x):
    ...     assert x.gazette is None or x.gazette.kind is GazetteKind.STATE_BULLETIN
    >>> check()
    """
    refs = st.lists(instrument_refs(), max_size=3).map(tuple)
    titles = title if title is not None else st.none() | instrument_titles()
    gazette_strategy = gazette if gazette is not None else st.none() | gazettes()
    enacted_strategy = enacted if enacted is not None else st.none() | _dates()
    promulgated_strategy = promulgated if promulgated is not None else st.none() | _dates()

    def build(ref: InstrumentRef, **parts: Any) -> LegalInstrument:
        first, second = parts.pop("enacted"), parts.pop("promulgated")
        if second is not None:
            second = _in_year_or_later(second, ref.year)
        if first is not None and second is not None and second < first:
            first, second = second, first
        own = ref
        for name in ("amends", "revokes"):
            parts[name] = tuple(r for r in parts[name] if r != own)
        kind = ref.type.gazette_kind
        found = parts.pop("gazette")
        if kind is None or found is None:
            found = None
        else:
            year = second.year if second is not None else max(found.year, ref.year)
            found = _free_gazette(found, kind, year)
        if ref.type is T.CONSTITUTION:
            parts["title"] = None
        if parts["title"] is None:
            parts["title_as_written"] = False
        return LegalInstrument(
            type=ref.type,
            number=ref.number,
            year=ref.year,
            issuer=ref.issuer,
            gazette=found,
            enacted=first,
            promulgated=second,
            **parts,
        )

    return st.builds(
        build,
        instrument_refs(type, issuer=issuer),
        title=titles,
        gazette=gazette_strategy,
        enacted=enacted_strategy,
        promulgated=promulgated_strategy,
        amends=amends if amends is not None else refs,
        revokes=revokes if revokes is not None else refs,
        sources=sources if sources is not None else st.lists(_urls(), max_size=3).map(tuple),
        confidence=confidence if confidence is not None else st.none() | st.sampled_from(list(Confidence)),
        title_as_written=title_as_written if title_as_written is not None else st.booleans(),
    )


def citable_instruments(
    style: CitationStyle = "full", type: InstrumentType | st.SearchStrategy[InstrumentType] | None = None
) -> st.SearchStrategy[LegalInstrument]:
    """Unregistered instruments holding exactly what a citation in ``style`` writes.

    ``short``: identity only; ``long``: plus the title; ``full``: plus the gazette.

    >>> from hypothesis import given
    >>> from kampungkb.legal import format_citation, parse_citation
    >>> @given(citable_instruments("long"))
    ... def check(x):
    ...     assert parse_citation(format_citation(x, "long")) == x
    >>> check()
    """
    if style not in ("short", "long", "full"):
        raise InvalidArgument(f"style must be 'short', 'long' or 'full', not {style!r}")
    return legal_instruments(
        type,
        title=st.none() if style == "short" else None,
        gazette=None if style == "full" else st.none(),
        enacted=st.none(),
        promulgated=st.none(),
        amends=st.just(()),
        revokes=st.just(()),
        sources=st.just(()),
        confidence=st.none(),
        title_as_written=st.just(False),
    )


def registered_instruments(*, program_basis: bool | None = None) -> st.SearchStrategy[LegalInstrument]:
    """Instruments of the built-in registry (``program_basis=True``: the programme's legal basis).

    >>> from hypothesis import given
    >>> @given(registered_instruments())
    ... def check(x):
    ...     assert x.confidence is not None and x.sources
    >>> check()
    """
    from ..legal import program_legal_basis

    basis = program_legal_basis()
    items = [x for x in registry if program_basis is None or (x in basis) == program_basis]
    return st.sampled_from(items)


def corrections() -> st.SearchStrategy[Correction]:
    """Corrections a parser may report.

    >>> from hypothesis import given
    >>> @given(corrections())
    ... def check(c):
    ...     assert c.message
    >>> check()
    """
    short_text = st.text(st.characters(codec="utf-8", categories=("L", "N", "Zs", "P")), min_size=1, max_size=40)
    return st.builds(Correction, kind=st.sampled_from(list(CorrectionKind)), found=short_text, used=short_text)


def citation_matches() -> st.SearchStrategy[CitationMatch]:
    """Matches as :func:`~kampungkb.legal.find_citations` returns them: a formatted citation at an offset.

    >>> from hypothesis import given
    >>> @given(citation_matches())
    ... def check(m):
    ...     assert m.end - m.start == len(m.matched)
    >>> check()
    """

    def build(
        instrument: LegalInstrument, style: CitationStyle, start: int, found: tuple[Correction, ...]
    ) -> CitationMatch:
        matched = format_citation(instrument, style)
        return CitationMatch(
            instrument=instrument,
            start=start,
            end=start + len(matched),
            matched=matched,
            corrections=found,
            registered=instrument in registry,
        )

    return st.builds(
        build,
        st.one_of(citable_instruments("full"), registered_instruments()),
        st.sampled_from(["short", "long"]),
        st.integers(0, 10_000),
        st.lists(corrections(), max_size=2).map(tuple),
    )


def fact_provenances() -> st.SearchStrategy[FactProvenance]:
    """Provenance records of single facts.

    >>> from hypothesis import given
    >>> @given(fact_provenances())
    ... def check(p):
    ...     assert p.fact
    >>> check()
    """
    return st.builds(
        FactProvenance,
        fact=st.sampled_from(["title", "enacted", "promulgated", "gazette", "gazette.supplement", "amends", "revokes"]),
        confidence=st.sampled_from(list(Confidence)),
        sources=st.lists(_urls(), max_size=3).map(tuple),
        note=st.none() | st.text(string.ascii_letters + " ", min_size=1, max_size=80).map(lambda s: s.strip() or "x"),
    )


def lampiran_authorities() -> st.SearchStrategy[Authority]:
    """The authorities of UU 23/2014 Lampiran N (built-in data).

    >>> from hypothesis import given
    >>> @given(lampiran_authorities())
    ... def check(a):
    ...     assert a.text
    >>> check()
    """
    return st.sampled_from(authorities())


def affair_classifications() -> st.SearchStrategy[AffairClassification]:
    """The built-in classification of population control and family planning in UU 23/2014.

    >>> from hypothesis import given
    >>> @given(affair_classifications())
    ... def check(c):
    ...     assert c.lampiran == "N"
    >>> check()
    """
    return st.just(family_planning_affair())
