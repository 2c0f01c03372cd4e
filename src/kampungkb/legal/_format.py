"""Writing citations the official way (UU 12/2011 Lampiran II) and the short way.

>>> from kampungkb.legal import parse_citation
>>> format_citation(parse_citation("uu no 52 th 2009"), "long")
'Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan dan Pembangunan Keluarga'
"""

from __future__ import annotations

from typing import Any, Final, Literal

from ..errors import ErrorCode, ValidationError
from ._instrument import Gazette, GazetteKind, InstrumentRef, InstrumentType, LegalInstrument

__all__ = ["CitationStyle", "format_citation", "format_gazette"]

CitationStyle = Literal["short", "long", "full"]

_STYLES: Final = ("short", "long", "full")

#: Short forms that fold the issuer into the abbreviation (seen in use; see the docs).
_FOLDED_SHORT_NAMES: Final[dict[tuple[InstrumentType, str], str]] = {
    (InstrumentType.MINISTERIAL_REGULATION, "Dalam Negeri"): "Permendagri",
    (InstrumentType.MINISTERIAL_REGULATION, "Kesehatan"): "Permenkes",
    (InstrumentType.MINISTERIAL_DECREE, "Dalam Negeri"): "Kepmendagri",
}


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
            (), f"expected a LegalInstrument or InstrumentRef, found a {type(instrument).__name__}", ErrorCode.TYPE
        )
    if style not in _STYLES:
        shown = repr(style) if isinstance(style, str) else f"a {type(style).__name__}"
        raise ValidationError.single(
            (),
            f"expected a citation style 'short', 'long' or 'full', found {shown}",
            ErrorCode.INVALID_VALUE if isinstance(style, str) else ErrorCode.TYPE,
        )
    if style == "short":
        return _short(instrument)
    if style == "long" or isinstance(instrument, InstrumentRef):
        return _long(instrument)
    return _full(instrument)


def format_gazette(gazette: Gazette) -> str:
    """The gazette as a citation writes it, without the parentheses.

    >>> from kampungkb.legal import Gazette, GazetteKind
    >>> format_gazette(Gazette(kind=GazetteKind.STATE_BULLETIN, year=2020, number=703))
    'Berita Negara Republik Indonesia Tahun 2020 Nomor 703'
    """
    if not isinstance(gazette, Gazette):
        raise ValidationError.single((), f"expected a Gazette, found a {type(gazette).__name__}", ErrorCode.TYPE)
    text = f"{gazette.kind.label} Tahun {gazette.year} Nomor {gazette.number}"
    if gazette.supplement is not None and gazette.kind is GazetteKind.STATE_GAZETTE:
        text += f", Tambahan {GazetteKind.STATE_GAZETTE.label} Nomor {gazette.supplement}"
    return text


# ---------------------------------------------------------------------------
# Helpers


def _short(item: LegalInstrument | InstrumentRef) -> str:
    if item.type is InstrumentType.CONSTITUTION:
        return item.type.abbreviations[0]
    number = item.number or ""
    marker = "" if number[:1].isdigit() else "Nomor "
    return f"{_short_name(item.type, item.issuer)} {marker}{number}/{item.year}"


def _short_name(type_: InstrumentType, issuer: str | None) -> str:
    if issuer is None:
        return type_.short_name
    folded = _FOLDED_SHORT_NAMES.get((type_, issuer))
    if folded is not None:
        return folded
    if type_ is InstrumentType.REGENCY_CITY_REGULATION:
        return f"Perda {issuer}"
    return f"{type_.short_name} {issuer}"


def _long_name(type_: InstrumentType, issuer: str | None) -> str:
    if issuer is None:
        return type_.label
    if type_ is InstrumentType.REGENCY_CITY_REGULATION:
        return f"Peraturan Daerah {issuer}"
    return f"{type_.label} {issuer}"


def _long(item: LegalInstrument | InstrumentRef) -> str:
    if item.type is InstrumentType.CONSTITUTION:
        return item.type.label
    if item.type is InstrumentType.MPR_DECREE:
        identity = f"Nomor {item.number}/{item.year}"
    else:
        identity = f"Nomor {item.number} Tahun {item.year}"
    text = f"{_long_name(item.type, item.issuer)} {identity}"
    title: Any = getattr(item, "title", None)
    return text if title is None else f"{text} tentang {title}"


def _with_gazette(item: LegalInstrument) -> str:
    text = _long(item)
    return text if item.gazette is None else f"{text} ({format_gazette(item.gazette)})"


def _full(item: LegalInstrument) -> str:
    from ._registry import registry

    text = _with_gazette(item)
    amenders = registry.amended_by(item)
    if not amenders:
        return text
    if len(amenders) == 1:
        return f"{text} sebagaimana telah diubah dengan {_with_gazette(amenders[0])}"
    return f"{text} sebagaimana telah diubah beberapa kali terakhir dengan {_with_gazette(amenders[-1])}"
