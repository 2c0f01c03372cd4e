"""Writing citations the official way (UU 12/2011 Lampiran II) and the short way.

>>> from kampungkb.legal import parse_citation
>>> format_citation(parse_citation("uu no 52 th 2009"), "long")
'Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan dan Pembangunan Keluarga'
"""

from __future__ import annotations

from typing import Final, Literal

from .._core import describe
from ..errors import ErrorCode, ValidationError
from ._instrument import InstrumentRef, LegalInstrument
from ._store import amenders
from ._writing import long_text, short_text, with_gazette

__all__ = ["CitationStyle", "format_citation"]

CitationStyle = Literal["short", "long", "full"]

_STYLES: Final = ("short", "long", "full")


def format_citation(instrument: LegalInstrument | InstrumentRef, style: CitationStyle = "short") -> str:
    """Write a citation: ``short`` (``UU 52/2009``), ``long`` (the official form with
    "Nomor … Tahun … tentang …") or ``full`` (long, plus the gazette in parentheses where
    known and, for a registered law that was amended, the "sebagaimana telah diubah …" clause).

    What each style writes, :func:`~kampungkb.legal.parse_citation` reads back:
    ``parse_citation(format_citation(x, style)) == x`` whenever ``x`` holds no more than the
    style writes (or is registered).

    >>> from kampungkb.legal import registry
    >>> uu = registry.get("UU 52/2009")
    >>> format_citation(uu)
    'UU 52/2009'
    >>> print(format_citation(uu, "full"))
    Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan dan Pembangunan Keluarga
    (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 161,
    Tambahan Lembaran Negara Republik Indonesia Nomor 5080)
    >>> print(format_citation(registry.get("UU 23/2014"), "full"))
    Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
    (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244,
    Tambahan Lembaran Negara Republik Indonesia Nomor 5587)
    sebagaimana telah diubah beberapa kali terakhir dengan
    Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti
    Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang
    (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41,
    Tambahan Lembaran Negara Republik Indonesia Nomor 6856)
    >>> format_citation(uu, "medium")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected a citation style 'short', 'long' or 'full', found 'medium' [invalid_value]
    """
    if not isinstance(instrument, LegalInstrument | InstrumentRef):
        raise ValidationError.single(
            (), f"expected a LegalInstrument or InstrumentRef, found {describe(instrument)}", ErrorCode.TYPE
        )
    if style not in _STYLES:
        shown = repr(style) if isinstance(style, str) else describe(style)
        raise ValidationError.single(
            (),
            f"expected a citation style 'short', 'long' or 'full', found {shown}",
            ErrorCode.INVALID_VALUE if isinstance(style, str) else ErrorCode.TYPE,
        )
    if style == "short":
        return short_text(instrument)
    if style == "long" or isinstance(instrument, InstrumentRef):
        return long_text(instrument)
    return _full(instrument)


# ---------------------------------------------------------------------------
# Helpers


def _full(item: LegalInstrument) -> str:
    text = with_gazette(item)
    later = amenders(item.ref)
    if not later:
        return text
    if len(later) == 1:
        return f"{text} sebagaimana telah diubah dengan {with_gazette(later[0])}"
    return f"{text} sebagaimana telah diubah beberapa kali terakhir dengan {with_gazette(later[-1])}"
