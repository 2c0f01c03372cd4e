"""Reading citations of legal instruments, in the many ways people write them, resolved
against the registry.

    >>> parse_citation("Undang-undang nomer 52 tahun 2009").title
    'Perkembangan Kependudukan dan Pembangunan Keluarga'
    >>> match = parse_citation_detailed("UUD No. 52 Tahun 2009")
    >>> match.instrument.ref.type, [c.kind.code for c in match.corrections]
    (<InstrumentType.LAW: 'uu'>, ['type_word'])
"""

from __future__ import annotations

from typing import Any

from .._core import register_scalar_form
from ..errors import ErrorCode, ValidationError
from ._grammar import MAX_CITATION_LENGTH, CitationMatch, find_all, parse_whole, refuse_corrections, require_text
from ._instrument import LegalInstrument
from ._store import BUILT_IN

__all__ = ["find_citations", "load_citation", "parse_citation", "parse_citation_detailed"]


def parse_citation(text: Any) -> LegalInstrument:
    """Read one citation (the whole text) and return the instrument it names.

    Accepts any case; "Undang-Undang", "Undang-undang", "Undangundang", "Undang – Undang",
    "UU", "UU RI"; "Nomor", "No.", "No", "nomer", "N0." or none; "Tahun", "Th.", "TH", "thn"
    or "/"; an abbreviation in parentheses; "tentang …"; the gazette in parentheses; an
    article ("Pasal 1 angka 10") before or after; "sebagaimana telah diubah …". A registered
    instrument comes back with the registry's facts (its canonical title, dates, gazette).
    Corrections (such as "UUD" written for a numbered law) are made, and reported by
    :func:`parse_citation_detailed`.

    Raises:
        ValidationError: code ``type`` for non-text; ``invalid_value`` naming the missing
            part (type, number or year) and quoting the text when it is not a citation;
            ``invariant`` for an instrument that cannot be (a year after the current one,
            a registered instrument's gazette claimed by another).

    >>> parse_citation("UU RI No.23 Tahun 2014 tentang Pemerintahan Daerah").promulgated
    datetime.date(2014, 10, 2)
    >>> permenkes = parse_citation("Permenkes No. 6/2024")
    >>> permenkes.ref
    InstrumentRef(type=<InstrumentType.MINISTERIAL_REGULATION: 'permen'>, number='6', year=2024, issuer='Kesehatan')
    >>> permenkes.title is None and permenkes.confidence is None
    True
    >>> parse_citation("UU Nomr 52 Tahun 2009")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: the citation 'UU Nomr 52 Tahun 2009' has no number (such as 'Nomor 23' or '23/2014') [invalid_value]
    """
    return parse_citation_detailed(text).instrument


def parse_citation_detailed(text: Any) -> CitationMatch:
    """Like :func:`parse_citation`, but return the match with its corrections and pinpoint.

    >>> m = parse_citation_detailed("UU No. 23 Tahun 2014 tentang Pemerintah Daerah")
    >>> m.instrument.title
    'Pemerintahan Daerah'
    >>> [c.message for c in m.corrections]
    ["the citation gives title 'Pemerintah Daerah'; the registry's 'Pemerintahan Daerah' is used"]
    """
    text = require_text(text)
    if len(text) > MAX_CITATION_LENGTH:
        raise ValidationError.single(
            (),
            f"a citation is at most {MAX_CITATION_LENGTH} characters; found {len(text)}"
            " (use find_citations for long text)",
            ErrorCode.CONSTRAINT,
        )
    return parse_whole(text, BUILT_IN)


def find_citations(text: Any) -> tuple[CitationMatch, ...]:
    """Every citation inside a paragraph, in order, with offsets.

    Amendment clauses are not swallowed: the amending instruments are found as citations
    of their own.

    >>> found = find_citations("Dasar hukum: UU 52/2009 dan UU No. 23 Tahun 2014 tentang Pemerintahan Daerah.")
    >>> [(m.instrument.ref.number, m.matched) for m in found]
    [('52', 'UU 52/2009'), ('23', 'UU No. 23 Tahun 2014 tentang Pemerintahan Daerah')]
    """
    text = require_text(text)
    return tuple(find_all(text, BUILT_IN))


def load_citation(value: Any) -> LegalInstrument:
    """A citation read from data (JSON): parsed and resolved, but corrections are refused.

    >>> load_citation("UU 52/2009").title
    'Perkembangan Kependudukan dan Pembangunan Keluarga'
    """
    match = parse_citation_detailed(value)
    refuse_corrections(match)
    return match.instrument


register_scalar_form(LegalInstrument, load_citation)
